"""History (issue 11, "the audit trail shows who did what"): an owner or manager sees each change
to the settings and the staff with who made it, where and when; others see that it is not theirs."""

from __future__ import annotations

import pytest

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ops import MutationOp
from kronos_desktop.ui.settings.history_page import HistoryModel, HistoryPage
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def _texts(page: HistoryPage, column: HistoryModel.Col) -> list[str]:
    model = page.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def _run(qtbot, desk: Desk, op: MutationOp) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=10_000):
        desk.ctx.runner.run(op)


def test_a_manager_sees_who_changed_the_settings_and_reset_a_pin(qtbot, desk: Desk, demo: DemoStudio) -> None:  # type: ignore[no-untyped-def]
    assert demo.manager_id is not None
    desk.store.set_member(demo.manager_id)
    desk.ctx.who.set(demo.manager_id, Role.MANAGER, "Thiago Bastos")
    page = HistoryPage(desk.ctx)
    qtbot.addWidget(page)
    settle(qtbot, desk.ctx)
    assert page.model.rowCount() > 0, "the demo's own history"

    _run(qtbot, desk, MutationOp("studio.update", {"idle_lock_minutes": 10, "state": "RJ"}))
    artist = demo.artist_ids[0]
    from kronos_desktop.ops.studio import set_pin

    _run(qtbot, desk, set_pin(artist, "4321"))
    settle(qtbot, desk.ctx)
    # The newest first, by the studio's clock (the demo's day runs ahead of this test's clock).
    page.member.setCurrentIndex(page.member.findData(str(demo.manager_id)))
    settle(qtbot, desk.ctx)
    rows = list(
        zip(
            _texts(page, HistoryModel.Col.WHO),
            _texts(page, HistoryModel.Col.WHAT),
            _texts(page, HistoryModel.Col.DESK),
            strict=True,
        )
    )
    assert ("Thiago Bastos", "Reset Rafa Monteiro's PIN", "This desk") in rows
    assert ("Thiago Bastos", "Changed the studio's settings: state, idle lock", "This desk") in rows


def test_one_member_s_entries_and_a_receptionist_sees_none(qtbot, desk: Desk, demo: DemoStudio) -> None:  # type: ignore[no-untyped-def]
    desk.ctx.who.set(demo.owner_id, Role.OWNER, "Marina Albuquerque")
    page = HistoryPage(desk.ctx)
    qtbot.addWidget(page)
    settle(qtbot, desk.ctx)
    everyone = page.model.rowCount()
    page.member.setCurrentIndex(page.member.findData(str(demo.owner_id)))
    settle(qtbot, desk.ctx)
    assert 0 < page.model.rowCount() <= everyone
    assert set(_texts(page, HistoryModel.Col.WHO)) == {"Marina Albuquerque"}
    assert "Set up the studio" in _texts(page, HistoryModel.Col.WHAT)

    desk.ctx.who.set(demo.receptionist_id, Role.RECEPTIONIST, "Larissa Menezes")
    settle(qtbot, desk.ctx)
    assert page.model.rowCount() == 0
    assert not page.table.isVisibleTo(page)
    assert page.closed.isVisibleTo(page)
