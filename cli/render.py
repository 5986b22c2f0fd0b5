"""How the CLI shows results: one JSON object with --json, otherwise readable rich tables."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from rich.console import Console
from rich.table import Table

from engine.chance import Chance
from engine.optimizer import Plan
from engine.ranges import ChanceRange
from engine.whatif import Outcome

SHOWN_APPLICATIONS = 40


def as_json(value: Any) -> str:
    return json.dumps(_plain(value), separators=(",", ":"))


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    return value


def chance_table(console: Console, result: Chance, applicant_type: str) -> None:
    table = Table(title=f"{result.specialty} - {applicant_type}, {result.ranks} contiguous ranks")
    table.add_column("ranks", justify="right")
    table.add_column("P(match)", justify="right")
    for k, p in enumerate(result.by_ranks, start=1):
        style = "bold" if k == result.ranks else ""
        table.add_row(str(k), f"{p:.0%}", style=style)
    console.print(table)
    console.print(f"P(match) with {result.ranks} ranks: [bold]{result.p_match:.1%}[/bold] "
                  f"{_range(result.p_match_range)}; per rank {result.per_rank:.1%} "
                  f"{_range(result.per_rank_range)} (80 % ranges; model {result.params_version})")


def plan_tables(console: Console, plan: Plan) -> None:
    table = Table(title=f"Application plan - {len(plan.applications)} programs, "
                  f"${plan.cost_usd:,} in ERAS fees")
    several = len({a.specialty for a in plan.applications}) > 1
    columns = ["#", "program", "state", "interview", "adds", "tier", "cost", "signal", "why"]
    for column in columns[:2] + ["specialty"] * several + columns[2:]:
        table.add_column(column)
    for n, a in enumerate(plan.applications[:SHOWN_APPLICATIONS], start=1):
        table.add_row(str(n), f"{a.name}\n[dim]{a.program_id}[/dim]", *[a.specialty] * several,
                      a.state or "?", _chance_cell(a.p_interview, a.p_interview_range),
                      f"{100 * a.adds_p_match:.1f} pts",
                      a.tier, f"${a.cost_usd}",
                      "yes" if a.signal else "", "\n".join(a.reasons[:3]))
    console.print(table)
    if len(plan.applications) > SHOWN_APPLICATIONS:
        console.print(f"... and {len(plan.applications) - SHOWN_APPLICATIONS} more (--json)")
    curve = Table(title="Diminishing returns (best lists, with their signals)")
    for column in ("applications", "P(match)", "without signals", "expected interviews", "fees"):
        curve.add_column(column, justify="right")
    for point in plan.curve:
        curve.add_row(str(point.applications), f"{point.p_match:.0%}",
                      f"{point.p_match_without_signals:.0%}",
                      f"{point.expected_interviews:.1f}", f"${point.cost_usd:,}")
    console.print(curve)
    console.print(f"P(match): [bold]{plan.p_match:.1%}[/bold] {_range(plan.p_match_range)} "
                  f"({plan.p_match_without_signals:.1%} without signals); expected interviews "
                  f"{plan.expected_interviews:.1f} {_range(plan.expected_interviews_range, '.1f')};"
                  f" signal {len(plan.signals)} programs. Ranges in brackets: 80 %, from the "
                  "model's uncertainty (docs/model.md)")
    for chance in plan.specialties:
        console.print(f"Per rank in {chance.specialty}: {chance.per_rank_match:.1%} "
                      f"{_range(chance.per_rank_match_range)}")
    for warning in plan.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")


def _range(spread: ChanceRange, form: str = ".1%") -> str:
    """An 80 % range as "[low-high]", escaped so rich prints the brackets."""
    return rf"\[{spread.low:{form}}-{spread.high:{form}}]"


def _chance_cell(p: float, spread: ChanceRange) -> str:
    """The chance, and its 80 % range below it, narrow enough for the table's column."""
    return f"{p:.0%}\n{100 * spread.low:.0f}-{100 * spread.high:.0f}%"


def whatif_table(console: Console, outcomes: list[Outcome]) -> None:
    table = Table(title="What if")
    for column in ("scenario", "P(match)", "change", "interviews", "change", "eligible"):
        table.add_column(column, justify="right")
    for o in outcomes:
        table.add_row(o.scenario, f"{o.p_match:.1%}", f"{100 * o.delta_p_match:+.1f} pts",
                      f"{o.expected_interviews:.1f}", f"{o.delta_expected_interviews:+.1f}",
                      f"{o.eligible_programs} ({o.delta_eligible_programs:+d})")
    console.print(table)
