"""Every interactive widget has a stable objectName and an accessible name; so do actions."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.welcome import WelcomeWizard

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        parent = widget.parentWidget()
        inside_another = False
        while parent is not None and parent is not root:  # parts of a composite widget (a date edit's line edit)
            if isinstance(parent, INTERACTIVE):
                inside_another = True
            parent = parent.parentWidget()
        if inside_another or widget.objectName().startswith("qt_"):
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}")
    return missing


def test_main_window_and_new_client_dialog(window: MainWindow) -> None:
    assert unnamed(window) == []
    window.clients.open_new_client()
    assert window.clients.dialog is not None
    assert unnamed(window.clients.dialog) == []
    actions = [a for a in window.findChildren(QAction) if a.text() and not a.isSeparator() and not a.menu()]
    assert actions
    assert [a.text() for a in actions if not a.objectName()] == []
    names = {w.objectName() for w in window.findChildren(QWidget)}
    assert {"agendaTable", "clientsTable", "salesTable", "clientSearch", "newClientButton", "sectionList",
            "syncState", "deskStaff"} <= names  # fmt: skip


def test_welcome_wizard(window: MainWindow) -> None:
    wizard = WelcomeWizard(window.ctx, window, open_demo=lambda: None)  # every page, built at once
    wizard.artists.add_row("Bia")
    assert unnamed(wizard) == []
