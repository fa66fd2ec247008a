"""The screenshots of the docs (docs/screenshots/, shown in the README): the desk's main views on
the demo studio at 1280×720 — the Agenda's day and week, a client's record, the Caixa with a
ticket, the drawer's close, Studio settings, the first run's welcome — in pt_BR and English, light and dark, and the
Agenda once more at a device pixel ratio of 2 (``QT_SCALE_FACTOR=2``, a second process).

    uv run python tools/docs_screenshots.py              # the README's set, into docs/screenshots/
    uv run python tools/docs_screenshots.py --all OUT    # every view × language × theme, to look at

Offscreen (no display needed), on a demo studio made in a temporary folder (the demo's "today" is
today's date; nothing else changes from a run to the next). Files are named
``<view>.<language>.<theme>[@2x].png``; the script prints their paths and sizes. A dialog is drawn
over the window it belongs to, as the person sees it."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from checkout_screens import settle, wait_until
from checkout_screens_data import Demo, make_demo
from drawer_screens import count_for, desk_drawer
from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageWriter, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kronos_core.roles import Role
from kronos_desktop import i18n
from kronos_desktop.app import Desk
from kronos_desktop.ops import drawer as drawer_ops
from kronos_desktop.store import LocalStore
from kronos_desktop.ui.look import apply_look
from kronos_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "screenshots"
SIZE = (1280, 720)
LANGUAGES = ("pt_BR", "en")
THEMES = ("light", "dark")
VIEWS = ("agenda-day", "agenda-week", "client-record", "caixa-ticket", "drawer-close", "studio-settings", "welcome")


@dataclass(frozen=True)
class Shot:
    view: str
    language: str
    theme: str
    scale: int = 1

    def file_name(self) -> str:
        return f"{self.view}.{self.language}.{self.theme}{'@2x' if self.scale > 1 else ''}.png"


# The README's set: every view in Portuguese (the users' language), light; the busiest ones in
# dark and in English; the day once at twice the pixels.
SHOTS: tuple[Shot, ...] = (
    *(Shot(view, "pt_BR", "light") for view in VIEWS),
    Shot("agenda-day", "pt_BR", "dark"),
    Shot("caixa-ticket", "pt_BR", "dark"),
    Shot("client-record", "pt_BR", "dark"),
    Shot("agenda-day", "en", "light"),
    Shot("drawer-close", "en", "light"),
    Shot("agenda-week", "en", "dark"),
    Shot("welcome", "en", "dark"),
)
HIDPI: tuple[Shot, ...] = (Shot("agenda-day", "pt_BR", "light", scale=2),)


# -- the studio --------------------------------------------------------------------------------
def make_studio(folder: Path) -> Demo:
    """The demo studio with a closed sale and a completed booking (tools/checkout_screens_data.py),
    a drawer of this desk opened today with R$ 200, a suprimento and a sangria."""
    demo = make_demo(folder)
    desk_drawer(folder, demo)
    store = LocalStore.open(folder)
    try:
        staff, today = demo.receptionist_id, demo.today
        session = drawer_ops.open_day(today, 20_000, staff_id=staff).write(store).args.session_id  # type: ignore[attr-defined]
        drawer_ops.cash_in(session, 5_000, "Troco do banco", business_date=today, staff_id=staff).write(store)
        drawer_ops.cash_out(session, 3_000, "Material de limpeza", business_date=today, staff_id=staff).write(store)
    finally:
        store.close()
    return demo


# -- the views ---------------------------------------------------------------------------------
Picture = QPixmap


def over(window: MainWindow, dialog: QWidget, *, alone: bool = False) -> Picture:
    """The window dimmed with ``dialog`` over its middle (``alone``: the dialog on the page's
    colour), under a title bar of its title (as a window manager draws it), a soft shadow around."""
    picture = window.grab()
    shown = dialog.grab()
    ratio = picture.devicePixelRatio()
    palette = dialog.palette()
    bar = 30
    frame = QRect(QPoint(0, 0), dialog.size() + QSize(0, bar))
    frame.moveCenter(window.rect().center())
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if alone:
        painter.fillRect(window.rect(), palette.color(QPalette.ColorRole.Window).darker(125))
    else:
        painter.fillRect(window.rect(), QColor(0, 0, 0, 60))  # the window behind a modal, dimmed
    painter.setPen(Qt.PenStyle.NoPen)
    for spread in range(12, 0, -2):
        painter.setBrush(QColor(0, 0, 0, 10))
        painter.drawRoundedRect(frame.adjusted(-spread, -spread + 4, spread, spread + 4), spread, spread)
    title = QRect(frame.topLeft(), QSize(frame.width(), bar))
    painter.fillRect(title, palette.color(QPalette.ColorRole.Window).darker(115))
    font = QFont(dialog.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    painter.drawText(title.adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignVCenter, dialog.windowTitle())
    painter.drawPixmap(frame.topLeft() + QPoint(0, bar), shown)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(frame.adjusted(0, 0, -1, -1))
    painter.end()
    picture.setDevicePixelRatio(ratio)
    return picture


def agenda(face: str) -> Callable[[Desk, Demo, MainWindow], Picture]:
    def shoot(desk: Desk, demo: Demo, window: MainWindow) -> Picture:
        window.show_section("agenda")
        view = window.agenda
        view.set_grouping("artist")
        view.set_face(face)
        view.go_today()
        settle(700)
        return window.grab()

    return shoot


def client_record(desk: Desk, demo: Demo, window: MainWindow) -> Picture:
    window.show_section("clients")
    window.clients.open_record(demo.booking_client)  # a client with a health alert and a deposit
    settle(700)
    window.clients.record.tabs.setCurrentIndex(0)
    settle()
    return window.grab()


def caixa_ticket(desk: Desk, demo: Demo, window: MainWindow) -> Picture:
    """The completed booking's ticket: its service priced (the first time), a product added."""
    from kronos_desktop.ui.checkout.ticket_line_dialog import ProductDialog, ServiceLineDialog

    page = window.checkout.ticket_page
    window.checkout.open_for_booking(demo.booking_id)
    wait_until(lambda: page.draft is not None, "the booking's ticket")
    dialog = modal()
    if isinstance(dialog, ServiceLineDialog):  # a new ticket: its price first
        dialog.price.set_value(85_000)
        dialog.ok_button.click()
        settle()
        page.add_product.click()
        product = modal()
        assert isinstance(product, ProductDialog), product
        product.search.setText("bepantol")
        product.quantity.setValue(2)
        settle()
        product.ok_button.click()
    settle(700)
    page.table.selectRow(0)
    settle()
    return window.grab()


