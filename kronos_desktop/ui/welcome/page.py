"""What every page of the welcome wizard is: a title, the field the focus starts on, how it fills
from the draft and writes back into it, and what is wrong with it (said before Next moves on)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def hint(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


class Page(QWidget):
    """A page of the wizard. ``key`` names it in the draft (the page reached)."""

    key = ""
    edited = Signal()  # the person changed something (the draft is saved a moment later)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"welcomePage{self.key.title()}")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(8)

    def title(self) -> str:
        raise NotImplementedError

    def first_field(self) -> QWidget | None:
        return None

    def fill(self, draft: dict[str, Any]) -> None:
        """Show what the draft holds (says nothing: no ``edited``)."""

    def collect(self, draft: dict[str, Any]) -> None:
        """Write what the page shows into ``draft``."""

    def problem(self) -> tuple[str, QWidget | None] | None:
        """What stops Next here (the message, and the field to fix), or None."""
        return None

    def typed(self) -> bool:
        return False
