"""Benchmark: profile update → recommendations → notification, end to end, at open-loop rates.

Run against a running platform (`make up`), from the repository root:
  .venv/bin/python benchmarks/pipeline.py [--applicants 10000] [--rates 50,200] [--seconds 60]
  [--find-max] [--json FILE]      quick: --applicants 300 --rates 5 --seconds 20

Applicants: tokens are minted with the installation's secret (`.local/infra/jwt_secret`), which
`updateMyProfile` accepts for any fresh account id; `me` needs an account, so the `--watched`
applicants whose lists are read through GraphQL sign up for real, on the profiles service's
`POST /accounts` (a gateway's own path, one Argon2 hash each, one client address each because of
the per-address limit). Every update is tied to its RecommendationsReady on Kafka (its
ApplicantProfileUpdated carries the profile sent; `computed_for` names that event): an upper
bound of "readable", as it is published after the write. A sample (`--sample`, at most
`--max-watch-rate` a second) of watched applicants is polled through GraphQL until their list
differs from the one read just before the update (every update moves the Step 2 score, so every
chance moves) and until a new unread notification shows. Latencies count from each update's
scheduled send time, so a late sender is not hidden (no coordinated omission).

Then (`--find-max`) rising rates for shorter windows, and a catalog change: `--catalog-programs`
Internal Medicine programs get one position more or less through `smartpick catalog import` (an
operator's path; there is no GraphQL mutation for it), timed until matching has handled every
program event and, in its database (read only), flags none of the run's followers. Also a raw
aiokafka baseline on a scratch topic, and the CPU of each process of the stack per phase.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from aiokafka.admin import AIOKafkaAdminClient
from pipeline_load import (
    IM,
    UPDATE,
    WATCH,
    CpuMeter,
    KafkaWatch,
    Update,
    changed_profile,
    figures,
    fingerprint,
    gql,
    kafka_baseline,
    line,
    profile_input,
    random_profile,
    sleep_until,
    wait_for,
)

from smartpick.auth import Principal, Role, issue_token
from smartpick.events.models import ApplicantProfile
from smartpick.mongo import connect

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "a long passphrase"
CATALOG_TITLE = "Programs in your specialties changed"


class Run:
    """What the phases share: the clients, the applicants with their current profiles."""

    def __init__(self, args: argparse.Namespace, http: httpx.AsyncClient, watch: KafkaWatch,
                 cpu: CpuMeter) -> None:
        self.args, self.http, self.watch, self.cpu = args, http, watch, cpu
        self.rng = random.Random(args.seed)
        self.secret = (args.state / "jwt_secret").read_text().strip()
        self.tokens: dict[str, str] = {}
        self.profiles: dict[str, ApplicantProfile] = {}
        self.watched: list[str] = []
        self.idle: set[str] = set()  # watched applicants with nothing in flight
        self.unwatched: list[str] = []

    def prepare(self, applicant: str, scheduled: float,
                profile: ApplicantProfile | None = None) -> tuple[Update, ApplicantProfile]:
        new = profile if profile is not None else changed_profile(self.profiles[applicant],
                                                                  self.rng)
        while (applicant, fingerprint(new)) in self.watch.pending:
            new = changed_profile(new, self.rng)
        self.profiles[applicant] = new
        update = Update(applicant, fingerprint(new), scheduled)
        self.watch.expect(update)
        return update, new

    async def send(self, update: Update, profile: ApplicantProfile) -> None:
        update.sent = time.monotonic()
        try:
            answer = await gql(self.http, self.args.url, UPDATE, self.tokens[update.applicant],
                               {"p": profile_input(profile)})
            if "errors" in answer:
                update.error = answer["errors"][0].get("extensions", {}).get("code", "ERROR")
        except (httpx.HTTPError, ValueError) as error:
            update.error = type(error).__name__
        update.answered = time.monotonic()
        if update.error:
            self.watch.pending.pop((update.applicant, update.key), None)


async def drain(updates: list[Update], seconds: float) -> float | None:
    """Wait until every accepted update's RecommendationsReady was seen; when the last was."""
    accepted = [u for u in updates if u.error is None]
    await wait_for(lambda: all(u.ready_seen is not None for u in accepted),
                   time.monotonic() + seconds)
    seen = [u.ready_seen for u in accepted if u.ready_seen is not None]
    return max(seen) if seen and len(seen) == len(accepted) else None


