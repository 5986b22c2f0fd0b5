"""The load of benchmarks/notifications.py: synthetic people told by the notifications service,
the events that tell them, sent open-loop, and what came of each (stored, live, mailed)."""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from notifications_watch import LiveClient, MailWatch, StoredWatch, token
from pipeline_load import CpuMeter, cpu_ms_per_update, figures

from smartpick.auth import Principal, Role
from smartpick.events import (
    AccountEmailVerified,
    AccountRegistered,
    Event,
    MentorshipMessagePosted,
)
from smartpick.publisher import Publisher, envelope_for

MESSAGE, VERIFIED = "message", "verified"
"""The measured events: MentorshipMessagePosted (one notice to the other side of a mentorship)
or AccountEmailVerified (one account notice to the account, to the address it verified)."""


def account(run: str, person: int) -> str:
    return f"nb{run}-person-{person:05d}"


def principal(run: str, person: int) -> Principal:
    return Principal(account(run, person), Role.APPLICANT)


@dataclass
class Load:
    """One run's people and events; every event's token maps to when it was due and to whom."""

    run: str
    people: int
    live_sample: int
    publisher: Publisher
    stored: StoredWatch
    mail: MailWatch
    live: dict[str, float]
    meter: CpuMeter
    kind: str = MESSAGE
    due: dict[str, float] = field(default_factory=dict)
    recipient: dict[str, int] = field(default_factory=dict)
    next_seq: int = 0

    def event(self, seq: int, person: int) -> tuple[Event, str]:
        """The event of number ``seq`` that tells ``person``, and its CloudEvents source."""
        mark = token(self.run, seq)
        if self.kind == VERIFIED:
            return AccountEmailVerified(account_id=account(self.run, person),
                                        email=f"{mark}@example.org"), "/profiles"
        mentee, mentor = person - person % 2, person - person % 2 + 1
        return MentorshipMessagePosted(
            mentorship_id=f"nb{self.run}-mentorship-{mentee // 2:05d}",
            message_id=str(uuid.uuid4()), mentee_id=account(self.run, mentee),
            mentor_id=account(self.run, mentor),
            sender_id=account(self.run, mentor if person == mentee else mentee),
            text=f"{mark} Could we talk about my rank list this week?",
            at=datetime.now(UTC)), "/matching"

    async def register_everyone(self) -> None:
        """AccountRegistered for each person, to the address their verification will carry."""
        sends = []
        for person in range(self.people):
            event = AccountRegistered(account_id=account(self.run, person),
                                      email=f"{token(self.run, person)}@example.org",
                                      role=Role.APPLICANT)
            sends.append(self.publisher.send(event.topic, envelope_for(event, "/profiles")))
        await asyncio.gather(*sends)

    def person(self, seq: int) -> int:
        """Who event ``seq`` tells: everyone in turn, so the first ``people`` events (the
        warm-up's verifications) tell each person once, to the address they registered."""
        return seq % self.people

    async def send(self, rate: float, count: int) -> dict[str, Any]:
        """``count`` events of ``kind`` at ``rate`` a second (all at once when rate is 0), each
        due at its scheduled moment, whenever it actually goes out (no coordinated omission)."""
        self.meter.phase()
        start, lags, sends, tokens = time.time() + 0.3, [], [], []
        for n in range(count):
            at = start + (n / rate if rate else 0)
            if (delay := at - time.time()) > 0:
                await asyncio.sleep(delay)
            seq, self.next_seq = self.next_seq, self.next_seq + 1
            event, source = self.event(seq, self.person(seq))
            mark = token(self.run, seq)
            self.due[mark], self.recipient[mark] = at, self.person(seq)
            tokens.append(mark)
            lags.append(time.time() - at)
            sends.append(asyncio.create_task(
                self.publisher.send(event.topic, envelope_for(event, source))))
        errors = sum(1 for done in await asyncio.gather(*sends, return_exceptions=True)
                     if isinstance(done, BaseException))
        return {"sent": count, "send_errors": errors, "send_lag": figures(lags),
                "tokens": tokens, "first_due": start, "last_due": self.due[tokens[-1]]}

    async def settle(self, sent: dict[str, Any], mailed: bool, drain: float,
                     stall: float = 15.0) -> dict[str, Any]:
        """Wait until every notice was stored, mailed (if ``mailed``) and heard live by the
        sampled recipients, or ``drain`` seconds after the last send, or nothing came for
        ``stall`` seconds; then the phase's figures."""
        tokens: list[str] = sent["tokens"]
        watched = [t for t in tokens if self.recipient[t] < self.live_sample]

        def arrived() -> int:
            return (sum(t in self.stored.seen for t in tokens) + sum(t in self.live for t in
                    watched) + (sum(t in self.mail.seen for t in tokens) if mailed else 0))

        expected = len(tokens) * (2 if mailed else 1) + len(watched)
        deadline, last_count, last_change = sent["last_due"] + drain, -1, time.time()
        while time.time() < deadline and (count := arrived()) < expected:
            if count != last_count:
                last_count, last_change = count, time.time()
            elif time.time() - last_change > stall:
                break
            await asyncio.sleep(0.2)
        cpu = self.meter.phase()
        return summary(self, sent, tokens, watched, mailed, cpu, self.meter.seconds)


def summary(load: Load, sent: dict[str, Any], tokens: list[str], watched: list[str],
            mailed: bool, cpu: dict[str, float], seconds: float) -> dict[str, Any]:
    """Counts, rates and latencies (from each event's due moment) of one phase."""
    stored = [load.stored.seen[t] for t in tokens if t in load.stored.seen]
    mails = [load.mail.seen[t] for t in tokens if t in load.mail.seen]
    lives = [load.live[t] for t in watched if t in load.live]
    first: float = sent["first_due"]
    last_due: float = sent["last_due"]
    ended = max([*stored, *mails, *lives, last_due])

    def per_second(times: list[float]) -> float:
        return round(len(times) / max(max(times, default=first) - first, 1e-9), 1)

    handled = len(stored) + len(mails)
    return {
        "sent": sent["sent"], "send_errors": sent["send_errors"], "send_lag": sent["send_lag"],
        "send_seconds": round(last_due - first, 1),
        "stored": len(stored), "mailed": len(mails), "live_expected": len(watched),
        "live": len(lives), "mail_expected": len(tokens) if mailed else 0,
        "handled_per_second": round(handled / max(ended - first, 1e-9), 1),
        "stored_per_second": per_second(stored), "mailed_per_second": per_second(mails),
        "backlog_seconds_after_last_send": round(ended - last_due, 1),
        "event_to_stored": figures([load.stored.seen[t] - load.due[t] for t in tokens
                                    if t in load.stored.seen]),
        "event_to_live": figures([load.live[t] - load.due[t] for t in watched
                                  if t in load.live]),
        "event_to_mail": figures([load.mail.seen[t] - load.due[t] for t in tokens
                                  if t in load.mail.seen]),
        "cpu_percent": {name: value for name, value in cpu.items() if value},
        "cpu_ms_per_event": cpu_ms_per_update(cpu, seconds, sent["sent"]),
    }


async def open_live(graphql: str, bearers: list[str], seen: dict[str, float],
                    errors: list[str]) -> tuple[list[LiveClient], list[asyncio.Task[None]]]:
    clients = [await LiveClient.open(graphql, bearer, seen, errors) for bearer in bearers]
    return clients, [asyncio.create_task(client.run()) for client in clients]
