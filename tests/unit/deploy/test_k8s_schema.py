"""Every manifest of each overlay is valid Kubernetes: checked offline, strictly (an unknown or
misspelt field fails), against the API schemas kubernetes-validate ships."""

import kubernetes_validate
import pytest

from tests.unit.deploy.overlays import OVERLAYS, rendered

KUBERNETES_VERSIONS = ("1.31.0", "1.37.0")
"""A version managed clusters still run, and the newest schemas the package has."""


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_manifest_of_the_overlay_is_valid_kubernetes(overlay: str, version: str) -> None:
    for manifest in rendered(overlay):
        kubernetes_validate.validate(manifest, version, strict=True)


def test_strict_validation_refuses_a_misspelt_field() -> None:
    deployment = next(m for m in rendered("production") if m["kind"] == "Deployment")
    misspelt = {**deployment, "spec": {**deployment["spec"], "replica": 2}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(misspelt, KUBERNETES_VERSIONS[-1], strict=True)
