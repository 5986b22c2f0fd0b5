"""Inbox states through GraphQL on the running platform: notices from real events (and one
stored before states existed) seen, archived, snoozed and back, filtered by state and category,
with the coded errors of a bad snooze and of someone else's notice."""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.notifications.in_app.index import InboxIndex
from services.notifications.in_app.upgrade import merge_stored
from smartpick.events import (
    Event,
    MatchSimulationCompleted,
    MentorshipMessagePosted,
    RecommendationsReady,
)
from smartpick.publisher import Publisher, envelope_for
from tests.e2e.accounts import Account, new_account
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql

pytestmark = pytest.mark.e2e

NODE = "id kind category title read seen archived snoozedUntil createdAt subjectId"
LIST = """query($state: NotificationState!, $category: NotificationCategory) { me {
  notifications(first: 20, state: $state, category: $category) { totalCount unreadCount
    unseenCount pageInfo { hasNextPage endCursor } edges { cursor node { """ + NODE + " } } } } }"
SEEN = "mutation($ids: [ID!]) { markNotificationsSeen(ids: $ids) }"
ARCHIVE = ("mutation($id: ID!, $archived: Boolean!) { archiveNotification(id: $id, "
           "archived: $archived) { " + NODE + " } }")
SNOOZE = ("mutation($id: ID!, $until: DateTime!) { snoozeNotification(id: $id, until: $until) "
          "{ " + NODE + " } }")


def listed(platform: Platform, account: Account, state: str = "INBOX",
           category: str | None = None) -> dict[str, Any]:
    found = gql(platform, LIST, account.token, {"state": state, "category": category})
    assert "errors" not in found, found
    notifications: dict[str, Any] = found["data"]["me"]["notifications"]
    return notifications


def figures(page: dict[str, Any]) -> tuple[list[str], int, int, int]:
    return ([edge["node"]["kind"] for edge in page["edges"]], page["totalCount"],
            page["unreadCount"], page["unseenCount"])


def code(result: dict[str, Any]) -> str:
    [error] = result["errors"]
    return str(error["extensions"]["code"])


async def told(platform: Platform, account: Account) -> None:
    """Three notices from real events through Kafka and the notifications service, one per
    category, and one stored before inbox states, read, straight into its database."""
    events: list[Event] = [
        RecommendationsReady(applicant_id=account.id, eligible_count=3, excluded_count=1,
                             computed_for="inbox"),
        MatchSimulationCompleted(simulation_id=uuid.uuid4().hex, requested_by=account.id,
                                 name="inbox", status="succeeded", applicants=10, matched=9,
                                 positions=10, unfilled=1),
        MentorshipMessagePosted(mentorship_id=uuid.uuid4().hex, message_id=uuid.uuid4().hex,
                                mentee_id=account.id, mentor_id="inbox-mentor",
                                sender_id="inbox-mentor", text="Hello", at=datetime.now(UTC))]
    publisher = Publisher(platform.servers.kafka_bootstrap, "/tests", topic_prefix=platform.prefix)
    await publisher.start()
    try:
        for event in events:
            await publisher.send(event.topic, envelope_for(event, "/tests"))
    finally:
        await publisher.stop()
    stored_before: dict[str, Any] = {
        "_id": uuid.uuid4().hex, "recipient": account.id, "kind": "MENTORSHIP_ACCEPTED",
        "title": "Accepted", "body": "b", "subject_id": None, "read": True,
        "created_at": datetime.now(UTC) - timedelta(days=2)}
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(platform.servers.mongodb_url,
                                                                tz_aware=True)
    database = client[f"{platform.prefix.strip('.')}_notifications"]
    await database.notifications.insert_one(stored_before)
    # as the upgrade's first start indexes what was stored before (in_app/upgrade.py)
    await merge_stored(database, InboxIndex(database), {"_id": stored_before["_id"]})
    await client.close()
    deadline = time.monotonic() + 60
    while listed(platform, account)["totalCount"] < 4:
        assert time.monotonic() < deadline, listed(platform, account)
        await asyncio.sleep(0.5)


