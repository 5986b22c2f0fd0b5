"""Every datetime and enum the gateway serves comes from JSON the services' own response models
make: the gateway types are built from it through one path (gateway/mapping.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from services.matching.simulation_api import GenerateOptions, Page, SimulationJob
from services.notifications.api import Notification as ServiceNotification
from services.notifications.api import NotificationPage
from services.profiles.accounts import Account
from smartpick.auth import Role
from smartpick.events import OutcomeReported
from smartpick.models import ApplicantProfile, ApplicantType, ApplicationOutcome
from tests.unit.gateway.fakes import APPLICANT, FakeServices, codes, gateway

AT = datetime(2026, 11, 25, 9, 30, 15, 250000, tzinfo=UTC)
ISO = "2026-11-25T09:30:15.250000+00:00"
NOTIFICATION = ServiceNotification(
    id="n-1", cursor="c-1", kind="recommendations.ready", title="Ready", body="Your list",
    read=False, created_at=AT, subject_id=None)
ACCOUNT = Account(id=APPLICANT.account_id, email="ana@example.org", role=Role.APPLICANT)
JOB = SimulationJob(
    id="sim-1", cursor="c-1", name="national", status="succeeded", source="generated",
    generator=GenerateOptions(applicants=100, seed=7), max_proposals=None, attempts=1,
    created_at=AT, started_at=AT, finished_at=AT, expires_at=AT,
    stats={"applicants": 100, "matched": 90, "stable": True}, error=None)
REPORT = OutcomeReported(
    report_id="r-1", applicant_id=APPLICANT.account_id, season_year=2026,
    profile=ApplicantProfile(applicant_type=ApplicantType.NON_US_IMG, graduation_year=2021),
    applications=[ApplicationOutcome(program_id="P-1", invited=True)], matched=None,
    reported_at=AT, revision=2)


def service_json(model: Any) -> Any:
    """What FastAPI sends for a response model: its JSON mode."""
    if isinstance(model, list):
        return [service_json(item) for item in model]
    return model.model_dump(mode="json")


def services() -> FakeServices:
    me = APPLICANT.account_id
    return FakeServices({
        ("GET", "profiles/accounts/me"): service_json(ACCOUNT),
        ("GET", "notifications/notifications"): service_json(NotificationPage(
            items=[NOTIFICATION], total=1, unread=1, has_next=False, end_cursor="c-1")),
        ("POST", "notifications/notifications/n-1/read"): service_json(
            NOTIFICATION.model_copy(update={"read": True})),
        ("GET", f"profiles/applicants/{me}/outcomes"): service_json([REPORT]),
        ("GET", "matching/simulations/sim-1"): service_json(JOB),
        ("GET", "matching/simulations"): service_json(Page[SimulationJob].of([JOB], 0, 1)),
    })


async def test_notification_created_at_is_served_and_me_is_not_null() -> None:
    found = await gateway(services()).query(
        "{ me { email notifications { edges { node { id createdAt read kind } } } } }")
    assert "errors" not in found, found
    [edge] = found["data"]["me"]["notifications"]["edges"]
    assert edge["node"] == {"id": "n-1", "createdAt": ISO, "read": False,
                            "kind": "recommendations.ready"}


async def test_mark_notification_read_returns_its_created_at() -> None:
    found = await gateway(services()).query(
        'mutation { markNotificationRead(id: "n-1") { id read createdAt } }')
    assert found == {"data": {"markNotificationRead": {"id": "n-1", "read": True,
                                                       "createdAt": ISO}}}


async def test_outcome_report_dates_and_simulation_dates_and_status_are_typed() -> None:
    fake = gateway(services())
    reports = await fake.query("{ me { outcomeReports { id reportedAt revision "
                               "applications { programId invited } } } }")
    assert reports["data"]["me"]["outcomeReports"] == [{
        "id": "r-1", "reportedAt": ISO, "revision": 2,
        "applications": [{"programId": "P-1", "invited": True}]}]
    selection = ("id status createdAt startedAt finishedAt expiresAt generated { applicants seed }"
                 " stats { applicants matched unfilled stable }")
    one = await fake.query(f'{{ matchSimulation(id: "sim-1") {{ {selection} }} }}')
    listed = await fake.query(
        f"{{ me {{ matchSimulations {{ edges {{ node {{ {selection} }} }} }} }} }}")
    assert "errors" not in one and "errors" not in listed, (one, listed)
    simulation = one["data"]["matchSimulation"]
    assert simulation == listed["data"]["me"]["matchSimulations"]["edges"][0]["node"]
    assert simulation == {
        "id": "sim-1", "status": "SUCCEEDED", "createdAt": ISO, "startedAt": ISO,
        "finishedAt": ISO, "expiresAt": ISO, "generated": {"applicants": 100, "seed": 7},
        "stats": {"applicants": 100, "matched": 90, "unfilled": 0, "stable": True}}


async def test_an_answer_outside_the_contract_is_an_internal_error_not_a_wrong_value() -> None:
    broken = services()
    broken.routes[("GET", "profiles/accounts/me")] = {**service_json(ACCOUNT), "role": "ROOT"}
    found = await gateway(broken).query("{ me { role } }")
    assert codes(found) == ["INTERNAL_SERVER_ERROR"]
