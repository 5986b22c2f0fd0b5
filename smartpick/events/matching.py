"""Events published by the matching service."""

from datetime import datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from smartpick.events.base import Event
from smartpick.events.mentoring import MentorPosition
from smartpick.events.models import DisplayName, Specialty


class RecommendationsReady(Event):
    """An applicant's recommendations were recomputed and stored; counts let a reader summarize."""

    event_type: ClassVar[str] = "org.smartpick.matching.recommendations.ready.v1"
    topic: ClassVar[str] = "matching.recommendations"
    supersedes_earlier: ClassVar[bool] = True

    applicant_id: str
    eligible_count: int = Field(ge=0)
    excluded_count: int = Field(ge=0)
    computed_for: str = Field(description="id of the event that caused this recomputation")
    reason: Literal["profile", "catalog", "model"] = Field(
        default="profile", description="what changed: the applicant's profile, programs of "
                                       "their specialties, or the active model")
    profile_updated_at: datetime | None = Field(
        default=None, description="when the profile the counts come from was saved (its "
                                  "ApplicantProfileUpdated's updated_at); absent in events "
                                  "published before it was added")

    @property
    def aggregate_id(self) -> str:
        return self.applicant_id

    @property
    def state_time(self) -> datetime | None:
        """A list computed from a later profile is the newer list, whatever the order of the
        events: a catalog change's notifier may read a profile just before its next save and
        publish after that save's list (services/matching/recommendations/changes.py)."""
        return self.profile_updated_at


class MatchSimulationCompleted(Event):
    """A match simulation job ended: its result is stored (or it failed, with the reason).

    Carries the headline figures so a notifier can tell the requester without asking matching.
    """

    event_type: ClassVar[str] = "org.smartpick.matching.simulation.completed.v1"
    topic: ClassVar[str] = "matching.simulations"

    simulation_id: str
    requested_by: str = Field(description="account id of the organization member who asked")
    name: str
    status: Literal["succeeded", "no_stable_matching", "failed"]
    applicants: int = Field(ge=0)
    matched: int = Field(ge=0)
    positions: int = Field(ge=0)
    unfilled: int = Field(ge=0)
    error: str | None = Field(default=None, description="why it failed, for status failed")

    @property
    def aggregate_id(self) -> str:
        return self.simulation_id


class SuggestedMentor(BaseModel):
    """One mentor suggested to an applicant, described as the directory knows them (it holds no
    names: position, specialty and institution are what mentor search shows too)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mentor_id: str
    position: MentorPosition
    specialty: Specialty
    institution: DisplayName
    score: float = Field(ge=0, le=100, description="compatibility with the applicant, 0 to 100")
    reasons: list[str] = Field(max_length=3, description="the strongest reasons, in plain words")


class MentorSuggestionsReady(Event):
    """An applicant's mentor-relevant profile changed and their best available mentors differ
    from those last suggested to them; carries the whole new set (state transfer)."""

    event_type: ClassVar[str] = "org.smartpick.matching.mentor-suggestions.ready.v1"
    topic: ClassVar[str] = "matching.recommendations"
    supersedes_earlier: ClassVar[bool] = True

    applicant_id: str
    mentors: list[SuggestedMentor] = Field(min_length=1, max_length=5,
                                           description="best first")
    profile_at: datetime = Field(description="when the profile that caused them was saved")
    at: datetime

    @property
    def aggregate_id(self) -> str:
        return self.applicant_id
