"""HTTP routes of accounts: sign-up, sign-in (sessions) and one's own account.

Both are limited per client address (and sign-in per account) across every instance.
"""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, HTTPException, Request

from services.profiles.accounts.attempts import AttemptLimiter
from services.profiles.accounts.models import Account, Session, SignIn, SignUp
from services.profiles.accounts.passwords import hash_password, password_matches
from services.profiles.accounts.store import EmailTaken
from services.profiles.deps import Accounts, Attempts, ProfilesSettings
from services.profiles.settings import Settings
from smartpick.auth import CurrentPrincipal, Principal, Role, issue_token
from smartpick.http_errors import errors

router = APIRouter()


async def _limit(attempts: AttemptLimiter, key: str, limit: int, what: str) -> None:
    if not await attempts.allow(key, limit):
        raise HTTPException(429, f"too many {what}; wait a minute and try again",
                            headers={"Retry-After": str(61 - int(time.time()) % 60)})


def _address(request: Request) -> str:
    """The caller's address; behind the gateway, the client's (uvicorn reads X-Forwarded-For
    from the addresses in FORWARDED_ALLOW_IPS only)."""
    return request.client.host if request.client else "unknown"


def _session(settings: Settings, account: dict[str, Any]) -> Session:
    principal = Principal(account["_id"], Role(account["role"]))
    token = issue_token(principal, settings.jwt_secret, settings.jwt_ttl_seconds)
    return Session(token=token, account=Account(id=account["_id"], email=account["email"],
                                                role=principal.role))


@router.post("/accounts", status_code=201, response_model=Session, tags=["accounts"],
             responses=errors(400, 409, 413, 422, 429))
async def sign_up(body: SignUp, request: Request, store: Accounts, attempts: Attempts,
                  settings: ProfilesSettings) -> Session:
    await _limit(attempts, f"sign-up|{_address(request)}",
                 settings.sign_ups_per_minute_per_address, "sign-ups from this address")
    try:
        account = await store.create_account(body.email, await hash_password(body.password),
                                             body.role)
    except EmailTaken as error:
        raise HTTPException(409, "an account with this email exists already") from error
    return _session(settings, account)


@router.post("/sessions", response_model=Session, tags=["accounts"],
             responses=errors(400, 401, 413, 422, 429))
async def sign_in(body: SignIn, request: Request, store: Accounts, attempts: Attempts,
                  settings: ProfilesSettings) -> Session:
    """Unknown emails and wrong passwords answer alike and take as long (a full hash check)."""
    await _limit(attempts, f"sign-in|{_address(request)}",
                 settings.sign_ins_per_minute_per_address, "sign-in attempts from this address")
    await _limit(attempts, f"sign-in|{body.email.lower()}",
                 settings.sign_ins_per_minute_per_account, "sign-in attempts for this account")
    account = await store.account_by_email(body.email)
    stored_hash = account["password_hash"] if account else None
    if not await password_matches(stored_hash, body.password) or account is None:
        raise HTTPException(401, "wrong email or password")
    return _session(settings, account)


@router.get("/accounts/me", response_model=Account, tags=["accounts"],
            responses=errors(401, 404))
async def my_account(principal: CurrentPrincipal, store: Accounts) -> Account:
    account = await store.account(principal.account_id)
    if account is None:
        raise HTTPException(404, "no such account")
    return Account(id=account["_id"], email=account["email"], role=Role(account["role"]))
