"""The fixtures' servers are the real thing, and a basic round trip works on each."""

from __future__ import annotations

import asyncio
import json
import re
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import aiosmtplib
import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from pymongo import AsyncMongoClient, UpdateOne

from tests.conftest import create_topics
from tests.mailpit import wait_for_messages
from tests.servers import MailServer, Servers

MAILPIT_PAGE = Path(__file__).parents[1] / "mailpit_page"


async def test_kafka_reports_its_cluster(kafka_admin: AIOKafkaAdminClient) -> None:
    cluster = await kafka_admin.describe_cluster()
    assert cluster["cluster_id"]
    assert len(cluster["brokers"]) == 1
    assert cluster["controller_id"] == cluster["brokers"][0]["node_id"]


async def test_mongodb_protocol_server_reports_its_build(
    servers: Servers, mongo: AsyncMongoClient[dict[str, object]]
) -> None:
    info = await mongo.admin.command("buildInfo")
    assert str(info["version"]).startswith("7.")
    if servers.origin == "local":
        assert "ferretdbVersion" in info  # the local server is FerretDB, not a fake



async def test_lookups_by_id_use_the_unique_index(
    servers: Servers, mongo: AsyncMongoClient[dict[str, object]], unique: str
) -> None:
    """Every hot-path read and write goes by ``_id``; unpatched FerretDB scanned the whole table
    for each (deploy/local/ferretdb/id-index.patch)."""
    collection = mongo[f"ids_{unique}"].docs
    await collection.insert_many([{"_id": f"d-{n}", "n": n} for n in range(5)])
    plan = await mongo[f"ids_{unique}"].command(
        "explain", {"find": "docs", "filter": {"_id": "d-3"}})
    if servers.origin == "local":
        assert "USING INDEX" in str(plan["queryPlanner"]), plan
    assert await collection.find_one({"_id": "d-3"}) == {"_id": "d-3", "n": 3}


async def test_lookups_by_a_list_of_ids_use_the_unique_index(
    servers: Servers, mongo: AsyncMongoClient[dict[str, object]], unique: str
) -> None:
    """``{_id: {$in: [...]}}`` is an index hit too, and its other conditions still apply: a
    notice's reads of several people go in one query (deploy/local/ferretdb/id-index.patch)."""
    database = mongo[f"id_lists_{unique}"]
    await database.docs.insert_many([{"_id": f"d-{n}", "n": n} for n in range(6)])
    wanted = {"_id": {"$in": ["d-1", "d-4", "d-9"]}}
    plan = await database.command("explain", {"find": "docs", "filter": wanted})
    if servers.origin == "local":
        assert "USING INDEX" in str(plan["queryPlanner"]), plan
        assert plan["filterPushdown"] is True
    assert sorted([int(str(d["n"])) async for d in database.docs.find(wanted)]) == [1, 4]
    assert [d["n"] async for d in database.docs.find({**wanted, "n": {"$gt": 2}})] == [4]
    assert await database.docs.count_documents({"_id": {"$in": ["d-9"]}}) == 0
    mixed = {"_id": {"$in": ["d-2", 2]}}  # an id of another type: selected without the index
    assert [d["n"] async for d in database.docs.find(mixed)] == [2]
    await database.docs.update_many(wanted, {"$set": {"seen": True}})
    deleted = await database.docs.delete_many({"_id": {"$in": ["d-0", "d-4"]}})
    assert deleted.deleted_count == 2
    assert sorted([(str(d["_id"]), "seen" in d) async for d in database.docs.find({})]) == [
        ("d-1", True), ("d-2", False), ("d-3", False), ("d-5", False)]


async def test_update_commands_of_many_statements_at_once_all_answer(
    mongo: AsyncMongoClient[dict[str, object]], unique: str
) -> None:
    """Unpatched FerretDB held a connection per statement of an update command until the
    command ended: one of 101 statements, or two of 60 at once, hung the database for good
    (deploy/local/ferretdb/update-statements.patch)."""
    collection = mongo[f"bulk_{unique}"].docs
    await collection.insert_many([{"_id": n, "v": 0} for n in range(300)])

    async def update(ids: range) -> int:
        result = await collection.bulk_write(
            [UpdateOne({"_id": n}, {"$set": {"v": 1}}) for n in ids])
        return result.modified_count

    counts = await asyncio.wait_for(asyncio.gather(
        update(range(0, 150)), update(range(150, 210)), update(range(210, 270)),
        update(range(270, 300))), timeout=30)
    assert list(counts) == [150, 60, 60, 30]
    assert await collection.count_documents({"v": 1}) == 300
    await mongo.drop_database(f"bulk_{unique}")

