"""patches/ mirrors generated/: every hand-written module has a generated twin at the same path.

A reader who knows one tree knows the other; a patch without a twin patches nothing.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PATCHES = REPO / "patches" / "osparc_sdk_patches"
GENERATED = REPO / "generated" / "osparc_sdk_generated"


def modules_without_twin(patches: Path, generated: Path) -> list[str]:
    """Relative paths of the modules under `patches` that `generated` does not have."""
    return sorted(
        str(module.relative_to(patches))
        for module in patches.rglob("*.py")
        if "__pycache__" not in module.parts
        and not (generated / module.relative_to(patches)).is_file()
    )


def test_every_patch_module_has_a_generated_twin() -> None:
    patched = list(PATCHES.rglob("*.py"))
    assert len(patched) > 10
    assert (PATCHES / "client.py").is_file()
    missing = modules_without_twin(PATCHES, GENERATED)
    assert not missing, (
        "modules in patches/osparc_sdk_patches with no twin of the same path in "
        f"generated/osparc_sdk_generated: {', '.join(missing)}"
    )


def test_a_module_without_twin_is_reported(tmp_path: Path) -> None:
    patches, generated = tmp_path / "patches", tmp_path / "generated"
    for tree in (patches, generated):
        (tree / "api" / "files").mkdir(parents=True)
        (tree / "client.py").write_text("")
        (tree / "api" / "files" / "__init__.py").write_text("")
    (patches / "api" / "files" / "resumable.py").write_text("")
    (patches / "helpers.py").write_text("")
    assert modules_without_twin(patches, generated) == ["api/files/resumable.py", "helpers.py"]
