"""`smartpick chance | plan | whatif`: thin argument parsing over the engine's functions.

Every command prints rich tables by default and one JSON object (one per line for
``chance --batch``) with ``--json``. Bad input exits with code 2 and a message naming the field.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console

from cli.inputs import InputError, load_catalog, load_profile, read_jsonl
from cli.inputs import validated as validated_model
from cli.render import as_json, chance_table, plan_tables, whatif_table
from engine.catalog import CatalogArrays
from engine.chance import chance
from engine.eligibility import DEFAULT_SEASON_YEAR
from engine.optimizer import Request, plan
from engine.params import ModelParams, load_params, shipped_params
from engine.whatif import what_if
from smartpick.events.models import ApplicantProfile
from smartpick.events.specialties import SPECIALTY_SET


def chance_main(argv: list[str]) -> int:
    parser = _parser("chance", "P(match) in one specialty with k contiguous ranks")
    parser.add_argument("--specialty")
    parser.add_argument("--applicant-type", default="non_us_img")
    parser.add_argument("--step2", type=int)
    parser.add_argument("--ranks", type=int, default=1)
    parser.add_argument("--visa", default="none")
    parser.add_argument("--usce", type=int, default=0)
    parser.add_argument("--research", type=int, default=0)
    parser.add_argument("--publications", type=int, default=0)
    parser.add_argument("--graduation-year", type=int)
    parser.add_argument("--batch", type=Path, help="JSONL of questions; one JSON answer per line")
    return _run(parser, argv, _chance)


def plan_main(argv: list[str]) -> int:
    parser = _plan_parser("plan", "the application list that maximizes P(match)")
    parser.add_argument("--plot", type=Path, help="write the diminishing-returns curve (PNG)")
    return _run(parser, argv, _plan)


def whatif_main(argv: list[str]) -> int:
    parser = _plan_parser("whatif", "the plan recomputed for a better profile, with deltas")
    return _run(parser, argv, _whatif)


def _chance(args: argparse.Namespace, params: ModelParams, console: Console) -> int:
    if args.batch is None:
        question = {"specialty": args.specialty, "applicant_type": args.applicant_type,
                    "step2": args.step2, "ranks": args.ranks, "visa": args.visa,
                    "usce": args.usce, "research": args.research,
                    "publications": args.publications, "graduation_year": args.graduation_year}
        result = _answer(question, params, args.season_year)
        if args.json:
            print(as_json(result))
        else:
            chance_table(console, result, args.applicant_type)
        return 0
    status = 0
    for n, question in enumerate(read_jsonl(args.batch), start=1):
        try:
            print(as_json(_answer(question, params, args.season_year)))
        except InputError as error:
            print(as_json({"error": f"line {n}: {error}"}))
            status = 2
    return status


def _answer(question: Any, params: ModelParams, season_year: int) -> Any:
    """A question describes part of a profile: graduation defaults to two years before the
    season (a recent graduate), the rest to the ``ApplicantProfile`` defaults (no USCE ...)."""
    if not isinstance(question, dict):
        raise InputError("a question is a JSON object")
    specialty = question.get("specialty")
    if specialty not in SPECIALTY_SET:
        raise InputError(f"invalid field 'specialty': unknown specialty {specialty!r}")
    ranks = question.get("ranks", 1)
    if not isinstance(ranks, int) or ranks < 0:
        raise InputError("invalid field 'ranks': a whole number >= 0")
    profile = validated_model(ApplicantProfile, {
        "applicant_type": question.get("applicant_type", "non_us_img"),
        "step2_score": question.get("step2"),
        "visa": question.get("visa", "none"),
        "usce_months": question.get("usce", 0),
        "research_experiences": question.get("research", 0),
        "publications": question.get("publications", 0),
        "graduation_year": question.get("graduation_year") or season_year - 2,
    }, "question")
    return chance(profile, specialty, ranks, params, season_year)


def _plan(args: argparse.Namespace, params: ModelParams, console: Console) -> int:
    profile, arrays, request = _plan_inputs(args)
    result = plan(profile, arrays, request, params)
    if args.plot is not None:
        from cli.plot import plot_curve  # matplotlib only when asked

        plot_curve(result, args.plot)
    if args.json:
        print(as_json(result))
    else:
        plan_tables(console, result)
    return 0


def _whatif(args: argparse.Namespace, params: ModelParams, console: Console) -> int:
    profile, arrays, request = _plan_inputs(args)
    outcomes = what_if(profile, arrays, request, params)
    if args.json:
        print(as_json({"scenarios": [
            {k: v for k, v in vars(o).items() if k != "plan"} for o in outcomes
        ]}))
    else:
        whatif_table(console, outcomes)
    return 0


def _plan_inputs(args: argparse.Namespace) -> tuple[ApplicantProfile, CatalogArrays, Request]:
    profile = load_profile(args.profile)
    if args.applications is None and args.budget_usd is None:
        raise InputError("give --applications N or --budget-usd DOLLARS")
    for name in args.specialty:
        if name not in SPECIALTY_SET:
            raise InputError(f"invalid field 'specialty': unknown specialty {name!r}")
    specialties = args.specialty or profile.specialties
    if not specialties:
        raise InputError("invalid field 'specialties': give --specialty or list it in the profile")
    signals = None if args.signals is None else {s: args.signals for s in specialties}
    request = Request(applications=args.applications, budget_usd=args.budget_usd,
                      specialties=specialties, must_include=args.must_include,
                      avoid_states=args.avoid_state, max_per_state=args.max_per_state,
                      signals=signals, season_year=args.season_year)
    return profile, CatalogArrays.from_programs(load_catalog(args.catalog)), request


def _plan_parser(name: str, description: str) -> argparse.ArgumentParser:
    parser = _parser(name, description)
    parser.add_argument("--profile", type=Path, required=True)
    parser.add_argument("--applications", type=_positive)
    parser.add_argument("--budget-usd", type=_positive)
    parser.add_argument("--specialty", action="append", default=[])
    parser.add_argument("--catalog", type=Path, help="JSON array or JSONL of programs")
    parser.add_argument("--must-include", action="append", default=[], metavar="PROGRAM_ID")
    parser.add_argument("--avoid-state", action="append", default=[], metavar="STATE")
    parser.add_argument("--max-per-state", type=_positive)
    parser.add_argument("--signals", type=int, help="signals you have per specialty")
    return parser


def _parser(name: str, description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"smartpick {name}", description=description)
    parser.add_argument("--json", action="store_true", help="one JSON object instead of tables")
    parser.add_argument("--params", type=Path, help="model parameters (default: shipped)")
    parser.add_argument("--season-year", type=int, default=DEFAULT_SEASON_YEAR)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return value


def _run(
    parser: argparse.ArgumentParser,
    argv: list[str],
    command: Callable[[argparse.Namespace, ModelParams, Console], int],
) -> int:
    args = parser.parse_args(argv)
    console = Console()
    try:
        params = shipped_params() if args.params is None else load_params(args.params)
        return command(args, params, console)
    except (InputError, ValueError) as error:
        print(f"smartpick: {error}", file=sys.stderr)
        return 2
