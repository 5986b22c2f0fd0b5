"""The base of every event model: its CloudEvents type, its topic and its ordering key."""

from typing import ClassVar

from pydantic import BaseModel, ConfigDict


class Event(BaseModel):
    """A fact that happened, named in the past tense; the version lives in ``event_type``.

    ``aggregate_id`` becomes the Kafka record key, so one aggregate's events keep their order.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    event_type: ClassVar[str]
    topic: ClassVar[str]

    @property
    def aggregate_id(self) -> str:
        raise NotImplementedError
