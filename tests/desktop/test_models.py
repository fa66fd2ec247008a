"""Each table model passes Qt's model checks (pytest-qt's qtmodeltester) on the demo data."""

from __future__ import annotations

import datetime as dt

from kronos_desktop.app import Desk
from kronos_desktop.ui.agenda.day_list import AgendaModel
from kronos_desktop.ui.checkout.view import SalesModel
from kronos_desktop.ui.clients.view import FIRST_PAGE, PAGE_SIZE, ClientsModel
from tests.desktop.reads import settle


def test_agenda_model(qtmodeltester, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    studio = desk.ctx.studio()
    assert studio is not None
    model = AgendaModel()
    model.set_day(desk.reader.agenda(studio.id, desk.ctx.today(), studio.zone), studio.zone)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_clients_model_with_paging_and_search(qtmodeltester, qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    model = ClientsModel(desk.ctx.reads)
    model.load()
    settle(qtbot, desk.ctx)
    assert model.rowCount() == FIRST_PAGE  # a screen's worth first, then PAGE_SIZE as it scrolls
    qtmodeltester.check(model, force_py=True)
    settle(qtbot, desk.ctx)  # the tester itself asks for pages
    before = model.rowCount()
    model.fetchMore()  # the next page comes from the reader thread
    assert model.rowCount() == before, "nothing is added before the page is read"
    settle(qtbot, desk.ctx)
    assert model.rowCount() == before + PAGE_SIZE
    model.load("silva")
    settle(qtbot, desk.ctx)
    assert 0 < model.rowCount() < 400
    qtmodeltester.check(model)
    settle(qtbot, desk.ctx)


def test_sales_model(qtmodeltester, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    studio = desk.ctx.studio()
    assert studio is not None
    model = SalesModel()
    day = desk.ctx.today()
    rows = []
    while not rows:  # the demo's last days with sales
        rows = desk.reader.sales(studio.id, day)
        day -= dt.timedelta(days=1)
    model.set_day(rows, studio.zone, studio.currency)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_time_off_shows_no_client_status(desk: Desk) -> None:
    """An artist's time off is not waiting for anyone: the Status column is empty (the demo's
    time off is stored 'booked'), and the client column says there is none."""
    studio = desk.ctx.studio()
    assert studio is not None
    day = desk.ctx.today()
    rows = desk.reader.agenda(studio.id, day, studio.zone)
    while not any(r.kind == "block" for r in rows):
        day += dt.timedelta(days=1)
        rows = desk.reader.agenda(studio.id, day, studio.zone)
    model = AgendaModel()
    model.set_day(rows, studio.zone)
    col = AgendaModel.Col
    for n, row in enumerate(rows):
        status = model.data(model.index(n, col.STATUS))
        if row.kind == "block":
            assert status == "", row
            assert model.data(model.index(n, col.CLIENT)) == "—", row
        else:
            assert status, row
