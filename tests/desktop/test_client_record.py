"""The client record, as the receptionist and the artist see it: opened from the search with
Ctrl+K and Enter (or a double-click), the health alert in red at the top, the full CPF only for
the roles that need it, the appointments, projects, sales and payments, and Back to the list."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import func, select, update

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import appointment, client, payment, sale
from kronos_desktop.app import Desk
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store.queries.client_record import read_record
from kronos_desktop.store.queries.viewer import Viewer
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle


def _client_with_alerts_and_sales(desk: Desk) -> uuid.UUID:
    """A demo client with an allergy, a CPF and the most sales."""
    c = client.c
    with desk.ctx.reader.connect() as conn:
        found = conn.execute(
            select(sale.c.client_id)
            .join(client, c.id == sale.c.client_id)
            .where(c.allergies.is_not(None), c.document_type == "cpf", c.phone.is_not(None))
            .group_by(sale.c.client_id)
            .order_by(func.count().desc())
        ).scalar()
    assert found is not None
    return uuid.UUID(str(found))


def _row(desk: Desk, client_id: uuid.UUID) -> Any:
    with desk.ctx.reader.connect() as conn:
        return conn.execute(select(client).where(client.c.id == client_id)).mappings().one()


def _count(desk: Desk, query: Any) -> int:
    with desk.ctx.reader.connect() as conn:
        return int(conn.execute(query).scalar_one())


def _open(window: MainWindow, qtbot: Any, client_id: uuid.UUID) -> None:
    window.show_section("clients")
    window.clients.open_record(client_id)
    settle(qtbot, window.ctx)
    assert window.clients.showing_record()


def test_the_record_shows_what_the_receptionist_needs(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    client_id = _client_with_alerts_and_sales(desk)
    row = _row(desk, client_id)
    _open(window, qtbot, client_id)
    record = window.clients.record
    header, tabs = record.header, record.tabs

    assert row["full_name"] in header.name.text()
    digits = row["phone"][-4:]
    assert digits in header.contact.text()
    assert "+55" not in header.contact.text()  # read as people do: (11) 98765-4321
    assert header.health.isVisible()
    read = header.health_text.accessibleDescription()
    for line in row["allergies"].splitlines():
        assert f"Allergies: {line}" in read or f"Alergias: {line}" in read
    number = row["document_number"]
    assert f"{number[:3]}.{number[3:6]}.{number[6:9]}-{number[9:]}" in tabs.document.text()  # in full, here

    booked = _count(
        desk, select(func.count()).where(appointment.c.client_id == client_id, appointment.c.deleted.is_(False))
    )
    sold = _count(desk, select(func.count()).where(sale.c.client_id == client_id))
    paid = _count(
        desk,
        select(func.count())
        .select_from(payment.join(sale, sale.c.id == payment.c.sale_id))
        .where(sale.c.client_id == client_id),
    )
    assert tabs.appointments.rowCount() == booked > 0
    assert tabs.sales.rowCount() == sold > 0
    assert tabs.payments.rowCount() == paid > 0
    assert tabs.isTabVisible(tabs.money_index)
    assert record.edit_button.isEnabled()


def test_no_health_banner_without_alerts(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    c = client.c
    with desk.ctx.reader.connect() as conn:
        found = conn.execute(
            select(c.id).where(c.allergies.is_(None), c.medical_alerts.is_(None), c.medication.is_(None)).limit(1)
        ).scalar_one()
    _open(window, qtbot, found)
    assert not window.clients.record.header.health.isVisible()


def test_the_health_banner_follows_an_edit(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    """A medication written down elsewhere shows in the open record at once (rows_changed)."""
    c = client.c
    with desk.ctx.reader.connect() as conn:
        found = conn.execute(
            select(c.id).where(c.allergies.is_(None), c.medical_alerts.is_(None)).limit(1)
        ).scalar_one()
    _open(window, qtbot, found)
    header = window.clients.record.header
    assert not header.health.isVisible()
    args = {"client_id": str(found), "changes": {"medication": "Varfarina"}, "seen": {"medication": None}}
    with qtbot.waitSignal(desk.ctx.hub.rows_changed, timeout=5000):
        desk.ctx.runner.run(MutationOp("client.update", args))
    settle(qtbot, desk.ctx)
    assert header.health.isVisible()
    assert "Varfarina" in header.health_text.accessibleDescription()


def test_an_artist_sees_the_cpf_masked_and_no_takings(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    a, c = appointment.c, client.c
    artist = demo.artist_ids[0]
    with desk.ctx.reader.connect() as conn:
        theirs = conn.execute(
            select(c.id, c.document_number)
            .join(appointment, a.client_id == c.id)
            .where(a.artist_id == artist, c.document_type == "cpf")
            .limit(1)
        ).one()
        stranger = conn.execute(
            select(c.id).where(c.id.not_in(select(a.client_id).where(a.artist_id == artist, a.client_id.is_not(None))),
                               c.created_by.is_distinct_from(artist)).limit(1)
        ).scalar_one()  # fmt: skip
    desk.ctx.who.set(artist, Role.ARTIST)
    _open(window, qtbot, theirs.id)
    tabs = window.clients.record.tabs
    number = theirs.document_number
    assert f"***.{number[3:6]}.{number[6:9]}-**" in tabs.document.text()
    assert number[:3] + "." not in tabs.document.text()
    assert not tabs.isTabVisible(tabs.money_index)

    window.clients.open_record(stranger)
    settle(qtbot, desk.ctx)
    assert not window.clients.record.header.isVisible()
    assert window.clients.record.status.isVisible()  # "not available to you"


def test_ctrl_k_then_enter_opens_the_client_record(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    client_id = _client_with_alerts_and_sales(desk)
    name = _row(desk, client_id)["full_name"]
    window.show_section("agenda")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = window.clients.search
    qtbot.waitUntil(search.hasFocus, timeout=2000)
    search.setText(name)  # QTest types ASCII only; the name may have accents
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(window.clients.showing_record, timeout=10_000)
    settle(qtbot, desk.ctx)
    assert window.clients.record.client_id == client_id
    assert name in window.clients.record.header.name.text()

    # Esc: the list again, the search kept and the client's row chosen.
    qtbot.keyClick(window.clients.record.back_button, Qt.Key.Key_Escape)
    assert not window.clients.showing_record()
    assert search.text() == name
    assert window.clients.model.row_at(window.clients.table.currentIndex().row()).id == client_id


def test_a_double_click_or_enter_in_the_list_opens_the_record_and_alt_left_goes_back(
    qtbot: Any, window: MainWindow, desk: Desk
) -> None:
    window.show_section("clients")
    settle(qtbot, desk.ctx)
    table = window.clients.table
    first = window.clients.model.row_at(0).id
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(window.clients.showing_record, timeout=2000)
    settle(qtbot, desk.ctx)
    assert window.clients.record.client_id == first
    qtbot.keyClick(window.clients.record.tabs, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not window.clients.showing_record()

    second = window.clients.model.row_at(1).id
    rect = table.visualRect(window.clients.model.index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's first
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(window.clients.showing_record, timeout=2000)
    settle(qtbot, desk.ctx)
    assert window.clients.record.client_id == second
    assert window.clients.record.header.name.text()


def test_a_merged_record_reads_the_sales_of_the_client_merged_into_it(desk: Desk) -> None:
    """Closed sales keep the client they were made with: the kept record reads them through
    merged_into (set here as the merge mutation leaves it)."""
    c = client.c
    with desk.ctx.reader.connect() as conn:
        sold = conn.execute(select(sale.c.client_id).where(sale.c.client_id.is_not(None)).limit(1)).scalar_one()
        kept = conn.execute(
            select(c.id).where(c.id.not_in(select(sale.c.client_id).where(sale.c.client_id.is_not(None)))).limit(1)
        ).scalar_one()
        before = read_record(conn, kept, Viewer.everyone())
    assert before is not None
    assert before.sales == []
    with desk.store.engine.begin() as conn:
        conn.execute(update(client).where(c.id == sold).values(merged_into=kept))
    with desk.ctx.reader.connect() as conn:
        after = read_record(conn, kept, Viewer.everyone())
        gone = read_record(conn, sold, Viewer.everyone())
    assert after is not None
    assert after.sales
    assert all(s.via_merged for s in after.sales)
    assert after.payments
    assert after.merged_ids == (sold,)
    assert gone is not None
    assert gone.merged_into == kept


def test_a_likely_duplicate_of_a_client_with_a_health_alert_says_so(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    """Until the records are merged, the one without the alert warns of the other's."""
    alerted, twin = uuid.uuid4(), uuid.uuid4()
    for client_id, name, allergy in ((alerted, "Joana Prado", "Lidocaína"), (twin, "Joana P.", None)):
        args: dict[str, Any] = {"client_id": str(client_id), "full_name": name, "phone": "+5511976540000"}
        if allergy:
            args["allergies"] = allergy
        with qtbot.waitSignal(desk.ctx.hub.rows_changed, timeout=5000):
            desk.ctx.runner.run(MutationOp("client.create", args))
    _open(window, qtbot, twin)
    header = window.clients.record.header
    assert not header.health.isVisible()
    assert header.twin.isVisible()
    _open(window, qtbot, alerted)
    assert header.health.isVisible()
    assert "Lidocaína" in header.health_text.text()
    assert not header.twin.isVisible()


