"""Render a kustomization of deploy/k8s in Python, for tests on machines without kustomize.

Operators apply the overlays with `kubectl apply -k`; no pip-installable kustomize ships its
binary, so the tests render them here. Only the subset deploy/k8s uses is understood, and
anything else is refused rather than skipped, so the rendering cannot silently differ from
kustomize's: ``resources`` (files or folders with a kustomization.yaml), ``patches`` given by
``path`` (strategic-merge patches, each applied to the resource of the same kind and name) and
``images`` (``newName`` / ``newTag`` for a container image name).

    python -m deploy.k8s.render deploy/k8s/overlays/local    # the manifests, as YAML
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import yaml

Manifest = dict[str, Any]
SUPPORTED = {"apiVersion", "kind", "resources", "patches", "images"}
MERGE_KEYS = {
    "containers": "name", "initContainers": "name", "env": "name", "volumes": "name",
    "volumeMounts": "mountPath", "ports": "containerPort",
}
"""Lists a strategic merge patch merges item by item, by the key Kubernetes declares for them;
every other list is replaced whole, as Kubernetes does."""


class Unsupported(ValueError):
    """The kustomization uses something this renderer does not implement."""


def render(folder: Path) -> list[Manifest]:
    """The manifests the kustomization in ``folder`` produces, patched, in resource order."""
    kustomization = _load_one(folder / "kustomization.yaml")
    if unknown := set(kustomization) - SUPPORTED:
        raise Unsupported(f"{folder}: {sorted(unknown)} not supported by deploy/k8s/render.py")
    manifests: list[Manifest] = []
    for resource in kustomization.get("resources", []):
        path = folder / resource
        manifests += render(path) if path.is_dir() else _load_all(path)
    _refuse_duplicates(manifests, folder)
    for patch in kustomization.get("patches", []):
        if set(patch) != {"path"}:
            raise Unsupported(f"{folder}: only patches given by path are supported: {patch}")
        for document in _load_all(folder / patch["path"]):
            _apply_patch(manifests, document, folder / patch["path"])
    for image in kustomization.get("images", []):
        _set_image(manifests, image)
    return manifests


def merge(target: Any, patch: Any, field: str = "") -> Any:
    """``patch`` merged into ``target`` as a strategic merge patch; ``field`` names the list."""
    if isinstance(target, dict) and isinstance(patch, dict):
        merged = dict(target)
        for key, value in patch.items():
            if value is None:
                merged.pop(key, None)  # null deletes, as in kustomize
            else:
                merged[key] = merge(target.get(key), value, key) if key in target else value
        return merged
    key = MERGE_KEYS.get(field)
    if key and isinstance(target, list) and isinstance(patch, list):
        merged_items = list(target)
        for item in patch:
            same = [i for i, old in enumerate(merged_items) if old.get(key) == item.get(key)]
            if same:
                merged_items[same[0]] = merge(merged_items[same[0]], item, field)
            else:
                merged_items.append(item)
        return merged_items
    return copy.deepcopy(patch)


def _apply_patch(manifests: list[Manifest], patch: Manifest, source: Path) -> None:
    for index, manifest in enumerate(manifests):
        if _identity(manifest) == _identity(patch):
            manifests[index] = merge(manifest, patch)
            return
    raise ValueError(f"{source}: no resource {_identity(patch)} to patch")


def _set_image(manifests: list[Manifest], image: dict[str, str]) -> None:
    for manifest in manifests:
        pod = manifest.get("spec", {}).get("template", {}).get("spec", {})
        for container in pod.get("containers", []) + pod.get("initContainers", []):
            name, _, tag = container["image"].partition(":")
            if name == image["name"]:
                new_tag = image.get("newTag", tag)
                new_name = image.get("newName", name)
                container["image"] = f"{new_name}:{new_tag}" if new_tag else new_name


def _identity(manifest: Manifest) -> tuple[str, str]:
    return manifest["kind"], manifest["metadata"]["name"]


def _refuse_duplicates(manifests: list[Manifest], folder: Path) -> None:
    seen = [_identity(manifest) for manifest in manifests]
    if duplicates := {identity for identity in seen if seen.count(identity) > 1}:
        raise ValueError(f"{folder}: resources defined twice: {sorted(duplicates)}")


def _load_all(path: Path) -> list[Manifest]:
    return [document for document in yaml.safe_load_all(path.read_text()) if document]


def _load_one(path: Path) -> Manifest:
    document: Manifest = yaml.safe_load(path.read_text())
    return document


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m deploy.k8s.render FOLDER", file=sys.stderr)
        return 2
    print(yaml.safe_dump_all(render(Path(argv[0])), sort_keys=False), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
