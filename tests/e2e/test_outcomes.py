"""Learning from outcomes on the running platform: applicants report seasons through GraphQL, the
matching service keeps the reports, and `smartpick model refit | report` version the model."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from pymongo import AsyncMongoClient, MongoClient

from services.matching.model_registry.refits import held_out
from services.matching.model_registry.registry import ModelRegistry
from smartpick.events import OutcomeReported
from smartpick.events.models import ApplicantProfile, ApplicationOutcome
from smartpick.publisher import Publisher, envelope_for
from tests.e2e.conftest import REPO, Platform
from tests.e2e.test_journey import gql, sign_up, update_profile, wait_for_me

pytestmark = pytest.mark.e2e

HOLDOUT_EVERY = 4
REPORT = """mutation($input: OutcomeReportInput!) { reportOutcome(input: $input) {
  id seasonYear matched matchedProgramId revision applications { programId invited } } }"""
REFIT_ENV = {"REFIT_HOLDOUT_EVERY": str(HOLDOUT_EVERY), "REFIT_MIN_HOLDOUT_REPORTS": "3"}


def matching_db(platform: Platform) -> str:
    return f"{platform.prefix.strip('.')}_matching"


def model_command(platform: Platform, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cli.main", "model", *args],
                          env=platform.env("matching") | REFIT_ENV | env, cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def program_ids(platform: Platform, token: str, n: int,
                specialty: str = "Internal Medicine") -> list[str]:
    found = gql(platform, f'{{ programs(first: {n}, specialty: "{specialty}") '
                          "{ edges { node { id } } } }", token)
    return [edge["node"]["id"] for edge in found["data"]["programs"]["edges"]]


def report(platform: Platform, token: str, season: int, ids: list[str], invited: bool,
           **extra: Any) -> dict[str, Any]:
    applications = [{"programId": i, "invited": invited} for i in ids]
    return gql(platform, REPORT, token,
               {"input": {"seasonYear": season, "applications": applications, **extra}})


def outcomes_kept(platform: Platform) -> int:
    """Reports the matching service keeps and refits use (deleted ones are not)."""
    client: MongoClient[dict[str, Any]]
    with MongoClient(platform.servers.mongodb_url) as client:
        return client[matching_db(platform)].outcomes.count_documents({"deleted": {"$ne": True}})


def wait_for_outcomes(platform: Platform, count: int, within: float = 60) -> None:
    deadline = time.monotonic() + within
    while (found := outcomes_kept(platform)) < count:
        assert time.monotonic() < deadline, f"matching kept {found} of {count} reports"
        time.sleep(0.3)


def kept_report(platform: Platform, report_id: str) -> dict[str, Any] | None:
    """The matching service's copy of a report."""
    client: MongoClient[dict[str, Any]]
    with MongoClient(platform.servers.mongodb_url) as client:
        return client[matching_db(platform)].outcomes.find_one({"_id": report_id})


def wait_for_revision(platform: Platform, report_id: str, revision: int,
                      within: float = 60) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while (kept := kept_report(platform, report_id)) is None or kept["revision"] != revision:
        assert time.monotonic() < deadline, f"matching keeps {kept}"
        time.sleep(0.3)
    return kept


