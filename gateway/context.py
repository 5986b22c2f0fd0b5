"""Per-request context of the gateway: who is calling, their token, and the request's loaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx
import jwt
from starlette.requests import HTTPConnection
from strawberry.dataloader import DataLoader
from strawberry.fastapi import BaseContext

from gateway.answer_cache import AnswerCache
from gateway.clients import call
from gateway.errors import coded
from gateway.live_feed import LiveFeed
from gateway.ratelimit import RateLimiter, Refusals
from gateway.settings import Settings
from gateway.urls import service_url
from smartpick.auth import Principal, Role, issue_token


@dataclass
class Context(BaseContext):
    http: httpx.AsyncClient
    settings: Settings
    token: str | None
    principal: Principal | None
    token_error: str | None = None
    client_address: str = "unknown"
    try_plan_limiter: RateLimiter | None = None
    refusals: Refusals = field(default_factory=Refusals)
    programs: DataLoader[str, dict[str, Any] | None] = field(init=False)
    account: DataLoader[str, dict[str, Any]] = field(init=False)
    """The caller's account from profiles, fetched once per request and only if a field needs
    it (``me``'s email and emailVerified): ``me``'s id and role are the token's."""
    live_feed: LiveFeed | None = None
    """This replica's live feed; None where the gateway runs without Kafka."""
    token_expires_at: float | None = None
    """When a WebSocket's token expires (seconds since the epoch), set at connection_init."""
    answers: AnswerCache | None = None
    """This replica's cache of answers about applicants; None without the live feed."""

    def __post_init__(self) -> None:
        super().__init__()
        # One call to the catalog for all programs a response mentions, not one per item.
        self.programs = DataLoader(load_fn=self._load_programs)
        self.account = DataLoader(load_fn=self._load_account)

    def require_principal(self) -> Principal:
        if self.principal is None:
            raise coded(self.token_error or "sign in first: this needs a bearer token",
                        "UNAUTHENTICATED")
        return self.principal

    def anonymous_token(self) -> str:
        """For what anyone may call without an account: the services still want a token, and
        this one is good for a minute and nobody's data."""
        return issue_token(Principal("anonymous", Role.APPLICANT), self.settings.jwt_secret, 60)

    async def _load_account(self, keys: list[str]) -> list[dict[str, Any]]:
        """``keys`` is ["me"]: one account per request, the token's."""
        found = await call(self.http, "GET", service_url(self.settings.profiles_url, "accounts",
                                                         "me"), self.token)
        return [found for _ in keys]

    async def _load_programs(self, ids: list[str]) -> list[dict[str, Any] | None]:
        page = await call(self.http, "GET", service_url(self.settings.profiles_url, "programs"),
                          self.token, params={"ids": ",".join(ids)})
        found = {program["id"]: program for program in page["items"]}
        return [found.get(program_id) for program_id in ids]


async def context_for(request: HTTPConnection) -> Context:
    """For an HTTP request and for a WebSocket alike; a WebSocket has no Authorization header
    (browsers cannot set one): its token comes with connection_init (gateway/live_socket.py)."""
    settings: Settings = request.app.state.settings
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    principal, problem = None, None
    if token and scheme.lower() == "bearer":
        try:
            principal = request.app.state.tokens(token)
        except jwt.InvalidTokenError:
            # Reported by the first field that needs it; the library's reason (a signature,
            # a codec's complaint) helps someone forging tokens more than a client.
            problem = "invalid or expired token"
    return Context(http=request.app.state.http, settings=settings,
                   token=token if principal else None, principal=principal, token_error=problem,
                   client_address=request.client.host if request.client else "unknown",
                   try_plan_limiter=request.app.state.try_plan_limiter,
                   refusals=request.app.state.refusals,
                   live_feed=getattr(request.app.state, "live_feed", None),
                   answers=getattr(request.app.state, "answers", None))
