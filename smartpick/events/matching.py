"""Events published by the matching service."""

from typing import ClassVar

from pydantic import Field

from smartpick.events.base import Event


class RecommendationsReady(Event):
    """An applicant's recommendations were recomputed and stored; counts let a reader summarize."""

    event_type: ClassVar[str] = "org.smartpick.matching.recommendations.ready.v1"
    topic: ClassVar[str] = "matching.recommendations"

    applicant_id: str
    eligible_count: int = Field(ge=0)
    excluded_count: int = Field(ge=0)
    computed_for: str = Field(description="id of the event that caused this recomputation")

    @property
    def aggregate_id(self) -> str:
        return self.applicant_id