async def seed(run: Run) -> dict[str, Any]:
    args, started = run.args, time.monotonic()
    signing_up = asyncio.Semaphore(2)
    tag = uuid.uuid4().hex[:8]

    async def sign_up(n: int) -> str:
        async with signing_up:
            response = await run.http.post(
                f"{args.profiles_url}/accounts",
                json={"email": f"bench-{tag}-{n}@example.org", "password": PASSWORD},
                headers={"x-forwarded-for": f"10.{int(tag[:2], 16)}.{n // 256 % 256}.{n % 256}"})
            response.raise_for_status()
            session = response.json()
            run.tokens[session["account"]["id"]] = session["token"]
            return str(session["account"]["id"])

    run.watched = list(await asyncio.gather(*(sign_up(n) for n in range(args.watched))))
    signed_up = time.monotonic() - started
    for _ in range(args.applicants - len(run.watched)):
        applicant = str(uuid.uuid4())
        run.tokens[applicant] = issue_token(Principal(applicant, Role.APPLICANT), run.secret,
                                            24 * 3600)
        run.unwatched.append(applicant)
    run.cpu.phase()
    sending, updates = asyncio.Semaphore(args.concurrency), []

    async def first_profile(applicant: str) -> None:
        async with sending:
            update, profile = run.prepare(applicant, time.monotonic(), random_profile(run.rng))
            updates.append(update)
            await run.send(update, profile)

    send_started = time.monotonic()
    await asyncio.gather(*(first_profile(a) for a in [*run.watched, *run.unwatched]))
    sent = time.monotonic()
    last = await drain(updates, args.drain_timeout)
    cpu = run.cpu.phase()
    # A watched applicant's first list and notice must be in before its first watch reads them.
    settled_by, readable = time.monotonic() + args.watch_timeout, 0
    for applicant in run.watched:
        while True:
            answer = await gql(run.http, args.url, WATCH, run.tokens[applicant])
            if _digest(answer) and answer["data"]["me"]["recommendations"]["totalCount"] \
                    and _newest(answer):
                readable += 1
                run.idle.add(applicant)
                break
            if time.monotonic() > settled_by:
                break
            await asyncio.sleep(0.5)
    errors = sum(u.error is not None for u in updates)
    return {"applicants": len(updates), "watched_signed_up": len(run.watched),
            "sign_up_seconds": round(signed_up, 1), "send_seconds": round(sent - send_started, 1),
            "drain_seconds_after_send": None if last is None else round(last - sent, 1),
            "drained": last is not None, "errors": errors,
            "unreflected": sum(u.ready_seen is None for u in updates if u.error is None),
            "watched_with_list_and_notice": readable, "cpu_percent": cpu}


def _digest(answer: dict[str, Any]) -> str | None:
    data = answer.get("data")
    return json.dumps(data["me"]["recommendations"], sort_keys=True) if data else None


def _newest(answer: dict[str, Any]) -> dict[str, Any] | None:
    data = answer.get("data")
    edges = data["me"]["notifications"]["edges"] if data else []
    return edges[0]["node"] if edges else None


async def watched_update(run: Run, applicant: str, scheduled: float, updates: list[Update],
                         watched: list[Update]) -> None:
    """Read the list, send the update at its time, poll until the list and a notice change."""
    token, args = run.tokens[applicant], run.args
    before = await gql(run.http, args.url, WATCH, token)
    digest, note = _digest(before), _newest(before)
    await sleep_until(scheduled)
    update, profile = run.prepare(applicant, scheduled)
    updates.append(update)
    watched.append(update)
    await run.send(update, profile)
    deadline = scheduled + args.watch_timeout
    while (update.readable is None or update.notified is None) and update.error is None \
            and time.monotonic() < deadline and digest is not None:
        await asyncio.sleep(args.poll_interval)
        answer = await gql(run.http, args.url, WATCH, token)
        now, newest = time.monotonic(), _newest(answer)
        if update.readable is None and _digest(answer) not in (None, digest):
            update.readable = now
        if update.notified is None and newest and newest != note and not newest["read"]:
            update.notified, update.seen_notification = now, newest["id"]
    await wait_for(lambda: update.ready_seen is not None or update.error is not None, deadline)
    if update.readable and update.notified and update.ready_seen:
        run.idle.add(applicant)  # settled: its next watch starts from a stable list


