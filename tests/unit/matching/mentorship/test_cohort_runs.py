"""Cohort runs without a database: the three totals of a solve, the routes over a fake store
(only organizations, input bounds, codes of refusals), and what a run and a report answer."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.matching.mentorship.cohort_runs import DRAFT, solved
from services.matching.mentorship.cohort_runs_contract import (
    MAX_MENTEES,
    CohortReport,
    CohortRun,
)
from services.matching.mentorship.rules import Code, refused
from smartpick.auth import Role
from smartpick.events.models import Visa
from smartpick.mongo import Document
from tests.unit.http.apps import ORGANIZATION, bearer, matching
from tests.unit.matching.mentorship.people import mentee, mentor, with_mentee

AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
RUN: Document = {
    "_id": "run-1", "organization_id": ORGANIZATION, "name": "Spring", "status": DRAFT,
    "min_score": 0.0, "created_at": AT, "published_at": None, "solve_seconds": 0.01,
    "totals": {"optimal": 30.0, "greedy": 30.0, "first_come_first_served": 20.0},
    "pairs": [{"mentee_id": "e1", "mentor_id": "m1", "score": 24.04, "reasons": ["speaks Urdu"],
               "goals": [], "publication": None}],
    "unmatched": [{"mentee_id": "e2", "reason": "no mentor has free capacity"}],
    "skipped": [{"id": "ghost", "side": "mentee", "reason": "no applicant profile"}]}


def test_the_optimal_total_beats_greedy_and_first_come_where_they_differ() -> None:
    # e1 comes first and takes the one Urdu speaker, whom e2 needs more: e2 speaks only Urdu
    # and is a J-1, which the Urdu speaker went through.
    people = [mentee("e1", languages=["ur", "hi"]),
              with_mentee(mentee("e2", languages=["ur"]), visa=Visa.J1)]
    helpers = [mentor("m1", languages=["en", "ur"], visa_paths=["j1"], capacity=1),
               mentor("m2", languages=["en", "hi"], capacity=1)]
    optimal, totals, seconds = solved(people, helpers, {}, 0.0)
    assert {(p.mentee_id, p.mentor_id) for p in optimal.pairs} == {("e1", "m2"), ("e2", "m1")}
    assert totals["optimal"] > totals["first_come_first_served"]
    assert totals["optimal"] >= totals["greedy"] and seconds >= 0


def test_active_mentees_take_capacity_from_the_run() -> None:
    optimal, _, _ = solved([mentee("e1"), mentee("e2")], [mentor("m1", capacity=2)],
                           {"m1": 1}, 0.0)
    assert len(optimal.pairs) == 1 and optimal.unmatched[0].mentee_id == "e2"


def test_a_run_and_a_report_answer_every_field() -> None:
    shown = CohortRun.of(RUN, "c-1")
    assert shown.pairs[0].score == 24.0 and shown.pairs[0].mentee.id == "e1"
    assert shown.skipped[0].side == "mentee" and shown.status == "draft"
    report = CohortReport.of({
        "pairs": 3, "not_sent": 1, "active": 2, "accepted": 2, "check_ins": 3,
        "check_ins_by_month": [{"month": "2026-11", "active_pairs": 2, "check_ins": 3,
                                "per_pair": 1.5}],
        "goals": 4, "goals_completed": 1, "ratings": 0, "average_rating": None})
    assert (report.active, report.requested, report.completed) == (2, 0, 0)
    assert report.check_ins_by_month[0].per_pair == 1.5 and report.average_rating is None


class FakeRuns:
    def __init__(self) -> None:
        self.runs: list[tuple[Any, ...]] = []

    async def run(self, *args: Any) -> Document:
        self.runs.append(args)
        return RUN

    async def own(self, run_id: str, organization_id: str) -> Document:
        if run_id != RUN["_id"] or organization_id != ORGANIZATION:
            raise refused(404, Code.NOT_FOUND, f"no cohort run {run_id!r}")
        return RUN

    async def publish(self, run: Document) -> Document:
        raise refused(409, Code.CONFLICT, "published already")


@pytest.fixture
def app() -> tuple[TestClient, FakeRuns]:
    built, runtime = matching()
    runs = FakeRuns()
    runtime.cohort_runs = runs  # type: ignore[assignment]
    return TestClient(built, raise_server_exceptions=False), runs


def org() -> dict[str, str]:
    """A fresh token each time: one made at import expires before a long suite reaches it."""
    return bearer(ORGANIZATION, Role.ORG_ADMIN)

BODY = {"name": "Spring", "mentee_ids": ["e1", "e2"], "mentor_ids": ["m1"]}


def test_only_organizations_run_cohorts(app: tuple[TestClient, FakeRuns]) -> None:
    client, runs = app
    assert client.post("/cohort-runs", headers=bearer(), json=BODY).status_code == 403
    assert client.get("/cohort-runs/run-1", headers=bearer()).status_code == 403
    made = client.post("/cohort-runs", headers=org(), json=BODY)
    assert made.status_code == 201 and made.json()["totals"]["first_come_first_served"] == 20.0
    assert runs.runs == [(ORGANIZATION, "Spring", ["e1", "e2"], ["m1"], 0.0)]


@pytest.mark.parametrize("body", [
    {**BODY, "mentee_ids": [f"e{n}" for n in range(MAX_MENTEES + 1)]},
    {**BODY, "name": ""}, {**BODY, "min_score": 101}, {**BODY, "mentor_ids": ["x" * 65]}])
def test_bad_input_is_a_422(app: tuple[TestClient, FakeRuns], body: dict[str, Any]) -> None:
    client, runs = app
    assert client.post("/cohort-runs", headers=org(), json=body).status_code == 422
    assert runs.runs == []


def test_refusals_carry_their_codes(app: tuple[TestClient, FakeRuns]) -> None:
    client, _ = app
    other = bearer("organization-2", Role.ORG_ADMIN)
    unknown = client.get("/cohort-runs/run-1", headers=other)
    assert (unknown.status_code, unknown.json()["code"]) == (404, "NOT_FOUND")
    again = client.post("/cohort-runs/run-1/publication", headers=org())
    assert (again.status_code, again.json()["code"]) == (409, "CONFLICT")
