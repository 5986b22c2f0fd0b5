"""``smartpick catalog``: import a real program list, write or seed the demo catalog.

``run_import`` reads, reports and hands valid programs to a *sink* in batches; ``import`` stores
them through the profiles store (upsert by id, catalog events published) unless ``--dry-run``.
``seed-demo`` stores the synthetic national catalog the same way (``make up`` runs it). Exit codes:
0 done (rejected rows are reported, not fatal), 1 the file cannot be read, 2 bad usage or mapping.
The database and Kafka come from the profiles service's settings (``MONGODB_URL``, …).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from services.profiles.catalog.columns import (
    CatalogFileError,
    ColumnMapping,
    MappingError,
    mapping_for,
)
from services.profiles.catalog.csv_import import Imported, ImportSummary, read_programs
from services.profiles.catalog.demo import generate_catalog
from services.profiles.catalog.writer import fields_of, store_programs
from smartpick.events.models import Program

BATCH_SIZE = 500
Sink = Callable[[list[Program]], None]


def run_import(
    path: Path,
    mapping: ColumnMapping | None,
    sink: Sink,
    *,
    batch_size: int = BATCH_SIZE,
    progress: bool | None = None,
) -> ImportSummary:
    """Read ``path``, pass valid programs to ``sink`` in batches, return the counts and rejections.

    The progress bar shows only when stderr is a terminal unless ``progress`` says otherwise.
    """
    summary, batch = ImportSummary(), list[Program]()
    with _progress_bar(path, sys.stderr.isatty() if progress is None else progress) as at_line:
        for outcome in read_programs(path, mapping):
            summary.record(outcome)
            at_line(outcome.line)
            if isinstance(outcome, Imported):
                batch.append(outcome.program)
                if len(batch) >= batch_size:
                    sink(batch)
                    batch = []
    if batch:
        sink(batch)
    return summary


@contextmanager
def _progress_bar(path: Path, show: bool) -> Iterator[Callable[[int], None]]:
    if not show:
        yield lambda line: None
        return
    with path.open("rb") as file:
        total = sum(chunk.count(b"\n") for chunk in iter(lambda: file.read(1 << 20), b""))
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(f"reading {path.name}", total=total)
        yield lambda line: progress.update(task, completed=line)


def main(argv: list[str]) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command == "demo":
        return _write_demo(args.out, args.seed)
    if args.command == "seed-demo":
        change = asyncio.run(store_programs(generate_catalog(args.seed), None))
        print(f"demo catalog: {change.created} created, {change.changed} changed, "
              f"{change.unchanged} unchanged")
        return 0
    return _import(args.file, args.mapping, dry_run=args.dry_run, as_json=args.json)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smartpick catalog")
    commands = parser.add_subparsers(dest="command", required=True)
    importing = commands.add_parser("import", help="read a program list (CSV) into the catalog")
    importing.add_argument("file", type=Path)
    importing.add_argument("--mapping", help="acgme, nrmp or a mapping JSON file (default: detect)")
    importing.add_argument("--dry-run", action="store_true", help="read and validate only")
    importing.add_argument("--json", action="store_true", help="print one JSON object")
    demo = commands.add_parser("demo", help="write the synthetic demo catalog as JSON Lines")
    demo.add_argument("--out", type=Path, required=True)
    demo.add_argument("--seed", type=int, default=2026)
    seed = commands.add_parser("seed-demo", help="store the demo catalog (idempotent)")
    seed.add_argument("--seed", type=int, default=2026)
    return parser


def _import(path: Path, mapping_spec: str | None, *, dry_run: bool, as_json: bool) -> int:
    programs: list[Program] = []
    try:
        mapping = mapping_for(path, mapping_spec)
        summary = run_import(path, mapping, sink=programs.extend)
    except MappingError as error:
        print(f"smartpick catalog import: {error}", file=sys.stderr)
        return 2
    except CatalogFileError as error:
        print(f"smartpick catalog import: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"smartpick catalog import: cannot read {path}: {error}", file=sys.stderr)
        return 1
    report: dict[str, object] = {"file": str(path), "mapping": mapping.label, "dry_run": dry_run}
    if not dry_run:
        change = asyncio.run(store_programs(programs, fields_of(mapping)))
        report |= {"created": change.created, "changed": change.changed,
                   "unchanged": change.unchanged}
    if as_json:
        print(json.dumps(report | summary.as_dict()))
    else:
        _print_report(path, mapping, summary, report)
    return 0


def _print_report(path: Path, mapping: ColumnMapping, summary: ImportSummary,
                  report: dict[str, object]) -> None:
    console = Console(highlight=False)
    mode = ", dry run" if report["dry_run"] else ""
    table = Table(title=f"{path.name} (mapping {mapping.label}{mode})")
    table.add_column("result")
    table.add_column("rows", justify="right")
    table.add_row("imported", str(summary.imported))
    for outcome in ("created", "changed", "unchanged"):
        if outcome in report:
            table.add_row(f"  {outcome}", str(report[outcome]))
    table.add_row("rejected", str(summary.rejected))
    for code, count in summary.rejected_by_code().items():
        table.add_row(f"  {code}", str(count))
    console.print(table)
    for rejection in summary.rejections:
        console.print(f"line {rejection.line}: {rejection.reason}", markup=False, soft_wrap=True)


def _write_demo(out: Path, seed: int) -> int:
    catalog = generate_catalog(seed)
    try:
        with out.open("w", encoding="utf-8") as file:
            file.writelines(program.model_dump_json() + "\n" for program in catalog)
    except OSError as error:
        print(f"smartpick catalog demo: cannot write {out}: {error}", file=sys.stderr)
        return 1
    print(f"wrote {len(catalog)} demo programs (seed {seed}) to {out}")
    return 0