def _summary(updates: list[Update], watched: list[Update], started: float, ended: float,
             last: float | None) -> dict[str, Any]:
    ok = [u for u in updates if u.error is None]
    sent = sorted(u.sent for u in updates if u.sent is not None)
    quarter = max(1, len(ok) // 4)
    by_time = sorted(ok, key=lambda u: u.scheduled)

    def since(items: list[Update], attribute: str) -> list[float]:
        return [getattr(u, attribute) - u.scheduled for u in items
                if getattr(u, attribute) is not None]

    early, late = (figures(since(part, "ready_seen"))["p50"]
                   for part in (by_time[:quarter], by_time[-quarter:]))
    growing = early is None or late is None or late > 1.5 * early + 0.25
    backlog = None if last is None else round(max(0.0, last - ended), 2)
    errors: dict[str, int] = {}
    for u in updates:
        if u.error:
            errors[u.error] = errors.get(u.error, 0) + 1
    return {
        "updates": len(updates), "achieved_rate": round((len(sent) - 1) / (sent[-1] - sent[0]), 2)
        if len(sent) > 1 else None, "errors": errors,
        "send_lag": figures([u.sent - u.scheduled for u in updates if u.sent is not None]),
        "mutation_answered": figures(since(ok, "answered")),
        "profile_event_on_kafka": figures(since(ok, "profile_seen")),
        "ready_on_kafka": figures(since(ok, "ready_seen")),
        "graphql_readable_sample": figures(since(watched, "readable")),
        "graphql_notification_sample": figures(since(watched, "notified")),
        "sample_size": len(watched),
        "graphql_readable_minus_kafka_ready_sample": figures(
            [u.readable - u.ready_seen for u in watched if u.readable and u.ready_seen]),
        "sample_unreflected": sum(u.readable is None for u in watched if u.error is None),
        "sample_notification_id_as_predicted": sum(
            u.seen_notification is not None and u.seen_notification == u.notification_id
            for u in watched),
        "unreflected": sum(u.ready_seen is None for u in ok),
        "backlog_seconds_after_last_send": backlog,
        "ready_p50_first_quarter": early, "ready_p50_last_quarter": late,
        "kept_up": backlog is not None and backlog <= 2.0 and not growing,
        "window_seconds": round(ended - started, 1)}


async def rate_phase(run: Run, rate: float, seconds: float) -> dict[str, Any]:
    """Send `rate` updates a second for `seconds` on a fixed schedule, whatever the answers."""
    args, count = run.args, int(rate * seconds)
    share = min(args.sample, args.max_watch_rate / rate)
    start = time.monotonic() + args.lead + 0.5
    slots = [(start + n / rate, run.rng.random() < share) for n in range(count)]
    # A watched slot starts `lead` seconds early, to read the list before its update.
    events = sorted((at - args.lead if w else at, at, w) for at, w in slots)
    updates: list[Update] = []
    watched: list[Update] = []
    tasks: list[asyncio.Task[None]] = []
    run.cpu.phase()
    for trigger, at, is_watched in events:
        await sleep_until(trigger)
        if is_watched and run.idle:
            applicant = run.rng.choice(sorted(run.idle))
            run.idle.discard(applicant)
            tasks.append(asyncio.create_task(
                watched_update(run, applicant, at, updates, watched)))
            continue
        await sleep_until(at)
        update, profile = run.prepare(run.rng.choice(run.unwatched), at)
        updates.append(update)
        tasks.append(asyncio.create_task(run.send(update, profile)))
    ended = start + count / rate
    # A watched update joins `updates` once sent: wait for every slot's before draining.
    await wait_for(lambda: len(updates) == len(tasks), ended + args.lead + args.watch_timeout)
    last = await drain(updates, args.drain_timeout)
    await asyncio.gather(*tasks)
    cpu = run.cpu.phase()
    return {"rate": rate, "seconds": seconds, **_summary(updates, watched, start, ended, last),
            "cpu_percent": cpu}


async def _matching_lag(run: Run, admin: AIOKafkaAdminClient) -> int:
    committed = await admin.list_consumer_group_offsets("matching")
    consumer = run.watch.consumer
    assert consumer is not None
    mine = [tp for tp in committed if tp.topic == "profiles.programs"]
    ends = await consumer.end_offsets(mine)
    return sum(max(0, ends[tp] - committed[tp].offset) for tp in mine)


async def catalog_phase(run: Run) -> dict[str, Any]:
    """Change programs of Internal Medicine with `smartpick catalog import` (the operator's
    path); wait until matching has handled them all and every follower got a catalog list."""
    args = run.args
    token = run.tokens[run.watched[0]] if run.watched else next(iter(run.tokens.values()))
    programs: list[dict[str, Any]] = []
    after = None
    while len(programs) < args.catalog_programs:
        page = await gql(run.http, args.url, "query($a: String) { programs(first: 100, after: $a,"
                         f' specialty: "{IM}") {{ pageInfo {{ hasNextPage endCursor }} edges {{ '
                         "node { id name specialty positions } } } }", token, {"a": after})
        found = page["data"]["programs"]
        programs += [e["node"] for e in found["edges"]]
        after = found["pageInfo"]["endCursor"]
        if not found["pageInfo"]["hasNextPage"]:
            break
    programs = programs[:args.catalog_programs]
    folder = Path(tempfile.mkdtemp(prefix="bench-catalog-"))
    with (folder / "programs.csv").open("w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "name", "specialty", "positions"])
        for p in programs:  # one more position, or one less: a real change that moves chances
            positions = p["positions"] or 1
            writer.writerow([p["id"], p["name"], p["specialty"],
                             positions + 1 if positions % 2 or positions == 1 else positions - 1])
    (folder / "mapping.json").write_text(json.dumps(
        {"label": "bench-pipeline", "id": "id", "name": "name", "specialty": "specialty",
         "positions": "positions"}))
    followers = {a for a, p in run.profiles.items() if IM in p.specialties}
    notes = [a for a in run.watched if a in followers][:10]
    before = {a: _newest(await gql(run.http, args.url, WATCH, run.tokens[a])) for a in notes}
    run.watch.catalog_first.clear()
    run.watch.catalog_latest.clear()
    run.watch.catalog_count = 0
    run.cpu.phase()
    started = time.monotonic()
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": args.kafka, "MONGODB_URL": args.mongodb,
           "JWT_SECRET": run.secret}
    importer = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "cli.main", "catalog", "import", str(folder / "programs.csv"),
        "--mapping", str(folder / "mapping.json"), "--json", cwd=REPO, env=env,
        stdout=asyncio.subprocess.PIPE)
    report = json.loads((await importer.communicate())[0] or b"{}")
    imported = time.monotonic()
    notified: dict[str, float] = {}
    admin = AIOKafkaAdminClient(bootstrap_servers=args.kafka)
    await admin.start()
    mongo = connect(args.mongodb)
    deadline, done, lag, flagged = started + args.catalog_timeout, False, -1, -1
    try:
        while time.monotonic() < deadline and not done:
            await asyncio.sleep(1.0)
            for applicant in [a for a in notes if a not in notified]:
                newest = _newest(await gql(run.http, args.url, WATCH, run.tokens[applicant]))
                if newest and newest != before[applicant] and newest["title"] == CATALOG_TITLE:
                    notified[applicant] = time.monotonic() - started
            lag = await _matching_lag(run, admin)
            if lag == 0 and followers <= run.watch.catalog_first.keys():
                # Every program event is handled (its flags set); matching clears a follower's
                # flag only after storing a list computed since its latest flag (read-only).
                flagged = await mongo[args.matching_db].applicants.count_documents(
                    {"_id": {"$in": sorted(followers)}, "stale": {"$exists": True}})
                done = flagged == 0
        if done:
            await asyncio.sleep(2.0)  # the outbox relay publishes the last lists' events
    finally:
        await admin.close()
        await mongo.close()
    firsts = [run.watch.catalog_first[a] - started for a in followers
              if a in run.watch.catalog_first]
    latest = [run.watch.catalog_latest[a] - started for a in followers
              if a in run.watch.catalog_latest]
    total = max(latest) if done and latest else None
    return {"programs_changed": len(programs), "import_report": {
                k: report.get(k) for k in ("imported", "rejected")},
            "import_seconds": round(imported - started, 1), "followers": len(followers),
            "followers_with_catalog_list": len(firsts), "settled": done,
            "matching_lag_at_end": lag, "followers_still_flagged": flagged,
            "catalog_recomputations_all_applicants": run.watch.catalog_count,
            "seconds_until_every_follower_reflects": None if total is None else round(total, 1),
            "followers_per_second": None if not total else round(len(followers) / total, 2),
            "first_catalog_list_per_follower": figures(firsts),
            "graphql_notification_sample": figures(list(notified.values())),
            "graphql_notification_sample_size": len(notes), "cpu_percent": run.cpu.phase()}


