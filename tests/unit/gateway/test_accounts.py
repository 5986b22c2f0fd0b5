"""The gateway tells the profiles service whose sign-in it forwards, so that service's limits
per client address see the client, not the gateway (defect 5 of the hardening issue)."""

from __future__ import annotations

import httpx
import pytest

from gateway.context import Context
from gateway.ratelimit import Refusals
from gateway.schema import build_schema
from gateway.settings import Settings

SESSION = {"token": "t", "account": {"id": "a1", "email": "a@example.org", "role": "APPLICANT"}}


async def test_sign_in_and_sign_up_carry_the_client_address() -> None:
    seen: list[httpx.Request] = []

    def profiles(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=SESSION)

    async with httpx.AsyncClient(transport=httpx.MockTransport(profiles)) as http:
        settings = Settings(jwt_secret="s" * 32)
        context = Context(http=http, settings=settings, token=None, principal=None,
                          client_address="203.0.113.5")
        result = await build_schema(settings).execute(
            'mutation { signIn(email: "a@example.org", password: "p") { token } '
            'signUp(input: {email: "a@example.org", password: "long enough"}) { token } }',
            context_value=context)
    assert result.errors is None, result.errors
    assert [request.url.path for request in seen] == ["/sessions", "/accounts"]
    assert {request.headers["x-forwarded-for"] for request in seen} == {"203.0.113.5"}


async def test_a_refused_sign_in_is_answered_by_the_gateway_until_the_minute_ends() -> None:
    """A client that keeps trying after profiles refused it costs profiles nothing more."""
    calls: list[str] = []

    def profiles(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(429, json={"detail": "too many sign-in attempts"})

    guess = 'mutation($e: String!) { signIn(email: $e, password: "p") { token } }'
    async with httpx.AsyncClient(transport=httpx.MockTransport(profiles)) as http:
        settings = Settings(jwt_secret="s" * 32, refusal_delay_seconds=0)
        schema, refusals = build_schema(settings), Refusals()

        async def sign_in(email: str, address: str) -> str:
            context = Context(http=http, settings=settings, token=None, principal=None,
                              client_address=address, refusals=refusals)
            result = await schema.execute(guess, variable_values={"e": email},
                                          context_value=context)
            assert result.errors is not None
            return str(result.errors[0].extensions["code"])  # type: ignore[index]

        codes = [await sign_in("a@example.org", "203.0.113.5") for _ in range(3)]
        assert codes == ["RATE_LIMITED"] * 3
        assert calls == ["/sessions"]  # asked once; the next two were answered from memory
        await sign_in("b@example.org", "203.0.113.5")  # another account: profiles decides
        await sign_in("a@example.org", "203.0.113.6")  # another client: profiles decides
        assert len(calls) == 3


def test_refusals_end_with_their_minute_and_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [120.0]
    monkeypatch.setattr("gateway.ratelimit.time.time", lambda: now[0])
    refusals = Refusals(max_keys=2)
    refusals.remember("a")
    now[0] = 179.0
    assert refusals.refused("a")
    now[0] = 180.0
    assert not refusals.refused("a")
    for key in ("x", "y", "z"):
        refusals.remember(key)
    assert [refusals.refused(key) for key in ("x", "y", "z")] == [False, True, True]
