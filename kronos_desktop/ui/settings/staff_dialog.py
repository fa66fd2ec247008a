"""Adding or changing a member of staff: name, role (only those the person at the desk may give),
calendar colour, a guest artist's first and last day, working hours (the studio's, or their own
week) and the days that differ. What is wrong is said at its field and nothing is saved until it
is right; a change sends only the fields changed, with the values shown (``ops.staff``)."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kronos_core.hours import HoursProblem, parse_exceptions, parse_week
from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.mutations.studio import StaffAdd
from kronos_core.roles import GRANTABLE, ROLE_RANK, Role
from kronos_desktop.ops import staff as staff_ops
from kronos_desktop.store import Applied
from kronos_desktop.store.queries.staff import StaffRead, StaffRow
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.settings.color_picker import PALETTE, ColorPicker
from kronos_desktop.ui.settings.day_exceptions import DayExceptionsEditor
from kronos_desktop.ui.settings.hours_editor import HoursEditor

GUEST_DAYS = 14  # a new guest's stay, until changed


def roles_to_offer(giver: Role | None, current: str | None = None) -> list[Role]:
    """The roles the person at the desk may give (kronos_core.roles.GRANTABLE), highest first;
    a member's current role stays shown even when it is not one of them."""
    roles = set(GRANTABLE[giver]) if giver is not None else set()
    if current is not None:
        with contextlib.suppress(ValueError):
            roles.add(Role(current))
    return sorted(roles, key=lambda r: -ROLE_RANK[r])


