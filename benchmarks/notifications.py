"""Benchmark: notices handled per second (in-app + email) and the latency from the upstream event
to the live subscription and to the mail server, on real servers.

Run from the repository root (`make bench-notifications`, or `--quick`, under a minute):
  .venv/bin/python benchmarks/notifications.py [--quick] [--people 200] [--live 40]
  [--rates 10] [--seconds 30] [--find-max] [--load message|verified] [--json FILE]

It starts its own Kafka, FerretDB and Mailpit (deploy/local/infra.py), the notifications service
and a gateway, on ports apart from `make up`'s and the tests' (notifications_stack.py), with the
platform's default settings, and stops them at the end. Synthetic people are registered and
verified through profiles' account events; each verification's notice is the warm-up (a burst).
The measured events (`--load`) are MentorshipMessagePosted, one notice to the other side,
in-app + live + email; where this code sends those in-app only (no mail came for a probe), the
load is AccountEmailVerified instead, an account notice on the same three channels, and the run
says so. Events go out open-loop at each rate, each with a token in its text; a notice counts as
stored when its NotificationAdded is on Kafka, live when a WebSocket subscription through the
gateway (held open for the first `--live` people) hears it, mailed at Mailpit's `Created`.
Latencies count from each event's scheduled send time (no coordinated omission). Baselines in
the same run: raw aiokafka produce → consume on the same broker, raw aiosmtplib → Mailpit.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import notifications_stack as stack_of
from notifications_baseline import smtp_baseline
from notifications_load import MESSAGE, VERIFIED, Load, open_live, principal
from notifications_watch import LiveClient, MailWatch, StoredWatch
from pipeline_kafka import kafka_baseline
from pipeline_load import CpuMeter, line

from smartpick.auth import issue_token
from smartpick.publisher import Publisher

REPO = Path(__file__).resolve().parents[1]
BASELINE_SEQ = 9_000_000
"""Token numbers of the baseline's mail, apart from the events'."""


def _print_phase(title: str, found: dict[str, Any]) -> None:
    print(f"{title}: sent {found['sent']} in {found['send_seconds']} s (errors "
          f"{found['send_errors']}); stored {found['stored']}, mailed {found['mailed']}/"
          f"{found['mail_expected']}, live {found['live']}/{found['live_expected']}")
    print(f"  handled {found['handled_per_second']}/s (stored + mailed; stored "
          f"{found['stored_per_second']}/s, mailed {found['mailed_per_second']}/s); backlog "
          f"after the last send {found['backlog_seconds_after_last_send']} s"
          + ("" if found["kept_up"] is None else f"; kept up: {found['kept_up']}"))
    for name in ("send_lag", "event_to_stored", "event_to_live", "event_to_mail"):
        print(line(name.replace("_", " "), found[name]))
    print(f"  cpu % of one core: {found['cpu_percent']}")
    print(f"  cpu ms per event: {found['cpu_ms_per_event']}")


def kept_up(found: dict[str, Any], max_p99: float) -> bool:
    """Everything arrived, and p99 of every channel under ``max_p99`` seconds."""
    complete = (found["stored"] == found["sent"] and found["mailed"] == found["mail_expected"]
                and found["live"] == found["live_expected"])
    p99s = [found[name]["p99"] for name in ("event_to_stored", "event_to_live", "event_to_mail")
            if found[name]["n"]]
    return complete and all(p99 < max_p99 for p99 in p99s)


async def phase(load: Load, title: str, rate: float, count: int, drain: float,
                max_p99: float) -> dict[str, Any]:
    sent = await load.send(rate, count)
    found = await load.settle(sent, mailed=True, drain=drain)
    found.update(rate=rate, kept_up=kept_up(found, max_p99) if rate else None)
    _print_phase(title, found)
    return found


async def choose_load(load: Load, args: argparse.Namespace, report: dict[str, Any]) -> None:
    """Message notices, if this code mails them (a probe of 4); else verification notices."""
    load.kind = args.load or MESSAGE
    if args.load:
        return
    probe = await load.settle(await load.send(4.0, 4), mailed=True, drain=20, stall=3)
    if probe["stored"] and not probe["mailed"]:
        load.kind = VERIFIED
        report["load_note"] = ("MentorshipMessagePosted notices are in-app only on this code "
                               "(a probe of 4 was stored, none mailed): measured with "
                               "AccountEmailVerified events (in-app + live + email) instead")
        print(f"note: {report['load_note']}")


async def measure(args: argparse.Namespace, stack: stack_of.Stack,
                  report: dict[str, Any]) -> None:
    servers = stack.servers
    meter = CpuMeter(servers.state)
    publisher = Publisher(servers.kafka_bootstrap, "/bench", stack.prefix)
    stored = StoredWatch(servers.kafka_bootstrap, stack.prefix + "notifications.added")
    mail = MailWatch(servers.mail_web_url)
    await publisher.start()
    await stored.start()
    live: dict[str, float] = {}
    live_errors: list[str] = []
    clients: list[LiveClient] = []
    tasks: list[asyncio.Task[None]] = []
    async with httpx.AsyncClient(timeout=30) as http:
        await mail.clear(http)
        tasks = [asyncio.create_task(stored.run()), asyncio.create_task(mail.run(http))]
        try:
            run = stack.prefix[2:10]
            if not args.skip_baseline:
                await baselines(args, stack, mail, run, report)
            load = Load(run, args.people, args.live, publisher, stored, mail, live, meter,
                        kind=VERIFIED)
            bearers = [issue_token(principal(run, p), stack.secret, 7200)
                       for p in range(args.live)]
            clients, readers = await open_live(stack.graphql, bearers, live, live_errors)
            tasks += readers
            await asyncio.sleep(1.0)  # the gateway registers each subscription
            await load.register_everyone()
            report["warm_up"] = await phase(
                load, f"warm-up: {args.people} people verified at once (account notices)",
                0.0, args.people, args.drain_timeout, args.max_p99)
            await choose_load(load, args, report)
            report["load"] = load.kind
            report["rates"] = [await phase(load, f"{load.kind} events at {rate:g}/s", rate,
                                           round(rate * args.seconds), args.drain_timeout,
                                           args.max_p99) for rate in args.rates]
            behind = [p["rate"] for p in report["rates"] if not p["kept_up"]]
            if args.find_max and behind:  # a backlog left would burden every later phase
                print(f"find-max skipped: {behind[0]:g}/s was more than it kept up with")
            elif args.find_max:
                report["find_max"] = steps = []
                for rate in [r for r in args.max_rates if r > max(args.rates)]:
                    steps.append(await phase(load, f"find-max: {load.kind} events at {rate:g}/s",
                                             rate, round(rate * args.max_seconds),
                                             args.drain_timeout, args.max_p99))
                    if not steps[-1]["kept_up"]:
                        break
            report["live_errors"], report["mail_without_token"] = live_errors[:5], mail.other
        finally:
            for client in clients:
                await client.close()
            for task in tasks:
                task.cancel()
            await stored.stop()
            await publisher.stop()
    print_summary(report)


async def baselines(args: argparse.Namespace, stack: stack_of.Stack, mail: MailWatch,
                    run: str, report: dict[str, Any]) -> None:
    servers = stack.servers
    report["kafka_baseline"] = kafka = await kafka_baseline(
        servers.kafka_bootstrap, args.baseline_messages, args.baseline_rate, args.baseline_bulk)
    print("baseline, raw aiokafka on the same broker (scratch topic):")
    print(line(f"produce -> consume at {args.baseline_rate:g}/s", kafka["produce_to_consume"]))
    print(f"  throughput, {args.baseline_bulk:,} x 1 KB: produce {kafka['produce_per_second']}/s, "
          f"produce -> consumed {kafka['end_to_end_per_second']}/s")
    report["smtp_baseline"] = smtp = await smtp_baseline(
        "127.0.0.1", servers.mail_smtp_port, mail, run, BASELINE_SEQ, args.baseline_messages,
        args.baseline_rate, args.baseline_mails)
    print("baseline, raw aiosmtplib -> Mailpit (the service's MIME message, a connection each):")
    print(line(f"send -> Mailpit Created at {args.baseline_rate:g}/s",
               smtp["send_to_mailpit"]))
    print(f"  one sender, one message after another: {smtp['serial_per_second']}/s "
          f"({smtp['serial_arrived']}/{smtp['serial_messages']} arrived)")


def print_summary(report: dict[str, Any]) -> None:
    """The phase that kept up at the highest rate, against the baselines."""
    phases = [*report.get("rates", []), *report.get("find_max", [])]
    good = [p for p in phases if p["kept_up"]]
    best = max(good, key=lambda p: p["rate"], default=None)
    # the warm-up's burst too: a queue that never runs dry shows the capacity best
    bursts = [report["warm_up"]] if "warm_up" in report else []
    peak = max([*bursts, *phases], key=lambda p: p["handled_per_second"], default=None)
    print(f"summary ({report.get('load')} events):")
    if best:
        print(f"  highest rate kept up (everything arrived, p99 < max-p99 on every channel): "
              f"{best['rate']:g}/s = {best['handled_per_second']}/s handled")
    if peak:
        print(f"  most handled in a phase: {peak['handled_per_second']}/s (stored "
              f"{peak['stored_per_second']}/s, mailed {peak['mailed_per_second']}/s, "
              + (f"at {peak['rate']:g}/s)" if peak["rate"] else "the warm-up's burst)"))
    kafka, smtp = report.get("kafka_baseline"), report.get("smtp_baseline")
    slow = phases[0] if phases else None
    if slow and kafka and smtp:
        kafka_p50 = kafka["produce_to_consume"]["p50"]
        smtp_p50 = smtp["send_to_mailpit"]["p50"]
        for name, base, label in (("event_to_stored", kafka_p50, "raw Kafka"),
                                  ("event_to_live", kafka_p50, "raw Kafka"),
                                  ("event_to_mail", smtp_p50, "raw SMTP")):
            p50 = slow[name]["p50"]
            if p50 is not None and base:
                print(f"  at {slow['rate']:g}/s, {name.replace('_', ' ')} p50 "
                      f"{p50 * 1000:.0f} ms = {p50 / base:.1f}x the {label} p50 "
                      f"({base * 1000:.0f} ms)")
        if peak:
            print(f"  mailed {peak['mailed_per_second']}/s = "
                  f"{peak['mailed_per_second'] / smtp['serial_per_second']:.2f}x one raw SMTP "
                  f"sender ({smtp['serial_per_second']}/s)")


async def main(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                              "load_at_start": os.getloadavg(), "cpus": os.cpu_count(),
                              "arguments": {k: str(v) for k, v in vars(args).items()}}
    print(f"{report['date']}  {os.cpu_count()} cores  load at start {report['load_at_start']}"
          f"  {cpu_pressure()}")
    stack = stack_of.new_stack(args.state, args.kafka_port, args.ferretdb_port, args.smtp_port,
                               args.mail_port, args.notifications_port, args.gateway_port)
    began = time.monotonic()
    try:
        await asyncio.to_thread(stack_of.start, stack)
        print(f"servers and apps started in {time.monotonic() - began:.1f} s "
              f"(state {args.state})")
        await measure(args, stack, report)
    finally:
        if not args.keep_servers:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(stack_of.stop, stack)
    report["load_at_end"] = os.getloadavg()
    print(f"load at end {report['load_at_end']}  {cpu_pressure()}  "
          f"({time.monotonic() - began:.0f} s in all)")
    return report


def cpu_pressure() -> str:
    """How long runnable tasks waited for a core lately (Linux PSI): other load on the machine."""
    with contextlib.suppress(OSError):
        return "cpu pressure " + Path("/proc/pressure/cpu").read_text().splitlines()[0]
    return ""


def _numbers(text: str) -> list[float]:
    return [float(part) for part in text.split(",") if part]


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="20 people, 10/s for 8 s, small baselines")
    parser.add_argument("--load", choices=(MESSAGE, VERIFIED),
                        help="default: message, unless this code mails no message notices")
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--live", type=int, default=40, help="people with a live subscription")
    parser.add_argument("--rates", type=_numbers, default=[10.0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--find-max", action="store_true")
    parser.add_argument("--max-rates", type=_numbers, help="tried in turn above --rates, "
                        "until one is not kept up (its figures are the capacity overloaded)",
                        default=[12.5, 15.0, 20.0, 25.0, 35.0, 50.0, 75.0, 100.0, 150.0, 200.0])
    parser.add_argument("--max-seconds", type=float, default=15.0)
    parser.add_argument("--max-p99", type=float, default=2.0)
    parser.add_argument("--drain-timeout", type=float, default=60.0)
    parser.add_argument("--baseline-rate", type=float,
                        help="raw Kafka and SMTP latency rate; default: the first of --rates")
    parser.add_argument("--baseline-seconds", type=float, default=10.0)
    parser.add_argument("--baseline-bulk", type=int, default=20_000,
                        help="1 KB messages produced at once: raw Kafka throughput")
    parser.add_argument("--baseline-mails", type=int, default=200,
                        help="sent one after another: raw SMTP throughput")
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--state", type=Path, default=REPO / ".local" / "bench-notifications")
    parser.add_argument("--kafka-port", type=int, default=39192, help="its controller: +1")
    parser.add_argument("--ferretdb-port", type=int, default=27917)
    parser.add_argument("--smtp-port", type=int, default=11125)
    parser.add_argument("--mail-port", type=int, default=18125)
    parser.add_argument("--notifications-port", type=int, default=8103)
    parser.add_argument("--gateway-port", type=int, default=8100)
    parser.add_argument("--keep-servers", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.quick:
        args.people, args.live, args.rates, args.seconds = 20, 6, [10.0], 8.0
        args.baseline_seconds, args.baseline_bulk, args.baseline_mails = 3.0, 2_000, 40
        args.drain_timeout, args.find_max = 20.0, False
    args.baseline_rate = args.baseline_rate or args.rates[0]
    args.baseline_messages = max(1, round(args.baseline_rate * args.baseline_seconds))
    args.live = min(args.live, args.people)
    return args


if __name__ == "__main__":
    parsed = arguments()
    result = asyncio.run(main(parsed))
    if parsed.json:
        parsed.json.write_text(json.dumps(result, indent=2))
