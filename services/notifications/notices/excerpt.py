"""How much of a person's own text a notice quotes: a glance; the thread has the rest."""

from __future__ import annotations

EXCERPT_CHARS = 280


def excerpt(text: str) -> str:
    """The first ``EXCERPT_CHARS`` characters of ``text``, with "…" when it goes on."""
    return text[:EXCERPT_CHARS] + ("…" if len(text) > EXCERPT_CHARS else "")
