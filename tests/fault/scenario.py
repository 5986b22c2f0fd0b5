"""One fault scenario: a stream of profile updates with one fault injected midway, then the
counts of lost and duplicated effects once the pipeline settled (goal: 0 and 0).

``SMARTPICK_FAULT_SIZE=soak`` (``make soak``) sends 10,000 updates of 200 applicants per
scenario instead of the short version's 200 of 30; ``SMARTPICK_FAULT_UPDATES`` and
``SMARTPICK_FAULT_APPLICANTS`` set either number directly.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx
from aiokafka.admin import AIOKafkaAdminClient

from deploy.local import infra
from tests.e2e.conftest import APPS, Platform
from tests.kafka_progress import end_offsets, wait_until_handled
from tests.profile_stream import Outcome, Stream, extra_notices, send_updates, settle


@dataclass(frozen=True)
class Size:
    applicants: int
    updates: int
    """Per scenario."""
    clients: int
    """Updates in flight at once (the load test's 32 reached ~30/s, what the pipeline
    benchmark sustains on this machine kind)."""
    settle_seconds: float

    @property
    def timeout(self) -> float:
        """Of one scenario, for pytest-timeout: the first also starts the servers and the apps
        and signs the applicants up; a machine shared with other runs sends 2-5 updates/s."""
        return 600 + self.applicants + self.updates / 2 + self.settle_seconds

    @classmethod
    def from_env(cls) -> Size:
        env = os.environ
        base = (cls(200, 10_000, 32, 1200) if env.get("SMARTPICK_FAULT_SIZE") == "soak"
                else cls(30, 200, 16, 420))
        return cls(int(env.get("SMARTPICK_FAULT_APPLICANTS", base.applicants)),
                   int(env.get("SMARTPICK_FAULT_UPDATES", base.updates)),
                   base.clients, base.settle_seconds)


SIZE = Size.from_env()
SUMMARY: list[str] = []
"""One line per scenario, printed at the end of the session (conftest.py)."""
CAUGHT_UP_SECONDS = 300.0
CONSUMERS = {"matching": "profiles.applicants", "notifications": "matching.recommendations"}
"""The groups of the pipeline, each with the topic it reads the stream's events from."""


@dataclass
class Rig:
    """The fault tests' platform, its servers and its applicants."""

    platform: Platform
    servers: infra.Infra
    tokens: list[str]


@dataclass(frozen=True)
class Counts:
    stream: Stream
    outcome: Outcome
    dead_letters: dict[str, int]
    """Records each dead-letter topic gained during the scenario."""
    exited: list[str]
    """Apps that ended by themselves (none should: a fault they live through)."""
    unready: list[str]
    """Apps alive but not ready (a background task of theirs ended: its consumer, say)."""

    def line(self, name: str) -> str:
        outcome, stream = self.outcome, self.stream
        return (f"{name}: {stream.updates} updates of {outcome.applicants} applicants in "
                f"{stream.seconds:.0f} s ({stream.rate:.1f}/s), retried {dict(stream.retried)}; "
                f"settled in {outcome.settle_seconds:.0f} s; lost {outcome.lost} (lists not "
                f"reflecting the last profile {len(outcome.not_reflected)}, without a list "
                f"notice {len(outcome.without_notice)}), duplicated {outcome.duplicated_notices}; "
                f"dead letters {self.dead_letters}; apps that exited {self.exited}, not ready "
                f"{self.unready}")


async def dead_letters(rig: Rig) -> Counter[str]:
    """Records in each of the platform's dead-letter topics, read from Kafka."""
    admin = AIOKafkaAdminClient(bootstrap_servers=rig.servers.kafka_bootstrap)
    await admin.start()
    try:
        topics = [t for t in await admin.list_topics()
                  if t.startswith(rig.platform.prefix) and t.endswith(".DLT")]
    finally:
        await admin.close()
    found = Counter[str]()
    for tp, end in (await end_offsets(rig.servers.kafka_bootstrap, topics)).items():
        found[tp.topic.removeprefix(rig.platform.prefix)] += end
    return found


async def caught_up(rig: Rig) -> None:
    """Until matching and notifications handled every record of the stream's topics: a
    duplicate would exist by then."""
    for service, topic in CONSUMERS.items():
        await wait_until_handled(rig.servers.kafka_bootstrap, rig.platform.prefix + service,
                                 [rig.platform.prefix + topic], within=CAUGHT_UP_SECONDS)


def unready(platform: Platform) -> list[str]:
    """The apps whose readiness probe fails."""
    failing = []
    for name in platform.processes:
        probe = "/healthz" if name.startswith("gateway") else "/readyz"
        try:
            ready = httpx.get(platform.urls[name] + probe, timeout=10).status_code == 200
        except httpx.HTTPError:
            ready = False
        if not ready:
            failing.append(name)
    return failing


