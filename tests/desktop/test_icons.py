"""The desk's SVG icons (kronos_desktop/ui/icons.py): every name used is shipped, each is drawn
in the palette's colours (light and dark, disabled greyed), follows a palette switched at once,
and is sharp at a device pixel ratio of 2."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QListWidget

from kronos_desktop.resources import resources_dir
from kronos_desktop.ui import actions, icons, look
from kronos_desktop.ui.look_colours import DARK, LIGHT
from kronos_desktop.ui.main_window import SECTIONS, MainWindow

LIGHT_TEXT, DARK_TEXT, GREY = "#1f1b24", "#ece8f2", "#9a94a3"


def palette(text: str, window: str) -> QPalette:
    made = QPalette(QColor(window))
    made.setColor(QPalette.ColorRole.WindowText, QColor(text))
    made.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(GREY))
    return made


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    saved = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(saved)


def inked(image: QImage) -> list[QColor]:
    """The colours of the pixels drawn fully opaque (the strokes' cores, not their soft edges)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    found = []
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                found.append(colour)
    return found


def test_every_icon_the_desk_names_is_shipped() -> None:
    used = {s.icon for s in actions.ACTIONS if s.icon} | set(icons.SECTIONS.values())
    assert used <= icons.NAMES
    folder = resources_dir() / "icons"
    missing = sorted(name for name in icons.NAMES if not (folder / f"{name}.svg").is_file())
    assert missing == []
    # and nothing shipped that is not drawn (the app's own logo and the style sheet's arrow aside)
    shipped = {p.stem for p in folder.glob("*.svg")} - {"kronos", "chevron-down"}
    assert shipped == set(icons.NAMES)
    assert (folder / "LICENSE-lucide.txt").read_text(encoding="utf-8").startswith("The icons of this folder")
    # the actions people use most show one in menus and on buttons
    for name in ("desk.lock", "file.quit", "edit.undo", "agenda.book", "agenda.today", "clients.new",
                 "checkout.drawer_open", "checkout.drawer_cash_in", "checkout.drawer_close"):  # fmt: skip
        assert actions.spec(name).icon, name


def test_an_unknown_name_is_refused() -> None:
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")


@pytest.mark.parametrize(("text", "window"), [(LIGHT_TEXT, "#f6f5f8"), (DARK_TEXT, "#1b1820")])
def test_drawn_in_the_palettes_text_colour(app_palette: QApplication, text: str, window: str) -> None:
    app_palette.setPalette(palette(text, window))
    lock = icons.icon("lock")
    drawn = inked(lock.pixmap(QSize(24, 24)).toImage())
    assert len(drawn) > 30  # a visible lock, not an empty square
    assert {c.name() for c in drawn} == {text}
    greyed = inked(lock.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage())
    assert {c.name() for c in greyed} == {GREY}


def test_a_palette_switched_redraws_the_same_icon(app_palette: QApplication) -> None:
    undo = icons.icon("undo-2")
    app_palette.setPalette(palette(LIGHT_TEXT, "#ffffff"))
    assert {c.name() for c in inked(undo.pixmap(QSize(20, 20)).toImage())} == {LIGHT_TEXT}
    app_palette.setPalette(palette(DARK_TEXT, "#000000"))
    assert {c.name() for c in inked(undo.pixmap(QSize(20, 20)).toImage())} == {DARK_TEXT}


def test_sharp_at_twice_the_pixels(app_palette: QApplication) -> None:
    app_palette.setPalette(palette(LIGHT_TEXT, "#ffffff"))
    search = icons.icon("search")
    once, twice = search.pixmap(QSize(24, 24), 1.0), search.pixmap(QSize(24, 24), 2.0)
    assert once.size() == QSize(24, 24)
    assert twice.size() == QSize(48, 48)
    assert twice.devicePixelRatio() == 2.0
    # drawn at 48 px, not 24 px blown up: its strokes' soft edges stay one pixel wide, so far more
    # of its ink is solid than in the small drawing scaled up (sharply: smoothly, none would be)
    blown = once.scaled(QSize(48, 48), mode=Qt.TransformationMode.FastTransformation)
    assert len(inked(twice.toImage())) > 1.3 * len(inked(blown.toImage())) > 0


def test_a_widget_in_colours_of_its_own(app_palette: QApplication) -> None:
    app_palette.setPalette(palette(LIGHT_TEXT, "#ffffff"))
    side = QListWidget()
    side.setStyleSheet("QListWidget { color: #ddd6e6; background: #231d2b; }")
    side.ensurePolished()
    on_dark = icons.icon("users", side)
    assert {c.name() for c in inked(on_dark.pixmap(QSize(20, 20)).toImage())} == {"#ddd6e6"}
    side.deleteLater()


def test_the_menus_show_icons(window: MainWindow) -> None:
    for name in ("desk.lock", "file.quit", "edit.undo", "agenda.today", "agenda.book", "help.shortcuts"):
        action = window.action_set.actions[name]
        assert action.icon().name() == actions.spec(name).icon
        assert not action.icon().pixmap(QSize(16, 16)).isNull()


def test_icons_take_each_themes_text_colour(app_palette: QApplication) -> None:
    """On the desk's light and dark themes (ui/look.py's palettes), an icon is drawn in the
    theme's text colour: dark on the light page, light on the dark one."""
    quit_icon = icons.icon(actions.spec("file.quit").icon or "")
    for theme in (LIGHT, DARK):
        app_palette.setPalette(look.palette_of(theme))
        assert {c.name() for c in inked(quit_icon.pixmap(QSize(16, 16)).toImage())} == {QColor(theme.text).name()}


def test_the_sections_show_icons_in_the_lists_own_colours(window: MainWindow) -> None:
    window.nav.setStyleSheet("QListWidget { color: #ddd6e6; background: #231d2b; }")  # as the desk's sheet has it
    window.nav.ensurePolished()
    for row, key in enumerate(SECTIONS):
        item = window.nav.item(row)
        assert item.icon().name() == icons.SECTIONS[key]
        assert {c.name() for c in inked(item.icon().pixmap(QSize(20, 20)).toImage())} == {"#ddd6e6"}
