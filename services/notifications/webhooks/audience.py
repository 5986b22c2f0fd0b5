"""Which organizations hear of a platform event: the one table webhooks are routed by.

An organization only ever receives events about its own objects. Each rule reads the event's
own fields, so routing needs no look-up; membership rules (events about an organization's
members) are added here as rows when membership exists.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from smartpick.events import Event, MatchSimulationCompleted, MentorshipProblemReported


def _simulation_completed(event: MatchSimulationCompleted) -> set[str]:
    return {event.requested_by}  # an ORG_ADMIN account is its organization (smartpick.auth)


def _problem_reported(event: MentorshipProblemReported) -> set[str]:
    return {event.organization_id} if event.organization_id else set()


RULES: Mapping[type[Event], Callable[[Any], set[str]]] = {
    MatchSimulationCompleted: _simulation_completed,
    MentorshipProblemReported: _problem_reported,
}
"""Event class to the organizations it concerns; a type without a row reaches none."""

OFFERED: Mapping[str, type[Event]] = {cls.event_type: cls for cls in RULES}
"""The event types an endpoint may subscribe to: those some organization can receive."""


def audience(event: Event) -> set[str]:
    """The organization ids ``event`` concerns (empty for a type no rule routes)."""
    rule = RULES.get(type(event))
    return rule(event) if rule is not None else set()
