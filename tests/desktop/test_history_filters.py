"""History's filters (issue 13, "Audit trail"): a manager reads the trail of one client (found as
on Clients; their merged records and bookings included), of one kind of change (clients'
merges, exports, erasures, blocks) and of one member of staff, from rows real mutations wrote."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_desktop.app import Desk, apply_look
from kronos_desktop.ops import MutationOp
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.settings.history_page import HistoryModel, HistoryPage
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def _run(qtbot, desk: Desk, op: MutationOp) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=10_000):
        desk.ctx.runner.run(op)


def _as(desk: Desk, staff_id: uuid.UUID, role: Role, name: str) -> None:
    desk.store.set_member(staff_id)
    desk.ctx.who.set(staff_id, role, name)


def _rows(page: HistoryPage) -> list[tuple[str, str]]:
    model = page.model
    return [
        (str(model.index(r, HistoryModel.Col.WHO).data()), str(model.index(r, HistoryModel.Col.WHAT).data()))
        for r in range(model.rowCount())
    ]


def _new_client(qtbot, desk: Desk, name: str) -> uuid.UUID:  # type: ignore[no-untyped-def]
    client_id = uuid7()
    _run(qtbot, desk, MutationOp("client.create", {"client_id": client_id, "full_name": name}))
    return client_id


@pytest.fixture
def trail(qtbot, desk: Desk, demo: DemoStudio) -> dict[str, uuid.UUID]:  # type: ignore[no-untyped-def]
    """Zuleika's records and what three members did to them, and a change to the settings."""
    assert demo.manager_id is not None
    _as(desk, demo.receptionist_id, Role.RECEPTIONIST, "Larissa Menezes")
    kept = _new_client(qtbot, desk, "Zuleika Wpqx")
    other = _new_client(qtbot, desk, "Zuleica Wpqx Duplicada")
    booking = uuid7()
    starts = dt.datetime(2031, 3, 4, 13, 0, tzinfo=dt.UTC)
    _run(
        qtbot,
        desk,
        MutationOp(
            "appointment.book",
            {
                "appointment_id": booking,
                "artist_id": demo.artist_ids[0],
                "client_id": other,
                "starts_at": starts.isoformat(),
                "ends_at": (starts + dt.timedelta(hours=2)).isoformat(),
                "kind": "consultation",
            },
        ),
    )
    _run(qtbot, desk, MutationOp("appointment.cancel", {"appointment_id": booking, "cancelled_at": desk.store.now()}))
    _as(desk, demo.manager_id, Role.MANAGER, "Thiago Bastos")
    _run(qtbot, desk, MutationOp("client.merge", {"keep_id": kept, "merged_id": other}))
    _as(desk, demo.owner_id, Role.OWNER, "Marina Albuquerque")
    _run(qtbot, desk, MutationOp("client.export_recorded", {"client_id": kept, "sections": {"sales": 0}}))
    _run(qtbot, desk, MutationOp("studio.update", {"idle_lock_minutes": 10}))
    _as(desk, demo.manager_id, Role.MANAGER, "Thiago Bastos")
    return {"kept": kept, "other": other}


def _page(qtbot, desk: Desk) -> HistoryPage:  # type: ignore[no-untyped-def]
    page = HistoryPage(desk.ctx)
    qtbot.addWidget(page)
    settle(qtbot, desk.ctx)
    return page


def _search(qtbot, desk: Desk, page: HistoryPage, text: str) -> None:  # type: ignore[no-untyped-def]
    page.client.setText(text)
    qtbot.waitUntil(lambda: not page._typing.isActive())  # the pause after typing
    settle(qtbot, desk.ctx)


def test_one_client_s_trail_holds_their_merge_export_and_a_merged_record_s_booking(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, trail: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, desk)
    everything = page.model.rowCount()
    _search(qtbot, desk, page, "zuleika wpqx")

    rows = _rows(page)
    assert ("Marina Albuquerque", "Exported the data of Zuleika Wpqx (LGPD)") in rows
    assert ("Thiago Bastos", "Merged Zuleica Wpqx Duplicada into Zuleika Wpqx") in rows
    cancelled = [what for who, what in rows if what.startswith("Cancelled the booking of Zuleica Wpqx Duplicada")]
    assert cancelled, "the merged record's booking, cancelled before the merge, is in the kept client's trail"
    assert len(rows) == 3, rows
    assert everything > len(rows)

    _search(qtbot, desk, page, "nobody-is-called-this")
    assert page.model.rowCount() == 0
    assert page.empty.isVisibleTo(page)
    assert page.empty.text() == "Nothing recorded matches these filters."

    _search(qtbot, desk, page, 'zul"*(')  # any characters: results or none, never an error
    assert ("Thiago Bastos", "Merged Zuleica Wpqx Duplicada into Zuleika Wpqx") in _rows(page)
    _search(qtbot, desk, page, "")
    assert page.model.rowCount() == everything


def test_the_clients_kind_and_one_member_narrow_the_trail(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, trail: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, desk)
    page.kind.setCurrentIndex(page.kind.findData("clients"))
    settle(qtbot, desk.ctx)
    whats = [what for _who, what in _rows(page)]
    assert "Exported the data of Zuleika Wpqx (LGPD)" in whats
    assert "Merged Zuleica Wpqx Duplicada into Zuleika Wpqx" in whats
    assert not any(w.startswith(("Changed the studio's settings", "Cancelled")) for w in whats)

    page.member.setCurrentIndex(page.member.findData(str(demo.manager_id)))
    settle(qtbot, desk.ctx)
    assert _rows(page) == [("Thiago Bastos", "Merged Zuleica Wpqx Duplicada into Zuleika Wpqx")]

    page.kind.setCurrentIndex(page.kind.findData("staff"))
    page.member.setCurrentIndex(page.member.findData(str(demo.owner_id)))
    settle(qtbot, desk.ctx)
    assert ("Marina Albuquerque", "Changed the studio's settings: idle lock") in _rows(page)
    assert {who for who, _what in _rows(page)} == {"Marina Albuquerque"}


def test_a_receptionist_sees_no_filters_and_no_trail(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, trail: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, desk)
    desk.ctx.who.set(demo.receptionist_id, Role.RECEPTIONIST, "Larissa Menezes")
    settle(qtbot, desk.ctx)
    assert page.model.rowCount() == 0
    assert not page.filters.isVisibleTo(page)
    assert page.closed.isVisibleTo(page)


SHOTS = os.environ.get("KRONOS_SHOTS")  # a folder to keep the screenshots in, to look at


@pytest.mark.parametrize("language", ["pt_BR", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
def test_screenshots_of_the_filters(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, trail: dict[str, uuid.UUID], language: str, size: tuple[int, int], tmp_path: Path
) -> None:
    """History filtered by a client, then by the clients' kind of change (to be looked at)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folder = Path(SHOTS) if SHOTS else tmp_path
    apply_look(app)
    window = MainWindow(desk.ctx, None)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_studio_tab("history")
    assert window.minimumSizeHint().width() <= size[0], "History's filters fit the window"
    page = window.studio.history_page
    settle(qtbot, desk.ctx)
    _search(qtbot, desk, page, "zuleika")
    qtbot.wait(50)
    window.grab().save(str(folder / f"history_client_{language}_{size[0]}x{size[1]}.png"))
    _search(qtbot, desk, page, "")
    page.kind.setCurrentIndex(page.kind.findData("clients"))
    settle(qtbot, desk.ctx)
    qtbot.wait(50)
    window.grab().save(str(folder / f"history_kind_{language}_{size[0]}x{size[1]}.png"))
    app.setStyleSheet("")  # the other tests run without the look
