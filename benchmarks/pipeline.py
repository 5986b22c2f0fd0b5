"""Benchmark: profile update → recommendations → notification, end to end, at open-loop rates.

Run against a running platform (`make up`), from the repository root:
  .venv/bin/python benchmarks/pipeline.py [--applicants 10000] [--rates 50,200] [--seconds 60]
  [--find-max] [--catalog-programs 500] [--json FILE]
  quick: --applicants 300 --rates 5,50 --seconds 20 --catalog-programs 100

Applicants: tokens are minted with the installation's secret (`.local/infra/jwt_secret`), which
`updateMyProfile` accepts for any fresh account id; the `--watched` applicants read through
GraphQL (`me` needs an account) sign up for real. Every update is tied on Kafka to the
RecommendationsReady that reflects it (pipeline_kafka.py), an upper bound of "readable", as
matching computes lists when read, and to its notice's NotificationAdded. A sample (`--sample`,
at most `--max-watch-rate` a second) of watched applicants is polled through GraphQL until
`profileUpdatedAt` reaches the mutation's `updatedAt` (the list reflects the update exactly
then), and with `--watch-inbox` until a new unread notice shows (an inbox read scans every
stored notice on FerretDB, so by default notices are timed on Kafka only). Latencies
count from each update's scheduled send time, so a late sender is not hidden (no coordinated
omission). Then (`--find-max`) rising rates for shorter windows, the catalog change
(pipeline_catalog.py), a raw aiokafka baseline on a scratch topic, and the CPU of each process
of the stack per phase. Nothing reads a service's database.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from pipeline_catalog import catalog_phase
from pipeline_kafka import KafkaWatch, kafka_baseline
from pipeline_load import IM, CpuMeter, line
from pipeline_phases import Run, rate_phase, seed

from gateway.pools import Pools

REPO = Path(__file__).resolve().parents[1]


def _print_rate(result: dict[str, Any], inbox: bool) -> None:
    """``inbox``: the watched applicants read their inbox (--watch-inbox); without it the
    sample sees no notification, and its figures for one are left out."""
    print(f"rate {result['rate']}/s for {result['seconds']} s: {result['updates']} updates, "
          f"achieved {result['achieved_rate']}/s, errors {result['errors'] or 0}, sample "
          f"{result['sample_size']} (watch reads unanswered, retried: "
          f"{result['failed_watch_polls']})")
    for name in ("send_lag", "mutation_answered", "profile_event_on_kafka", "ready_on_kafka",
                 "notification_on_kafka", "graphql_readable_sample",
                 *(("graphql_notification_sample",) if inbox else ()),
                 "graphql_readable_minus_kafka_ready_sample"):
        print(line(name.replace("_", " "), result[name]))
    print(f"  kept up: {result['kept_up']}  (backlog after the last send: "
          f"{result['backlog_seconds_after_last_send']} s, of notices "
          f"{result['notices_backlog_seconds_after_last_send']} s; unreflected "
          f"{result['unreflected']}, of which lists behind their last profile "
          f"{result['unreflected_lists_behind']}; "
          f"superseded in a batch {result['superseded_in_batch']}; ready p50 first/last quarter "
          f"{result['ready_p50_first_quarter']}/{result['ready_p50_last_quarter']} s)")
    predicted = (f"; notification id as predicted from its RecommendationsReady "
                 f"{result['sample_notification_id_as_predicted']}/{result['sample_size']}"
                 if inbox else "; inbox not read (--watch-inbox)")
    print(f"  sample: not reflected within --watch-timeout {result['sample_unreflected']}/"
          f"{result['sample_size']}{predicted}")
    handling = result["list_handling"]
    print(f"  notifications' list handler: running {handling['busy_percent']} % of the phase, "
          f"{handling['told_per_busy_second']} people told per second of it")
    print(f"  cpu % of one core: {result['cpu_percent']}")
    print(f"  cpu ms per update: {result['cpu_ms_per_update']}")


def _print_seed(seeded: dict[str, Any]) -> None:
    print(f"seed: {seeded['applicants']} applicants ({seeded['watched_signed_up']} signed up in "
          f"{seeded['sign_up_seconds']} s), profiles sent in {seeded['send_seconds']} s "
          f"({seeded['profiles_per_second_sent']}/s), drained "
          f"{seeded['drain_seconds_after_send']} s later (all reflected: {seeded['drained']}), "
          f"notices handled {seeded['notices_drain_seconds_after_send']} s after the send, "
          f"errors {seeded['errors']}, unreflected {seeded['unreflected']} (lists behind "
          f"their last profile {seeded['unreflected_lists_behind']}), watched with list and notice "
          f"{seeded['watched_with_list_and_notice']}")
    print(f"  cpu % of one core: {seeded['cpu_percent']}")
    print(f"  cpu ms per update: {seeded['cpu_ms_per_update']}")


def _print_catalog(found: dict[str, Any]) -> None:
    print(f"catalog change: {found['programs_changed']} {IM} programs imported in "
          f"{found['import_seconds']} s ({found['import_report']}), program events consumed "
          f"after {found['program_events_consumed_seconds']} s; "
          f"{found['followers_with_catalog_list']}/{found['followers']} followers told, every "
          f"one after {found['seconds_until_every_follower_told']} s (last catalog event "
          f"{found['seconds_until_last_catalog_event']} s, {found['notify_passes']} notify "
          f"passes, {found['catalog_events_all_applicants']} catalog events in all, telling "
          f"{found['followers_per_second_while_telling']} followers/s; settled "
          f"{found['settled']})")
    print(line("catalog event per follower", found["first_catalog_event_per_follower"]))
    print(line("graphql notification sample", found["graphql_notification_sample"]))
    print(f"  cpu % of one core: {found['cpu_percent']}")


async def _find_max(run: Run, report: dict[str, Any]) -> None:
    report["find_max"] = steps = []
    for rate in run.args.max_rates:
        steps.append(result := await rate_phase(run, rate, run.args.max_seconds))
        _print_rate(result, run.args.watch_inbox)
        p99 = result["ready_on_kafka"]["p99"]
        if not (result["kept_up"] and p99 is not None and p99 < 2.0):
            break
    good = [s["rate"] for s in steps if s["kept_up"] and
            s["ready_on_kafka"]["p99"] is not None and s["ready_on_kafka"]["p99"] < 2]
    report["max_sustained_rate"] = max(good, default=None)
    print(f"max sustained rate (p99 to ready < 2 s, no growing backlog): "
          f"{report['max_sustained_rate']}")


async def main(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                              "load_at_start": os.getloadavg(), "cpus": os.cpu_count(),
                              "arguments": {k: str(v) for k, v in vars(args).items()}}
    print(f"{report['date']}  {os.cpu_count()} cores  load at start {report['load_at_start']}")
    watch = KafkaWatch(args.kafka)
    await watch.start()
    reader = asyncio.create_task(watch.run())
    # the gateway's own pools (gateway/pools.py): on one pool of 200 connections the load
    # generator spent 12.5 ms of CPU per update once the stack fell behind, on these 2 cores
    try:
        async with httpx.AsyncClient(timeout=60, transport=Pools.sharing(args.connections)) \
                as http:
            run = Run(args, http, watch, CpuMeter(args.state))
            if not args.skip_baseline:
                report["kafka_baseline"] = base = await kafka_baseline(args.kafka, 1000, 200.0)
                print("kafka baseline (scratch topic):")
                print(line("produce -> consume at 200/s", base["produce_to_consume"]))
                print(f"  throughput, 20,000 x 1 KB: produce {base['produce_per_second']}/s, "
                      f"produce -> consumed {base['end_to_end_per_second']}/s")
            report["seed"] = await seed(run)
            _print_seed(report["seed"])
            report["rates"] = []
            for rate in args.rates:
                report["rates"].append(result := await rate_phase(run, rate, args.seconds))
                _print_rate(result, run.args.watch_inbox)
            if args.find_max:
                await _find_max(run, report)
            if not args.skip_catalog:
                report["catalog"] = await catalog_phase(run)
                _print_catalog(report["catalog"])
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
    parser.add_argument("--notifications-url", default="http://127.0.0.1:8003",
                        help="its /metrics: how busy its list handler was in each phase")
    parser.add_argument("--kafka", default="127.0.0.1:9092")
    parser.add_argument("--mongodb", default="mongodb://127.0.0.1:27017/",
                        help="for the catalog importer (it writes the profiles database)")
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
    parser.add_argument("--watch-timeout", type=float, default=300.0)
    parser.add_argument("--watch-inbox", action="store_true",
                        help="watched applicants read their inbox too (a scan of every notice "
                             "on FerretDB, so it loads the stack it measures)")
    parser.add_argument("--drain-timeout", type=float, default=1800.0)
    parser.add_argument("--find-max", action="store_true")
    parser.add_argument("--max-rates", type=_numbers, default=[50.0, 100.0, 200.0, 400.0, 800.0])
    parser.add_argument("--max-seconds", type=float, default=20.0)
    parser.add_argument("--catalog-programs", type=int, default=500)
    parser.add_argument("--catalog-settle", type=float, default=15.0,
                        help="seconds without a catalog event before the phase is done")
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
