"""Events published by the profiles service about the program catalog."""

from typing import ClassVar

from smartpick.events.base import Event
from smartpick.events.models import Program


class ProgramUpserted(Event):
    """A program entered the catalog or changed; carries the whole program."""

    event_type: ClassVar[str] = "org.smartpick.profiles.program.upserted.v1"
    topic: ClassVar[str] = "profiles.programs"

    program: Program

    @property
    def aggregate_id(self) -> str:
        return self.program.id
