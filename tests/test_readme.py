"""The README as a new user reads it: its commands and its Python example work as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_debian_package_make_test_installs_is_named() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installed = re.search(r"apt-get install -y -qq ([^>]+?)\s*>", makefile)
    assert installed is not None
    for package in installed.group(1).split():
        assert f"`{package}`" in README, package


def test_commands_use_no_folder_outside_the_repository_and_mark_placeholders() -> None:
    assert "../" not in README
    assert not re.search(r"\b(?:a|b)\.txt\b|\bnew/", README)
    assert "placeholder" in README


def test_the_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    block = re.search(r"From Python.*?```python\n(.*?)```", README, re.DOTALL)
    assert block is not None
    code = block.group(1).replace("out/seeds.graph", str(tmp_path / "g.graph"))
    monkeypatch.chdir(ROOT)
    scope: dict[str, object] = {
        "text": "استقبل الرئيس الأذربيجاني إلهام علييف وزير الخارجية التركي."
    }
    exec(compile(code, "README.md", "exec"), scope)
    assert (tmp_path / "g.graph" / "nodes.parquet").is_file()
