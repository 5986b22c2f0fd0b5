"""Helpers of benchmarks/pipeline.py: applicant profiles, the GraphQL client and its readability
check, the record of one update, CPU per process, figures."""

from __future__ import annotations

import asyncio
import hashlib
import os
import random
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from prometheus_client.parser import text_string_to_metric_families

from smartpick.events import RecommendationsReady
from smartpick.events.models import ApplicantProfile, ApplicantType, Visa
from smartpick.events.states import US_STATES

IM = "Internal Medicine"
# Mostly Internal Medicine, as among IMGs; a few follow a second specialty beside it.
OTHER_SPECIALTIES = ("Family Medicine", "Pediatrics", "Psychiatry", "Neurology",
                     "Pathology-Anatomic and Clinical", "Surgery-General")
UPDATE = "mutation($p: ProfileInput!) { updateMyProfile(input: $p) { updatedAt } }"
# A list reflects an update exactly when its profileUpdatedAt is the update's updatedAt or later.
WATCH = "{ me { recommendations(first: 1) { totalCount modelVersion profileUpdatedAt } } }"
# With --watch-inbox the inbox is read too: on FerretDB a scan of every stored notice per read.
WATCH_INBOX = ("{ me { recommendations(first: 1) { totalCount modelVersion profileUpdatedAt } "
               "notifications(first: 1) { unreadCount edges { node { id kind title read } } } } }")
APPS = ("kafka", "ferretdb", "mailpit", "profiles", "matching", "notifications", "gateway")


def random_profile(rng: random.Random) -> ApplicantProfile:
    kind = rng.choices(list(ApplicantType), weights=(60, 25, 8, 7))[0]
    img = kind in (ApplicantType.NON_US_IMG, ApplicantType.US_IMG)
    visa = (rng.choices(list(Visa), weights=(25, 60, 15))[0] if kind is ApplicantType.NON_US_IMG
            else Visa.NONE)
    specialties = [IM] if rng.random() < 0.85 else [rng.choice(OTHER_SPECIALTIES)]
    if specialties == [IM] and rng.random() < 0.1:
        specialties.append(rng.choice(OTHER_SPECIALTIES))
    return ApplicantProfile(
        applicant_type=kind, graduation_year=rng.randint(2012, 2025) if img else 2026,
        step2_score=None if rng.random() < 0.03 else round(min(290, max(200, rng.gauss(243, 12)))),
        step3_passed=img and rng.random() < 0.3, visa=visa,
        usce_months=rng.choice((0, 0, 1, 2, 3, 3, 6, 12)) if img else 0,
        ecfmg_certified=img and rng.random() < 0.8,
        exam_attempts_failed=rng.choices((0, 1, 2), weights=(85, 12, 3))[0],
        publications=min(40, int(rng.expovariate(0.4))), research_experiences=rng.randint(0, 4),
        specialties=specialties, preferred_states=rng.sample(sorted(US_STATES), rng.randint(0, 3)))


def changed_profile(profile: ApplicantProfile, rng: random.Random) -> ApplicantProfile:
    """A real change: the Step 2 score moves by 6-20 points, sometimes clinical experience or
    publications too."""
    score = profile.step2_score or 240
    step = rng.randint(6, 20) * (1 if score < 245 else -1)
    changes: dict[str, Any] = {"step2_score": score + step}
    if rng.random() < 0.3:
        changes["usce_months"] = rng.choice([m for m in (0, 1, 2, 3, 6, 12)
                                             if m != profile.usce_months])
    if rng.random() < 0.2:
        changes["publications"] = profile.publications + 1
    return profile.model_copy(update=changes)


def utc(text: str | None) -> datetime | None:
    """A GraphQL DateTime; one without an offset is UTC (as the services store it)."""
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def reflects(answer: dict[str, Any], updated_at: datetime) -> bool:
    """Whether a WATCH answer's list comes from the profile saved at `updated_at` or later."""
    data = answer.get("data")
    seen = utc(data["me"]["recommendations"]["profileUpdatedAt"]) if data else None
    return seen is not None and seen >= updated_at


def fingerprint(profile: ApplicantProfile) -> str:
    return hashlib.sha256(profile.model_dump_json().encode()).hexdigest()[:20]


def profile_input(profile: ApplicantProfile) -> dict[str, Any]:
    data = profile.model_dump(mode="json")
    camel = {"".join(w.title() if i else w for i, w in enumerate(k.split("_"))): v
             for k, v in data.items()}
    camel["applicantType"], camel["visa"] = camel["applicantType"].upper(), camel["visa"].upper()
    return camel


async def gql(http: httpx.AsyncClient, url: str, query: str, token: str | None = None,
              variables: dict[str, Any] | None = None) -> dict[str, Any]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = await http.post(url, json={"query": query, "variables": variables or {}},
                               headers=headers)
    answer: dict[str, Any] = response.json()
    return answer