def restart_exited(platform: Platform) -> list[str]:
    """Start again every app that ended; their names."""
    exited = [name for name, process in platform.processes.items()
              if process.poll() is not None]
    for name in exited:
        platform.processes.pop(name)
        app = name if name in APPS else name.rsplit("-", 1)[0]  # "matching-2": an instance
        platform.start(app, None if app == name else name)
    return exited


async def run_scenario(rig: Rig, name: str, fault: Callable[[], None],
                       seed: int) -> Counts:
    """Stream, inject ``fault`` (blocking: run in a thread) midway, settle, count."""
    before = await dead_letters(rig)
    url = rig.platform.graphql
    async with httpx.AsyncClient(timeout=60) as http:
        carried = await extra_notices(http, url, rig.tokens)
        stream = await send_updates(http, url, rig.tokens, SIZE.updates, clients=SIZE.clients,
                                    seed=seed, midway=lambda: asyncio.to_thread(fault))
        # until nothing is missing; once every record was handled, a second notice is a
        # duplicate rather than one about to be replaced, so waiting longer would not end it
        first = await settle(http, url, rig.tokens, stream, SIZE.settle_seconds,
                             until=lambda e: e.arrived, carried=carried)
        await caught_up(rig)
        outcome = await settle(http, url, rig.tokens, stream, 0, carried=carried)
    outcome.settle_seconds = first.settle_seconds
    after = await dead_letters(rig)
    exited = await asyncio.to_thread(restart_exited, rig.platform)
    counts = Counts(stream, outcome, {t: n - before[t] for t, n in after.items() if n > before[t]},
                    exited, await asyncio.to_thread(unready, rig.platform))
    SUMMARY.append(counts.line(name))
    print(SUMMARY[-1])
    return counts


def assert_nothing_lost_or_repeated(counts: Counts, rig: Rig) -> None:
    outcome = counts.outcome
    assert (outcome.lost, outcome.duplicated_notices, counts.dead_letters, counts.exited,
            counts.unready) == (0, 0, {}, [], []), (f"{counts.line('fault')}; e.g. not reflected "
                            f"{outcome.not_reflected[:5]}; logs in {rig.platform.logs}")


def kill_and_restart(platform: Platform, app: str) -> Callable[[], None]:
    """SIGKILL ``app`` (nothing flushed, nothing committed) and start it again."""
    def fault() -> None:
        process = platform.processes.pop(app)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        platform.start(app)
    return fault


def restart_server(servers: infra.Infra, name: str,
                   start: Callable[[infra.Infra], None]) -> Callable[[], None]:
    """Stop the server process (SIGTERM, then SIGKILL after 30 s) and start it on the same data."""
    def fault() -> None:
        infra.stop_process(name, servers)
        start(servers)
    return fault


PAUSE_SECONDS = 25.0
"""Longer than the consumer's session timeout (aiokafka's 10 s), so the group drops the paused
member and gives its partitions to the other instance."""
SECOND = "matching-2"


async def with_second_matching(rig: Rig, run: Callable[[], Awaitable[Counts]]) -> Counts:
    """``run`` while a second matching instance shares the group, waiting first until the
    group has both; the second is stopped after."""
    platform = rig.platform
    await asyncio.to_thread(platform.start, "matching", SECOND)
    try:
        await members(rig, platform.prefix + "matching", 2)
        return await run()
    finally:
        if SECOND in platform.processes:
            await asyncio.to_thread(platform.stop, SECOND)
        platform.urls.pop(SECOND, None)


def pause_second_matching(platform: Platform) -> Callable[[], None]:
    """SIGSTOP the second instance past its session timeout, then SIGCONT: it wakes up with
    records in hand whose partitions the other instance took over."""
    def fault() -> None:
        process = platform.processes[SECOND]
        process.send_signal(signal.SIGSTOP)
        time.sleep(PAUSE_SECONDS)
        process.send_signal(signal.SIGCONT)
    return fault


async def members(rig: Rig, group: str, count: int, within: float = 120.0) -> None:
    """Wait until ``group`` has ``count`` members with partitions (a rebalance finished)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=rig.servers.kafka_bootstrap)
    await admin.start()
    deadline = time.monotonic() + within
    try:
        while True:
            described = (await admin.describe_consumer_groups([group]))[0].groups[0]
            state, found = described[2], described[5]
            if state == "Stable" and len(found) == count:
                return
            assert time.monotonic() < deadline, f"{group}: {state}, {len(found)} members"
            await asyncio.sleep(0.5)
    finally:
        await admin.close()
