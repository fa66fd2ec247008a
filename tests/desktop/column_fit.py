"""Whether a table's text reads whole under the desk's real style sheet (``apply_look``): the
room a cell or a header section leaves its text — its width less the style sheet's padding and
the style's own text margins — against the text's width in the font it is drawn with.

    with the_look():
        ...
        assert clipped_cells(view, columns) == []
        assert clipped_headers(view) == []
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QTableView

from kronos_desktop.app import apply_look


@contextmanager
def the_look() -> Iterator[QApplication]:
    """The app's style sheet for the duration (the other tests run without it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)
    try:
        yield app
    finally:
        app.setStyleSheet("")


def _rule(selector: str) -> str:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    found = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", app.styleSheet())
    assert found is not None, f"the style sheet has a rule for {selector}"
    return found.group(1)


def _px(rule: str, name: str) -> list[int]:
    found = re.search(rf"(?<![-\w]){name}\s*:\s*([^;]+);", rule)
    return [int(v) for v in re.findall(r"(\d+)px", found.group(1))] if found else []


def cell_padding() -> int:
    """Left and right padding of a table's cells in the style sheet."""
    rule = _rule("QTableView::item")
    left, right = _px(rule, "padding-left"), _px(rule, "padding-right")
    both = _px(rule, "padding")
    side = both[1] if len(both) > 1 else both[0] if both else 0
    return (left[0] if left else side) + (right[0] if right else side)


def header_padding() -> int:
    both = _px(_rule("QHeaderView::section"), "padding")
    side = both[1] if len(both) > 1 else both[0] if both else 0
    return 2 * side


def cell_room(view: QTableView, column: int) -> int:
    """The pixels a cell of ``column`` leaves its text."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return view.columnWidth(column) - cell_padding() - 2 * margin


def clipped_cells(view: QTableView, columns: Iterable[int]) -> list[tuple[int, int, str, int, int]]:
    """Cells of ``columns`` whose text is wider than their room: (row, column, text, needed, room)."""
    model = view.model()
    metrics = QFontMetrics(view.font())
    found = []
    for column in columns:
        if view.isColumnHidden(column):
            continue
        room = cell_room(view, column)
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
            needed = metrics.horizontalAdvance(text)
            if needed > room:
                found.append((row, column, text, needed, room))
    return found


def clipped_headers(view: QTableView) -> list[tuple[int, str, int, int]]:
    """Visible header sections whose title is wider than their room: (column, text, needed, room)."""
    header = view.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)  # the style sheet's font-weight: 600
    metrics = QFontMetrics(bold)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    found = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        room = header.sectionSize(column) - header_padding() - 2 * margin
        needed = metrics.horizontalAdvance(text)
        if needed > room:
            found.append((column, text, needed, room))
    return found


def scrolls_sideways(view: QTableView) -> bool:
    bar = view.horizontalScrollBar()
    return bar.maximum() > bar.minimum()
