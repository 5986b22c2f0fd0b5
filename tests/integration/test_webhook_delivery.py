"""Webhooks of organizations on real Kafka and FerretDB, with the notifications service running
as a process and a partner's endpoint on loopback: signatures checked by the npm
standardwebhooks library, retries through an outage, 410, isolation between organizations,
redelivered events, and a kill -9 while events flow."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from pymongo import AsyncMongoClient

from smartpick.auth import Principal, Role, issue_token
from smartpick.events import CloudEvent, MatchSimulationCompleted
from smartpick.publisher import Publisher, envelope_for
from tests.integration.harness import wait_until
from tests.ports import free_port
from tests.servers import Servers
from tests.webhook_receiver import PartnerServer, partner_endpoint, verify_with_npm

pytestmark = pytest.mark.integration
JWT_SECRET = "an-integration-test-secret-of-32-chars"
SIMULATION = MatchSimulationCompleted.event_type
QUIET = 2.0
"""How long a test waits for a second delivery that must not come: several sweeps."""


@dataclass
class Service:
    """The notifications service as a process, and where its REST routes answer."""

    environment: dict[str, str]
    url: str
    database: str
    process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "uvicorn", "--factory",
            "services.notifications.main:create_app", "--host", "127.0.0.1",
            "--port", self.url.rsplit(":", 1)[1], env=self.environment,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)

        async def ready() -> bool:
            try:
                async with httpx.AsyncClient() as http:
                    return (await http.get(f"{self.url}/readyz")).status_code == 200
            except httpx.HTTPError:
                return False

        await wait_until(ready, within=60)

    async def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            await self.process.wait()



@pytest.fixture
async def service(request: pytest.FixtureRequest, servers: Servers, unique: str,
                  mongo: AsyncMongoClient[dict[str, Any]]) -> AsyncIterator[Service]:
    """The service with the settings below, changed by an indirect parameter if given."""
    prefix = f"hooks{unique}."
    database = f"hooks{unique}_notifications"
    settings = {
        "kafka_bootstrap_servers": servers.kafka_bootstrap, "mongodb_url": servers.mongodb_url,
        "topic_prefix": prefix, "mongodb_database": database, "jwt_secret": JWT_SECRET,
        "webhook_allow_insecure_http": "true", "webhook_allowed_networks": '["127.0.0.0/8"]',
        "webhook_retry_seconds": "[0.3, 0.3, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]",
        "webhook_sweep_seconds": "0.2", "webhook_claim_seconds": "4",
        "webhook_timeout_seconds": "3", "email_sweep_seconds": "0.5",
        **getattr(request, "param", {})}
    found = Service({**os.environ, **{k.upper(): v for k, v in settings.items()}},
                    f"http://127.0.0.1:{free_port()}", database)
    await found.start()
    yield found
    await found.stop()
    await mongo.drop_database(database)


@pytest.fixture
def partner() -> Iterator[tuple[str, PartnerServer]]:
    with partner_endpoint() as found:
        yield found


def token(organization_id: str) -> dict[str, str]:
    principal = Principal(organization_id, Role.ORG_ADMIN)
    return {"authorization": f"Bearer {issue_token(principal, JWT_SECRET, 3600)}"}


async def rest(service: Service, method: str, path: str, organization_id: str,
               **kwargs: Any) -> httpx.Response:
    async with httpx.AsyncClient(base_url=service.url, timeout=30) as http:
        return await http.request(method, path, headers=token(organization_id), **kwargs)


async def create_endpoint(service: Service, organization_id: str, url: str) -> dict[str, Any]:
    answer = await rest(service, "POST", "/webhooks/endpoints", organization_id, json={
        "url": url, "event_types": [SIMULATION], "description": "our system"})
    assert answer.status_code == 201, answer.text
    created: dict[str, Any] = answer.json()
    return created


def simulation(organization_id: str, name: str = "Run") -> CloudEvent:
    return envelope_for(MatchSimulationCompleted(
        simulation_id=str(uuid.uuid4()), requested_by=organization_id, name=name,
        status="succeeded", applicants=3, matched=2, positions=2, unfilled=0), "/matching")


async def publish(service: Service, *envelopes: CloudEvent) -> None:
    publisher = Publisher(service.environment["KAFKA_BOOTSTRAP_SERVERS"], "/matching",
                          topic_prefix=service.environment["TOPIC_PREFIX"])
    await publisher.start()
    try:
        for envelope in envelopes:
            await publisher.send(MatchSimulationCompleted.topic, envelope)
    finally:
        await publisher.stop()


def delivered(server: PartnerServer) -> Counter[str]:
    """How many times each webhook-id was answered 2xx."""
    return Counter(one.headers["webhook-id"] for one in server.received if one.answered < 300)


async def wait_delivered(server: PartnerServer, count: int, within: float = 60) -> None:
    async def enough() -> bool:
        return len(delivered(server)) >= count

    await wait_until(enough, within=within)


async def test_deliveries_verify_with_npm_also_across_a_rotation(
        service: Service, partner: tuple[str, PartnerServer]) -> None:
    url, server = partner
    organization = f"org-{uuid.uuid4().hex[:8]}"
    endpoint = await create_endpoint(service, organization, url)
    old = endpoint["secret"]
    await publish(service, simulation(organization), simulation(organization))
    await wait_delivered(server, 2)
    assert all(v.accepted for v in verify_with_npm(old, *server.received))

    rotated = await rest(service, "POST", f"/webhooks/endpoints/{endpoint['id']}/secret",
                         organization)
    new = rotated.json()["secret"]
    assert new != old
    await publish(service, simulation(organization))
    await wait_delivered(server, 3)
    last = server.received[-1]
    assert len(last.headers["webhook-signature"].split(" ")) == 2
    assert [v.accepted for v in verify_with_npm(old, last)] == [True]
    assert [v.accepted for v in verify_with_npm(new, last)] == [True]
    listed = await rest(service, "GET", "/webhooks/endpoints", organization)
    assert "secret" not in listed.json()[0]


async def test_an_endpoint_down_then_back_gets_every_message_once_in_order_of_attempts(
        service: Service, partner: tuple[str, PartnerServer]) -> None:
    url, server = partner
    organization = f"org-{uuid.uuid4().hex[:8]}"
    endpoint = await create_endpoint(service, organization, url)
    server.answer = 503
    await publish(service, *(simulation(organization, f"run {n}") for n in range(5)))

    async def retried() -> bool:
        tries = Counter(one.headers["webhook-id"] for one in server.received)
        return len(tries) == 5 and min(tries.values()) >= 3

    await wait_until(retried, within=60)
    server.answer = 204
    await wait_delivered(server, 5)
    await asyncio.sleep(QUIET)
    assert set(delivered(server).values()) == {1}
    page = (await rest(service, "GET", f"/webhooks/endpoints/{endpoint['id']}/messages",
                       organization)).json()
    assert page["total"] == 5 and {m["status"] for m in page["items"]} == {"delivered"}
    attempts = (await rest(service, "GET", f"/webhooks/messages/{page['items'][0]['id']}/attempts",
                           organization)).json()
    assert [a["attempt"] for a in attempts] == list(range(1, len(attempts) + 1))
    assert [a["status"] for a in attempts] == [503] * (len(attempts) - 1) + [204]
    assert all(a["duration_seconds"] is not None for a in attempts)


async def test_410_gone_disables_the_endpoint_and_tells_the_organization(
        service: Service, partner: tuple[str, PartnerServer],
        mongo: AsyncMongoClient[dict[str, Any]]) -> None:
    url, server = partner
    organization = f"org-{uuid.uuid4().hex[:8]}"
    endpoint = await create_endpoint(service, organization, url)
    server.answer = 410
    await publish(service, simulation(organization))

    async def disabled() -> bool:
        found = await rest(service, "GET", f"/webhooks/endpoints/{endpoint['id']}", organization)
        return found.json()["enabled"] is False

    await wait_until(disabled)
    answer = (await rest(service, "GET", f"/webhooks/endpoints/{endpoint['id']}",
                         organization)).json()
    assert "410" in answer["disabled_reason"]
    notices = mongo[service.database].notifications

    async def told() -> bool:
        return await notices.find_one({"recipient": organization,
                                       "kind": "WEBHOOK_ENDPOINT_DISABLED"}) is not None

    await wait_until(told)
    assert len(server.received) == 1


@pytest.mark.parametrize("service", [{"webhook_disable_after_seconds": "2"}], indirect=True)
async def test_an_endpoint_failing_for_the_configured_time_is_disabled_and_its_admin_told(
        service: Service, partner: tuple[str, PartnerServer],
        mongo: AsyncMongoClient[dict[str, Any]]) -> None:
    url, server = partner
    organization = f"org-{uuid.uuid4().hex[:8]}"
    endpoint = await create_endpoint(service, organization, url)
    server.answer = 500
    await publish(service, simulation(organization))

    async def disabled() -> bool:
        found = await rest(service, "GET", f"/webhooks/endpoints/{endpoint['id']}", organization)
        return found.json()["enabled"] is False

    await wait_until(disabled)
    answer = (await rest(service, "GET", f"/webhooks/endpoints/{endpoint['id']}",
                         organization)).json()
    assert answer["disabled_reason"].startswith("every attempt failed since")
    assert await mongo[service.database].notifications.count_documents(
        {"recipient": organization, "kind": "WEBHOOK_ENDPOINT_DISABLED"}) == 1
    await asyncio.sleep(QUIET)
    tried = len(server.received)
    await publish(service, simulation(organization))  # a disabled endpoint is not called
    await asyncio.sleep(QUIET)
    assert len(server.received) == tried


@pytest.mark.parametrize("service", [{"webhook_retry_seconds": "[0.2]"}], indirect=True)
async def test_messages_that_failed_for_good_are_recovered_once_the_partner_is_back(
        service: Service, partner: tuple[str, PartnerServer]) -> None:
    url, server = partner
    organization = f"org-{uuid.uuid4().hex[:8]}"
    endpoint = await create_endpoint(service, organization, url)
    messages = f"/webhooks/endpoints/{endpoint['id']}/messages"
    server.answer = 500
    since = datetime.now(UTC) - timedelta(minutes=1)
    await publish(service, *(simulation(organization) for _ in range(3)))

    async def all_failed() -> bool:
        page = (await rest(service, "GET", messages, organization)).json()
        return page["total"] == 3 and {m["status"] for m in page["items"]} == {"failed"}

    await wait_until(all_failed)
    server.answer = 204
    recovered = await rest(service, "POST", f"/webhooks/endpoints/{endpoint['id']}/recover",
                           organization, json={"since": since.isoformat()})
    assert len(recovered.json()["message_ids"]) == 3
    await wait_delivered(server, 3)
    await asyncio.sleep(QUIET)
    assert set(delivered(server).values()) == {1}
    page = (await rest(service, "GET", messages, organization)).json()
    assert {m["attempt_count"] for m in page["items"]} == {3}  # two failed, then the recovery


async def test_a_slow_endpoint_does_not_delay_another(service: Service) -> None:
    slow_organization, fast_organization = (f"org-{uuid.uuid4().hex[:8]}" for _ in range(2))
    with partner_endpoint() as (slow_url, slow), partner_endpoint() as (fast_url, fast):
        slow.delay_seconds = 3.0
        await create_endpoint(service, slow_organization, slow_url)
        await create_endpoint(service, fast_organization, fast_url)
        await publish(service, *(simulation(slow_organization) for _ in range(10)))
        await publish(service, *(simulation(fast_organization) for _ in range(10)))
        await wait_delivered(fast, 10, within=30)
        assert len(delivered(slow)) < 10  # two at a time, 3 s each: still going
        await wait_delivered(slow, 10, within=60)


async def test_an_organization_cannot_see_or_change_anothers_webhooks(
        service: Service, partner: tuple[str, PartnerServer]) -> None:
    url, server = partner
    a, b = (f"org-{uuid.uuid4().hex[:8]}" for _ in range(2))
    endpoint = await create_endpoint(service, a, url)
    await publish(service, simulation(a))
    await wait_delivered(server, 1)
    message_id = server.received[0].headers["webhook-id"]
    path = f"/webhooks/endpoints/{endpoint['id']}"
    for method, where, body in (
            ("GET", path, None), ("PATCH", path, {"description": "mine"}),
            ("PUT", f"{path}/enabled", {"enabled": False}), ("POST", f"{path}/secret", None),
            ("POST", f"{path}/test", None), ("GET", f"{path}/messages", None),
            ("POST", f"{path}/recover", {"since": "2020-01-01T00:00:00Z"}),
            ("GET", f"/webhooks/messages/{message_id}", None),
            ("GET", f"/webhooks/messages/{message_id}/attempts", None),
            ("POST", f"/webhooks/messages/{message_id}/replay", None)):
        answer = await rest(service, method, where, b, json=body)
        assert answer.status_code == 404, (method, where, answer.text)
    assert (await rest(service, "GET", "/webhooks/endpoints", b)).json() == []
    assert (await rest(service, "GET", path, a)).json()["description"] == "our system"
    await asyncio.sleep(QUIET)
    assert len(server.received) == 1


async def test_a_refused_url_names_the_ssrf_rule(service: Service) -> None:
    answer = await rest(service, "POST", "/webhooks/endpoints", "org-x", json={
        "url": "http://169.254.169.254/latest", "event_types": [SIMULATION]})
    assert answer.status_code == 400 and "metadata" in answer.json()["detail"]
    unknown = await rest(service, "POST", "/webhooks/endpoints", "org-x", json={
        "url": "http://127.0.0.1:9/x", "event_types": ["org.smartpick.nope.v1"]})
    assert unknown.status_code == 400 and SIMULATION in unknown.json()["detail"]


async def test_a_redelivered_event_creates_no_second_message(
        service: Service, partner: tuple[str, PartnerServer],
        mongo: AsyncMongoClient[dict[str, Any]]) -> None:
    url, server = partner
    organization = f"org-{uuid.uuid4().hex[:8]}"
    await create_endpoint(service, organization, url)
    envelope = simulation(organization)
    await publish(service, envelope, envelope)
    await wait_delivered(server, 1)
    await publish(service, envelope)
    await asyncio.sleep(QUIET)
    assert len(server.received) == 1
    assert await mongo[service.database].webhook_messages.count_documents({}) == 1


async def test_replay_and_recover_send_a_message_again(
        service: Service, partner: tuple[str, PartnerServer]) -> None:
    url, server = partner
    organization = f"org-{uuid.uuid4().hex[:8]}"
    endpoint = await create_endpoint(service, organization, url)
    await publish(service, simulation(organization))
    await wait_delivered(server, 1)
    message_id = server.received[0].headers["webhook-id"]
    replayed = await rest(service, "POST", f"/webhooks/messages/{message_id}/replay",
                          organization)
    assert replayed.json() == {"message_ids": [message_id]}
    await wait_until(lambda: _count_is(server, 2))
    sent = await rest(service, "POST", f"/webhooks/endpoints/{endpoint['id']}/test", organization)
    [test_id] = sent.json()["message_ids"]
    await wait_until(lambda: _count_is(server, 3))
    assert server.received[-1].headers["webhook-id"] == test_id
    assert b'"type":"org.smartpick.webhook.test.v1"' in server.received[-1].body


async def _count_is(server: PartnerServer, count: int) -> bool:
    return len(server.received) >= count


KILLED_RUN_EVENTS = 1000


async def test_kill_9_while_events_flow_loses_no_message_and_repeats_none_after_restart(
        service: Service, partner: tuple[str, PartnerServer],
        mongo: AsyncMongoClient[dict[str, Any]]) -> None:
    """1,000 simulations of one organization; the service is killed -9 once a third of them
    reached the partner, then started again. Each event ends as one in-app notice and one
    message the partner received. A message whose 2xx came back in the instant before the kill
    can be sent again (at-least-once, the partner deduplicates on ``webhook-id``): the
    test allows as many repeats as attempts could be in flight at the kill, and counts them."""
    url, server = partner
    organization = f"org-{uuid.uuid4().hex[:8]}"
    await create_endpoint(service, organization, url)
    events = [simulation(organization, f"run {n}") for n in range(KILLED_RUN_EVENTS)]
    publishing = asyncio.create_task(publish(service, *events))

    async def a_third() -> bool:
        return len(delivered(server)) >= KILLED_RUN_EVENTS // 3

    await wait_until(a_third, within=300)
    await service.kill()
    await publishing
    await service.start()
    await wait_delivered(server, KILLED_RUN_EVENTS, within=600)
    await asyncio.sleep(QUIET)
    database = mongo[service.database]
    notices = await database.notifications.count_documents({"recipient": organization})
    repeats = sum(delivered(server).values()) - KILLED_RUN_EVENTS
    print(f"kill -9 run: {KILLED_RUN_EVENTS} events, {len(delivered(server))} distinct messages "
          f"received, {repeats} repeated deliveries, {notices} in-app notices")
    assert len(delivered(server)) == KILLED_RUN_EVENTS
    assert notices == KILLED_RUN_EVENTS
    assert await database.webhook_messages.count_documents({}) == KILLED_RUN_EVENTS
    assert repeats <= 2  # webhook_endpoint_concurrency: at most the attempts in flight
