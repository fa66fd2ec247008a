"""The Studio section: the studio's settings, its staff and its history, a tab each. Everyone
sees it; what a role may not change is read-only with the reason (each page follows ctx.who)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.settings.history_page import HistoryPage
from kronos_desktop.ui.settings.staff_page import StaffPage
from kronos_desktop.ui.settings.studio_page import StudioSettingsPage

TABS = ("settings", "staff", "history")


class StudioSection(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studioSection")
        self.settings_page = StudioSettingsPage(ctx)
        self.staff_page = StaffPage(ctx)
        self.history_page = HistoryPage(ctx)
        self.tabs = named(QTabWidget(), "studioTabs", self.tr("Studio"))
        self.tabs.addTab(self.settings_page, self.tr("Settings"))
        self.tabs.addTab(self.staff_page, self.tr("Staff"))
        self.tabs.addTab(self.history_page, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]
