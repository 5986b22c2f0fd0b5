"""The renderer of deploy/k8s merges patches as kustomize does, and refuses what it cannot do."""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from deploy.k8s.render import Unsupported, merge, render
from tests.unit.deploy.overlays import K8S, OVERLAYS, rendered


def test_a_patch_merges_containers_and_env_by_name_and_replaces_other_lists() -> None:
    base = {"containers": [{"name": "app", "image": "a", "args": ["x", "y"],
                            "env": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]}]}
    patch = {"containers": [{"name": "app", "args": ["z"], "env": [{"name": "B", "value": "3"}]}]}
    assert merge(base, patch) == {"containers": [{
        "name": "app", "image": "a", "args": ["z"],
        "env": [{"name": "A", "value": "1"}, {"name": "B", "value": "3"}]}]}


def test_null_in_a_patch_deletes_the_field() -> None:
    assert merge({"a": 1, "b": 2}, {"b": None}) == {"a": 1}


def _write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def test_an_overlay_patches_its_base_and_sets_the_image(tmp_path: Path) -> None:
    (tmp_path / "base").mkdir()
    _write(tmp_path / "base", {
        "kustomization.yaml": "resources: [app.yaml]\n",
        "app.yaml": "kind: Deployment\nmetadata: {name: app}\nspec: {replicas: 2, template: "
                    "{spec: {containers: [{name: app, image: smartpick}]}}}\n"})
    _write(tmp_path, {
        "kustomization.yaml": "resources: [base]\npatches: [{path: one.yaml}]\n"
                              "images: [{name: smartpick, newName: r/smartpick, newTag: '1'}]\n",
        "one.yaml": "kind: Deployment\nmetadata: {name: app}\nspec: {replicas: 1}\n"})
    [app] = render(tmp_path)
    assert app["spec"]["replicas"] == 1
    assert app["spec"]["template"]["spec"]["containers"][0]["image"] == "r/smartpick:1"


def test_a_kustomization_feature_it_does_not_implement_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, {"kustomization.yaml": "resources: []\nnamePrefix: x-\n"})
    with pytest.raises(Unsupported, match="namePrefix"):
        render(tmp_path)


def test_a_patch_without_its_resource_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path, {"kustomization.yaml": "resources: []\npatches: [{path: p.yaml}]\n",
                      "p.yaml": "kind: Deployment\nmetadata: {name: nowhere}\n"})
    with pytest.raises(ValueError, match="nowhere"):
        render(tmp_path)


@pytest.mark.skipif(shutil.which("kustomize") is None, reason="kustomize is not on PATH")
@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_renderer_agrees_with_kustomize(overlay: str) -> None:
    """Where kustomize is installed, the renderer gives what it gives (same resources, same
    contents; kustomize orders them by kind)."""
    built = subprocess.run(["kustomize", "build", str(K8S / "overlays" / overlay)],
                           capture_output=True, text=True, check=True).stdout
    by_identity = {(d["kind"], d["metadata"]["name"]): d for d in yaml.safe_load_all(built) if d}
    assert by_identity == {(d["kind"], d["metadata"]["name"]): d for d in rendered(overlay)}
