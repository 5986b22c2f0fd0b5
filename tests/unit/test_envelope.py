"""CloudEvents Kafka binding, binary mode, checked against the CloudEvents Python SDK."""

from __future__ import annotations

import pytest
from cloudevents.core.bindings import kafka as sdk_kafka
from cloudevents.core.formats.json import JSONFormat
from cloudevents.core.v1.event import CloudEvent as SdkCloudEvent

from smartpick.events import ApplicantProfileUpdated, MalformedEvent, parse_event
from smartpick.events.envelope import from_kafka, to_kafka
from smartpick.events.models import ApplicantProfile, ApplicantType
from smartpick.publisher import envelope_for

EVENT = ApplicantProfileUpdated(
    applicant_id="a-1",
    profile=ApplicantProfile(applicant_type=ApplicantType.NON_US_IMG, graduation_year=2022,
                             step2_score=245),
)


def test_our_record_reads_back_in_the_sdk_with_every_attribute() -> None:
    envelope = envelope_for(EVENT, "/profiles")
    key, value, headers = to_kafka(envelope)
    parsed = sdk_kafka.from_binary(
        sdk_kafka.KafkaMessage(headers=dict(headers), key=key, value=value), JSONFormat())
    assert parsed.get_id() == envelope.id
    assert parsed.get_source() == "/profiles"
    assert parsed.get_type() == "org.smartpick.profiles.applicant.updated.v1"
    assert parsed.get_time() == envelope.time
    assert parsed.get_extension("partitionkey") == "a-1"
    assert parsed.get_data() == envelope.data
    assert key == b"a-1"  # record key = aggregate id


def test_sdk_record_parses_into_our_typed_event() -> None:
    sdk_event = SdkCloudEvent(
        attributes={"id": "e-9", "source": "/elsewhere", "type": EVENT.event_type,
                    "datacontenttype": "application/json", "partitionkey": "a-1"},
        data=EVENT.model_dump(mode="json"),
    )
    message = sdk_kafka.to_binary(sdk_event, JSONFormat())
    key = message.key.encode() if isinstance(message.key, str) else message.key
    envelope = from_kafka(key, message.value, list(message.headers.items()))
    assert (envelope.id, envelope.source, envelope.partitionkey) == ("e-9", "/elsewhere", "a-1")
    assert parse_event(envelope) == EVENT


@pytest.mark.parametrize(("value", "headers", "reason"), [
    (b"{}", [], "missing header"),
    (b"not json", [("ce_specversion", b"1.0"), ("ce_id", b"1"), ("ce_source", b"/s"),
                   ("ce_type", b"t")], "not JSON"),
    (b"{}", [("ce_specversion", b"0.3"), ("ce_id", b"1"), ("ce_source", b"/s"),
             ("ce_type", b"t")], "invalid CloudEvent"),
    (b"{}", [("ce_specversion", b"1.0"), ("ce_id", b"\xff"), ("ce_source", b"/s"),
             ("ce_type", b"t")], "not UTF-8"),
])
def test_malformed_records_are_refused_with_a_reason(
    value: bytes, headers: list[tuple[str, bytes]], reason: str
) -> None:
    with pytest.raises(MalformedEvent, match=reason):
        from_kafka(b"k", value, headers)


def test_unknown_type_and_bad_data_are_malformed() -> None:
    envelope = envelope_for(EVENT, "/profiles")
    with pytest.raises(MalformedEvent, match="unknown event type"):
        parse_event(envelope.model_copy(update={"type": "org.smartpick.nope.v1"}))
    with pytest.raises(MalformedEvent, match="invalid"):
        parse_event(envelope.model_copy(update={"data": {"applicant_id": "a-1"}}))
