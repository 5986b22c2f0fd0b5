"""Renders a kind's templates (services/notifications/templates/<kind>.jinja) with Jinja2.

Each kind's file defines the blocks ``title`` and ``body`` (the in-app notice, one paragraph:
the template's line breaks join, so templates may wrap lines) and may define ``subject``, ``text``
and ``html`` for its email; without them the email's subject is the title, and its text and HTML
are the body inside the layouts of templates/layouts/. Templates see their kind's parameters and
fail on a missing one (``StrictUndefined``) rather than send a blank. HTML is rendered with
autoescaping, plain text without it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

from services.notifications.catalogue import Kind

TEMPLATES = Path(__file__).parent / "templates"


def _environment(autoescape: bool) -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                       autoescape=autoescape, trim_blocks=True, lstrip_blocks=True,
                       keep_trailing_newline=False)


_PLAIN = _environment(autoescape=False)
_HTML = _environment(autoescape=True)


@dataclass(frozen=True)
class Notice:
    """The in-app words of a notice."""

    title: str
    body: str


@dataclass(frozen=True)
class EmailFooter:
    """What every email ends with: where to open the app and to change preferences, and, for
    kinds a person may switch off, the one-click unsubscribe link of the kind's category."""

    open_url: str
    preferences_url: str
    unsubscribe_url: str | None


@dataclass(frozen=True)
class EmailParts:
    subject: str
    text: str
    html: str


def _block(template: Template, block: str, params: Mapping[str, Any]) -> str | None:
    render = template.blocks.get(block)
    if render is None:
        return None
    return "".join(render(template.new_context(dict(params)))).strip()


_KEPT_BREAK = "\x1e"
"""Stands for a line break of a parameter (a person's message) while the template's own line
breaks are joined, so what people typed keeps its lines."""


def _paragraph(text: str | None) -> str:
    joined = re.sub(r"\s*\n\s*", " ", (text or "").strip())
    return joined.replace(_KEPT_BREAK, "\n")


def _protected(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\n", _KEPT_BREAK)
    if isinstance(value, Mapping):
        return {key: _protected(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_protected(item) for item in value]
    return value


def notice(kind: Kind, params: Mapping[str, Any]) -> Notice:
    """The in-app words: the template's line breaks joined into one paragraph, the
    parameters' kept."""
    template, protected = _PLAIN.get_template(kind.template), _protected(params)
    return Notice(_paragraph(_block(template, "title", protected)),
                  _paragraph(_block(template, "body", protected)))


def email(kind: Kind, params: Mapping[str, Any], footer: EmailFooter) -> EmailParts:
    plain, html = _PLAIN.get_template(kind.template), _HTML.get_template(kind.template)
    words = notice(kind, params)
    subject = _paragraph(_block(plain, "subject", _protected(params))) or words.title
    context = {"title": words.title, "body": words.body, "footer": footer}
    text = _block(plain, "text", params) or _PLAIN.get_template(
        "layouts/email.txt.jinja").render(context)
    page = _block(html, "html", params) or _HTML.get_template(
        "layouts/email.html.jinja").render(context)
    return EmailParts(subject=subject, text=text.strip() + "\n", html=page)


def digest(items: list[Notice], day: str, footer: EmailFooter) -> EmailParts:
    """One email listing a day's low-priority notices, oldest first."""
    context = {"items": items, "day": day, "footer": footer}
    count = len(items)
    subject = f"Your Smart Pick digest for {day}: {count} update{'s' if count != 1 else ''}"
    return EmailParts(
        subject=subject,
        text=_PLAIN.get_template("layouts/digest.txt.jinja").render(context).strip() + "\n",
        html=_HTML.get_template("layouts/digest.html.jinja").render(context))