class StaffDialog(KeyedDialog):
    saved = Signal(object)  # the member's id, once saved

    def __init__(self, ctx: DeskContext, read: StaffRead, row: StaffRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.staff_id: uuid.UUID | None = row.id if row is not None else None
        new = row is None
        self.setObjectName("staffDialog")
        title = self.tr("New member of staff") if new else self.tr("Edit {name}").format(name=row.display_name)  # type: ignore[union-attr]
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.error_labels: dict[str, QLabel] = {}

        self.name = named(QLineEdit(), "staffName", self.tr("Name"))
        self.name.setMaxLength(120)
        self.role = named(QComboBox(), "staffRole", self.tr("Role"))
        for role in roles_to_offer(ctx.who.role, row.role if row is not None else None):
            self.role.addItem(fmt.role_label(role.value), role.value)
        used = {m.color: m.display_name for m in read.rows if m.active and (row is None or m.id != row.id)}
        self.color = ColorPicker(used, self)
        self.guest = named(
            QCheckBox(self.tr("Guest artist, from one date to another")),
            "staffGuest",
            self.tr("Guest artist"),
            self.tr("A guest artist works here only between these dates."),
        )
        self.guest_from = self._date("staffGuestFrom", self.tr("First day"), read.today)
        self.guest_to = self._date("staffGuestTo", self.tr("Last day"), read.today + dt.timedelta(days=GUEST_DAYS - 1))
        self.studio_hours = named(
            QCheckBox(self.tr("Same as the studio's opening hours")),
            "staffSameHours",
            self.tr("Same as the studio's opening hours"),
            self.tr("The member works whenever the studio is open (Settings)."),
        )
        self.hours = HoursEditor("staffHours", working=True)
        self.exceptions = DayExceptionsEditor(read.today)

        details = QWidget()
        form = QFormLayout(details)
        form.addRow(self.tr("Name *"), self._with_error("display_name", self.name))
        form.addRow(self.tr("Role"), self._with_error("role", self.role))
        form.addRow(self.tr("Colour"), self.color)
        colour_note = QLabel(self.tr("Their bookings show in this colour on the calendar."))
        colour_note.setProperty("role", "muted")
        form.addRow("", colour_note)
        dates = QWidget()
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(QLabel(self.tr("From")))
        dates_row.addWidget(self.guest_from)
        dates_row.addWidget(QLabel(self.tr("to")))
        dates_row.addWidget(self.guest_to)
        dates_row.addStretch(1)
        form.addRow("", self.guest)
        self.dates_row = self._with_error("guest_to", dates)
        form.addRow(self.tr("Dates"), self.dates_row)
        self.details_form = form
        hours_page = QWidget()
        hours_layout = QVBoxLayout(hours_page)
        hours_layout.addWidget(self.studio_hours)
        hours_layout.addWidget(self._with_error("working_hours", self.hours))
        differ = QLabel(self.tr("Days that differ (a day off, or other hours that day)"))
        differ.setProperty("role", "subtitle")
        hours_layout.addWidget(differ)
        hours_layout.addWidget(self.exceptions)
        hours_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("staffHoursScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(hours_page)
        self.tabs = named(QTabWidget(), "staffDialogTabs", self.tr("Member's details and hours"))
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(scroll, self.tr("Working hours"))

        self.form_error = QLabel()
        self.form_error.setObjectName("staffFormError")
        self.form_error.setProperty("role", "error")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.save_button = named(QPushButton(self.tr("Save")), "saveStaffButton", self.tr("Save member"))
        self.save_button.setProperty("kind", "primary")
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelStaffButton", self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

        self._fill(read, row)
        self.guest.toggled.connect(self._show_guest)
        self.studio_hours.toggled.connect(self._show_hours)
        self._show_guest(self.guest.isChecked())
        self._show_hours(self.studio_hours.isChecked())
        self._start = self._values()[0]  # what closing without saving would lose is what differs
        self.resize(700, 500)

    def _date(self, object_name: str, accessible: str, day: dt.date) -> QDateEdit:
        edit = named(QDateEdit(), object_name, accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(fmt.date_input_format())
        edit.setDate(fmt.qdate(day))
        return edit

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"{field}Error")
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.hide()
        column.addWidget(label)
        self.error_labels[field] = label
        return holder

    def _fill(self, read: StaffRead, row: StaffRow | None) -> None:
        self.hours.set_week(read.opening)
        if row is None:
            self.role.setCurrentIndex(self.role.count() - 1)  # the least a new member can be: mostly an artist
            taken = {m.color for m in read.rows if m.active}
            self.color.set_color(next((c for c, _ in PALETTE if c not in taken), PALETTE[0][0]))
            self.studio_hours.setChecked(True)
            return
        self.name.setText(row.display_name)
        self.role.setCurrentIndex(max(0, self.role.findData(row.role)))
        self.color.set_color(row.color)
        if row.is_guest:
            self.guest.setChecked(True)
            self.guest_from.setDate(fmt.qdate(row.guest_from))  # type: ignore[arg-type]
            self.guest_to.setDate(fmt.qdate(row.guest_to))  # type: ignore[arg-type]
        week = row.week()
        self.studio_hours.setChecked(week is None)
        if week is not None:
            self.hours.set_week(week)
        self.exceptions.set_exceptions(row.exceptions())

    def _show_guest(self, on: bool) -> None:
        self.details_form.setRowVisible(self.dates_row, on)

    def _show_hours(self, same: bool) -> None:
        self.hours.setEnabled(not same)

    # -- keys ----------------------------------------------------------------------------
    def primary_button(self) -> QPushButton:
        return self.save_button

    def typed(self) -> bool:
        return self._values()[0] != self._start

    # -- checking ------------------------------------------------------------------------
    def _values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Every field as the mutation takes it, and what is wrong (by field)."""
        problems: dict[str, str] = {}
        values: dict[str, Any] = {
            "display_name": self.name.text().strip(),
            "role": str(self.role.currentData()) if self.role.count() else None,
            "color": self.color.color(),
            "guest_from": None,
            "guest_to": None,
            "working_hours": None,
        }
        if not values["display_name"]:
            problems["display_name"] = self.tr("Type the member's name.")
        if values["role"] is None:
            problems["role"] = self.tr("You cannot give any role.")
        if self.guest.isChecked():
            first, last = fmt.pydate(self.guest_from.date()), fmt.pydate(self.guest_to.date())
            values["guest_from"], values["guest_to"] = first, last
            if last < first:
                problems["guest_to"] = self.tr("The last day is before the first.")
        if not self.studio_hours.isChecked():
            week = self.hours.week()
            if week is None:
                problems["working_hours"] = "\n".join(self.hours.problems())
            else:
                values["working_hours"] = week.json()
        values["hours_exceptions"] = [e.json() for e in self.exceptions.exceptions()]
        return values, problems

    def field_errors(self) -> dict[str, str]:
        return {field: label.text() for field, label in self.error_labels.items() if not label.isHidden()}

    def _show_errors(self, problems: dict[str, str]) -> None:
        for field, label in self.error_labels.items():
            label.setText(problems.get(field, ""))
            label.setVisible(field in problems)
        if "display_name" in problems or "guest_to" in problems or "role" in problems:
            self.tabs.setCurrentIndex(0)
            (self.name if "display_name" in problems else self.guest_to).setFocus()
        elif "working_hours" in problems:
            self.tabs.setCurrentIndex(1)

    def changes(self, values: dict[str, Any]) -> dict[str, Any]:
        """The fields that differ from the member as shown (all of them for a new member)."""
        row = self.row
        if row is None:
            return values
        before = self.shown()
        changed = {k: v for k, v in values.items() if v != before[k]}
        if "guest_from" in changed or "guest_to" in changed:  # the dates go together
            changed["guest_from"], changed["guest_to"] = values["guest_from"], values["guest_to"]
        return changed

    def shown(self) -> dict[str, Any]:
        """The member's values as the dialog was opened on them (hours in their checked form)."""
        row = self.row
        assert row is not None
        try:
            week = parse_week(row.working_hours).json() if row.working_hours is not None else None
            days = [e.json() for e in parse_exceptions(row.hours_exceptions)]
        except HoursProblem:
            week, days = row.working_hours, row.hours_exceptions
        return {
            "display_name": row.display_name,
            "role": row.role,
            "color": row.color.lower(),
            "guest_from": row.guest_from,
            "guest_to": row.guest_to,
            "working_hours": week,
            "hours_exceptions": days,
        }

    # -- saving --------------------------------------------------------------------------
    def submit(self) -> None:
        self.form_error.hide()
        values, problems = self._values()
        self._show_errors(problems)
        if problems:
            return
        changes = self.changes(values)
        if not changes:
            self.accept()  # nothing changed: nothing to save
            return
        try:
            if self.row is None:
                self.staff_id = self.staff_id or uuid7()
                args = StaffAdd.model_validate({"staff_id": self.staff_id, **values})
                op = staff_ops.add_member(args, parent=self)
            else:
                # The values seen: as the row holds them (the mutation compares with those).
                held = {"working_hours": self.row.working_hours, "hours_exceptions": self.row.hours_exceptions}
                op = staff_ops.update_member(self.row.id, changes, {**self.shown(), **held}, parent=self)
        except ValidationError as exc:
            fields = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
            self._show_errors({f: self.tr("Check this field.") for f in fields if f in self.error_labels})
            self._say(self.tr("Some details are not valid: check the fields marked."))
            return
        self.save_button.setEnabled(False)
        self.ctx.runner.run(op.success(self._saved).failure(self._failed))

    def _say(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.setVisible(bool(text))

    def _saved(self, applied: Applied) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(self.staff_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, MutationError):
            self._say(refusal_text(exc) + " " + self.tr("Nothing was saved."))
            return
        self._say(self.tr("The member was not saved. Nothing you typed was lost."))
        errors.show_failure(self, exc)
