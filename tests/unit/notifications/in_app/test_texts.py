"""What in-app notifications say, per event and outcome."""

from __future__ import annotations

from typing import Any

from services.notifications.in_app.texts import recommendations_text, simulation_text
from smartpick.events import MatchSimulationCompleted, RecommendationsReady


def ready(reason: Any) -> RecommendationsReady:
    return RecommendationsReady(applicant_id="a-1", eligible_count=12, excluded_count=3,
                                computed_for="e-1", reason=reason)


def completed(**fields: Any) -> MatchSimulationCompleted:
    return MatchSimulationCompleted(**{
        "simulation_id": "s-1", "requested_by": "o-1", "name": "national",
        "status": "succeeded", "applicants": 40_000, "matched": 31_250, "positions": 38_000,
        "unfilled": 6_750, **fields})


def test_a_first_list_says_it_is_ready_with_both_counts() -> None:
    title, body = recommendations_text(ready("profile"))
    assert title == "Your program list is ready"
    assert body == "12 programs will consider you; 3 will not, each with its reason."


def test_a_list_changed_by_the_catalog_or_the_model_says_why() -> None:
    assert recommendations_text(ready("catalog"))[0] == "Programs in your specialties changed"
    title, body = recommendations_text(ready("model"))
    assert title == "Your chances were recalculated" and "newer outcomes" in body


def test_a_finished_simulation_gives_its_figures_with_thousands_separators() -> None:
    title, body = simulation_text(completed())
    assert title == "Match simulation “national” is ready"
    assert body == ("31,250 of 40,000 applicants matched; 6,750 of 38,000 positions unfilled.")


def test_a_failed_simulation_gives_its_error_or_a_default() -> None:
    assert simulation_text(completed(status="failed", error="out of memory"))[1] == "out of memory"
    assert simulation_text(completed(status="failed"))[1] == "It stopped unexpectedly."


def test_a_simulation_without_a_stable_match_says_so_with_the_last_attempt() -> None:
    title, body = simulation_text(completed(status="no_stable_matching"))
    assert "found no stable match" in title and body.endswith("positions unfilled.")
