"""Every argument of the lists and plans, sent through GraphQL on the running platform, with its
effect checked: recommendations(after, eligible, specialty, state, tier), PlanInput's
mustInclude, avoidStates and maxPerState, and notification pages walked to the end."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from typing import Any

import httpx
import pytest

from smartpick.events import MatchSimulationCompleted
from smartpick.publisher import Publisher, envelope_for
from tests.e2e.accounts import PROFILE_INPUT, Applicant, new_account
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql
from tests.kafka_progress import wait_until_handled

pytestmark = pytest.mark.e2e

RECOMMENDATIONS = """query($first: Int!, $after: String, $eligible: Boolean, $specialty: String,
  $state: String, $tier: String) { me { recommendations(first: $first, after: $after,
    eligible: $eligible, specialty: $specialty, state: $state, tier: $tier) {
  totalCount modelVersion pageInfo { hasNextPage endCursor }
  edges { cursor node { program { id state specialty } eligible tier } } } } }"""
PLAN = """applications { programId state specialty costUsd } pMatch costUsd modelVersion
  curve { applications costUsd }"""
TIERS = ("reach", "target", "safety")


def recommendations(platform: Platform, token: str, **arguments: Any) -> dict[str, Any]:
    result = gql(platform, RECOMMENDATIONS, token, {"first": 200, **arguments})
    assert "errors" not in result, result
    found: dict[str, Any] = result["data"]["me"]["recommendations"]
    return found


def nodes(page: dict[str, Any]) -> list[dict[str, Any]]:
    return [edge["node"] for edge in page["edges"]]


def ids(page: dict[str, Any]) -> list[str]:
    return [node["program"]["id"] for node in nodes(page)]


def _check_recommendation_arguments(platform: Platform, token: str) -> set[int]:
    """Each argument's answer against the whole list; the model versions seen on the way."""
    everything = recommendations(platform, token)
    versions = {everything["modelVersion"]}
    listed = nodes(everything)
    assert everything["totalCount"] == len(listed) == 158

    def only(expected: list[dict[str, Any]], **arguments: Any) -> None:
        page = recommendations(platform, token, **arguments)
        versions.add(page["modelVersion"])
        wanted = [node["program"]["id"] for node in expected]
        assert wanted != ids(everything), f"{arguments} would select everything: proves nothing"
        assert (ids(page), page["totalCount"]) == (wanted, len(wanted)), arguments

    only([n for n in listed if not n["eligible"]], eligible=False)
    only([n for n in listed if n["eligible"]], eligible=True)
    only([n for n in listed if n["program"]["specialty"] == "Family Medicine"],
         specialty="Family Medicine")
    busiest = Counter(n["program"]["state"] for n in listed).most_common(1)[0][0]
    only([n for n in listed if n["program"]["state"] == busiest], state=busiest)
    for tier in TIERS:  # a tier the applicant has none of selects none
        only([n for n in listed if n["tier"] == tier], tier=tier)
    assert any(n["tier"] in TIERS for n in listed)
    only([n for n in listed if n["eligible"] and n["program"]["state"] == busiest
          and n["program"]["specialty"] == "Internal Medicine"],
         eligible=True, state=busiest, specialty="Internal Medicine")

    # every page after the one before: nothing skipped, nothing repeated, the last one says so
    walked: list[str] = []
    after = None
    for _ in range(10):
        page = recommendations(platform, token, first=40, after=after)
        versions.add(page["modelVersion"])
        assert [edge["cursor"] for edge in page["edges"]][-1:] == [page["pageInfo"]["endCursor"]]
        walked += ids(page)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert walked == ids(everything)
    return versions


def test_recommendation_arguments_select_page_and_filter(
    platform: Platform, populated_applicant: Applicant
) -> None:
    for _ in range(3):  # a refit that lands meanwhile replaces the list: check again
        if len(_check_recommendation_arguments(platform, populated_applicant.token)) == 1:
            return
    raise AssertionError("the recommendations kept changing while they were checked")