def drawer_close(desk: Desk, demo: Demo, window: MainWindow) -> Picture:
    """The day's close counted R$ 3,50 short: the result, over the Caixa (not submitted: the
    next language counts it again)."""
    from kronos_desktop.store.queries.drawer import drawer_day
    from kronos_desktop.ui.checkout.close_result import CloseDayDialog, day_reader

    window.show_section("checkout")
    view = window.checkout
    view.show_day_page()
    view.refresh()
    wait_until(lambda: view.drawer_panel.shown is not None, "the drawer's day")
    settle(500)
    shown = view.drawer_panel.shown
    assert shown is not None
    dialog = CloseDayDialog(desk.ctx, demo.today, day_reader(shown.studio_id, shown.device_id, demo.today), window)
    dialog.show()
    with desk.store.read_engine.connect() as conn:
        figures = drawer_day(conn, shown.studio_id, shown.device_id, demo.today).figures
    assert figures is not None
    for cents, quantity in count_for(figures.expected - 350).items():
        dialog.grid.fields[cents].setText(str(quantity))
    dialog.confirm_count()
    wait_until(lambda: dialog.expected is not None, "the close's result")
    pt = desk.ctx.language == "pt_BR"
    dialog.note.setPlainText("Troco dado errado na venda das 15h" if pt else "Wrong change given at 3 PM")
    settle(300)
    hint = dialog.sizeHint().expandedTo(dialog.minimumSize())
    dialog.resize(max(hint.width(), 640), min(hint.height(), SIZE[1] - 120))
    settle(300)
    picture = over(window, dialog)
    dialog.done(QDialog.DialogCode.Rejected)
    return picture


