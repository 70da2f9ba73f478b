"""The scale benchmark: the whole pipeline (`caravan run`) on generated corpora, stage by stage,
then the re-runs an incremental pipeline is for. Appends a result table to benchmarks/SCALE.md.

    uv run python -m benchmarks.scale --docs 1000 10000          # ~15 min on 2 cores
    uv run python -m benchmarks.scale --docs 1000 --no-write      # print only

For each size: a corpus from benchmarks.generate_corpus (kept under --workdir and reused), a fresh
output folder, and four runs of `caravan run`, each in its own process:
  full      every file read and extracted, every dbt node built
  rerun     nothing changed
  edit      one file edited (a sentence appended)
  new       one new file
Wall time of each stage comes from Dagster's step stats (out/logs/timings.json, written by the
CLI). Memory: the peak of the summed PSS over the run's process tree (sampled from /proc every
0.25 s: the CLI, its forked extraction workers, which share most of their pages with it, and dbt),
and ru_maxrss of the largest single process (resource.getrusage of the waited-for children; RSS
counts shared pages in full). Not a test: the machine may be shared, so the
load average at the start and the CPU seconds used are recorded beside the wall times.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.generate_corpus import document, generate

REPO = Path(__file__).resolve().parents[1]
SCALE_MD = REPO / "benchmarks" / "SCALE.md"
STAGES = ["dbt parse", "imports", "ingest", "extract", "validate", "load", "dbt", "export"]


# ---- one measured run (in its own process, so that getrusage covers this run only) -------------

def _tree_memory_kb(root: int) -> int:
    """Memory of `root` and its descendants, from /proc: the sum of each process's PSS (its own pages
    plus its share of the pages it shares: forked extraction workers share most of the parent's
    pages, and RSS would count those once per process)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                total += next((int(line.split()[1]) for line in fh if line.startswith("Pss:")), 0)
        except OSError:
            pass
        stack.extend(children.get(pid, []))
    return total


def _measure(cmd: list[str], env: dict) -> dict:
    started, usage0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_memory_kb(proc.pid))
            done.wait(0.25)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = proc.communicate()[0]
    done.set()
    sampler.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"rc": proc.returncode, "wall": time.perf_counter() - started, "peak_tree_mb": peak[0] / 1024,
            "max_process_mb": usage.ru_maxrss / 1024,
            "cpu_s": (usage.ru_utime - usage0.ru_utime) + (usage.ru_stime - usage0.ru_stime),
            "output": output[-4000:]}


