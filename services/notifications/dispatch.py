"""Where every notice goes out: handlers say who is told what (an ``Outgoing``), and the
dispatcher renders it from the catalogue and sends it on the channels the person chose.

An ``Outgoing``'s id derives from the event that caused it, and so does everything sent for it
(the in-app notice's ``_id``, the email delivery's id): handled twice, it sends nothing twice.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from services.notifications import rendering
from services.notifications.catalogue import Channel, Kind, kind_of
from services.notifications.email.digest import DigestStore
from services.notifications.email.message import Email
from services.notifications.email.sender import EmailSender
from services.notifications.email.store import DeliveriesStore
from services.notifications.in_app.store import NotificationsStore
from services.notifications.ledger.store import Entry, LedgerStore
from services.notifications.people.store import PeopleStore
from services.notifications.preferences.model import Preferences
from services.notifications.preferences.store import PreferencesStore
from services.notifications.preferences.unsubscribe import link


@dataclass(frozen=True)
class Outgoing:
    """One notice to one person."""

    id: str
    """Derived from the event (smartpick.inbox.effect_id, or a key hashed likewise)."""
    recipient: str
    """The account told."""
    kind: str
    """A kind of the catalogue (catalogue.KINDS)."""
    params: Mapping[str, Any] = field(default_factory=dict)
    """What the kind's templates need."""
    subject_id: str | None = None
    """What the notice is about (a mentorship, a simulation), for the client's link."""
    current_at: datetime | None = None
    """Set, the notice replaces the recipient's current one of its kind (deleted if unread),
    unless that one is newer than this moment (NotificationsStore.add_current)."""
    based_on: datetime | None = None
    """With ``current_at``: when the state the notice tells of was written (the profile a list
    notice's counts come from). A notice of an older state never replaces one of a newer,
    whatever their events' times; of one state, the later event's replaces."""
    event_id: str | None = None
    """The platform event that caused it (its CloudEvents id): what it is filed under in the
    delivery ledger (ledger/). None for what no event caused (calendar reminders)."""


@dataclass(frozen=True)
class Links:
    """Where emails point: the web client, and the public API that takes unsubscribe clicks."""

    web_base_url: str
    public_api_url: str
    secret: str
    """Signs unsubscribe links (preferences/unsubscribe.py)."""

    def footer(self, recipient: str, kind: Kind) -> rendering.EmailFooter:
        """The footer of ``kind``'s emails to ``recipient``: with a one-click unsubscribe from
        its category, unless it is an account notice."""
        unsubscribe = None if kind.mandatory else link(
            self.public_api_url, recipient, kind.category, self.secret)
        return self._footer(unsubscribe)

    def digest_footer(self) -> rendering.EmailFooter:
        """A digest's footer: digests mix categories, so it points to the preferences page
        instead of unsubscribing from one."""
        return self._footer(None)

    def _footer(self, unsubscribe_url: str | None) -> rendering.EmailFooter:
        web = self.web_base_url.rstrip("/")
        return rendering.EmailFooter(open_url=f"{web}/", preferences_url=f"{web}/settings/"
                                     "notifications", unsubscribe_url=unsubscribe_url)


