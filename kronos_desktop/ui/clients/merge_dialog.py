"""Merging two records of one client (owners and managers): the two side by side, a choice per
field that differs, which record to keep, what moves, and Merge (after a confirmation).

``merge_clients(parent, ctx, client_id, other_id=None)`` opens it for a client; without
``other_id`` the person finds the other record with the search box. The choices follow
kronos_desktop/ui/clients/merge_fields.py; the merge is the ``client.merge`` op. A refusal (the
other record was merged or erased meanwhile, the role may not) is shown in the dialog, which
stays open with what was chosen.
"""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_core.mutations import MutationError
from kronos_desktop.ops.client_merge import merge_clients as merge_op
from kronos_desktop.store.queries import client_merge as merge_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.client_merge import Candidate, MergeSide
from kronos_desktop.ui.actions import why_not
from kronos_desktop.ui.clients import merge_fields as mf
from kronos_desktop.ui.clients.merge_cells import STYLE, ChoiceCell, value_text
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import themed

SEARCH_DELAY_MS = 150
translate = QCoreApplication.translate
Sides = tuple[MergeSide, MergeSide | None]


class MergeDialog(KeyedDialog):
    merged = Signal(object, object)  # the kept record's id and the merged one's, once merged

    def __init__(self, ctx: DeskContext, client_id: uuid.UUID, other_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.left_id, self.right_id = client_id, other_id
        self.left: MergeSide | None = None
        self.right: MergeSide | None = None
        self.keep_left = True
        self.sides: dict[str, mf.Side] = {}  # the row's key → its choice, as "keep" / "other" / "both"
        self.touched = False
        self.refused = ""  # the last refusal of the merge, shown until another record is chosen
        self._pair: tuple[uuid.UUID, uuid.UUID] | None = None
        self.setObjectName("mergeClientsDialog")
        self.setAccessibleName(self.tr("Merge client records"))
        self.setWindowTitle(self.tr("Merge client records"))
        themed(self, STYLE)
        self.resize(900, 640)
        self.setMinimumSize(640, 420)

        self.heading = title_label(self.tr("Merge client records"), "mergeTitle")
        intro = QLabel(self.tr("Two records of the same person become one. Pick, for each detail that differs, what "
                               "the kept record holds."))  # fmt: skip
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.left_card = _RecordCard(self.tr("This record"), "mergeLeft")
        self.right_card = _RecordCard(self.tr("The other record"), "mergeRight")
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.left_card.keep, 0)
        self.keep_group.addButton(self.right_card.keep, 1)
        self.left_card.keep.setChecked(True)
        self.keep_group.idToggled.connect(self._keep_toggled)

        self.search = named(QLineEdit(), "mergeSearch", self.tr("Find the other record"))
        self.search.setPlaceholderText(self.tr("Find the other record: name, phone, e-mail, CPF…"))
        self.search.setClearButtonEnabled(True)
        self.found = named(QListWidget(), "mergeCandidates", self.tr("Records found"))
        self.found.setMaximumHeight(150)
        self.found.itemActivated.connect(self._pick)
        self.found.itemClicked.connect(self._pick)
        self.right_card.body.addWidget(self.search)
        self.right_card.body.addWidget(self.found)
        self.change = named(
            QPushButton(self.tr("Choose another…")), "mergeChangeOther", self.tr("Choose another record")
        )
        self.change.clicked.connect(self._choose_again)
        self.right_card.body.addWidget(self.change, 0, Qt.AlignmentFlag.AlignLeft)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._find)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._pick_first)
        self.search.installEventFilter(self)

        cards = QHBoxLayout()
        cards.addWidget(self.left_card, 1)
        cards.addWidget(self.right_card, 1)

        self.grid_host = QWidget()
        self.grid_host.setObjectName("mergeRows")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        scroll = QScrollArea()
        scroll.setObjectName("mergeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder.setObjectName("mergeHolder")
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 6, 0)
        inner.addLayout(cards)
        inner.addWidget(self.grid_host)
        inner.addStretch(1)
        scroll.setWidget(holder)

        self.summary = named(QLabel(), "mergeSummary", self.tr("What the merge does"))
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "note")
        self.problem = named(QLabel(), "mergeProblem", self.tr("Why the merge cannot be done"))
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "warning")
        self.problem.hide()
        buttons = QDialogButtonBox()
        self.merge_button = named(QPushButton(self.tr("Merge")), "mergeButton", self.tr("Merge the two records"))
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "mergeCancel", self.tr("Cancel"))
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.clicked.connect(self._merge)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        ctx.who.changed.connect(self._refresh_state)
        ctx.hub.rows_changed.connect(self._rows_changed)
        self._read()

    # -- KeyedDialog ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        screen = self.screen()
        if screen is not None:  # a 1024×600 screen: the dialog fits, its rows scroll
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width() - 24), min(self.height(), room.height() - 24))
        if self.right_id is None:
            self.search.setFocus()

    def primary_button(self) -> QPushButton | None:
        return self.merge_button

    def typed(self) -> bool:
        return self.touched

    # -- reads -----------------------------------------------------------------------------------
    def _read(self) -> None:
        left, right = self.left_id, self.right_id

        def read(conn: Connection) -> Sides | None:
            studio_id = desk_q.here(conn).studio_id
            if studio_id is None:
                return None
            side = merge_q.merge_side(conn, studio_id, left)
            if side is None:
                return None
            return side, (merge_q.merge_side(conn, studio_id, right) if right is not None else None)

        self.ctx.reads.ask(self, "sides", read, self._show_sides)

    def _rows_changed(self, changed: Any) -> None:
        if isinstance(changed, dict) and ("client" in changed or "appointment" in changed or "project" in changed):
            self._read()

    def _show_sides(self, sides: Sides | None) -> None:
        self.left, self.right = sides if sides is not None else (None, None)
        self._rebuild()

    def _find(self) -> None:
        text, exclude = self.search.text(), self.left_id

        def read(conn: Connection) -> list[Candidate]:
            studio_id = desk_q.here(conn).studio_id
            return [] if studio_id is None else merge_q.candidates(conn, studio_id, text, exclude=exclude)

        self.ctx.reads.ask(self, "candidates", read, self._show_found)

    def _show_found(self, found: list[Candidate]) -> None:
        self.found.clear()
        for candidate in found:
            parts = [candidate.full_name, fmt.phone_text(candidate.phone)]
            if candidate.birth_date is not None:
                parts.append(fmt.date_text(candidate.birth_date))
            item = QListWidgetItem(" · ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, candidate.id)
            self.found.addItem(item)
        if not found and self.search.text().strip():
            item = QListWidgetItem(self.tr("No other record found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.found.addItem(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes to the records found."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.found.count() > 0
        ):
            self.found.setFocus()
            self.found.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def _pick_first(self) -> None:
        """Enter in the search box: the first record found (Down reaches the others)."""
        if self.found.count() > 0 and self.found.isVisible():
            self._pick(self.found.item(0))

    def _pick(self, item: QListWidgetItem) -> None:
        picked = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(picked, uuid.UUID):
            self.choose_other(picked)

    def choose_other(self, other_id: uuid.UUID) -> None:
        """Compare with ``other_id`` (what picking it in the search does)."""
        self.right_id, self.sides, self.touched, self.refused = other_id, {}, True, ""
        self.problem.hide()
        self._read()

    def _choose_again(self) -> None:
        self.right_id, self.right, self.sides, self.refused = None, None, {}, ""
        self.problem.hide()
        self._rebuild()
        self.search.setFocus()
        self.search.selectAll()

    # -- drawing ---------------------------------------------------------------------------------
    def kept(self) -> tuple[MergeSide, MergeSide] | None:
        """The kept record and the other, once both are known."""
        if self.left is None or self.right is None:
            return None
        return (self.left, self.right) if self.keep_left else (self.right, self.left)

    def _keep_toggled(self, button_id: int, checked: bool) -> None:
        if checked and self.keep_left != (button_id == 0):
            self.keep_left, self.sides, self.touched = button_id == 0, {}, True
            self._rebuild()

    def _rebuild(self) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            if taken is not None and (widget := taken.widget()) is not None:
                widget.setParent(None)  # gone at once, not only when the event loop deletes it
                widget.deleteLater()
        self.left_card.show_side(self.left)
        self.right_card.show_side(self.right)
        choosing = self.right is None
        self.search.setVisible(choosing)
        self.found.setVisible(choosing)
        self.change.setVisible(not choosing and self.right_id is not None)
        pair = self.kept()
        if pair is not None:
            self._draw_rows(*pair)
        self._refresh_state()

    def _draw_rows(self, keep: MergeSide, other: MergeSide) -> None:
        pair = (keep.id, other.id)
        if pair != self._pair:  # another record, or the other one kept: the choices start again
            self._pair, self.sides = pair, {}
        heads = (QLabel(""), QLabel(self.tr("This record")), QLabel(self.tr("The other record")))
        for column, head in enumerate(heads):
            head.setProperty("role", "caption")
            self.grid.addWidget(head, 0, column)
        line = 1
        rows = [r for r in mf.ROWS if mf.differs(r, keep.values, other.values)]
        for row in rows:
            side = self.sides.setdefault(row.key, mf.default_side(row, keep.values, other.values))
            label = QLabel(row.label())
            label.setObjectName(f"mergeLabel_{row.key}")
            label.setProperty("role", "health" if row.health else "strong")
            label.setWordWrap(True)
            label.setMinimumWidth(110)
            self.grid.addWidget(label, line, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self.grid_host)
            cells: dict[mf.Side, ChoiceCell] = {}
            pairs: tuple[tuple[mf.Side, MergeSide], ...] = (("keep", keep), ("other", other))
            for which, record in pairs:
                text = value_text(row, record.values)
                cells[which] = ChoiceCell(f"merge_{row.key}_{which}", row.label(), text, self.grid_host)
            if mf.offers_both(row, keep.values, other.values):
                both = mf.chosen_values(row, "both", keep.values, other.values)
                cells["both"] = ChoiceCell(
                    f"merge_{row.key}_both",
                    row.label(),
                    self.tr("Both: {value}").format(value=value_text(row, {**keep.values, **both})),
                    self.grid_host,
                )
            left_cell, right_cell = (
                (cells["keep"], cells["other"]) if self.keep_left else (cells["other"], cells["keep"])
            )
            self.grid.addWidget(left_cell, line, 1)
            self.grid.addWidget(right_cell, line, 2)
            if "both" in cells:
                line += 1
                self.grid.addWidget(cells["both"], line, 1, 1, 2)
            for which, cell in cells.items():
                group.addButton(cell.radio)
                cell.radio.setChecked(which == side)
                cell.radio.toggled.connect(lambda on, key=row.key, w=which: self._chose(key, w, on))
            line += 1
        if not rows:
            same = QLabel(self.tr("The two records hold the same details: only the rows that hang on them move."))
            same.setObjectName("mergeSame")
            same.setWordWrap(True)
            same.setProperty("role", "muted")
            self.grid.addWidget(same, line, 0, 1, 3)

    def _chose(self, key: str, which: mf.Side, on: bool) -> None:
        if on:
            self.sides[key] = which
            self.touched = True

    def _refresh_state(self) -> None:
        why = why_not("client.merge", self.ctx.who.role)
        pair = self.kept()
        reason = ""
        if self.left is None:
            reason = self.tr("This record is no longer there.")
        elif self.left.merged_into is not None or self.left.erased:
            reason = self.tr("This record was merged or erased meanwhile.")
        elif self.right is not None and (self.right.merged_into is not None or self.right.erased):
            reason = self.tr("The other record was merged or erased meanwhile: choose another.")
        self.merge_button.setEnabled(pair is not None and not why and not reason)
        self.merge_button.setToolTip(why)
        if why or self.refused or reason:
            self.show_problem(why or self.refused or reason)
        if pair is None:
            self.summary.setText(self.tr("Find the other record of the same person to compare them."))
            return
        keep, other = pair
        moving = [
            self.tr("%n booking(s)", "", other.open_appointments) if other.open_appointments else "",
            self.tr("%n project(s)", "", other.open_projects) if other.open_projects else "",
        ]
        what = self.tr(" and ").join(m for m in moving if m) or self.tr("No open booking or project")
        self.summary.setText(
            self.tr(
                "{what} of {other} move to {keep}. {other} then points at {keep} and leaves the client list; "
                "its closed sales, payments and signed forms stay as they were made and show in {keep}'s record."
            ).format(what=what, other=other.full_name, keep=keep.full_name)
        )

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # -- merging ---------------------------------------------------------------------------------
    def _merge(self) -> None:
        pair = self.kept()
        if pair is None or not self.merge_button.isEnabled():
            return
        keep, other = pair
        try:
            args = mf.merge_args(keep.id, other.id, keep.values, other.values, self.sides)
        except ValidationError:
            self.show_problem(self.tr("A joined text is too long for the record: choose one of the two instead."))
            return
        if not self._confirm(keep, other):
            return
        self.problem.hide()
        self.merge_button.setEnabled(False)
        op = merge_op(args, parent=self).success(lambda _a: self._done(keep.id, other.id)).failure(self._refused)
        self.ctx.runner.run(op)

    def _confirm(self, keep: MergeSide, other: MergeSide) -> bool:
        box = QMessageBox(self)
        box.setObjectName("mergeConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Merge client records"))
        box.setText(self.tr("Merge {other} into {keep}?").format(other=other.full_name, keep=keep.full_name))
        box.setInformativeText(self.tr("The kept record takes the details chosen. A merge cannot be undone."))
        yes = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("mergeConfirmYes")
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("mergeConfirmNo")
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def _done(self, keep_id: uuid.UUID, merged_id: uuid.UUID) -> None:
        self.touched = False
        self.merged.emit(keep_id, merged_id)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.merge_button.setEnabled(True)
        if isinstance(exc, MutationError):
            self.refused = self.refusal(exc)
            self.show_problem(self.refused)
            self._read()
        else:  # not a refusal: the app's one path for the unexpected
            errors.show_failure(self, exc)

    def refusal(self, exc: MutationError) -> str:
        """A refusal of the merge in words (kronos_desktop/ui/common/refusals.py: the merge's codes
        are there, with every other refusal's)."""
        return refusal_text(exc)


class _RecordCard(QFrame):
    """One record's heading: its name, phone, when it was added, what hangs on it, and "keep"."""

    def __init__(self, caption: str, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setProperty("role", "card")
        self.shown_id: uuid.UUID | None = None
        self.caption = QLabel(caption)
        self.caption.setProperty("role", "caption")
        self.name = QLabel()
        self.name.setProperty("role", "day")
        self.name.setObjectName(f"{object_name}Name")
        self.detail = QLabel()
        self.detail.setProperty("role", "muted")
        self.detail.setWordWrap(True)
        keep = translate("MergeDialog", "Keep this record")
        self.keep = named(QRadioButton(keep), f"{object_name}Keep", keep)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 10)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        for widget in (self.caption, self.name, self.detail, self.keep):
            self.body.addWidget(widget)

    def show_side(self, side: MergeSide | None) -> None:
        self.shown_id = side.id if side is not None else None
        for widget in (self.name, self.detail, self.keep):
            widget.setVisible(side is not None)
        if side is None:
            return
        self.name.setText(side.full_name)
        booked, projects = side.open_appointments, side.open_projects
        parts = [
            fmt.phone_text(side.values["phone"]),
            translate("MergeDialog", "added {day}").format(day=fmt.date_text(side.created_at.date())),
            self.tr("%n open booking(s)", "", booked) if booked else "",
            self.tr("%n open project(s)", "", projects) if projects else "",
        ]
        self.detail.setText(" · ".join(p for p in parts if p))


def merge_clients(parent: QWidget, ctx: DeskContext, client_id: uuid.UUID, other_id: uuid.UUID | None = None) -> None:
    """Open the merge dialog for ``client_id`` (and ``other_id``, when the caller knows it)."""
    dialog = MergeDialog(ctx, client_id, other_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
