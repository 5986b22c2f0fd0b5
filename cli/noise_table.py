"""`smartpick model calibrate`'s second table: each held-out specialty against the sampling
noise of its published rate, then whether the targets of issue 19 are met."""

from __future__ import annotations

from typing import Any

from engine.noise_check import MAX_MEAN_ABS_Z, NoiseCheck

HEADER = (f"{'specialty':<38}{'n':>5}  {'published':>9}  {'predicted':>9}  {'se':>7}  "
          f"{'z':>6}  {'95 % interval':<15}  {'inside':<6}  {'deviance':>8}  {'noise only':>10}")


def noise_table(check: NoiseCheck) -> str:
    """The table and its summary lines; the targets say met or not met, never tuned to pass."""
    lines = ["Against sampling noise. Interval: model error from the other folds and binomial "
             "noise together (docs/model.md).", HEADER]
    for r in check.rows:
        h, (low, high) = r.held_out, r.interval
        lines.append(
            f"{h.specialty:<38}{h.applicants:>5}  {h.published:>9.1%}  {h.predicted:>9.1%}  "
            f"{100 * r.standard_error:>4.1f} pp  {r.z:>+6.2f}  [{low:>5.1%}, {high:>6.1%}]  "
            f"{'yes' if r.inside else 'NO':<6}  {r.deviance:>8.2f}  {r.noise_deviance:>10.2f}")
    expected, spread = check.noise_deviance
    count = len(check.rows)
    lines += [
        f"mean |z| {check.mean_abs_z:.2f} (target <= {MAX_MEAN_ABS_Z}: "
        f"{_verdict(check.z_target_met)}; sampling noise alone gives about 0.8)",
        f"inside their 95 % interval: {check.inside} of {count} (target >= "
        f"{check.inside_needed} of {count}: {_verdict(check.inside_target_met)})",
        f"deviance {check.deviance:.1f} against {expected:.1f} +/- {spread:.1f} from sampling "
        f"noise alone ({check.deviance / expected:.1f} times; no target)",
        f"MAE {check.mae_pp:.2f} pp (a model knowing the true rates: "
        f"{check.noise_floor_pp:.2f} pp)",
        f"model error beyond noise: tau {check.model_spread:.2f} on the logit scale",
    ]
    return "\n".join(lines)


def noise_json(check: NoiseCheck) -> dict[str, Any]:
    expected, spread = check.noise_deviance
    return {
        "held_out": [{"specialty": r.held_out.specialty,
                      "standard_error": round(r.standard_error, 4), "z": round(r.z, 3),
                      "interval_95": [round(v, 4) for v in r.interval],
                      "inside": r.inside, "deviance": round(r.deviance, 3),
                      "noise_only_deviance": round(r.noise_deviance, 3)} for r in check.rows],
        "mean_abs_z": round(check.mean_abs_z, 3), "mean_abs_z_target_met": check.z_target_met,
        "inside_95": check.inside, "inside_95_needed": check.inside_needed,
        "inside_target_met": check.inside_target_met, "deviance": round(check.deviance, 2),
        "noise_only_deviance": round(expected, 2), "noise_only_deviance_sd": round(spread, 2),
        "mae_pp": round(check.mae_pp, 2), "model_spread_logit": round(check.model_spread, 3),
    }


def _verdict(met: bool) -> str:
    return "met" if met else "NOT met"
