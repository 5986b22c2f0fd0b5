"""The catalog phase of benchmarks/pipeline.py: `--catalog-programs` Internal Medicine programs
get one position more or less through `smartpick catalog import` (an operator's path; there is
no GraphQL mutation for it). Matching records one change per batch of program events and, once
changes settle, publishes a RecommendationsReady with reason "catalog" for every follower of the
changed specialties; notifications then replaces each follower's list notice. Measured through
Kafka (every follower's catalog event) and GraphQL (a sample's new notice) only."""

from __future__ import annotations

import asyncio
import csv
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pipeline_kafka import GroupLag
from pipeline_load import IM, WATCH_INBOX, figures, gql
from pipeline_phases import Run, newest_note

REPO = Path(__file__).resolve().parents[1]
CATALOG_TITLE = "Programs in your specialties changed"


async def programs_of(run: Run, token: str, wanted: int) -> list[dict[str, Any]]:
    programs: list[dict[str, Any]] = []
    after = None
    while len(programs) < wanted:
        page = await gql(run.http, run.args.url, "query($a: String) { programs(first: 100, "
                         f'after: $a, specialty: "{IM}") {{ pageInfo {{ hasNextPage endCursor }}'
                         " edges { node { id name specialty positions } } } }", token, {"a": after})
        found = page["data"]["programs"]
        programs += [e["node"] for e in found["edges"]]
        after = found["pageInfo"]["endCursor"]
        if not found["pageInfo"]["hasNextPage"]:
            break
    return programs[:wanted]


def write_import(programs: list[dict[str, Any]]) -> Path:
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
    return folder


async def catalog_phase(run: Run) -> dict[str, Any]:
    """Import the change; done once matching consumed every program event, every follower got
    a catalog RecommendationsReady, and no catalog event came for `--catalog-settle` seconds
    (so a later notify pass, if the import spanned several, is counted too)."""
    args, watch = run.args, run.watch
    token = run.tokens[run.watched[0]] if run.watched else next(iter(run.tokens.values()))
    programs = await programs_of(run, token, args.catalog_programs)
    folder = write_import(programs)
    followers = {a for a, p in run.profiles.items() if IM in p.specialties}
    notes = [a for a in run.watched if a in followers][:10]
    before = {a: newest_note(await gql(run.http, args.url, WATCH_INBOX, run.tokens[a]))
              for a in notes}
    watch.reset_catalog()
    run.cpu.phase()
    started = time.monotonic()
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": args.kafka, "MONGODB_URL": args.mongodb,
           "JWT_SECRET": run.secret}
    importer = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "cli.main", "catalog", "import", str(folder / "programs.csv"),
        "--mapping", str(folder / "mapping.json"), "--json", cwd=REPO, env=env,
        stdout=asyncio.subprocess.PIPE)
    try:
        output = (await asyncio.wait_for(importer.communicate(), args.catalog_timeout))[0]
    finally:
        if importer.returncode is None:
            importer.kill()
    report = json.loads(output or b"{}")
    imported = time.monotonic()
    notified: dict[str, float] = {}
    consumed: float | None = None
    deadline, done, lag = started + args.catalog_timeout, False, -1
    async with GroupLag(args.kafka) as lags:
        while time.monotonic() < deadline and not done:
            await asyncio.sleep(1.0)
            for applicant in [a for a in notes if a not in notified]:
                note = newest_note(await gql(run.http, args.url, WATCH_INBOX,
                                             run.tokens[applicant]))
                if note and note != before[applicant] and note["title"] == CATALOG_TITLE \
                        and not note["read"]:
                    notified[applicant] = time.monotonic() - started
            lag = await lags.of("matching", "profiles.programs")
            if lag == 0 and consumed is None:
                consumed = time.monotonic()
            quiet = watch.catalog_last is not None and \
                time.monotonic() - watch.catalog_last >= args.catalog_settle
            done = lag == 0 and followers <= watch.catalog_first.keys() and quiet
    firsts = [watch.catalog_first[a] - started for a in followers if a in watch.catalog_first]
    latest = [watch.catalog_latest[a] - started for a in followers if a in watch.catalog_latest]
    every = max(firsts) if len(firsts) == len(followers) and firsts else None
    return {"programs_changed": len(programs), "import_report": {
                k: report.get(k) for k in ("imported", "rejected")},
            "import_seconds": round(imported - started, 1), "followers": len(followers),
            "followers_with_catalog_list": len(firsts), "settled": done,
            "program_events_consumed_seconds": None if consumed is None
            else round(consumed - started, 1), "matching_lag_at_end": lag,
            "notify_passes": len(watch.catalog_batches),
            "catalog_events_all_applicants": watch.catalog_count,
            "seconds_until_every_follower_told": None if every is None else round(every, 1),
            "seconds_until_last_catalog_event": round(max(latest), 1) if latest else None,
            "notify_seconds_first_to_last_follower": round(max(firsts) - min(firsts), 1)
            if firsts else None,
            "followers_per_second_while_telling": round(len(firsts) / (max(firsts) - min(firsts)))
            if len(firsts) > 1 and max(firsts) > min(firsts) else None,
            "first_catalog_event_per_follower": figures(firsts),
            "graphql_notification_sample": figures(list(notified.values())),
            "graphql_notification_sample_size": len(notes), "cpu_percent": run.cpu.phase()}
