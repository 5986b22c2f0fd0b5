"""The matching service's one registry: which domain's handler each event goes to, and the
dependencies bound to them once at start-up (runtime.py)."""

from __future__ import annotations

from dataclasses import dataclass

from services.matching.mentorship.directory import MentorDirectory
from services.matching.mentorship.handlers import (
    member_joined,
    member_left,
    mentors_updated,
    mentorship_changed,
)
from services.matching.mentorship.lifecycle import Lifecycle
from services.matching.mentorship.organization_members import OrganizationMembers
from services.matching.mentorship.suggestion_push import MentorSuggestions
from services.matching.model_registry.handlers import outcome_deleted, outcome_reported
from services.matching.model_registry.store import OutcomeStore
from services.matching.recommendations.catalog_cache import CatalogCache
from services.matching.recommendations.handlers import applicants_updated, programs_upserted
from services.matching.recommendations.ranking import Rankings
from services.matching.recommendations.store import MatchingStore
from smartpick.events import (
    ApplicantProfileUpdated,
    MentorProfileUpdated,
    MentorshipChanged,
    OrganizationMemberJoined,
    OrganizationMemberLeft,
    OutcomeDeleted,
    OutcomeReported,
    ProgramUpserted,
)
from smartpick.registry import HandlerRegistry


@dataclass(frozen=True)
class Dependencies:
    """What matching's handlers use; each domain's handlers declare their part as a protocol
    (``RecommendationDependencies``, ``OutcomeDependencies``, ``MentorshipDependencies``),
    which this satisfies."""

    store: MatchingStore
    catalog: CatalogCache
    rankings: Rankings
    outcomes: OutcomeStore
    mentors: MentorDirectory
    lifecycle: Lifecycle
    suggestions: MentorSuggestions
    members: OrganizationMembers


HANDLERS = (HandlerRegistry[Dependencies]()
            .add_batch(ApplicantProfileUpdated, applicants_updated)
            .add(OutcomeReported, outcome_reported)
            .add(OutcomeDeleted, outcome_deleted)
            .add_batch(ProgramUpserted, programs_upserted)
            .add_batch(MentorProfileUpdated, mentors_updated)
            .add(MentorshipChanged, mentorship_changed)
            .add(OrganizationMemberJoined, member_joined)
            .add(OrganizationMemberLeft, member_left))
