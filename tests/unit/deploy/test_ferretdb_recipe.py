"""The FerretDB build applies every patch kept beside its wrapper (deploy/local/ferretdb/): a
patch file left out of the list would sit there looking applied, and the binary would differ
from what deploy/local/README.md describes."""

from __future__ import annotations

from deploy.local import infra


def test_every_patch_in_the_folder_is_applied() -> None:
    kept = sorted(path.name for path in (infra.HERE / "ferretdb").glob("*.patch"))
    assert sorted(infra.FERRETDB_PATCHES) == kept
