"""Who is at the desk, and the idle lock.

:class:`DeskLock` holds whether the desk is locked (the picker shows, the workspace waits behind
it) and, when not, the member identified at it. ``member_changed`` says so on every switch and
lock (None: locked, or nobody identified).

The idle lock: an application event filter sees mouse and keyboard input; a timer checks, about
once a second, whether the desk has been idle for the studio's ``idle_lock_minutes`` (0: never),
and locks it. The clock is injectable (a callable returning monotonic seconds) so tests move
time. A view holds the idle lock off while a client uses the screen (the PIX code, the forms'
client mode)::

    token = desk_lock.hold(self)  # or: with desk_lock.hold(self): ...
    ...
    desk_lock.release(token)

A hold of a view that is destroyed is released with it.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kronos_desktop.store.queries import Reader
from kronos_desktop.store.queries import desk_lock as desk_q
from kronos_desktop.store.queries.desk_lock import DEFAULT_IDLE_MINUTES, Member

Clock = Callable[[], float]

# The input that says someone is at the desk.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


@dataclass(eq=False)
class Hold:
    """A view's hold on the idle lock (:meth:`DeskLock.hold`); also a context manager."""

    lock: DeskLock = field(repr=False)
    owner_name: str
    serial: int

    def release(self) -> None:
        self.lock.release(self)

    def __enter__(self) -> Hold:
        return self

    def __exit__(
        self, _type: type[BaseException] | None, _value: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self.release()


class DeskLock(QObject):
    member_changed = Signal(object)  # Member | None
    locked_changed = Signal(bool)

    CHECK_MS = 1000

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Clock = time.monotonic,
        idle_minutes: int = DEFAULT_IDLE_MINUTES,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._locked = False
        self._member: Member | None = None
        self._idle_minutes = idle_minutes
        self._last_input = clock()
        self._holds: dict[int, Hold] = {}
        self._serials = itertools.count(1)
        self.timer = QTimer(self)
        self.timer.setObjectName("idleLockTimer")
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check_idle)
        self._filtering = False

    # -- state ------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def member(self) -> Member | None:
        return self._member

    def lock(self) -> None:
        """Back to the picker: nobody is at the desk until someone types their PIN."""
        was = self._locked, self._member
        self._locked = True
        self._member = None
        self.timer.stop()
        if was != (True, None):
            self.member_changed.emit(None)
        if not was[0]:
            self.locked_changed.emit(True)

    def unlock_as(self, member: Member | None) -> None:
        """``member`` is at the desk (None: the desk works as its own enrolment, as before
        anyone had a PIN); the idle count starts now."""
        was = self._locked, self._member
        self._locked = False
        self._member = member
        self.touch()
        self._start_timer()
        if was[1] != member or was[0]:
            self.member_changed.emit(member)
        if was[0]:
            self.locked_changed.emit(False)

    # -- the idle lock ------------------------------------------------------------------------
    @property
    def idle_minutes(self) -> int:
        return self._idle_minutes

    def set_idle_minutes(self, minutes: int) -> None:
        """The studio's ``idle_lock_minutes`` (0: never)."""
        self._idle_minutes = max(int(minutes), 0)
        self._start_timer()

    def _start_timer(self) -> None:
        if not self._locked and self._idle_minutes > 0:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def use_clock(self, clock: Clock) -> None:
        """Tell time with ``clock`` (monotonic seconds) from now on (tests move it)."""
        self._clock = clock
        self.touch()

    def touch(self) -> None:
        """Someone used the desk: the idle count starts again."""
        self._last_input = self._clock()

    def idle_seconds(self) -> float:
        return max(self._clock() - self._last_input, 0.0)

    def check_idle(self) -> bool:
        """Lock when idle long enough with no hold; whether it locked."""
        if self._locked or self._idle_minutes <= 0 or self._holds:
            return False
        if self.idle_seconds() < self._idle_minutes * 60:
            return False
        self.lock()
        return True

    def install(self) -> None:
        """See the application's input (once)."""
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    # -- holds ----------------------------------------------------------------------------------
    def hold(self, owner: QObject | None = None) -> Hold:
        """Keep the idle lock off until :meth:`release` (or ``owner`` is destroyed). A desk
        locked by hand still locks."""
        name = (owner.objectName() or type(owner).__name__) if owner is not None else "?"
        token = Hold(self, name, next(self._serials))
        self._holds[token.serial] = token
        if owner is not None:
            owner.destroyed.connect(lambda *_: self.release(token))
        return token

    def release(self, token: Hold) -> None:
        """The hold is over: the idle count starts again from now (the client just finished)."""
        if self._holds.pop(token.serial, None) is not None:
            self.touch()

    @property
    def held(self) -> bool:
        return bool(self._holds)


def start_locked_or_not(desk_lock: DeskLock, reader: Reader) -> bool:
    """As the desk starts: locked when any active member has a PIN (someone types theirs
    first); otherwise unlocked as the desk's own (enrolment) member, as before PINs. The idle
    minutes are the studio's. Read once, as the window is built; whether it is locked."""
    with reader.connect() as conn:
        here = desk_q.desk(conn)
    desk_lock.set_idle_minutes(here.idle_minutes)
    if here.any_pin:
        desk_lock.lock()
    else:
        desk_lock.unlock_as(here.member(here.desk_staff_id))
    return desk_lock.locked


def hide_dialogs(root: QWidget, keep: QWidget) -> list[QDialog]:
    """As the desk locks: the dialogs open over ``root`` (but not ``keep``'s, the lock screen's)
    are hidden, so nothing shows beside the lock; the ones to show again on unlocking (message
    boxes, a moment's words, are closed for good)."""
    hidden: list[QDialog] = []
    for dialog in root.findChildren(QDialog):
        if not dialog.isVisible() or not dialog.isWindow() or keep.isAncestorOf(dialog):
            continue
        dialog.hide()
        if not isinstance(dialog, QMessageBox):
            hidden.append(dialog)
    return hidden


def show_again(dialogs: list[QDialog]) -> None:
    """Unlocked: the dialogs hidden by the lock come back as they were (what was typed kept)."""
    for dialog in dialogs:
        if shiboken6.isValid(dialog):
            dialog.show()
            dialog.raise_()
