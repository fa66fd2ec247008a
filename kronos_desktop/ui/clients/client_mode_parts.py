"""The pieces of client mode (:mod:`client_mode`): a signature pad with its Undo and Clear, the ID
checked (kind and number), and the staff's PIN check (the lock screen's picker and PIN pad, the
same PIN check and lockout count), which both leaves client mode and confirms the witness."""

from __future__ import annotations

import datetime as dt
import logging
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kronos_core.instants import utcnow
from kronos_desktop.store import pin_lockout
from kronos_desktop.store.pin_lockout import Lockout
from kronos_desktop.store.queries import desk_lock as q
from kronos_desktop.ui.clients.client_form import DOCUMENT_TYPES
from kronos_desktop.ui.clients.signature_pad import SignaturePad
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.lock.picker import Picker, countdown
from kronos_desktop.ui.lock.pin_pad import PinPad

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

BIG_BUTTON = "QPushButton { font-size: 22px; min-height: 56px; padding: 4px 22px; }"
SMALL_BUTTON = "QPushButton { font-size: 18px; min-height: 48px; padding: 2px 16px; }"


def big_button(text: str, object_name: str, accessible: str, *, primary: bool = False) -> QPushButton:
    button = named(QPushButton(text), object_name, accessible)
    button.setStyleSheet(BIG_BUTTON)
    if primary:
        button.setProperty("kind", "primary")
    return button


PAD_MIN_H = 130  # a signature's room, whatever the screen


class SignatureBox(QWidget):
    """A caption, the pad, and Undo / Clear under it (large, for a finger). :meth:`fit` keeps
    the three within a height (a scrolled page's view), so all of it is seen at once."""

    def __init__(self, caption: str, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}Box")
        self.caption = QLabel(caption)
        self.caption.setObjectName(f"{prefix}Caption")
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("QLabel { font-size: 22px; font-weight: 700; }")
        self.pad = SignaturePad(object_name=f"{prefix}Pad")
        self.pad.setAccessibleName(caption)
        self.pad.setMinimumHeight(PAD_MIN_H)
        self.undo_button = named(
            QPushButton(translate("ClientMode", "Undo a stroke")),
            f"{prefix}Undo",
            translate("ClientMode", "Undo the last stroke"),
        )
        self.clear_button = named(
            QPushButton(translate("ClientMode", "Clear")),
            f"{prefix}Clear",
            translate("ClientMode", "Clear the signature"),
        )
        for button in (self.undo_button, self.clear_button):
            button.setStyleSheet(SMALL_BUTTON)
        self.undo_button.clicked.connect(self.pad.undo)
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._refresh)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self._column = column
        column.addWidget(self.caption)
        column.addWidget(self.pad)
        column.addLayout(buttons)
        self._refresh()

    def fit(self, room: int) -> None:
        """The pad no taller than leaves the caption and the buttons within ``room`` pixels."""
        width = max(self.width(), 1)
        caption = self.caption.heightForWidth(width) if self.caption.wordWrap() else -1
        caption = max(caption, self.caption.sizeHint().height())
        buttons = max(self.undo_button.sizeHint().height(), self.undo_button.minimumHeight())
        spacing = 2 * max(self._column.spacing(), 0)
        self.pad.setMaximumHeight(max(PAD_MIN_H, room - caption - buttons - spacing))

    def _refresh(self) -> None:
        drawn = not self.pad.is_empty()
        self.undo_button.setEnabled(drawn)
        self.clear_button.setEnabled(drawn)


class IdFields(QWidget):
    """The ID document checked: its kind and number on one row."""

    def __init__(self, label: str, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}Id")
        self.label = QLabel(label)
        self.label.setObjectName(f"{prefix}IdLabel")
        self.kind = named(
            QComboBox(), f"{prefix}DocumentType", translate("ClientMode", "{what}: document type").format(what=label)
        )
        for code in DOCUMENT_TYPES:
            self.kind.addItem(fmt.document_type_label(code), code)
        self.number = named(
            QLineEdit(),
            f"{prefix}DocumentNumber",
            translate("ClientMode", "{what}: document number").format(what=label),
        )
        self.number.setMaxLength(32)
        self.number.setPlaceholderText(translate("ClientMode", "Document number"))
        self.kind.setMinimumHeight(48)
        self.number.setMinimumHeight(48)
        self.label.setBuddy(self.number)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.kind)
        row.addWidget(self.number, 1)

    def set_document(self, kind: str | None, number: str | None) -> None:
        index = self.kind.findData((kind or "").lower())
        if index >= 0:
            self.kind.setCurrentIndex(index)
        self.number.setText(number or "")

    def document(self) -> tuple[str | None, str | None]:
        """(kind, number), both None when no number was typed."""
        number = self.number.text().strip()
        return (str(self.kind.currentData()), number) if number else (None, None)