async def test_kafka_round_trip(
    servers: Servers, kafka_admin: AIOKafkaAdminClient, unique: str
) -> None:
    topic = f"roundtrip-{unique}"
    await create_topics(kafka_admin, topic)
    producer = AIOKafkaProducer(bootstrap_servers=servers.kafka_bootstrap, enable_idempotence=True)
    await producer.start()
    try:
        await producer.send_and_wait(topic, b"hello", key=b"a-1", headers=[("ce_id", b"1")])
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=servers.kafka_bootstrap, group_id=f"g-{unique}",
        auto_offset_reset="earliest", enable_auto_commit=False,
    )
    await consumer.start()
    try:
        message = await consumer.getone()
    finally:
        await consumer.stop()
    assert (message.key, message.value, message.headers) == (b"a-1", b"hello", (("ce_id", b"1"),))


async def test_mongodb_insert_and_find(
    mongo: AsyncMongoClient[dict[str, object]], unique: str
) -> None:
    collection = mongo[f"t_{unique}"]["things"]
    await collection.insert_one({"_id": "x", "n": 1})
    assert await collection.find_one({"_id": "x"}) == {"_id": "x", "n": 1}
    await mongo.drop_database(f"t_{unique}")


async def test_mail_server_keeps_what_smtp_takes_and_lists_it(mailpit: MailServer,
                                                              unique: str) -> None:
    address = f"servers-{unique}@example.org"
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "t@example.org", address, "round trip"
    message.set_content("hello")
    await aiosmtplib.send(message, hostname=mailpit.smtp_host, port=mailpit.smtp_port)
    [summary] = await wait_for_messages(mailpit, address)
    assert summary["Subject"] == "round trip"


async def test_mail_server_web_page_loads_its_bundle(mailpit: MailServer) -> None:
    """Mailpit's page at ``/`` names the browser bundle we build into its binary (the Go module
    ships without it: the page was blank), and the bundle answers: the app that lists and shows
    messages (through ``/api/v1/messages``), its styles, and the API-docs page's script."""
    async with httpx.AsyncClient(base_url=mailpit.api_url, timeout=10) as http:
        page = await http.get("/")
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        [script] = re.findall(r'<script src="(/dist/app\.js[^"]*)"', page.text)
        [style] = re.findall(r'<link rel=stylesheet href="(/dist/app\.css[^"]*)"', page.text)
        assert script.endswith("?v1.33.1")  # the pinned version, not "dev"

        app = await http.get(script)
        assert app.status_code == 200
        assert "javascript" in app.headers["content-type"]
        assert 300_000 < len(app.content) < 5_000_000
        assert "api/v1/messages" in app.text and "createApp" in app.text

        css = await http.get(style)
        assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
        assert len(css.content) > 100_000

        docs_page = await http.get("/api/v1/")
        assert docs_page.status_code == 200 and "dist/docs.js" in docs_page.text
        docs = await http.get("/dist/docs.js")
        assert docs.status_code == 200 and "javascript" in docs.headers["content-type"]
        assert "rapi-doc" in docs.text and len(docs.content) > 300_000


async def _render(url: str, want: str, *mode: str) -> dict[str, Any]:
    """Open ``url`` in jsdom (``tests/mailpit_page/render.mjs``), running the page's scripts."""
    assert (MAILPIT_PAGE / "node_modules" / "jsdom").is_dir(), \
        "jsdom missing: make mailpit-page (npm ci in tests/mailpit_page)"
    node = await asyncio.create_subprocess_exec(
        "node", str(MAILPIT_PAGE / "render.mjs"), url, want, *mode,
        stdout=asyncio.subprocess.PIPE, cwd=MAILPIT_PAGE)
    out, _ = await asyncio.wait_for(node.communicate(), timeout=60)
    assert node.returncode == 0
    rendered: dict[str, Any] = json.loads(out)
    return rendered


async def test_mail_server_web_page_shows_the_messages(mailpit: MailServer,
                                                       unique: str) -> None:
    """Mailpit's page, run as a browser would (jsdom), lists a message we sent and shows it; the
    API-docs page draws the API (rapidoc 9.3.8 in place of upstream's 12.1.0)."""
    address, subject = f"page-{unique}@example.org", f"Seen on the page {unique}"
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "t@example.org", address, subject
    message.set_content(f"The body of {unique}")
    await aiosmtplib.send(message, hostname=mailpit.smtp_host, port=mailpit.smtp_port)
    [summary] = await wait_for_messages(mailpit, address)

    listed = await _render(f"{mailpit.api_url}/", subject)
    assert listed["found"], listed
    shown = await _render(f"{mailpit.api_url}/view/{summary['ID']}", f"The body of {unique}")
    assert shown["found"] and subject in shown["text"], shown
    docs = await _render(f"{mailpit.api_url}/api/v1/", "Get application information", "rapidoc")
    assert docs["found"], docs
