"""The count at the day's close (issue 16): Brazilian notes and coins
(:data:`kronos_core.drawer.DENOMINATIONS`), how many of each typed with the keyboard, each line's
total and the counted total as they are typed.

BLIND: the grid knows nothing of what the drawer should hold; the close dialog
(close_result.py) reads the expected amount only once the count is confirmed.

Keys: Tab and Enter move down the grid (the notes, then the coins); Enter on the last coin asks
for the count to be confirmed (``done``). An empty field is 0. A negative quantity, or anything
that is not a whole number, is said under the grid in words, its field marked, and the total
shows nothing until it is right: nothing is confirmed from a wrong count."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kronos_core.drawer import DENOMINATIONS, count_total
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.look import themed

translate = QCoreApplication.translate

COINS_FROM = 100  # R$ 1 and below are coins


def denomination_text(centavos: int) -> str:
    """A note or coin as people name it: "R$ 50,00"."""
    return fmt.money_text(centavos)


def parse_quantity(text: str) -> tuple[int | None, str | None]:
    """(quantity, None) for a whole number (empty: 0); (None, problem code) otherwise: "negative"
    or "not_a_number"."""
    stripped = text.strip()
    if not stripped:
        return 0, None
    try:
        value = int(stripped)
    except ValueError:
        return None, "not_a_number"
    if value < 0:
        return None, "negative"
    return value, None


def problem_text(centavos: int, code: str) -> str:
    what = denomination_text(centavos)
    if code == "negative":
        return translate(
            "CountGrid", "{what}: a quantity cannot be negative. Type how many there are (0 or more)."
        ).format(what=what)
    return translate("CountGrid", "{what}: type how many there are as a whole number, like 3.").format(what=what)


class CountGrid(QWidget):
    """The grid of notes and coins. ``grid()`` is {centavos: quantity} (None while a line is
    wrong); ``changed`` as anything is typed; ``done`` on Enter at the last line."""

    changed = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countGrid")
        self.fields: dict[int, QLineEdit] = {}
        self.line_totals: dict[int, QLabel] = {}
        columns = QHBoxLayout()
        columns.setSpacing(24)
        notes = [d for d in DENOMINATIONS if d > COINS_FROM]
        coins = [d for d in DENOMINATIONS if d <= COINS_FROM]
        columns.addLayout(self._column(self.tr("Notes"), notes), 1)
        columns.addLayout(self._column(self.tr("Coins"), coins), 1)
        self.total_label = QLabel()
        self.total_label.setObjectName("countTotal")
        self.total_label.setProperty("role", "figure")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.problem = QLabel()
        self.problem.setObjectName("countProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(columns)
        layout.addWidget(self.problem)
        layout.addWidget(self.total_label)
        layout.addStretch(1)
        order = [self.fields[d] for d in DENOMINATIONS]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._refresh()

    def _column(self, title: str, denominations: list[int]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        head = QLabel(title)
        head.setProperty("role", "muted")
        grid.addWidget(head, 0, 0)
        quantity_head = QLabel(self.tr("Quantity"))
        quantity_head.setProperty("role", "muted")
        grid.addWidget(quantity_head, 0, 1)
        total_head = QLabel(self.tr("Total"))
        total_head.setProperty("role", "muted")
        total_head.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(total_head, 0, 2)
        for row, centavos in enumerate(denominations, start=1):
            what = denomination_text(centavos)
            label = QLabel(what)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            field = named(QLineEdit(), f"countQty{centavos}", self.tr("How many of {what}").format(what=what))
            field.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            field.setPlaceholderText("0")
            field.setMaxLength(6)
            field.setMaximumWidth(90)
            field.textChanged.connect(lambda _t: self._refresh())
            field.installEventFilter(self)
            label.setBuddy(field)
            line = QLabel()
            line.setObjectName(f"countLine{centavos}")
            line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            line.setMinimumWidth(line.fontMetrics().horizontalAdvance(fmt.money_text(9_999_900)) + 8)
            self.fields[centavos] = field
            self.line_totals[centavos] = line
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(line, row, 2)
        grid.setColumnStretch(3, 1)  # the room left goes after the line totals
        grid.setRowStretch(len(denominations) + 1, 1)  # and under the lines: both columns start at the top
        return grid

    # -- what was typed ---------------------------------------------------------------------------
    def problems(self) -> list[tuple[int, str]]:
        """Each wrong line: (centavos, "negative" | "not_a_number"), top to bottom."""
        found = []
        for centavos in DENOMINATIONS:
            code = parse_quantity(self.fields[centavos].text())[1]
            if code is not None:
                found.append((centavos, code))
        return found

    def grid(self) -> dict[int, int] | None:
        """{centavos: quantity} of every line (0 included); None while a line is wrong."""
        counted: dict[int, int] = {}
        for centavos in DENOMINATIONS:
            value, code = parse_quantity(self.fields[centavos].text())
            if value is None or code is not None:
                return None
            counted[centavos] = value
        return counted

    def total(self) -> int | None:
        grid = self.grid()
        return count_total(grid) if grid is not None else None

    def typed(self) -> bool:
        return any(f.text().strip() for f in self.fields.values())

    def set_quantities(self, quantities: dict[int, int]) -> None:
        for centavos, field in self.fields.items():
            field.setText(str(quantities[centavos]) if quantities.get(centavos) else "")

    def set_locked(self, locked: bool) -> None:
        """A confirmed count is read-only (the result shows; it is what the close records)."""
        for field in self.fields.values():
            field.setReadOnly(locked)

    def focus_first(self) -> None:
        self.fields[DENOMINATIONS[0]].setFocus()
        self.fields[DENOMINATIONS[0]].selectAll()

    # -- drawing ---------------------------------------------------------------------------------
    def _refresh(self) -> None:
        wrong = dict(self.problems())
        for centavos, field in self.fields.items():
            value = parse_quantity(field.text())[0]
            bad = centavos in wrong
            field.setProperty("invalid", bad)
            themed(field, "QLineEdit { border: 2px solid @error@; }" if bad else "")
            self.line_totals[centavos].setText(fmt.money_text(value * centavos) if value else "")
        text = "\n".join(problem_text(c, code) for c, code in wrong.items())
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        total = self.total()
        if total is None:
            self.total_label.setText(self.tr("Counted: fix the lines marked in red"))
        else:
            self.total_label.setText(self.tr("Counted: {total}").format(total=fmt.money_text(total)))
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a quantity goes to the next line (Enter on the last: ``done``)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(watched, QLineEdit)
        ):
            order = [self.fields[d] for d in DENOMINATIONS]
            if watched in order:
                at = order.index(watched)
                if at + 1 < len(order):
                    order[at + 1].setFocus()
                    order[at + 1].selectAll()
                else:
                    self.done.emit()
                return True
        return super().eventFilter(watched, event)
