"""smartpick.auth.TokenVerifier answers as verify_token does, checking each valid token once."""

from __future__ import annotations

from unittest import mock

import jwt
import pytest

from smartpick.auth import Principal, Role, TokenVerifier, issue_token

SECRET = "unit-test-secret-of-at-least-32-characters"
ALICE = Principal("alice", Role.APPLICANT)


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_a_valid_token_is_checked_once_and_its_verdict_kept_until_its_expiry() -> None:
    token = issue_token(ALICE, SECRET, 60)
    issued = jwt.decode(token, options={"verify_signature": False})["iat"]
    clock = Clock(issued)
    verify = TokenVerifier(SECRET, clock=clock)
    with mock.patch("jwt.decode", wraps=jwt.decode) as decode:
        assert verify(token) == ALICE and verify(token) == ALICE
        assert decode.call_count == 1
        clock.now = issued + 59.5
        assert verify(token) == ALICE and decode.call_count == 1
        clock.now = issued + 60  # its expiry: the kept verdict no longer counts, PyJWT decides
        assert verify(token) == ALICE and decode.call_count == 2  # (PyJWT's clock: not yet)
    expired = jwt.encode({"sub": "alice", "role": "APPLICANT", "exp": issued - 1}, SECRET,
                         algorithm="HS256")
    with pytest.raises(jwt.ExpiredSignatureError):
        TokenVerifier(SECRET, clock=Clock(issued - 10))(expired)


def test_invalid_tokens_are_refused_every_time_and_never_kept() -> None:
    verify = TokenVerifier(SECRET)
    forged = issue_token(ALICE, "another-secret-of-at-least-32-characters", 60)
    for _ in range(2):
        with pytest.raises(jwt.InvalidSignatureError):
            verify(forged)
    unknown_role = jwt.encode({"sub": "bob", "role": "ROOT", "exp": 2**40}, SECRET,
                              algorithm="HS256")
    with pytest.raises(jwt.InvalidTokenError, match="unknown role"):
        verify(unknown_role)
    assert verify(issue_token(ALICE, SECRET, 60)) == ALICE


def test_the_kept_verdicts_are_bounded() -> None:
    verify = TokenVerifier(SECRET, size=2)
    tokens = [issue_token(Principal(f"a{n}", Role.MENTOR), SECRET, 60) for n in range(3)]
    with mock.patch("jwt.decode", wraps=jwt.decode) as decode:
        for token in tokens:
            verify(token)
        verify(tokens[2])
        verify(tokens[0])  # pushed out by the third: checked again
        assert decode.call_count == 4
