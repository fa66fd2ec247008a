"""The first run's PIX page: the studio's PIX key, its kind, and the merchant name and city a
PIX code carries; checked by the Settings page's rules (kronos_core.pix_keys). Optional: an
empty key skips it (Settings → Studio → PIX later)."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from kronos_core.pix_keys import PIX_KEY_KINDS, PixKeyProblem, normalize_pix_key
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.settings.studio_form_words import pix_kind_text, pix_problem_text
from kronos_desktop.ui.welcome.page import Page, hint

MERCHANT_NAME_MAX, MERCHANT_CITY_MAX = 25, 15

# Words the Settings pages and the old first screen already had, with their translations.
translate = QCoreApplication.translate


class PixPage(Page):
    key = "pix"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.addWidget(
            hint(
                self.tr(
                    "With a PIX key the checkout shows a PIX code for the client to pay with. Optional: leave the "
                    "key empty to set it later in Settings."
                ),
                "welcomePixHint",
            )
        )
        self.kind = named(QComboBox(), "welcomePixKind", translate("StudioForm", "Key kind"))
        self.kind.addItem(translate("StudioForm", "— choose —"), "")
        for kind in PIX_KEY_KINDS:
            self.kind.addItem(pix_kind_text(kind), kind)
        self.pix_key = named(QLineEdit(), "welcomePixKey", translate("StudioForm", "PIX key"))
        self.merchant_name = named(QLineEdit(), "welcomeMerchantName", translate("StudioForm", "Merchant name"))
        self.merchant_name.setMaxLength(MERCHANT_NAME_MAX)
        self.merchant_city = named(QLineEdit(), "welcomeMerchantCity", translate("StudioForm", "Merchant city"))
        self.merchant_city.setMaxLength(MERCHANT_CITY_MAX)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(translate("StudioForm", "Key kind"), self.kind)
        form.addRow(translate("StudioForm", "PIX key"), self.pix_key)
        form.addRow(translate("StudioForm", "Merchant name"), self.merchant_name)
        name_words = self.tr("As the bank shows it to the payer; at most {count} characters.")
        form.addRow("", hint(name_words.format(count=MERCHANT_NAME_MAX), "welcomeMerchantNameHint"))
        form.addRow(translate("StudioForm", "Merchant city"), self.merchant_city)
        city_words = self.tr("At most {count} characters.")
        form.addRow("", hint(city_words.format(count=MERCHANT_CITY_MAX), "welcomeMerchantCityHint"))
        self.column.addLayout(form)
        self.column.addStretch(1)
        self.kind.currentIndexChanged.connect(lambda _i: self.edited.emit())
        for field in (self.pix_key, self.merchant_name, self.merchant_city):
            field.textEdited.connect(lambda _t: self.edited.emit())

    def title(self) -> str:
        return self.tr("PIX")

    def first_field(self) -> QWidget:
        return self.kind

    def suggest_merchant(self, studio_name: str) -> None:
        """The studio's name as the merchant's, until the person types one."""
        if not self.merchant_name.text().strip():
            self.merchant_name.setText(studio_name[:MERCHANT_NAME_MAX].strip())

    def values(self) -> dict[str, str]:
        """What studio.update takes ({} with no key): the key in its normal form."""
        key, kind = self.pix_key.text().strip(), str(self.kind.currentData() or "")
        if not key or not kind:
            return {}
        with contextlib.suppress(PixKeyProblem):  # a wrong key: problem() says why
            key = normalize_pix_key(kind, key)
        return {
            "pix_key_kind": kind,
            "pix_key": key,
            "merchant_name": self.merchant_name.text().strip(),
            "merchant_city": self.merchant_city.text().strip(),
        }

    def fill(self, draft: dict[str, Any]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(draft.get("pix_key_kind") or ""))))
        self.pix_key.setText(str(draft.get("pix_key") or ""))
        self.merchant_name.setText(str(draft.get("merchant_name") or ""))
        self.merchant_city.setText(str(draft.get("merchant_city") or ""))

    def collect(self, draft: dict[str, Any]) -> None:
        draft["pix_key_kind"] = str(self.kind.currentData() or "") or None
        draft["pix_key"] = self.pix_key.text().strip() or None
        draft["merchant_name"] = self.merchant_name.text().strip() or None
        draft["merchant_city"] = self.merchant_city.text().strip() or None

    def problem(self) -> tuple[str, QWidget | None] | None:
        key, kind = self.pix_key.text().strip(), str(self.kind.currentData() or "")
        if not key:
            return None
        if not kind:
            return translate("StudioForm", "Choose what kind of PIX key this is."), self.kind
        try:
            normalize_pix_key(kind, key)
        except PixKeyProblem:
            return pix_problem_text(kind), self.pix_key
        if not self.merchant_name.text().strip():
            return self.tr("A PIX code needs the merchant's name: type it, or clear the PIX key."), self.merchant_name
        if not self.merchant_city.text().strip():
            return self.tr("A PIX code needs the merchant's city: type it, or clear the PIX key."), self.merchant_city
        return None

    def typed(self) -> bool:
        return bool(self.pix_key.text().strip() or self.merchant_city.text().strip())
