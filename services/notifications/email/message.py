"""An email as sent: plain text and HTML alternatives, with a Message-ID fixed per delivery.

The Message-ID derives from the delivery's id, so a message sent again after a crash (the SMTP
server took it, the process died before recording that) carries the same Message-ID, which mail
clients and servers use to recognise the duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

WIRE = policy.SMTP.clone(max_line_length=998)
"""How a message is written for sending: CRLF, and lines up to SMTP's limit (RFC 5322's 998),
so a long header without spaces (the one-click unsubscribe link, RFC 8058) stays as it is.
With the default 78, Python would MIME-encode it, and mail clients would not recognise it."""


@dataclass(frozen=True)
class Email:
    """What a delivery sends: one recipient, a subject and the same text in two forms."""

    to: str
    subject: str
    text: str
    html: str
    unsubscribe_url: str | None = None
    """The one-click unsubscribe link (RFC 8058) of the notice's category, if it has one."""


def message_id(delivery_id: str, sender: str) -> str:
    """``<delivery id@domain of the sender>``: unique per delivery and the same on every try."""
    _, at, domain = parseaddr(sender)[1].rpartition("@")
    domain = domain if at and domain else "smartpick.local"
    return f"<{delivery_id}@{domain}>"


def build_message(delivery_id: str, email: Email, sender: str, at: datetime) -> EmailMessage:
    """The MIME message: multipart/alternative, plain text first (the fallback), then HTML."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = email.to
    message["Subject"] = email.subject
    message["Date"] = format_datetime(at)
    message["Message-ID"] = message_id(delivery_id, sender)
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies, please
    if email.unsubscribe_url:  # RFC 2369 and RFC 8058: the mail client's unsubscribe button
        message["List-Unsubscribe"] = f"<{email.unsubscribe_url}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(email.text)
    message.add_alternative(email.html, subtype="html")
    return message


def on_the_wire(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=WIRE)
