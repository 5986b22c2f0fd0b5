"""The rendered overlays of deploy/k8s, and lookups the tests share."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from deploy.k8s.render import Manifest, render

K8S = Path(__file__).parents[3] / "deploy" / "k8s"
OVERLAYS = ("local", "production")
OPERATOR_SECRETS = {
    "smartpick-jwt": {"JWT_SECRET"},
    "smartpick-connections": {"KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URL"},
}
"""Secrets an overlay does not ship, which the operator creates with these keys
(deploy/k8s/README.md): the local overlay ships smartpick-connections, never smartpick-jwt."""


@cache
def rendered(overlay: str) -> tuple[Manifest, ...]:
    return tuple(render(K8S / "overlays" / overlay))


def find(overlay: str, kind: str, name: str) -> Manifest:
    [manifest] = [m for m in rendered(overlay)
                  if m["kind"] == kind and m["metadata"]["name"] == name]
    return manifest


def of_kind(overlay: str, kind: str) -> list[Manifest]:
    return [m for m in rendered(overlay) if m["kind"] == kind]


def container(deployment: Manifest) -> dict[str, Any]:
    """The one container of an app's pod."""
    [only] = deployment["spec"]["template"]["spec"]["containers"]
    result: dict[str, Any] = only
    return result


def environment(overlay: str, deployment: Manifest) -> set[str]:
    """Every variable the app's container gets: its env and the keys of what envFrom names."""
    spec = container(deployment)
    names = {variable["name"] for variable in spec.get("env", [])}
    for source in spec.get("envFrom", []):
        if "configMapRef" in source:
            names |= set(find(overlay, "ConfigMap", source["configMapRef"]["name"])["data"])
        else:
            names |= secret_keys(overlay, source["secretRef"]["name"])
    return names


def secret_keys(overlay: str, name: str) -> set[str]:
    shipped = [m for m in of_kind(overlay, "Secret") if m["metadata"]["name"] == name]
    if shipped:
        return set(shipped[0].get("stringData", {})) | set(shipped[0].get("data", {}))
    return OPERATOR_SECRETS[name]
