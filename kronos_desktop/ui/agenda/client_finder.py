"""The booking dialog's client: find one as you type (Enter picks), or quick-create one with a
name and a phone, a client with the same phone offered first. Once picked, the client's card:
their name, phone and age, and their health alert in red, never scrolled away (or, for a client
with none, "possible duplicate of a client with a health alert" when they share a phone, e-mail
or document with a client who has one: store/queries/duplicates.health_twins)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
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
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.validation import normalize_phone
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import themed

ID_ROLE = Qt.ItemDataRole.UserRole


class EnterMovesOn(QObject):
    """Enter in a line of text goes to the next field: it never saves the dialog by accident."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                watched.focusNextChild()
                return True
        return False


def error_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


class ClientFinder(QWidget):
    """Search, results, quick-create and the picked client's card."""

    changed = Signal()  # the client picked (or the new client's fields) changed

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("bookingClientFinder")
        self.picked: ClientSummary | None = None
        self.same: list[ClientSummary] = []  # clients with the quick-create's phone
        self.created_id: uuid.UUID | None = None  # the quick-created client, once saved
        self._found: dict[str, ClientSummary] = {}

        self.search = named(QLineEdit(), "bookingClientSearch", self.tr("Find a client"))
        self.search.setPlaceholderText(self.tr("Name or phone of the client"))
        self.search.setClearButtonEnabled(True)
        self.results = named(QListWidget(), "bookingClientResults", self.tr("Clients found"))
        self.results.setMaximumHeight(110)
        self.results.hide()  # until something is found
        self.new_button = named(
            QPushButton(self.tr("New client")), "bookingNewClient", self.tr("New client"),
            self.tr("Register the client with a name and a phone"),
        )  # fmt: skip

        self.new_box = QWidget()
        self.new_box.setObjectName("bookingNewClientBox")
        self.new_name = named(QLineEdit(), "bookingNewClientName", self.tr("New client's full name"))
        self.new_phone = named(QLineEdit(), "bookingNewClientPhone", self.tr("New client's phone"))
        self.new_phone.setPlaceholderText(self.tr("(11) 98765-4321"))
        self.same_line = QLabel()
        self.same_line.setObjectName("bookingSamePhone")
        self.same_line.setWordWrap(True)
        self.same_line.hide()
        self.use_same = named(QPushButton(), "bookingUseSamePhone", self.tr("Use the client with this phone"))
        self.use_same.hide()
        new_form = QFormLayout(self.new_box)
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.addRow(self.tr("Full name *"), self.new_name)
        new_form.addRow(self.tr("Phone"), self.new_phone)
        new_form.addRow(self.same_line)
        new_form.addRow(self.use_same)
        self.new_box.hide()

        self.card = QLabel()
        self.card.setObjectName("bookingClientCard")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.PlainText)
        self.card.setProperty("role", "title")
        self.health = QLabel()
        self.health.setObjectName("bookingHealthAlert")
        self.health.setAccessibleName(self.tr("Health alert"))
        self.health.setProperty("role", "error")
        self.health.setWordWrap(True)
        themed(self.health, "font-weight: bold; color: @error@;")
        self.health.hide()
        self.error = error_label("bookingClientError")

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.results)
        layout.addWidget(self.new_box)
        layout.addWidget(self.card)
        layout.addWidget(self.health)
        layout.addWidget(self.error)

        self._enter = EnterMovesOn(self)
        for line in (self.new_name, self.new_phone):
            line.installEventFilter(self._enter)
        self.search.textEdited.connect(self._search)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._pick_item)
        self.results.itemClicked.connect(self._pick_item)
        self.new_button.clicked.connect(self.start_new)
        self.new_name.textChanged.connect(lambda _t: self.changed.emit())
        self.new_phone.textChanged.connect(self._phone_typed)
        self.use_same.clicked.connect(self._use_same)

    # -- finding -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                row = max(self.results.currentRow(), 0)
                item = self.results.item(row) if self.results.count() else None
                if item is not None:
                    self._pick_item(item)
                return True  # Enter in the search picks; it never saves
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    def artist_scope(self) -> uuid.UUID | None:
        """An artist at the desk finds only their own clients (the records an artist sees)."""
        return self.ctx.who.staff_id if self.ctx.who.role is Role.ARTIST else None

    def _search(self, text: str) -> None:
        reader, artist = self.ctx.reader, self.artist_scope()
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
        self.results.setVisible(bool(found))
        if found:
            self.results.setCurrentRow(0)

    def _pick_item(self, item: QListWidgetItem) -> None:
        one = self._found.get(str(item.data(ID_ROLE)))
        if one is not None:
            self.pick(one)

    def pick(self, one: ClientSummary) -> None:
        """``one`` is the booking's client (the quick-create put away)."""
        self.picked = one
        self.new_box.hide()
        self.search.setText(one.full_name)
        self.results.clear()
        self.results.hide()
        self._show_card()
        self.changed.emit()
        if one.health_alert is None and not one.health_twin:  # found in the list: is it a twin?
            self.ctx.reads.ask(self, "twin", lambda conn: booking_q.client_summary(conn, one.id), self._show_twin)

    def _show_twin(self, fresh: ClientSummary | None) -> None:
        if fresh is not None and self.picked is not None and fresh.id == self.picked.id and fresh.health_twin:
            self.picked = fresh
            self._show_card()

    def _show_card(self) -> None:
        one = self.picked
        if one is None:
            self.card.clear()
            self.health.hide()
            return
        parts = [one.full_name]
        if one.phone:
            parts.append(fmt.phone_text(one.phone))
        age = one.age(self.ctx.today())
        if age is not None:
            parts.append(self.tr("%n year(s) old", "", age))
        self.card.setText(" · ".join(parts))
        if one.health_alert:
            self.health.setText(self.tr("Health alert: {alert}").format(alert=one.health_alert))
            themed(self.health, "font-weight: bold; color: @error@;")
        else:  # a warning, in amber: the alert may be on the client's other record
            self.health.setText(self.tr("Possible duplicate of a client with a health alert"))
            themed(self.health, "font-weight: bold; color: @amber@;")
        self.health.setVisible(bool(one.health_alert) or one.health_twin)

    # -- quick-create ------------------------------------------------------------------------
    def start_new(self) -> None:
        typed = "" if self.picked is not None else self.search.text().strip()  # not a picked name
        if self.picked is not None:
            self.search.clear()
        self.picked = None
        self._show_card()
        if typed and not self.new_name.text() and not self.new_phone.text():
            if any(ch.isalpha() for ch in typed):
                self.new_name.setText(typed)
            else:
                self.new_phone.setText(typed)
        self.new_box.show()
        self.new_name.setFocus()
        self.changed.emit()

    def creating(self) -> bool:
        return self.picked is None and self.new_box.isVisible()

    def new_phone_normalized(self) -> str | None:
        return normalize_phone(self.new_phone.text())

    def _phone_typed(self, text: str) -> None:
        reader, artist = self.ctx.reader, self.artist_scope()
        self.ctx.reads.ask(
            self, "same", lambda conn: booking_q.same_phone(conn, reader, text, artist_id=artist), self._show_same
        )
        self.changed.emit()

    def _show_same(self, same: list[ClientSummary]) -> None:
        self.same = same
        if not same:
            self.same_line.hide()
            self.use_same.hide()
            return
        first = same[0]
        self.same_line.setText(
            self.tr("{name} already has this phone ({phone}).").format(
                name=first.full_name, phone=fmt.phone_text(first.phone)
            )
        )
        self.use_same.setText(self.tr("Book {name}").format(name=first.full_name))
        self.same_line.show()
        self.use_same.show()

    def _use_same(self) -> None:
        if self.same:
            self.pick(self.same[0])

    def typed(self) -> bool:
        return bool(self.search.text().strip() or self.new_name.text().strip() or self.new_phone.text().strip())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
