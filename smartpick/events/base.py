"""The base of every event model: its CloudEvents type, its topic and its ordering key."""

from datetime import datetime
from typing import ClassVar

from pydantic import BaseModel, ConfigDict


class Event(BaseModel):
    """A fact that happened, named in the past tense; the version lives in ``event_type``.

    ``aggregate_id`` becomes the Kafka record key, so one aggregate's events keep their order.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    event_type: ClassVar[str]
    topic: ClassVar[str]
    supersedes_earlier: ClassVar[bool] = False
    """True when the event carries its aggregate's whole state: an earlier event of the same
    aggregate that a consumer has not handled yet is then moot, and may be skipped."""

    @property
    def aggregate_id(self) -> str:
        raise NotImplementedError

    @property
    def state_time(self) -> datetime | None:
        """When the state an event that ``supersedes_earlier`` carries was written, where the
        event says: of two such events in one batch, the later state wins, not the later
        offset. Two writers (two profiles instances, each with its relay) can publish one
        aggregate's states out of their order. None: the log's order is the states' order."""
        return None
