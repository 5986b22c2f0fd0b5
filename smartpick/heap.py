"""Python's cycle collector set for a process that serves for hours: what start-up built is
never scanned again, and young objects are scanned less often.

At Python's defaults the collector cost the gateway 11 % of its CPU and the notifications
service 6 % in the pipeline benchmark at 100 updates a second (benchmarks/RESULTS.md, issue 13):
most of it full collections, each walking every object start-up made (the GraphQL schema,
pydantic's validators, the imported modules), which live as long as the process does. Frozen,
they leave the collector's view; the young generation's threshold raised from 700 to
``YOUNG_THRESHOLD`` makes a request's short-lived containers mostly freed by reference
counting before any scan sees them. Reference counting frees everything it can as before; only
garbage cycles wait a little longer (a young collection every 10,000 net allocations).
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000
"""Net container allocations between two young collections (Python's default: 700)."""


def settle() -> None:
    """Called once a process has started: freeze what exists, then scan young objects less
    often. Freezing moves lists and costs nothing; what start-up left as garbage cycles stays,
    a bounded amount once per start."""
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
