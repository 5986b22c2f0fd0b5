"""Kafka side of benchmarks/pipeline.py: the watch that ties every profile update to the
RecommendationsReady that reflects it, the catalog notices, and the raw Kafka baseline."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from pipeline_load import Update, figures, fingerprint, sleep_until, utc, wait_for

from smartpick.events.models import ApplicantProfile

PROFILE_TOPIC, READY_TOPIC = "profiles.applicants", "matching.recommendations"
NOTICE_TOPIC = "notifications.added"
PROFILE_UPDATED = "org.smartpick.profiles.applicant.updated.v1"
RECOMMENDATIONS_READY = "org.smartpick.matching.recommendations.ready.v1"
NOTIFICATION_ADDED = "org.smartpick.notifications.notification.added.v1"


@dataclass
class KafkaWatch:
    """Reads the three topics from their ends. Each ApplicantProfileUpdated is tied to the
    update whose profile it carries; a RecommendationsReady computed for a profile event
    (``computed_for``) reflects that update and every one of the applicant saved no later
    (``updated_at``): matching handles only the last profile event of an applicant in a consumer
    batch, and ignores one older than the profile it keeps (two saves a millisecond apart may be
    published in either order). A NotificationAdded whose id the notifications service derived
    from that RecommendationsReady is the update's stored notice (``notified_on_kafka``), which
    costs the stack nothing to observe: an inbox read through GraphQL is a scan of every notice
    on FerretDB (benchmarks/RESULTS.md, issue 13)."""

    bootstrap: str
    pending: dict[tuple[str, str], Update] = field(default_factory=dict)
    by_cause: dict[str, Update] = field(default_factory=dict)
    waiting: dict[str, list[Update]] = field(default_factory=dict)  # per applicant
    reflected: dict[str, tuple[datetime, float]] = field(default_factory=dict)  # newest, when
    catalog_first: dict[str, float] = field(default_factory=dict)
    catalog_latest: dict[str, float] = field(default_factory=dict)
    catalog_batches: set[str] = field(default_factory=set)
    catalog_count: int = 0
    catalog_last: float | None = None
    notices: dict[str, float] = field(default_factory=dict)  # notification id: when seen
    by_notice: dict[str, Update] = field(default_factory=dict)
    early: dict[str, tuple[str, float]] = field(default_factory=dict)
    """RecommendationsReady read before the profile event it was computed for (cause: its own
    cause, when read): the topics' partitions come in no set order within a fetch, and a fast
    pipeline puts both in one."""
    consumer: AIOKafkaConsumer | None = None

    async def start(self) -> None:
        self.consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None,
                                         enable_auto_commit=False, fetch_max_wait_ms=20)
        await self.consumer.start()
        partitions = await partitions_of(self.bootstrap, PROFILE_TOPIC, READY_TOPIC,
                                         NOTICE_TOPIC)
        self.consumer.assign(partitions)
        await self.consumer.seek_to_end(*partitions)
        for partition in partitions:  # resolve now, so nothing sent later is missed
            await self.consumer.position(partition)

    def expect(self, update: Update) -> None:
        self.pending[(update.applicant, update.key)] = update

    def reset_catalog(self) -> None:
        self.catalog_first.clear()
        self.catalog_latest.clear()
        self.catalog_batches.clear()
        self.catalog_count, self.catalog_last = 0, None

    async def run(self) -> None:
        assert self.consumer is not None
        while True:
            batches = await self.consumer.getmany(timeout_ms=100)
            now = time.monotonic()
            for records in batches.values():
                for record in records:
                    self._seen(record.headers, record.value, now)

    def _seen(self, raw_headers: Any, value: bytes | None, now: float) -> None:
        headers = {name: raw.decode() for name, raw in raw_headers}
        data = json.loads(value or b"{}")
        cause = f"{headers.get('ce_source')}|{headers.get('ce_id')}"
        if headers.get("ce_type") == NOTIFICATION_ADDED:
            notice = data["notification_id"]
            self.notices.setdefault(notice, now)
            if (waiting := self.by_notice.pop(notice, None)) is not None:
                waiting.notified_on_kafka = now
        elif headers.get("ce_type") == PROFILE_UPDATED:
            key = fingerprint(ApplicantProfile.model_validate(data["profile"]))
            update = self.pending.pop((data["applicant_id"], key), None)
            if update is None:  # an update answered with an error may still have been saved
                update = Update(data["applicant_id"], key, now)
            update.profile_seen, update.event_at = now, utc(data.get("updated_at"))
            update.profile_event = cause
            newest = self.reflected.get(update.applicant)
            if newest and update.event_at and update.event_at <= newest[0]:
                update.ready_seen, update.superseded = newest[1], True
                return
            self.by_cause[cause] = update
            self.waiting.setdefault(update.applicant, []).append(update)
            if (ready := self.early.pop(cause, None)) is not None:
                self._reflected(self.by_cause.pop(cause), *ready)
        elif headers.get("ce_type") == RECOMMENDATIONS_READY:
            if data.get("reason") == "catalog":
                self.catalog_first.setdefault(data["applicant_id"], now)
                self.catalog_latest[data["applicant_id"]] = now
                self.catalog_batches.add(data["computed_for"])
                self.catalog_count += 1
                self.catalog_last = now
                return
            update = self.by_cause.pop(data["computed_for"], None)
            if update is not None:
                self._reflected(update, cause, now)
            else:
                self.early[data["computed_for"]] = (cause, now)

    def _reflected(self, update: Update, cause: str, now: float) -> None:
        at = update.event_at
        queue = self.waiting.pop(update.applicant, [])
        done = [u for u in queue if u is update or (at and u.event_at and u.event_at <= at)]
        if rest := [u for u in queue if all(u is not d for d in done)]:
            self.waiting[update.applicant] = rest
        for earlier in done:
            if earlier.ready_seen is None:
                earlier.ready_seen = now
                earlier.superseded = earlier is not update
            self.by_cause.pop(earlier.profile_event or "", None)
        newest = self.reflected.get(update.applicant)
        if at and (newest is None or at > newest[0]):
            self.reflected[update.applicant] = (at, now)
        update.ready_event = cause
        # The notifications service derives the notification's id from this event.
        update.notification_id = notice = hashlib.sha256(
            f"{cause}|in-app".encode()).hexdigest()[:32]
        if notice in self.notices:  # the notice may come before its cause is read
            update.notified_on_kafka = self.notices[notice]
        else:
            self.by_notice[notice] = update

    async def stop(self) -> None:
        if self.consumer is not None:
            await self.consumer.stop()


async def partitions_of(bootstrap: str, *topics: str) -> list[TopicPartition]:
    """Every partition of `topics`, from the broker (a consumer's metadata lists only the
    topics it subscribed to)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics(list(topics))
    finally:
        await admin.close()
    return [TopicPartition(t["topic"], p["partition"]) for t in described
            for p in t["partitions"]]