def _print_rate(result: dict[str, Any]) -> None:
    print(f"rate {result['rate']}/s for {result['seconds']} s: {result['updates']} updates, "
          f"achieved {result['achieved_rate']}/s, errors {result['errors'] or 0}, sample "
          f"{result['sample_size']}")
    for name in ("send_lag", "mutation_answered", "profile_event_on_kafka", "ready_on_kafka",
                 "graphql_readable_sample", "graphql_notification_sample",
                 "graphql_readable_minus_kafka_ready_sample"):
        print(line(name.replace("_", " "), result[name]))
    print(f"  kept up: {result['kept_up']}  (backlog after the last send: "
          f"{result['backlog_seconds_after_last_send']} s; unreflected {result['unreflected']}; "
          f"ready p50 first/last quarter {result['ready_p50_first_quarter']}/"
          f"{result['ready_p50_last_quarter']} s)")
    print(f"  sample: not reflected within --watch-timeout {result['sample_unreflected']}/"
          f"{result['sample_size']}; notification id as predicted from its RecommendationsReady "
          f"{result['sample_notification_id_as_predicted']}/{result['sample_size']}")
    print(f"  cpu % of one core: {result['cpu_percent']}")


async def main(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                              "load_at_start": os.getloadavg(), "cpus": os.cpu_count(),
                              "arguments": {k: str(v) for k, v in vars(args).items()}}
    print(f"{report['date']}  {os.cpu_count()} cores  load at start {report['load_at_start']}")
    watch = KafkaWatch(args.kafka)
    await watch.start()
    reader = asyncio.create_task(watch.run())
    limits = httpx.Limits(max_connections=args.connections)
    try:
        async with httpx.AsyncClient(timeout=60, limits=limits) as http:
            run = Run(args, http, watch, CpuMeter(args.state))
            if not args.skip_baseline:
                report["kafka_baseline"] = base = await kafka_baseline(args.kafka, 1000, 200.0)
                print("kafka baseline (scratch topic):")
                print(line("produce -> consume at 200/s", base["produce_to_consume"]))
                print(f"  throughput, 20,000 x 1 KB: produce {base['produce_per_second']}/s, "
                      f"produce -> consumed {base['end_to_end_per_second']}/s")
            report["seed"] = seeded = await seed(run)
            print(f"seed: {seeded['applicants']} applicants ({seeded['watched_signed_up']} signed "
                  f"up in {seeded['sign_up_seconds']} s), profiles sent in "
                  f"{seeded['send_seconds']} s, drained {seeded['drain_seconds_after_send']} s "
                  f"later (all reflected: {seeded['drained']}), errors {seeded['errors']}, "
                  f"watched with list and notice {seeded['watched_with_list_and_notice']}")
            print(f"  cpu % of one core: {seeded['cpu_percent']}")
            report["rates"] = []
            for rate in args.rates:
                report["rates"].append(result := await rate_phase(run, rate, args.seconds))
                _print_rate(result)
            if args.find_max:
                report["find_max"] = steps = []
                for rate in args.max_rates:
                    steps.append(result := await rate_phase(run, rate, args.max_seconds))
                    _print_rate(result)
                    p99 = result["ready_on_kafka"]["p99"]
                    if not (result["kept_up"] and p99 is not None and p99 < 2.0):
                        break
                good = [s["rate"] for s in steps if s["kept_up"] and
                        s["ready_on_kafka"]["p99"] is not None and s["ready_on_kafka"]["p99"] < 2]
                report["max_sustained_rate"] = max(good, default=None)
                print(f"max sustained rate (p99 to ready < 2 s, no growing backlog): "
                      f"{report['max_sustained_rate']}")
            if not args.skip_catalog:
                report["catalog"] = found = await catalog_phase(run)
                print(f"catalog change: {found['programs_changed']} {IM} programs imported in "
                      f"{found['import_seconds']} s ({found['import_report']}); "
                      f"{found['followers_with_catalog_list']}/{found['followers']} followers got "
                      f"a new list; every follower reflects it after "
                      f"{found['seconds_until_every_follower_reflects']} s "
                      f"({found['followers_per_second']} followers/s, "
                      f"{found['catalog_recomputations_all_applicants']} recomputations of "
                      f"any applicant; settled "
                      f"{found['settled']}, matching lag at end {found['matching_lag_at_end']})")
                print(line("first new list per follower", found["first_catalog_list_per_follower"]))
                print(line("graphql notification sample", found["graphql_notification_sample"]))
                print(f"  cpu % of one core: {found['cpu_percent']}")
    finally:
        reader.cancel()
        await watch.stop()
    report["load_at_end"] = os.getloadavg()
    print(f"load at end {report['load_at_end']}")
    return report


