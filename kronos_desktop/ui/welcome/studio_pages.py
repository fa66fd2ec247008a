"""The first run's pages about the studio itself: its name, time zone and state; its opening
hours (the Settings page's editor); its owner, with a PIN typed twice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from kronos_core.brazil import STATES
from kronos_core.hours import HoursProblem, parse_week
from kronos_core.pins import PIN_PATTERN
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.lock.set_pin_dialog import pin_field
from kronos_desktop.ui.settings.hours_editor import HoursEditor
from kronos_desktop.ui.welcome.page import Page, hint
from kronos_desktop.ui.welcome.zones import DEFAULT_ZONE, ZONE_STATE, is_zone, zone_keys, zone_text

NAME_MAX = 200

# Words the Settings pages and the old first screen already had, with their translations.
translate = QCoreApplication.translate


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class StudioPage(Page):
    key = "studio"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = named(QLineEdit(), "welcomeStudioName", translate("SetupDialog", "Studio name"))
        self.name.setPlaceholderText(translate("SetupDialog", "e.g. Agulha de Ouro Tattoo"))
        self.name.setMaxLength(NAME_MAX)
        self.timezone = named(QComboBox(), "welcomeTimeZone", translate("StudioForm", "Time zone"))
        self.timezone.setEditable(True)  # type to search: "sao", "manaus", "lisbon"
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in zone_keys():
            self.timezone.addItem(zone_text(key), key)
        completer = QCompleter(self.timezone.model(), self.timezone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone.setCompleter(completer)
        self.set_zone(DEFAULT_ZONE)
        self.state = named(QComboBox(), "welcomeState", self.tr("State"))
        self.state.addItem(self.tr("— choose —"), "")
        for code, name in STATES.items():
            self.state.addItem(f"{code} — {name}", code)
        form = _form()
        form.addRow(translate("SetupDialog", "Studio name"), self.name)
        form.addRow(translate("StudioForm", "Time zone"), self.timezone)
        form.addRow("", hint(self.tr("Type to search: a city, or a region."), "welcomeTimeZoneHint"))
        form.addRow(self.tr("State"), self.state)
        form.addRow("", hint(self.tr("The state's public holidays are shaded in the agenda."), "welcomeStateHint"))
        self.column.addLayout(form)
        self.column.addStretch(1)
        self.name.textEdited.connect(lambda _t: self.edited.emit())
        self.timezone.currentIndexChanged.connect(self._zone_chosen)
        self.state.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def _zone_chosen(self, _index: int) -> None:
        """A zone of one state (Manaus: AM) offers its state, until one is chosen."""
        state = ZONE_STATE.get(str(self.timezone.currentData() or ""))
        if state is not None and not self.state.currentData():
            self.state.setCurrentIndex(self.state.findData(state))
        self.edited.emit()

    def title(self) -> str:
        return self.tr("The studio")

    def first_field(self) -> QWidget:
        return self.name

    def set_zone(self, key: str) -> None:
        index = self.timezone.findData(key)
        if index < 0 and is_zone(key):
            self.timezone.addItem(zone_text(key), key)
            index = self.timezone.count() - 1
        self.timezone.setCurrentIndex(max(index, 0))

    def zone(self) -> str | None:
        """The zone chosen, or None while what is typed names none."""
        typed = self.timezone.currentText().strip()
        index = self.timezone.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.timezone.itemData(index))
        key = typed.replace(" ", "_")
        return key if is_zone(key) else None

    def fill(self, draft: dict[str, Any]) -> None:
        self.name.setText(str(draft.get("studio_name") or ""))
        self.set_zone(str(draft.get("timezone") or DEFAULT_ZONE))
        self.state.setCurrentIndex(max(0, self.state.findData(str(draft.get("state") or ""))))

    def collect(self, draft: dict[str, Any]) -> None:
        draft["studio_name"] = self.name.text().strip()
        draft["timezone"] = self.zone() or self.timezone.currentText().strip()
        draft["state"] = str(self.state.currentData() or "") or None

    def problem(self) -> tuple[str, QWidget | None] | None:
        if not self.name.text().strip():
            return translate("StudioForm", "Type the studio's name."), self.name
        if self.zone() is None:
            return self.tr("Choose a time zone from the list."), self.timezone
        return None

    def typed(self) -> bool:
        return bool(self.name.text().strip())


class HoursPage(Page):
    key = "hours"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.addWidget(
            hint(
                self.tr("When the studio is open. Each artist works these hours unless told otherwise later."),
                "welcomeHoursHint",
            )
        )
        self.hours = HoursEditor("welcomeHours")
        self.hours.set_week(parse_week(None))  # Monday to Saturday, 10:00 to 19:00
        self.hours.changed.connect(self.edited.emit)
        scroll = QScrollArea()
        scroll.setObjectName("welcomeHoursScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()  # the week at the top of the page, whatever its height
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.hours)
        column.addStretch(1)
        scroll.setWidget(holder)
        self.column.addWidget(scroll, 1)

    def title(self) -> str:
        return translate("StudioForm", "Opening hours")

    def first_field(self) -> QWidget | None:
        return self.hours.findChild(QWidget, "welcomeHoursMonOpen")

    def fill(self, draft: dict[str, Any]) -> None:
        try:
            self.hours.set_week(parse_week(draft.get("opening_hours")))
        except HoursProblem:
            self.hours.set_week(parse_week(None))

    def collect(self, draft: dict[str, Any]) -> None:
        week = self.hours.week()
        draft["opening_hours"] = week.json() if week is not None else self.hours.raw()

    def problem(self) -> tuple[str, QWidget | None] | None:
        problems = self.hours.problems()
        return ("\n".join(problems), None) if problems else None


class OwnerPage(Page):
    key = "owner"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.addWidget(
            hint(
                self.tr(
                    "You are the studio's owner: you may do everything, and you give the others their roles. "
                    "Your PIN (4 to 6 digits) is what you type to step up to the desk; it is never stored as typed."
                ),
                "welcomeOwnerHint",
            )
        )
        self.name = named(QLineEdit(), "welcomeOwnerName", translate("SetupDialog", "Your name"))
        self.name.setMaxLength(NAME_MAX)
        self.pin = pin_field("welcomeOwnerPin", self.tr("Your PIN"))
        self.again = pin_field("welcomeOwnerPinAgain", self.tr("Your PIN again"))
        form = _form()
        form.addRow(translate("SetupDialog", "Your name"), self.name)
        form.addRow(self.tr("PIN (4 to 6 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.again)
        self.column.addLayout(form)
        self.resumed = hint(
            self.tr("KRONOS does not keep a PIN while setting up: type yours again."), "welcomeOwnerPinAgainHint"
        )
        self.resumed.hide()
        self.pin_asked_again = False  # a resumed first run: the PIN was typed before, not kept
        self.column.addWidget(self.resumed)
        self.column.addStretch(1)
        self.name.textEdited.connect(lambda _t: self.edited.emit())
        for field in (self.pin, self.again):  # the PIN is not in the draft: only a redraw of the summary
            field.textEdited.connect(lambda _t: self.resumed.hide())

    def title(self) -> str:
        return self.tr("You, the owner")

    def first_field(self) -> QWidget:
        return self.name if not self.name.text().strip() else self.pin

    def fill(self, draft: dict[str, Any]) -> None:
        self.name.setText(str(draft.get("owner_name") or ""))

    def collect(self, draft: dict[str, Any]) -> None:
        draft["owner_name"] = self.name.text().strip()

    def pin_problem(self) -> tuple[str, QWidget] | None:
        if not self.pin.text() and self.pin_asked_again:
            return self.resumed.text(), self.pin
        if PIN_PATTERN.fullmatch(self.pin.text()) is None:
            return translate("PinDialog", "A PIN has 4 to 6 digits."), self.pin
        if not self.again.text():
            return self.tr("Type the same PIN again below, to be sure of it."), self.again
        if self.again.text() != self.pin.text():
            return translate("PinDialog", "The two PINs typed are not the same."), self.again
        return None

    def problem(self) -> tuple[str, QWidget | None] | None:
        if not self.name.text().strip():
            return self.tr("Type your name."), self.name
        return self.pin_problem()

    def typed(self) -> bool:
        return bool(self.name.text().strip() or self.pin.text() or self.again.text())