def test_reports_are_checked_and_reach_only_their_own_applicant(platform: Platform) -> None:
    token, applicant_id = sign_up(platform)
    # Family Medicine: this report's invitations must not sway the Internal Medicine refits of
    # the next test, whichever side of the held-out split its id falls on (refits shift each
    # specialty on its own reports only).
    ids = program_ids(platform, token, 3, "Family Medicine")
    early = report(platform, token, 2026, ids, invited=True)
    assert early["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "set your profile" in early["errors"][0]["message"]
    update_profile(platform, token)
    bad = {
        "unknown program ids: NOPE-1": (2026, [*ids, "NOPE-1"], {}),
        "more than once": (2026, [ids[0], ids[0]], {}),
        "season_year must be between": (1990, ids, {}),
        "one of the programs that invited you": (2026, ids, {"matched": True,
                                                             "matchedProgramId": "NOPE-2"}),
    }
    for message, (season, programs, extra) in bad.items():
        result = report(platform, token, season, programs, invited=False, **extra)
        [error] = result["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", error
        assert message in error["message"], error
    # Interviews reported in January, before the result is known...
    first = report(platform, token, 2026, ids, invited=True)
    assert "errors" not in first, first
    assert first["data"]["reportOutcome"]["matched"] is None
    assert first["data"]["reportOutcome"]["revision"] == 1
    # ...and the same season again on Match Day: the report is updated, not refused.
    saved = report(platform, token, 2026, ids, invited=True, matched=True,
                   matchedProgramId=ids[1])
    assert "errors" not in saved, saved
    assert saved["data"]["reportOutcome"]["matchedProgramId"] == ids[1]
    assert saved["data"]["reportOutcome"]["revision"] == 2
    assert saved["data"]["reportOutcome"]["id"] == first["data"]["reportOutcome"]["id"]
    listed = gql(platform, "{ me { outcomeReports { id seasonYear matched revision } } }", token)
    assert listed["data"]["me"]["outcomeReports"] == [
        {"id": saved["data"]["reportOutcome"]["id"], "seasonYear": 2026, "matched": True,
         "revision": 2}]
    assert wait_for_revision(platform, saved["data"]["reportOutcome"]["id"], 2)["matched"] is True
    other_token, _ = sign_up(platform)
    assert gql(platform, "{ me { outcomeReports { id } } }",
               other_token)["data"]["me"]["outcomeReports"] == []
    url = f"{platform.urls['profiles']}/applicants/{applicant_id}/outcomes"
    as_other = {"authorization": f"Bearer {other_token}"}
    assert httpx.get(url, headers=as_other, timeout=10).status_code == 404
    body = {"season_year": 2025, "applications": [{"program_id": ids[0], "invited": True}]}
    assert httpx.post(url, json=body, headers=as_other, timeout=10).status_code == 404
    assert httpx.delete(f"{url}/2026", headers=as_other, timeout=10).status_code == 404

    # The applicant deletes the report: gone from their list, erased in matching.
    delete = "mutation { deleteOutcomeReport(seasonYear: 2026) }"
    assert gql(platform, delete, token)["data"]["deleteOutcomeReport"] is True
    assert gql(platform, "{ me { outcomeReports { id } } }",
               token)["data"]["me"]["outcomeReports"] == []
    assert gql(platform, delete, token)["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    kept = wait_for_revision(platform, saved["data"]["reportOutcome"]["id"], 3)
    assert kept["deleted"] is True and "applications" not in kept


async def publish_reports(platform: Platform, reports: list[OutcomeReported]) -> None:
    """Reports with ids of the test's choosing, so it knows which side of the split each is on."""
    publisher = Publisher(platform.servers.kafka_bootstrap, "/tests", topic_prefix=platform.prefix)
    await publisher.start()
    try:
        for event in reports:
            await publisher.send(event.topic, envelope_for(event, "/tests"))
    finally:
        await publisher.stop()


def test_refit_keeps_a_better_model_and_stores_a_worse_one_unused(platform: Platform) -> None:
    before = outcomes_kept(platform)
    # Seasons of applicants none of whose Internal Medicine programs invited them: a world
    # harder than the published figures. Report until enough fall on the held-out side.
    ids: list[str] = []
    held = sent = 0
    while held < 4 or sent < 24:
        token, applicant_id = sign_up(platform)
        update_profile(platform, token)
        ids = ids or program_ids(platform, token, 12)
        for season in range(2015, 2027):
            result = report(platform, token, season, ids, invited=False, matched=False)
            assert "errors" not in result, result
            held += held_out(result["data"]["reportOutcome"]["id"], HOLDOUT_EVERY)
            sent += 1
    wait_for_outcomes(platform, before + sent)
    recommendations = f"{platform.urls['matching']}/applicants/{applicant_id}/recommendations"
    as_applicant = {"authorization": f"Bearer {token}"}
    assert httpx.get(recommendations, headers=as_applicant, timeout=10).json()["model_version"] == 1

    too_few = model_command(platform, "refit", REFIT_MIN_HOLDOUT_REPORTS="1000")
    assert too_few.returncode == 2 and "at least 1000 held-out reports" in too_few.stderr

    accepted = model_command(platform, "refit", "--json")
    assert accepted.returncode == 0, accepted.stderr
    first = json.loads(accepted.stdout)
    assert first["accepted"] and first["active_version"] == first["version"] == 2, first
    assert first["holdout_loss_after"] < first["holdout_loss_before"]
    assert first["params_version"].startswith("1.0.0+outcomes.")
    deadline = time.monotonic() + 60  # activation flags everyone; the worker recomputes
    while httpx.get(recommendations, headers=as_applicant,
                    timeout=10).json()["model_version"] != 2:
        assert time.monotonic() < deadline, "recommendations never used the new model"
        time.sleep(0.5)
    plan = gql(platform, "{ me { plan(options: {applications: 10}) { modelVersion } } }", token)
    assert plan["data"]["me"]["plan"]["modelVersion"] == 2
    wait_for_me(platform, token, lambda me: [edge["node"]["title"] for edge in
                                             me["notifications"]["edges"]]
                == ["Your chances were recalculated"])  # it replaced the unread first notice

    # Training reports now say everyone was invited, held-out ones still say no one was: the
    # candidate moves towards invitations and predicts the held-out reports worse.
    profile = ApplicantProfile(applicant_type="non_us_img", graduation_year=2022,
                               step2_score=240, specialties=["Internal Medicine"])
    events = []
    for n in range(60):
        report_id = f"e2e-{uuid.uuid4().hex}"
        invited = not held_out(report_id, HOLDOUT_EVERY)
        events.append(OutcomeReported(
            report_id=report_id, applicant_id=f"applicant-{n}", season_year=2026,
            profile=profile, applications=[ApplicationOutcome(program_id=i, invited=invited)
                                           for i in ids],
            matched=invited, reported_at=datetime.now(UTC)))
    asyncio.run(publish_reports(platform, events))
    wait_for_outcomes(platform, before + sent + len(events))

    rejected = model_command(platform, "refit", "--json")
    assert rejected.returncode == 0, rejected.stderr
    second = json.loads(rejected.stdout)
    assert not second["accepted"] and second["version"] == 3 and second["active_version"] == 2
    assert second["holdout_loss_after"] > second["holdout_loss_before"]

    shown = model_command(platform, "report", "--json")
    assert shown.returncode == 0, shown.stderr
    summary = json.loads(shown.stdout)
    assert summary["active_version"] == 2
    assert summary["all_reports"]["reports"] == before + sent + len(events)
    assert summary["all_reports"]["predicted_invitations"] > 0
    held_out_side = summary["held_out_reports"]
    assert 4 <= held_out_side["reports"] < summary["all_reports"]["reports"]
    assert held_out_side["reported_invitations"] <= 3  # only the first test's report invites
    assert [(v["version"], v["status"]) for v in summary["versions"]] == [
        (3, "rejected"), (2, "accepted"), (1, "shipped")]
    table = model_command(platform, "report")
    assert table.returncode == 0 and "Predicted against reported" in table.stdout


async def test_a_candidate_compared_with_a_replaced_model_cannot_become_active(
    platform: Platform
) -> None:
    """Two refits racing: the pointer moves only from the version a candidate was compared with."""
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(platform.servers.mongodb_url)
    try:
        registry = ModelRegistry(client[matching_db(platform)])
        active = await registry.active_version()
        if active == 1:
            pytest.skip("needs a refit to have replaced the shipped model")
        assert not await registry.activate(active + 100, parent=1)
        assert await registry.active_version() == active
    finally:
        await client.close()
