"""The ticket's client, on top of the ticket: find one as you type (Enter picks the first, Down
goes into the list), register a new one ("New client…": name and phone, the likely duplicates
asked about first, ticket_new_client.py), or none for a retail sale; once picked, their name with
Change and No client, and their health alerts in a red banner that never scrolls away."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_core.roles import Role
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.store.queries.booking import ClientSummary
from kronos_desktop.ui.checkout.ticket_new_client import TicketNewClientDialog
from kronos_desktop.ui.checkout.ticket_read import ClientFacts
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import themed

ID_ROLE = Qt.ItemDataRole.UserRole
BANNER = (  # the theme's colours (kronos_desktop/ui/look.py themed)
    "background: @error_bg@; color: @error_text@; border: 1px solid @error_border@; border-radius: 6px;"
    " padding: 6px 10px;"
)


class TicketClientBar(QWidget):
    picked = Signal(object)  # the client's id, or None: no client (a retail sale)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ticketClientBar")
        self.client: ClientFacts | None = None
        self._found: dict[str, ClientSummary] = {}

        caption = QLabel(self.tr("Client"))
        caption.setProperty("role", "caption")
        self.search = named(QLineEdit(), "ticketClientSearch", self.tr("Find the ticket's client"))
        self.search.setPlaceholderText(self.tr("Name or phone of the client (none: a retail sale)"))
        self.search.setClearButtonEnabled(True)
        self.results = named(QListWidget(), "ticketClientResults", self.tr("Clients found"))
        self.results.setMaximumHeight(112)
        self.results.hide()
        self.card = QLabel()
        self.card.setObjectName("ticketClientCard")
        self.card.setTextFormat(Qt.TextFormat.PlainText)
        self.card.setProperty("role", "day")
        self.card.hide()
        self.change_button = named(QPushButton(self.tr("Change")), "ticketClientChange", self.tr("Change the client"))
        self.none_button = named(
            QPushButton(self.tr("No client")), "ticketClientNone", self.tr("No client: a retail sale")
        )
        self.new_button = named(
            QPushButton(self.tr("New client…")), "ticketNewClient", self.tr("New client"),
            self.tr("Register the client with a name and a phone"),
        )  # fmt: skip
        self.dialog: TicketNewClientDialog | None = None
        self.change_button.hide()
        self.none_button.hide()
        self.health = QLabel()
        self.health.setObjectName("ticketHealthAlert")
        self.health.setAccessibleName(self.tr("Health alert"))
        self.health.setWordWrap(True)
        self.health.setTextFormat(Qt.TextFormat.PlainText)
        themed(self.health, BANNER + " font-weight: bold;")
        self.health.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(self.search, 1)
        row.addWidget(self.new_button)
        row.addWidget(self.card, 1)
        row.addWidget(self.change_button)
        row.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.results)
        layout.addWidget(self.health)

        self.search.textEdited.connect(self._search)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._pick_item)
        self.results.itemClicked.connect(self._pick_item)
        self.change_button.clicked.connect(self.change)
        self.new_button.clicked.connect(self.new_client)
        self.none_button.clicked.connect(lambda: self.picked.emit(None))

    # -- finding -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                item = self.results.item(max(self.results.currentRow(), 0)) if self.results.count() else None
                if item is not None:
                    self._pick_item(item)
                return True
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
            if event.key() == Qt.Key.Key_Escape and self.client is not None and self.search.isVisible():
                self.show_client(self.client)  # back to the client there was
                return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        reader = self.ctx.reader
        artist = self.ctx.who.staff_id if self.ctx.who.role is Role.ARTIST else None
        self.ctx.reads.ask(
            self, "clients", lambda conn: booking_q.find_clients(conn, reader, text, artist_id=artist), self._show_found
        )

    def _show_found(self, found: list[ClientSummary]) -> None:
        self.results.clear()
        self._found = {}
        for one in found:
            text = one.full_name + (f" · {fmt.phone_text(one.phone)}" if one.phone else "")
            if one.health_alert:
                text = "⚠ " + text
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, str(one.id))
            self._found[str(one.id)] = one
            self.results.addItem(item)
        self.results.setVisible(bool(found) and bool(self.search.text().strip()))
        if found:
            self.results.setCurrentRow(0)

    def _pick_item(self, item: QListWidgetItem) -> None:
        one = self._found.get(str(item.data(ID_ROLE)))
        if one is not None:
            self.results.hide()
            self.picked.emit(one.id)

    def new_client(self) -> TicketNewClientDialog:
        """Register the client (what was typed in the search to start with); the ticket takes
        them, or the one already registered that the person chose."""
        dialog = TicketNewClientDialog(self.ctx, self.search.text(), self.window())
        dialog.chosen.connect(self.picked.emit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_a: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- showing -----------------------------------------------------------------------------
    def change(self) -> None:
        """Find another client (the one there is stays until another is picked)."""
        self.card.hide()
        self.change_button.hide()
        self.search.show()
        self.new_button.show()
        self.search.clear()
        self.none_button.setVisible(self.client is not None)
        self.search.setFocus()

    def show_client(self, client: ClientFacts | None) -> None:
        self.client = client
        self.results.hide()
        self.results.clear()
        if client is None:
            self.card.hide()
            self.change_button.hide()
            self.none_button.hide()
            self.search.show()
            self.new_button.show()
            self.search.clear()
            self.health.hide()
            return
        parts = [client.full_name]
        if client.phone:
            parts.append(fmt.phone_text(client.phone))
        self.card.setText(" · ".join(parts))
        self.card.setAccessibleName(self.tr("Client: {name}").format(name=client.full_name))
        self.card.show()
        self.change_button.show()
        self.none_button.show()
        self.search.hide()
        self.new_button.hide()
        if client.alerts:
            self.health.setText(self.tr("Health alert: {alert}").format(alert=" · ".join(client.alerts)))
        self.health.setVisible(bool(client.alerts))

    def client_id(self) -> uuid.UUID | None:
        return self.client.id if self.client is not None else None
