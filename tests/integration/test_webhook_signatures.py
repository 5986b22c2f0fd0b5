"""Our webhook messages, POSTed over real sockets to a loopback endpoint, as judged by the npm
standardwebhooks library: an implementation independent of ours (docs/webhooks-signing.md)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from services.notifications.webhooks.message import WebhookMessage, message_for
from services.notifications.webhooks.signing import (
    SigningSecret,
    new_secret,
    rotate,
    signed_headers,
)
from smartpick.events import CloudEvent
from tests.webhook_receiver import Received, Verdict, verify_with_npm, webhook_endpoint

EVENT = CloudEvent.new(source="smartpick/mentorship", type="org.smartpick.mentorship.accepted.v1",
                       key="mentorship-1", data={"mentorship_id": "mentorship-1", "note": "ça va"})
MESSAGE = message_for(EVENT, endpoint_id="endpoint-1")
ACCEPTED = Verdict(accepted=True)


@pytest.fixture
def endpoint() -> Iterator[tuple[str, list[Received]]]:
    with webhook_endpoint() as found:
        yield found


def _deliver(endpoint: tuple[str, list[Received]], message: WebhookMessage,
             secrets: Sequence[SigningSecret], at: datetime | None = None,
             body: bytes | None = None) -> Received:
    """POST ``message`` signed at ``at`` (now by default), optionally with another body."""
    url, received = endpoint
    headers = signed_headers(message.id, message.body, secrets, at or datetime.now(UTC))
    response = httpx.post(url, content=message.body if body is None else body,
                          headers={**headers, "content-type": "application/json"})
    assert response.status_code == 204
    return received[-1]


def test_a_signed_message_is_accepted_as_received(
        endpoint: tuple[str, list[Received]]) -> None:
    secret = new_secret()
    received = _deliver(endpoint, MESSAGE, [SigningSecret(secret)])
    assert received.body == MESSAGE.body
    assert verify_with_npm(secret, received) == [ACCEPTED]


def test_a_tampered_body_is_rejected(endpoint: tuple[str, list[Received]]) -> None:
    secret = new_secret()
    tampered = MESSAGE.body.replace(b"mentorship-1", b"mentorship-2")
    received = _deliver(endpoint, MESSAGE, [SigningSecret(secret)], body=tampered)
    assert verify_with_npm(secret, received) == [Verdict(False, "No matching signature found")]


def test_a_wrong_secret_is_rejected(endpoint: tuple[str, list[Received]]) -> None:
    received = _deliver(endpoint, MESSAGE, [SigningSecret(new_secret())])
    assert verify_with_npm(new_secret(), received) == [
        Verdict(False, "No matching signature found")]


def test_a_retry_is_accepted_where_the_first_attempts_timestamp_is_too_old(
        endpoint: tuple[str, list[Received]]) -> None:
    """The body and id stay, the signature is made again at the retry's time."""
    secret = [SigningSecret(new_secret())]
    first = _deliver(endpoint, MESSAGE, secret, at=datetime.now(UTC) - timedelta(minutes=6))
    retry = _deliver(endpoint, message_for(EVENT, endpoint_id="endpoint-1"), secret)
    assert retry.body == first.body
    assert retry.headers["webhook-id"] == first.headers["webhook-id"]
    assert verify_with_npm(secret[0].value, first, retry) == [
        Verdict(False, "Message timestamp too old"), ACCEPTED]


def test_during_a_rotation_either_secret_alone_verifies(
        endpoint: tuple[str, list[Received]]) -> None:
    old, new = new_secret(), new_secret()
    secrets = rotate([SigningSecret(old)], new, at=datetime.now(UTC) - timedelta(hours=23))
    received = _deliver(endpoint, MESSAGE, secrets)
    assert len(received.headers["webhook-signature"].split(" ")) == 2
    assert verify_with_npm(old, received) == [ACCEPTED]
    assert verify_with_npm(new, received) == [ACCEPTED]


def test_after_the_overlap_only_the_new_secret_signs(
        endpoint: tuple[str, list[Received]]) -> None:
    old, new = new_secret(), new_secret()
    secrets = rotate([SigningSecret(old)], new, at=datetime.now(UTC) - timedelta(hours=25))
    received = _deliver(endpoint, MESSAGE, secrets)
    assert len(received.headers["webhook-signature"].split(" ")) == 1
    assert verify_with_npm(new, received) == [ACCEPTED]
    assert verify_with_npm(old, received) == [Verdict(False, "No matching signature found")]
