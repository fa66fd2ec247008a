"""The first run's pages about the team: the first artists (a name and a calendar colour each)
and the stations (chairs or beds, "macas"). Both may stay empty: Settings → Staff and the
stations add them later. A blank row is left out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.settings.color_picker import PALETTE, ColorPicker
from kronos_desktop.ui.welcome.page import Page, hint

translate = QCoreApplication.translate
MAX_ROWS = 30


class _Row(QWidget):
    """A name, perhaps a colour, and × to take the row away."""

    def __init__(self, page: _RowsPage, number: int, with_color: bool) -> None:
        super().__init__()
        self.page = page
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        self.name = named(QLineEdit(), f"{page.prefix}Name{number}", page.row_name(number))
        self.name.setMaxLength(200)
        self.name.setMinimumWidth(180)
        line.addWidget(self.name, 1)
        self.color: ColorPicker | None = None
        if with_color:
            self.color = ColorPicker()
            self.color.setObjectName(f"{page.prefix}Color{number}")
            for part in self.color.findChildren(QWidget):  # staffColor3 → welcomeArtistColor2Swatch3
                if part.objectName().startswith("staffColor"):
                    tail = part.objectName().removeprefix("staffColor")
                    part.setObjectName(f"{page.prefix}Color{number}{'Swatch' if tail[:1].isdigit() else ''}{tail}")
            line.addWidget(self.color)
        self.remove = named(
            QPushButton("×"), f"{page.prefix}Remove{number}", translate("WelcomeTeam", "Remove this row")
        )
        self.remove.setFixedWidth(36)  # the style's padding leaves room for the × itself
        line.addWidget(self.remove)
        self.name.textEdited.connect(lambda _t: page.edited.emit())
        if self.color is not None:
            self.color.changed.connect(lambda _c: page.edited.emit())
        self.remove.clicked.connect(lambda: page.remove_row(self))


class _RowsPage(Page):
    prefix = ""
    with_color = False

    def __init__(self, words: str, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.addWidget(hint(words, f"{self.prefix}Hint"))
        self.rows: list[_Row] = []
        holder = QWidget()
        self.rows_layout = QVBoxLayout(holder)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName(f"{self.prefix}Scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        self.column.addWidget(scroll, 1)
        self.add_button = named(QPushButton(add_text), f"{self.prefix}Add", add_text)
        self.add_button.clicked.connect(self._add_clicked)
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addStretch(1)
        self.column.addLayout(line)

    def row_name(self, number: int) -> str:
        raise NotImplementedError

    def add_row(self, name: str = "", color: str | None = None) -> _Row | None:
        if len(self.rows) >= MAX_ROWS:
            return None
        row = _Row(self, len(self.rows) + 1, self.with_color)
        row.name.setText(name)
        if row.color is not None:
            used = {r.color.color() for r in self.rows if r.color is not None}
            row.color.set_color(color or next((c for c, _ in PALETTE if c not in used), PALETTE[0][0]))
        self.rows.append(row)
        self.rows_layout.insertWidget(len(self.rows) - 1, row)
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)
        return row

    def _add_clicked(self) -> None:
        row = self.add_row()
        if row is not None:
            row.name.setFocus()
            self.edited.emit()

    def remove_row(self, row: _Row) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.setParent(None)
        row.deleteLater()
        if not self.rows:
            self.add_row()
        self.add_button.setEnabled(True)
        self.edited.emit()

    def set_rows(self, items: list[tuple[str, str | None]]) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            self.rows_layout.removeWidget(row)
            row.setParent(None)
            row.deleteLater()
        for name, color in items or [("", None)]:
            self.add_row(name, color)

    def names(self) -> list[str]:
        return [row.name.text().strip() for row in self.rows if row.name.text().strip()]

    def first_field(self) -> QWidget | None:
        return self.rows[0].name if self.rows else self.add_button

    def problem(self) -> tuple[str, QWidget | None] | None:
        seen: set[str] = set()
        for row in self.rows:
            name = row.name.text().strip().casefold()
            if name and name in seen:
                return self.same_name_text(), row.name
            seen.add(name)
        return None

    def same_name_text(self) -> str:
        raise NotImplementedError

    def typed(self) -> bool:
        return bool(self.names())


class ArtistsPage(_RowsPage):
    key = "artists"
    prefix = "welcomeArtist"
    with_color = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate(
                "WelcomeTeam",
                "Each artist gets a column in the agenda, in their colour. If you tattoo too, add yourself. "
                "Receptionists, managers and more artists can be added later in Settings → Staff.",
            ),
            translate("WelcomeTeam", "+ Add an artist"),
            parent,
        )
        self.add_row()

    def title(self) -> str:
        return translate("WelcomeTeam", "The artists")

    def row_name(self, number: int) -> str:
        return translate("WelcomeTeam", "Artist {number}: name").format(number=number)

    def same_name_text(self) -> str:
        return translate("WelcomeTeam", "Two artists have the same name: tell them apart.")

    def artists(self) -> list[tuple[str, str]]:
        return [
            (row.name.text().strip(), row.color.color() if row.color is not None else PALETTE[0][0])
            for row in self.rows
            if row.name.text().strip()
        ]

    def fill(self, draft: dict[str, Any]) -> None:
        found = draft.get("artists")
        items = [a for a in found if isinstance(a, dict)] if isinstance(found, list) else []
        self.set_rows([(str(a.get("name", "")), str(a["color"]) if a.get("color") else None) for a in items])

    def collect(self, draft: dict[str, Any]) -> None:
        draft["artists"] = [
            {"name": row.name.text().strip(), "color": row.color.color() if row.color is not None else None}
            for row in self.rows
            if row.name.text().strip()
        ]


class StationsPage(_RowsPage):
    key = "stations"
    prefix = "welcomeStation"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate(
                "WelcomeTeam",
                "The studio's chairs and beds (macas): a booking may take one, and the agenda can show a column each.",
            ),
            translate("WelcomeTeam", "+ Add a station"),
            parent,
        )
        self.add_row(self.default_name())

    @staticmethod
    def default_name() -> str:
        return translate("WelcomeTeam", "Station {number}").format(number=1)

    def typed(self) -> bool:
        return self.names() != [self.default_name()]

    def title(self) -> str:
        return translate("WelcomeTeam", "The stations")

    def row_name(self, number: int) -> str:
        return translate("WelcomeTeam", "Station {number}: name").format(number=number)

    def same_name_text(self) -> str:
        return translate("WelcomeTeam", "Two stations have the same name: tell them apart.")

    def fill(self, draft: dict[str, Any]) -> None:
        found = draft.get("stations")
        if isinstance(found, list):
            self.set_rows([(str(name), None) for name in found])

    def collect(self, draft: dict[str, Any]) -> None:
        draft["stations"] = self.names()
