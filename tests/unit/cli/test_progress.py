"""The progress bar: only for long runs, only when stderr is a terminal, never in the output."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from cli import progress
from matchsim.generator import generate, scaled

REPO = Path(__file__).resolve().parents[3]


def test_wanted_only_for_long_runs_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert progress.wanted(True) and not progress.wanted(False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert not progress.wanted(True)


def test_a_long_run_on_a_terminal_shows_its_stages_on_stderr(tmp_path: Path) -> None:
    instance = tmp_path / "long.json"
    instance.write_text(json.dumps(generate(scaled(24_000), seed=4)))
    assert instance.stat().st_size >= progress.LONG_INPUT_BYTES
    controller, terminal = pty.openpty()
    run = subprocess.run(
        [sys.executable, "-m", "cli.main", "match-sim", "--input", str(instance), "--json",
         "--output", str(tmp_path / "out.json")],
        cwd=REPO, stdout=subprocess.PIPE, stderr=terminal, timeout=120, check=False,
        env={**os.environ, "COLUMNS": "100"})
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal's other end is closed: everything was read
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert run.returncode == 0
    assert b"matching" in shown  # a stage label, drawn on the terminal
    assert json.loads(run.stdout)["stats"]["applicants"] == 24_000  # stdout stays clean JSON
