"""What an in-app notification says about each event: title and body, pure."""

from __future__ import annotations

from datetime import UTC, date

from smartpick.events import (
    MatchSimulationCompleted,
    MentorshipChanged,
    MentorshipMessagePosted,
    MentorshipProblemReported,
    MentorshipReminderIssued,
    MentorSuggestionsReady,
    RecommendationsReady,
)
from smartpick.events.mentorships import MentorshipChange, ReminderKind


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


Notice = tuple[str, str, str]
"""(recipient, title, body)."""
_QUOTED_CHARS = 280


def _quoted(text: str) -> str:
    return text[:_QUOTED_CHARS] + ("…" if len(text) > _QUOTED_CHARS else "")


def _goals(event: MentorshipChanged) -> str:
    return ", ".join(goal.value.replace("_", " ") for goal in event.goals) or "none given"


def _reason(event: MentorshipChanged) -> str:
    return f" Their reason: “{event.reason}”" if event.reason else ""


_SETTLED = {
    MentorshipChange.RESUMED: ("Your mentorship is active again", "resumed the mentorship"),
    MentorshipChange.ENDED_BY_ADMIN: ("Your mentorship was ended", "ended the mentorship"),
}
"""How the organization settled a reported problem: both people are told (neither made it)."""


def mentorship_notices(event: MentorshipChanged) -> list[Notice]:
    """Who is told of a mentorship's change, and what: the side that did not make it (both
    sides when the platform made it, and only the mentor of a request a mentee gave up)."""
    change, mentee, mentor = event.change, event.mentee_id, event.mentor_id
    if change is MentorshipChange.REQUESTED:
        message = _quoted(event.message)
        return [(mentor, "New mentorship request",
                 f"An applicant asks you to mentor them (goals: {_goals(event)})."
                 + (f" Their message: “{message}”" if message else "")
                 + " Accept or decline it in your mentorships.")]
    if change is MentorshipChange.ACCEPTED:
        return [(mentee, "Your mentorship request was accepted",
                 "Your mentor accepted: the mentorship is active." + _reason(event))]
    if change is MentorshipChange.DECLINED:
        return [(mentee, "Your mentorship request was declined",
                 "The mentor cannot take you on; other mentors may." + _reason(event))]
    if change is MentorshipChange.EXPIRED:
        return [(mentee, "Your mentorship request expired",
                 "The mentor did not answer in time. Look at your suggested mentors for "
                 "another who is free now.")]
    if change is MentorshipChange.WITHDRAWN:
        why = (" Another mentor accepted them." if event.actor_id is None
               else " They withdrew it.")
        return [(mentor, "A mentorship request was withdrawn",
                 "An applicant's request to you is no longer open." + why)]
    if change is MentorshipChange.REPORTED:
        other = mentor if event.actor_id == mentee else mentee
        return [(other, "Your mentorship is paused",
                 "The other side reported a problem to the mentor's organization; it stays "
                 "paused while they look into it.")]
    if change in _SETTLED:
        title, done = _SETTLED[change]
        note = f" Their note: “{event.reason}”" if event.reason else ""
        return [(side, title, f"The mentor's organization looked into the reported problem "
                              f"and {done}." + note) for side in (mentee, mentor)]
    done = "cancelled" if change is MentorshipChange.CANCELLED else "completed"
    others = [side for side in (mentee, mentor) if side != event.actor_id]
    return [(side, f"Your mentorship was {done}",
             f"The mentorship was {done} by the other side." + _reason(event)
             if event.actor_id is not None else f"The mentorship was {done}.")
            for side in others]


def message_notice(event: MentorshipMessagePosted) -> Notice:
    """The other side of the thread is told, with the start of the message."""
    recipient = event.mentor_id if event.sender_id == event.mentee_id else event.mentee_id
    who = "mentee" if event.sender_id == event.mentee_id else "mentor"
    return recipient, f"New message from your {who}", f"“{_quoted(event.text)}”"


def feedback_requests(event: MentorshipChanged) -> list[Notice]:
    """Once a mentorship is completed, both sides are asked for their private feedback."""
    if event.change is not MentorshipChange.COMPLETED:
        return []
    return [(side, "How was your mentorship?",
             "Rate it from 1 to 5 and say what helped: only you see your feedback, never the "
             "other side.") for side in (event.mentee_id, event.mentor_id)]


def problem_notice(event: MentorshipProblemReported, organization_id: str) -> Notice:
    """The organization's admins are told what was reported, by which side, about which mentor."""
    side = "mentee" if event.reporter_id == event.mentee_id else "mentor"
    reason = event.reason.value.replace("_", " ")
    return (organization_id, "A mentorship problem was reported",
            f"The {side} of a mentorship with your mentor {event.mentor_id} reported: {reason}."
            + (f" Details: “{_quoted(event.details)}”" if event.details else "")
            + " The mentorship is paused.")


def suggestions_text(event: MentorSuggestionsReady) -> tuple[str, str]:
    """Who the suggested mentors are (the directory knows no names) and why, best first."""
    lines = [f"{m.position.value.replace('_', ' ').capitalize()} in {m.specialty} at "
             f"{m.institution}" + (f": {'; '.join(m.reasons)}." if m.reasons else ".")
             for m in event.mentors]
    return ("New mentors suggested for you",
            " ".join(lines) + " Ask them from mentor search.")
def _when(day: date, today: date) -> str:
    ahead = (day - today).days
    named = {0: "today", 1: "tomorrow"}.get(ahead)
    return f"{named} ({day.isoformat()})" if named else f"on {day.isoformat()}"


def reminder_notices(event: MentorshipReminderIssued) -> list[Notice]:
    """Both people are reminded, each told who the other side is."""
    today = event.at.astimezone(UTC).date()
    notices: list[Notice] = []
    for recipient, other in ((event.mentee_id, "mentor"), (event.mentor_id, "mentee")):
        if event.kind is ReminderKind.CHECK_IN_DUE:
            notices.append((recipient, "Check-in coming up",
                            f"Your next check-in with your {other} is {_when(event.date, today)}."
                            " Agree on a time if you have not yet."))
        else:
            notices.append((recipient, "A mentorship goal is overdue",
                            f"“{event.title}” was due on {event.date.isoformat()} and is still "
                            f"open. Mark it done or dropped, or set a new date with your "
                            f"{other} as a new goal."))
    return notices
