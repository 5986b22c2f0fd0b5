"""The overlays of deploy/k8s as kustomize builds them, and lookups the tests share."""

from __future__ import annotations

import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).parents[3]
K8S = ROOT / "deploy" / "k8s"
KUSTOMIZE = ROOT / ".local" / "bin" / "kustomize"
"""Built from the Go module proxy by `make kustomize` (a dependency of `make test`)."""
Manifest = dict[str, Any]
OVERLAYS = ("local", "production")
OPERATOR_SECRETS = {
    "smartpick-jwt": {"JWT_SECRET"},
    "smartpick-connections": {"KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URL"},
}
"""Secrets an overlay does not ship, which the operator creates with these keys
(deploy/k8s/README.md): the local overlay ships smartpick-connections, never smartpick-jwt."""


@cache
def rendered(overlay: str) -> tuple[Manifest, ...]:
    """``kustomize build`` of the overlay: what `kubectl apply -k` would apply."""
    assert KUSTOMIZE.exists(), "kustomize is not built: run `make kustomize`"
    built = subprocess.run([str(KUSTOMIZE), "build", str(K8S / "overlays" / overlay)],
                           capture_output=True, text=True, check=True, timeout=60).stdout
    return tuple(document for document in yaml.safe_load_all(built) if document)


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
