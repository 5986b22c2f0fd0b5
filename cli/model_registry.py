"""`smartpick model refit | report | import`: the matching service's model registry, from a
terminal.

They read the matching service's settings from the environment (``MONGODB_URL``,
``MONGODB_DATABASE``, ``REFIT_*``); ``cli.model`` parses their arguments, and its other
subcommands (fit, calibrate, show) never touch a database.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import Any

from pymongo.errors import PyMongoError
from rich.console import Console
from rich.table import Table

from cli.render import as_json
from services.matching.model_registry.refits import Refit, TooFewReports, refit_now, report_now
from services.matching.model_registry.registry import FROM_OUTCOMES, ModelRegistry
from services.matching.model_registry.statistics_import import Imported, import_statistics
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.store import MatchingStore
from services.matching.settings import Settings
from smartpick.mongo import connect
from smartpick.outbox import Outbox

Command = Callable[[OutcomeStore, MatchingStore, ModelRegistry, Settings], Awaitable[Any]]


def run(args: argparse.Namespace) -> int:
    """Run ``args.command`` (parsed by ``cli.model``) against the matching service's database."""
    command: Command = refit_now if args.command == "refit" else report_now
    if args.command == "import":
        command = partial(_import, outcomes=args.outcomes, features=args.features,
                          version=args.version)
    try:
        result = asyncio.run(_with_store(command))
    except TooFewReports as error:
        print(f"smartpick model refit: {error}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as error:  # statistics files that cannot be fitted
        print(f"smartpick model {args.command}: {error}", file=sys.stderr)
        return 2
    except PyMongoError as error:
        print(f"smartpick model: the matching database does not answer: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(as_json(_plain(result)))
    elif isinstance(result, Imported):
        _import_table(Console(), result)
    elif isinstance(result, Refit):
        _refit_table(Console(), result)
    else:
        _report_tables(Console(), result)
    return 0


async def _import(reported: OutcomeStore, store: MatchingStore, registry: ModelRegistry,
                  settings: Settings, *, outcomes: Path, features: Path,
                  version: str | None) -> Imported:
    return await import_statistics(reported, store, registry, settings, outcomes, features,
                                   version)


def _plain(result: Any) -> Any:
    if isinstance(result, Imported):
        return {"version": result.version, "parent": result.parent,
                "activated": result.activated, "params_version": result.params_version,
                "validation": result.validation.summary(),
                "refit": asdict(result.refit) if result.refit else None,
                "refit_skipped": result.refit_skipped}
    return asdict(result) if isinstance(result, Refit) else result


async def _with_store(command: Command) -> Any:
    settings = Settings()
    client = connect(settings.mongodb_url)
    db = client[settings.mongodb_database]
    try:
        store = MatchingStore(db, Outbox(settings.source, relay=None))  # stages no event
        return await command(OutcomeStore(db), store, ModelRegistry(db), settings)
    finally:
        await client.close()


def _refit_table(console: Console, refit: Refit) -> None:
    verdict = "accepted and active" if refit.accepted else "rejected (stored, not active)"
    console.print(f"version {refit.version} ({refit.params_version}): [bold]{verdict}[/bold]")
    console.print(f"held-out log-loss: version {refit.parent} {refit.holdout_loss_before:.4f}, "
                  f"candidate {refit.holdout_loss_after:.4f} (lower is better); "
                  f"{refit.train_reports} reports to train, {refit.holdout_reports} held out")
    if refit.effects is not None:
        e = refit.effects
        console.print(f"program effects for {e.programs} programs (spread {e.tau:.2f} logit): "
                      f"{'kept' if e.kept else 'left out'}; held-out invitation log-loss "
                      f"{e.holdout_loss_with:.4f} with them, {e.holdout_loss_without:.4f} without")
    console.print(f"active version: {refit.active_version}")


def _import_table(console: Console, imported: Imported) -> None:
    figures = imported.validation.summary()
    if not imported.activated:
        console.print(f"version {imported.version} ({imported.params_version}): [bold]stored, "
                      "not active[/bold]: another version became active while it was fitted; "
                      "run the import again")
        return
    console.print(f"version {imported.version} ({imported.params_version}): [bold]the new "
                  f"published fit, active[/bold] (was version {imported.parent})")
    console.print(f"leave-specialties-out MAE {figures['leave_specialties_out_mae_pp']} pp over "
                  f"{figures['held_out_specialties']:.0f} specialties (sampling-noise floor "
                  f"{figures['sampling_noise_floor_pp']} pp)")
    if imported.refit is not None:
        _refit_table(console, imported.refit)
    else:
        console.print(f"no refit on reported outcomes: {imported.refit_skipped}")


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
    for column in ("version", "parameters", "fitted on", "status", "parent",
                   "held-out loss before/after", "train/held out", "program effects",
                   "created"):
        versions.add_column(column)
    for v in report["versions"]:
        losses = (f"{v['holdout_loss_before']:.4f} / {v['holdout_loss_after']:.4f}"
                  if "holdout_loss_before" in v else "")
        counts = f"{v['train_reports']}/{v['holdout_reports']}" if "train_reports" in v else ""
        active = " (active)" if v["version"] == report["active_version"] else ""
        versions.add_row(str(v["version"]), v["params_version"],
                         v.get("kind", FROM_OUTCOMES), v["status"] + active,
                         str(v["parent"] or ""), losses, counts,
                         _effects(v.get("program_effects_check")), v.get("created_at", ""))
    console.print(versions)


def _effects(check: dict[str, Any] | None) -> str:
    """'kept, 193 programs (0.1824 with / 0.1880 without)': held-out invitation log-loss."""
    if not check:
        return ""
    verdict = "kept" if check["kept"] else "left out"
    return (f"{verdict}, {check['programs']} programs ({check['holdout_loss_with']:.4f} with / "
            f"{check['holdout_loss_without']:.4f} without)")


def _rate(value: float | None) -> str:
    return "" if value is None else f"{value:.1%}"
