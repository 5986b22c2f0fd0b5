"""Refits of the model on reported outcomes, on command (`smartpick model refit`) or on schedule
(refit_schedule.py).

Reports are split by a hash of their id, so each report stays on the same side at every refit
and a candidate is never judged on reports it was trained on. Each refit starts from the
published fit (the prior: the shipped one, or the latest `smartpick model import` under the
active version) with all training reports, and is compared on held-out reports with the
active model; it becomes active only if not worse (learning.refit_if_better). The candidate's
per-program effects are judged first, on the same held-out reports: kept only if held-out
invitations are predicted no worse with them (learning.with_program_effects).
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import asdict, dataclass
from typing import Any

from engine import CatalogArrays
from engine.learning import (
    EffectsCheck,
    OutcomeReport,
    ReportedApplication,
    compare,
    refit_if_better,
)
from services.matching.model_registry.registry import Candidate, ModelRegistry
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.store import MatchingStore
from services.matching.settings import Settings
from smartpick.events.models import ApplicantProfile
from smartpick.mongo import Document


class TooFewReports(Exception):
    """Not enough held-out reports to tell whether a candidate is better."""


@dataclass(frozen=True)
class Refit:
    version: int
    parent: int
    accepted: bool
    active_version: int
    params_version: str
    holdout_loss_before: float
    holdout_loss_after: float
    train_reports: int
    holdout_reports: int
    effects: EffectsCheck | None
    """Whether the candidate kept its per-program effects, with both held-out figures."""


def held_out(report_id: str, every: int) -> bool:
    """True for about one report in ``every``, always the same ones."""
    return int(hashlib.sha256(report_id.encode()).hexdigest()[:8], 16) % every == 0


def outcome_report(document: Document) -> OutcomeReport:
    return OutcomeReport(
        profile=ApplicantProfile.model_validate(document["profile"]),
        applications=[ReportedApplication(a["program_id"], a["invited"])
                      for a in document["applications"]],
        matched=document.get("matched"), season_year=int(document["season_year"]))


def split(documents: list[Document], every: int) -> tuple[list[OutcomeReport], list[OutcomeReport]]:
    train: list[OutcomeReport] = []
    holdout: list[OutcomeReport] = []
    for document in documents:
        (holdout if held_out(document["_id"], every) else train).append(outcome_report(document))
    return train, holdout


def revisions(documents: list[Document]) -> int:
    """Reports counted with their updates: revision n of a report stands for n of them."""
    return sum(int(document.get("revision") or 1) for document in documents)


async def refit_now(outcomes: OutcomeStore, store: MatchingStore, registry: ModelRegistry,
                    settings: Settings) -> Refit:
    """Refit on the reported ``outcomes`` over the catalog of ``store``, store the candidate with
    its figures, and activate it if not worse."""
    documents = await outcomes.outcomes()
    train, holdout = split(documents, settings.refit_holdout_every)
    needed = settings.refit_min_holdout_reports
    if len(holdout) < max(needed, 1) or not train:
        raise TooFewReports(
            f"a refit needs at least {needed} held-out reports (1 in "
            f"{settings.refit_holdout_every} reports is held out) and some to train on; "
            f"there are {len(holdout)} held out of {len(train) + len(holdout)}")
    active = await registry.active()
    published = await registry.published(active.version)
    arrays = CatalogArrays.from_programs(await store.programs())
    decision = await asyncio.to_thread(refit_if_better, active.params, train, holdout, arrays,
                                       prior=published.params)
    version = await registry.record(Candidate(decision, active.version, len(train), len(holdout),
                                              revisions(documents)))
    # the matching service notices the new active version and tells every applicant once
    # (ChangeNotifier.follow_model), also when this command runs in a process of its own
    accepted = decision.accepted and await registry.activate(version, active.version)
    return Refit(version=version, parent=active.version, accepted=accepted,
                 active_version=version if accepted else active.version,
                 params_version=decision.candidate.version,
                 holdout_loss_before=decision.holdout_loss_before,
                 holdout_loss_after=decision.holdout_loss_after,
                 train_reports=len(train), holdout_reports=len(holdout),
                 effects=decision.effects)


async def report_now(outcomes: OutcomeStore, store: MatchingStore, registry: ModelRegistry,
                     settings: Settings) -> dict[str, Any]:
    """The active model's predictions against all reports and the held-out ones, and history."""
    documents = await outcomes.outcomes()
    train, holdout = split(documents, settings.refit_holdout_every)
    active = await registry.active()
    arrays = CatalogArrays.from_programs(await store.programs())
    overall = await asyncio.to_thread(compare, active.params, train + holdout, arrays)
    held = await asyncio.to_thread(compare, active.params, holdout, arrays)
    return {"active_version": active.version, "params_version": active.params.version,
            "all_reports": asdict(overall), "held_out_reports": asdict(held),
            "versions": [v | {"created_at": v["created_at"].isoformat(timespec="seconds")}
                         if "created_at" in v else v for v in await registry.history()]}
