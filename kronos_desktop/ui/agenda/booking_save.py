"""Saving the booking dialog, one op at a time, nothing half-saved.

Save checks the fields, reads the clashes afresh (the last word before writing), asks about a
start in the past and, for a quick-created client, offers a client who already has that phone.
Then it runs the steps still to do, each an op of its own (each undoable on its own): the new
client, the new project, the booking (editing: the move, then the rest). A step saved is not
run again when Save is pressed after a later step failed (the same ids are kept), so a client
is never created twice; a failed step shows why in the dialog, with what was typed kept.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from kronos_core.duplicates import Person
from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.mutations import load_all as load_mutations  # before any: all at once, one thread at a time
from kronos_desktop.ops import agenda as agenda_ops
from kronos_desktop.ops.clients import create_client
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.store.queries.booking import ClientSummary
from kronos_desktop.store.queries.duplicates import Duplicate
from kronos_desktop.ui.agenda.booking_form import NEW_PROJECT
from kronos_desktop.ui.clients.duplicate_prompt import DuplicateAction, ask_about_duplicates, check_duplicates
from kronos_desktop.ui.common import errors
from kronos_desktop.ui.common.refusals import refusal_text

if TYPE_CHECKING:
    import datetime as dt

    from kronos_core.mutations.clients import ClientCreate
    from kronos_desktop.ui.agenda.booking_dialog import BookingDialog

Span = tuple["dt.datetime", "dt.datetime"]


def past_confirmed(parent: QWidget, name: str, title: str, text: str, yes_text: str, no_text: str) -> bool:
    """Ask whether a booking may start in the past (the texts translated by the caller); True
    only when ``yes_text`` is clicked (Esc and Enter keep the time). The box is ``{name}Confirm``,
    its buttons ``{name}Yes`` and ``{name}No``."""
    box = QMessageBox(parent)
    box.setObjectName(f"{name}Confirm")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName(f"{name}Yes")
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    no.setObjectName(f"{name}No")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


class BookingSaver(QObject):
    def __init__(self, dialog: BookingDialog) -> None:
        super().__init__(dialog)
        self.d = dialog
        self.new_client_id = uuid7()  # the quick-created client's, the same at every try
        self.new_project_id = uuid7()
        self.project_created: uuid.UUID | None = None
        self.moved = False  # editing: the move is saved
        self.busy = False
        self._span: Span | None = None
        self._new_client: ClientCreate | None = None

    # -- checking ----------------------------------------------------------------------------
    def save(self) -> None:
        d = self.d
        if self.busy or d.setup is None:
            return
        d.form_error.hide()
        span = d.form.span(d.setup.here.zone)
        ok = span is not None
        if d.form.artist_id() is None:
            self.refuse(self.tr("Choose the artist."))
            return
        if d.finder.picked is None and not d.is_block:
            ok = self._check_new_client() and ok
        _where, problem = d.client_problem()
        if problem:
            ok = False
        if d.form.project_choice() == NEW_PROJECT and not d.form.project_title.text().strip():
            d.form.project_error.setText(self.tr("Give the new project a title."))
            d.form.project_error.show()
            ok = False
        else:
            d.form.project_error.hide()
        if not ok or span is None:
            return
        self._span = span
        self._set_busy(True)
        d.ask_clashes(then=self._checked)

    def _check_new_client(self) -> bool:
        d = self.d
        if not d.finder.creating():
            d.finder.show_error(self.tr("Find the client, or add a new one."))
            return False
        raw: dict[str, object] = {"client_id": self.new_client_id, "full_name": d.finder.new_name.text().strip()}
        phone = d.finder.new_phone_normalized()
        if phone is not None:
            raw["phone"] = phone
        from pydantic import ValidationError  # pydantic and the mutations: on first use, not at start

        load_mutations()
        from kronos_core.mutations.clients import ClientCreate

        try:
            self._new_client = ClientCreate.model_validate(raw)
        except ValidationError as exc:
            fields = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
            if "full_name" in fields or not raw["full_name"]:
                d.finder.show_error(self.tr("Type the new client's full name."))
            else:
                d.finder.show_error(self.tr("Area code and number, like (11) 98765-4321 (abroad: +country)."))
            return False
        d.finder.show_error("")
        return True

    def _checked(self) -> None:
        d, span = self.d, self._span
        assert span is not None
        assert d.setup is not None
        if d.clashes:
            self.refuse(self.tr("Not saved: {clash}.").format(clash=d.clash_line.text()))
            return
        moving = not d.editing or self._moves()
        if moving and span[0] < d.setup.here.now() and not self._past_confirmed():
            self._set_busy(False)
            return
        if d.finder.creating():  # likely duplicates first: the same phone, a similar name...
            assert self._new_client is not None
            new = self._new_client
            candidate = Person(new.full_name, phone=new.phone)
            check_duplicates(d, d.ctx, candidate, lambda found: self._offer(candidate, found))
            return
        self._next()

    def _past_confirmed(self) -> bool:
        return past_confirmed(
            self.d,
            "bookingPast",
            self.tr("Start in the past"),
            self.tr("This booking starts in the past. Save it anyway?"),
            self.tr("Save anyway"),
            self.tr("Change the time"),
        )

    def _offer(self, candidate: Person, found: list[Duplicate]) -> None:
        """The new client may be registered already: book that one, create a new record after
        all, or go back to the form (ui/clients/duplicate_prompt.py)."""
        choice = ask_about_duplicates(self.d, self.d.ctx, candidate, found)
        if choice.action is DuplicateAction.CREATE:
            self._next()
            return
        self._set_busy(False)
        if choice.action is DuplicateAction.OPEN and choice.client_id is not None:
            chosen = choice.client_id
            self.d.ctx.reads.ask(
                self, "duplicate-chosen", lambda conn: booking_q.client_summary(conn, chosen), self._use
            )

    def _use(self, chosen: ClientSummary | None) -> None:
        if chosen is not None:
            self.d.finder.pick(chosen)  # the card shows them; Save books them

    # -- the steps ---------------------------------------------------------------------------
    def _next(self) -> None:
        from pydantic import ValidationError  # on first use, not at start

        try:
            self._step()
        except ValidationError:  # a field the checks above let through and a model refuses
            self.refuse(self.tr("Not saved: check the fields."))

    def _step(self) -> None:
        d = self.d
        span = self._span
        assert span is not None
        if d.finder.creating():
            assert self._new_client is not None
            self._run(create_client(self._new_client, parent=d), self._client_saved)
            return
        picked = d.finder.picked
        artist_id = d.form.artist_id()
        assert artist_id is not None
        if picked is None:  # time off: no client, only when and why
            assert d.is_block
            self._edit_step(None, artist_id, span)
            return
        if d.form.project_choice() == NEW_PROJECT and self.project_created is None:
            op = agenda_ops.create_project(
                self.new_project_id, client_id=picked.id, title=d.form.project_title.text(), artist_id=artist_id,
                parent=d,
            )  # fmt: skip
            self._run(op, self._project_saved)
            return
        project_id = self._project_id()
        notes = d.form.notes.toPlainText().strip()
        if not d.editing:
            op = agenda_ops.book(
                d.appointment_id, client_id=picked.id, artist_id=artist_id, starts_at=span[0], ends_at=span[1],
                kind=d.form.kind_code(), station_id=d.form.station_id(), notes=notes or None, project_id=project_id,
                parent=d,
            )  # fmt: skip
            self._run(op, lambda _a: self._done())
            return
        self._edit_step(picked, artist_id, span)

    def _edit_step(self, picked: ClientSummary | None, artist_id: uuid.UUID, span: Span) -> None:
        """Editing: the move first (appointment.reschedule), then the rest (appointment.edit)."""
        d = self.d
        was = d.original
        assert was is not None
        project_id = self._project_id()
        notes = d.form.notes.toPlainText().strip()
        if self._moves() and not self.moved:
            station_id = d.form.station_id()
            op = agenda_ops.move(
                d.appointment_id, starts_at=span[0], ends_at=span[1],
                artist_id=artist_id if artist_id != was.artist_id else None,
                station_id=station_id if station_id != was.station_id else None,
                clear_station=station_id is None and was.station_id is not None, parent=d,
            )  # fmt: skip
            self._run(op, self._moved)
            return
        changed_client = picked is not None and (was.client is None or picked.id != was.client.id)
        client_id = picked.id if picked is not None and changed_client else None
        kind = d.form.kind_code() if d.form.kind_code() != was.kind else None
        new_notes = notes if notes != (was.notes or "") else None
        clear = project_id is None and was.project_id is not None
        new_project = project_id if project_id != was.project_id else None
        if any(v is not None for v in (client_id, kind, new_notes, new_project)) or clear:
            seen = {
                "kind": was.kind, "notes": was.notes, "project_id": was.project_id,
                "client_id": was.client.id if was.client is not None else None,
            }  # fmt: skip
            op = agenda_ops.edit(
                d.appointment_id, kind=kind, notes=new_notes, project_id=new_project, clear_project=clear,
                client_id=client_id, seen=seen, parent=d,
            )  # fmt: skip
            self._run(op, lambda _a: self._done())
            return
        self._done()

    def _project_id(self) -> uuid.UUID | None:
        choice = self.d.form.project_choice()
        if choice == NEW_PROJECT:
            return self.project_created
        return uuid.UUID(choice) if choice else None

    def _moves(self) -> bool:
        d, was, span = self.d, self.d.original, self._span
        if was is None or span is None:
            return False
        return (span[0], span[1], d.form.artist_id(), d.form.station_id()) != (
            was.starts_at, was.ends_at, was.artist_id, was.station_id,
        )  # fmt: skip

    def _run(self, op: MutationOp, then: Callable[[Applied], None]) -> None:
        self.d.ctx.runner.run(op.success(then).failure(self._failed))

    def _client_saved(self, _applied: Applied) -> None:
        made = self._new_client
        assert made is not None
        self.d.finder.pick(ClientSummary(made.client_id, made.full_name, made.full_name, made.phone, None, False, None))
        self._next()

    def _project_saved(self, _applied: Applied) -> None:
        self.project_created = self.new_project_id
        self._next()

    def _moved(self, _applied: Applied) -> None:
        self.moved = True
        self._next()

    def _done(self) -> None:
        self._set_busy(False)
        self.d.booked.emit(self.d.appointment_id)
        self.d.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, MutationError):
            self.refuse(self.tr("Not saved: {why}").format(why=refusal_text(exc)))
            return
        self.refuse(self.tr("Not saved. Nothing you typed was lost."))
        errors.show_failure(self.d, exc)

    def refuse(self, message: str) -> None:
        self._set_busy(False)
        self.d.form_error.setText(message)
        self.d.form_error.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.d.save_button.setEnabled(not busy)
