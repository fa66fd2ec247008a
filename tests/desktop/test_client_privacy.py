"""A client's privacy rights at the desk (issue 13, "Privacy rights (LGPD)"): an owner or a manager
exports everything the studio holds on a client to a zip a person can read (the records merged
into it included, with what the law keeps after an erase and until when), and erases a client
after typing their name; a receptionist or an artist is told why neither is theirs."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget
from sqlalchemy import func, select

from kronos_core.demo import DemoStudio
from kronos_core.retention import kept_until
from kronos_core.roles import Role
from kronos_core.schema import appointment, audit_event, client, payment, sale
from kronos_desktop.app import Desk, apply_look
from kronos_desktop.ops import MutationOp
from kronos_desktop.store.queries.client_search import search_clients
from kronos_desktop.ui.clients import privacy
from kronos_desktop.ui.clients.erase_dialog import EraseDialog
from kronos_desktop.ui.common.fmt import date_text
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.settings.history_page import HistoryModel, HistoryPage
from tests.desktop.conftest import Shown
from tests.desktop.modal import answer_box
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def _as(desk: Desk, staff_id: uuid.UUID, role: Role, name: str) -> None:
    desk.store.set_member(staff_id)
    desk.ctx.who.set(staff_id, role, name)


def _run(qtbot, desk: Desk, op: MutationOp) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=10_000):
        desk.ctx.runner.run(op)


def _clients_with_sales(desk: Desk, how_many: int) -> list[uuid.UUID]:
    """Demo clients who bought something and paid for it (their payments are in the export)."""
    with desk.store.read_engine.connect() as conn:
        query = (
            select(sale.c.client_id)
            .select_from(sale.join(payment, payment.c.sale_id == sale.c.id))
            .where(sale.c.client_id.is_not(None))
            .group_by(sale.c.client_id)
            .order_by(func.count().desc(), sale.c.client_id)
            .limit(how_many)
        )
        found = list(conn.execute(query).scalars())
    assert len(found) == how_many, "the demo has clients who paid"
    return found


def _count(desk: Desk, table: Any, *where: Any) -> int:
    with desk.store.read_engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def _name(desk: Desk, client_id: uuid.UUID) -> str:
    with desk.store.read_engine.connect() as conn:
        return str(conn.execute(select(client.c.full_name).where(client.c.id == client_id)).scalar_one())


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path | None, asked: list[str]) -> None:
    def fake(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return ("" if path is None else str(path)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def test_an_owner_exports_a_client_with_a_merged_record_to_a_zip_a_person_can_read(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    _as(desk, demo.owner_id, Role.OWNER, "Marina Albuquerque")
    kept, other = _clients_with_sales(desk, 2)
    kept_name, other_name = _name(desk, kept), _name(desk, other)
    _run(qtbot, desk, MutationOp("client.merge", {"keep_id": kept, "merged_id": other}))
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    target = tmp_path / "export"  # no ".zip": the desk adds it
    _save_to(monkeypatch, target, asked)

    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=10_000):
        privacy.export_client(parent, desk.ctx, kept)

    today = desk.ctx.today().isoformat()
    assert Path(asked[0]).name.startswith("cliente-")
    assert Path(asked[0]).name.endswith(f"-{today}.zip")
    written = tmp_path / "export.zip"
    assert [name for name, _text, _more in shown] == ["clientExported"]
    assert str(written) in shown[0][1]
    shown.clear()
    with zipfile.ZipFile(written) as archive:
        names = set(archive.namelist())
        files = {n: json.loads(archive.read(n)) for n in names if n.endswith(".json")}
        readme = archive.read("README.txt").decode("utf-8")
    assert {"client.json", "appointments.json", "projects.json", "sales.json", "payments.json"} <= names
    assert {"audit.json", "retention.json", "README.txt"} <= names
    assert not (tmp_path / "export.zip.part").exists()

    record = files["client.json"]
    assert record["client"]["full_name"] == kept_name
    assert record["client"]["id"] == str(kept)
    assert [r["full_name"] for r in record["merged_records"]] == [other_name]
    assert record["merged_records"][0]["merged_into"] == str(kept)
    # Every column of the record, readable: a person finds their phone, consents, health alerts.
    assert {"phone", "email", "allergies", "medical_alerts", "data_processing_consent", "health_data_consent"} <= set(
        record["client"]
    )
    # The merged record's closed sales and payments stayed with it, and are in the export too.
    sold_to = {s["client_id"] for s in files["sales.json"]}
    assert sold_to == {str(kept), str(other)}
    assert all(s["lines"] and "description" in s["lines"][0] for s in files["sales.json"])
    sale_ids = {s["id"] for s in files["sales.json"]}
    assert files["payments.json"]
    assert {p["sale_id"] for p in files["payments.json"]} <= sale_ids
    assert all(isinstance(p["amount"], int) for p in files["payments.json"])
    bookings = files["appointments.json"]
    assert len(bookings) == _count(desk, appointment, appointment.c.client_id.in_([kept, other]))
    assert all(b["artist_name"] for b in bookings), "the artist by name, not an id alone"
    assert "client.merge" in {e["action"] for e in files["audit.json"]}
    retention = files["retention.json"]
    assert retention["retention_years"] == 5
    kept_rows = {k["table"]: k for k in retention["kept_after_an_erase"]}
    assert {"sale", "sale_line", "payment", "audit_event"} <= set(kept_rows)
    in_five_years = kept_until(dt.datetime.combine(desk.ctx.today(), dt.time(12)), 5).isoformat()
    assert kept_rows["sale"]["kept_until"] == in_five_years, "if erased today, kept five years"
    assert kept_rows["sale"]["rows"] == len(files["sales.json"])
    assert kept_rows["payment"]["rows"] == len(files["payments.json"])
    assert retention["if_erased_on"] == desk.ctx.today().isoformat()
    assert "sales.json" in readme
    assert "5 years" in readme

    # The merged record is the same person: its export is the kept record's.
    _save_to(monkeypatch, tmp_path / "other.zip", asked)
    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=10_000):
        privacy.export_client(parent, desk.ctx, other)
    with zipfile.ZipFile(tmp_path / "other.zip") as archive:
        assert json.loads(archive.read("client.json")) == record
        assert json.loads(archive.read("sales.json")) == files["sales.json"]

    # The export is in the trail: who, which client, how many rows of each file; no value of theirs.
    with desk.store.read_engine.connect() as conn:
        event, _again = conn.execute(
            select(audit_event).where(audit_event.c.action == "client.export").order_by(audit_event.c.id)
        ).mappings()
    assert (event["row_id"], event["staff_id"]) == (kept, demo.owner_id)
    assert _again["row_id"] == kept, "recorded on the record kept"
    assert event["detail"]["sections"]["sales"] == len(files["sales.json"])
    assert kept_name not in json.dumps(event["detail"])


@pytest.mark.parametrize(
    ("role", "who"), [(Role.RECEPTIONIST, "receptionist_id"), (Role.ARTIST, "artist")], ids=["receptionist", "artist"]
)
def test_a_receptionist_or_an_artist_is_told_why_and_nothing_is_written(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Shown, role, who
) -> None:
    staff_id = demo.artist_ids[0] if who == "artist" else demo.receptionist_id
    _as(desk, staff_id, role, "Someone")
    (client_id,) = _clients_with_sales(desk, 1)
    asked: list[str] = []
    out = tmp_path / "out"
    out.mkdir()
    _save_to(monkeypatch, out / "x.zip", asked)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not privacy.may_handle_privacy(role)

    privacy.export_client(parent, desk.ctx, client_id)
    privacy.erase_client(parent, desk.ctx, client_id)
    settle(qtbot, desk.ctx)

    assert [name for name, _t, _m in shown] == ["privacyRefused", "privacyRefused"]
    assert "owner or a manager" in shown[0][1]
    assert asked == []
    assert list(out.iterdir()) == []
    assert _count(desk, audit_event, audit_event.c.action.in_(["client.export", "client.erase"])) == 0


def test_a_folder_that_cannot_be_written_says_so_and_records_no_export(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    assert demo.manager_id is not None
    _as(desk, demo.manager_id, Role.MANAGER, "Thiago Bastos")
    (client_id,) = _clients_with_sales(desk, 1)
    _save_to(monkeypatch, tmp_path / "no such folder" / "c.zip", [])
    parent = QWidget()
    qtbot.addWidget(parent)

    with qtbot.waitSignal(desk.ctx.runner.op_failed, timeout=10_000):
        privacy.export_client(parent, desk.ctx, client_id)
    qtbot.waitUntil(lambda: bool(shown))

    assert [name for name, _t, _m in shown] == ["clientExportFailed"]
    assert "choose another folder" in shown[0][1]
    assert _count(desk, audit_event, audit_event.c.action == "client.export") == 0


def test_choosing_no_file_exports_nothing(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    _as(desk, demo.owner_id, Role.OWNER, "Marina Albuquerque")
    (client_id,) = _clients_with_sales(desk, 1)
    asked: list[str] = []
    _save_to(monkeypatch, None, asked)
    parent = QWidget()
    qtbot.addWidget(parent)
    privacy.export_client(parent, desk.ctx, client_id)
    settle(qtbot, desk.ctx)
    qtbot.waitUntil(lambda: bool(asked))
    assert shown == []
    assert _count(desk, audit_event, audit_event.c.action == "client.export") == 0
    assert not desk.ctx.runner.busy


def _erase_dialog(qtbot, parent: QWidget) -> EraseDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(EraseDialog)))
    (dialog,) = [d for d in parent.findChildren(EraseDialog) if d.isVisible()]
    return dialog


def _row(desk: Desk, client_id: uuid.UUID) -> dict[str, Any]:
    with desk.store.read_engine.connect() as conn:
        return dict(conn.execute(select(client).where(client.c.id == client_id)).mappings().one())


def test_an_owner_erases_a_client_after_typing_their_name_and_enter_never_erases(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, shown: Shown
) -> None:
    _as(desk, demo.owner_id, Role.OWNER, "Marina Albuquerque")
    (client_id,) = _clients_with_sales(desk, 1)
    name = _name(desk, client_id)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    privacy.erase_client(parent, desk.ctx, client_id)
    dialog = _erase_dialog(qtbot, parent)

    label = dialog.findChild(QLabel, "eraseWhat")
    assert label is not None
    what = label.text()
    assert name in what
    assert "cannot be undone" in what
    kept = dialog.kept.text()
    until = date_text(kept_until(dt.datetime.combine(desk.ctx.today(), dt.time(12)), 5))
    sales = _count(desk, sale, sale.c.client_id == client_id)
    assert (
        "Sales (tickets) with their number, totals and date, and the fiscal data for the NFS-e "
        f"(CPF or CNPJ, name and address as on the receipt, service description): {sales}"
    ) in kept
    assert f"kept until {until}" in kept
    assert "Payments and refunds" in kept
    assert not dialog.erase_button.isEnabled()

    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # a stray Enter, nothing typed
    dialog.confirm.setText(name[:-1])  # (keyClicks types ASCII alone; names have accents)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    dialog.confirm.setText(f"  {name.upper()} ")  # the name, however it is cased or spaced
    assert dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # Enter still does not erase: a click does
    assert dialog.isVisible()
    assert _row(desk, client_id)["erased_at"] is None

    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=10_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))

    assert [box for box, _t, _m in shown] == ["clientErased"]
    row = _row(desk, client_id)
    assert row["erased_at"] is not None
    assert row["full_name"] != name
    with desk.store.read_engine.connect() as conn:
        assert client_id not in search_clients(conn, demo.studio_id, name), "no longer listed"
        assert conn.execute(select(func.count()).where(sale.c.client_id == client_id)).scalar_one() > 0, "kept"
    history = HistoryPage(desk.ctx)
    qtbot.addWidget(history)
    history.kind.setCurrentIndex(history.kind.findData("clients"))
    settle(qtbot, desk.ctx)
    model = history.model
    assert [str(model.index(r, HistoryModel.Col.WHAT).data()) for r in range(model.rowCount())] == [
        "Erased the data of a client (LGPD)"
    ]

    privacy.erase_client(parent, desk.ctx, client_id)  # again: it says so, nothing more
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown[1][0] == "clientAlreadyErased"


def test_cancel_or_esc_erases_nothing(qtbot, desk: Desk, demo: DemoStudio) -> None:  # type: ignore[no-untyped-def]
    assert demo.manager_id is not None
    _as(desk, demo.manager_id, Role.MANAGER, "Thiago Bastos")
    (client_id,) = _clients_with_sales(desk, 1)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[dict[str, str]] = []
    for close in ("cancel", "esc", "esc, nothing typed"):
        privacy.erase_client(parent, desk.ctx, client_id)
        dialog = _erase_dialog(qtbot, parent)
        if close != "esc, nothing typed":
            dialog.confirm.setText(_name(desk, client_id))
            answer_box(seen, "discardYes")  # as every dialog of the desk: what was typed goes on a "yes"
        if close == "cancel":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog.confirm, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    assert [s["name"] for s in seen] == ["discardTypedConfirm", "discardTypedConfirm"]
    settle(qtbot, desk.ctx)
    assert not desk.ctx.runner.busy
    assert _row(desk, client_id)["erased_at"] is None


SHOTS = os.environ.get("KRONOS_SHOTS")  # a folder to keep the screenshots in, to look at


@pytest.mark.parametrize("language", ["pt_BR", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
def test_screenshots_of_the_erase_dialog(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, language: str, size: tuple[int, int], tmp_path: Path
) -> None:
    """The erase dialog over the window, at each size and language (to be looked at)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folder = Path(SHOTS) if SHOTS else tmp_path
    apply_look(app)
    _as(desk, demo.owner_id, Role.OWNER, "Marina Albuquerque")
    (client_id,) = _clients_with_sales(desk, 1)
    window = MainWindow(desk.ctx, None)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("clients")
    settle(qtbot, desk.ctx)
    privacy.erase_client(window, desk.ctx, client_id)
    dialog = _erase_dialog(qtbot, window)
    dialog.confirm.setText(_name(desk, client_id)[:6])
    qtbot.wait(50)
    assert dialog.width() <= size[0]
    assert dialog.height() <= size[1], "the dialog fits the smallest screen"
    shot = window.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 90))
    painter.drawPixmap((size[0] - dialog.width()) // 2, (size[1] - dialog.height()) // 2, dialog.grab())
    painter.end()
    shot.save(str(folder / f"erase_{language}_{size[0]}x{size[1]}.png"))
    dialog.done(0)  # closed without the "discard?" question (a name is typed)
    app.setStyleSheet("")  # the other tests run without the look
