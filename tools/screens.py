"""Screenshots of the Agenda, to be looked at: the day, the day by station, the week (all artists
and one), the month, the booking dialog, free now, and an artist's own day, in pt_BR and English,
at 1280×720 and 1024×600, on a fresh demo studio (offscreen: no display needed).

    uv run python tools/screens.py [OUT_DIR] [--theme light|dark]    # default: ./screens

Each file is named ``<size>-<language>-<view>.png``; the script prints their paths. With
``--theme`` the desk's look (style sheet and palette) in that theme is applied first."""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
from kronos_core.roles import Role
from kronos_desktop import i18n
from kronos_desktop.app import Desk
from kronos_desktop.store import LocalStore
from kronos_desktop.ui.agenda.my_day import MyDayView
from kronos_desktop.ui.agenda.view import AgendaView
from kronos_desktop.ui.look import THEMES, apply_look
from kronos_desktop.ui.main_window import MainWindow

SIZES = ((1280, 720), (1024, 600))
LANGUAGES = ("pt_BR", "en")


def settle(ms: int = 400) -> None:
    """Let the reader thread answer and the views paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def shoot(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def faces(agenda: AgendaView, artist: uuid.UUID) -> list[tuple[str, Callable[[], object]]]:
    """Each view to shoot, with what brings it up (in this order: each step starts from the last)."""
    return [
        ("day", lambda: agenda.set_face("day")),
        ("day-stations", lambda: agenda.set_grouping("station")),
        ("day-artists", lambda: agenda.set_grouping("artist")),
        ("week-all", lambda: agenda.set_face("week")),
        ("week-artist", lambda: agenda.choose_artist(artist)),
        ("month", lambda: agenda.set_face("month")),
        ("list", lambda: agenda.set_face("list")),
        ("day-again", lambda: agenda.set_face("day")),
        ("free-now", lambda: agenda.show_free_now(True)),
    ]


def theme_option(argv: list[str]) -> tuple[list[str], str | None]:
    """``argv`` without ``--theme NAME`` (or ``--theme=NAME``), and NAME (None: not asked)."""
    rest: list[str] = []
    theme: str | None = None
    words = iter(argv)
    for word in words:
        if word == "--theme":
            theme = next(words, None)
        elif word.startswith("--theme="):
            theme = word.split("=", 1)[1]
        else:
            rest.append(word)
    if theme is not None and theme not in THEMES:
        raise SystemExit(f"--theme: one of {', '.join(THEMES)}")
    return rest, theme


def main(argv: list[str]) -> int:
    argv, theme = theme_option(argv)
    out = Path(argv[1] if len(argv) > 1 else "screens").resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    if theme is not None:
        apply_look(app, theme)
    with tempfile.TemporaryDirectory() as scratch:
        store = LocalStore.open(Path(scratch))
        store.ensure_identity(studio_id=DEMO_STUDIO_ID)
        with store.engine.begin() as conn:
            demo = generate_demo(conn, size=DemoSize.standard(), now=store.now())
        store.set_desk_staff(demo.receptionist_id)
        store.close()
        for language in LANGUAGES:
            desk = Desk(LocalStore.open(Path(scratch)), i18n.install(app, language))
            try:
                for width, height in SIZES:
                    prefix = f"{width}x{height}-{language}"
                    window = MainWindow(desk.ctx, None)
                    window.resize(width, height)
                    window.show()
                    agenda = window.agenda
                    steps = faces(agenda, demo.artist_ids[0])
                    for name, step in steps:
                        step()
                        shoot(window, out, f"{prefix}-{name}")
                    agenda.show_free_now(False)
                    dialog = agenda.commands.flow.new_booking(demo.artist_ids[0], None, None)
                    settle()
                    shoot(dialog, out, f"{prefix}-booking-dialog")
                    dialog.done(0)
                    artist = demo.artist_ids[0]
                    desk.ctx.who.set(artist, Role.ARTIST, "artist")
                    settle()
                    shoot(window, out, f"{prefix}-artist-sees-busy")
                    mine = MyDayView(desk.ctx, artist)
                    mine.resize(width, height)
                    mine.show()
                    shoot(mine, out, f"{prefix}-my-day")
                    mine.close()
                    desk.ctx.who.set(demo.receptionist_id, Role.RECEPTIONIST, "reception")
                    window.close()
                    window.deleteLater()
                    settle(100)
            finally:
                desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
