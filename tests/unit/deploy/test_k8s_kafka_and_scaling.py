"""The topics Job creates exactly the topics of the registry, and production scales each app
within what its topics allow, matching on the lag of the consumer group the code names."""

import os
import subprocess
from itertools import pairwise
from pathlib import Path
from typing import Any, cast

import pytest

from deploy.local.stack import APPS, App
from services.matching.handlers import HANDLERS, Dependencies
from services.matching.settings import Settings as MatchingSettings
from smartpick.events import TOPICS, dead_letter_topic
from tests.unit.deploy.overlays import K8S, OVERLAYS, container, find, of_kind, secret_keys

CONSUMERS = ("matching", "notifications")
"""Services whose consumer groups share the topics' partitions: more replicas than partitions
would sit idle."""


def _job_env(overlay: str) -> dict[str, Any]:
    job = find(overlay, "Job", "kafka-topics")
    return {variable["name"]: variable for variable in container(job)["env"]}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_job_creates_every_topic_of_the_registry_with_its_partitions(overlay: str) -> None:
    listed = dict(entry.rsplit(":", 1) for entry in _job_env(overlay)["TOPICS"]["value"].split())
    expected = {topic.name: str(topic.partitions) for topic in TOPICS}
    expected |= {dead_letter_topic(topic.name): "1" for topic in TOPICS}  # smartpick/topics.py
    assert listed == expected


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_job_uses_the_kafka_and_topic_prefix_the_apps_use(overlay: str) -> None:
    env = _job_env(overlay)
    kafka = env["KAFKA_BOOTSTRAP_SERVERS"]["valueFrom"]["secretKeyRef"]
    assert "KAFKA_BOOTSTRAP_SERVERS" in secret_keys(overlay, kafka["name"])
    assert env["TOPIC_PREFIX"]["valueFrom"]["configMapKeyRef"]["name"] == "smartpick-platform"
    script = container(find(overlay, "Job", "kafka-topics"))["command"][-1]
    assert "kafka-topics.sh" in script and "--if-not-exists" in script
    assert container(find(overlay, "Job", "kafka-topics"))["image"].startswith("apache/kafka:4.")


def test_the_job_script_passes_each_topic_with_prefix_partitions_and_replication(
        tmp_path: Path) -> None:
    """Runs the Job's shell script with kafka-topics.sh replaced by a stub recording its
    arguments, as the Kafka image's /bin/sh would run it."""
    stub = tmp_path / "kafka-topics.sh"
    stub.write_text('#!/bin/sh\necho "$@" >> "$CALLS"\n')
    stub.chmod(0o755)
    script = container(find("production", "Job", "kafka-topics"))["command"][-1]
    env = _job_env("production")
    subprocess.run(["/bin/sh", "-ec", script.replace("/opt/kafka/bin/kafka-topics.sh", str(stub))],
                   check=True, env={"PATH": os.environ["PATH"], "CALLS": str(tmp_path / "calls"),
                                    "TOPICS": env["TOPICS"]["value"], "TOPIC_PREFIX": "test-",
                                    "KAFKA_BOOTSTRAP_SERVERS": "kafka:9092",
                                    "REPLICATION_FACTOR": "3"})
    calls = [line.split() for line in (tmp_path / "calls").read_text().splitlines()]
    created = {}
    for arguments in calls:
        option = dict(pairwise(arguments))  # each option with the word after it
        assert option["--bootstrap-server"] == "kafka:9092"
        assert option["--replication-factor"] == "3"
        assert "--create" in arguments and "--if-not-exists" in arguments
        created[option["--topic"]] = int(option["--partitions"])
    assert created == {"test-" + topic.name: topic.partitions for topic in TOPICS} | {
        "test-" + dead_letter_topic(topic.name): 1 for topic in TOPICS}


def test_production_keeps_three_copies_of_every_record() -> None:
    assert find("production", "ConfigMap", "kafka-topics")["data"]["REPLICATION_FACTOR"] == "3"


def test_local_runs_one_replica_of_each_app_without_autoscaling() -> None:
    for app in APPS:
        assert find("local", "Deployment", app.name)["spec"]["replicas"] == 1
    assert of_kind("local", "HorizontalPodAutoscaler") == of_kind("local",
                                                                  "PodDisruptionBudget") == []
    assert find("local", "ConfigMap", "smartpick-platform")["data"]["ENVIRONMENT"] == "local"


@pytest.mark.parametrize("app", APPS, ids=lambda app: app.name)
def test_production_runs_two_replicas_or_more_autoscaled_and_disruption_bounded(app: App) -> None:
    assert find("production", "Deployment", app.name)["spec"]["replicas"] >= 2
    autoscaler = find("production", "HorizontalPodAutoscaler", app.name)["spec"]
    assert autoscaler["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment",
                                            "name": app.name}
    assert 2 <= autoscaler["minReplicas"] < autoscaler["maxReplicas"]
    if app.name in CONSUMERS:
        assert autoscaler["maxReplicas"] <= min(topic.partitions for topic in TOPICS)
    budget = find("production", "PodDisruptionBudget", app.name)["spec"]
    assert budget["selector"]["matchLabels"] == {"app.kubernetes.io/name": app.name}
    assert budget["maxUnavailable"] == 1
    assert find("production", "ConfigMap", "smartpick-platform")["data"]["ENVIRONMENT"] == (
        "production")


def test_matching_scales_on_the_lag_of_its_own_consumer_group() -> None:
    metrics = find("production", "HorizontalPodAutoscaler", "matching")["spec"]["metrics"]
    [external] = [metric["external"] for metric in metrics if metric["type"] == "External"]
    prefix = find("production", "ConfigMap", "smartpick-platform")["data"]["TOPIC_PREFIX"]
    group = prefix + MatchingSettings.model_fields["service_name"].default  # smartpick/service.py
    assert external["metric"] == {"name": "kafka_consumergroup_lag",
                                  "selector": {"matchLabels": {"consumergroup": group}}}
    consumed = {event.topic for event in HANDLERS.bind(cast(Dependencies, None))}
    partitions = {topic.name: topic.partitions for topic in TOPICS}
    autoscaler = find("production", "HorizontalPodAutoscaler", "matching")["spec"]
    assert autoscaler["maxReplicas"] <= min(partitions[topic] for topic in consumed)


@pytest.mark.parametrize("app", [app for app in APPS if app.name != "matching"],
                         ids=lambda app: app.name)
def test_the_other_apps_scale_on_cpu(app: App) -> None:
    [metric] = find("production", "HorizontalPodAutoscaler", app.name)["spec"]["metrics"]
    assert metric["resource"]["name"] == "cpu"


FIRST = "-l 'app.kubernetes.io/name in (smartpick-platform,kafka-topics)'"
"""The selector deploy/k8s/README.md applies the topics Job with, before the apps."""


def test_the_topics_job_and_the_config_maps_it_reads_can_be_applied_before_the_apps() -> None:
    assert FIRST in (K8S / "README.md").read_text()
    selected = {"smartpick-platform", "kafka-topics"}
    job = find("production", "Job", "kafka-topics")
    assert job["metadata"]["labels"]["app.kubernetes.io/name"] in selected
    for variable in container(job)["env"]:
        if reference := variable.get("valueFrom", {}).get("configMapKeyRef"):
            config = find("production", "ConfigMap", reference["name"])
            assert config["metadata"]["labels"]["app.kubernetes.io/name"] in selected
