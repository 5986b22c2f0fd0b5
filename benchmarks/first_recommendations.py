"""How long a brand-new user waits for a first list: sign up through GraphQL, save a first
profile, poll until the recommendations reflect it (``profileUpdatedAt`` at least the profile's
``updatedAt``).

Right after a fresh start (state folder removed, so the demo catalog is seeded anew):
  make up && .venv/bin/python benchmarks/first_recommendations.py --up-finished "$(date +%s.%N)"
"""

from __future__ import annotations

import argparse
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx

SIGN_UP = ("mutation($e: String!, $p: String!) { signUp(input: {email: $e, password: $p}) "
           "{ token } }")
UPDATE = "mutation($p: ProfileInput!) { updateMyProfile(input: $p) { updatedAt } }"
READ = "{ me { recommendations(first: 1) { totalCount profileUpdatedAt } } }"
PROFILE = {"applicantType": "NON_US_IMG", "graduationYear": 2022, "step2Score": 245,
           "visa": "J1", "usceMonths": 3, "ecfmgCertified": True,
           "specialties": ["Internal Medicine"], "preferredStates": ["NY"]}


def utc(text: str | None) -> datetime | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def ask(http: httpx.Client, url: str, query: str, variables: dict[str, Any],
        token: str | None = None) -> dict[str, Any]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    answer = http.post(url, json={"query": query, "variables": variables}, headers=headers).json()
    if "errors" in answer:
        raise SystemExit(f"{query.split('(')[0]}: {answer['errors']}")
    data: dict[str, Any] = answer["data"]
    return data


def settled(http: httpx.Client, args: argparse.Namespace, token: str, count: int,
            updated: float) -> None:
    """Whether the first list was already complete: the catalog may still be arriving in
    matching, so watch totalCount until it stays the same for `--stable` seconds."""
    changed, last = time.time(), count
    while time.time() - changed < args.stable:
        time.sleep(0.5)
        count = ask(http, args.url, READ, {}, token)["me"]["recommendations"]["totalCount"]
        if count != last:
            changed, last = time.time(), count
    print(f"totalCount {last}, unchanged since {changed - args.up_finished:.2f} s after `make up` "
          f"finished ({changed - updated:.2f} s after the update)")


def main(args: argparse.Namespace) -> None:
    with httpx.Client(timeout=30) as http:
        email = f"first-{uuid.uuid4().hex[:8]}@example.org"
        token = ask(http, args.url, SIGN_UP, {"e": email, "p": "a long passphrase"})["signUp"][
            "token"]
        updated = time.time()
        saved = ask(http, args.url, UPDATE, {"p": PROFILE}, token)["updateMyProfile"]
        saved_at = utc(saved["updatedAt"])
        assert saved_at is not None
        deadline, polls = updated + args.timeout, 0
        while time.time() < deadline:
            found = ask(http, args.url, READ, {}, token)["me"]["recommendations"]
            polls += 1
            seen = utc(found["profileUpdatedAt"])
            if seen is not None and seen >= saved_at:
                now = time.time()
                print(f"first list readable: {now - args.up_finished:.2f} s after `make up` "
                      f"finished, {now - updated:.2f} s after updateMyProfile was sent "
                      f"({polls} reads; totalCount {found['totalCount']})")
                settled(http, args, token, found["totalCount"], updated)
                return
            time.sleep(args.poll)
        raise SystemExit(f"not reflected within {args.timeout} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000/graphql")
    parser.add_argument("--up-finished", type=float, default=time.time(),
                        help="epoch seconds when `make up` finished (default: now)")
    parser.add_argument("--poll", type=float, default=0.1)
    parser.add_argument("--stable", type=float, default=15.0)
    parser.add_argument("--timeout", type=float, default=600.0)
    main(parser.parse_args())
