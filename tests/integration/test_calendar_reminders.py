"""Calendar reminders on the real servers: a reminder that fell due while every notifications
instance was down is sent once, to its audience only, when two instances come back at once (one
person had it already from an instance that died mid fan-out); a restart sends nothing more."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from services.notifications.calendar.due import Reminder
from services.notifications.calendar.notice import outgoing
from services.notifications.calendar.season import load_season
from services.notifications.calendar.store import DONE
from services.notifications.runtime import NotificationsRuntime
from services.notifications.settings import Settings
from tests.integration.harness import wait_until
from tests.servers import Servers

pytestmark = pytest.mark.integration
POLL = 0.2
QUIET = 1.5
"""How long a test waits for a notice that must not come: several polls of every instance."""
NOW = datetime.now(UTC)
PEOPLE = {"a-1": "APPLICANT", "a-2": "APPLICANT", "a-3": "APPLICANT",
          "m-1": "MENTOR", "m-2": "MENTOR", "o-1": "ORG_ADMIN"}


def calendar_entry(date_id: str, when: datetime, audience: list[str], days: list[int]) -> str:
    return (f'[[dates]]\nid = "{date_id}"\ntitle = "{date_id.title()}"\n'
            f"when = {when.isoformat()}\naudience = {audience}\nremind_days_before = {days}\n")


def calendar_file(folder: Path) -> Path:
    """Two dates whose reminders fell due a day ago, one not due yet, one passed."""
    path = folder / "season.toml"
    path.write_text('name = "Test Match"\ntime_zone = "America/New_York"\n' + "".join([
        calendar_entry("soon", NOW + timedelta(days=2), ["APPLICANT"], [7, 3]),
        calendar_entry("both", NOW + timedelta(days=1), ["APPLICANT", "MENTOR"], [2]),
        calendar_entry("later", NOW + timedelta(days=10), ["APPLICANT", "MENTOR"], [1]),
        calendar_entry("gone", NOW - timedelta(hours=1), ["APPLICANT", "MENTOR"], [3]),
    ]))
    return path


@pytest.fixture
async def settings(servers: Servers, unique: str, tmp_path: Path,
                   mongo: AsyncMongoClient[dict[str, Any]]) -> AsyncIterator[Settings]:
    prefix = f"cal{unique}."
    found = Settings(
        kafka_bootstrap_servers=servers.kafka_bootstrap, mongodb_url=servers.mongodb_url,
        topic_prefix=prefix, mongodb_database=f"cal{unique}_notifications",
        jwt_secret="an-integration-test-secret-of-32-chars",
        calendar_file=calendar_file(tmp_path), calendar_poll_seconds=POLL)
    people = [{"_id": person, "role": role, "email": f"{person}@example.org",
               "email_verified": False} for person, role in PEOPLE.items()]
    await mongo[found.mongodb_database].people.insert_many(people)
    yield found
    await mongo.drop_database(found.mongodb_database)


async def notices(mongo: AsyncMongoClient[dict[str, Any]], settings: Settings) -> list[str]:
    found = mongo[settings.mongodb_database].notifications.find({}, {"recipient": 1, "title": 1})
    return sorted([f"{n['recipient']}: {n['title']}" async for n in found])


async def test_a_reminder_due_while_every_instance_was_down_is_sent_once_on_their_return(
        settings: Settings, mongo: AsyncMongoClient[dict[str, Any]]) -> None:
    db = mongo[settings.mongodb_database]
    # an instance died mid fan-out: a-1 was told of "soon", nobody else, nothing recorded done
    died = NotificationsRuntime(settings)
    season = load_season(settings.calendar_file)
    soon = Reminder(season.name, season.dates[0], 3)
    await died.dispatcher.send(outgoing(soon, "a-1", season.zone, NOW))
    await died.mongo.close()

    instances = [NotificationsRuntime(settings) for _ in range(2)]
    await asyncio.gather(*(instance.start() for instance in instances))
    try:
        async def all_done() -> bool:
            return await db[DONE].count_documents({}) == 3

        await wait_until(all_done)
        await asyncio.sleep(QUIET)
    finally:
        await asyncio.gather(*(instance.stop() for instance in instances))
    told = await notices(mongo, settings)
    assert told == sorted([*(f"a-{n}: Soon in 2 days" for n in (1, 2, 3)),
                           *(f"{p}: Both in a day" for p in ("a-1", "a-2", "a-3", "m-1", "m-2"))])
    done = {d["_id"]: d["sent_to"] async for d in db[DONE].find({})}
    assert done == {"Test Match|soon|3d": 3, "Test Match|soon|7d": None,
                    "Test Match|both|2d": 5}

    restarted = NotificationsRuntime(settings)
    await restarted.start()
    try:
        await asyncio.sleep(QUIET)
    finally:
        await restarted.stop()
    assert await notices(mongo, settings) == told
