"""The main window on the demo studio: each section shows what the database holds."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zoneinfo
from pathlib import Path

from PySide6.QtCore import Qt

from kronos_core.demo import DemoStudio
from kronos_core.instants import to_micros
from kronos_core.money import format_money
from kronos_desktop.ui.agenda.day_list import AgendaModel
from kronos_desktop.ui.checkout.view import SalesModel
from kronos_desktop.ui.clients.view import FIRST_PAGE, ClientsModel
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle

SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")


def studio_today() -> dt.date:
    return dt.datetime.now(SAO_PAULO).date()


def sql(data_dir: Path, query: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(data_dir / "kronos.db")
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def test_agenda_shows_todays_appointments_in_the_studio_time_zone(window: MainWindow, demo_dir: Path) -> None:
    day = studio_today()
    start = dt.datetime.combine(day, dt.time(0), tzinfo=SAO_PAULO)
    end = start + dt.timedelta(days=1)
    expected = sql(
        demo_dir,
        "SELECT count(*) FROM appointment WHERE deleted = 0 AND starts_at < ? AND ends_at > ?",
        to_micros(end),
        to_micros(start),
    )[0][0]
    model = window.agenda.model
    assert expected > 0, "the demo always has appointments today"
    assert model.rowCount() == expected
    assert window.agenda.day() == day
    # Times are São Paulo wall-clock times, whatever the PC's zone.
    first = model.row_at(0)
    shown = model.index(0, AgendaModel.Col.TIME).data()
    assert shown.startswith(first.starts_at.astimezone(SAO_PAULO).strftime("%H:%M"))
    # The artist column carries the artist's calendar colour.
    color = model.index(0, AgendaModel.Col.ARTIST).data(Qt.ItemDataRole.DecorationRole)
    assert color.name() == first.artist_color.lower()
    # Every row has an artist, a translated kind and status (time off has none: nobody is awaited).
    for row in range(model.rowCount()):
        assert model.index(row, AgendaModel.Col.ARTIST).data()
        time_off = model.index(row, AgendaModel.Col.KIND).data() == "Folga"
        assert model.index(row, AgendaModel.Col.STATUS).data() in ({"", "Cancelado"} if time_off else {
            "Agendado", "Confirmado", "Chegou", "Em atendimento", "Concluído", "Cancelado", "Não compareceu",
        })  # fmt: skip


def test_agenda_day_navigation(window: MainWindow, demo_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    today = studio_today()
    qtbot.mouseClick(window.agenda.navigator.next_button, Qt.MouseButton.LeftButton)
    assert window.agenda.day() == today + dt.timedelta(days=1)
    qtbot.mouseClick(window.agenda.navigator.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.agenda.navigator.previous_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    yesterday = today - dt.timedelta(days=1)
    assert window.agenda.day() == yesterday
    start = dt.datetime.combine(yesterday, dt.time(0), tzinfo=SAO_PAULO)
    expected = sql(
        demo_dir,
        "SELECT count(*) FROM appointment WHERE deleted = 0 AND starts_at < ? AND ends_at > ?",
        to_micros(start + dt.timedelta(days=1)),
        to_micros(start),
    )[0][0]
    assert window.agenda.model.rowCount() == expected
    qtbot.mouseClick(window.agenda.navigator.today_button, Qt.MouseButton.LeftButton)
    assert window.agenda.day() == today


def test_health_alert_is_marked(window: MainWindow, demo_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.agenda.navigator.set_day(studio_today() - dt.timedelta(days=30))
    for _ in range(60):  # find a day with a client who has a health alert
        settle(qtbot, window.ctx)
        model = window.agenda.model
        marked = [r for r in range(model.rowCount()) if model.row_at(r).health_alert]
        if marked:
            break
        window.agenda.navigator.set_day(window.agenda.day() + dt.timedelta(days=1))
    else:  # pragma: no cover - the demo gives some clients allergies
        raise AssertionError("no health alert in 60 days")
    index = model.index(marked[0], AgendaModel.Col.ALERTS)
    assert "⚠" in index.data()
    assert model.row_at(marked[0]).health_alert in index.data(Qt.ItemDataRole.ToolTipRole)


def test_clients_list_counts_and_search(window: MainWindow, demo_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_section("clients")
    total = sql(demo_dir, "SELECT count(*) FROM client WHERE deleted = 0")[0][0]
    view = window.clients
    assert view.model.total == total
    assert view.model.rowCount() == min(total, FIRST_PAGE)  # a screen's worth, more as the list scrolls
    assert "2.000" in view.count_label.text()
    assert "clientes" in view.count_label.text()

    name, phone, document = sql(
        demo_dir,
        "SELECT full_name, phone, document_number FROM client WHERE phone IS NOT NULL AND document_number IS NOT NULL "
        "ORDER BY full_name DESC LIMIT 1",
    )[0]
    for typed in (str(name), str(phone)[-8:], str(document)):
        view.search.clear()
        qtbot.keyClicks(view.search, typed)
        view.apply_search()  # what the search timer does after a pause in typing
        settle(qtbot, window.ctx)
        names = [view.model.row_at(r).full_name for r in range(view.model.rowCount())]
        assert name in names, typed


def test_clients_page_in_as_the_list_scrolls(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    model: ClientsModel = window.clients.model
    seen = []
    while True:
        settle(qtbot, window.ctx)  # the page asked for is in
        seen.extend(model.row_at(r).id for r in range(len(seen), model.rowCount()))
        if not model.canFetchMore():
            break
        model.fetchMore()
    assert len(seen) == len(set(seen)) == model.total
    names = [model.row_at(r).full_name for r in range(model.rowCount())]
    assert names == sorted(names)


def test_checkout_shows_the_days_sales_and_summary(window: MainWindow, demo_dir: Path) -> None:
    window.show_section("checkout")
    day = studio_today().isoformat()
    count, total = sql(
        demo_dir,
        "SELECT count(*), coalesce(sum(total), 0) FROM sale WHERE deleted = 0 AND status = 'closed' "
        "AND business_date = ?",
        day,
    )[0]
    all_sales = sql(demo_dir, "SELECT count(*) FROM sale WHERE deleted = 0 AND business_date = ?", day)[0][0]
    by_method = dict(
        sql(
            demo_dir,
            "SELECT method, sum(amount) FROM payment WHERE deleted = 0 AND business_date = ? GROUP BY method",
            day,
        )
    )
    view = window.checkout
    assert view.model.rowCount() == all_sales
    assert view.summary is not None
    assert view.summary.sales_total == total
    assert view.summary.sales_count == count
    assert view.summary.by_method == by_method
    assert view.summary_panel.values["sales_total"].text() == format_money(int(total), "pt_BR")  # type: ignore[call-overload]
    if all_sales:
        index = view.model.index(0, SalesModel.Col.TOTAL)
        assert index.data().startswith("R$")
        assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_status_bar_shows_standalone_and_the_receptionist(window: MainWindow, demo: DemoStudio, demo_dir: Path) -> None:
    name = sql(demo_dir, "SELECT display_name FROM staff WHERE id = ?", demo.receptionist_id.hex)[0][0]
    assert window.status.sync_label.text() == "Independente"
    assert name in window.status.staff_label.text()
    assert "Recepcionista" in window.status.staff_label.text()
    assert "Estúdio Agulha de Ouro" in window.windowTitle()


def test_sections_switch_from_the_list_and_shortcuts(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.current_section() == "agenda"
    window.nav.setCurrentRow(2)
    assert window.current_section() == "checkout"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "clients"


def test_the_client_list_shows_a_cpf_masked(window: MainWindow, demo_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 13: a glance over the counter must not read a client's CPF off the list."""
    name, number = sql(
        demo_dir,
        "SELECT full_name, document_number FROM client WHERE document_type = 'cpf' AND length(document_number) = 11 "
        "ORDER BY full_name LIMIT 1",
    )[0]
    view = window.clients
    qtbot.keyClicks(view.search, str(name))
    view.apply_search()
    settle(qtbot, window.ctx)
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).full_name == name)
    shown = [str(model.index(row, c).data() or "") for c in range(model.columnCount())]
    digits = str(number)
    assert f"CPF ***.{digits[3:6]}.{digits[6:9]}-**" in shown
    assert not any(digits[:3] + "." in text or digits in text.replace(".", "").replace("-", "") for text in shown)
