"""The merge dialog (kronos_desktop/ui/clients/merge_dialog.py) on the demo desk: the person
finds the other record, chooses field by field, merges; the kept record shows the chosen values,
the other leaves the client list, what was open moves; refusals are shown in the dialog; only
owners and managers may merge."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPushButton, QWidget
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.schema import appointment, client
from kronos_desktop.app import Desk, apply_look
from kronos_desktop.store.queries.client_merge import kept_client_id, merged_ids
from kronos_desktop.store.queries.client_search import search_clients
from kronos_desktop.ui.clients.merge_cells import ChoiceCell
from kronos_desktop.ui.clients.merge_dialog import MergeDialog, merge_clients
from kronos_desktop.ui.common.refusals import text_for
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.modal import answer_box
from tests.desktop.reads import settle
from tests.desktop.test_undo import act

LEFT = Qt.MouseButton.LeftButton
PHONE_A, PHONE_B = "+5511987650001", "+5511912340002"


def add_pair(desk: Desk, demo: DemoStudio) -> tuple[uuid.UUID, uuid.UUID]:
    """Two records of one person, as a receptionist made them twice (the second with a booking)."""
    ana, aninha = uuid7(), uuid7()
    desk.store.apply(
        "client.create",
        {"client_id": str(ana), "full_name": "Ana Quitéria Souza", "phone": PHONE_A, "allergies": "Látex",
         "email": "ana.q@exemplo.com.br", "tags": ["vip"]},
    )  # fmt: skip
    desk.store.apply(
        "client.create",
        {"client_id": str(aninha), "full_name": "Aninha Quitéria", "phone": PHONE_B, "whatsapp": True,
         "instagram": "aninha.q", "medical_alerts": "Diabetes tipo 1", "tags": ["fineline"]},
    )  # fmt: skip
    return ana, aninha


def as_role(desk: Desk, demo: DemoStudio, role: Role) -> None:
    staff = {Role.OWNER: demo.owner_id, Role.MANAGER: demo.manager_id, Role.RECEPTIONIST: demo.receptionist_id,
             Role.ARTIST: demo.artist_ids[0]}[role]  # fmt: skip
    desk.store.set_member(staff)
    desk.ctx.who.set(staff, role, role.value)


PARENTS: list[QWidget] = []


@pytest.fixture(autouse=True)
def _parents_freed() -> Any:
    yield
    PARENTS.clear()


def open_dialog(qtbot: Any, desk: Desk, client_id: uuid.UUID, other_id: uuid.UUID | None = None) -> MergeDialog:
    parent = QWidget()
    qtbot.addWidget(parent)
    PARENTS.append(parent)  # the dialog's parent lives as long as the test (qtbot holds it weakly)
    merge_clients(parent, desk.ctx, client_id, other_id)
    dialog = parent.findChild(MergeDialog)
    assert dialog is not None
    settle(qtbot, desk.ctx)
    return dialog


def cell(dialog: MergeDialog, name: str) -> ChoiceCell:
    found = dialog.findChild(ChoiceCell, name)
    assert found is not None, name
    return found


def record(desk: Desk, client_id: uuid.UUID) -> dict[str, Any]:
    with desk.ctx.reader.connect() as conn:
        return dict(conn.execute(select(client).where(client.c.id == client_id)).mappings().one())


def test_find_the_other_record_choose_fields_and_merge(qtbot: Any, desk: Desk, demo: DemoStudio) -> None:
    as_role(desk, demo, Role.MANAGER)
    ana, aninha = add_pair(desk, demo)
    dialog = open_dialog(qtbot, desk, ana)
    assert not dialog.merge_button.isEnabled()  # no other record yet
    qtbot.keyClicks(dialog.search, "aninha quit")
    qtbot.waitUntil(lambda: dialog.found.count() > 0)
    settle(qtbot, desk.ctx)
    assert dialog.found.item(0).text().startswith("Aninha Quitéria")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # the first record found
    settle(qtbot, desk.ctx)
    right_name = dialog.findChild(QLabel, "mergeRightName")
    assert right_name is not None
    assert right_name.text() == "Aninha Quitéria"
    # Health alerts are joined by default; the kept record's phone stays unless chosen.
    assert cell(dialog, "merge_medical_alerts_other").radio.isChecked()  # the kept one has none
    assert cell(dialog, "merge_tags_both").radio.isChecked()
    assert cell(dialog, "merge_phone_keep").radio.isChecked()
    qtbot.mouseClick(cell(dialog, "merge_phone_other"), LEFT)
    assert cell(dialog, "merge_phone_other").radio.isChecked()
    assert "Ana Quitéria Souza" in dialog.summary.text()
    seen: list[dict[str, str]] = []
    answer_box(seen, "mergeConfirmYes")
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        qtbot.mouseClick(dialog.merge_button, LEFT)
    assert seen[0]["name"] == "mergeConfirm"
    assert "Aninha Quitéria" in seen[0]["text"]
    settle(qtbot, desk.ctx)
    kept = record(desk, ana)
    assert (kept["full_name"], kept["phone"], kept["whatsapp"], kept["instagram"]) == (
        "Ana Quitéria Souza", PHONE_B, True, "aninha.q",
    )  # fmt: skip
    assert (kept["allergies"], kept["medical_alerts"], kept["tags"]) == (
        "Látex",
        "Diabetes tipo 1",
        ["vip", "fineline"],
    )
    assert record(desk, aninha)["merged_into"] == ana
    with desk.ctx.reader.connect() as conn:
        assert kept_client_id(conn, aninha) == ana
        assert merged_ids(conn, ana) == {ana, aninha}
        assert aninha not in search_clients(conn, demo.studio_id, "aninha")
        assert ana in search_clients(conn, demo.studio_id, "aninha")  # the kept record has her Instagram now
        listed = {row.id for row in desk.ctx.reader.client_page(conn, demo.studio_id, "", limit=100_000)}
    assert ana in listed
    assert aninha not in listed  # the other record left the client list


def test_open_bookings_move_and_the_summary_says_so(qtbot: Any, desk: Desk, demo: DemoStudio) -> None:
    as_role(desk, demo, Role.OWNER)
    with desk.ctx.reader.connect() as conn:
        row = conn.execute(
            select(appointment.c.client_id)
            .where(appointment.c.status == "booked", appointment.c.client_id.is_not(None))
            .limit(1)
        ).one()
    other = row.client_id
    open_before = open_bookings(desk, other)
    assert open_before > 0
    ana, _aninha = add_pair(desk, demo)
    dialog = open_dialog(qtbot, desk, ana, other)
    assert dialog.right is not None
    assert dialog.right.open_appointments == open_before
    assert f"{open_before} " in dialog.summary.text()
    answer_box([], "mergeConfirmYes")
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.merge_button.click()
    assert open_bookings(desk, other) == 0
    assert open_bookings(desk, ana) == open_before


def open_bookings(desk: Desk, client_id: uuid.UUID) -> int:
    a = appointment.c
    with desk.ctx.reader.connect() as conn:
        return len(
            conn.execute(
                select(a.id).where(a.client_id == client_id, a.status.not_in(("completed", "cancelled", "no_show")))
            ).all()
        )


def test_keeping_the_other_record_swaps_the_defaults(qtbot: Any, desk: Desk, demo: DemoStudio) -> None:
    as_role(desk, demo, Role.OWNER)
    ana, aninha = add_pair(desk, demo)
    dialog = open_dialog(qtbot, desk, ana, aninha)
    dialog.right_card.keep.click()
    assert cell(dialog, "merge_phone_keep").text.text().startswith("+55 (11) 91234-0002")
    answer_box([], "mergeConfirmYes")
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.merge_button.click()
    assert record(desk, ana)["merged_into"] == aninha
    kept = record(desk, aninha)
    assert (kept["full_name"], kept["email"], kept["allergies"]) == ("Aninha Quitéria", "ana.q@exemplo.com.br", "Látex")


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.ARTIST])
def test_others_than_owners_and_managers_see_why_merge_is_disabled(
    qtbot: Any, desk: Desk, demo: DemoStudio, role: Role
) -> None:
    ana, aninha = add_pair(desk, demo)
    as_role(desk, demo, role)
    dialog = open_dialog(qtbot, desk, ana, aninha)
    assert not dialog.merge_button.isEnabled()
    assert "Gerente" in dialog.merge_button.toolTip()
    assert dialog.problem.isVisibleTo(dialog)
    assert dialog.problem.text() == dialog.merge_button.toolTip()


def test_a_refusal_shows_in_the_dialog_and_keeps_the_choices(qtbot: Any, desk: Desk, demo: DemoStudio) -> None:
    as_role(desk, demo, Role.OWNER)
    ana, aninha = add_pair(desk, demo)
    dialog = open_dialog(qtbot, desk, ana, aninha)
    qtbot.mouseClick(cell(dialog, "merge_phone_other"), LEFT)
    third = uuid7()
    desk.store.apply("client.create", {"client_id": str(third), "full_name": "Ana Q Souza"})
    # Meanwhile another desk merged the other record elsewhere (the dialog has not read it yet).
    desk.store.apply("client.merge", {"keep_id": str(third), "merged_id": str(aninha)})
    answer_box([], "mergeConfirmYes")
    dialog._merge()  # as the click does, before the change is read
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog), timeout=10_000)
    settle(qtbot, desk.ctx)  # the refusal stays shown once the dialog has read the change
    assert dialog.problem.text() == text_for("already_merged", {"name": "Ana Q Souza"}, "")
    assert "Ana Q Souza" in dialog.problem.text()
    assert dialog.isVisible()
    assert cell(dialog, "merge_phone_other").radio.isChecked()
    assert record(desk, ana)["phone"] == PHONE_A


SHOTS = os.environ.get("KRONOS_SHOTS")  # a folder to keep the screenshots in, to look at


@pytest.mark.parametrize("language", ["pt_BR", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
def test_screenshots(
    qtbot: Any, desk: Desk, demo: DemoStudio, language: str, size: tuple[int, int], tmp_path: Path
) -> None:
    """At each size and language the dialog fits the screen (shots kept when KRONOS_SHOTS names a folder)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)
    as_role(desk, demo, Role.OWNER)
    ana, aninha = add_pair(desk, demo)
    desk.store.apply(
        "appointment.book",
        {"appointment_id": str(uuid7()), "client_id": str(aninha), "artist_id": str(demo.artist_ids[0]),
         "starts_at": "2027-01-05T13:00:00+00:00", "ends_at": "2027-01-05T16:00:00+00:00", "kind": "session"},
    )  # fmt: skip
    desk.store.apply(
        "client.update",
        {"client_id": str(aninha), "changes": {"address": "Rua Augusta, 1500, ap. 42 — Consolação, São Paulo",
                                               "notes": "Prefere sessões de manhã", "medication": "Insulina"}},
    )  # fmt: skip
    dialog = open_dialog(qtbot, desk, ana, aninha)
    dialog.resize(*size)
    settle(qtbot, desk.ctx)
    qtbot.wait(50)
    folder = Path(SHOTS) if SHOTS else tmp_path
    hint = dialog.minimumSizeHint()
    assert hint.width() <= size[0], "the dialog fits the screen"
    assert hint.height() <= size[1], "the dialog fits the screen (its rows scroll)"
    dialog.grab().save(str(folder / f"merge_{language}_{size[0]}x{size[1]}.png"))
    search = open_dialog(qtbot, desk, ana)
    search.resize(*size)
    qtbot.keyClicks(search.search, "ani")
    qtbot.waitUntil(lambda: search.found.count() > 0)
    settle(qtbot, desk.ctx)
    search.grab().save(str(folder / f"merge_search_{language}_{size[0]}x{size[1]}.png"))
    as_role(desk, demo, Role.RECEPTIONIST)
    refused = open_dialog(qtbot, desk, ana, aninha)
    refused.resize(*size)
    settle(qtbot, desk.ctx)
    refused.grab().save(str(folder / f"merge_receptionist_{language}_{size[0]}x{size[1]}.png"))
    app.setStyleSheet("")  # the other tests run without the look
    assert isinstance(search.findChild(QListWidget, "mergeCandidates"), QListWidget)
    assert isinstance(search.findChild(QPushButton, "mergeButton"), QPushButton)


def test_a_merge_cannot_be_undone_and_the_edit_menu_says_so(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    ana, aninha = add_pair(desk, demo)
    act(qtbot, window, "client.merge", {"keep_id": str(ana), "merged_id": str(aninha)})
    done = window.undo_stack.last()
    assert done is not None
    assert (done.name, done.why_not) == ("client.merge", "final")
    assert not window.undo_action.isEnabled()
    assert window.undo_action.toolTip().endswith("não pode ser desfeito")
    assert record(desk, aninha)["merged_into"] == ana
