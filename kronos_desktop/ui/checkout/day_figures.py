"""The Caixa's figures of the day (store/queries/checkout_day.py), compact, beside or below the
day's sales: the money by payment method net of refunds (what came in and went back in each
row's tooltip), the refunds listed apart, the day's tickets (sales, voided, tips, deposits taken
and applied), and per artist what their services sold, their share, the studio's and their tips'
share.

Its blocks flow: as many side by side as the width holds, the rest below, in a scroll area (a
studio with many artists scrolls). Narrower than the artists' five columns, each artist takes
two rows (the name, then the four figures)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kronos_desktop.store.queries.checkout_day import CaixaDay
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MARGIN = 14  # the card's left and right margins
SPACING = 24  # between blocks side by side
# A refund's words wrap at this width from each room (the widget's width less its margins) up.
REFUND_WORDS = ((1000, 280), (400, 220), (0, 180))
REFUND_WORDS_WIDE = REFUND_WORDS[0][1]
MAX_HINT_HEIGHT = 260  # the most its size hint asks for


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class _Block(QWidget):
    """A heading over a grid of captions and right-aligned figures."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = _heading("")
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(1)
        self.below = QVBoxLayout()  # what follows the grid (the refunds)
        self.below.setContentsMargins(0, 4, 0, 0)
        self.below.setSpacing(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addLayout(self.below)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def reset(self, title: str) -> None:
        self.title.setText(title)
        _clear(self.grid)
        _clear(self.below)

    def cell(self, row: int, column: int, text: str, key: str = "", *, caption: str = "", role: str = "") -> QLabel:
        """A label at (row, column): a figure (right-aligned) when ``key`` names it."""
        label = QLabel(text)
        if role:
            label.setProperty("role", role)
        if key:
            label.setObjectName(f"dayFigures_{key}")
            label.setAlignment(RIGHT)
            label.setAccessibleName(f"{caption}: {text}" if caption else text)
        self.grid.addWidget(label, row, column)
        return label


class DayFigures(QWidget):
    """The day's figures: ``show_figures(figures, currency)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayFigures")
        self.figures: CaixaDay | None = None
        self.currency = "BRL"
        self.labels: dict[str, QLabel] = {}  # figure key -> its label (dayFigures_<key>)
        self.two_line_artists = False
        self.refund_words: list[QLabel] = []
        self.card = QFrame()
        # The blocks are the card's from the start: shown before a layout holds them, each would
        # be a window of its own (and take the focus from the desk's window).
        self.methods = _Block("dayFiguresMethods", self.card)
        self.refunds = _Block("dayFiguresRefunds", self.card)
        self.day = _Block("dayFiguresDay", self.card)
        self.artists = _Block("dayFiguresArtists", self.card)
        self.card.setObjectName("dayFiguresCard")
        self.card.setProperty("role", "card")
        self.flow = QVBoxLayout(self.card)  # rows of blocks side by side
        self.flow.setContentsMargins(MARGIN, 8, MARGIN, 8)
        self.flow.setSpacing(10)
        self.rows: list[QHBoxLayout] = []
        for _ in range(4):
            row = QHBoxLayout()
            row.setSpacing(SPACING)
            row.addStretch(1)
            self.flow.addLayout(row)
            self.rows.append(row)
        self.flow.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("dayFiguresScroll")
        self.scroller.setAccessibleName(self.tr("Figures of the day"))
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.card)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)

    # -- showing -------------------------------------------------------------------------
    def show_figures(self, figures: CaixaDay, currency: str) -> None:
        self.figures, self.currency = figures, currency
        self.labels.clear()
        self._show_methods(figures)
        self._show_refunds(figures)
        self._show_day(figures)
        self._show_artists(figures)
        self._arrange(self.width())

    def money(self, amount: int) -> str:
        return fmt.money_text(amount, self.currency)

    def _figure(self, block: _Block, row: int, column: int, amount: int, key: str, caption: str) -> QLabel:
        label = block.cell(row, column, self.money(amount), key, caption=caption)
        self.labels[key] = label
        return label

    def _show_methods(self, f: CaixaDay) -> None:
        block = self.methods
        block.reset(self.tr("Received"))
        if not f.by_method:
            block.cell(0, 0, self.tr("Nothing received."), role="muted")
            return
        rows = [(m.method, fmt.method_label(m.method), m.received, m.refunded, m.net) for m in f.by_method]
        if len(rows) > 1:
            rows.append(("total", self.tr("Total"), f.received, f.refunded, f.net))
        for row, (key, name, came, went, left) in enumerate(rows):
            if key != "total" and went and not left:  # not "paid nothing": it came in and went back
                name = self.tr("{method} · all refunded").format(method=name)
            caption = block.cell(row, 0, name)
            value = self._figure(block, row, 1, left, f"{key}_net", name)
            tip = self.tr("Received %1, refunds %2, net %3").replace("%1", self.money(came))
            tip = tip.replace("%2", self.money(went)).replace("%3", self.money(left))
            for label in (caption, value):
                label.setToolTip(tip)
            if key == "total":
                caption.setStyleSheet("font-weight: 600;")
                value.setStyleSheet("font-weight: 600;")

    def _show_refunds(self, f: CaixaDay) -> None:
        block = self.refunds
        block.reset(self.tr("%n refund(s)", "", len(f.refunds)))
        self.refund_words = []
        for row, refund in enumerate(f.refunds):
            amount = self._figure(block, row, 0, -refund.amount, f"refund_{row}", self.tr("Refund"))
            amount.setProperty("role", "error")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            parts = [p for p in (fmt.method_label(refund.method), refund.sale_number, refund.reason) if p]
            words = " · ".join(parts) + (f" ({refund.by})" if refund.by else "")
            line = block.cell(row, 1, words, role="muted")
            line.setObjectName(f"dayFigures_refund_{row}_words")
            line.setWordWrap(True)
            line.setMaximumWidth(REFUND_WORDS_WIDE)
            line.setToolTip(words)
            self.refund_words.append(line)

    def _show_day(self, f: CaixaDay) -> None:
        block = self.day
        block.reset(self.tr("Tickets"))
        sold = self.tr("%n sale(s)", "", f.sales_count)
        deposits = self.tr("%n deposit(s) taken", "", f.deposits_taken_count)
        rows: list[tuple[str, str, str]] = [
            ("sales_total", sold, self.money(f.sales_total)),
            ("voided", self.tr("Voided"), fmt.count_text(f.voided_count)),
            ("tips", self.tr("Tips"), self.money(f.tips)),
            ("deposits_taken", deposits, self.money(f.deposits_taken)),
            ("deposits_applied", self.tr("Deposits applied"), self.money(f.deposits_applied)),
        ]
        for row, (key, caption, value) in enumerate(rows):
            block.cell(row, 0, caption, role="caption")
            self.labels[key] = block.cell(row, 1, value, key, caption=caption)

    def _show_artists(self, f: CaixaDay) -> None:
        block = self.artists
        block.reset(self.tr("Artists"))
        if not f.artists:
            return
        captions = (
            self.tr("Services sold"),
            self.tr("Artist's share"),
            self.tr("Studio's share"),
            self.tr("Tips share"),
        )
        short = (self.tr("Sold"), self.tr("Artist"), self.tr("Studio"), self.tr("Tips"))
        keys = ("services", "artist", "studio", "tips")
        if self.two_line_artists:  # narrow: the name, then two captioned figures a row
            row = 0
            for at, a in enumerate(f.artists):
                name = QLabel(a.artist_name)
                name.setObjectName(f"dayFigures_artist_{at}")
                name.setStyleSheet("font-weight: 600;")
                block.grid.addWidget(name, row, 0, 1, 4)
                values = (a.services, a.artist_share, a.studio_share, a.tips_share)
                for n, amount in enumerate(values):
                    line, pair = row + 1 + n // 2, 2 * (n % 2)
                    block.cell(line, pair, short[n], role="caption").setToolTip(captions[n])
                    self._figure(
                        block, line, pair + 1, amount, f"artist_{at}_{keys[n]}", f"{a.artist_name}, {captions[n]}"
                    )
                row += 3
            return
        for column, (text, tip) in enumerate(zip(short, captions, strict=True), start=1):
            header = block.cell(0, column, text, role="caption")
            header.setAlignment(RIGHT)
            header.setToolTip(tip)
        for at, a in enumerate(f.artists):
            name = block.cell(at + 1, 0, a.artist_name)
            name.setObjectName(f"dayFigures_artist_{at}")
            values = (a.services, a.artist_share, a.studio_share, a.tips_share)
            for n, amount in enumerate(values):
                self._figure(block, at + 1, n + 1, amount, f"artist_{at}_{keys[n]}", f"{a.artist_name}, {captions[n]}")

    # -- layout --------------------------------------------------------------------------
    def _arrange(self, width: int) -> None:
        """Place the shown blocks in rows, as many side by side as ``width`` holds."""
        room = width - 2 * MARGIN - self.scroller.verticalScrollBar().sizeHint().width()
        if self.figures is not None and self.figures.artists:
            self._fit_artists(room)
        widest = next(width for least, width in REFUND_WORDS if room >= least)
        for line in self.refund_words:
            line.setMinimumWidth(min(widest, line.fontMetrics().horizontalAdvance(line.text()) + 8))
        blocks = (self.methods, self.refunds, self.day, self.artists)
        for row in self.rows:
            for block in blocks:
                row.removeWidget(block)
        f = self.figures
        shown = [self.methods, *([self.refunds] if f and f.refunds else []), self.day]
        shown += [self.artists] if f and f.artists else []
        for block in blocks:
            block.setVisible(block in shown)
        at, column, used = 0, 0, 0
        for block in shown:
            wide = block.sizeHint().width()
            if column and used + SPACING + wide > room:
                at, column, used = at + 1, 0, 0
            self.rows[at].insertWidget(column, block, 0, Qt.AlignmentFlag.AlignTop)
            used += (SPACING if column else 0) + wide
            column += 1

    def _fit_artists(self, room: int) -> None:
        """Two rows an artist when their five columns are wider than ``room``."""
        if self.figures is None:
            return
        two_lines = self._one_line_width(self.figures) > room
        if two_lines != self.two_line_artists:
            self.two_line_artists = two_lines
            self._show_artists(self.figures)

    def _one_line_width(self, f: CaixaDay) -> int:
        """How wide the artists' block is with one row an artist: the longest name, then the
        widest figure (or heading) of each of the four columns, with the grid's spacing."""
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(a.artist_name) for a in f.artists)
        columns = zip(*((a.services, a.artist_share, a.studio_share, a.tips_share) for a in f.artists), strict=True)
        for amounts in columns:
            width += 12 + max(metrics.horizontalAdvance(self.money(amount)) for amount in amounts)
        return width + 8  # the labels' own margins

    def sizeHint(self) -> QSize:
        """The card's own height (every block shown, as laid out now), up to ``MAX_HINT_HEIGHT``:
        what a splitter gives it first; more scrolls."""
        card = self.card.sizeHint()
        return QSize(card.width(), min(card.height() + 2, MAX_HINT_HEIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._arrange(event.size().width())
