"""The gateway spreads calls over a service's instances and skips one that refuses a connection,
but never sends a call that reached an instance twice (gateway/balancer.py)."""

from __future__ import annotations

import httpx
import pytest

from gateway.balancer import Balancer

A, B, C = "http://127.0.0.1:8002", "http://127.0.0.1:8012", "http://127.0.0.1:8022"


def _client(down: frozenset[str] = frozenset(), slow: frozenset[str] = frozenset()
            ) -> tuple[httpx.AsyncClient, list[str]]:
    reached: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        origin = f"{request.url.scheme}://{request.url.netloc.decode()}"
        if origin in down:
            raise httpx.ConnectError("connection refused", request=request)
        reached.append(f"{origin}{request.url.raw_path.decode()}")
        if origin in slow:
            raise httpx.ReadTimeout("no answer", request=request)
        assert request.headers["host"] == request.url.netloc.decode()
        return httpx.Response(200, json={"from": origin})

    balancer = Balancer([[A, B, C], ["http://127.0.0.1:8001"]], httpx.MockTransport(answer))
    return httpx.AsyncClient(transport=balancer), reached


async def test_calls_to_a_service_take_its_instances_in_turn() -> None:
    client, reached = _client()
    async with client:
        for _ in range(6):
            await client.get(A + "/applicants/a%2Fb/recommendations?first=3")
        await client.get("http://127.0.0.1:8001/programs")
    assert reached[:6] == [f"{base}/applicants/a%2Fb/recommendations?first=3"
                           for base in (A, B, C) * 2]
    assert reached[6] == "http://127.0.0.1:8001/programs"  # one instance: unchanged


async def test_an_instance_that_refuses_the_connection_is_skipped() -> None:
    client, reached = _client(down=frozenset({B}))
    async with client:
        answers = [(await client.get(A + "/model")).json()["from"] for _ in range(4)]
    assert B not in answers and set(answers) == {A, C}
    assert len(reached) == 4  # each call answered once


async def test_all_instances_refusing_is_the_connection_error() -> None:
    client, _ = _client(down=frozenset({A, B, C}))
    async with client:
        with pytest.raises(httpx.ConnectError):
            await client.get(A + "/model")


async def test_a_call_that_reached_an_instance_is_not_sent_again() -> None:
    client, reached = _client(slow=frozenset({A}))
    async with client:
        with pytest.raises(httpx.ReadTimeout):
            await client.post(A + "/plans/try", json={})
    assert reached == [A + "/plans/try"]
