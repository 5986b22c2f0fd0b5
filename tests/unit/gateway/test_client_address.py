"""The gateway tells the profiles service whose sign-in it forwards, so that service's limits
per client address see the client, not the gateway (defect 5 of the hardening issue)."""

from __future__ import annotations

import httpx

from gateway.context import Context
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
