"""Verifying an email address through GraphQL: sign-up emails a link (read at Mailpit), its
token verifies the account, and forged, expired or another account's tokens are refused with a
code, never a 500."""

from __future__ import annotations

import asyncio
import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote

import pytest

from services.profiles.accounts.verification import issue_verification_token
from tests.e2e.accounts import PASSWORD
from tests.e2e.conftest import E2E_WEB_URL, Platform
from tests.e2e.test_journey import gql
from tests.mailpit import message, messages_to, wait_for_messages
from tests.servers import MailServer

pytestmark = pytest.mark.e2e
VERIFY = "mutation($t: String!) { verifyEmail(token: $t) { id email emailVerified } }"


def sign_up(platform: Platform) -> dict[str, Any]:
    email = f"verify-{uuid.uuid4().hex[:8]}@example.org"
    answer = gql(platform, "mutation($e: String!, $p: String!) { signUp(input: {email: $e, "
                           "password: $p}) { token account { id email emailVerified } } }",
                 variables={"e": email, "p": PASSWORD})
    session: dict[str, Any] = answer["data"]["signUp"]
    assert session["account"]["emailVerified"] is False
    return session


def emailed_token(mail: MailServer, address: str, count: int = 1) -> str:
    """The token of the newest verification link emailed to ``address``, from both parts."""
    newest = asyncio.run(wait_for_messages(mail, address, count))[0]
    whole = asyncio.run(message(mail, newest["ID"]))
    pattern = re.escape(E2E_WEB_URL) + r"/verify-email\?token=([A-Za-z0-9_%.-]+)"
    [in_text] = re.findall(pattern, whole["Text"])
    [in_html] = re.findall(pattern, whole["HTML"])
    assert in_text == in_html
    return unquote(in_text)


def code_and_message(answer: dict[str, Any]) -> tuple[str, str]:
    assert answer.get("data") is None or answer["data"].get("verifyEmail") is None, answer
    [error] = answer["errors"]
    return error["extensions"]["code"], error["message"]


def test_the_emailed_link_verifies_the_account(platform: Platform, mailpit: MailServer) -> None:
    session = sign_up(platform)
    token, account = session["token"], session["account"]
    link_token = emailed_token(mailpit, account["email"])
    verified = gql(platform, VERIFY, token, {"t": link_token})
    assert verified == {"data": {"verifyEmail": {
        "id": account["id"], "email": account["email"], "emailVerified": True}}}
    me = gql(platform, "{ me { emailVerified } }", token)
    assert me == {"data": {"me": {"emailVerified": True}}}
    assert gql(platform, VERIFY, token, {"t": link_token})["data"]["verifyEmail"][
        "emailVerified"] is True  # following the link again is harmless
    again = gql(platform, "mutation { requestEmailVerification { expiresAt } }", token)
    assert again["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "verified already" in again["errors"][0]["message"]
    # the verification email, then the account notice that the address is verified: no more
    sent = asyncio.run(wait_for_messages(mailpit, account["email"], 2))
    assert sorted(m["Subject"] for m in sent) == ["Verify your email address for Smart Pick",
                                                  "Your email address is verified"]
    notices = gql(platform, "{ me { notifications { edges { node { kind title } } } } }", token)
    assert notices["data"]["me"]["notifications"]["edges"] == [
        {"node": {"kind": "ACCOUNT_EMAIL_VERIFIED", "title": "Your email address is verified"}}]
    asyncio.run(asyncio.sleep(2))
    assert len(asyncio.run(messages_to(mailpit, account["email"]))) == 2


def test_forged_expired_and_another_accounts_tokens_are_refused_with_a_code(
        platform: Platform, mailpit: MailServer) -> None:
    session = sign_up(platform)
    token, account = session["token"], session["account"]
    link_token = emailed_token(mailpit, account["email"])
    payload, _, signature = link_token.partition(".")
    forged = f"{payload}.{signature[::-1]}"
    assert code_and_message(gql(platform, VERIFY, token, {"t": forged})) == (
        "BAD_USER_INPUT", "this verification link is not valid; use the link of the latest "
                          "email, or ask for a new one")
    expired, _ = issue_verification_token(account["id"], account["email"], platform.jwt_secret,
                                          60, datetime.now(UTC) - timedelta(hours=2))
    code, text = code_and_message(gql(platform, VERIFY, token, {"t": expired}))
    assert (code, "expired" in text) == ("BAD_USER_INPUT", True)
    other = sign_up(platform)
    code, text = code_and_message(gql(platform, VERIFY, other["token"], {"t": link_token}))
    assert (code, "another account" in text) == ("BAD_USER_INPUT", True)
    anonymous = gql(platform, VERIFY, None, {"t": link_token})
    assert code_and_message(anonymous)[0] == "UNAUTHENTICATED"
    me = gql(platform, "{ me { emailVerified } }", other["token"])
    assert me == {"data": {"me": {"emailVerified": False}}}


def test_asking_again_emails_a_new_link_that_works(platform: Platform,
                                                   mailpit: MailServer) -> None:
    session = sign_up(platform)
    token, account = session["token"], session["account"]
    emailed_token(mailpit, account["email"])
    asked = gql(platform, "mutation { requestEmailVerification { expiresAt } }", token)
    expires_at = datetime.fromisoformat(asked["data"]["requestEmailVerification"]["expiresAt"])
    assert timedelta(hours=23) < expires_at - datetime.now(UTC) <= timedelta(hours=24)
    second = emailed_token(mailpit, account["email"], count=2)
    verified = gql(platform, VERIFY, token, {"t": second})
    assert verified["data"]["verifyEmail"]["emailVerified"] is True
