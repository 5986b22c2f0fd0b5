"""A webhook message is fixed by its event and endpoint: a redelivered event makes the same one."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from services.notifications.webhooks.message import body, message_for
from smartpick.events import CloudEvent
from smartpick.events.envelope import from_kafka, to_kafka

EVENT = CloudEvent.new(source="smartpick/mentorship", type="org.smartpick.mentorship.accepted.v1",
                       key="m-1", data={"mentorship_id": "m-1", "mentor": {"name": "Ana", "id": 7}})


def test_a_redelivered_event_makes_the_same_message() -> None:
    redelivered = from_kafka(*to_kafka(EVENT))
    assert message_for(redelivered, "endpoint-1") == message_for(EVENT, "endpoint-1")


def test_each_endpoint_gets_its_own_id_and_the_same_body() -> None:
    one, other = message_for(EVENT, "endpoint-1"), message_for(EVENT, "endpoint-2")
    assert one.id != other.id and one.body == other.body


def test_the_id_is_msg_and_a_hash_without_a_full_stop() -> None:
    """``.`` separates the signed parts, so the spec forbids it in the id."""
    message_id = message_for(EVENT, "endpoint.with.dots").id
    assert message_id.startswith("msg_") and "." not in message_id


def test_the_body_is_the_event_type_time_in_utc_and_data() -> None:
    paris = timezone(timedelta(hours=1))
    occurred = datetime(2026, 11, 29, 13, 30, 5, 120, tzinfo=paris)
    assert json.loads(body("org.smartpick.x.v1", occurred, {"b": 1, "a": [2]})) == {
        "type": "org.smartpick.x.v1", "timestamp": "2026-11-29T12:30:05.000120Z",
        "data": {"a": [2], "b": 1}}


def test_the_body_does_not_depend_on_the_order_of_keys() -> None:
    at = datetime(2026, 11, 29, tzinfo=UTC)
    assert body("t.v1", at, {"a": 1, "b": {"c": 2, "d": 3}}) == body(
        "t.v1", at, {"b": {"d": 3, "c": 2}, "a": 1})


def test_a_naive_event_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        body("t.v1", datetime(2026, 11, 29), {})
