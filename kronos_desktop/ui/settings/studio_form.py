"""The studio's settings as a form: a widget per setting, grouped in sections, each checked as it
is typed by the rules studio.update applies (kronos_core.hours, kronos_core.pix_keys,
kronos_core.brazil and StudioUpdate's limits), with what is wrong shown under the field.

:class:`StudioForm` knows nothing of reads or saving: :meth:`StudioForm.fill` shows a
:class:`StudioSettings`, :meth:`StudioForm.values` is what it shows now (as studio.update takes
it) and :meth:`StudioForm.problems` what is wrong (setting → message). The page
(studio_page.py) does the rest.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kronos_core.brazil import STATES
from kronos_core.hours import parse_week
from kronos_core.pix_keys import PIX_KEY_KINDS, PixKeyProblem, normalize_pix_key
from kronos_desktop.store.queries.settings import SETTINGS, StudioSettings
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.look import themed
from kronos_desktop.ui.settings.deposit_card_fields import INT_RANGES, DepositCardFields
from kronos_desktop.ui.settings.hours_editor import INVALID_STYLE, HoursEditor, mark_invalid
from kronos_desktop.ui.settings.studio_form_words import TIME_ZONES, pix_kind_text, pix_problem_text

translate = QCoreApplication.translate

# A number setting: (lowest, highest), as StudioUpdate allows.
RANGES: dict[str, tuple[int, int]] = {
    "age_of_majority": (0, 120),
    "min_client_age": (0, 120),
    "deposit_expiry_months": (1, 120),
    "late_cancel_hours": (0, 24 * 30),
    "cleaning_buffer_minutes": (0, 240),
    "retention_years": (1, 100),
    "idle_lock_minutes": (0, 240),
    **INT_RANGES,  # issue 15's (deposit_card_fields.py)
}
# Read-only (a role below manager): the fields look it, not only refuse the keyboard.
DISABLED_STYLE = (
    " QLineEdit:disabled, QComboBox:disabled, QPlainTextEdit:disabled { background: @disabled_bg@; color: @muted@; }"
)
LABEL_WIDTH = 230
MERCHANT_NAME_MAX, MERCHANT_CITY_MAX, FOOTER_MAX, NAME_MAX = 25, 15, 2000, 200
# Issue 14's setting: what a session with no signed form does (studio.update takes it; the page
# reads it beside the others while queries/settings.py does not carry it).
POLICY = "unsigned_form_policy"
_ID = {name: "".join(part.title() for part in name.split("_")) for name in (*SETTINGS, POLICY)}  # pix_key → PixKey


class StudioForm(QWidget):
    """Every setting of the studio in sections (Studio, Opening hours, Clients, PIX, Deposits,
    Commissions, Agenda, Records, Desk, Receipt)."""

    edited = Signal()  # the person changed something (not fill)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studioSettingsForm")
        themed(self, INVALID_STYLE + DISABLED_STYLE)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._filling = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)

        form = self._section("studio", self.tr("Studio"))
        self.name = self._line(form, "name", self.tr("Name"))
        self.timezone = self._combo(form, "timezone", self.tr("Time zone"), [(z, z) for z in TIME_ZONES])
        states = [("", self.tr("— not set —"))] + [(uf, f"{uf} — {name}") for uf, name in STATES.items()]
        self.state = self._combo(form, "state", self.tr("State (for public holidays)"), states)

        hours_box = QGroupBox(self.tr("Opening hours"))
        hours_box.setObjectName("settingsSectionHours")
        hours_layout = QVBoxLayout(hours_box)
        self.hours = HoursEditor("settingsHours")
        self.hours.changed.connect(self._changed)
        self.widgets["opening_hours"] = self.hours
        hours_layout.addWidget(self.hours)
        self._layout.addWidget(hours_box)

        form = self._section("clients", self.tr("Clients"))
        self.age_of_majority = self._spin(
            form,
            "age_of_majority",
            self.tr("Age of majority"),
            self.tr("Below it a client needs a guardian's consent."),
        )
        self.min_client_age = self._spin(
            form, "min_client_age", self.tr("Minimum age"), self.tr("The studio does not tattoo anyone younger.")
        )

        form = self._section("pix", self.tr("PIX"))
        kinds = [("", self.tr("— choose —"))] + [(k, pix_kind_text(k)) for k in PIX_KEY_KINDS]
        self.pix_key_kind = self._combo(form, "pix_key_kind", self.tr("Key kind"), kinds)
        self.pix_key = self._line(form, "pix_key", self.tr("PIX key"))
        name_hint = self.tr("At most {count} characters; accents are folded in the PIX code (São Paulo → SAO PAULO).")
        self.merchant_name = self._line(
            form, "merchant_name", self.tr("Merchant name"), name_hint.format(count=MERCHANT_NAME_MAX)
        )
        city_hint = self.tr("At most {count} characters; accents are folded in the PIX code.")
        self.merchant_city = self._line(
            form, "merchant_city", self.tr("Merchant city"), city_hint.format(count=MERCHANT_CITY_MAX)
        )

        form = self._section("deposits", self.tr("Deposits"))
        self.deposit_expiry_months = self._spin(
            form, "deposit_expiry_months", self.tr("Deposits expire after (months)")
        )
        self.forfeit_on_no_show = self._check(form, "forfeit_on_no_show", self.tr("A no-show forfeits the deposit"))
        late_hint = self.tr("Cancelling closer to the session than this forfeits the deposit; 0: never.")
        self.late_cancel_hours = self._spin(
            form, "late_cancel_hours", self.tr("Late cancellation (hours before)"), late_hint
        )
        keepers = [
            ("studio", self.tr("The studio")),
            ("artist", self.tr("The artist")),
            ("split", self.tr("Split between them")),
        ]
        self.forfeit_keeper = self._combo(form, "forfeit_keeper", self.tr("A forfeited deposit goes to"), keepers)
        self.deposit_card = DepositCardFields(self, form)  # the rest of the policy; the card machines

        form = self._section("commissions", self.tr("Commissions"))
        bases = [
            ("gross", self.tr("On the amount paid (gross)")),
            ("net", self.tr("On the amount net of card fees")),
        ]
        self.commission_base = self._combo(form, "commission_base", self.tr("Commission is paid"), bases)

        form = self._section("agenda", self.tr("Agenda"))
        self.cleaning_buffer_minutes = self._spin(
            form,
            "cleaning_buffer_minutes",
            self.tr("Cleaning between sessions (min)"),
            self.tr("Kept free on a station after each session."),
        )
        form = self._section("records", self.tr("Records"))
        self.retention_years = self._spin(form, "retention_years", self.tr("Keep records for (years)"))
        form = self._section("forms", self.tr("Consent forms"))
        policies = [("warn", self.tr("Warn")), ("block", self.tr("Refuse"))]
        self.unsigned_form_policy = self._combo(form, POLICY, self.tr("A session with no signed form"), policies)
        hint = QLabel(self.tr("Checked when a client is checked in or a session starts."))
        hint.setObjectName("settingsUnsignedFormPolicyHint")
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        form.addRow("", hint)
        form = self._section("desk", self.tr("Desk"))
        self.idle_lock_minutes = self._spin(
            form,
            "idle_lock_minutes",
            self.tr("Lock after idle (minutes)"),
            self.tr("The desk goes back to the staff picker; 0: never."),
        )
        self.idle_lock_minutes.setSpecialValueText(self.tr("Never"))
        form = self._section("receipt", self.tr("Receipt"))
        self.receipt_footer = named(QPlainTextEdit(), "settingsReceiptFooter", self.tr("Receipt footer"))
        self.receipt_footer.setTabChangesFocus(True)
        self.receipt_footer.setFixedHeight(64)
        self.receipt_footer.textChanged.connect(self._changed)
        self._add(form, "receipt_footer", self.tr("Receipt footer"), self.receipt_footer)
        self._layout.addStretch(1)

    # -- building ------------------------------------------------------------------------------
    def _section(self, key: str, title: str) -> QFormLayout:
        box = QGroupBox(title)
        box.setObjectName(f"settingsSection{key.title()}")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.addWidget(box)
        return form

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget, hint: str = "") -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            caption = QLabel(hint)
            caption.setObjectName(f"settings{_ID[name]}Hint")
            caption.setProperty("role", "muted")
            caption.setWordWrap(True)
            column.addWidget(caption)
        error = QLabel()
        error.setObjectName(f"settings{_ID[name]}Error")
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.widgets[name] = widget
        self.errors[name] = error
        caption_label = QLabel(label)
        caption_label.setMinimumWidth(LABEL_WIDTH)  # the sections' fields line up
        caption_label.setWordWrap(True)
        caption_label.setBuddy(widget)
        form.addRow(caption_label, holder)

    def _line(self, form: QFormLayout, name: str, label: str, hint: str = "") -> QLineEdit:
        edit = named(QLineEdit(), f"settings{_ID[name]}", label)
        edit.textChanged.connect(self._changed)
        self._add(form, name, label, edit, hint)
        return edit

    def _combo(self, form: QFormLayout, name: str, label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = named(QComboBox(), f"settings{_ID[name]}", label)
        for code, text in items:
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(self._changed)
        self._add(form, name, label, combo)
        return combo

    def _spin(self, form: QFormLayout, name: str, label: str, hint: str = "") -> QSpinBox:
        spin = named(QSpinBox(), f"settings{_ID[name]}", label)
        spin.setRange(0, 9999)  # wider than allowed: what is out of range is said, not swallowed
        spin.setMaximumWidth(120)
        spin.valueChanged.connect(self._changed)
        self._add(form, name, label, spin, hint)
        return spin

    def _check(self, form: QFormLayout, name: str, label: str) -> QCheckBox:
        box = named(QCheckBox(label), f"settings{_ID[name]}", label)
        box.toggled.connect(self._changed)
        self._add(form, name, "", box)
        return box

    # -- values --------------------------------------------------------------------------------
    def fill(self, settings: StudioSettings) -> None:
        """Show ``settings`` (says nothing: it is where the form starts from)."""
        policy = settings.unsigned_form_policy
        self._filling = True
        try:
            self.unsigned_form_policy.setCurrentIndex(max(0, self.unsigned_form_policy.findData(policy)))
            self.name.setText(settings.name)
            if self.timezone.findData(settings.timezone) < 0:
                self.timezone.addItem(settings.timezone, settings.timezone)
            self.timezone.setCurrentIndex(self.timezone.findData(settings.timezone))
            self.state.setCurrentIndex(max(0, self.state.findData(settings.state or "")))
            self.hours.set_week(parse_week(settings.opening_hours))
            for name in RANGES:
                spin = self.widgets[name]
                assert isinstance(spin, QSpinBox)
                spin.setValue(int(settings.value(name)))
            self.pix_key_kind.setCurrentIndex(max(0, self.pix_key_kind.findData(settings.pix_key_kind or "")))
            self.pix_key.setText(settings.pix_key or "")
            self.merchant_name.setText(settings.merchant_name or "")
            self.merchant_city.setText(settings.merchant_city or "")
            self.forfeit_on_no_show.setChecked(settings.forfeit_on_no_show)
            self.forfeit_keeper.setCurrentIndex(max(0, self.forfeit_keeper.findData(settings.forfeit_keeper)))
            self.commission_base.setCurrentIndex(max(0, self.commission_base.findData(settings.commission_base)))
            self.receipt_footer.setPlainText(settings.receipt_footer or "")
            self.deposit_card.fill(settings)
        finally:
            self._filling = False
        self.show_problems()

    def values(self) -> dict[str, Any]:
        """Every setting as shown, as studio.update takes it (a PIX key in its normal form when it
        is right; the opening hours as their JSON week, None while wrong)."""
        week = self.hours.week()
        kind = str(self.pix_key_kind.currentData() or "") or None
        key = self.pix_key.text().strip() or None
        if key is not None and kind is not None:
            with contextlib.suppress(PixKeyProblem):  # a wrong key is shown as typed; problems() says why
                key = normalize_pix_key(kind, key)
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "timezone": str(self.timezone.currentData()),
            "state": str(self.state.currentData() or "") or None,
            "opening_hours": week.json() if week is not None else None,
            "pix_key_kind": kind,
            "pix_key": key,
            "merchant_name": self.merchant_name.text().strip() or None,
            "merchant_city": self.merchant_city.text().strip() or None,
            "forfeit_on_no_show": self.forfeit_on_no_show.isChecked(),
            "forfeit_keeper": str(self.forfeit_keeper.currentData()),
            "commission_base": str(self.commission_base.currentData()),
            "receipt_footer": self.receipt_footer.toPlainText().strip() or None,
            POLICY: str(self.unsigned_form_policy.currentData()),
            **self.deposit_card.values(),
        }
        for name in RANGES:
            spin = self.widgets[name]
            assert isinstance(spin, QSpinBox)
            values[name] = spin.value()
        return values

    def problems(self) -> dict[str, str]:
        """What is wrong, setting by setting, in the person's language."""
        found: dict[str, str] = {}
        values = self.values()
        if not values["name"]:
            found["name"] = self.tr("Type the studio's name.")
        elif len(values["name"]) > NAME_MAX:
            found["name"] = self.tr("At most {count} characters.").format(count=NAME_MAX)
        hours = self.hours.problems()
        if hours:
            found["opening_hours"] = "\n".join(hours)
        for name, (low, high) in RANGES.items():
            if not low <= values[name] <= high:
                found[name] = self.tr("Between {low} and {high}.").format(low=low, high=high)
        key, kind = self.pix_key.text().strip(), values["pix_key_kind"]
        if key and kind is None:
            found["pix_key_kind"] = self.tr("Choose what kind of PIX key this is.")
        elif key and kind is not None:
            try:
                normalize_pix_key(kind, key)
            except PixKeyProblem:
                found["pix_key"] = pix_problem_text(kind)
        limits = (("merchant_name", MERCHANT_NAME_MAX), ("merchant_city", MERCHANT_CITY_MAX))
        for name, limit in limits:
            text = values[name] or ""
            if len(text) > limit:
                found[name] = self.tr("At most {count} characters ({typed} typed).").format(
                    count=limit, typed=len(text)
                )
            elif key and not text:
                found[name] = self.tr("A PIX code needs it: type it, or clear the PIX key.")
        if len(values["receipt_footer"] or "") > FOOTER_MAX:
            found["receipt_footer"] = self.tr("At most {count} characters.").format(count=FOOTER_MAX)
        found.update(self.deposit_card.problems(values))
        return found

    def show_problems(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """Show each setting's problem under it (``extra``: a refusal's, at its field)."""
        found = {**self.problems(), **(extra or {})}
        for name, label in self.errors.items():
            message = found.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
            mark_invalid(self.widgets[name], bool(message))
        return found

    def field_errors(self) -> dict[str, str]:
        """The messages shown under the fields now (for tests and the page)."""
        return {name: label.text() for name, label in self.errors.items() if not label.isHidden()}

    def _changed(self, *_: object) -> None:
        if self._filling:
            return
        self.show_problems()
        self.edited.emit()


def differences(shown: dict[str, Any], loaded: StudioSettings) -> dict[str, Any]:
    """The settings whose shown value is not the loaded one, with the shown value (opening hours
    of None are the default week: showing it unchanged is no change)."""
    found: dict[str, Any] = {}
    for name in SETTINGS:
        before = loaded.value(name)
        if name == "opening_hours":
            before = parse_week(before).json()
        if shown.get(name) != before:
            found[name] = shown.get(name)
    return found
