"""The gateway with an answer cache (gateway/answer_cache.py, gateway/cached_operations.py): a
cached page or result is served without a call to matching, to its own account only, never an
error, and anew once the applicant's RecommendationsReady came."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from gateway.answer_cache import AnswerCache
from gateway.cached_operations import CachedOperations
from gateway.schema import build_schema
from smartpick.auth import Principal, Role
from smartpick.events.models import Program
from tests.unit.gateway.fakes import APPLICANT, FakeServices, Gateway, gateway, settings
from tests.unit.gateway.test_recommendations import ME, item

OTHER = Principal("applicant-2", Role.APPLICANT)
LIST = ("query List($first: Int!) { me { id recommendations(first: $first) { totalCount "
        "edges { node { score program { name } } } } } }")
WITH_EMAIL = "{ me { email recommendations(first: 2) { totalCount } } }"


def page(total: int, *program_ids: str) -> dict[str, Any]:
    return {"items": [item(program_id) for program_id in program_ids], "total": total,
            "has_next": False, "end_cursor": None, "computed_at": None, "model_version": 1,
            "profile_updated_at": None}


def cached_gateway(pages: dict[str, Any]) -> Gateway:
    programs = {"items": [Program(id=f"P-{n}", name=f"Program {n}", specialty="Pediatrics")
                          .model_dump(mode="json") for n in (1, 2, 3)],
                "total": 3, "has_next": False, "end_cursor": None}
    routes: dict[tuple[str, str], Any] = {
        ("GET", f"matching/applicants/{account}/recommendations"): answer
        for account, answer in pages.items()}
    fake = gateway(FakeServices({**routes, ("GET", "profiles/accounts/me"): ME,
                                 ("GET", "profiles/programs"): programs}))
    fake.app.state.answers = AnswerCache(lambda: True, entries=100, max_bytes=2**20, ttl=60)
    return fake


def matching_calls(fake: Gateway) -> int:
    return sum(request.url.host == "matching" for request in fake.services.requests)


async def test_a_cached_result_is_served_without_any_service_call() -> None:
    fake = cached_gateway({APPLICANT.account_id: page(2, "P-1", "P-2")})
    first = await fake.query(LIST, {"first": 2})
    calls = len(fake.services.requests)
    assert calls == 2  # matching, then the catalog
    assert await fake.query(LIST, {"first": 2}) == first
    assert len(fake.services.requests) == calls
    await fake.query(LIST, {"first": 3})  # other variables: another entry
    assert matching_calls(fake) == 2


async def test_a_cached_page_is_served_without_a_call_to_matching() -> None:
    fake = cached_gateway({APPLICANT.account_id: page(2, "P-1", "P-2")})
    first = await fake.query(WITH_EMAIL)
    assert first["data"]["me"] == {"email": "ana@example.org",
                                   "recommendations": {"totalCount": 2}}
    assert await fake.query(WITH_EMAIL) == first
    assert matching_calls(fake) == 1
    assert [r.url.path for r in fake.services.requests].count("/accounts/me") == 2


async def test_another_account_never_gets_the_cached_answer() -> None:
    fake = cached_gateway({APPLICANT.account_id: page(2, "P-1", "P-2"),
                           OTHER.account_id: page(1, "P-3")})
    mine = await fake.query(LIST, {"first": 2})
    theirs = await fake.query(LIST, {"first": 2}, principal=OTHER)
    assert theirs["data"]["me"] == {"id": OTHER.account_id, "recommendations": {
        "totalCount": 1, "edges": [{"node": {"score": 1.5, "program": {"name": "Program 3"}}}]}}
    assert mine["data"]["me"]["id"] == APPLICANT.account_id
    assert matching_calls(fake) == 2


async def test_an_error_is_not_cached() -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json=page(1, "P-1"))])
    fake = cached_gateway({APPLICANT.account_id: lambda request: next(answers)})
    failed = await fake.query(WITH_EMAIL)
    assert failed["errors"][0]["extensions"]["code"] == "UNAVAILABLE"
    found = await fake.query(WITH_EMAIL)
    assert found["data"]["me"]["recommendations"] == {"totalCount": 1}
    assert matching_calls(fake) == 2


async def test_the_applicants_event_makes_the_next_read_fresh() -> None:
    pages = iter([page(2, "P-1", "P-2"), page(1, "P-3")])
    fake = cached_gateway({APPLICANT.account_id: lambda request: httpx.Response(
        200, json=next(pages))})
    assert (await fake.query(LIST, {"first": 2}))["data"]["me"]["recommendations"][
        "totalCount"] == 2
    fake.app.state.answers.invalidate(APPLICANT.account_id)
    assert (await fake.query(LIST, {"first": 2}))["data"]["me"]["recommendations"][
        "totalCount"] == 1


@pytest.mark.parametrize("query", [
    "{ me { email recommendations(first: 2) { totalCount } } }",
    "{ me { profile { step2Score } } }",
    "mutation { markAllNotificationsRead }",
    "query A { me { id } } mutation B { markAllNotificationsRead }",
    "{ me { ...mine } } fragment mine on Me { email }",
    "{ health me { recommendations(first: 1) { totalCount } } }",
    "{ me { ",
])
def test_only_what_reads_the_recommendations_alone_is_cacheable(query: str) -> None:
    cached = CachedOperations(build_schema(settings())._schema, 10)
    assert cached.key(OTHER, query, None, {}) is None


def test_the_key_holds_the_document_the_variables_and_the_role() -> None:
    cached = CachedOperations(build_schema(settings())._schema, 10)
    fragment = "{ me { ...list } } fragment list on Me { id role recommendations { totalCount } }"
    key = cached.key(OTHER, fragment, None, {"a": 1, "b": 2})
    assert key is not None
    assert key == cached.key(OTHER, fragment, None, {"b": 2, "a": 1})
    assert key != cached.key(OTHER, fragment, None, {"a": 2, "b": 2})
    assert key != cached.key(Principal(OTHER.account_id, Role.MENTOR), fragment, None,
                             {"a": 1, "b": 2})
