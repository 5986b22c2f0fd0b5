"""HTTP routes of accounts: sign-up, sign-in (sessions), one's own account and the
verification of its email address.

Sign-up and sign-in are limited per client address (and sign-in per account) across every
instance; so are the verification emails an account asks for.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from services.profiles.accounts.attempts import limit
from services.profiles.accounts.models import (
    Account,
    Session,
    SignIn,
    SignUp,
    VerificationRequested,
    VerifyEmail,
)
from services.profiles.accounts.passwords import hash_password, password_matches
from services.profiles.accounts.store import EmailTaken
from services.profiles.accounts.verification import (
    InvalidVerificationToken,
    check_verification_token,
    issue_verification_token,
)
from services.profiles.deps import Accounts, Attempts, ProfilesSettings
from services.profiles.settings import Settings
from smartpick.auth import CurrentPrincipal, Principal, Role, issue_token
from smartpick.events import EmailVerificationRequested
from smartpick.http_errors import errors

router = APIRouter()


def _address(request: Request) -> str:
    """The caller's address; behind the gateway, the client's (uvicorn reads X-Forwarded-For
    from the addresses in FORWARDED_ALLOW_IPS only)."""
    return request.client.host if request.client else "unknown"


def _account(account: dict[str, Any]) -> Account:
    return Account(id=account["_id"], email=account["email"], role=Role(account["role"]),
                   email_verified=account.get("email_verified", False))


async def busy(request: Request, error: Exception) -> JSONResponse:
    """A password check refused for want of time (``HashingBusy``, from sign-up or sign-in):
    nothing was stored, so trying again is safe. Registered with the profiles app."""
    return JSONResponse({"detail": f"too many sign-ups and sign-ins at once ({error}); "
                                   "try again"}, status_code=503, headers={"Retry-After": "1"})


def _session(settings: Settings, account: dict[str, Any]) -> Session:
    principal = Principal(account["_id"], Role(account["role"]))
    token = issue_token(principal, settings.jwt_secret, settings.jwt_ttl_seconds)
    return Session(token=token, account=_account(account))


def _verification(settings: Settings, account_id: str, email: str) -> EmailVerificationRequested:
    token, expires_at = issue_verification_token(account_id, email, settings.jwt_secret,
                                                 settings.email_verification_ttl_seconds)
    return EmailVerificationRequested(account_id=account_id, email=email, token=token,
                                      expires_at=expires_at)


@router.post("/accounts", status_code=201, response_model=Session, tags=["accounts"],
             responses=errors(400, 409, 413, 422, 429, 503))
async def sign_up(body: SignUp, request: Request, store: Accounts, attempts: Attempts,
                  settings: ProfilesSettings) -> Session:
    start_by = time.monotonic() + settings.password_wait_seconds
    await limit(attempts, f"sign-up|{_address(request)}",
                settings.sign_ups_per_minute_per_address, "sign-ups from this address")
    account_id, email = str(uuid.uuid4()), body.email.lower()
    password_hash = await hash_password(body.password, start_by)
    try:
        account = await store.create_account(account_id, email, password_hash, body.role,
                                             _verification(settings, account_id, email))
    except EmailTaken as error:
        raise HTTPException(409, "an account with this email exists already") from error
    return _session(settings, account)


@router.post("/sessions", response_model=Session, tags=["accounts"],
             responses=errors(400, 401, 413, 422, 429, 503))
async def sign_in(body: SignIn, request: Request, store: Accounts, attempts: Attempts,
                  settings: ProfilesSettings) -> Session:
    """Unknown emails and wrong passwords answer alike and take as long (a full hash check)."""
    start_by = time.monotonic() + settings.password_wait_seconds
    await limit(attempts, f"sign-in|{_address(request)}",
                settings.sign_ins_per_minute_per_address, "sign-in attempts from this address")
    await limit(attempts, f"sign-in|{body.email.lower()}",
                settings.sign_ins_per_minute_per_account, "sign-in attempts for this account")
    account = await store.account_by_email(body.email)
    stored_hash = account["password_hash"] if account else None
    matches = await password_matches(stored_hash, body.password, start_by)
    if not matches or account is None:
        raise HTTPException(401, "wrong email or password")
    return _session(settings, account)


@router.get("/accounts/me", response_model=Account, tags=["accounts"],
            responses=errors(401, 404))
async def my_account(principal: CurrentPrincipal, store: Accounts) -> Account:
    account = await store.account(principal.account_id)
    if account is None:
        raise HTTPException(404, "no such account")
    return _account(account)


@router.post("/accounts/me/email-verification", status_code=202,
             response_model=VerificationRequested, tags=["accounts"],
             responses=errors(401, 404, 409, 429))
async def request_email_verification(principal: CurrentPrincipal, store: Accounts,
                                     attempts: Attempts,
                                     settings: ProfilesSettings) -> VerificationRequested:
    """Email a new verification link (earlier links keep working until they expire)."""
    account = await store.account(principal.account_id)
    if account is None:
        raise HTTPException(404, "no such account")
    if account.get("email_verified"):
        raise HTTPException(409, "this email address is verified already")
    await limit(attempts, f"verify-email|{principal.account_id}",
                settings.email_verifications_per_minute_per_account, "verification emails")
    verification = _verification(settings, account["_id"], account["email"])
    await store.request_verification(verification)
    return VerificationRequested(expires_at=verification.expires_at)


@router.post("/accounts/me/email-verified", response_model=Account, tags=["accounts"],
             responses=errors(400, 401, 404, 413, 422))
async def verify_email(body: VerifyEmail, principal: CurrentPrincipal, store: Accounts,
                       settings: ProfilesSettings) -> Account:
    """Follow the link of a verification email: the token must be ours, unexpired, and sent to
    the signed-in account at its current address. Verifying twice is harmless."""
    try:
        claim = check_verification_token(body.token, settings.jwt_secret)
    except InvalidVerificationToken as error:
        raise HTTPException(400, str(error)) from error
    if claim.account_id != principal.account_id:
        raise HTTPException(400, "this verification link was sent to another account; "
                                 "sign in as that account to use it")
    if not await store.mark_verified(claim.account_id, claim.email):
        raise HTTPException(400, "this verification link was sent to an address this account "
                                 "no longer has; ask for a new one")
    account = await store.account(principal.account_id)
    if account is None:
        raise HTTPException(404, "no such account")
    return _account(account)