class StaffCheck(QWidget):
    """A staff member picks their name and types their PIN; ``confirmed(Member)`` when right.

    The same picker and PIN pad as the lock screen, the same check (the synced hash, on the
    reader thread) and the same lockout count (on the writer thread); the desk's own member
    does not change."""

    confirmed = Signal(object)  # Member
    back = Signal()
    _counted = Signal(object, object)  # (Member, Future[Lockout])

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("clientModeStaffCheck")
        self.title = QLabel()
        self.title.setObjectName("clientModeStaffTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("QLabel { font-size: 24px; font-weight: 700; color: palette(link); }")
        self.notice = QLabel()
        self.notice.setObjectName("clientModeStaffNotice")
        self.notice.setProperty("role", "error")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.picker = Picker(utcnow, self)
        self.pad = PinPad(self)
        self.pages = QStackedWidget()
        self.pages.setObjectName("clientModeStaffPages")
        self.pages.addWidget(self.picker)
        scroll = QScrollArea()  # the window's style sheet gives it a finger's scroll bar
        scroll.setObjectName("clientModePinScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.pad)
        self.pad_page = scroll
        self.pages.addWidget(self.pad_page)
        self.back_button = big_button(
            translate("ClientMode", "Back to the form"),
            "clientModeBackToForm",
            translate("ClientMode", "Back to the form"),
        )
        self.back_button.clicked.connect(self.back)
        head = QHBoxLayout()  # "Back to the form" beside the title: the pad keeps the height
        head.addWidget(self.title, 1)
        head.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self.picker.picked.connect(self.pick)
        self.pad.submitted.connect(self.check)
        self.pad.back.connect(self.show_picker)
        self._counted.connect(self._on_counted, Qt.ConnectionType.QueuedConnection)

    def set_members(self, members: tuple[q.Member, ...]) -> None:
        self.picker.set_members(members)

    def start(self, title: str) -> None:
        """Ask for a staff member's PIN, saying why (``title``)."""
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.say("")
        self.show_picker()

    def show_picker(self) -> None:
        self.pad.clear()
        self.pages.setCurrentWidget(self.picker)
        self.picker.focus_first()

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))

    def pick(self, member: q.Member) -> None:
        self.say("")
        now = utcnow()
        if member.lockout.locked(now):
            self._say_locked(member, member.lockout)
            return
        if not member.has_pin:
            self.say(
                translate("ClientMode", "{name} has no PIN yet: another member of staff confirms.").format(
                    name=member.name
                )
            )
            return
        self.pad.set_member(member)
        self.pages.setCurrentWidget(self.pad_page)
        self.pad.setFocus()

    def _say_locked(self, member: q.Member, lockout: Lockout) -> None:
        self.say(
            translate("ClientMode", "Too many wrong PINs: {name} is locked on this desk for {time}.").format(
                name=member.name, time=countdown(lockout.remaining(utcnow()))
            )
        )

    def check(self, pin: str) -> None:
        member = self.pad.member
        if member is None:
            return
        self.pad.set_busy(True)
        now = utcnow()
        self.ctx.reads.ask(
            self,
            "pin",
            lambda conn: q.try_pin(conn, member.id, pin, now),
            lambda answer: self._on_checked(member, answer, now),
            failed=self._check_failed,
        )

    def _check_failed(self, exc: BaseException) -> None:
        log.error("client mode: a PIN check failed", exc_info=exc)
        self.pad.set_busy(False)
        self.pad.say(translate("ClientMode", "The PIN could not be checked. Try again."))

    def _on_checked(self, member: q.Member, answer: q.PinAnswer, now: dt.datetime) -> None:
        if answer.lockout.locked(now):
            self.show_picker()
            self._say_locked(member, answer.lockout)
            return
        if answer.matched:
            if answer.lockout.failures:
                self.ctx.runner.writer.submit(pin_lockout.clear, self.ctx.runner.store, member.id)
            self.pad.set_busy(False)
            self.pad.clear()
            self.confirmed.emit(member)
            return
        future = self.ctx.runner.writer.submit(pin_lockout.record_failure, self.ctx.runner.store, member.id, now)
        future.add_done_callback(lambda f: self._counted.emit(member, f))

    def _on_counted(self, member: q.Member, future: Future[Lockout]) -> None:
        try:
            lockout = future.result()
        except Exception:
            log.exception("the wrong PIN of %s could not be counted", member.id)
            lockout = Lockout(member.lockout.failures + 1, None)
        if lockout.locked(utcnow()):
            self.show_picker()
            self._say_locked(member, lockout)
            return
        self.pad.wrong(translate("LockScreen", "Wrong PIN, %Ln try(s) left", "", lockout.tries_left()))
