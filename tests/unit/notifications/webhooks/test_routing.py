"""Which organizations hear of an event, what of its data they see, and when retries come."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from services.notifications.webhooks.audience import OFFERED, audience
from services.notifications.webhooks.schedule import next_wait
from services.notifications.webhooks.visibility import visible_data, visible_schema
from smartpick.events import (
    EVENT_TYPES,
    AccountEmailVerified,
    MatchSimulationCompleted,
    MentorshipProblemReported,
)

AT = datetime(2026, 11, 29, tzinfo=UTC)


def simulation() -> MatchSimulationCompleted:
    return MatchSimulationCompleted(simulation_id="sim-1", requested_by="org-a", name="Run",
                                    status="succeeded", applicants=3, matched=2, positions=2,
                                    unfilled=0)


def report(organization_id: str | None) -> MentorshipProblemReported:
    return MentorshipProblemReported(mentorship_id="m-1", mentee_id="a-1", mentor_id="t-1",
                                     reporter_id="a-1", reason="other",
                                     details="he said something private",
                                     organization_id=organization_id, at=AT)


def test_a_simulation_goes_to_the_organization_that_asked_for_it() -> None:
    assert audience(simulation()) == {"org-a"}


def test_a_problem_report_goes_to_the_mentors_organization_if_any() -> None:
    assert audience(report("org-b")) == {"org-b"}
    assert audience(report(None)) == set()


def test_an_event_no_rule_routes_reaches_no_organization() -> None:
    assert audience(AccountEmailVerified(account_id="org-a", email="a@b.c")) == set()


def test_only_routed_event_types_of_the_registry_are_offered() -> None:
    assert set(OFFERED) <= set(EVENT_TYPES)
    assert MatchSimulationCompleted.event_type in OFFERED


def test_free_text_and_contact_fields_are_dropped_at_any_depth() -> None:
    data = {"id": "m-1", "details": "private", "inner": {"email": "a@b.c", "n": 1},
            "list": [{"token": "t", "ok": True}]}
    assert visible_data(data) == {"id": "m-1", "inner": {"n": 1}, "list": [{"ok": True}]}


def test_the_offered_schema_lists_no_private_field() -> None:
    schema = visible_schema(MentorshipProblemReported.model_json_schema())
    assert "details" not in schema["properties"] and "mentorship_id" in schema["properties"]


def test_retries_follow_the_configured_waits_with_jitter_then_stop() -> None:
    waits = [5.0, 300.0]
    rng = random.Random(1)
    first, second = next_wait(1, waits, rng), next_wait(2, waits, rng)
    assert first is not None and 4.5 <= first <= 5.5
    assert second is not None and 270 <= second <= 330
    assert next_wait(3, waits, rng) is None
