"""``python -m zoo.sweep [REGISTRY...] [--limit N] [--timeout S] [--fresh] [--report-only]``.

Runs each registry's cases for each of its targets in worker subprocesses (``zoo.worker``),
each case under ``--timeout`` seconds: a case past it, or one that crashes its worker, is a row
(``timeout`` / ``crash``) and a new worker goes on with the rest. Rows are appended to
``zoo/results/<registry>.jsonl`` as they come, so an interrupted sweep resumes where it stopped
(``--fresh`` starts over; ``--shard i/n`` takes every n-th case, for sweeps side by side).
Then ``zoo.report`` writes docs/zoo.md and its plot.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
RESULTS = HERE / "results"
#: seconds a worker may take to import the frameworks before its first case
STARTUP = 600
REGISTRIES = ["hf", "keras", "paddle_vision", "jax_modules", "kornia"]


def done(registry: str, again: tuple[str, ...] = ()) -> set[tuple[str, str]]:
    """(case, target) pairs already in the registry's results, but those whose latest row's family
    is in ``again``."""
    path = RESULTS / f"{registry}.jsonl"
    if not path.exists():
        return set()
    latest = {}
    for line in path.read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            latest[(row["case"], row["target"])] = row.get("family")
    return {key for key, kind in latest.items() if kind not in again}


def append(registry: str, row: dict) -> None:
    RESULTS.mkdir(exist_ok=True)
    with open(RESULTS / f"{registry}.jsonl", "a") as f:
        f.write(json.dumps(row, default=str) + "\n")


def run_cases(registry: str, target: str, cases: list[str], indexes: dict[str, int], timeout: float) -> None:
    """Every case through workers; a case past ``timeout`` or one that kills its worker becomes a row."""
    root = str(HERE.parent)
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    todo, retries = list(cases), 2
    while todo:
        command = [sys.executable, "-m", "zoo.worker", registry, target, str(indexes[todo[0]]), *todo]
        worker = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        current, started, buffer = None, time.monotonic(), b""
        limit = timeout + STARTUP  # the worker's imports come first: minutes on a loaded machine
        while True:
            ready, _, _ = select.select([worker.stdout], [], [], 5)
            if ready:
                chunk = os.read(worker.stdout.fileno(), 65536)
                if not chunk:
                    break
                buffer += chunk
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    event = json.loads(line)
                    if "start" in event:
                        current, started = event["start"], time.monotonic()
                    else:
                        row = {**event["row"], "registry": registry, "at": round(time.time(), 1)}
                        append(registry, row)
                        todo.remove(row["case"])
                        current, limit, started = None, timeout, time.monotonic()
                        print(f"{registry} {target} {row['case']}: {_verdict(row)}", flush=True)
            if time.monotonic() - started > limit:
                worker.kill()
                break
        worker.wait()
        if current is not None and current in todo:  # it ran past its time or crashed its worker
            why = "timeout" if time.monotonic() - started > limit else "crash"
            row = {"case": current, "target": target, "built": True, "transpiled": False, "registry": registry}
            row["at"] = round(time.time(), 1)
            row.update(error=f"{why} after {time.monotonic() - started:.0f} s", family=why)
            append(registry, row)
            todo.remove(current)
            print(f"{registry} {target} {current}: {why}", flush=True)
        elif current is None and todo and worker.returncode not in (0, None):
            retries -= 1  # the worker died between cases: no case to blame; try again, then give up
            if retries < 0:
                print(f"{registry} {target}: workers keep dying between cases; {len(todo)} left", flush=True)
                break


def _verdict(row: dict) -> str:
    if row.get("matched"):
        return f"ok {row.get('seconds', 0):.1f} s"
    return row.get("family", "?")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m zoo.sweep")
    parser.add_argument("registries", nargs="*", default=REGISTRIES)
    parser.add_argument("--limit", type=int, default=0, help="at most this many cases per registry")
    parser.add_argument("--targets", default="", help="comma-separated targets (default: the registry's)")
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds per case")
    parser.add_argument("--shard", default="0/1", help="i/n: every n-th case from the i-th (parallel sweeps)")
    parser.add_argument("--fresh", action="store_true", help="forget earlier results")
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--retry", action="store_true", help="only the cases that timed out or crashed, again")
    options = parser.parse_args(argv)
    begun = time.time()
    if not options.report_only:
        for registry in options.registries:
            if options.fresh:
                (RESULTS / f"{registry}.jsonl").unlink(missing_ok=True)
            module = importlib.import_module(f"zoo.families.{registry}")
            cases = module.cases()
            if options.limit:
                cases = cases[: options.limit]
            indexes = {c: i for i, c in enumerate(cases)}
            shard, shards = (int(part) for part in options.shard.split("/"))
            cases = cases[shard::shards]
            targets = options.targets.split(",") if options.targets else module.TARGETS
            for target in targets:
                if target not in module.TARGETS and target not in getattr(module, "SAMPLE_TARGETS", {}):
                    continue
                chosen = module.SAMPLE_TARGETS.get(target) if target in getattr(module, "SAMPLE_TARGETS", {}) else None
                finished = done(registry, again=("timeout", "crash"))
                todo = [c for c in cases if (c, target) not in finished and (chosen is None or c in chosen)]
                if options.retry:
                    todo = [c for c in todo if (c, target) in done(registry)]
                run_cases(registry, target, todo, indexes, options.timeout)
        _add_time(begun, time.time())
    from zoo import report

    report.write()


def _add_time(start: float, end: float) -> None:
    """The run's span (epoch seconds); the report sums the union of the spans of resumed or parallel runs."""
    path = RESULTS / "time.json"
    spans = json.loads(path.read_text()).get("spans", []) if path.exists() else []
    RESULTS.mkdir(exist_ok=True)
    path.write_text(json.dumps({"spans": [*spans, [round(start, 1), round(end, 1)]]}))


if __name__ == "__main__":
    main()
