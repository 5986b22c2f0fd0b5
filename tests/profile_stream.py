"""Profile updates streamed through the gateway over many applicants, and the count of what went
wrong once the pipeline settled: the harness of the load test (tests/e2e) and the fault tests
(tests/fault).

Each applicant's updates go in order (the next after the answer to the last), many applicants at
once. A request the platform could not answer (a service restarting, the gateway or a server
down) is sent again, so the stream goes on through a fault; every retry is counted by its cause.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

PASSWORD = "correct horse battery"
SIGN_UP = ('mutation($e: String!) { signUp(input: {email: $e, password: "correct horse battery",'
           " role: APPLICANT}) { token } }")
SIGN_IN = ('mutation($e: String!) { signIn(email: $e, password: "correct horse battery") '
           "{ token } }")
UPDATE = ("mutation($s: Int!) { updateMyProfile(input: {applicantType: NON_US_IMG, "
          'graduationYear: 2021, step2Score: $s, specialties: ["Internal Medicine"]}) '
          "{ step2Score updatedAt } }")
STATE = ("{ me { profile { step2Score updatedAt } "
         "recommendations(first: 1) { totalCount profileUpdatedAt } "
         "notifications(first: 50) { edges { node { kind } } } } }")
LIST_NOTICE = "RECOMMENDATIONS_READY"
SIGN_UP_ATTEMPTS = 20
"""Passwords are hashed by one low-priority thread: on a machine busy with other runs a
sign-up can be refused several times over (UNAVAILABLE: its check could not start in time)."""
RETRY_FOR = 180.0
"""How long one request is sent again: longer than any restart a fault test makes."""
READERS = 8
"""Applicants checked at once at the end: many more, each read scanning the embedded store
while the pipeline still drains its backlog, outwait the gateway's 5 s."""


async def gql(http: httpx.AsyncClient, url: str, query: str, token: str | None = None,
              variables: dict[str, Any] | None = None, *, retried: Counter[str] | None = None,
              ) -> dict[str, Any]:
    """Answer ``query``. With ``retried``, a request the platform could not answer (UNAVAILABLE,
    another server error, no connection) is sent again for up to ``RETRY_FOR`` seconds, each
    retry counted there by its cause; without, the first answer is returned as it is."""
    headers = {"authorization": f"Bearer {token}"} if token else {}
    deadline = time.monotonic() + RETRY_FOR
    delay = 0.2
    while True:
        try:
            response = await http.post(url, json={"query": query, "variables": variables or {}},
                                       headers=headers)
            answer: dict[str, Any] = response.json()
            codes = {e.get("extensions", {}).get("code") for e in answer.get("errors") or []}
            cause = next((str(code) for code in sorted(codes, key=str)
                          if code in {"UNAVAILABLE", "INTERNAL_SERVER_ERROR"}), None)
            if cause is None and response.status_code >= 500:
                cause = f"HTTP {response.status_code}"
        except (httpx.TransportError, ValueError) as error:
            cause, answer = type(error).__name__, {"errors": [{"message": str(error)}]}
        if cause is None or retried is None or time.monotonic() > deadline:
            return answer
        retried[cause] += 1
        await asyncio.sleep(delay)
        delay = min(delay * 2, 2.0)


async def gql_data(http: httpx.AsyncClient, url: str, query: str,
                   token: str | None = None) -> dict[str, Any]:
    """``query``'s data, failing on any error: for callers that go on only with a whole answer
    (tests/e2e/test_recommendations_cache.py, benchmarks/gateway_speed.py's applicant)."""
    answer = await gql(http, url, query, token)
    assert "errors" not in answer, answer
    data: dict[str, Any] = answer["data"]
    return data


async def account(http: httpx.AsyncClient, url: str) -> str:
    """A new applicant's token. On a loaded machine a sign-up may time out at the gateway while
    profiles still makes the account: then the next attempts sign in (each slow one again, until
    the account's sign-in limit says to wait)."""
    email = {"e": f"load-{uuid.uuid4().hex[:10]}@example.org"}
    mutation, field = SIGN_UP, "signUp"
    for attempt in range(SIGN_UP_ATTEMPTS):
        answer = await gql(http, url, mutation, variables=email)
        if "errors" not in answer:
            return str(answer["data"][field]["token"])
        if "exists already" in answer["errors"][0]["message"]:
            mutation, field = SIGN_IN, "signIn"
            continue
        await asyncio.sleep(min(1.0 + attempt, 10.0))
    raise AssertionError(f"no account after {SIGN_UP_ATTEMPTS} attempts: {answer}")


async def applicants(http: httpx.AsyncClient, url: str, count: int) -> list[str]:
    """``count`` new applicants' tokens, signed up four at a time (the hashing thread is one)."""
    gate = asyncio.Semaphore(4)

    async def one() -> str:
        async with gate:
            return await account(http, url)

    return list(await asyncio.gather(*(one() for _ in range(count))))


@dataclass
class Stream:
    """What was sent: each applicant's last score, and how the sending went."""

    updates: int
    seconds: float = 0.0
    last_score: dict[int, int] = field(default_factory=dict)
    retried: Counter[str] = field(default_factory=Counter)

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0


