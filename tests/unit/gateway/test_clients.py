"""A service's answer becomes data or a coded GraphQL error: 4xx keep their meaning, a 422 names
its fields in camelCase, and timeouts, refused connections and 5xx are UNAVAILABLE."""

from __future__ import annotations

import httpx
import pytest
from graphql import GraphQLError

from gateway.clients import call


async def _answer(response: httpx.Response | Exception) -> GraphQLError:
    def service(request: httpx.Request) -> httpx.Response:
        if isinstance(response, Exception):
            raise response
        return response

    async with httpx.AsyncClient(transport=httpx.MockTransport(service)) as http:
        with pytest.raises(GraphQLError) as raised:
            await call(http, "GET", "http://service/thing", "token")
    return raised.value


@pytest.mark.parametrize(("status", "code"), [
    (400, "BAD_USER_INPUT"), (401, "UNAUTHENTICATED"), (403, "FORBIDDEN"), (404, "NOT_FOUND"),
    (409, "BAD_USER_INPUT"), (413, "BAD_USER_INPUT"), (429, "RATE_LIMITED"),
    (500, "UNAVAILABLE"), (502, "UNAVAILABLE"), (418, "UNAVAILABLE"),
])
async def test_each_status_has_its_code(status: int, code: str) -> None:
    error = await _answer(httpx.Response(status, json={"detail": "what went wrong"}))
    assert error.extensions is not None and error.extensions["code"] == code
    if code != "UNAVAILABLE":
        assert error.message == "what went wrong"  # the service's own words
    else:
        assert "what went wrong" not in error.message  # a server's failure stays inside


async def test_a_422_names_each_field_in_camel_case() -> None:
    detail = [{"loc": ["body", "usce_months"], "msg": "must be at least 0"},
              {"loc": ["query", "first"], "msg": "too large"}]
    error = await _answer(httpx.Response(422, json={"detail": detail}))
    assert error.extensions == {"code": "BAD_USER_INPUT", "fields": [
        {"field": "usceMonths", "message": "must be at least 0"},
        {"field": "query.first", "message": "too large"}]}
    assert error.message == "invalid input: usceMonths: must be at least 0; query.first: too large"


async def test_an_unreachable_service_is_unavailable() -> None:
    error = await _answer(httpx.ConnectError("refused"))
    assert error.extensions == {"code": "UNAVAILABLE"}
    timeout = await _answer(httpx.ReadTimeout("slow"))
    assert timeout.extensions == {"code": "UNAVAILABLE"}


async def test_an_answer_without_json_keeps_its_status_meaning() -> None:
    error = await _answer(httpx.Response(404, text="<html>not here</html>"))
    assert error.extensions == {"code": "NOT_FOUND"}
    assert error.message == "Not Found"


@pytest.mark.parametrize(("status", "named", "code"), [
    (409, "CAPACITY_REACHED", "CAPACITY_REACHED"), (409, "CONFLICT", "CONFLICT"),
    (409, "TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"), (409, "NOT_ACCEPTING", "NOT_ACCEPTING"),
    (409, "INTERNAL_SERVER_ERROR", "BAD_USER_INPUT"),  # not a code a service may name
    (500, "CONFLICT", "UNAVAILABLE"),  # a server's failure stays one
])
async def test_a_refusal_keeps_the_code_the_service_names(status: int, named: str,
                                                          code: str) -> None:
    error = await _answer(httpx.Response(status, json={"detail": "no", "code": named}))
    assert error.extensions == {"code": code}
