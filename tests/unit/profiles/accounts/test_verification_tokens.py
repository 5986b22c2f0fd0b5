"""Email verification tokens: signed for one account and address, refused once expired, forged
or signed with another secret, and never interchangeable with bearer tokens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
import pytest

from services.profiles.accounts.verification import (
    InvalidVerificationToken,
    check_verification_token,
    issue_verification_token,
)
from smartpick.auth import Principal, Role, issue_token, verify_token

SECRET = "a-test-secret-of-at-least-32-characters"
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def test_a_token_names_its_account_and_address_until_it_expires() -> None:
    token, expires_at = issue_verification_token("acc-1", "ana@example.org", SECRET, 3600, NOW)
    assert expires_at == NOW + timedelta(hours=1)
    claim = check_verification_token(token, SECRET, NOW + timedelta(minutes=59))
    assert (claim.account_id, claim.email, claim.expires_at) == (
        "acc-1", "ana@example.org", expires_at)


def test_an_expired_token_is_refused_saying_so() -> None:
    token, _ = issue_verification_token("acc-1", "ana@example.org", SECRET, 3600, NOW)
    with pytest.raises(InvalidVerificationToken, match="expired"):
        check_verification_token(token, SECRET, NOW + timedelta(hours=1))


@pytest.mark.parametrize("forge", [
    lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
    lambda token: "W1siYWNjLTIiXQ" + token[token.index("."):],  # another payload, same signature
    lambda token: token.partition(".")[0],
    lambda token: "",
    lambda token: "not a token at all",
    lambda token: token + "é",  # compare_digest refuses non-ASCII text: compared as bytes
])
def test_a_forged_or_mangled_token_is_refused(forge: object) -> None:
    token, _ = issue_verification_token("acc-1", "ana@example.org", SECRET, 3600, NOW)
    assert callable(forge)
    with pytest.raises(InvalidVerificationToken, match="not valid"):
        check_verification_token(forge(token), SECRET, NOW)


def test_a_token_signed_with_another_secret_is_refused() -> None:
    token, _ = issue_verification_token("acc-1", "ana@example.org", "x" * 40, 3600, NOW)
    with pytest.raises(InvalidVerificationToken):
        check_verification_token(token, SECRET, NOW)


def test_bearer_and_verification_tokens_are_not_interchangeable() -> None:
    bearer = issue_token(Principal("acc-1", Role.APPLICANT), SECRET, 3600)
    with pytest.raises(InvalidVerificationToken):
        check_verification_token(bearer, SECRET)
    verification, _ = issue_verification_token("acc-1", "ana@example.org", SECRET, 3600)
    with pytest.raises(jwt.InvalidTokenError):
        verify_token(verification, SECRET)
