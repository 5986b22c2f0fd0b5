"""The gateway's answer cache on real Kafka (gateway/answer_cache.py): a second read of the
recommendations is served without matching, another account gets its own, and once matching's
RecommendationsReady after a profile update arrived the next read is the new list, long before
the cache's TTL."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from smartpick.events import TOPICS, RecommendationsReady, parse_event
from smartpick.events.envelope import from_kafka
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import PROFILE
from tests.e2e.test_metrics import scrape, total
from tests.profile_stream import gql_data

pytestmark = pytest.mark.e2e
LIST = ("query List { me { id recommendations(first: 50) { totalCount profileUpdatedAt "
        "edges { node { score program { id specialty } } } } } }")
ROUTE = "/applicants/{applicant_id}/recommendations"
FAMILY = PROFILE.replace("Internal Medicine", "Family Medicine")


@pytest.fixture(scope="module")
def cached_gateway(platform: Platform) -> Iterator[str]:
    """A gateway of its own (its metrics are this test's), whose TTL alone would keep a page
    far longer than this test waits."""
    with platform.another_gateway(ANSWER_CACHE_TTL_SECONDS="900") as graphql:
        yield graphql


async def sign_up(client: httpx.AsyncClient, graphql: str) -> tuple[str, str]:
    data = await gql_data(client, graphql, 'mutation { signUp(input: {email: "'
                          f'{uuid.uuid4().hex[:8]}@example.org", password: "correct horse '
                          'battery"}) { token account { id } } }')
    return data["signUp"]["token"], data["signUp"]["account"]["id"]


async def read_until(client: httpx.AsyncClient, graphql: str, token: str, within: float,
                     ready: Any) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while True:
        page: dict[str, Any] = (await gql_data(client, graphql, LIST, token))["me"]
        if ready(page["recommendations"]):
            return page
        assert time.monotonic() < deadline, f"not ready within {within} s: {page}"
        await asyncio.sleep(0.3)


async def ready_event(reader: AIOKafkaConsumer, applicant: str, within: float) -> None:
    """Waits for matching's RecommendationsReady of ``applicant``'s profile."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        for records in (await reader.getmany(timeout_ms=500)).values():
            for record in records:
                event = parse_event(from_kafka(record.key, record.value, list(record.headers)))
                if isinstance(event, RecommendationsReady) and event.applicant_id == applicant \
                        and event.reason == "profile":
                    return
    raise AssertionError(f"no RecommendationsReady within {within} s")


async def test_cached_recommendations_are_served_alone_and_fresh_after_the_event(
        platform: Platform, cached_gateway: str) -> None:
    gateway = _name(platform, cached_gateway.removesuffix("/graphql"))
    reader = AIOKafkaConsumer(bootstrap_servers=platform.servers.kafka_bootstrap)
    await reader.start()
    try:
        topic = platform.prefix + RecommendationsReady.topic
        count = next(t.partitions for t in TOPICS if t.name == RecommendationsReady.topic)
        partitions = [TopicPartition(topic, p) for p in range(count)]
        reader.assign(partitions)
        await reader.seek_to_end(*partitions)
        for partition in partitions:
            await reader.position(partition)  # fixed now: the updates' events come after
        async with httpx.AsyncClient(timeout=30) as client:
            await _check(platform, client, cached_gateway, gateway, reader)
    finally:
        await reader.stop()


async def _check(platform: Platform, client: httpx.AsyncClient, graphql: str, gateway: str,
                 reader: AIOKafkaConsumer) -> None:
    token, applicant = await sign_up(client, graphql)
    await gql_data(client, graphql,
                   f"mutation {{ updateMyProfile(input: {PROFILE}) {{ step2Score }} }}", token)
    await ready_event(reader, applicant, 120)
    first = await read_until(client, graphql, token, 30, lambda page: page["totalCount"] > 0)

    # Served without matching: a read makes no call to its route (the first read after the
    # event may still have been a miss, if the gateway's consumer was a moment behind ours).
    for _ in range(5):
        calls = total(scrape(platform, "matching"),
                      "smartpick_http_request_duration_seconds_count", route=ROUTE)
        assert (await gql_data(client, graphql, LIST, token))["me"] == first
        if total(scrape(platform, "matching"), "smartpick_http_request_duration_seconds_count",
                 route=ROUTE) == calls:
            break
    else:
        raise AssertionError("every read called matching")
    assert total(scrape(platform, gateway), "smartpick_gateway_cache_lookups_total",
                 outcome="hit") >= 1

    other_token, other = await sign_up(client, graphql)
    assert (await gql_data(client, graphql, LIST, other_token))["me"] == {
        "id": other, "recommendations": {"totalCount": 0, "profileUpdatedAt": None, "edges": []}}

    await gql_data(client, graphql,
                   f"mutation {{ updateMyProfile(input: {FAMILY}) {{ step2Score }} }}", token)
    await ready_event(reader, applicant, 120)
    # the gateway's own consumer is as far within moments; the TTL alone would take 900 s
    fresh = await read_until(client, graphql, token, 15, lambda page: page[
        "profileUpdatedAt"] != first["recommendations"]["profileUpdatedAt"])
    assert {edge["node"]["program"]["specialty"]
            for edge in fresh["recommendations"]["edges"]} == {"Family Medicine"}


def _name(platform: Platform, base: str) -> str:
    """The name ``platform`` knows the gateway at ``base`` by (for its /metrics)."""
    return next(name for name, url in platform.urls.items() if url == base)
