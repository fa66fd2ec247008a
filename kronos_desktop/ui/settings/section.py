"""The Studio section: the studio's settings, its staff, its history, its health questionnaire and
consent, its inks and materials (issue 14), its products (issue 15) and this desk's cash-drawer
printer (issue 16: a desk's own setting, kept in its QSettings) and its backups (issue 17: its
copies, their folder, a restore), a tab each. Everyone sees
it; what a role may not change is read-only with the reason (each page follows ctx.who)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.settings.backups_page import BackupsPage
from kronos_desktop.ui.settings.drawer_printer_page import DrawerPrinterPage
from kronos_desktop.ui.settings.form_template_page import FormTemplatePage
from kronos_desktop.ui.settings.history_page import HistoryPage
from kronos_desktop.ui.settings.materials_page import MaterialsPage
from kronos_desktop.ui.settings.products_page import ProductsPage
from kronos_desktop.ui.settings.staff_page import StaffPage
from kronos_desktop.ui.settings.studio_page import StudioSettingsPage

TABS = ("settings", "staff", "history", "questionnaire", "materials", "products", "drawer", "backups")


class StudioSection(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studioSection")
        self.settings_page = StudioSettingsPage(ctx)
        self.staff_page = StaffPage(ctx)
        self.history_page = HistoryPage(ctx)
        self.questionnaire_page = FormTemplatePage(ctx)
        self.materials_page = MaterialsPage(ctx)
        self.products_page = ProductsPage(ctx)
        self.drawer_page = DrawerPrinterPage()
        self.backups_page = BackupsPage(ctx)
        self.tabs = named(QTabWidget(), "studioTabs", self.tr("Studio"))
        self.tabs.addTab(self.settings_page, self.tr("Settings"))
        self.tabs.addTab(self.staff_page, self.tr("Staff"))
        self.tabs.addTab(self.history_page, self.tr("History"))
        self.tabs.addTab(self.questionnaire_page, self.tr("Questionnaire"))
        self.tabs.addTab(self.materials_page, self.tr("Inks and materials"))
        self.tabs.addTab(self.products_page, self.tr("Products"))
        self.tabs.addTab(self.drawer_page, self.tr("Cash drawer"))
        self.tabs.addTab(self.backups_page, self.tr("Backups"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]
