"""Events published by the matching service."""

from typing import ClassVar, Literal

from pydantic import Field

from smartpick.events.base import Event


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

    @property
    def aggregate_id(self) -> str:
        return self.applicant_id


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
