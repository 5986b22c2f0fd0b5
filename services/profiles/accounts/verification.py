"""Email verification tokens: an account id, its email and an expiry, signed with HMAC-SHA256.

The key is derived from the platform's token secret for this one purpose, so a verification
token is never a valid bearer token, nor the other way round. The token names the email it was
sent to: once the account's address is another, the old link verifies nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

PURPOSE = b"smartpick/email-verification/v1"


class InvalidVerificationToken(Exception):
    """The token is not one we signed, is malformed, or has expired; the message says which,
    in words for the person who followed the link."""


@dataclass(frozen=True)
class VerificationClaim:
    account_id: str
    email: str
    expires_at: datetime


def _key(secret: str) -> bytes:
    return hmac.new(secret.encode(), PURPOSE, hashlib.sha256).digest()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue_verification_token(account_id: str, email: str, secret: str, ttl_seconds: int,
                             now: datetime | None = None) -> tuple[str, datetime]:
    """A token for ``account_id`` and ``email``, and when it expires (whole seconds)."""
    expires_at = (now or datetime.now(UTC)).replace(microsecond=0) + timedelta(
        seconds=ttl_seconds)
    payload = _b64(json.dumps([account_id, email, int(expires_at.timestamp())]).encode())
    signature = _b64(hmac.new(_key(secret), payload.encode(), hashlib.sha256).digest())
    return f"{payload}.{signature}", expires_at


def check_verification_token(token: str, secret: str,
                             now: datetime | None = None) -> VerificationClaim:
    """What a token we signed says; raises ``InvalidVerificationToken`` otherwise."""
    payload, _, signature = token.partition(".")
    expected = _b64(hmac.new(_key(secret), payload.encode(), hashlib.sha256).digest())
    if not signature or not hmac.compare_digest(signature.encode(), expected.encode()):
        raise InvalidVerificationToken("this verification link is not valid; use the link "
                                       "of the latest email, or ask for a new one")
    try:
        account_id, email, expiry = json.loads(_unb64(payload))
        claim = VerificationClaim(str(account_id), str(email),
                                  datetime.fromtimestamp(int(expiry), UTC))
    except (ValueError, TypeError) as error:  # signed by us, so only an older format
        raise InvalidVerificationToken("this verification link is not valid") from error
    if claim.expires_at <= (now or datetime.now(UTC)):
        raise InvalidVerificationToken("this verification link has expired; ask for a new one")
    return claim
