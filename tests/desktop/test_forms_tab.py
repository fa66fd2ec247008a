"""The client record's Forms tab (issue 14): the client's signed forms, latest first, with the
witness, minor and amended marks; a form signed at the desk appears without reopening the record;
Open PDF and Inspector's file write the documents (and would hand them to the PDF viewer), Print…
paints the same form on the printer, and Fill in / Amend ask for client mode with the client and
the form amended."""

from __future__ import annotations

import io
import stat
import uuid
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.schema import client, staff
from kronos_desktop.app import Desk
from kronos_desktop.ops import MutationOp
from kronos_desktop.ui.clients.forms_tab import FormsModel, FormsTab
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop import form_rows
from tests.desktop.column_fit import clipped_cells, clipped_headers, scrolls_sideways, the_look
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def _adult(desk: Desk) -> uuid.UUID:
    with desk.store.read_engine.connect() as conn:
        found: uuid.UUID = conn.execute(
            select(client.c.id).where(client.c.birth_date < "2000-01-01", client.c.merged_into.is_(None)).limit(1)
        ).scalar_one()
    return found


def _staff_name(desk: Desk, staff_id: uuid.UUID) -> str:
    with desk.store.read_engine.connect() as conn:
        return str(conn.execute(select(staff.c.display_name).where(staff.c.id == staff_id)).scalar_one())


def _tab(window: MainWindow, qtbot: Any, client_id: uuid.UUID) -> FormsTab:
    window.show_section("clients")
    window.clients.open_record(client_id)
    settle(qtbot, window.ctx)
    record = window.clients.record
    record.tabs.setCurrentWidget(record.forms_tab)
    settle(qtbot, window.ctx)
    tab = record.forms_tab
    tab.open_external = False
    return tab


def _cells(tab: FormsTab, row: int) -> list[str]:
    return [tab.model.index(row, c).data() for c in range(len(FormsModel.Col))]


def _pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_tab_lists_the_forms_and_opens_and_prints_the_chosen_one(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio, tmp_path: Path
) -> None:
    template = form_rows.add_template(desk.store, demo.owner_id)
    person = _adult(desk)
    first = form_rows.sign(desk.store, template, person, demo.receptionist_id)
    second = form_rows.sign(desk.store, template, person, demo.owner_id, amends_id=first["id"])
    tab = _tab(window, qtbot, person)

    assert tab.isVisible()
    tabs = window.clients.record.tabs
    assert tabs.tabText(tabs.indexOf(tab)) == "Forms (2)"
    assert tab.model.rowCount() == 2
    newest, oldest = _cells(tab, 0), _cells(tab, 1)
    assert newest[1] == "Consent and health questionnaire (version 1)"
    assert newest[2] == _staff_name(desk, demo.owner_id)  # the owner witnessed the amendment
    assert oldest[2] == _staff_name(desk, demo.receptionist_id)
    assert newest[3] == "No"
    assert newest[4] == "an amendment"
    assert oldest[4] == "Amended"
    assert "Amended by a later form" in tab.model.index(1, FormsModel.Col.AMENDED).data(Qt.ItemDataRole.ToolTipRole)
    assert not tab.empty.isVisible()

    tab.table.selectRow(1)
    with qtbot.waitSignal(tab.pdf_written, timeout=10_000) as written:
        tab.open_button.click()
    path = Path(written.args[0])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # health data: the user's alone
    text = _pdf_text(path)
    assert f"SHA-256: {first['content_sha256']}" in text
    assert "PDF ready" in tab.status.text()

    tab.table.selectRow(0)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(tab.printed, timeout=10_000):
        tab.print_to(printer)
    printed = _pdf_text(tmp_path / "printed.pdf")
    assert f"Amends form {first['id']}" in printed
    assert second["content_sha256"] in printed

    with qtbot.waitSignal(tab.pdf_written, timeout=10_000) as written:
        tab.inspector_button.click()
    assert "Signed consents" in _pdf_text(Path(written.args[0]))


def test_fill_in_and_amend_ask_for_client_mode(qtbot, window: MainWindow, desk: Desk, demo: DemoStudio) -> None:  # type: ignore[no-untyped-def]
    template = form_rows.add_template(desk.store, demo.owner_id)
    person = _adult(desk)
    form = form_rows.sign(desk.store, template, person, demo.receptionist_id)
    tab = _tab(window, qtbot, person)
    view = window.clients.record

    with qtbot.waitSignal(view.fill_requested, timeout=2_000) as asked:
        tab.fill_button.click()
    assert asked.args == [person, None]
    _left_alone(qtbot, window, person, None)
    tab.table.selectRow(0)
    with qtbot.waitSignal(view.fill_requested, timeout=2_000) as asked:
        tab.amend_button.click()
    assert asked.args == [person, form["id"]]
    _left_alone(qtbot, window, person, form["id"])


def _left_alone(qtbot: Any, window: MainWindow, person: uuid.UUID, amends: uuid.UUID | None) -> None:
    """Client mode opened over the desk for that client (amending that form), then put away as
    the test's own cleanup (a person leaves it with a staff PIN: tests/desktop/test_client_mode.py)."""
    opened = window.clients.client_mode
    assert opened is not None
    qtbot.waitUntil(opened.isVisible, timeout=5_000)
    assert opened.client_id == person
    assert opened.amends_id == amends
    opened.hide()
    opened.deleteLater()


def test_a_form_signed_at_the_desk_appears_in_the_open_tab(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    template = form_rows.add_template(desk.store, demo.owner_id)
    person = _adult(desk)
    tab = _tab(window, qtbot, person)
    assert tab.model.rowCount() == 0
    assert tab.empty.isVisible()
    assert not tab.open_button.isEnabled()
    assert tab.fill_button.isEnabled()

    args = {
        "form_id": str(uuid7()),
        "client_id": str(person),
        "template_id": str(template.id),
        "answers": form_rows.ANSWERS,
        "signature": form_rows.signature(),
        "image_use": False,
        "witness_id": str(demo.receptionist_id),
        "signed_at": utcnow().isoformat(),
    }
    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=10_000):
        desk.ctx.runner.run(MutationOp("consent_form.sign", args))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5_000)
    assert _cells(tab, 0)[2] == _staff_name(desk, demo.receptionist_id)
    assert tab.open_button.isEnabled()
    assert not tab.empty.isVisible()


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_the_forms_read_whole_at_1024_wide_under_the_desks_look(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    """At 1024×600 under the real style sheet the form's title (an amendment's too) reads whole:
    it takes the room the date, witness, minor and amended columns leave, each as wide as it
    needs and no wider; nothing scrolls sideways."""
    template = form_rows.add_template(desk.store, demo.owner_id)
    person = _adult(desk)
    first = form_rows.sign(desk.store, template, person, demo.receptionist_id)
    form_rows.sign(desk.store, template, person, demo.owner_id, amends_id=first["id"])
    with the_look():
        window.resize(1024, 600)
        tab = _tab(window, qtbot, person)
        qtbot.wait(50)
        assert tab.model.rowCount() == 2
        assert clipped_cells(tab.table, list(FormsModel.Col)) == [], "every cell reads whole"
        assert clipped_headers(tab.table) == [], "every header reads whole"
        assert not scrolls_sideways(tab.table)
        header = tab.table.horizontalHeader()
        amended = FormsModel.Col.AMENDED
        needs = max(header.sectionSizeHint(amended), tab.table.sizeHintForColumn(amended))
        assert header.sectionSize(amended) <= needs + 1, "the amendment column is no wider than it needs"
