"""The rules of invitation codes: unguessable, well-formed, and admitting only while neither
revoked nor expired."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from services.profiles.organizations.codes import admits, new_code, use_id, well_formed
from services.profiles.organizations.models import JoinWithCode, NewInvitationCode

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def code(**fields: object) -> dict[str, object]:
    return {"_id": "abc", "organization_id": "org", "expires_at": None, "max_uses": None,
            "revoked_at": None, **fields}


def test_new_codes_are_long_random_and_well_formed() -> None:
    codes = {new_code() for _ in range(1000)}
    assert len(codes) == 1000
    assert all(len(each) == 16 and well_formed(each) for each in codes)


@pytest.mark.parametrize("typed", ["", "short", "has space in it", "a/b/c/d/e/f", "x" * 65,
                                   "ünïcödé-code"])
def test_malformed_codes_are_refused_before_any_look_up(typed: str) -> None:
    assert not well_formed(typed)
    with pytest.raises(ValidationError):
        JoinWithCode(code=typed)


def test_a_code_without_expiry_admits_until_revoked() -> None:
    assert admits(code(), NOW)
    assert not admits(code(revoked_at=NOW - timedelta(seconds=1)), NOW)


def test_an_expired_code_admits_nobody_and_an_unknown_one_neither() -> None:
    assert admits(code(expires_at=NOW + timedelta(seconds=1)), NOW)
    assert not admits(code(expires_at=NOW), NOW)
    assert not admits(None, NOW)


def test_a_stored_expiry_without_time_zone_is_read_as_utc() -> None:
    assert admits(code(expires_at=(NOW + timedelta(minutes=1)).replace(tzinfo=None)), NOW)


def test_each_slot_of_a_limited_code_is_a_document_of_its_own() -> None:
    assert use_id("abc", 0) != use_id("abc", 1) == "abc#1"


@pytest.mark.parametrize("max_uses", [0, -1, 10_001])
def test_max_uses_must_be_between_one_and_the_limit(max_uses: int) -> None:
    with pytest.raises(ValidationError):
        NewInvitationCode(max_uses=max_uses)
