"""A flat table model over a list of rows, with named columns and named roles.

Subclasses name their columns with an IntEnum (``Col``), give each a header and a width hint,
and say how a row shows in each column. Views never index rows by hand: ``RowRole`` gives the
row object and ``IdRole`` its id.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class ColumnSpec:
    title: Callable[[], str]  # translated when asked, so a language change shows at once
    width: int = 120  # pixels at the default font; 0 = stretch to fill
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one dataclass type; subclasses define ``Col``, ``specs()`` and ``cell()``."""

    Col: ClassVar[type[enum.IntEnum]]
    IdRole = ID_ROLE
    RowRole = ROW_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # -- subclass API ----------------------------------------------------------------------
    def specs(self) -> dict[Any, ColumnSpec]:
        raise NotImplementedError

    def cell(self, row: R, column: Any, role: int) -> Any:
        """What ``row`` shows in ``column`` for ``role`` (None: nothing)."""
        raise NotImplementedError

    def row_id(self, row: R) -> uuid.UUID:
        return row.id  # type: ignore[attr-defined]

    # -- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def find_row(self, row_id: uuid.UUID) -> int:
        for i, r in enumerate(self._rows):
            if self.row_id(r) == row_id:
                return i
        return -1

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.Col)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.Col):
            return None
        row = self._rows[index.row()]
        column = self.Col(index.column())
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            spec = self.specs()[column]
            horizontal = Qt.AlignmentFlag.AlignRight if spec.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            role = Qt.ItemDataRole.DisplayRole
        return self.cell(row, column, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.Col):
            spec = self.specs()[self.Col(section)]
            if role == Qt.ItemDataRole.DisplayRole:
                return spec.title()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                horizontal = Qt.AlignmentFlag.AlignRight if spec.align_right else Qt.AlignmentFlag.AlignLeft
                return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def configure_table(view: QTableView, model: RowTableModel[Any]) -> None:
    """Read-only rows, whole-row selection, and column widths from the model's specs."""
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(30)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    for column, spec in model.specs().items():
        if spec.width:
            header.setSectionResizeMode(int(column), QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(int(column), spec.width)
        else:
            header.setSectionResizeMode(int(column), QHeaderView.ResizeMode.Stretch)


def selected_row(view: QTableView) -> Any:
    """The row chosen in a single-selection table of a :class:`RowTableModel` (None: none)."""
    chosen = view.selectionModel().selectedRows()
    return chosen[0].data(RowTableModel.RowRole) if chosen else None


def select_row(view: QTableView, model: RowTableModel[Any], row_id: uuid.UUID) -> bool:
    """Select and show the row of ``row_id``; whether it is in the list."""
    at = model.find_row(row_id)
    if at < 0:
        return False
    view.selectRow(at)
    view.scrollTo(model.index(at, 0))
    return True