@dataclass
class Update:
    """One profile update as the harness sent it and saw it come through (monotonic seconds)."""

    applicant: str
    key: str
    scheduled: float
    sent: float | None = None
    answered: float | None = None
    error: str | None = None
    updated_at: datetime | None = None  # Profile.updatedAt, as the mutation answered
    profile_seen: float | None = None
    event_at: datetime | None = None  # updated_at its ApplicantProfileUpdated carries
    profile_event: str | None = None  # source|id of its ApplicantProfileUpdated
    ready_seen: float | None = None
    ready_event: str | None = None  # source|id of its RecommendationsReady
    superseded: bool = False  # reflected by the RecommendationsReady of a later update
    readable: float | None = None  # GraphQL, watched updates only
    notified: float | None = None  # GraphQL (--watch-inbox), watched updates only
    notification_id: str | None = None  # as predicted from its RecommendationsReady
    notified_on_kafka: float | None = None  # its NotificationAdded
    seen_notification: str | None = None  # as GraphQL showed it


class CpuMeter:
    """CPU time of each process of the stack (the session its pid file names: uvicorn, the JVM,
    FerretDB), in % of one core between two readings."""

    def __init__(self, state: Path) -> None:
        self.leaders: dict[str, int] = {}
        for name in APPS:
            with_pid = state / f"{name}.pid"
            if with_pid.exists():
                self.leaders[name] = int(with_pid.read_text().strip())
        self.hz = os.sysconf("SC_CLK_TCK")
        self._mark = self._read()
        self.seconds = 0.0  # the length of the last phase

    def _read(self) -> tuple[float, dict[str, int]]:
        # This benchmark, and the processes it waited for (the catalog importer), count too.
        own, children = os.times(), resource.getrusage(resource.RUSAGE_CHILDREN)
        ticks = {"benchmark": round((own.user + own.system) * self.hz),
                 "importer": round((children.ru_utime + children.ru_stime) * self.hz),
                 **dict.fromkeys(self.leaders, 0)}
        by_session = {pid: name for name, pid in self.leaders.items()}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            name = by_session.get(int(fields[3]))  # field 6 of stat: the session id
            if name is not None:
                ticks[name] += int(fields[11]) + int(fields[12])  # utime + stime
        return time.monotonic(), ticks

    def phase(self) -> dict[str, float]:
        """% of one core per process since the previous call."""
        (then, before), (now, after) = self._mark, self._read()
        self._mark = (now, after)
        seconds = self.seconds = max(now - then, 1e-9)
        return {name: round(100 * (after[name] - before.get(name, 0)) / self.hz / seconds, 1)
                for name in after}


async def list_handling(http: httpx.AsyncClient, notifications_url: str) -> tuple[float, float]:
    """The seconds the notifications service has spent handling list events
    (RecommendationsReady) and how many it handled, from its /metrics: their change over a phase
    says how busy it was, and how many people it told per second of handling."""
    answer = await http.get(f"{notifications_url.rstrip('/')}/metrics")
    answer.raise_for_status()
    busy = handled = 0.0
    for family in text_string_to_metric_families(answer.text):
        for sample in family.samples:
            if sample.labels.get("event_type") != RecommendationsReady.event_type:
                continue
            if sample.name == "smartpick_event_handler_duration_seconds_sum":
                busy = sample.value
            elif sample.name == "smartpick_events_handled_total" \
                    and sample.labels.get("outcome") == "ok":
                handled = sample.value
    return busy, handled


def handling_figures(before: tuple[float, float], after: tuple[float, float],
                     seconds: float) -> dict[str, float | None]:
    """The share of a phase of ``seconds`` the list handler ran, and its rate while it ran."""
    busy, handled = after[0] - before[0], after[1] - before[1]
    return {"busy_percent": round(100 * busy / max(seconds, 1e-9), 1),
            "told_per_busy_second": round(handled / busy, 1) if busy > 0 else None}


def cpu_ms_per_update(cpu_percent: dict[str, float], seconds: float,
                      updates: int) -> dict[str, float]:
    """CPU milliseconds each process spent per update over a phase, and their total: on 2 cores
    the stack sustains at most 2,000 ms / total updates a second, whatever its configuration."""
    each = {name: round(percent * 10 * seconds / max(updates, 1), 1)
            for name, percent in cpu_percent.items() if percent}
    return {**each, "total": round(sum(each.values()), 1)}


def figures(seconds: list[float]) -> dict[str, float | int | None]:
    """p50/p95/p99/max in seconds (nearest rank), and how many."""
    if not seconds:
        return {"n": 0, "p50": None, "p95": None, "p99": None, "max": None}
    ordered = sorted(seconds)

    def rank(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, max(0, int(q * len(ordered) + 0.5) - 1))], 4)

    return {"n": len(ordered), "p50": round(statistics.median(ordered), 4), "p95": rank(0.95),
            "p99": rank(0.99), "max": round(ordered[-1], 4)}


def line(label: str, found: dict[str, Any]) -> str:
    def ms(value: Any) -> str:
        return "      -" if value is None else f"{value * 1000:7.0f}"
    return (f"  {label:42} n={found['n']:<6} p50 {ms(found['p50'])} ms  p95 {ms(found['p95'])}"
            f" ms  p99 {ms(found['p99'])} ms  max {ms(found['max'])} ms")


async def sleep_until(moment: float) -> None:
    delay = moment - time.monotonic()
    if delay > 0:
        await asyncio.sleep(delay)


async def wait_for(condition: Callable[[], bool], deadline: float, step: float = 0.2) -> bool:
    """Check `condition` every `step` seconds until it holds or `deadline` passes."""
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(step)
    return condition()
