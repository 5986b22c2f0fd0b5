"""Sign-in and sign-up are limited per client address and per account, and the limits hold
across instances of the profiles service (defect 5 of the hardening issue: 8 clients guessing
passwords slowed everyone, and nothing stopped them)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import httpx
import pytest

from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql

pytestmark = pytest.mark.e2e


def _sign_in(url: str, email: str, address: str, password: str = "not the password") -> int:
    response = httpx.post(f"{url}/sessions", json={"email": email, "password": password},
                          headers={"x-forwarded-for": address}, timeout=30)
    return response.status_code


def _sign_up(url: str, address: str) -> int:
    body = {"email": f"{uuid.uuid4().hex[:10]}@example.org", "password": "a long passphrase"}
    response = httpx.post(f"{url}/accounts", json=body, headers={"x-forwarded-for": address},
                          timeout=30)
    return response.status_code


@pytest.fixture(scope="module")
def two_instances(platform: Platform) -> Iterator[list[str]]:
    """Two more profiles instances on the platform's database, with small limits."""
    limits = {"SIGN_INS_PER_MINUTE_PER_ADDRESS": "5", "SIGN_INS_PER_MINUTE_PER_ACCOUNT": "4",
              "SIGN_UPS_PER_MINUTE_PER_ADDRESS": "3"}
    urls = [platform.start("profiles", f"profiles-limited-{n}", **limits) for n in (1, 2)]
    yield urls
    for n in (1, 2):
        platform.stop(f"profiles-limited-{n}")


def _fresh_minute() -> None:
    """Limits count per clock minute: start a scenario early in one, so it fits in it."""
    if time.time() % 60 > 40:
        time.sleep(61 - time.time() % 60)


def test_sign_ins_from_one_address_are_limited_across_instances(
        two_instances: list[str]) -> None:
    _fresh_minute()
    address = "198.51.100.21"
    answers = [_sign_in(two_instances[n % 2], f"{uuid.uuid4().hex}@example.org", address)
               for n in range(7)]
    assert answers == [401] * 5 + [429] * 2  # five in all, whichever instance took them
    assert _sign_in(two_instances[0], "someone@example.org", "198.51.100.22") == 401


def test_guesses_at_one_account_are_limited_whatever_the_address(
        two_instances: list[str]) -> None:
    _fresh_minute()
    email = f"{uuid.uuid4().hex}@example.org"
    answers = [_sign_in(two_instances[n % 2], email, f"203.0.113.{n}") for n in range(6)]
    assert answers == [401] * 4 + [429] * 2


def test_sign_ups_from_one_address_are_limited_across_instances(
        two_instances: list[str]) -> None:
    _fresh_minute()
    answers = [_sign_up(two_instances[n % 2], "192.0.2.33") for n in range(5)]
    assert answers == [201] * 3 + [429] * 2


def test_a_limited_sign_in_is_rate_limited_in_graphql(platform: Platform) -> None:
    _fresh_minute()
    query = ('mutation($e: String!) { signIn(email: $e, password: "wrong guess") '
             '{ token } }')
    email = f"{uuid.uuid4().hex}@example.org"
    codes = [gql(platform, query, None, {"e": email})["errors"][0]["extensions"]["code"]
             for _ in range(8)]
    assert codes[0] == "UNAUTHENTICATED"
    assert codes[-1] == "RATE_LIMITED"  # six guesses a minute per account by default


def test_unknown_email_and_wrong_password_answer_alike(platform: Platform) -> None:
    """The same answer; both check a full hash (tests/unit/test_passwords.py), and
    benchmarks/sign_in_flood.py times them."""
    email = f"{uuid.uuid4().hex[:8]}@example.org"
    gql(platform, 'mutation($e: String!) { signUp(input: {email: $e, password: '
                  '"correct horse battery"}) { token } }', None, {"e": email})
    guess = 'mutation($e: String!) { signIn(email: $e, password: "wrong guess") { token } }'
    known = gql(platform, guess, None, {"e": email})["errors"][0]
    unknown = gql(platform, guess, None, {"e": f"nobody-{uuid.uuid4().hex[:6]}@example.org"})
    assert known == unknown["errors"][0]
    assert known["message"] == "wrong email or password"
