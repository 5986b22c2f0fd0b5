"""Profile routes over a store in memory: an applicant writes and reads only their own profile,
and the route needs nothing but the store (which stages the event and wakes the relay)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from smartpick.auth import Role
from smartpick.events.models import ApplicantProfile
from tests.unit.http.apps import APPLICANT, bearer, profiles

PROFILE = {"applicant_type": "non_us_img", "graduation_year": 2021, "step2_score": 245,
           "specialties": ["Internal Medicine"]}


class FakeApplicants:
    def __init__(self) -> None:
        self.saved: dict[str, ApplicantProfile] = {}

    async def save_profile(self, applicant_id: str, profile: ApplicantProfile) -> None:
        self.saved[applicant_id] = profile

    async def profile(self, applicant_id: str) -> ApplicantProfile | None:
        return self.saved.get(applicant_id)


def client_with(store: FakeApplicants) -> TestClient:
    app = profiles()
    app.state.runtime.applicants = store
    return TestClient(app)


def test_a_saved_profile_is_stored_once_and_read_back() -> None:
    store = FakeApplicants()
    client = client_with(store)
    put = client.put(f"/applicants/{APPLICANT}/profile", headers=bearer(), json=PROFILE)
    assert put.status_code == 200 and put.json()["step2_score"] == 245
    assert list(store.saved) == [APPLICANT]
    got = client.get(f"/applicants/{APPLICANT}/profile", headers=bearer())
    assert got.status_code == 200 and got.json() == put.json()


def test_another_applicant_s_profile_answers_404_and_is_not_written() -> None:
    store = FakeApplicants()
    answer = client_with(store).put("/applicants/someone-else/profile", headers=bearer(),
                                    json=PROFILE)
    assert answer.status_code == 404 and not store.saved


def test_only_applicants_have_a_profile() -> None:
    store = FakeApplicants()
    answer = client_with(store).put(f"/applicants/{APPLICANT}/profile",
                                    headers=bearer(role=Role.MENTOR), json=PROFILE)
    assert answer.status_code == 403 and not store.saved
