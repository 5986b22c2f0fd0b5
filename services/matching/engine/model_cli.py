"""`smartpick model fit | calibrate | show`: refit from statistics files, validate, plot.

Only these commands read the published statistics; they write parameters the product loads.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from services.matching.engine.params import ModelParams, load_params, shipped_params
from services.matching.engine.render import as_json
from services.matching.engine.statsfiles import read_statistics
from services.matching.engine.validation import Validation, leave_specialties_out, validated_fit

SHARED = Path(__file__).resolve().parents[4] / "shared" / "data" / "match-statistics"
DEFAULT_OUTCOMES = SHARED / "nonus_img_outcomes_2026.csv"
DEFAULT_FEATURES = SHARED / "specialty_features_2026.csv"


def model_command(argv: list[str]) -> int:
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
    args = parser.parse_args(argv)
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
            from services.matching.engine.plot import plot_calibration  # matplotlib when asked

            plot_calibration(validation, args.plot)
        report(validation, args.json)
        return 0
    params, validation = validated_fit(statistics, args.version)
    args.out.write_text(params.to_json(), encoding="utf-8")
    report(validation, args.json, params)
    return 0


def report(validation: Validation, json_output: bool, params: ModelParams | None = None) -> None:
    """Held-out against published rates per specialty, then the summary figures."""
    rows = [{"specialty": h.specialty, "applicants": h.applicants,
             "published": round(h.published, 4), "predicted_held_out": round(h.predicted, 4),
             "shipped_fit": round(h.in_sample, 4)} for h in validation.held_out]
    luck = {"perfect_model_share_under_5_pp": round(validation.perfect_model_share_below(5.0), 3)}
    summary = validation.summary() | luck | ({"version": params.version} if params else {})
    if json_output:
        print(as_json(summary | {"held_out": rows}))
        return
    for r in rows:
        print(f"{r['specialty']:<42} n={r['applicants']:<5} published {r['published']:6.1%}  "
              f"held out {r['predicted_held_out']:6.1%}  shipped {r['shipped_fit']:6.1%}")
    print(", ".join(f"{k} {v}" for k, v in summary.items()))
