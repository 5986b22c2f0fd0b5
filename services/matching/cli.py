"""`smartpick model refit | report`: the matching service's model registry, from a terminal.

They read the matching service's settings from the environment (``MONGODB_URL``,
``MONGODB_DATABASE``, ``REFIT_*``); every other `smartpick model` subcommand is the engine's
own (fit, calibrate, show), which never touches a database.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from typing import Any

from pymongo.errors import PyMongoError
from rich.console import Console
from rich.table import Table

from services.matching.engine.render import as_json
from services.matching.models import ModelRegistry
from services.matching.refits import Refit, TooFewReports, refit_now, report_now
from services.matching.settings import Settings
from services.matching.store import MatchingStore
from smartpick.mongo import connect

Command = Callable[[MatchingStore, ModelRegistry, Settings], Awaitable[Any]]


def model_main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"refit", "report"}:
        from services.matching.engine.cli import model_main as engine_model_main

        if not argv or argv[0] in {"-h", "--help"}:
            print("smartpick model refit | report: the service's registry (--help for each)",
                  file=sys.stderr)
        return engine_model_main(argv)
    parser = argparse.ArgumentParser(prog=f"smartpick model {argv[0]}", description={
        "refit": "refit on reported outcomes; the candidate becomes active only if not worse",
        "report": "predicted against reported outcomes for the active model, and all versions",
    }[argv[0]])
    parser.add_argument("--json", action="store_true", help="one JSON object instead of tables")
    args = parser.parse_args(argv[1:])
    command: Command = refit_now if argv[0] == "refit" else report_now
    try:
        result = asyncio.run(_with_store(command))
    except TooFewReports as error:
        print(f"smartpick model refit: {error}", file=sys.stderr)
        return 2
    except PyMongoError as error:
        print(f"smartpick model: the matching database does not answer: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(as_json(asdict(result) if isinstance(result, Refit) else result))
    elif isinstance(result, Refit):
        _refit_table(Console(), result)
    else:
        _report_tables(Console(), result)
    return 0


async def _with_store(command: Command) -> Any:
    settings = Settings()
    client = connect(settings.mongodb_url)
    db = client[settings.mongodb_database]
    try:
        return await command(MatchingStore(db, settings.source), ModelRegistry(db), settings)
    finally:
        await client.close()


def _refit_table(console: Console, refit: Refit) -> None:
    verdict = "accepted and active" if refit.accepted else "rejected (stored, not active)"
    console.print(f"version {refit.version} ({refit.params_version}): [bold]{verdict}[/bold]")
    console.print(f"held-out log-loss: version {refit.parent} {refit.holdout_loss_before:.4f}, "
                  f"candidate {refit.holdout_loss_after:.4f} (lower is better); "
                  f"{refit.train_reports} reports to train, {refit.holdout_reports} held out")
    console.print(f"active version: {refit.active_version}")


def _report_tables(console: Console, report: dict[str, Any]) -> None:
    console.print(f"active model: version {report['active_version']} "
                  f"({report['params_version']})")
    table = Table(title="Predicted against reported")
    for column in ("reports", "count", "invitations predicted", "reported",
                   "match rate predicted", "reported"):
        table.add_column(column, justify="right")
    for name in ("all_reports", "held_out_reports"):
        c = report[name]
        table.add_row(name.replace("_", " "), str(c["reports"]),
                      f"{c['predicted_invitations']:.1f}", str(c["reported_invitations"]),
                      _rate(c["predicted_match_rate"]), _rate(c["reported_match_rate"]))
    console.print(table)
    bins = Table(title="Invitations by predicted chance (all reports)")
    for column in ("predicted chance", "applications", "predicted", "reported"):
        bins.add_column(column, justify="right")
    for b in report["all_reports"]["bins"]:
        bins.add_row(f"{b['low']:.0%}-{b['high']:.0%}", f"{b['count']:.0f}",
                     f"{b['predicted']:.1%}", f"{b['reported']:.1%}")
    console.print(bins)
    versions = Table(title="Versions")
    for column in ("version", "parameters", "status", "parent", "held-out loss before/after",
                   "train/held out", "created"):
        versions.add_column(column)
    for v in report["versions"]:
        losses = (f"{v['holdout_loss_before']:.4f} / {v['holdout_loss_after']:.4f}"
                  if "holdout_loss_before" in v else "")
        counts = f"{v['train_reports']}/{v['holdout_reports']}" if "train_reports" in v else ""
        active = " (active)" if v["version"] == report["active_version"] else ""
        versions.add_row(str(v["version"]), v["params_version"], v["status"] + active,
                         str(v["parent"] or ""), losses, counts, v.get("created_at", ""))
    console.print(versions)


def _rate(value: float | None) -> str:
    return "" if value is None else f"{value:.1%}"
