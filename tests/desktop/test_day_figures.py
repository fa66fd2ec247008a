"""The Caixa's day figures widget (kronos_desktop/ui/checkout/day_figures.py), showing what a real
desk file holds (the day of tests/store/test_checkout_day.py): the money by method net of refunds,
the refunds apart, the tickets' figures, each artist's shares; an artist's own; and the blocks
fitting below the sales at 1024x600 and beside them in a narrow column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from kronos_desktop.store.queries import checkout as q
from kronos_desktop.store.queries.checkout_day import CaixaDay
from kronos_desktop.ui.checkout.day_figures import DayFigures
from tests.desktop.checkout_rows import DAY
from tests.store.test_checkout_day import Day, a_day


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def day(tmp_path: Path) -> Iterator[Day]:
    made = a_day(tmp_path / "data")
    yield made
    made.store.close()


def read(d: Day, **who: object) -> CaixaDay:
    with d.store.read_engine.connect() as conn:
        return q.day_figures(conn, d.c.studio_id, DAY, **who)  # type: ignore[arg-type]


def shown(qtbot, figures: CaixaDay, width: int = 784, height: int = 230) -> DayFigures:  # type: ignore[no-untyped-def]
    widget = DayFigures()
    qtbot.addWidget(widget)
    widget.show_figures(figures, "BRL")
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def text(widget: QWidget, name: str) -> str:
    label = widget.findChild(QLabel, f"dayFigures_{name}")
    assert label is not None, name
    assert label.isVisibleTo(widget), name
    return label.text()


def test_the_owner_reads_the_day_to_the_centavo(qtbot, translated: str, day: Day) -> None:  # type: ignore[no-untyped-def]
    widget = shown(qtbot, read(day))
    nets = {m: text(widget, f"{m}_net") for m in ("cash", "credit", "debit", "pix", "total")}
    assert nets == {"cash": "R$360.00", "credit": "R$420.00", "debit": "R$0.00", "pix": "R$360.00",
                    "total": "R$1,140.00"}  # fmt: skip
    debit = widget.findChild(QLabel, "dayFigures_debit_net")
    assert debit is not None
    assert debit.toolTip() == "Received R$150.00, refunds R$150.00, net R$0.00"
    with day.store.read_engine.connect() as conn:
        second = q.sale_detail(conn, day.second)
    assert second is not None
    assert (text(widget, "refund_0"), text(widget, "refund_1")) == ("-R$50.00", "-R$150.00")
    assert text(widget, "refund_0_words") == f"Pix · {second.number} · Retoque não feito (Marina Costa)"
    figures = {k: text(widget, k) for k in ("sales_total", "voided", "tips", "deposits_taken", "deposits_applied")}
    assert figures == {"sales_total": "R$1,110.00", "voided": "1", "tips": "R$30.00", "deposits_taken": "R$150.00",
                       "deposits_applied": "R$100.00"}  # fmt: skip
    assert text(widget, "artist_0") == "Bia Nunes"
    rafa = [text(widget, f"artist_1_{k}") for k in ("services", "artist", "studio", "tips")]
    assert (text(widget, "artist_1"), rafa) == ("Rafa Lima", ["R$711.22", "R$355.61", "R$355.61", "R$16.00"])
    # Below the day's sales at 1024x600 (the page is 784 wide): nothing to scroll sideways.
    assert widget.scroller.horizontalScrollBar().maximum() == 0


def test_an_artist_sees_only_their_own(qtbot, translated: str, day: Day) -> None:  # type: ignore[no-untyped-def]
    widget = shown(qtbot, read(day, viewer_id=day.c.artist_id, sees_all=False))
    assert text(widget, "total_net") == "R$830.00"  # their tickets' and their deposit's money
    assert text(widget, "refund_0") == "-R$150.00"
    assert widget.findChild(QLabel, "dayFigures_refund_1") is None
    assert text(widget, "artist_0") == "Rafa Lima"
    assert widget.findChild(QLabel, "dayFigures_artist_1") is None
    assert not [label for label in widget.findChildren(QLabel) if "Bia" in label.text()]


def test_narrow_beside_the_sales_each_artist_takes_rows_of_their_own(  # type: ignore[no-untyped-def]
    qtbot, translated: str, day: Day
) -> None:
    widget = shown(qtbot, read(day), width=340, height=430)
    qtbot.wait(10)
    assert widget.two_line_artists
    assert widget.scroller.horizontalScrollBar().maximum() == 0, "nothing cut at the right"
    assert text(widget, "artist_1_studio") == "R$355.61"
    widget.resize(1040, 230)  # wider again: one row an artist
    qtbot.waitUntil(lambda: not widget.two_line_artists)
    assert text(widget, "artist_1_studio") == "R$355.61"


def test_a_day_with_nothing_says_so(qtbot, translated: str, day: Day) -> None:  # type: ignore[no-untyped-def]
    with day.store.read_engine.connect() as conn:
        empty = q.day_figures(conn, day.c.studio_id, DAY + dt.timedelta(days=1))
    widget = shown(qtbot, empty)
    assert [label.text() for label in widget.findChildren(QLabel) if label.text() == "Nothing received."]
    assert text(widget, "sales_total") == "R$0.00"
    assert not widget.refunds.isVisibleTo(widget)
    assert not widget.artists.isVisibleTo(widget)
