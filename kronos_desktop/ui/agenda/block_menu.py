"""A booking's actions, in its context menu and on keys: Edit…, Confirm, Check in, Start,
Complete, No-show, Cancel…, the client's consent form (Consent form…: client mode, for this
booking) and the session's traceability record (Session record…, once the client is in).

Each is offered only when the status table allows the move forward (kronos_core.transitions)
and the person at the desk may make it (an artist: their own bookings only). The moves back
(a cancellation taken back, a check-in by mistake) are Undo's (Ctrl+Z), not the menu's. Time
off offers only Edit… and Cancel….

A completed booking also offers "Open ticket" (the Caixa with the booking's ticket: its open one,
or a new one with its service line), and a booking just completed is offered the same with
:func:`offer_ticket` ("Open a ticket for this booking?"). The Caixa page registers the opener
(:func:`set_ticket_opener`, ui/checkout/view.py); with none registered neither is offered.

A booking with a client, not yet over, offers "Take deposit…" (the deposit dialog for this
booking: ui/checkout/deposit_dialog.py) to the front desk; the client record's Deposits tab
registers the opener (:func:`set_deposit_opener`, ui/clients/record_deposits.py).
"""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from kronos_core import transitions
from kronos_core.roles import FRONT_DESK, Role
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES
from kronos_desktop.store.queries.booking import Booking
from kronos_desktop.ui.common.widgets import named

translate = QCoreApplication.translate

# The day's order of an open booking: a status action is offered only forward along it.
ORDER = {"booked": 0, "confirmed": 1, "checked_in": 2, "in_progress": 3, "completed": 4}


@dataclass(frozen=True)
class Item:
    key: str  # "edit", "cancel", or the status it sets
    name: str  # objectName of its action
    label: Callable[[], str]
    shortcut: str  # the key that does it on a selected booking


ITEMS = (
    Item("edit", "blockEdit", lambda: translate("BlockMenu", "Edit…"), "E"),
    Item("confirmed", "blockConfirm", lambda: translate("BlockMenu", "Confirm"), "C"),
    Item("checked_in", "blockCheckIn", lambda: translate("BlockMenu", "Check in"), "I"),
    Item("in_progress", "blockStart", lambda: translate("BlockMenu", "Start"), "S"),
    Item("completed", "blockComplete", lambda: translate("BlockMenu", "Complete"), "D"),
    Item("no_show", "blockNoShow", lambda: translate("BlockMenu", "No-show"), "X"),
    Item("cancel", "blockCancel", lambda: translate("BlockMenu", "Cancel…"), "Del"),
    Item("form", "blockConsentForm", lambda: translate("BlockMenu", "Consent form…"), "F"),
    Item("record", "blockSessionRecord", lambda: translate("BlockMenu", "Session record…"), "R"),
)
# A session's traceability record is written once the client is in (session_flow.py opens it).
RECORDED = frozenset({"checked_in", "in_progress", "completed"})
# A consent form is filled in for a booking not yet over (client mode: ui/clients/client_mode.py).
FORM_STATUSES = frozenset({"booked", "confirmed", "checked_in", "in_progress"})


# The Caixa's "open this booking's ticket", as the Caixa page registered it (a weak reference to
# its bound method: a window closed takes its opener with it).
_opener: weakref.WeakMethod[Callable[[uuid.UUID], None]] | None = None
TICKET_STATUSES = frozenset({"completed"})


def set_ticket_opener(opener: Callable[[uuid.UUID], None] | None) -> None:
    """The Caixa page's method that shows a booking's ticket (None: no ticket is offered)."""
    global _opener
    _opener = weakref.WeakMethod(opener) if opener is not None else None


def ticket_opener() -> Callable[[uuid.UUID], None] | None:
    opener = _opener() if _opener is not None else None
    owner: Any = getattr(opener, "__self__", None)
    if opener is None or (owner is not None and not shiboken6.isValid(owner)):
        return None
    return opener


# The deposit dialog's "take a deposit for this booking": (client id, booking id) -> None.
_deposit_opener: weakref.WeakMethod[Callable[[uuid.UUID, uuid.UUID], None]] | None = None


def set_deposit_opener(opener: Callable[[uuid.UUID, uuid.UUID], None] | None) -> None:
    """The method that opens the deposit dialog for a client's booking (None: not offered)."""
    global _deposit_opener
    _deposit_opener = weakref.WeakMethod(opener) if opener is not None else None


