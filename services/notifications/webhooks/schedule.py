"""When a failed webhook attempt is tried again: the configured waits, each with jitter.

The waits (Svix's: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h after an immediate first try) come
from settings so tests can compress them. Jitter spreads the retries of many messages that
failed together, so a partner coming back is not hit by all of them in the same second.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

JITTER = 0.1
"""Each wait is drawn from ±10 % of its configured value."""


def next_wait(attempt: int, waits: Sequence[float], rng: random.Random | None = None
              ) -> float | None:
    """Seconds before attempt ``attempt + 1`` after attempt ``attempt`` failed; None once the
    waits are used up (the message has failed for good)."""
    if attempt > len(waits):
        return None
    wait = waits[attempt - 1]
    return wait * (1 + (rng or random).uniform(-JITTER, JITTER))
