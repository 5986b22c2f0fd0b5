"""Ports for the servers and apps tests start: free, and outside the kernel's ephemeral range.

A port the kernel may hand out to outgoing connections (``ip_local_port_range``, 32768-60999
here) is a trap for a server that restarts: while it is down, a client reconnecting to it can be
given that same port as its own end and connect to itself (TCP's simultaneous open), and the
restarted server then fails to bind ("Address already in use"). A soak run's Kafka restart failed
that way on port 59192. So servers that tests stop and start again live below the range.
"""

from __future__ import annotations

import random
import socket
from pathlib import Path

LOWEST = 30000
"""Every server of ours has its default port below this (`make up`'s, the test session's, the
fault tests', `test_make_up`'s), so a port from here up is nobody's by default."""
_handed_out: set[int] = set()


def _ephemeral_start() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def free_port() -> int:
    """A port no server of ours has by default, not handed out before in this process, free
    now, and below the ephemeral range."""
    candidates = [port for port in range(LOWEST, _ephemeral_start()) if port not in _handed_out]
    random.shuffle(candidates)  # two test sessions at once rarely pick alike
    for port in candidates:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.add(port)
        return port
    raise RuntimeError(f"no free port between {LOWEST} and the ephemeral range")
