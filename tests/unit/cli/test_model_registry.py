"""`smartpick model refit` and `report` say whether a version kept its program effects, and why."""

from __future__ import annotations

from dataclasses import asdict
from io import StringIO
from typing import Any

from rich.console import Console

from cli.model_registry import _refit_table, _report_tables
from engine.learning import EffectsCheck
from services.matching.model_registry.refits import Refit

CHECK = EffectsCheck(kept=False, programs=193, tau=0.57, holdout_loss_without=0.1664,
                     holdout_loss_with=0.1739)


def printed(show: Any, value: Any) -> str:
    out = StringIO()
    show(Console(file=out, width=300), value)
    return out.getvalue()


def test_the_refit_says_whether_program_effects_were_kept() -> None:
    refit = Refit(version=2, parent=1, accepted=True, active_version=2, params_version="1+o.60",
                  holdout_loss_before=0.2, holdout_loss_after=0.19, train_reports=48,
                  holdout_reports=12, effects=CHECK)
    assert ("program effects for 193 programs (spread 0.57 logit): left out; held-out "
            "invitation log-loss 0.1739 with them, 0.1664 without") in printed(_refit_table, refit)


def test_the_report_lists_the_program_effects_check_of_each_version() -> None:
    rates: dict[str, Any] = {"reports": 0, "predicted_invitations": 0.0, "reported_invitations": 0,
             "predicted_match_rate": None, "reported_match_rate": None, "bins": []}
    report = {"active_version": 1, "params_version": "1", "all_reports": rates,
              "held_out_reports": rates, "versions": [
                  {"version": 2, "params_version": "1+o.60", "kind": "outcomes",
                   "status": "rejected", "parent": 1, "holdout_loss_before": 0.2,
                   "holdout_loss_after": 0.21, "train_reports": 48, "holdout_reports": 12,
                   "program_effects_check": asdict(CHECK)},
                  {"version": 1, "params_version": "1", "kind": "statistics",
                   "status": "shipped", "parent": None}]}
    assert "left out, 193 programs (0.1739 with / 0.1664 without)" in printed(_report_tables,
                                                                                report)
