"""Mentors the mentorship tests can ask: a MENTOR account whose profile matching knows.

Mentor profiles are the profiles service's to publish (``MentorProfileUpdated`` on
``profiles.mentors``); here the test publishes the event itself, under the platform's topic
prefix, and waits until matching's directory holds it.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

from smartpick.events import MentorProfileUpdated
from smartpick.events.mentoring import MentorPosition, MentorTopic
from smartpick.events.mentors import MentorProfile
from smartpick.publisher import Publisher
from tests.e2e.accounts import Account, documents, new_account
from tests.e2e.conftest import Platform


async def _publish(platform: Platform, event: MentorProfileUpdated) -> None:
    publisher = Publisher(platform.servers.kafka_bootstrap, "/profiles",
                          topic_prefix=platform.prefix)
    await publisher.start()
    try:
        await publisher.publish(event)
    finally:
        await publisher.stop()


def list_mentor(platform: Platform, mentor_id: str, capacity: int = 3,
                accepting: bool = True, within: float = 30,
                organization_id: str | None = None, verified: bool = False) -> None:
    """Publish the mentor's profile (``verified``: by the organization it names) and wait
    until matching keeps it."""
    profile = MentorProfile(position=MentorPosition.ATTENDING, specialty="Internal Medicine",
                            institution="Mercy Hospital", state="NY", was_img=True,
                            training_country="PK", languages=["en", "ur"],
                            topics=[MentorTopic.INTERVIEW_PREPARATION, MentorTopic.VISA],
                            capacity=capacity, accepting_mentees=accepting,
                            organization_id=organization_id)
    at = datetime.now(UTC)
    asyncio.run(_publish(platform, MentorProfileUpdated(mentor_id=mentor_id, profile=profile,
                                                        updated_at=at, verified=verified)))
    deadline = time.monotonic() + within
    while not documents(platform, "matching", "mentors",
                        {"_id": mentor_id, "profile.capacity": capacity,
                         "profile.accepting_mentees": accepting, "verified": verified}):
        assert time.monotonic() < deadline, f"matching did not list mentor {mentor_id}"
        time.sleep(0.2)


def listed_mentor(platform: Platform, capacity: int = 3, accepting: bool = True) -> Account:
    account = new_account(platform, "MENTOR")
    list_mentor(platform, account.id, capacity, accepting)
    return account
