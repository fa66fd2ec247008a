"""A member's calendar colour: a palette of colours easy to tell apart on the calendar, and any
other through Qt's colour dialog. A colour another member already uses says whose it is."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QColorDialog, QHBoxLayout, QPushButton, QToolButton, QWidget

from kronos_desktop.ui.common.widgets import named

translate = QCoreApplication.translate

PALETTE: tuple[tuple[str, Callable[[], str]], ...] = (
    ("#e53935", lambda: translate("ColorPicker", "Red")),
    ("#d81b60", lambda: translate("ColorPicker", "Pink")),
    ("#8e24aa", lambda: translate("ColorPicker", "Purple")),
    ("#3949ab", lambda: translate("ColorPicker", "Indigo")),
    ("#1e88e5", lambda: translate("ColorPicker", "Blue")),
    ("#00acc1", lambda: translate("ColorPicker", "Cyan")),
    ("#00897b", lambda: translate("ColorPicker", "Teal")),
    ("#43a047", lambda: translate("ColorPicker", "Green")),
    ("#c0ca33", lambda: translate("ColorPicker", "Lime")),
    ("#fb8c00", lambda: translate("ColorPicker", "Orange")),
    ("#6d4c41", lambda: translate("ColorPicker", "Brown")),
    ("#546e7a", lambda: translate("ColorPicker", "Blue grey")),
)
SWATCH = 26


def _style(color: str) -> str:
    return (
        f"QToolButton {{ background: {color}; border: 2px solid transparent; border-radius: 4px; }}"
        "QToolButton:checked { border: 3px solid palette(text); }"
        "QToolButton:focus { border: 2px dashed palette(highlight); }"
    )


class ColorPicker(QWidget):
    changed = Signal(str)

    def __init__(self, used_by: Mapping[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffColor")
        self.setAccessibleName(translate("ColorPicker", "Calendar colour"))
        self.used_by = {k.lower(): v for k, v in (used_by or {}).items()}
        self._color = PALETTE[0][0]
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.swatches: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for index, (color, name) in enumerate(PALETTE, start=1):
            layout.addWidget(self._swatch(color, name(), f"staffColor{index}"))
        self.custom = self._swatch(self._color, translate("ColorPicker", "Other colour"), "staffColorCustom")
        self.custom.hide()
        layout.addWidget(self.custom)
        self.other = named(
            QPushButton(translate("ColorPicker", "Other…")),
            "staffColorOther",
            translate("ColorPicker", "Choose another colour"),
            translate("ColorPicker", "Choose any colour"),
        )
        layout.addWidget(self.other)
        layout.addStretch(1)
        self.other.clicked.connect(self.choose_other)

    def _swatch(self, color: str, name: str, object_name: str) -> QToolButton:
        button = named(QToolButton(), object_name, name)
        button.setCheckable(True)
        button.setFixedSize(SWATCH, SWATCH)
        button.setStyleSheet(_style(color))
        button.setProperty("color", color)
        button.setToolTip(self._tip(color, name))
        button.clicked.connect(lambda: self.set_color(str(button.property("color")), emit=True))
        self.group.addButton(button)
        if object_name != "staffColorCustom":
            self.swatches[color] = button
        return button

    def _tip(self, color: str, name: str) -> str:
        who = self.used_by.get(color.lower())
        return translate("ColorPicker", "{colour} (used by {name})").format(colour=name, name=who) if who else name

    def color(self) -> str:
        return self._color

    def set_color(self, color: str, *, emit: bool = False) -> None:
        color = color.lower()
        self._color = color
        button = self.swatches.get(color)
        if button is None:
            button = self.custom
            button.setProperty("color", color)
            button.setStyleSheet(_style(color))
            button.setToolTip(self._tip(color, translate("ColorPicker", "Other colour") + f" {color}"))
            button.show()
        button.setChecked(True)
        if emit:
            self.changed.emit(color)

    def choose_other(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color), self, translate("ColorPicker", "Calendar colour"))
        if chosen.isValid():
            self.set_color(chosen.name(), emit=True)
