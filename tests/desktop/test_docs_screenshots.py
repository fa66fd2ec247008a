"""docs/screenshots/ holds what tools/docs_screenshots.py makes and nothing else: every main view,
both languages and both themes, each at 1280×720 (twice that at a ratio of 2), small enough to
keep in the repository; the README shows some of them and says how to make them again."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "docs" / "screenshots"


def script() -> Any:
    if str(ROOT / "tools") not in sys.path:
        sys.path.insert(0, str(ROOT / "tools"))
    return importlib.import_module("docs_screenshots")


def test_the_folder_holds_the_scripts_pictures_and_nothing_else() -> None:
    tool = script()
    made = {shot.file_name() for shot in (*tool.SHOTS, *tool.HIDPI)}
    assert {p.name for p in FOLDER.iterdir()} == made
    assert {shot.view for shot in tool.SHOTS} == set(tool.VIEWS) == set(tool.SHOOT)
    assert {shot.language for shot in tool.SHOTS} == {"pt_BR", "en"}
    assert {shot.theme for shot in tool.SHOTS} == {"light", "dark"}
    assert any(shot.scale == 2 for shot in tool.HIDPI)


def test_each_picture_is_a_whole_window_and_the_set_stays_small() -> None:
    total = 0
    for path in sorted(FOLDER.glob("*.png")):
        reader = QImageReader(str(path))
        assert reader.format() == b"png", path.name
        assert reader.size() == (QSize(2560, 1440) if "@2x" in path.name else QSize(1280, 720)), path.name
        total += path.stat().st_size
    assert total < 4 * 1024 * 1024


def test_the_readme_shows_them_and_says_how_to_make_them() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"docs/screenshots/([\w.@-]+\.png)", readme)
    assert 2 <= len(shown) <= 4
    assert all((FOLDER / name).is_file() for name in shown)
    assert "uv run python tools/docs_screenshots.py" in readme
