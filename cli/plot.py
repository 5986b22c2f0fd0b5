"""PNG figures: the calibration plot of docs/model.md and a plan's diminishing-returns curve."""

from __future__ import annotations

import math
from pathlib import Path

try:
    import matplotlib
except ModuleNotFoundError as missing:  # installed without the plot extra: say how to get it
    raise SystemExit("smartpick: --plot needs matplotlib, the plot extra: "
                     "uv sync --extra plot, or pip install 'smartpick[plot]'") from missing

matplotlib.use("Agg")  # files only, never a window
import matplotlib.pyplot as plt

from engine.optimizer import Plan
from engine.validation import Validation


def plot_calibration(validation: Validation, path: Path) -> None:
    fig, ax = plt.subplots(figsize=(7.5, 7))
    for h in validation.held_out:
        half_width = 1.96 * math.sqrt(h.published * (1 - h.published) / h.applicants)
        ax.errorbar(100 * h.published, 100 * h.predicted, xerr=100 * half_width, fmt="o",
                    color="tab:blue", alpha=0.8, markersize=4 + math.log(h.applicants))
        ax.plot(100 * h.published, 100 * h.in_sample, "x", color="tab:gray")
        ax.annotate(h.specialty.split(" (")[0], (100 * h.published, 100 * h.predicted),
                    fontsize=7, xytext=(4, 3), textcoords="offset points")
    ax.plot([0, 100], [0, 100], "k--", linewidth=0.8)
    ax.set_xlim(0, 90)
    ax.set_ylim(0, 90)
    ax.set_xlabel("published non-US IMG match rate, % (bars: 95 % binomial interval)")
    ax.set_ylabel("model, % (o: specialty held out, x: shipped fit)")
    ax.set_title(f"Leave-one-specialty-out: MAE {validation.mae_pp:.1f} pp "
                 f"(applicant-weighted {validation.weighted_mae_pp:.1f} pp; "
                 f"noise floor {validation.noise_floor_pp:.1f} pp)", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_curve(plan: Plan, path: Path) -> None:
    fig, ax = plt.subplots(figsize=(7, 4))
    n = [p.applications for p in plan.curve]
    ax.plot(n, [100 * p.p_match for p in plan.curve], "o-", label="P(match), %")
    ax.plot(n, [100 * p.p_match_without_signals for p in plan.curve], "o:", color="tab:blue",
            alpha=0.5, label="P(match) without signals, %")
    ax.set_xlabel("applications (best first)")
    ax.set_ylabel("P(match), %")
    twin = ax.twinx()
    twin.plot(n, [p.expected_interviews for p in plan.curve], "s--", color="tab:orange",
              label="expected interviews")
    twin.set_ylabel("expected interviews")
    lines = ax.get_lines() + twin.get_lines()
    ax.legend(lines, [str(line.get_label()) for line in lines], loc="upper left", fontsize=8)
    ax.set_title("Diminishing returns of more applications")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