def test_each_line_of_a_health_field_reads_under_its_label(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    """A signed form adds each allergy as a line of its own: the second line is still an allergy
    (under "Allergies", not a new kind of alert), and the medication keeps its own label."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QTextDocument

    allergies = QCoreApplication.translate("RecordHeader", "Allergies")
    medication = QCoreApplication.translate("RecordHeader", "Medication")
    person = uuid.uuid4()
    args = {
        "client_id": str(person),
        "full_name": "Fábio Linhas",
        "allergies": "Alergia a látex\nMetal allergy: nickel (earrings)",
        "medication": "Varfarina 5 mg",
    }
    with qtbot.waitSignal(desk.ctx.hub.rows_changed, timeout=5000):
        desk.ctx.runner.run(MutationOp("client.create", args))
    _open(window, qtbot, person)
    header = window.clients.record.header
    assert header.health.isVisible()
    read = header.health_text.accessibleDescription().splitlines()
    assert read == [
        f"{allergies}: Alergia a látex",
        f"{allergies}: Metal allergy: nickel (earrings)",
        f"{medication}: Varfarina 5 mg",
    ]
    shown = QTextDocument()
    shown.setHtml(header.health_text.text())
    lines = [line.strip() for line in shown.toPlainText().splitlines() if line.strip()]
    # A table: the label in one column, its lines stacked in the next.
    assert lines == [
        f"{allergies}:",
        "Alergia a látex",
        "Metal allergy: nickel (earrings)",
        f"{medication}:",
        "Varfarina 5 mg",
    ]
    assert shown.toPlainText().count(f"{allergies}:") == 1  # the label once, both lines in its column
