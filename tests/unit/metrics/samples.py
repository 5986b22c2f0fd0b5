"""Reading the process's Prometheus registry in tests: each test compares before and after, as
every test of the process shares the one registry."""

from __future__ import annotations

from prometheus_client import REGISTRY


def sample(name: str, **labels: str) -> float:
    """The current value of one sample (0 when it was never observed)."""
    return REGISTRY.get_sample_value(name, labels) or 0.0


def labelled(**labels: str) -> list[str]:
    """The names of every sample, of any series, whose labels include ``labels``."""
    return [found.name for metric in REGISTRY.collect() for found in metric.samples
            if labels.items() <= found.labels.items()]
