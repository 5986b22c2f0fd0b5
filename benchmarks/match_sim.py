"""Benchmark the match simulator: national instance end to end, and `matching` 1.4.3 as baseline.

Run: .venv/bin/python benchmarks/match_sim.py [--runs 3] [--baseline-applicants 10000]

The national figures come from fresh `smartpick match-sim` processes (so imports, JSON parsing and
writing the result count, and peak RSS is the child's own); the baseline comparison runs both
solvers in this process on the same instance without couples or supplemental lists, timing
construction + solve for each, and insists the matchings are identical.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from matching.games import HospitalResident

from matchsim import check_documents, solve_document
from matchsim.files import write_json_atomic
from matchsim.generator import NATIONAL, generate, scaled

SEED = 2026
T = TypeVar("T")


def run_cli(source: Path, target: Path, bytecode: Path) -> dict[str, Any]:
    """One `smartpick match-sim` process: its stats, wall time and peak RSS.

    Children keep compiled bytecode under `bytecode`, as an installed package would have it, even
    where the environment sets PYTHONDONTWRITEBYTECODE (then every import recompiles numpy).
    """
    command = [sys.executable, "-c", "from cli.main import main; raise SystemExit(main())"]
    command += ["match-sim", "--input", str(source), "--output", str(target), "--json"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, env=env) as child:
        assert child.stdout is not None
        stdout = child.stdout.read()
        # wait4, unlike Popen.wait, reports the child's own resource usage (peak RSS)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"match-sim failed with exit code {child.returncode}")
    stats: dict[str, Any] = json.loads(stdout)["stats"]
    cpu = usage.ru_utime + usage.ru_stime
    return {
        **stats,
        "process_seconds": wall,
        "process_cpu": cpu,
        "peak_rss_mb": usage.ru_maxrss / 1024,
    }


def national(runs: int, workdir: Path) -> None:
    started = time.perf_counter()
    doc = generate(NATIONAL, SEED)
    source = workdir / "national.json"
    write_json_atomic(str(source), doc)
    print(
        f"generated national instance (seed {SEED}) in {time.perf_counter() - started:.1f} s, "
        f"{source.stat().st_size / 1e6:.1f} MB"
    )
    target, bytecode = workdir / "national-out.json", workdir / "pycache"
    run_cli(source, target, bytecode)  # warm-up: fills the bytecode cache and the page cache
    results = [run_cli(source, target, bytecode) for _ in range(runs)]
    violations = check_documents(doc, json.loads((workdir / "national-out.json").read_text()))
    last = results[-1]
    print(
        f"national: {last['applicants']} applicants, {last['programs']} programs, "
        f"{last['positions']} positions, {last['couples']} couples; matched {last['matched']}, "
        f"couples matched {last['couples_matched']}, supplemental {last['supplemental_matched']},"
        f" proposals {last['proposals']}, rounds {last['rounds']}, stable {last['stable']}, "
        f"checker violations {len(violations)}"
    )
    for key, label in (
        ("solve_seconds", "solve (rank tables + match + supplemental)"),
        ("total_seconds", "read JSON + validate + solve"),
        ("process_seconds", "whole process (start, imports, solve, write output)"),
        ("process_cpu", "whole process, CPU seconds (user + system; less hurt by other load)"),
        ("peak_rss_mb", "peak RSS, MB"),
    ):
        values = [r[key] for r in results]
        print(
            f"  {label}: median {statistics.median(values):.3f}, "
            f"min {min(values):.3f}, max {max(values):.3f} over {runs} runs"
        )


def baseline_inputs(
    doc: dict[str, Any],
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, int]]:
    """`matching` wants mutually acceptable lists only, none empty, and positive capacities."""
    capacity = {p["id"]: p["positions"] for p in doc["programs"]}
    ranked_by = {p["id"]: set(p["ranks"]) for p in doc["programs"] if p["positions"] > 0}
    residents = {
        a["id"]: [p for p in a["ranks"] if p in ranked_by and a["id"] in ranked_by[p]]
        for a in doc["applicants"]
    }
    residents = {a: prefs for a, prefs in residents.items() if prefs}
    wanted = {(a, p) for a, prefs in residents.items() for p in prefs}
    hospitals = {
        p["id"]: [a for a in p["ranks"] if (a, p["id"]) in wanted] for p in doc["programs"]
    }
    hospitals = {p: prefs for p, prefs in hospitals.items() if prefs}
    return residents, hospitals, {p: capacity[p] for p in hospitals}


def solve_with_matching(
    residents: dict[str, list[str]], hospitals: dict[str, list[str]], capacities: dict[str, int]
) -> tuple[tuple[float, float], Any]:
    """((construction seconds, total seconds), resident-optimal matching) from `matching`."""
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        game = HospitalResident.create_from_dictionaries(residents, hospitals, capacities)
        built = time.perf_counter()
        solved = game.solve(optimal="resident")
    return (built - started, time.perf_counter() - started), solved


def run_with_deep_stack(work: Callable[[], T]) -> T:
    """`matching` deep-copies its player graph recursively: 10,000 residents need a deep stack."""
    result: list[T] = []
    sys.setrecursionlimit(1_000_000)
    threading.stack_size(1 << 29)
    worker = threading.Thread(target=lambda: result.append(work()))
    worker.start()
    worker.join()
    if not result:
        raise SystemExit("the matching baseline failed")
    return result[0]


def against_matching(applicants: int) -> None:
    doc = generate(scaled(applicants), SEED)
    residents, hospitals, capacities = baseline_inputs(doc)
    ours_times = []
    for _ in range(3):
        started = time.perf_counter()
        result = solve_document(doc)
        ours_times.append(time.perf_counter() - started)
    timings, solved = run_with_deep_stack(
        lambda: solve_with_matching(residents, hospitals, capacities)
    )
    built, theirs = timings
    expected: dict[str, str | None] = {a["id"]: None for a in doc["applicants"]}
    for hospital, assigned in solved.items():
        for resident in assigned:
            expected[resident.name] = hospital.name
    identical = expected == result["matches"]
    ours = statistics.median(ours_times)
    print(
        f"baseline: {applicants} applicants, {len(doc['programs'])} programs, no couples or "
        f"supplemental lists; {result['stats']['matched']} matched"
    )
    print(f"  smartpick (validate + solve): median {ours:.3f} s over 3 runs")
    print(
        f"  matching 1.4.3: {theirs:.2f} s (construct {built:.2f} s + solve {theirs - built:.2f} s)"
    )
    print(f"  identical matching: {identical}; speedup {theirs / ours:.0f}x")
    if not identical:
        raise SystemExit("results differ from the matching package")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline-applicants", type=int, default=10_000)
    args = parser.parse_args()
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}")
    # the machine is shared: wall times stretch with other load, so show how busy it was
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    with tempfile.TemporaryDirectory() as workdir:
        national(args.runs, Path(workdir))
    against_matching(args.baseline_applicants)
    print("load average at end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
