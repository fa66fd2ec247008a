"""Client mode's second step: the health alerts the answers raise, the consent text, the
image-use authorisation, the client's ID checked, for a minor the guardian (from the record,
their ID and their own signature), and the client's signature. Scrolls as one page (a 600-px
screen shows it a part at a time; a turned 1080x1920 monitor whole); a signature's caption, pad
and buttons always fit the page's view together (the pad no taller than leaves them room), so
scrolled to, a signature is seen and signed whole."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kronos_core.forms import Template
from kronos_desktop.ui.clients.client_mode_data import ClientModeData
from kronos_desktop.ui.clients.client_mode_parts import IdFields, SignatureBox
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.look import themed

translate = QCoreApplication.translate

TEXT_STYLE = "QLabel { font-size: 20px; }"
HEAD_STYLE = "QLabel { font-size: 24px; font-weight: 700; }"
ALERT_STYLE = "QLabel { color: @error@; font-weight: 600; font-size: 20px; }"


def _label(text: str, object_name: str, style: str = TEXT_STYLE) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    themed(label, style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ConsentPage(QScrollArea):
    """The consent, the IDs and the signatures of ``data``'s client, on ``template``. ``changed``
    when a signature, a document or the image-use authorisation changes."""

    changed = Signal()

    def __init__(self, data: ClientModeData, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientModeConsentPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.data = data
        body = QWidget()
        body.setObjectName("clientModeConsentBody")
        column = QVBoxLayout(body)
        column.setSpacing(14)
        column.setContentsMargins(8, 8, 8, 8)
        self._column = column

        self.alerts_label = _label("", "clientModeAlerts", ALERT_STYLE)
        self.alerts_label.hide()
        column.addWidget(self.alerts_label)

        column.addWidget(_label(translate("ClientMode", "Consent"), "clientModeConsentHead", HEAD_STYLE))
        self.consent_text = _label(template.consent_text, "clientModeConsentText")
        self.consent_text.setAccessibleName(template.consent_text)
        column.addWidget(self.consent_text)

        if template.image_use_text.strip():
            column.addWidget(_label(translate("ClientMode", "Use of images"), "clientModeImageUseHead", HEAD_STYLE))
            column.addWidget(_label(template.image_use_text, "clientModeImageUseText"))
        self.image_use = named(
            QCheckBox(translate("ClientMode", "Yes, I authorise the use of images")),
            "clientModeImageUse",
            translate("ClientMode", "Image-use authorisation"),
        )
        self.image_use.setStyleSheet(
            "QCheckBox { font-size: 20px; } QCheckBox::indicator { width: 32px; height: 32px; }"
        )
        self.image_use.setMinimumHeight(48)
        column.addWidget(self.image_use)

        column.addWidget(_label(translate("ClientMode", "Identity document"), "clientModeIdHead", HEAD_STYLE))
        self.client_id_fields = IdFields(translate("ClientMode", "Client"), "clientModeClient")
        self.client_id_fields.set_document(data.value("document_type"), data.value("document_number"))
        column.addWidget(self.client_id_fields)

        self.guardian_box: QFrame | None = None
        self.guardian_id_fields: IdFields | None = None
        self.guardian_signature: SignatureBox | None = None
        if data.minor:
            column.addWidget(self._guardian_section())

        self.client_signature = SignatureBox(translate("ClientMode", "Client's signature"), "clientSignature")
        column.addWidget(self.client_signature)
        column.addStretch(1)
        self.setWidget(body)
        self.image_use.toggled.connect(self.changed)
        for fields in (self.client_id_fields, self.guardian_id_fields):
            if fields is not None:
                fields.number.textChanged.connect(self.changed)
                fields.kind.currentIndexChanged.connect(self.changed)
        for box in self.signature_boxes():
            box.pad.changed.connect(self.changed)

    def signature_boxes(self) -> list[SignatureBox]:
        return [b for b in (self.guardian_signature, self.client_signature) if b is not None]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_signatures()

    def fit_signatures(self) -> None:
        """Each signature (caption, pad, buttons) no taller than the page's view."""
        margins = self._column.contentsMargins()
        room = self.viewport().height() - margins.top() - margins.bottom()
        for box in self.signature_boxes():
            inside = room
            frame = self.guardian_box.layout() if self.guardian_box is not None else None
            if box is self.guardian_signature and self.guardian_box is not None and frame is not None:
                edges = frame.contentsMargins()
                inside -= edges.top() + edges.bottom() + 2 * self.guardian_box.frameWidth()
            box.fit(inside)

    def _guardian_section(self) -> QFrame:
        box = QFrame()  # no style sheet on it: the window's large font reaches what is inside
        box.setObjectName("clientModeGuardian")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(box)
        column.addWidget(
            _label(translate("ClientMode", "Guardian (the client is a minor)"), "clientModeGuardianHead", HEAD_STYLE)
        )
        name = self.data.value("guardian_name")
        relationship = self.data.value("guardian_relationship")
        if name:
            who = f"{name} ({relationship})" if relationship else name
            column.addWidget(_label(who, "clientModeGuardianName"))
        else:
            column.addWidget(
                _label(
                    translate(
                        "ClientMode", "No guardian on the client's record: the staff add one to the record first."
                    ),
                    "clientModeGuardianMissing",
                    ALERT_STYLE,
                )
            )
        self.guardian_id_fields = IdFields(translate("ClientMode", "Guardian"), "clientModeGuardian")
        self.guardian_id_fields.set_document(None, self.data.value("guardian_document"))
        column.addWidget(self.guardian_id_fields)
        self.guardian_signature = SignatureBox(translate("ClientMode", "Guardian's signature"), "guardianSignature")
        column.addWidget(self.guardian_signature)
        self.guardian_box = box
        return box

    def show_alerts(self, alerts: list[tuple[str, str]]) -> None:
        """The health alerts the answers raise (they join the client's record once signed)."""
        if alerts:
            lines = "\n".join(f"• {words}" for _field, words in alerts)
            text = translate("ClientMode", "Health alerts (they join the client's record once signed):") + "\n" + lines
        else:
            text = ""
        self.alerts_label.setText(text)
        self.alerts_label.setAccessibleName(text)
        self.alerts_label.setVisible(bool(text))

    def refusal(self) -> str | None:
        """What keeps the form from being signed, in words; None when nothing does."""
        if self.client_signature.pad.is_empty():
            return translate("ClientMode", "The client's signature is missing: sign in the box.")
        if not self.data.minor:
            return None
        if not self.data.value("guardian_name"):
            return translate(
                "ClientMode", "The client is a minor and has no guardian on the record: the staff add one first."
            )
        if self.guardian_signature is not None and self.guardian_signature.pad.is_empty():
            return translate("ClientMode", "The guardian's signature is missing: the guardian signs in their box.")
        guardian = self.guardian_id_fields.document() if self.guardian_id_fields is not None else (None, None)
        if None in self.client_id_fields.document() or None in guardian:
            return translate(
                "ClientMode",
                "For a minor, the client's and the guardian's documents (kind and number) are both needed.",
            )
        return None

    def focus_refusal(self) -> None:
        """Bring the part that is missing into view (a signature whole: caption, pad, buttons)."""
        if self.client_signature.pad.is_empty():
            self.ensureWidgetVisible(self.client_signature)
        elif self.guardian_signature is not None and self.guardian_signature.pad.is_empty():
            self.ensureWidgetVisible(self.guardian_signature)
        elif self.guardian_id_fields is not None and None in self.guardian_id_fields.document():
            self.ensureWidgetVisible(self.guardian_id_fields)
        elif self.guardian_box is not None:
            self.ensureWidgetVisible(self.client_id_fields)