async def send_updates(http: httpx.AsyncClient, url: str, tokens: list[str], updates: int, *,
                       clients: int = 32, seed: int = 13,
                       midway: Callable[[], Awaitable[None]] | None = None) -> Stream:
    """Send ``updates`` profile updates spread at random over ``tokens``' applicants, at most
    ``clients`` at once, each applicant's in order; ``midway`` runs once half were answered,
    while the rest go on."""
    rng = random.Random(seed)
    queues: list[list[int]] = [[] for _ in tokens]
    for n in range(updates):
        queues[rng.randrange(len(tokens))].append(200 + (n % 60))
    stream = Stream(updates)
    answered = 0
    halfway = asyncio.Event()
    gate = asyncio.Semaphore(clients)

    async def send_all(applicant: int) -> None:
        nonlocal answered
        for score in queues[applicant]:
            async with gate:
                answer = await gql(http, url, UPDATE, tokens[applicant], {"s": score},
                                   retried=stream.retried)
            assert "errors" not in answer, answer
            stream.last_score[applicant] = score
            answered += 1
            if answered == updates // 2:
                halfway.set()

    async def at_halfway() -> None:
        if midway is not None:
            await halfway.wait()
            await midway()

    started = time.monotonic()
    await asyncio.gather(at_halfway(), *(send_all(a) for a, queue in enumerate(queues) if queue))
    stream.seconds = time.monotonic() - started
    return stream


@dataclass(frozen=True)
class Ending:
    """What one applicant's reads showed once the pipeline settled (or the wait ended)."""

    reflected: bool
    """The stored profile has the last score sent, and the list was computed from it."""
    list_notices: int
    """Notices that a list is ready: one, however many lists were computed (the newest replaces
    an older unread one)."""

    @property
    def settled(self) -> bool:
        return self.reflected and self.list_notices == 1

    @property
    def arrived(self) -> bool:
        """Nothing lost: a transient second notice may still be dropped, a duplicate not."""
        return self.reflected and self.list_notices >= 1


async def ending(http: httpx.AsyncClient, url: str, token: str, last_score: int,
                 ) -> Ending | None:
    """The applicant's profile, list and notices as read now; None while the gateway answers
    UNAVAILABLE (a service slower than its 5 s on a loaded machine)."""
    answer = await gql(http, url, STATE, token)
    if {e.get("extensions", {}).get("code") for e in answer.get("errors") or []} \
            == {"UNAVAILABLE"}:
        return None
    assert "errors" not in answer, answer
    me = answer["data"]["me"]
    found = me["recommendations"]
    profile = me["profile"] or {}
    reflected = (profile.get("step2Score") == last_score and bool(found["totalCount"])
                 and found["profileUpdatedAt"] == profile.get("updatedAt"))
    notices = sum(edge["node"]["kind"] == LIST_NOTICE
                  for edge in me["notifications"]["edges"])
    return Ending(reflected, notices)


@dataclass
class Outcome:
    """The counts after a stream: the goal is zero of each."""

    applicants: int
    settle_seconds: float
    not_reflected: list[int]
    """Applicants whose stored profile or recommendations are not from their last update."""
    without_notice: list[int]
    duplicated_notices: int
    """Notices beyond one per applicant."""

    @property
    def lost(self) -> int:
        return len(self.not_reflected) + len(self.without_notice)


async def extra_notices(http: httpx.AsyncClient, url: str, tokens: list[str]) -> dict[int, int]:
    """List notices beyond one each applicant has now: a duplicate an earlier stream left,
    which ``settle`` then leaves out of the next stream's count."""
    readers = asyncio.Semaphore(READERS)

    async def read(token: str) -> int:
        async with readers:
            answer = await gql(http, url, STATE, token, retried=Counter())
        assert "errors" not in answer, answer
        edges = answer["data"]["me"]["notifications"]["edges"]
        return max(0, sum(int(edge["node"]["kind"] == LIST_NOTICE) for edge in edges) - 1)

    counts = await asyncio.gather(*(read(token) for token in tokens))
    return {applicant: n for applicant, n in enumerate(counts) if n}


async def settle(http: httpx.AsyncClient, url: str, tokens: list[str], stream: Stream,
                 within: float, *, until: Callable[[Ending], bool] = lambda e: e.settled,
                 carried: dict[int, int] | None = None) -> Outcome:
    """Read every applicant who got updates until ``until`` holds for all (by default:
    settled) or ``within`` seconds passed, then count what is still wrong. ``carried``: the
    applicants' notices beyond one from before the stream (``extra_notices``), not counted."""
    readers = asyncio.Semaphore(READERS)
    carried = carried or {}

    async def read(applicant: int) -> Ending | None:
        async with readers:
            found = await ending(http, url, tokens[applicant], stream.last_score[applicant])
        return None if found is None else Ending(
            found.reflected, found.list_notices - carried.get(applicant, 0))

    started = time.monotonic()
    found: dict[int, Ending | None] = dict.fromkeys(stream.last_score)
    waiting = list(found)
    while waiting:
        read_now = await asyncio.gather(*(read(a) for a in waiting))
        found.update(zip(waiting, read_now, strict=True))
        waiting = [a for a in waiting if (e := found[a]) is None or not until(e)]
        if not waiting or time.monotonic() - started > within:
            break
        await asyncio.sleep(1.0)
    seconds = time.monotonic() - started
    endings = {a: e or Ending(False, 0) for a, e in found.items()}
    return Outcome(
        applicants=len(endings), settle_seconds=seconds,
        not_reflected=[a for a, e in endings.items() if not e.reflected],
        without_notice=[a for a, e in endings.items() if e.list_notices == 0],
        duplicated_notices=sum(max(0, e.list_notices - 1) for e in endings.values()))