def test_plan_input_must_include_avoid_states_and_max_per_state_take_effect(
    platform: Platform, populated_applicant: Applicant, unlimited_gateway: str
) -> None:
    token = populated_applicant.token
    base = gql(platform, "{ me { plan(options: {applications: 40}) { " + PLAN + " } } }", token)
    assert "errors" not in base, base
    planned = base["data"]["me"]["plan"]["applications"]
    states = Counter(a["state"] for a in planned)
    avoided, most = states.most_common(1)[0]
    assert most > 3, states  # room for maxPerState: 3 to change the list
    listed = recommendations(platform, token, eligible=True)
    must = next(n["program"]["id"] for n in reversed(nodes(listed))
                if n["program"]["state"] != avoided
                and n["program"]["id"] not in {a["programId"] for a in planned})
    options = {"applications": 40, "mustInclude": [must], "avoidStates": [avoided],
               "maxPerState": 3}
    query = ("query($options: PlanInput!) { me { plan(options: $options) { " + PLAN + " } "
             "whatIf(options: $options) { scenario pMatch } } }")
    result = gql(platform, query, token, {"options": options})
    assert "errors" not in result, result
    plan = result["data"]["me"]["plan"]
    chosen = plan["applications"]
    assert len(chosen) == 40 and must in {a["programId"] for a in chosen}
    assert avoided not in {a["state"] for a in chosen}
    assert max(Counter(a["state"] for a in chosen).values()) <= 3
    as_is = {o["scenario"]: o for o in result["data"]["me"]["whatIf"]}["as is"]
    assert as_is["pMatch"] == pytest.approx(plan["pMatch"])  # the what-if got the options too
    assert plan["pMatch"] < base["data"]["me"]["plan"]["pMatch"]
    # fees: $30 from a specialty's 31st program, the curve's last point is the plan's own
    for found in (plan, base["data"]["me"]["plan"]):
        assert found["costUsd"] == sum(a["costUsd"] for a in found["applications"])
        assert found["curve"][-1] == {"applications": 40, "costUsd": found["costUsd"]}
        assert max(Counter(a["specialty"] for a in found["applications"]).values()) > 30
        assert 30 in {a["costUsd"] for a in found["applications"]}

    # tryPlan takes the same input
    tried = httpx.post(unlimited_gateway, timeout=60,
                       json={"query": "query($profile: ProfileInput!, $options: PlanInput!) { "
                                      "tryPlan(profile: $profile, options: $options) { "
                                      "applications { programId state } } }",
                             "variables": {"profile": PROFILE_INPUT, "options": options}}).json()
    assert "errors" not in tried, tried
    picked = tried["data"]["tryPlan"]["applications"]
    assert must in {a["programId"] for a in picked} and avoided not in {a["state"] for a in picked}
    assert max(Counter(a["state"] for a in picked).values()) <= 3


NOTIFICATIONS = """query($first: Int!, $after: String) { me { notifications(first: $first,
  after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
  } }"""


async def test_notification_pages_skip_and_repeat_nothing(platform: Platform) -> None:
    organization = new_account(platform, "ORG_ADMIN")
    completed = [MatchSimulationCompleted(
        simulation_id=f"paging-{uuid.uuid4().hex[:8]}", requested_by=organization.id,
        name=f"run {n}", status="succeeded", applicants=10, matched=9, positions=10, unfilled=1)
        for n in range(7)]
    publisher = Publisher(platform.servers.kafka_bootstrap, "/tests", topic_prefix=platform.prefix)
    await publisher.start()
    try:
        for event in completed:
            await publisher.send(event.topic, envelope_for(event, "/matching"))
    finally:
        await publisher.stop()
    await wait_until_handled(platform.servers.kafka_bootstrap, platform.prefix + "notifications",
                             [platform.prefix + MatchSimulationCompleted.topic])

    def page(first: int, after: str | None = None) -> dict[str, Any]:
        result = gql(platform, NOTIFICATIONS, organization.token, {"first": first, "after": after})
        assert "errors" not in result, result
        found: dict[str, Any] = result["data"]["me"]["notifications"]
        return found

    everything = await asyncio.to_thread(page, 100)
    newest_first = [edge["node"]["id"] for edge in everything["edges"]]
    assert everything["totalCount"] == len(newest_first) == len(set(newest_first)) == 7
    for size in (1, 2, 3, 6, 7):
        walked, after, pages = [], None, 0
        while True:
            found = await asyncio.to_thread(page, size, after)
            pages += 1
            walked += [edge["node"]["id"] for edge in found["edges"]]
            assert found["totalCount"] == 7
            if not found["pageInfo"]["hasNextPage"]:
                break
            assert len(found["edges"]) == size and pages < 10, found
            after = found["pageInfo"]["endCursor"]
            assert after == found["edges"][-1]["cursor"]
        assert walked == newest_first, size
        assert pages == -(-7 // size), size
