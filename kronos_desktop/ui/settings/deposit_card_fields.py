"""Issue 15's settings on the Settings page: the rest of the deposit policy (minutes late that make
a no-show, reschedules a deposit survives, the session a project's deposit is applied at, the
artist's part of a split forfeit, the policy's own words) and the card machines (instalments,
debit and credit fees). Built into :class:`~kronos_desktop.ui.settings.studio_form.StudioForm`'s
sections with its helpers; the whole-number ones are checked by its ``RANGES``, the percentages
and the words here, each at its field, as studio.update's limits say.

The policy's words box shows, greyed while blank, the words written from the settings (what the
client reads when the studio writes none), following the settings as they are typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QPlainTextEdit, QSpinBox

from kronos_core.deposits import policy_of, policy_text
from kronos_desktop import i18n
from kronos_desktop.ui.common.widgets import named

if TYPE_CHECKING:
    from kronos_desktop.ui.settings.studio_form import StudioForm

translate = QCoreApplication.translate

# Whole numbers (checked by StudioForm.RANGES), as StudioUpdate allows.
INT_RANGES: dict[str, tuple[int, int]] = {
    "no_show_late_minutes": (0, 240),
    "deposit_reschedules": (0, 10),
    "card_instalments_max": (1, 24),
}
# Percentages typed with two decimals, stored in basis points: (lowest, highest) bps.
PERCENT_RANGES: dict[str, tuple[int, int]] = {
    "forfeit_artist_bps": (0, 10_000),
    "card_fee_debit_bps": (0, 2_000),
    "card_fee_credit_bps": (0, 2_000),
}
POLICY_TEXT_MAX = 4000


def percent_box(name: str, object_name: str, label: str) -> QDoubleSpinBox:
    box = named(QDoubleSpinBox(), object_name, label)
    box.setDecimals(2)
    box.setRange(0, 999.99)  # wider than allowed: what is out of range is said, not swallowed
    box.setSuffix(" %")
    box.setMaximumWidth(120)
    box.setLocale(QLocale(i18n.current_language()))
    return box


class DepositCardFields:
    """The new fields, added to ``form``'s Deposits section (``deposits``) and a Card machines
    section of their own."""

    def __init__(self, form: StudioForm, deposits: QFormLayout) -> None:
        self.form = form
        self.percents: dict[str, QDoubleSpinBox] = {}
        self.no_show_late_minutes: QSpinBox = form._spin(
            deposits,
            "no_show_late_minutes",
            translate("StudioForm", "Late enough to be a no-show (minutes)"),
            translate("StudioForm", "A client this late counts as not having come."),
        )
        self.deposit_reschedules: QSpinBox = form._spin(
            deposits,
            "deposit_reschedules",
            translate("StudioForm", "Reschedules a deposit survives"),
            translate("StudioForm", "The next reschedule forfeits it; 0: any reschedule does."),
        )
        sessions = [
            ("first", translate("StudioForm", "The first session")),
            ("last", translate("StudioForm", "The last session")),
        ]
        self.deposit_applies_to: QComboBox = form._combo(
            deposits, "deposit_applies_to", translate("StudioForm", "A project's deposit comes off"), sessions
        )
        self._percent(
            deposits,
            "forfeit_artist_bps",
            translate("StudioForm", "The artist's part of a split deposit"),
            translate("StudioForm", "Only when a forfeited deposit is split; the studio keeps the rest."),
        )
        label = translate("StudioForm", "The policy in the studio's own words")
        self.deposit_policy_text = named(QPlainTextEdit(), "settingsDepositPolicyText", label)
        self.deposit_policy_text.setTabChangesFocus(True)
        self.deposit_policy_text.setFixedHeight(96)
        self.deposit_policy_text.textChanged.connect(form._changed)
        hint = translate(
            "StudioForm", "What the client reads and accepts when paying a deposit. Blank: the words shown in grey."
        )
        form._add(deposits, "deposit_policy_text", label, self.deposit_policy_text, hint)

        cards = form._section("cards", translate("StudioForm", "Card machines"))
        self.card_instalments_max: QSpinBox = form._spin(
            cards,
            "card_instalments_max",
            translate("StudioForm", "Instalments at most"),
            translate("StudioForm", "1: credit cards in one payment only."),
        )
        self._percent(cards, "card_fee_debit_bps", translate("StudioForm", "Debit card fee"))
        self._percent(
            cards,
            "card_fee_credit_bps",
            translate("StudioForm", "Credit card fee"),
            translate("StudioForm", "What the machine keeps; prefilled when a card payment is taken."),
        )
        form.forfeit_keeper.currentIndexChanged.connect(self._keeper_changed)
        form.edited.connect(self.show_written_policy)

    def _percent(self, form: QFormLayout, name: str, label: str, hint: str = "") -> None:
        object_name = "settings" + "".join(part.title() for part in name.split("_"))
        box = percent_box(name, object_name, label)
        box.valueChanged.connect(self.form._changed)
        self.form._add(form, name, label, box, hint)
        self.percents[name] = box

    def _keeper_changed(self, *_: object) -> None:
        self.percents["forfeit_artist_bps"].setEnabled(self.form.forfeit_keeper.currentData() == "split")

    # -- values --------------------------------------------------------------------------------
    def fill(self, settings: Any) -> None:
        """Show the new settings of ``settings`` (a StudioSettings; the whole numbers are filled
        by the form's RANGES)."""
        combo = self.deposit_applies_to
        combo.setCurrentIndex(max(0, combo.findData(settings.deposit_applies_to)))
        for name, box in self.percents.items():
            box.setValue(int(settings.value(name)) / 100)
        self.deposit_policy_text.setPlainText(settings.deposit_policy_text or "")
        self._keeper_changed()
        self.show_written_policy()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: round(box.value() * 100) for name, box in self.percents.items()}
        values["deposit_applies_to"] = str(self.deposit_applies_to.currentData())
        values["deposit_policy_text"] = self.deposit_policy_text.toPlainText().strip() or None
        return values

    def problems(self, values: dict[str, Any]) -> dict[str, str]:
        found: dict[str, str] = {}
        for name, (low, high) in PERCENT_RANGES.items():
            if not low <= values[name] <= high:
                found[name] = translate("StudioForm", "Between {low} and {high}.").format(
                    low=_percent_text(low), high=_percent_text(high)
                )
        text = values["deposit_policy_text"] or ""
        if len(text) > POLICY_TEXT_MAX:
            found["deposit_policy_text"] = translate(
                "StudioForm", "At most {count} characters ({typed} typed)."
            ).format(count=POLICY_TEXT_MAX, typed=len(text))
        return found

    def show_written_policy(self) -> None:
        """The words written from the settings as they stand, greyed in the blank words box."""
        values = self.form.values()
        row = {**values, "deposit_policy_text": None}
        try:
            written = policy_text(policy_of(row), i18n.current_language())
        except (KeyError, TypeError, ValueError):
            written = ""
        self.deposit_policy_text.setPlaceholderText(written)


def _percent_text(bps: int) -> str:
    return QLocale(i18n.current_language()).toString(bps / 100, "f", 2 if bps % 100 else 0) + " %"
