"""Undo on the desk: the last action of the person at the desk, undone by its inverse mutation.

Every op the runner applies is kept, per person (the staff member it was recorded as made by),
with what the desk recorded about it in its outbox: its name, arguments and the rows before it.
:meth:`UndoStack.undo` runs the inverse (kronos_core/mutations/inverses.py) through the same
op runner as any other action: the same rules, so an undo can be refused (the booking has
moved on) or become a conflict (a field changed elsewhere since). It never restores a row by
hand and never deletes from the outbox: the change and its undo both travel to the server.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from kronos_core.mutations import MutationError
from kronos_core.mutations import load_all as load_mutations  # before any: all at once, one thread at a time
from kronos_desktop.ops.runner import MutationOp, OpRunner
from kronos_desktop.store import Applied, LocalStore
from kronos_desktop.store.local_schema import outbox

if TYPE_CHECKING:
    from kronos_core.mutations.inverses import Before

log = logging.getLogger(__name__)

KEPT = 50  # actions kept per person


@dataclass(frozen=True)
class Done:
    """An action a person took at the desk, as the undo stack keeps it."""

    id: uuid.UUID  # the mutation's
    name: str
    args: dict[str, Any]
    before: Before
    staff_id: uuid.UUID | None
    inverse_name: str | None = None  # the mutation that undoes it (None: it cannot be undone)
    why_not: str = ""  # NoInverse's code when it cannot be undone ("" if it can)

    @property
    def undoable(self) -> bool:
        return self.inverse_name is not None


class UndoOp(MutationOp):
    """The inverse of a :class:`Done`, run as any op (and not itself kept for undo). Its
    arguments are made on the writer thread, by the desk's clock at that moment."""

    def __init__(self, done: Done, *, parent: QWidget | None = None) -> None:
        assert done.inverse_name is not None
        super().__init__(done.inverse_name, parent=parent, staff_id=done.staff_id, write=self._undo)
        self.done = done

    def _undo(self, store: LocalStore) -> Applied:
        load_mutations()
        from kronos_core.mutations.inverses import invert

        inverse = invert(self.done.name, self.done.args, self.done.before, store.now())
        return store.apply(inverse.name, inverse.args, staff_id=self.done.staff_id)


class UndoStack(QObject):
    """The desk's actions per person, newest last; ``changed`` when what Undo would do changes.

    What the outbox recorded about each action is read on the writer thread, right after the
    action (so in order, and never on the GUI thread); until it is kept, Undo waits (busy)."""

    changed = Signal()
    undone = Signal(object)  # the Done undone (after the views refreshed)
    _kept = Signal(object)  # Future[Done | None], done on the writer thread

    def __init__(self, runner: OpRunner, person: Callable[[], uuid.UUID | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._person = person  # who is at the desk now (the replica's staff)
        self._stacks: dict[uuid.UUID | None, list[Done]] = {}
        self._running: UndoOp | None = None
        self._reading = 0  # actions applied whose records are still being read
        runner.op_succeeded.connect(self._record)
        self._kept.connect(self._keep, Qt.ConnectionType.QueuedConnection)

    # -- what Undo would do ---------------------------------------------------------------------
    def last(self) -> Done | None:
        """The last action of the person at the desk (None: nothing to undo)."""
        stack = self._stacks.get(self._person())
        return stack[-1] if stack else None

    @property
    def busy(self) -> bool:
        return self._running is not None or self._reading > 0

    # -- undoing ------------------------------------------------------------------------------
    def undo(
        self, *, parent: QWidget | None = None, failure: Callable[[Done, BaseException], None] | None = None
    ) -> UndoOp | None:
        """Run the inverse of the last action of the person at the desk. The action leaves the
        stack at once (a second Ctrl+Z goes to the one before); a refused undo does not come
        back (it cannot apply as things are); an unexpected failure puts it back."""
        done = self.last()
        if done is None or not done.undoable or self.busy:
            return None
        self._stacks[done.staff_id].pop()
        op = UndoOp(done, parent=parent)
        op.success(lambda _applied: self._finished(op))
        op.failure(lambda exc: self._failed(op, exc, failure))
        self._running = op
        self.changed.emit()
        self.runner.run(op)
        return op

    def _finished(self, op: UndoOp) -> None:
        self._running = None
        log.info("undid %s (%s) with %s", op.done.name, op.done.id, op.name)
        self.changed.emit()
        self.undone.emit(op.done)

    def _failed(self, op: UndoOp, exc: BaseException, failure: Callable[[Done, BaseException], None] | None) -> None:
        self._running = None
        if not isinstance(exc, MutationError):
            self._stacks.setdefault(op.done.staff_id, []).append(op.done)
        self.changed.emit()
        if failure is not None:
            failure(op.done, exc)

    # -- keeping ------------------------------------------------------------------------------
    def _record(self, op: MutationOp, applied: Applied) -> None:
        if isinstance(op, UndoOp) or applied.seq == 0:
            return  # an undo itself, or a desk-only write (an open ticket's draft): no outbox record
        if self.runner.writer.closed:
            return  # the desk is closing: a change applied just before quit has nothing to undo after it
        self._reading += 1
        future = self.runner.writer.submit(read_done, self.runner.store, applied.uuid)
        future.add_done_callback(self._kept.emit)

    def _keep(self, future: Future[Done | None]) -> None:
        self._reading -= 1
        try:
            done = future.result()
        except Exception:
            log.exception("the record of a change could not be read: it cannot be undone")
            done = None
        if done is not None:
            stack = self._stacks.setdefault(done.staff_id, [])
            stack.append(done)
            del stack[:-KEPT]
        self.changed.emit()


def read_done(store: LocalStore, mutation_uuid: uuid.UUID) -> Done | None:
    """The action as the outbox recorded it (one row by its unique uuid), and what undoes it."""
    o = outbox.c
    query = select(o.name, o.args, o.undo, o.staff_id).where(o.uuid == mutation_uuid)
    with store.read_engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None:
        log.warning("the change %s is not in the outbox: it cannot be undone", mutation_uuid)
        return None
    args = row.args if isinstance(row.args, dict) else {}
    load_mutations()
    from kronos_core.mutations.inverses import Before, NoInverse, invert

    before = Before(row.undo or [])
    try:
        inverse = invert(row.name, args, before, store.now())
    except NoInverse as exc:
        return Done(mutation_uuid, row.name, args, before, row.staff_id, why_not=exc.code)
    except MutationError:
        return Done(mutation_uuid, row.name, args, before, row.staff_id, why_not="not_recorded")
    return Done(mutation_uuid, row.name, args, before, row.staff_id, inverse_name=inverse.name)