class Dispatcher:
    """Renders each notice and sends it on the channels its recipient's preferences give its
    kind, read afresh for every notice (a change takes effect for the next event):

    - in-app: stored once, pushed live unless live updates are off for its category;
    - email, only to a verified address: low-priority kinds wait for the daily digest (unless
      the person turned it off); any other waits for the end of the person's quiet hours, if
      it arrives during them; account notices go at once, whatever the preferences.
    """

    def __init__(self, store: NotificationsStore, people: PeopleStore,
                 preferences: PreferencesStore, deliveries: DeliveriesStore,
                 digests: DigestStore, sender: EmailSender, links: Links,
                 ledger: LedgerStore) -> None:
        self._store = store
        self.people = people
        self._preferences = preferences
        self._deliveries = deliveries
        self._digests = digests
        self._sender = sender
        self.links = links
        self.ledger = ledger

    async def send(self, outgoing: Outgoing) -> None:
        """Send on each channel, and file what was decided in the event's ledger. The
        preferences and the address are read together (one round trip, not two)."""
        kind = kind_of(outgoing.kind)
        preferences, address = await asyncio.gather(
            self._preferences.get(outgoing.recipient),
            self.people.verified_email(outgoing.recipient) if Channel.EMAIL in kind.channels
            else _nothing())
        channels = preferences.channels_for(kind)
        switched_off = [Entry(channel.value, "off by preference", outgoing.recipient, kind.name)
                        for channel in kind.channels - channels]
        entries = switched_off
        if Channel.IN_APP in channels:
            entries += await self._in_app(outgoing, kind, Channel.LIVE in channels)
        if Channel.EMAIL in channels:
            entries.append(await self._email(outgoing, kind, preferences, address))
        await self.ledger.record(outgoing.event_id, entries)

    async def _in_app(self, outgoing: Outgoing, kind: Kind, live: bool) -> list[Entry]:
        words = rendering.notice(kind, outgoing.params)
        if outgoing.current_at is not None:
            stored = await self._store.add_current(
                outgoing.id, outgoing.recipient, kind.name, words.title, words.body,
                outgoing.current_at, based_on=outgoing.based_on, live=live,
                event_id=outgoing.event_id)
        else:
            stored = await self._store.add(outgoing.id, outgoing.recipient, kind.name,
                                           words.title, words.body, outgoing.subject_id,
                                           live=live, event_id=outgoing.event_id)
        told = Entry(Channel.IN_APP.value, "stored" if stored else "stored already, or older "
                     "than the current one", outgoing.recipient, kind.name, outgoing.id)
        if not live:
            return [told]
        return [told, Entry(Channel.LIVE.value, "published to open clients",
                            outgoing.recipient, kind.name, outgoing.id)]

    async def _email(self, outgoing: Outgoing, kind: Kind, preferences: Preferences,
                     address: str | None) -> Entry:
        if address is None:
            return Entry(Channel.EMAIL.value, "not sent: no verified address",
                         outgoing.recipient, kind.name)
        now = datetime.now(UTC)
        if preferences.digested(kind):
            due = preferences.next_digest(now)
            await self._digests.add(outgoing.id, outgoing.recipient, due,
                                    rendering.notice(kind, outgoing.params))
            return Entry(Channel.EMAIL.value, "waits for the daily digest", outgoing.recipient,
                         kind.name, detail=f"digest at {due.isoformat()}")
        later = None if kind.mandatory else preferences.quiet_until(now)
        return await self._mail(delivery_id(outgoing), outgoing, kind, address, later)

    async def mail_unverified(self, outgoing: Outgoing, address: str) -> None:
        """The one email to an address not verified yet, the verification link itself: recorded
        under ``outgoing.id``, whatever the preferences."""
        kind = kind_of(outgoing.kind)
        entry = await self._mail(outgoing.id, outgoing, kind, address, None)
        await self.ledger.record(outgoing.event_id, [entry])

    async def _mail(self, delivery: str, outgoing: Outgoing, kind: Kind, address: str,
                    later: datetime | None) -> Entry:
        footer = self.links.footer(outgoing.recipient, kind)
        parts = rendering.email(kind, outgoing.params, footer)
        email = Email(address, parts.subject, parts.text, parts.html, footer.unsubscribe_url)
        await self._deliveries.record(delivery, kind.name, email, later)
        self._sender.wake()
        return Entry(Channel.EMAIL.value, "deferred by quiet hours" if later else "queued",
                     outgoing.recipient, kind.name, delivery,
                     detail=f"first attempt at {later.isoformat()}" if later else None)


async def _nothing() -> None:
    return None


def delivery_id(outgoing: Outgoing) -> str:
    """The email's delivery id: derived from the notice's, so it too is recorded once."""
    return hashlib.sha256(f"email|{outgoing.id}".encode()).hexdigest()[:32]