def studio_settings(desk: Desk, demo: Demo, window: MainWindow) -> Picture:
    desk.ctx.who.set(demo.owner_id, Role.OWNER, "Marina")
    window.show_studio_tab("settings")
    settle(700)
    picture = window.grab()
    desk.ctx.who.set(demo.receptionist_id, Role.RECEPTIONIST, "Larissa Menezes")
    return picture


def welcome(desk: Desk, demo: Demo, window: MainWindow) -> Picture:
    """The first run's welcome: create a studio, join a server or open the demo (alone: a first
    run has no studio behind it)."""
    from kronos_desktop.ui.welcome import FirstRunDraft, WelcomeWizard

    with tempfile.TemporaryDirectory(prefix="kronos-welcome-") as scratch:
        wizard = WelcomeWizard(
            desk.ctx, window, draft=FirstRunDraft(Path(scratch) / "first-run.json"), bridge=desk.session,
            open_demo=lambda: None,
        )  # fmt: skip
        wizard.show()
        settle(300)
        hint = wizard.sizeHint().expandedTo(wizard.minimumSize())
        wizard.resize(max(hint.width(), 760), min(max(hint.height(), 520), SIZE[1] - 80))
        settle(300)
        picture = over(window, wizard, alone=True)
        wizard.done(QDialog.DialogCode.Rejected)
        settle(100)
    return picture


def modal() -> QWidget | None:
    settle(150)
    return QApplication.activeModalWidget()


SHOOT: dict[str, Callable[[Desk, Demo, MainWindow], Picture]] = {
    "agenda-day": agenda("day"),
    "agenda-week": agenda("week"),
    "client-record": client_record,
    "caixa-ticket": caixa_ticket,
    "drawer-close": drawer_close,
    "studio-settings": studio_settings,
    "welcome": welcome,
}


# -- saving ------------------------------------------------------------------------------------
def save(picture: Picture, path: Path) -> int:
    """As a PNG, as small as Qt makes it (no alpha: a window is opaque); its size in bytes."""
    image = picture.toImage().convertToFormat(QImage.Format.Format_RGB32)
    writer = QImageWriter(str(path), QByteArray(b"png"))
    writer.setQuality(0)  # for a PNG: the most compression
    if not writer.write(image):
        raise OSError(f"could not write {path}: {writer.errorString()}")
    return path.stat().st_size


# -- running -----------------------------------------------------------------------------------
def shoot_all(shots: tuple[Shot, ...], out: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kronos-docs-") as scratch:
        folder = Path(scratch)
        demo = make_studio(folder)
        for language in LANGUAGES:
            wanted = [s for s in shots if s.language == language]
            if not wanted:
                continue
            desk = Desk(LocalStore.open(folder), i18n.install(app, language))
            try:
                desk.store.set_member(demo.receptionist_id)
                for theme in THEMES:
                    views = [s for s in wanted if s.theme == theme]
                    if not views:
                        continue
                    apply_look(app, theme)
                    window = MainWindow(desk.ctx, None)
                    window.resize(*SIZE)
                    window.show()
                    desk.ctx.who.set(demo.receptionist_id, Role.RECEPTIONIST, "Larissa Menezes")
                    settle(600)
                    for shot in views:
                        path = out / shot.file_name()
                        size = save(SHOOT[shot.view](desk, demo, window), path)
                        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {size // 1024} KB")
                        made.append(path)
                    window.close()
                    window.deleteLater()
                    settle(100)
            finally:
                desk.close()
    return made


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=DOCS, help="the folder (default: docs/screenshots)")
    parser.add_argument("--all", action="store_true", help="every view in every language and theme")
    parser.add_argument("--scale", type=int, default=0, help=argparse.SUPPRESS)  # the 2x pass (a child)
    options = parser.parse_args(argv[1:])
    out: Path = options.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    if options.scale:
        shoot_all(tuple(s for s in HIDPI if s.scale == options.scale), out)
        return 0
    every = tuple(Shot(v, lang, theme) for v in VIEWS for lang in LANGUAGES for theme in THEMES)
    shoot_all(every if options.all else SHOTS, out)
    # QT_SCALE_FACTOR is read once, when the application starts: the 2x pictures in a process of their own.
    env = {**os.environ, "QT_SCALE_FACTOR": "2"}
    for scale in sorted({s.scale for s in HIDPI}):
        subprocess.run([sys.executable, __file__, str(out), "--scale", str(scale)], env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
