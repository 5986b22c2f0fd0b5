"""The words of each email, in plain text and HTML (pure functions, so tests read them)."""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from services.notifications.email.message import Email
from smartpick.events import EmailVerificationRequested


def verification_link(web_base_url: str, token: str) -> str:
    return f"{web_base_url.rstrip('/')}/verify-email?{urlencode({'token': token})}"


def verification_email(event: EmailVerificationRequested, web_base_url: str) -> Email:
    """Asks the reader to open the link; says until when it works and what to do if they did
    not sign up (nothing: an unverified address receives nothing else)."""
    link = verification_link(web_base_url, event.token)
    until = event.expires_at.strftime("%d %B %Y, %H:%M UTC")
    text = (f"Welcome to Smart Pick.\n\n"
            f"Please confirm that this is your email address by opening this link:\n\n{link}\n\n"
            f"The link works until {until}.\n"
            f"If you did not sign up for Smart Pick, ignore this email.\n")
    html = (f"<!doctype html><html><body>"
            f"<p>Welcome to Smart Pick.</p>"
            f"<p>Please confirm that this is your email address:</p>"
            f'<p><a href="{escape(link)}">Verify my email address</a></p>'
            f"<p>The link works until {escape(until)}.<br>"
            f"If you did not sign up for Smart Pick, ignore this email.</p>"
            f"</body></html>")
    return Email(to=event.email, subject="Verify your email address for Smart Pick",
                 text=text, html=html)
