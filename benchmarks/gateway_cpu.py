"""Gateway CPU per profile update: what the parse and validation caches save.

The gateway runs in-process (ASGI) with the profiles service answered by an httpx mock, so the
CPU measured is the gateway's (and the in-process client's, the same in both rows). Rows:

- repeated: the same `updateMyProfile` text with new variables each time, as clients send it;
  parsed and validated once, then served from the caches;
- baseline: the same operation made a distinct text each time (a numbered comment), so every
  request is parsed and validated, as before the caches.

Run: .venv/bin/python benchmarks/gateway_cpu.py [--rounds R] [--requests N].
Not a test: figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import time
from collections.abc import Callable

import httpx

from gateway.main import create_app
from gateway.settings import Settings
from smartpick.auth import Principal, Role, issue_token
from smartpick.events.models import ApplicantProfile, ApplicantType

SECRET = "benchmark-secret-of-at-least-32-characters"
UPDATE = ("mutation($s: Int!) { updateMyProfile(input: {applicantType: NON_US_IMG, "
          'graduationYear: 2021, step2Score: $s, specialties: ["Internal Medicine"]}) '
          "{ step2Score updatedAt } }")
SAVED = {**ApplicantProfile(applicant_type=ApplicantType.NON_US_IMG, graduation_year=2021,
                            step2_score=240, specialties=["Internal Medicine"]
                            ).model_dump(mode="json"), "updated_at": "2026-11-29T00:00:00Z"}


def _profiles(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=SAVED)


async def _rounds(rounds: int, requests: int) -> dict[str, list[float]]:
    """CPU milliseconds per request of each row, in alternating rounds (the machine's other
    load then weighs on both alike)."""
    app = create_app(Settings(jwt_secret=SECRET, environment="test", log_level="WARNING",
                              profiles_url="http://profiles", matching_url="http://matching",
                              notifications_url="http://notifications"))
    app.state.http = httpx.AsyncClient(transport=httpx.MockTransport(_profiles))
    token = issue_token(Principal("bench-applicant", Role.APPLICANT), SECRET, 3600)
    transport = httpx.ASGITransport(app=app, client=("192.0.2.10", 40000))
    texts: dict[str, Callable[[int], str]] = {
        "repeated": lambda n: UPDATE, "baseline": lambda n: f"{UPDATE} # request {n}"}
    found: dict[str, list[float]] = {row: [] for row in texts}
    sent = 0
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        async def send(text: str) -> None:
            nonlocal sent
            sent += 1
            answer = await client.post("/graphql", headers={"authorization": f"Bearer {token}"},
                                       json={"query": text, "variables": {"s": 200 + sent % 60}})
            assert "errors" not in answer.json(), answer.text
        await send(UPDATE)
        for _ in range(rounds):
            for row, text in texts.items():
                started = time.process_time()
                for _ in range(requests):
                    await send(text(sent))
                found[row].append((time.process_time() - started) / requests * 1000)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--requests", type=int, default=300, help="per row and round")
    args = parser.parse_args()
    logging.disable(logging.INFO)  # the same in both rows; the service call's log line is not
    found = asyncio.run(_rounds(args.rounds, args.requests))
    baseline, repeated = (statistics.median(found[row]) for row in ("baseline", "repeated"))
    print(f"updateMyProfile, in-process gateway, CPU ms per request (median of {args.rounds} "
          f"rounds of {args.requests}, rows alternating)")
    print(f"  baseline (each text new: parsed and validated) {baseline:7.2f}")
    print(f"  repeated text (parse and validation cached)    {repeated:7.2f}")
    print(f"  saved per request {baseline - repeated:.2f} ms, ratio {baseline / repeated:.2f}x")


if __name__ == "__main__":
    main()
