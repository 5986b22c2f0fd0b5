"""The Grafana dashboard asks only for series the code defines, by labels they carry, and the
Prometheus scrape configuration names the jobs it groups by."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from prometheus_client.metrics import MetricWrapperBase

from smartpick import metrics

DEPLOY = Path(__file__).resolve().parents[3] / "deploy"
SUFFIXES = {"counter": ("_total",), "gauge": ("",), "histogram": ("_bucket", "_count", "_sum")}
SCRAPE_LABELS = {"job", "instance", "le"}
"""Labels Prometheus adds itself (``le``: a histogram bucket's bound)."""
SERIES = re.compile(r"\b(smartpick_[a-z0-9_]+)(\{[^}]*\})?")
GROUPING = re.compile(r"\bby \(([^)]*)\)")


def families() -> dict[str, tuple[set[str], set[str]]]:
    """Each series smartpick/metrics.py defines: the names of its samples, and its labels."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for value in vars(metrics).values():
        if isinstance(value, MetricWrapperBase):
            for family in value.describe():
                found[family.name] = ({family.name + suffix for suffix in SUFFIXES[family.type]},
                                      set(value._labelnames))
    return found


def defined() -> dict[str, set[str]]:
    """Each sample name the code exposes, with its labels."""
    return {name: labels for names, labels in families().values() for name in names}


def expressions(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "expr":
                yield value
            else:
                yield from expressions(value)
    elif isinstance(node, list):
        for item in node:
            yield from expressions(item)


def dashboard() -> Any:
    return json.loads((DEPLOY / "grafana" / "smartpick.json").read_text())


def test_every_expression_names_defined_series_by_their_labels() -> None:
    series = defined()
    found = list(expressions(dashboard()))
    assert len(found) >= 10
    for expr in found:
        named = SERIES.findall(expr)
        assert named, expr
        labels = set(SCRAPE_LABELS)
        for name, selector in named:
            assert name in series, f"{name} is no series the code defines: {expr}"
            labels |= series[name]
            used = set(re.findall(r"(\w+)\s*=~?", selector))
            assert used <= labels, f"{used - labels} not on {name}: {expr}"
        for grouping in GROUPING.findall(expr):
            by = {label.strip() for label in grouping.split(",")}
            assert by <= labels, f"{by - labels} not on {named}: {expr}"


def test_every_series_the_code_defines_is_on_the_dashboard() -> None:
    shown = {name for expr in expressions(dashboard()) for name, _ in SERIES.findall(expr)}
    for family, (names, _) in families().items():
        assert names & shown, f"{family} is on no panel"


def test_the_scrape_configuration_names_every_app_as_a_job() -> None:
    config = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    jobs = {job["job_name"] for job in config["scrape_configs"]}
    assert jobs == {"gateway", "profiles", "matching", "notifications"}
