"""The main window: a section list (Agenda, Clients, Checkout) beside the section shown,
the menus, and the status bar. Each section lives in its own module."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import kronos_core
from kronos_desktop import i18n
from kronos_desktop.ui.agenda.view import AgendaView
from kronos_desktop.ui.checkout.view import CheckoutView
from kronos_desktop.ui.clients.view import ClientsView
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.sync.inbox import ConflictsDialog
from kronos_desktop.ui.sync.status_bar import DeskStatusBar

SECTIONS = ("agenda", "clients", "checkout")
PREFERRED = QSize(1280, 800)
# Small enough for a 1024x600 counter screen with a taskbar and the window's title bar.
MINIMUM = QSize(800, 480)


def fitting_size(available: QSize) -> QSize:
    """The window's first size: the preferred one, shrunk to the screen's free area (less room
    for the window's frame), never below the minimum."""
    frame = QSize(16, 40)
    return PREFERRED.boundedTo(available - frame).expandedTo(MINIMUM)


class MainWindow(QMainWindow):
    def __init__(self, ctx: DeskContext, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setAccessibleName("KRONOS")
        self.setMinimumSize(MINIMUM)
        self.resize(fitting_size(self.screen().availableGeometry().size()))

        self.agenda = AgendaView(ctx)
        self.clients = ClientsView(ctx)
        self.checkout = CheckoutView(ctx)
        self.stack = QStackedWidget()
        self.stack.setObjectName("sectionStack")
        self.nav = named(QListWidget(), "sectionList", self.tr("Sections"))
        self.brand_studio = QLabel()
        self.brand_studio.setObjectName("brandStudio")
        self.brand_studio.setWordWrap(True)
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(200)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        brand = QLabel("KRONOS")
        brand.setObjectName("brandName")
        side.addWidget(brand)
        side.addWidget(self.brand_studio)
        side.addWidget(self.nav, 1)
        labels = {
            "agenda": self.tr("Agenda"),
            "clients": self.tr("Clients"),
            "checkout": self.tr("Checkout"),
        }
        shortcuts = {"agenda": "Ctrl+1", "clients": "Ctrl+2", "checkout": "Ctrl+3"}
        for key, view in zip(SECTIONS, (self.agenda, self.clients, self.checkout), strict=True):
            item = QListWidgetItem(labels[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{labels[key]} ({shortcuts[key]})")
            item.setSizeHint(QSize(180, 44))
            self.nav.addItem(item)
            self.stack.addWidget(view)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        central.setObjectName("central")
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = DeskStatusBar(ctx, self)
        self.setStatusBar(self.status)
        self.status.conflicts_requested.connect(self.show_conflicts)
        self.conflicts_dialog: ConflictsDialog | None = None
        # Asking before quitting with changes not yet on the server (off for a programmatic close).
        self.confirm_quit = True
        self._build_menus(shortcuts)
        self.nav.setCurrentRow(0)
        ctx.hub.rows_changed.connect(self._on_rows_changed)
        self._update_title()

    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self, shortcuts: dict[str, str]) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        conflicts_action = named(
            QAction(self.tr("Review &conflicts…"), self), "conflictsAction", self.tr("Review conflicts")
        )
        conflicts_action.triggered.connect(self.show_conflicts)
        file_menu.addAction(conflicts_action)
        file_menu.addSeparator()
        quit_action = named(QAction(self.tr("&Quit"), self), "quitAction", self.tr("Quit KRONOS"))
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.setObjectName("goMenu")
        for row, key in enumerate(SECTIONS):
            item = self.nav.item(row)
            action = named(QAction(item.text(), self), f"goto_{key}", item.text())
            action.setShortcut(QKeySequence(shortcuts[key]))
            action.triggered.connect(lambda _checked=False, r=row: self.nav.setCurrentRow(r))
            go_menu.addAction(action)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.setObjectName("settingsMenu")
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        names = {"pt_BR": "Português (Brasil)", "en": "English"}
        for code in i18n.LANGUAGES:
            action = named(QAction(names[code], self), f"language_{code}", names[code])
            action.setCheckable(True)
            action.setChecked(code == self.ctx.language)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_group.addAction(action)
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        about_action = named(QAction(self.tr("&About KRONOS"), self), "aboutAction", self.tr("About KRONOS"))
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def choose_language(self, code: str) -> None:
        if self.settings is not None:
            i18n.save_language(self.settings, code)
        if code == self.ctx.language:
            return
        box = QMessageBox(self)
        box.setObjectName("languageChangedDialog")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language"))
        box.setText(self.tr("The new language will be used the next time KRONOS starts."))
        box.open()

    def about_text(self) -> str:
        return self.tr(
            "<h3>KRONOS {version}</h3>"
            "<p>Front desk for tattoo studios: agenda, clients and checkout.</p>"
            "<p>Works on its own, without internet; the studio's data stays on this computer.</p>"
        ).format(version=kronos_core.__version__)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setWindowTitle(self.tr("About KRONOS"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.open()

    def show_conflicts(self) -> ConflictsDialog:
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.ctx, self)
        self.conflicts_dialog.view.refresh()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        return self.conflicts_dialog

    def waiting_changes(self) -> int:
        """Changes this desk recorded that have not reached its server (0 for a standalone desk)."""
        sync = self.ctx.sync
        if sync is None or not sync.connected:
            return 0
        return sync.state().pending

    def closeEvent(self, event: QCloseEvent) -> None:
        waiting = self.waiting_changes()
        if self.confirm_quit and waiting:
            box = QMessageBox(self)
            box.setObjectName("quitWithChangesDialog")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Changes not sent yet"))
            box.setText(self.tr("%Ln change(s) have not reached the server yet.", "", waiting))
            box.setInformativeText(
                self.tr(
                    "They are kept safely on this computer and will be sent the next time KRONOS is open "
                    "and online. Quit anyway?"
                )
            )
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        event.accept()

    # -- state -----------------------------------------------------------------------------
    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(SECTIONS.index(key))

    def current_section(self) -> str:
        return SECTIONS[self.stack.currentIndex()]

    def _on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if {"studio", "replica"} & changed.keys():
            self._update_title()

    def _update_title(self) -> None:
        studio = self.ctx.studio()
        self.setWindowTitle(f"KRONOS — {studio.name}" if studio is not None else "KRONOS")
        self.brand_studio.setText(studio.name if studio is not None else "")