class GroupLag:
    """Records of a topic that a consumer group has not committed yet, asked as often as a wait
    needs over one admin client and one consumer, opened once for the whole wait."""

    def __init__(self, bootstrap: str) -> None:
        self._admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        self._consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)

    async def __aenter__(self) -> GroupLag:
        await self._admin.start()
        await self._consumer.start()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self._consumer.stop()
        await self._admin.close()

    async def of(self, group: str, topic: str) -> int:
        committed = await self._admin.list_consumer_group_offsets(group)
        mine = [tp for tp in committed if tp.topic == topic]
        ends = await self._consumer.end_offsets(mine)
        return sum(max(0, ends[tp] - committed[tp].offset) for tp in mine)


async def kafka_baseline(bootstrap: str, messages: int, rate: float,
                         bulk: int = 20_000) -> dict[str, Any]:
    """Produce → consume latency at `rate`, then throughput (`bulk` messages of 1 KB), on a
    scratch topic of 6 partitions."""
    topic = f"bench.scratch.{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    await admin.create_topics([NewTopic(topic, num_partitions=6, replication_factor=1)])
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                enable_auto_commit=False, fetch_max_wait_ms=20)
    arrivals: dict[bytes, float] = {}
    try:
        await producer.start()
        await consumer.start()
        partitions = await partitions_of(bootstrap, topic)
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)

        async def consume() -> None:
            while True:
                for records in (await consumer.getmany(timeout_ms=100)).values():
                    now = time.monotonic()
                    for record in records:
                        arrivals[record.key or b""] = now
        reader = asyncio.create_task(consume())
        sent: dict[bytes, float] = {}
        start = time.monotonic() + 0.2
        for n in range(messages):
            await sleep_until(start + n / rate)
            key = f"lat-{n}".encode()
            sent[key] = start + n / rate
            await producer.send(topic, b"x" * 200, key=key)
        await wait_for(lambda: len(arrivals) >= messages, start + messages / rate + 30, 0.05)
        latency = figures([arrivals[k] - t for k, t in sent.items() if k in arrivals])
        payload, began = b"y" * 1000, time.monotonic()
        for n in range(bulk):
            await producer.send(topic, payload, key=f"bulk-{n}".encode())
        await producer.flush()
        produced = time.monotonic() - began
        await wait_for(lambda: len(arrivals) >= messages + bulk, began + 120, 0.05)
        consumed = max(arrivals.values()) - began
        reader.cancel()
    finally:
        await consumer.stop()
        await producer.stop()
        await admin.delete_topics([topic])
        await admin.close()
    return {"latency_rate": rate, "produce_to_consume": latency, "bulk_messages": bulk,
            "bulk_message_bytes": len(payload),
            "produce_per_second": round(bulk / produced), "end_to_end_per_second": round(
                bulk / consumed)}