def _numbers(text: str) -> list[float]:
    return [float(part) for part in text.split(",") if part]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000/graphql")
    parser.add_argument("--profiles-url", default="http://127.0.0.1:8001")
    parser.add_argument("--kafka", default="127.0.0.1:9092")
    parser.add_argument("--mongodb", default="mongodb://127.0.0.1:27017/",
                        help="for the catalog importer (it writes the profiles database)")
    parser.add_argument("--matching-db", default="smartpick_matching",
                        help="read-only: which followers matching still has to recompute")
    parser.add_argument("--state", type=Path, default=Path(os.environ.get(
        "SMARTPICK_INFRA_STATE", REPO / ".local" / "infra")))
    parser.add_argument("--applicants", type=int, default=10_000)
    parser.add_argument("--watched", type=int, default=100,
                        help="applicants with a real account, polled through GraphQL")
    parser.add_argument("--concurrency", type=int, default=16, help="while seeding")
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--rates", type=_numbers, default=[50.0, 200.0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--sample", type=float, default=0.05)
    parser.add_argument("--max-watch-rate", type=float, default=10.0)
    parser.add_argument("--poll-interval", type=float, default=0.2)
    parser.add_argument("--lead", type=float, default=2.0,
                        help="seconds before a watched update to read its list")
    parser.add_argument("--watch-timeout", type=float, default=300.0)
    parser.add_argument("--drain-timeout", type=float, default=1800.0)
    parser.add_argument("--find-max", action="store_true")
    parser.add_argument("--max-rates", type=_numbers, default=[50.0, 100.0, 200.0, 400.0, 800.0])
    parser.add_argument("--max-seconds", type=float, default=20.0)
    parser.add_argument("--catalog-programs", type=int, default=500)
    parser.add_argument("--catalog-timeout", type=float, default=3600.0)
    parser.add_argument("--skip-catalog", action="store_true")
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", type=Path)
    arguments = parser.parse_args()
    arguments.watched = min(arguments.watched, arguments.applicants)
    result = asyncio.run(main(arguments))
    if arguments.json:
        arguments.json.write_text(json.dumps(result, indent=2))
