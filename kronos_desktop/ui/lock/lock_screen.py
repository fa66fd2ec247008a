"""The lock screen: the studio's name, "Who is at the desk?", the picker, and the PIN pad for the
member picked. The PIN is checked on the reader thread (the synced hash, argon2id), the lockout
counted on the writer thread (:mod:`kronos_desktop.store.pin_lockout`); the right PIN unlocks
the desk as that member (:meth:`DeskLock.unlock_as`). A member with no PIN sets one here when
this desk may (kronos_core.mutations.staff_pin), and is told who can otherwise."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from kronos_core.instants import utcnow
from kronos_core.roles import Role, may_set_pin
from kronos_desktop.store import pin_lockout
from kronos_desktop.store.pin_lockout import Lockout
from kronos_desktop.store.queries import desk_lock as q
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.lock.controller import DeskLock
from kronos_desktop.ui.lock.picker import Picker, countdown
from kronos_desktop.ui.lock.pin_pad import PinPad
from kronos_desktop.ui.lock.set_pin_dialog import SetPinDialog

TABLES = frozenset({"staff", "studio", "replica", "pin_lockout"})

log = logging.getLogger(__name__)


class LockScreen(QWidget):
    """Picker and PIN pad in a stack; the studio's name on top."""

    _counted = Signal(object, object)  # (Member, Future[Lockout]) from the writer thread
    unlocked = Signal(object)  # Member: the desk was unlocked from here (for tests and benches)
    read_done = Signal()  # the staff were read again (self.desk)

    def __init__(
        self,
        ctx: DeskContext,
        desk_lock: DeskLock,
        *,
        now: Callable[[], dt.datetime] = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.desk_lock = desk_lock
        self._now = now
        self.desk = q.Desk("", None, None, q.DEFAULT_IDLE_MINUTES, ())
        self.setObjectName("lockScreen")
        self.studio_label = QLabel()
        self.studio_label.setObjectName("lockStudioName")
        self.studio_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.studio_label.setStyleSheet("QLabel { font-size: 22px; font-weight: 700; color: palette(link); }")
        self.question = QLabel(self.tr("Who is at the desk?"))
        self.question.setObjectName("lockQuestion")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setStyleSheet("QLabel { font-size: 17px; }")
        self.notice = QLabel()
        self.notice.setObjectName("lockNotice")
        self.notice.setProperty("role", "error")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.picker = Picker(now, self)
        self.setStyleSheet("QScrollArea, QWidget#staffPickerGrid, QWidget#pinPad { background: transparent; }")
        self.pad = PinPad(self)
        self.pages = QStackedWidget()
        self.pages.setObjectName("lockPages")
        self.pages.addWidget(self.picker)
        # On a very short screen the pad scrolls rather than make the window taller than it.
        self.pad_page = QScrollArea()
        self.pad_page.setObjectName("pinPadScroll")
        self.pad_page.setWidgetResizable(True)
        self.pad_page.setFrameShape(QScrollArea.Shape.NoFrame)
        self.pad_page.setWidget(self.pad)
        self.pages.addWidget(self.pad_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 4)  # tight: the pad fits a 600-px screen without scrolling
        layout.setSpacing(4)
        layout.addWidget(self.studio_label)
        layout.addWidget(self.question)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self.picker.picked.connect(self.pick)
        self.pad.submitted.connect(self.check)
        self.pad.back.connect(self.show_picker)
        self._locked_out: tuple[q.Member, Lockout] | None = None
        self.picker.ticker.timeout.connect(self._tick_notice)
        self._counted.connect(self._on_counted, Qt.ConnectionType.QueuedConnection)
        ctx.hub.rows_changed.connect(self._on_rows_changed)
        self.refresh()

    def use_clock(self, now: Callable[[], dt.datetime]) -> None:
        """Tell the time of lockouts with ``now`` (aware UTC; tests move it)."""
        self._now = now
        self.picker.use_clock(now)

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.reads.ask(self, "desk", q.desk, self._show_desk)

    def _show_desk(self, desk: q.Desk) -> None:
        self.desk = desk
        self.studio_label.setText(desk.studio_name)
        self.picker.set_members(desk.members)
        self.desk_lock.set_idle_minutes(desk.idle_minutes)
        self.read_done.emit()

    def _on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if TABLES & changed.keys():
            self.refresh()

    # -- picking --------------------------------------------------------------------------------
    def show_picker(self) -> None:
        self.pad.clear()
        self.pages.setCurrentWidget(self.picker)
        self.question.setText(self.tr("Who is at the desk?"))
        self.picker.focus_first()

    def say(self, text: str) -> None:
        self._locked_out = None
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def say_locked(self, member: q.Member, lockout: Lockout) -> None:
        """Say that ``member`` is locked out, the time left counting down with the picker's."""
        self.say(self._locked_text(member, lockout, self._now()))
        self._locked_out = (member, lockout)
        if not self.picker.ticker.isActive():
            self.picker.ticker.start()

    def _tick_notice(self) -> None:
        if self._locked_out is None:
            return
        member, lockout = self._locked_out
        now = self._now()
        if lockout.locked(now):
            self.notice.setText(self._locked_text(member, lockout, now))
        else:
            self.say("")

    def pick(self, member: q.Member) -> None:
        """A name was picked: their PIN pad; a PIN to set first; or why not now."""
        self.say("")
        now = self._now()
        if member.lockout.locked(now):
            self.say_locked(member, member.lockout)
            return
        if not member.has_pin:
            self._first_pin(member)
            return
        self.pad.set_member(member)
        self.question.setText(self.tr("Hello, {name}. Type your PIN.").format(name=member.name.split()[0]))
        self.pages.setCurrentWidget(self.pad_page)
        self.pad.setFocus()

    def may_set_first_pin(self, member: q.Member) -> bool:
        """This desk may set the member's PIN: its role may set that role's, or it is the desk's
        own (enrolment) member."""
        if member.id == self.desk.desk_staff_id:
            return True
        return self.desk.desk_role is not None and may_set_pin(self.desk.desk_role, member.role)

    def _first_pin(self, member: q.Member) -> None:
        if self.may_set_first_pin(member):
            dialog = SetPinDialog(self.ctx, member, self)
            dialog.pin_set.connect(lambda: self._unlock(member))
            dialog.open()
            self.set_pin_dialog = dialog
            return
        box = QMessageBox(self)
        box.setObjectName("noPinDialog")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("No PIN yet"))
        box.setText(self.tr("{name} has no PIN yet.").format(name=member.name))
        box.setInformativeText(self.who_sets_text(member.role))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        self.no_pin_box = box

    def who_sets_text(self, role: Role) -> str:
        if role in (Role.RECEPTIONIST, Role.ARTIST):
            return self.tr("Ask an owner or a manager to set your PIN in Staff.")
        return self.tr("Ask an owner to set your PIN in Staff.")

    # -- checking -------------------------------------------------------------------------------
    def check(self, pin: str) -> None:
        member = self.pad.member
        if member is None:
            return
        self.pad.set_busy(True)
        now = self._now()
        self.ctx.reads.ask(
            self,
            "pin",
            lambda conn: q.try_pin(conn, member.id, pin, now),
            lambda answer: self._on_checked(member, answer, now),
            failed=self._check_failed,
        )

    def _check_failed(self, exc: BaseException) -> None:
        """The check itself failed (not a wrong PIN): the digits stay, to try again."""
        log.error("PIN check failed", exc_info=exc)
        self.pad.set_busy(False)
        self.pad.say(self.tr("The PIN could not be checked. Try again."))

    def _on_checked(self, member: q.Member, answer: q.PinAnswer, now: dt.datetime) -> None:
        if answer.lockout.locked(now):
            self.show_picker()
            self.say_locked(member, answer.lockout)
            return
        if answer.matched:
            if answer.lockout.failures:
                cleared = self.ctx.runner.writer.submit(pin_lockout.clear, self.ctx.runner.store, member.id)
                cleared.add_done_callback(_log_failure)
            self._unlock(member)
            return
        future = self.ctx.runner.writer.submit(pin_lockout.record_failure, self.ctx.runner.store, member.id, now)
        future.add_done_callback(lambda f: self._counted.emit(member, f))

    def _on_counted(self, member: q.Member, future: Future[Lockout]) -> None:
        try:
            lockout = future.result()
        except Exception:  # the count could not be kept: the PIN was still wrong
            log.exception("the wrong PIN of %s could not be counted", member.id)
            lockout = Lockout(member.lockout.failures + 1, None)
        now = self._now()
        if lockout.locked(now):
            self.show_picker()
            self.say_locked(member, lockout)
            self.refresh()
            return
        self.pad.wrong(self.tr("Wrong PIN, %Ln try(s) left", "", lockout.tries_left()))

    def _locked_text(self, member: q.Member, lockout: Lockout, now: dt.datetime) -> str:
        return self.tr("Too many wrong PINs: {name} is locked on this desk for {time}.").format(
            name=member.name, time=countdown(lockout.remaining(now))
        )

    def _unlock(self, member: q.Member) -> None:
        self.show_picker()
        self.say("")
        self.desk_lock.unlock_as(member)
        self.unlocked.emit(member)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.show_picker()
        self.refresh()


def _log_failure(future: Future[None]) -> None:
    if future.exception() is not None:
        log.error("a PIN lockout could not be cleared", exc_info=future.exception())
