"""Where the last dbt build's time went: the slowest nodes of dbt's run_results.json.

    uv run python -m benchmarks.dbt_timing            # newest dbt_project/target/*/run_results.json
    uv run python -m benchmarks.dbt_timing --top 15 path/to/run_results.json

Prints dbt's own elapsed time, the summed node time by kind (model, test, seed, unit test) and the
slowest nodes with their status and, for a model, its materialization (incremental or table).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "dbt_project" / "target"


def newest() -> Path:
    return max(TARGET.glob("**/run_results.json"), key=lambda p: p.stat().st_mtime)


def summary(path: Path, top: int = 10) -> str:
    data = json.loads(path.read_text())
    manifest = path.parent / "manifest.json"
    nodes = json.loads(manifest.read_text())["nodes"] if manifest.exists() else {}
    results = data["results"]
    by_kind = Counter()
    for r in results:
        by_kind[r["unique_id"].split(".")[0]] += r["execution_time"]
    lines = [f"{path}: dbt elapsed {data['elapsed_time']:.1f} s, {len(results)} nodes; summed node time "
             + ", ".join(f"{k} {v:.1f} s" for k, v in by_kind.most_common())]
    for r in sorted(results, key=lambda r: -r["execution_time"])[:top]:
        mat = nodes.get(r["unique_id"], {}).get("config", {}).get("materialized", "")
        lines.append(f"  {r['execution_time']:6.2f} s  {r['status']:<7} {mat:<11} {r['unique_id']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", type=Path)
    ap.add_argument("--top", type=int, default=10)
    a = ap.parse_args(argv)
    print(summary(a.path or newest(), a.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
