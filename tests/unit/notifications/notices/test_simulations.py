"""The notice of a finished match simulation, per outcome, to the organization that asked."""

from __future__ import annotations

from typing import Any

from services.notifications.notices.simulations import simulation_completed
from smartpick.events import MatchSimulationCompleted
from tests.unit.notifications.notices.fakes import FakeDispatcher, Sent, envelope


def completed(**fields: Any) -> MatchSimulationCompleted:
    return MatchSimulationCompleted(**{
        "simulation_id": "s-1", "requested_by": "o-1", "name": "national",
        "status": "succeeded", "applicants": 40_000, "matched": 31_250, "positions": 38_000,
        "unfilled": 6_750, **fields})


async def told(event: MatchSimulationCompleted) -> Sent:
    fake = FakeDispatcher()
    await simulation_completed(event, envelope(event), fake.as_dispatcher())
    (sent,) = fake.sent
    return sent


async def test_a_finished_simulation_notifies_its_requester_about_it() -> None:
    sent = await told(completed(status="failed", error="timed out"))
    assert sent.told == ("o-1", "MATCH_SIMULATION_COMPLETED", "s-1")
    assert sent.body == "timed out"


async def test_a_finished_simulation_gives_its_figures_with_thousands_separators() -> None:
    sent = await told(completed())
    assert sent.title == "Match simulation “national” is ready"
    assert sent.body == ("31,250 of 40,000 applicants matched; 6,750 of 38,000 positions "
                         "unfilled.")


async def test_a_failed_simulation_gives_its_error_or_a_default() -> None:
    assert (await told(completed(status="failed", error="out of memory"))).body == "out of memory"
    assert (await told(completed(status="failed"))).body == "It stopped unexpectedly."
    assert (await told(completed(status="failed"))).title == "Match simulation “national” failed"


async def test_a_simulation_without_a_stable_match_says_so_with_the_last_attempt() -> None:
    sent = await told(completed(status="no_stable_matching"))
    assert "found no stable match" in sent.title and sent.body.endswith("positions unfilled.")
    assert sent.body.startswith("The couples' lists admit no stable outcome within the proposal "
                                "bound. Last attempt: 31,250 of 40,000")
