"""What an in-app notification says about each event: title and body, pure."""

from __future__ import annotations

from smartpick.events import MatchSimulationCompleted, RecommendationsReady


def recommendations_text(event: RecommendationsReady) -> tuple[str, str]:
    counts = (f"{event.eligible_count} programs will consider you; "
              f"{event.excluded_count} will not, each with its reason.")
    if event.reason == "catalog":
        return "Programs in your specialties changed", f"Your list is updated: {counts}"
    if event.reason == "model":
        return ("Your chances were recalculated",
                f"Smart Pick's model learned from newer outcomes. {counts}")
    return "Your program list is ready", counts


def simulation_text(event: MatchSimulationCompleted) -> tuple[str, str]:
    name = event.name
    if event.status == "failed":
        return f"Match simulation “{name}” failed", event.error or "It stopped unexpectedly."
    figures = (f"{event.matched:,} of {event.applicants:,} applicants matched; "
               f"{event.unfilled:,} of {event.positions:,} positions unfilled.")
    if event.status == "no_stable_matching":
        return (f"Match simulation “{name}” found no stable match",
                f"The couples' lists admit no stable outcome within the proposal bound. "
                f"Last attempt: {figures}")
    return f"Match simulation “{name}” is ready", figures
