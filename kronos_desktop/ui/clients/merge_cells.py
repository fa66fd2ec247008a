"""The merge dialog's cells: one value of a record, chosen with its radio or a click anywhere on
it, and how each kind of value reads (a phone with WhatsApp, a document, a guardian, tags)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QRadioButton, QWidget

from kronos_desktop.ui.clients.merge_fields import MergeRow
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named

translate = QCoreApplication.translate

# The dialog's own look (on top of resources/style/kronos.qss): a chosen cell is framed in the
# accent colour; a health alert's label is red, as health alerts are wherever a client shows.
STYLE = """
QScrollArea#mergeScroll, QWidget#mergeHolder, QWidget#mergeRows { background: transparent; }
QFrame[role="choice"] {
    background: @base@;
    border: 1px solid @border@;
    border-radius: 6px;
}
QFrame[role="choice"][chosen="true"] {
    background: @accent_soft@;
    border: 1px solid @focus@;
}
QFrame[role="choice"] QLabel { background: transparent; }
QLabel[role="health"] { color: @error@; font-weight: 600; }
QLabel[role="strong"] { font-weight: 600; }
QLabel[role="empty-value"] { color: @faint@; font-style: italic; }
"""


def value_text(row: MergeRow, values: Mapping[str, Any]) -> str:
    """A row's value on one record, as a person reads it ("" when the record has none)."""
    first = values[row.fields[0]]
    if row.key == "phone":
        phone = fmt.phone_text(first)
        return f"{phone} · WhatsApp" if phone and values["whatsapp"] else phone
    if row.key == "document":
        return fmt.document_text(values["document_type"], values["document_number"])
    if row.key == "birth_date":
        return fmt.date_text(first) if first is not None else ""
    if row.key == "instagram":
        return f"@{first}" if first else ""
    if row.key == "guardian":
        name, document, relationship, phone = (values[f] for f in row.fields)
        head = f"{name} ({relationship})" if name and relationship else (name or "")
        return "\n".join(p for p in (head, document or "", fmt.phone_text(phone)) if p)
    if row.kind == "tags":
        return ", ".join(first or [])
    if row.kind == "bool":
        return translate("MergeDialog", "Yes") if first else translate("MergeDialog", "No")
    if row.kind == "blocked":
        if not first:
            return translate("MergeDialog", "Not blocked")
        reason = values["blocked_reason"]
        blocked = translate("MergeDialog", "Blocked")
        return f"{blocked}: {reason}" if reason else blocked
    return "" if first is None else str(first)


class ChoiceCell(QFrame):
    """One value to choose: a radio and the value's text (wrapped); a click on it chooses it."""

    def __init__(self, object_name: str, what: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "choice")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.radio = named(QRadioButton(), f"{object_name}Radio", f"{what}: {text or '—'}")
        self.text = QLabel(text or translate("MergeDialog", "(empty)"))
        self.text.setObjectName(f"{object_name}Text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if not text:
            self.text.setProperty("role", "empty-value")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.radio.toggled.connect(self._show_chosen)

    def _show_chosen(self, on: bool) -> None:
        self.setProperty("chosen", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.radio.setChecked(True)
            self.radio.setFocus()
        super().mousePressEvent(event)