async def test_notices_are_seen_archived_snoozed_and_come_back_in_their_place(
        platform: Platform) -> None:
    ana, bo = new_account(platform), new_account(platform)
    await told(platform, ana)
    inbox = listed(platform, ana)
    newest_first = ["MENTORSHIP_MESSAGE", "MATCH_SIMULATION_COMPLETED", "RECOMMENDATIONS_READY"]
    assert sorted(figures(inbox)[0][:3]) == sorted(newest_first)
    nodes = {edge["node"]["kind"]: edge["node"] for edge in inbox["edges"]}
    ids = {kind: node["id"] for kind, node in nodes.items()}
    order = [edge["node"]["kind"] for edge in inbox["edges"]]
    assert figures(inbox)[1:] == (4, 3, 3)
    assert {kind: node["category"] for kind, node in nodes.items()} == {
        "MENTORSHIP_MESSAGE": "MENTORSHIP", "MATCH_SIMULATION_COMPLETED": "ORGANIZATION",
        "RECOMMENDATIONS_READY": "RECOMMENDATIONS", "MENTORSHIP_ACCEPTED": "MENTORSHIP"}
    stored_before = nodes["MENTORSHIP_ACCEPTED"]  # no state fields stored: read, so seen
    assert (stored_before["read"], stored_before["seen"], stored_before["archived"],
            stored_before["snoozedUntil"], order[-1]) == (True, True, False, None,
                                                          "MENTORSHIP_ACCEPTED")
    assert all(not n["seen"] and not n["archived"] and n["snoozedUntil"] is None
               for kind, n in nodes.items() if kind != "MENTORSHIP_ACCEPTED")
    mentorship = listed(platform, ana, category="MENTORSHIP")
    assert figures(mentorship) == (["MENTORSHIP_MESSAGE", "MENTORSHIP_ACCEPTED"], 2, 3, 3)

    # seen, for some and then for all; nothing of someone else's
    assert gql(platform, SEEN, bo.token, {"ids": [ids["MENTORSHIP_MESSAGE"]]})["data"] == {
        "markNotificationsSeen": 0}
    assert gql(platform, SEEN, ana.token, {"ids": [ids["RECOMMENDATIONS_READY"]]})[
        "data"]["markNotificationsSeen"] == 1
    assert figures(listed(platform, ana))[1:] == (4, 3, 2)
    assert gql(platform, SEEN, ana.token)["data"]["markNotificationsSeen"] == 2
    assert figures(listed(platform, ana))[1:] == (4, 3, 0)

    # archived, listed apart, and back
    simulation = ids["MATCH_SIMULATION_COMPLETED"]
    archived = gql(platform, ARCHIVE, ana.token, {"id": simulation, "archived": True})
    assert archived["data"]["archiveNotification"]["archived"] is True, archived
    assert figures(listed(platform, ana))[1:] == (3, 2, 0)
    assert figures(listed(platform, ana, "ARCHIVED")) == (["MATCH_SIMULATION_COMPLETED"], 1, 2, 0)
    assert figures(listed(platform, ana, "ARCHIVED", "RECOMMENDATIONS"))[:2] == ([], 0)
    back = gql(platform, ARCHIVE, ana.token, {"id": simulation, "archived": False})
    assert back["data"]["archiveNotification"]["archived"] is False, back
    assert [e["node"]["kind"] for e in listed(platform, ana)["edges"]] == order

    # snoozed: hidden from the inbox and its counts, kept from read-all, then back unread
    message = ids["MENTORSHIP_MESSAGE"]
    until = datetime.now(UTC) + timedelta(seconds=4)
    snoozed = gql(platform, SNOOZE, ana.token, {"id": message, "until": until.isoformat()})
    node = snoozed["data"]["snoozeNotification"]
    assert (node["read"], node["seen"]) == (False, False)
    assert datetime.fromisoformat(node["snoozedUntil"]) == until.replace(
        microsecond=until.microsecond // 1000 * 1000)
    assert figures(listed(platform, ana))[1:] == (3, 2, 0)
    assert figures(listed(platform, ana, "SNOOZED")) == (["MENTORSHIP_MESSAGE"], 1, 2, 0)
    assert gql(platform, "mutation { markAllNotificationsRead }", ana.token)["data"] == {
        "markAllNotificationsRead": 2}
    assert figures(listed(platform, ana, "UNREAD")) == ([], 0, 0, 0)
    await asyncio.sleep(max(0.0, (until - datetime.now(UTC)).total_seconds()) + 0.5)
    again = listed(platform, ana)
    assert [e["node"]["kind"] for e in again["edges"]] == order  # its place, not the top
    assert figures(again)[1:] == (4, 1, 1)
    came_back = next(e["node"] for e in again["edges"] if e["node"]["id"] == message)
    assert (came_back["read"], came_back["seen"], came_back["snoozedUntil"]) == (
        False, False, None)
    assert figures(listed(platform, ana, "UNREAD")) == (["MENTORSHIP_MESSAGE"], 1, 1, 1)


@pytest.mark.parametrize(("until", "why"), [
    (timedelta(minutes=-1), "must be in the future"), (timedelta(days=91), "within 90 days")])
def test_a_snooze_in_the_past_or_too_far_ahead_is_bad_user_input(
        platform: Platform, populated_applicant: Account, until: timedelta, why: str) -> None:
    notice = populated_applicant_notice(platform, populated_applicant)
    result = gql(platform, SNOOZE, populated_applicant.token,
                 {"id": notice, "until": (datetime.now(UTC) + until).isoformat()})
    assert code(result) == "BAD_USER_INPUT" and why in result["errors"][0]["message"], result
    assert result["errors"][0]["extensions"]["fields"][0]["field"] == "until", result


def test_a_snooze_without_a_time_zone_is_bad_user_input(
        platform: Platform, populated_applicant: Account) -> None:
    notice = populated_applicant_notice(platform, populated_applicant)
    result = gql(platform, SNOOZE, populated_applicant.token,
                 {"id": notice, "until": (datetime.now() + timedelta(days=1)).isoformat()})
    assert code(result) == "BAD_USER_INPUT", result


def test_someone_elses_or_an_unknown_notice_is_not_found(
        platform: Platform, populated_applicant: Account) -> None:
    notice = populated_applicant_notice(platform, populated_applicant)
    other = new_account(platform)
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    for notification_id in (notice, "no-such-notice"):
        assert code(gql(platform, SNOOZE, other.token,
                        {"id": notification_id, "until": tomorrow})) == "NOT_FOUND"
        assert code(gql(platform, ARCHIVE, other.token,
                        {"id": notification_id, "archived": True})) == "NOT_FOUND"
    mine = listed(platform, populated_applicant)
    assert notice in [edge["node"]["id"] for edge in mine["edges"]]  # untouched


def populated_applicant_notice(platform: Platform, account: Account) -> str:
    edges = listed(platform, account)["edges"]
    assert edges, "the shared applicant has a notice in its inbox"
    return str(edges[0]["node"]["id"])
