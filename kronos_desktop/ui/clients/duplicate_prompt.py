"""Before a client is created: "this client may already be registered".

The likely duplicates of the client being created (kronos_core/duplicates.py, found on the desk by
store/queries/duplicates.find_duplicates), each with their name, phone, last visit and why they
look alike, best first; the person opens that one ("Open that one", the main action: Enter),
creates the new record anyway, or goes back to the form (Cancel, Esc: nothing typed is lost, the
form is still there). An artist sees a phone masked but for its last four digits (a record an
artist has not booked is none of theirs).

Two ways in:

- :func:`check_duplicates` asks the reader thread (``ctx.reads``) and hands the list to a function
  of the GUI thread: the calendar's quick-create (ui/agenda/booking_save.py) does that, then
  :func:`ask_about_duplicates` with the list;
- :func:`ask_about_duplicates` without a list reads it itself on the reader thread, waiting in a
  local event loop (the window keeps painting), and asks only when there is something to ask.

The New-client dialog calls, before it creates::

    choice = ask_about_duplicates(self, self.ctx, Person(full_name, phone=phone, email=email,
                                  document=document_number, birth_date=birth_date))
    if choice.action is DuplicateAction.OPEN: open the record choice.client_id, close this form
    elif choice.action is DuplicateAction.CANCEL: stay in the form, as it is
    else: create
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_core.duplicates import Person, Reason
from kronos_core.roles import Role
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.duplicates import Duplicate, find_duplicates
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole


class DuplicateAction(enum.Enum):
    CREATE = "create"  # none found, or "Create anyway"
    OPEN = "open"  # "Open that one": ``client_id``
    CANCEL = "cancel"  # back to the form


@dataclass(frozen=True)
class DuplicateChoice:
    action: DuplicateAction
    client_id: uuid.UUID | None = None


def reason_text(reason: Reason) -> str:
    texts = {
        Reason.SAME_DOCUMENT: translate("DuplicatePrompt", "same document"),
        Reason.SAME_PHONE: translate("DuplicatePrompt", "same phone"),
        Reason.SAME_EMAIL: translate("DuplicatePrompt", "same e-mail"),
        Reason.NAME_AND_BIRTH: translate("DuplicatePrompt", "similar name and same birth date"),
        Reason.SIMILAR_NAME: translate("DuplicatePrompt", "similar name"),
    }
    return texts[reason]


def masked_phone(phone: str | None) -> str:
    """A phone with its last four digits alone: ``+55 (11) *****-4321``."""
    shown = fmt.phone_text(phone)
    digits_seen, out = 0, []
    for ch in reversed(shown):
        if ch.isdigit():
            digits_seen += 1
            out.append(ch if digits_seen <= 4 else "*")
        else:
            out.append(ch)
    return "".join(reversed(out))


def _reader(ctx: DeskContext, candidate: Person) -> Callable[[Connection], list[Duplicate]]:
    artist = ctx.who.staff_id if ctx.who.role is Role.ARTIST else None

    def read(conn: Connection) -> list[Duplicate]:
        here = desk_q.here(conn)
        if here.studio_id is None:
            return []
        found = find_duplicates(conn, here.studio_id, candidate, artist_id=artist)
        zone = here.zone  # the last visit's day in the studio's time zone
        return [replace(d, last_visit=d.last_visit.astimezone(zone)) if d.last_visit else d for d in found]

    return read


def check_duplicates(
    owner: QWidget, ctx: DeskContext, candidate: Person, then: Callable[[list[Duplicate]], None]
) -> None:
    """Find ``candidate``'s likely duplicates on the reader thread; ``then`` gets them on the GUI
    thread (an artist: among their own clients)."""
    ctx.reads.ask(owner, "duplicates", _reader(ctx, candidate), then)


class DuplicatePrompt(KeyedDialog):
    """The likely duplicates of a client about to be created, and what to do."""

    def __init__(self, ctx: DeskContext, found: list[Duplicate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found = found
        self.choice = DuplicateChoice(DuplicateAction.CANCEL)
        self.setObjectName("duplicatePrompt")
        self.setWindowTitle(self.tr("Already registered?"))
        self.setAccessibleName(self.tr("Already registered?"))
        self.setModal(True)
        self.setMinimumWidth(760)  # the reasons read whole (1024×600 holds it)

        heading = QLabel(
            self.tr("This client may already be registered. Open that record, or create a new one anyway.")
        )
        heading.setObjectName("duplicateHeading")
        heading.setWordWrap(True)
        self.table = named(QTreeWidget(), "duplicateList", self.tr("Clients who may be the same person"))
        self.table.setColumnCount(4)
        self.table.setHeaderLabels([self.tr("Client"), self.tr("Phone"), self.tr("Last visit"), self.tr("Why")])
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setUniformRowHeights(True)
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        masked = ctx.who.role is Role.ARTIST
        for one in found:
            name = one.full_name if not one.preferred_name else f"{one.full_name} ({one.preferred_name})"
            if one.health_alert:
                name = "⚠ " + name
            last = fmt.date_text(one.last_visit.date()) if one.last_visit else self.tr("never")
            phone = masked_phone(one.phone) if masked else fmt.phone_text(one.phone)
            why = ", ".join(reason_text(r) for r in one.reasons)
            item = QTreeWidgetItem([name, phone, last, why])
            item.setToolTip(3, why)
            item.setData(0, ID_ROLE, str(one.id))
            if one.health_alert:
                item.setToolTip(0, self.tr("Health alert: {alert}").format(alert=one.health_alert))
            self.table.addTopLevelItem(item)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self.table.itemActivated.connect(lambda _item, _column: self._open())

        self.open_button = named(QPushButton(self.tr("Open that one")), "duplicateOpen", self.tr("Open that one"))
        self.create_button = named(
            QPushButton(self.tr("Create anyway")), "duplicateCreate", self.tr("Create anyway"),
            self.tr("Register a new client: they are someone else"),
        )  # fmt: skip
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "duplicateCancel", self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self._open)
        self.create_button.clicked.connect(self._create)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def primary_button(self) -> QPushButton | None:
        return self.open_button

    def _open(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        self.choice = DuplicateChoice(DuplicateAction.OPEN, uuid.UUID(str(item.data(0, ID_ROLE))))
        self.accept()

    def _create(self) -> None:
        self.choice = DuplicateChoice(DuplicateAction.CREATE)
        self.accept()


def _wait(future: Future[list[Duplicate]]) -> list[Duplicate]:
    """The read's answer, the GUI's events going on while it runs."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: loop.quit() if future.done() else None)
    timer.start()
    if not future.done():
        loop.exec()
    timer.stop()
    return future.result()


def ask_about_duplicates(
    parent: QWidget | None, ctx: DeskContext, candidate: Person, found: list[Duplicate] | None = None
) -> DuplicateChoice:
    """Create, open a likely duplicate, or go back: asked only when ``candidate`` has likely
    duplicates (``found``, or read now on the reader thread); with none, create."""
    if found is None:
        found = _wait(ctx.reader.submit(_reader(ctx, candidate)))
    if not found:
        return DuplicateChoice(DuplicateAction.CREATE)
    prompt = DuplicatePrompt(ctx, found, parent)
    prompt.exec()
    return prompt.choice
