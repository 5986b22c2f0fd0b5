"""A stage-by-stage progress bar on stderr, shown only for long runs on a terminal."""

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

LONG_INPUT_BYTES = 5_000_000  # below this a run takes well under a second: no bar


class Stages:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.task = progress.add_task("", total=total) if progress else None
        self.started = False

    def step(self, label: str) -> None:
        """Mark the previous stage done and name the one starting now."""
        if self.progress is None or self.task is None:
            return
        if self.started:
            self.progress.advance(self.task)
        self.started = True
        self.progress.update(self.task, description=label)


def wanted(long_run: bool) -> bool:
    return long_run and sys.stderr.isatty()


@contextmanager
def stages(enabled: bool, total: int) -> Iterator[Stages]:
    if not enabled:
        yield Stages(None, total)
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        yield Stages(progress, total)
