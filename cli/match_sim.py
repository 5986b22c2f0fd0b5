"""`smartpick match-sim`: solve, generate or check match instances from the command line.

Exit codes: 0 done (or check clean), 1 check found violations, 2 bad input or usage (nothing
written), 3 no stable matching within the proposal budget (the output is written, stats.stable
is false).
"""

import argparse
import gc
import json
import os
import sys
import time
from typing import Any

from rich.console import Console
from rich.table import Table

from cli import progress
from matchsim import files
from matchsim.checker import check_documents
from matchsim.errors import MatchInputError
from matchsim.generator import NATIONAL, generate
from matchsim.simulate import solve_document

EXIT_OK, EXIT_VIOLATIONS, EXIT_BAD_INPUT, EXIT_UNSTABLE = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smartpick match-sim", description=__doc__)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--input", metavar="FILE", help="solve this instance")
    mode.add_argument("--generate", choices=["national"], help="write a synthetic instance")
    mode.add_argument("--check", nargs=2, metavar=("INPUT", "OUTPUT"), help="verify a result")
    parser.add_argument("--output", metavar="FILE", help="where to write the result or instance")
    parser.add_argument("--seed", type=int, default=2026, help="generator seed (default 2026)")
    parser.add_argument("--max-proposals", type=int, help="give up on stability after this many")
    parser.add_argument("--json", action="store_true", help="machine-readable stdout")
    return parser


def _print(as_json: bool, doc: dict[str, Any], title: str) -> None:
    if as_json:
        print(json.dumps(doc))
        return
    table = Table(title=title)
    table.add_column("figure")
    table.add_column("value", justify="right")
    for key, value in doc.items():
        table.add_row(key.replace("_", " "), str(value))
    Console().print(table)


def _solve(args: argparse.Namespace) -> int:
    long_run = (
        os.path.isfile(args.input) and os.path.getsize(args.input) >= progress.LONG_INPUT_BYTES
    )
    with progress.stages(progress.wanted(long_run), total=3) as stages:
        # the document is a million long-lived objects; the cyclic collector rescanning them on
        # every allocation burst would cost more than the match itself
        gc.disable()
        try:
            stages.step("reading input")
            started = time.perf_counter()
            doc = files.read_json(args.input)
            stages.step("matching")
            result = solve_document(doc, args.max_proposals)
            result["stats"]["total_seconds"] = round(time.perf_counter() - started, 4)
            if args.output:
                stages.step("writing output")
                files.write_json_atomic(args.output, result)
        finally:
            gc.enable()
    stats = result["stats"]
    if args.json:
        print(json.dumps({"output": args.output, "stats": stats} if args.output else result))
    else:
        _print(False, stats, "Match simulation")
    return EXIT_OK if stats["stable"] else EXIT_UNSTABLE


def _generate(args: argparse.Namespace) -> int:
    if not args.output:
        raise MatchInputError("usage", "--generate needs --output FILE")
    with progress.stages(progress.wanted(True), total=2) as stages:
        stages.step("generating national instance")
        doc = generate(NATIONAL, args.seed)
        stages.step("writing instance")
        files.write_json_atomic(args.output, doc)
    summary = {"output": args.output, "seed": args.seed, **NATIONAL.__dict__}
    _print(args.json, summary, "Generated instance")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    input_path, output_path = args.check
    violations = check_documents(files.read_json(input_path), files.read_json(output_path))
    if args.json:
        print(json.dumps({"ok": not violations, "violations": violations}))
    else:
        for violation in violations:
            print(violation)
        print(f"{len(violations)} violation(s)" if violations else "ok: stable and within capacity")
    return EXIT_VIOLATIONS if violations else EXIT_OK


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.generate:
            return _generate(args)
        if args.check:
            return _check(args)
        return _solve(args)
    except MatchInputError as error:
        if args.json:
            print(json.dumps({"error": error.as_dict()}))
        print(f"error: {error.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
