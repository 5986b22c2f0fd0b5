"""The test platform's teardown: an app that ignores SIGTERM is killed, not left running."""

from __future__ import annotations

import subprocess
import sys

from tests.e2e.conftest import Platform
from tests.servers import Servers

STUBBORN = ("import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
            "print('ready', flush=True); time.sleep(120)")


def test_stop_kills_an_app_that_ignores_sigterm() -> None:
    platform = Platform(Servers("127.0.0.1:1", "mongodb://127.0.0.1:1", "local"), "t.",
                        stop_within=0.5)
    process = subprocess.Popen([sys.executable, "-c", STUBBORN], stdout=subprocess.PIPE)
    assert process.stdout is not None and process.stdout.readline() == b"ready\n"
    platform.processes["matching"] = process

    platform.stop("matching")

    assert process.returncode == -9
    assert platform.processes == {}
