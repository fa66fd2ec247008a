"""The top of the client record: who they are and what must be seen before anything else.

The name (and the name they prefer), the age from the birth date, the phone as people read it
with a WhatsApp mark, Instagram and e-mail; tags, the no-show count, a minor's mark; then the
banners: the health alert in red (allergies, conditions, medication: the artist reads it before
the needle touches skin), a block with its reason, and a merged record's pointer to the kept one.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kronos_core.contact import format_phone
from kronos_desktop.store.queries.client_record import ClientRecord
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.flow_layout import FlowLayout
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.look import themed

HEALTH_STYLE = (
    "QFrame#recordHealthBanner { background: @error_bg@; border: 2px solid @error_border@; border-radius: 6px; }"
    "QFrame#recordHealthBanner QLabel { color: @error_text@; background: transparent; border: none; }"
)
BLOCKED_STYLE = (
    "QFrame#recordBlockedBanner { background: @amber_bg@; border: 1px solid @amber@; border-radius: 6px; }"
    "QFrame#recordBlockedBanner QLabel { color: @amber_text@; background: transparent; border: none; }"
)
MERGED_STYLE = (
    "QFrame#recordMergedBanner { background: @info_bg@; border: 1px solid @info_border@; border-radius: 6px; }"
    "QFrame#recordMergedBanner QLabel { color: @info_text@; background: transparent; border: none; }"
)
TWIN_STYLE = (
    "QFrame#recordTwinBanner { background: @amber_bg@; border: 2px solid @amber@; border-radius: 6px; }"
    "QFrame#recordTwinBanner QLabel { color: @amber_text@; background: transparent; border: none; }"
)
CHIP_STYLE = "QLabel { background: @chip_bg@; color: @text@; border-radius: 9px; padding: 1px 8px; }"
WARN_CHIP_STYLE = "QLabel { background: @amber_bg@; color: @amber_text@; border-radius: 9px; padding: 1px 8px; }"


def _banner(object_name: str, style: str) -> tuple[QFrame, QLabel, QLabel]:
    frame = QFrame()
    frame.setObjectName(object_name)
    themed(frame, style)
    column = QVBoxLayout(frame)
    column.setContentsMargins(12, 8, 12, 8)
    column.setSpacing(2)
    title = QLabel()
    title.setObjectName(f"{object_name}Title")
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    body = QLabel()
    body.setObjectName(f"{object_name}Text")
    body.setWordWrap(True)
    body.setTextFormat(Qt.TextFormat.PlainText)  # words typed by people (a block's reason)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    column.addWidget(title)
    column.addWidget(body)
    frame.hide()
    return frame, title, body


def health_lines(text: str) -> list[str]:
    """A health field's lines (a signed form adds each alert as a line of its own)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def health_html(alerts: list[tuple[str, list[str]]]) -> str:
    """The health banner's text: each field's label once, its lines one under the other beside
    it, so a second allergy reads as an allergy, not as another kind of alert."""
    rows = "".join(
        f"<tr><td style='padding-right:8px'><b>{html.escape(label)}:</b></td>"
        f"<td>{'<br/>'.join(html.escape(line) for line in lines)}</td></tr>"
        for label, lines in alerts
    )
    return f"<table cellspacing='0' cellpadding='0'>{rows}</table>"


