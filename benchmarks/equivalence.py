"""Check that a speed change to the extractor changes no output: extract a fixed set of documents,
save the rows, and compare a later run with them row for row.

    uv run python -m benchmarks.equivalence save /tmp/eq/base.pkl --raw-dir raw --raw-dir benchmarks/heldout/raw
    uv run python -m benchmarks.equivalence check /tmp/eq/base.pkl --raw-dir raw --raw-dir benchmarks/heldout/raw
"""

from __future__ import annotations

import argparse
import pickle
import time
from pathlib import Path

from pipelines.extract import extract_document
from pipelines.ingest import read_corpus


def _extract(raw_dirs: list[Path], limit: int) -> tuple[dict, float, float]:
    rows, size, seconds = {}, 0.0, 0.0
    for raw in raw_dirs:
        docs, _, _ = read_corpus(raw)
        for name, text in list(zip(docs["source_file"], docs["text"]))[:limit]:
            started = time.process_time()
            ex = extract_document(text)
            seconds += time.process_time() - started
            size += len(text.encode("utf-8")) / 1e6
            rows[f"{raw}/{name}"] = (ex.observations, ex.table_cells, ex.rejected)
    return rows, size, seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["save", "check"])
    ap.add_argument("baseline", type=Path)
    ap.add_argument("--raw-dir", type=Path, action="append", required=True)
    ap.add_argument("--limit", type=int, default=300, help="documents per folder")
    a = ap.parse_args(argv)
    rows, size, seconds = _extract(a.raw_dir, a.limit)
    print(f"{len(rows)} documents, {size:.1f} MB in {seconds:.1f} CPU s: {size / seconds:.2f} MB per CPU-second")
    if a.action == "save":
        a.baseline.write_bytes(pickle.dumps(rows))
        return 0
    base = pickle.loads(a.baseline.read_bytes())
    differ = 0
    for key, (obs, cells, rej) in rows.items():
        old = base.get(key)
        if old is None or old != (obs, cells, rej):
            differ += 1
            if old is not None and differ <= 5:
                gone = [o for o in old[0] if o not in obs]
                new = [o for o in obs if o not in old[0]]
                print(f"DIFF {key}: {len(gone)} rows gone, {len(new)} new")
                for o in gone[:3]:
                    print("  -", {k: o[k] for k in ("indicator_code", "region", "partner", "period", "measure", "value", "unit")},
                          o.get("source_sentence", "")[:120])
                for o in new[:3]:
                    print("  +", {k: o[k] for k in ("indicator_code", "region", "partner", "period", "measure", "value", "unit")})
    print(f"{differ} of {len(rows)} documents differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
