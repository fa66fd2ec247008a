"""The first run's last page: everything typed, to read once before Create (Back changes it)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QWidget

from kronos_core.brazil import STATES
from kronos_core.hours import WEEKDAYS, HoursProblem, parse_week
from kronos_desktop.ui.settings.hours_editor import day_name
from kronos_desktop.ui.settings.studio_form_words import pix_kind_text
from kronos_desktop.ui.welcome.page import Page, hint
from kronos_desktop.ui.welcome.zones import zone_text


class SummaryPage(Page):
    key = "summary"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.addWidget(
            hint(
                self.tr("Check what you typed; Back changes it. Everything can be changed later in Settings."),
                "welcomeSummaryHint",
            )
        )
        holder = QWidget()
        self.form = QFormLayout(holder)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("studio", self.tr("Studio")),
            ("zone", self.tr("Time zone")),
            ("state", self.tr("State")),
            ("hours", self.tr("Opening hours")),
            ("owner", self.tr("Owner")),
            ("artists", self.tr("Artists")),
            ("stations", self.tr("Stations")),
            ("pix", self.tr("PIX")),
        )
        for name, label in rows:
            value = QLabel()
            value.setObjectName(f"welcomeSummary{name.title()}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.values[name] = value
            self.form.addRow(label, value)
        scroll = QScrollArea()
        scroll.setObjectName("welcomeSummaryScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        self.column.addWidget(scroll, 1)

    def title(self) -> str:
        return self.tr("Ready to create the studio")

    def show_draft(self, draft: dict[str, Any]) -> None:
        none = f"<i>{html.escape(self.tr('none yet'))}</i>"
        state = str(draft.get("state") or "")
        artists = [a for a in draft.get("artists") or [] if isinstance(a, dict)]
        stations = [str(s) for s in draft.get("stations") or []]
        texts = {
            "studio": html.escape(str(draft.get("studio_name") or "")),
            "zone": html.escape(zone_text(str(draft.get("timezone") or ""))),
            "state": html.escape(f"{state} — {STATES[state]}") if state in STATES else none,
            "hours": self._hours(draft.get("opening_hours")),
            "owner": html.escape(str(draft.get("owner_name") or "")),
            "artists": "<br>".join(
                f'<span style="color:{html.escape(str(a.get("color") or "#888888"))}">■</span> '
                + html.escape(str(a.get("name", "")))
                for a in artists
            )
            or none,
            "stations": html.escape(", ".join(stations)) or none,
            "pix": self._pix(draft),
        }
        for name, text in texts.items():
            self.values[name].setText(text)

    def _hours(self, raw: object) -> str:
        try:
            week = parse_week(raw)
        except HoursProblem:
            return ""
        lines: list[str] = []
        start = 0
        while start < len(WEEKDAYS):
            end = start
            while end + 1 < len(WEEKDAYS) and week.days[end + 1] == week.days[start]:
                end += 1
            spans = week.days[start]
            days = day_name(WEEKDAYS[start])
            if end > start:
                days = self.tr("{first} to {last}").format(first=days, last=day_name(WEEKDAYS[end]))
            times = ", ".join(f"{a}–{b}" for a, b in (s.text() for s in spans)) or self.tr("closed")
            lines.append(html.escape(f"{days}: {times}"))
            start = end + 1
        return "<br>".join(lines)

    def _pix(self, draft: dict[str, Any]) -> str:
        key, kind = draft.get("pix_key"), draft.get("pix_key_kind")
        if not key or not kind:
            return f"<i>{html.escape(self.tr('not set (Settings → Studio later)'))}</i>"
        merchant = f"{draft.get('merchant_name') or ''}, {draft.get('merchant_city') or ''}"
        return html.escape(f"{pix_kind_text(str(kind))}: {key}") + "<br>" + html.escape(merchant)