class RecordHeader(QWidget):
    open_kept = Signal(object)  # a merged record: the id of the one kept

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientRecordHeader")
        self._kept: uuid.UUID | None = None
        self.name = QLabel()
        self.name.setObjectName("recordName")
        self.name.setProperty("role", "title")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.age = QLabel()
        self.age.setObjectName("recordAge")
        self.age.setProperty("role", "muted")
        self.contact = QLabel()
        self.contact.setObjectName("recordContact")
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact.setWordWrap(True)
        self.chips = QWidget()
        self.chips.setObjectName("recordChips")
        self.chip_row = FlowLayout(self.chips)
        self.chip_row.setContentsMargins(0, 0, 0, 0)
        self.health, self.health_title, self.health_text = _banner("recordHealthBanner", HEALTH_STYLE)
        self.health.setAccessibleName(self.tr("Health alert"))
        self.health_text.setTextFormat(Qt.TextFormat.RichText)  # built escaped: health_html
        self.blocked, self.blocked_title, self.blocked_text = _banner("recordBlockedBanner", BLOCKED_STYLE)
        self.merged, self.merged_title, self.merged_text = _banner("recordMergedBanner", MERGED_STYLE)
        self.twin, self.twin_title, self.twin_text = _banner("recordTwinBanner", TWIN_STYLE)
        self.open_kept_button = named(
            QPushButton(self.tr("Open the kept record")), "recordOpenKept", self.tr("Open the kept record")
        )
        merged_layout = self.merged.layout()
        assert merged_layout is not None
        merged_layout.addWidget(self.open_kept_button)
        self.open_kept_button.clicked.connect(lambda: self.open_kept.emit(self._kept))

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.name)
        top.addWidget(self.age)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.contact)
        layout.addWidget(self.chips)
        layout.addWidget(self.merged)
        layout.addWidget(self.health)
        layout.addWidget(self.twin)
        layout.addWidget(self.blocked)

    def show_record(self, record: ClientRecord) -> None:
        v = record.value
        name = record.full_name
        preferred = v("preferred_name")
        if preferred and preferred != name:
            name = self.tr("{name} (called {called})").format(name=name, called=preferred)
        self.name.setText(name)
        born = v("birth_date")
        age = record.age
        if born is not None and age is not None:
            self.age.setText(self.tr("%n year(s) · born {date}", "", age).format(date=fmt.date_text(born)))
        else:
            self.age.setText("")
        self.contact.setText(self._contact(record))
        self._chips(record)
        self._banners(record)

    def _contact(self, record: ClientRecord) -> str:
        v = record.value
        parts: list[str] = []
        if v("phone"):
            phone = format_phone(v("phone"))
            parts.append(phone + ("  ✆ " + self.tr("WhatsApp") if v("whatsapp") else ""))
        if v("instagram"):
            parts.append("@" + str(v("instagram")))
        if v("email"):
            parts.append(str(v("email")))
        return "   ·   ".join(parts) if parts else self.tr("No contact written down")

    def _chips(self, record: ClientRecord) -> None:
        while self.chip_row.count():
            item = self.chip_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        chips: list[tuple[str, str]] = []
        if record.is_minor:
            chips.append((self.tr("Minor"), WARN_CHIP_STYLE))
        if record.no_shows:
            chips.append((self.tr("%n no-show(s)", "", record.no_shows), WARN_CHIP_STYLE))
        chips += [(str(tag), CHIP_STYLE) for tag in record.value("tags") or []]
        for text, style in chips:
            chip = QLabel(text)
            chip.setObjectName("recordChip")
            themed(chip, style)
            self.chip_row.addWidget(chip)
        self.chips.setVisible(bool(chips))

    def _banners(self, record: ClientRecord) -> None:
        words = {
            "allergies": self.tr("Allergies"),
            "medical_alerts": self.tr("Conditions"),
            "medication": self.tr("Medication"),
        }
        alerts = [(words[field], health_lines(text)) for field, text in record.health_alerts]
        self.health.setVisible(bool(alerts))
        self.health_title.setText("⚠ " + self.tr("Health alert"))
        self.health_text.setText(health_html(alerts))
        # Read aloud (and searched by tests) a line at a time, each with its field's label.
        self.health_text.setAccessibleDescription(
            "\n".join(f"{label}: {line}" for label, lines in alerts for line in lines)
        )
        self.twin.setVisible(record.health_twin)
        self.twin_title.setText("⚠ " + self.tr("Possible duplicate of a client with a health alert"))
        self.twin_text.setText(
            self.tr(
                "Another client with the same phone, e-mail or document has a health alert. Read it before "
                "the session, and merge the two records if they are the same person (More → Merge…)."
            )
        )
        blocked = bool(record.value("blocked"))
        self.blocked.setVisible(blocked)
        self.blocked_title.setText(self.tr("Blocked"))
        self.blocked_text.setText(record.value("blocked_reason") or self.tr("No reason written down."))
        self._kept = record.merged_into
        self.merged.setVisible(record.merged_into is not None)
        self.merged_title.setText(self.tr("Merged into another record"))
        self.merged_text.setText(self.tr("This record was merged: the client's details are kept in the other one."))
