"""Screenshots of Clients, to be looked at: the search as typed, a record (each tab) of a client
with a health alert, the client form (contact and guardian), the likely-duplicate prompt, the
merge dialog on a planted duplicate and the erase confirmation, in pt_BR and English, at 1280×720
and 1024×600, on a fresh demo studio (offscreen: no display needed).

    uv run python tools/client_screens.py [OUT_DIR]    # default: ./screens

Each file is named ``<size>-<language>-clients-<view>.png``; the script prints their paths."""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from screens import theme_option
from sqlalchemy import func, select

from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
from kronos_core.duplicates import Person
from kronos_core.roles import Role
from kronos_core.schema import client, sale
from kronos_desktop import i18n
from kronos_desktop.app import Desk
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries.client_export import client_export
from kronos_desktop.store.queries.duplicates import find_duplicates
from kronos_desktop.ui.clients.client_dialog import NewClientDialog
from kronos_desktop.ui.clients.duplicate_prompt import DuplicatePrompt
from kronos_desktop.ui.clients.erase_dialog import EraseDialog
from kronos_desktop.ui.clients.merge_dialog import MergeDialog
from kronos_desktop.ui.look import apply_look
from kronos_desktop.ui.main_window import MainWindow

SIZES = ((1280, 720), (1024, 600))
LANGUAGES = ("pt_BR", "en")


def settle(ms: int = 400) -> None:
    """Let the reader thread answer and the views paint (as tools/screens.py does)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def shoot(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def _picks(store: LocalStore) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A client with a health alert and the most sales; a planted duplicate pair (same phone)."""
    with store.read_engine.connect() as conn:
        sales = select(sale.c.client_id, func.count().label("n")).group_by(sale.c.client_id).subquery()
        alerted = conn.execute(
            select(client.c.id)
            .join(sales, sales.c.client_id == client.c.id)
            .where(client.c.allergies.is_not(None))
            .order_by(sales.c.n.desc())
            .limit(1)
        ).scalar_one()
        twin = client.alias("twin")
        keep, other = conn.execute(
            select(client.c.id, twin.c.id)
            .join(twin, (twin.c.phone == client.c.phone) & (twin.c.id != client.c.id))
            .where(client.c.created_at < twin.c.created_at)
            .limit(1)
        ).one()
    return alerted, keep, other


def main(argv: list[str]) -> int:
    argv, theme = theme_option(argv)  # --theme light|dark: the desk's look in that theme
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
        alerted, keep, other = _picks(store)
        store.close()
        for language in LANGUAGES:
            desk = Desk(LocalStore.open(Path(scratch)), i18n.install(app, language))
            desk.ctx.who.set(demo.owner_id, Role.OWNER, "owner")
            try:
                for width, height in SIZES:
                    prefix = f"{width}x{height}-{language}-clients"
                    window = MainWindow(desk.ctx, None)
                    window.resize(width, height)
                    window.show()
                    window.show_section("clients")
                    view = window.clients
                    view.search.setText("ana sil")
                    view.apply_search()
                    shoot(window, out, f"{prefix}-search")
                    view.open_record(alerted)
                    for n in range(view.record.tabs.count()):
                        view.record.tabs.setCurrentIndex(n)
                        shoot(window, out, f"{prefix}-record-tab{n}")
                    view.show_list()
                    form = NewClientDialog(desk.ctx, window)
                    form.show()
                    form.full_name.setText("Joana Prado")
                    form.birth_date.setText("12/03/2012")
                    shoot(form, out, f"{prefix}-form")
                    form.done(0)
                    with desk.store.read_engine.connect() as conn:
                        row = conn.execute(select(client).where(client.c.id == keep)).mappings().one()
                        found = find_duplicates(conn, DEMO_STUDIO_ID, Person(str(row["full_name"]), phone=row["phone"]))
                        export = client_export(conn, alerted)
                    prompt = DuplicatePrompt(desk.ctx, found, window)
                    prompt.show()
                    shoot(prompt, out, f"{prefix}-duplicate-prompt")
                    prompt.done(0)
                    merge = MergeDialog(desk.ctx, keep, other, parent=window)
                    merge.resize(min(merge.sizeHint().width(), width), height - 40)
                    merge.show()
                    settle(600)
                    shoot(merge, out, f"{prefix}-merge")
                    merge.done(0)
                    assert export is not None
                    erase = EraseDialog(export, window)
                    erase.show()
                    shoot(erase, out, f"{prefix}-erase")
                    erase.done(QDialog.DialogCode.Rejected)
                    window.close()
                    window.deleteLater()
                    settle(100)
            finally:
                desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