def deposit_opener() -> Callable[[uuid.UUID, uuid.UUID], None] | None:
    opener = _deposit_opener() if _deposit_opener is not None else None
    owner: Any = getattr(opener, "__self__", None)
    if opener is None or (owner is not None and not shiboken6.isValid(owner)):
        return None
    return opener


def open_ticket(appointment_id: uuid.UUID) -> bool:
    """Show the booking's ticket in the Caixa; False when there is no Caixa to show it."""
    opener = ticket_opener()
    if opener is None:
        return False
    opener(appointment_id)
    return True


def offer_ticket(parent: QWidget, appointment_id: uuid.UUID) -> QMessageBox | None:
    """After "Complete": "Open a ticket for this booking?" (Open ticket / Not now; window-modal)."""
    if ticket_opener() is None:
        return None
    box = QMessageBox(parent)
    box.setObjectName("offerTicket")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("BlockMenu", "Booking completed"))
    box.setText(translate("BlockMenu", "Open a ticket for this booking?"))
    yes = box.addButton(translate("BlockMenu", "Open ticket"), QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("offerTicketYes")
    no = box.addButton(translate("BlockMenu", "Not now"), QMessageBox.ButtonRole.RejectRole)
    no.setObjectName("offerTicketNo")
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: open_ticket(appointment_id) if button is yes else None)
    box.open()
    return box


def may_act(found: Booking, staff_id: uuid.UUID | None, role: Role | None) -> bool:
    """Whether the person at the desk may change this booking (an artist: their own only)."""
    return not (role is Role.ARTIST and staff_id != found.artist_id)


def enabled(key: str, found: Booking, staff_id: uuid.UUID | None, role: Role | None) -> bool:
    """Whether the action ``key`` is offered for ``found`` to the person at the desk."""
    if not may_act(found, staff_id, role):
        return False
    status = found.status
    if key == "edit":
        return status in ACTIVE_APPOINTMENT_STATUSES
    if key == "record":
        return found.kind != "block" and status in RECORDED
    if key == "form":  # the client fills in and signs, in client mode, before the needle
        return found.kind != "block" and found.client is not None and status in FORM_STATUSES
    if key == "cancel":
        return status != "cancelled" and transitions.allowed("appointment", status, "cancelled")
    if found.kind == "block" or key == status:
        return False
    if not transitions.allowed("appointment", status, key):
        return False
    if key == "no_show":
        return status in ACTIVE_APPOINTMENT_STATUSES
    return status in ORDER and ORDER[key] > ORDER[status]  # forward only: back is Undo's


def block_menu(
    found: Booking,
    staff_id: uuid.UUID | None,
    role: Role | None,
    act: Callable[[str], None],
    parent: QWidget | None = None,
) -> QMenu:
    """The context menu of ``found``; ``act(key)`` runs the action chosen."""
    menu = QMenu(parent)
    menu.setObjectName("blockMenu")
    menu.setAccessibleName(translate("BlockMenu", "Booking actions"))
    for at, item in enumerate(ITEMS):
        if at in (1, 6, 7):  # before Confirm, Cancel… and the forms
            menu.addSeparator()
        action = named(menu.addAction(item.label()), item.name, item.label().rstrip("…"))
        action.setShortcut(QKeySequence(item.shortcut))
        action.setShortcutVisibleInContextMenu(True)
        action.setEnabled(enabled(item.key, found, staff_id, role))
        key = item.key
        action.triggered.connect(lambda _checked=False, key=key: act(key))
    if found.kind != "block" and found.status in TICKET_STATUSES and ticket_opener() is not None:
        menu.addSeparator()
        label = translate("BlockMenu", "Open ticket")
        ticket = named(menu.addAction(label), "blockOpenTicket", label)
        ticket.setEnabled(may_act(found, staff_id, role))
        booking_id = found.id
        ticket.triggered.connect(lambda _checked=False: open_ticket(booking_id))
    take = deposit_opener()
    if found.kind != "block" and found.client is not None and found.status in FORM_STATUSES and take is not None:
        menu.addSeparator()
        label = translate("BlockMenu", "Take deposit…")
        deposit = named(menu.addAction(label), "blockTakeDeposit", label.rstrip("…"))
        deposit.setEnabled(role in FRONT_DESK)
        client_id, booking_id = found.client.id, found.id
        deposit.triggered.connect(lambda _checked=False: take(client_id, booking_id))
    return menu
