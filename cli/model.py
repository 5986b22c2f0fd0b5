"""`smartpick model`: fit, calibrate and show the engine's parameters from statistics files, and
refit, report and import through the matching service's model registry.

``fit``, ``calibrate`` and ``show`` only read files and write parameters the product loads; the
registry commands (``refit``, ``report``, ``import``) run in ``cli.model_registry`` against the
matching service's database.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.noise_table import noise_json, noise_table
from cli.render import as_json
from engine.noise_check import NoiseCheck, check_against_noise
from engine.params import ModelParams, load_params, shipped_params
from engine.statsfiles import read_statistics
from engine.validation import Validation, leave_specialties_out, validated_fit

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "match-statistics"
DEFAULT_OUTCOMES = SHARED / "nonus_img_outcomes_2026.csv"
DEFAULT_FEATURES = SHARED / "specialty_features_2026.csv"
REGISTRY_COMMANDS = {
    "refit": "refit on reported outcomes; the candidate becomes active only if not worse",
    "report": "predicted against reported outcomes for the active model, and all versions",
    "import": "fit newer published statistics files and make the fit the active version",
}


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.command in REGISTRY_COMMANDS:
        from cli.model_registry import run  # the database and the service only when asked

        return run(args)
    try:
        if args.command == "show":
            params = shipped_params() if args.params is None else load_params(args.params)
            print(as_json({"version": params.version, "sources": params.sources,
                           "validation": params.validation}))
            return 0
        statistics = read_statistics(args.outcomes, args.features)
    except (OSError, ValueError) as error:
        print(f"smartpick model: {error}", file=sys.stderr)
        return 2
    if args.command == "calibrate":
        validation = leave_specialties_out(statistics.outcomes, statistics.features)
        if args.plot is not None:
            from cli.plot import plot_calibration  # matplotlib only when asked

            plot_calibration(validation, args.plot)
        report(validation, args.json, noise=check_against_noise(validation))
        return 0
    params, validation = validated_fit(statistics, args.version)
    args.out.write_text(params.to_json(), encoding="utf-8")
    report(validation, args.json, params)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smartpick model")
    sub = parser.add_subparsers(dest="command", required=True)
    fit_cmd = sub.add_parser("fit", help="fit parameters from statistics files of the NRMP shape")
    calibrate = sub.add_parser("calibrate", help="leave-specialties-out validation (+ plot)")
    for command in (fit_cmd, calibrate):
        command.add_argument("--outcomes", type=Path, default=DEFAULT_OUTCOMES)
        command.add_argument("--features", type=Path, default=DEFAULT_FEATURES)
        command.add_argument("--json", action="store_true")
    fit_cmd.add_argument("--out", type=Path, required=True)
    fit_cmd.add_argument("--version", default="1.0.0")
    calibrate.add_argument("--plot", type=Path)
    show = sub.add_parser("show", help="print a parameter set's version, sources and validation")
    show.add_argument("--params", type=Path)
    for name, description in REGISTRY_COMMANDS.items():
        registry = sub.add_parser(name, help=description, description=description)
        registry.add_argument("--json", action="store_true", help="one JSON object, not tables")
    importing = sub.choices["import"]
    importing.add_argument("--outcomes", type=Path, required=True,
                           help="non-US IMG outcomes by specialty (nonus_img_outcomes_<year>.csv)")
    importing.add_argument("--features", type=Path, required=True,
                           help="features of every specialty (specialty_features_<year>.csv)")
    importing.add_argument("--version", help="the parameters' name (default: next major)")
    return parser


def report(validation: Validation, json_output: bool, params: ModelParams | None = None,
           noise: NoiseCheck | None = None) -> None:
    """Held-out against published rates per specialty, the summary figures, then (calibrate)
    the same held-out rates judged against sampling noise."""
    rows = [{"specialty": h.specialty, "applicants": h.applicants,
             "published": round(h.published, 4), "predicted_held_out": round(h.predicted, 4),
             "shipped_fit": round(h.in_sample, 4)} for h in validation.held_out]
    luck = {"perfect_model_share_under_5_pp": round(validation.perfect_model_share_below(5.0), 3)}
    summary = validation.summary() | luck | ({"version": params.version} if params else {})
    if json_output:
        against = {"against_noise": noise_json(noise)} if noise is not None else {}
        print(as_json(summary | {"held_out": rows} | against))
        return
    for r in rows:
        print(f"{r['specialty']:<42} n={r['applicants']:<5} published {r['published']:6.1%}  "
              f"held out {r['predicted_held_out']:6.1%}  shipped {r['shipped_fit']:6.1%}")
    print(", ".join(f"{k} {v}" for k, v in summary.items()))
    if noise is not None:
        print()
        print(noise_table(noise))