def measured_run(raw: Path, out: Path) -> dict:
    """`caravan run` in a fresh measuring process; its stage timings added."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "benchmarks.scale", "_measure", "--", sys.executable, "-m", "pipelines.cli", "run",
           "--raw-dir", str(raw), "--out", str(out)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"measuring failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["rc"] != 0:
        raise RuntimeError(f"caravan run failed (rc {result['rc']}):\n{result['output']}")
    timings = json.loads((out / "logs" / "timings.json").read_text())
    return {**result, **timings}


# ---- one corpus size ------------------------------------------------------------------------------

def corpus(workdir: Path, docs: int, seed: int) -> Path:
    raw = workdir / f"corpus{docs}-seed{seed}"
    marker = workdir / f"corpus{docs}-seed{seed}.complete"  # outside the corpus: the pipeline would read it
    if not marker.exists():
        shutil.rmtree(raw, ignore_errors=True)
        generate(raw, docs, seed, workers=os.cpu_count() or 1)
        marker.touch()
    return raw


def run_size(workdir: Path, docs: int, seed: int, log) -> dict:
    raw = corpus(workdir, docs, seed)
    files = sorted(p for p in raw.iterdir() if p.suffix == ".txt")
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    out = workdir / f"out{docs}"
    shutil.rmtree(out, ignore_errors=True)
    log(f"{docs} documents, {size_mb:.1f} MB in {raw}: full run")
    result = {"docs": docs, "mb": size_mb, "load_avg": os.getloadavg()[0]}
    result["full"] = measured_run(raw, out)
    log(f"  full run {result['full']['wall']:.1f} s; re-run with nothing changed")
    result["rerun"] = measured_run(raw, out)
    edited = files[len(files) // 2]
    original = edited.read_bytes()
    try:
        edited.write_bytes(original + b"\nIn 2025, Xinjiang's GDP reached 2.3 trillion yuan, up 5.9 percent.\n")
        log(f"  re-run {result['rerun']['wall']:.1f} s; one file edited ({edited.name})")
        result["edit"] = measured_run(raw, out)
        name, text = document(seed, docs, 10.0)  # the next document of the same corpus
        new = raw / name
        new.write_text(text, encoding="utf-8")
        log(f"  edit {result['edit']['wall']:.1f} s; one new file ({name})")
        result["new"] = measured_run(raw, out)
        log(f"  new {result['new']['wall']:.1f} s")
    finally:
        edited.write_bytes(original)
        for p in raw.iterdir():
            if p.suffix == ".txt" and p not in files:
                p.unlink()
    return result


# ---- the report ---------------------------------------------------------------------------------

def _fmt(v) -> str:
    return f"{v:.1f}" if isinstance(v, float | int) else str(v)


def _git() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                               capture_output=True, text=True).stdout.strip()
        return head + (" + uncommitted changes" if dirty else "")
    except OSError:
        return "unknown"


def report(results: list[dict], throughput: dict | None) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    lines = [f"## {now}, commit {_git()}", "",
             f"{os.cpu_count()} cores, {mem_gb:.0f} GB RAM, Python {platform.python_version()}; "
             f"load average at the start of each size: " + ", ".join(f"{r['docs']} docs {r['load_avg']:.1f}" for r in results),
             "", "Full run (`caravan run`, fresh output folder), wall seconds per stage:", "",
             "| docs | MB | " + " | ".join(STAGES) + " | total wall | CPU s | peak memory (PSS, process tree) | largest process (RSS) |",
             "|---" * (len(STAGES) + 6) + "|"]
    for r in results:
        f = r["full"]
        lines.append(f"| {r['docs']} | {r['mb']:.1f} | " + " | ".join(_fmt(f["stages"].get(s, "")) for s in STAGES)
                     + f" | {f['wall']:.1f} | {f['cpu_s']:.0f} | {f['peak_tree_mb']:.0f} MB | {f['max_process_mb']:.0f} MB |")
    lines += ["", "Re-runs on the same warehouse (wall seconds; files read / documents extracted):", "",
              "| docs | nothing changed | one file edited | one new file | stages of the one-file run |",
              "|---|---|---|---|---|"]
    for r in results:
        cells = []
        for k in ("rerun", "edit", "new"):
            i = r[k]["ingest"]
            cells.append(f"{r[k]['wall']:.1f} s ({i.get('files_read')} / {i.get('documents_extracted')})")
        st = r["edit"]["stages"]
        lines.append(f"| {r['docs']} | " + " | ".join(cells) + " | "
                     + ", ".join(f"{s} {_fmt(st.get(s, ''))}" for s in STAGES) + " |")
    if len(results) >= 2:
        a, b = results[0], results[-1]
        k = b["docs"] / a["docs"]
        lines += ["", f"Growth {a['docs']} → {b['docs']} documents (×{k:g}):"]
        parts = []
        for s in STAGES + ["total"]:
            x = a["full"]["wall"] if s == "total" else a["full"]["stages"].get(s)
            y = b["full"]["wall"] if s == "total" else b["full"]["stages"].get(s)
            if isinstance(x, float | int) and isinstance(y, float | int) and x > 0:
                parts.append(f"{s} ×{y / x:.1f}")
        lines.append(", ".join(parts) + ".")
        ex, ey = a["full"]["stages"].get("extract"), b["full"]["stages"].get("extract")
        if isinstance(ex, float | int) and isinstance(ey, float | int):
            ratio = ey / ex
            verdict = ("linear" if 0.7 * k <= ratio <= 1.3 * k else "worse than linear" if ratio > 1.3 * k
                       else "sublinear (fixed costs still weigh at the smaller size)")
            lines.append(f"Extraction, the stage that grows with the corpus, grows {verdict} (×{ratio:.1f} for ×{k:g} "
                         f"documents); the fixed costs (imports, dbt's ~170 nodes) do not grow.")
        mem = b["full"]["peak_tree_mb"] / max(a["full"]["peak_tree_mb"], 1)
        lines.append(f"Peak memory of the process tree ×{mem:.1f}.")
    if throughput:
        lines += ["", f"Extraction alone (benchmarks/throughput.py on the {throughput['docs']}-document corpus, "
                      f"{throughput['mb']:.1f} MB): " + "; ".join(throughput["lines"])]
    return "\n".join(lines) + "\n"


def run_throughput(raw: Path) -> dict:
    lines = []
    for workers in (1, 2):
        done = subprocess.run([sys.executable, "-m", "benchmarks.throughput", "--times", "1", "--raw-dir", str(raw),
                               "--workers", str(workers)], cwd=REPO, capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
        lines.append(done.stdout.strip() or done.stderr.strip()[-500:])
    files = [p for p in raw.iterdir() if p.suffix == ".txt"]
    return {"docs": len(files), "mb": sum(p.stat().st_size for p in files) / 1e6, "lines": lines}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_measure"]:  # the measuring process: run the command after "--", print one JSON line
        cmd = argv[argv.index("--") + 1:]
        print(json.dumps(_measure(cmd, os.environ.copy())))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/caravan-scale"))
    ap.add_argument("--throughput", action=argparse.BooleanOptionalAction, default=True,
                    help="also measure extraction alone on the smallest corpus (1 and 2 workers)")
    ap.add_argument("--no-write", action="store_true", help="print the table, do not append it to SCALE.md")
    a = ap.parse_args(argv)
    a.workdir.mkdir(parents=True, exist_ok=True)
    log = lambda msg: print(f"[scale] {msg}", file=sys.stderr, flush=True)
    results = [run_size(a.workdir, n, a.seed, log) for n in sorted(a.docs)]
    throughput = None
    if a.throughput:
        log("extraction alone, 1 and 2 workers")
        throughput = run_throughput(corpus(a.workdir, min(a.docs), a.seed))
    text = report(results, throughput)
    (a.workdir / "scale-results.json").write_text(json.dumps(results, indent=2, default=str))
    print(text)
    if not a.no_write:
        head = "" if SCALE_MD.exists() else ("# Scale benchmark results\n\nAppended by `uv run python -m benchmarks.scale`"
                                             " (see its docstring). Newest last.\n\n")
        with SCALE_MD.open("a", encoding="utf-8") as fh:
            fh.write(head + text + "\n")
        log(f"appended to {SCALE_MD}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
