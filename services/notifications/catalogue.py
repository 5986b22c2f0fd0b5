"""The catalogue of notification kinds: every notice the platform sends, with its category,
priority and default channels. Its words are templates (services/notifications/templates/,
rendered by ``rendering.py``), one file per kind.

A person's preferences (``preferences/``) switch channels per category; a kind's default
channels apply until they do. Account notices (security, verification) reach the person
whatever their preferences say.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from smartpick.events.notifications import NotificationCategory

Category = NotificationCategory
"""The categories people choose channels for (one enum, in the events package, so the gateway
and the notices' events name them alike)."""


class Channel(StrEnum):
    IN_APP = "IN_APP"
    EMAIL = "EMAIL"
    LIVE = "LIVE"
    """Pushed to open clients (subscription ``notificationAdded``); it rides on the in-app
    notice, so it is never on where in-app is off."""


class Priority(StrEnum):
    HIGH = "HIGH"
    NORMAL = "NORMAL"
    LOW = "LOW"
    """Low-priority email waits for the person's daily digest, unless they turned it off."""


ALL_CHANNELS = frozenset(Channel)


@dataclass(frozen=True)
class Kind:
    name: str
    category: Category
    priority: Priority
    channels: frozenset[Channel]
    """Its channels while the person has not chosen for its category."""
    description: str

    @property
    def mandatory(self) -> bool:
        """Account notices cannot be switched off, nor held back by quiet hours."""
        return self.category is Category.ACCOUNT

    @property
    def template(self) -> str:
        return f"{self.name.lower()}.jinja"


def _kinds(*kinds: Kind) -> Mapping[str, Kind]:
    return {kind.name: kind for kind in kinds}


def _mentorship(change: str, priority: Priority, description: str) -> Kind:
    return Kind(f"MENTORSHIP_{change}", Category.MENTORSHIP, priority, ALL_CHANNELS, description)


N, H, L = Priority.NORMAL, Priority.HIGH, Priority.LOW
KINDS = _kinds(
    Kind("RECOMMENDATIONS_READY", Category.RECOMMENDATIONS, L, ALL_CHANNELS,
         "The applicant's program list was computed again (profile, catalog or model change)."),
    Kind("MATCH_SIMULATION_COMPLETED", Category.ORGANIZATION, N, ALL_CHANNELS,
         "A match simulation an organization asked for finished."),
    _mentorship("REQUESTED", H, "An applicant asks the mentor to mentor them."),
    _mentorship("ACCEPTED", H, "The mentor accepted the applicant's request."),
    _mentorship("DECLINED", N, "The mentor declined the applicant's request."),
    _mentorship("EXPIRED", N, "The mentor did not answer the request in time."),
    _mentorship("WITHDRAWN", L, "The applicant's request to the mentor is no longer open."),
    _mentorship("REPORTED", N, "The other side reported a problem: the mentorship is paused."),
    _mentorship("RESUMED", N, "The organization resumed a mentorship after a report."),
    _mentorship("ENDED_BY_ADMIN", N, "The organization ended a mentorship after a report."),
    _mentorship("CANCELLED", N, "The mentorship was cancelled."),
    _mentorship("COMPLETED", N, "The mentorship was completed."),
    _mentorship("MESSAGE", N, "A new message in the mentorship's thread."),
    _mentorship("FEEDBACK_REQUESTED", L, "Asks for private feedback on a completed mentorship."),
    _mentorship("CHECK_IN_DUE", N, "The next check-in is within two days."),
    _mentorship("GOAL_OVERDUE", N, "A mentorship goal is past its date and still open."),
    Kind("MENTOR_SUGGESTIONS", Category.MENTORSHIP, L, ALL_CHANNELS,
         "Mentors who suit the applicant's changed profile."),
    Kind("MENTORSHIP_PROBLEM_REPORTED", Category.ORGANIZATION, H, ALL_CHANNELS,
         "A problem was reported in a mentorship of the organization's mentor."),
    Kind("WEBHOOK_ENDPOINT_DISABLED", Category.ORGANIZATION, H, ALL_CHANNELS,
         "A webhook endpoint of the organization was disabled: it answered 410 or kept failing."),
    Kind("CALENDAR_REMINDER", Category.CALENDAR, N, ALL_CHANNELS,
         "A date of the Match season is near (ERAS, signals, rank list, Match Day, SOAP)."),
    Kind("ACCOUNT_VERIFY_EMAIL", Category.ACCOUNT, H, frozenset({Channel.EMAIL}),
         "The link that verifies the account's email address."),
    Kind("ACCOUNT_EMAIL_VERIFIED", Category.ACCOUNT, H, ALL_CHANNELS,
         "The account's email address was verified: notices may now go there too."),
)


def kind_of(name: str) -> Kind:
    """The catalogue's kind ``name``; a name it does not list is a programming error."""
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"{name!r} is not in the notification catalogue") from None


def category_of(name: str) -> Category:
    """The category of kind ``name``; a kind no longer in the catalogue (a stored notice's) is
    filed under account notices."""
    found = KINDS.get(name)
    return found.category if found is not None else Category.ACCOUNT
