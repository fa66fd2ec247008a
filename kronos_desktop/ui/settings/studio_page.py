"""The Settings page: the studio's settings (studio_form.py), read off the GUI thread, saved through
the ``studio.update`` op with only the settings changed and the values shown when the form was
filled (``seen``: a setting another desk changed meanwhile becomes a field conflict, not lost).

- Save is enabled only when something changed and nothing is wrong; Revert goes back to the row.
- When the studio's row changes (the hub: another desk's change synced, this desk's save), the
  form follows it, unless the person is editing: then it keeps what they typed and says
  "Changed on another desk — Revert to see it".
- Only owners and managers change the settings (studio.update's roles): for anyone else the form
  is shown disabled, saying why. ``read_only`` None follows who is at the desk (ctx.who).
"""

from __future__ import annotations

import uuid

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kronos_core.mutations import MutationError
from kronos_core.roles import MANAGEMENT
from kronos_desktop.ops.settings import update_studio
from kronos_desktop.store import Applied
from kronos_desktop.store.queries.settings import StudioSettings, studio_settings
from kronos_desktop.ui.common import errors
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.settings.studio_form import StudioForm, differences

SAVED_NOTE_MS = 5000
FORM_MAX_WIDTH = 900
# A refusal's code → the setting it is about (shown at the field).
REFUSAL_FIELDS = {"pix_key_shape": "pix_key", "pix_key_kind": "pix_key_kind"}


class StudioSettingsPage(QWidget):
    def __init__(self, ctx: DeskContext, read_only: bool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("studioSettingsPage")
        self.setAccessibleName(self.tr("Studio settings"))
        self._read_only = read_only
        self._loaded: StudioSettings | None = None  # what the form was filled from (its seen values)
        self._latest: StudioSettings | None = None  # the row as last read
        self._busy = False
        self._adopt_next = False  # the next read replaces what is typed (set once saved)

        self.form = StudioForm()
        self.form.edited.connect(self._edited)
        self.note = QLabel()
        self.note.setObjectName("settingsNote")
        self.note.setProperty("role", "note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.reason = QLabel(self.tr("Only owners and managers change the studio's settings."))
        self.reason.setObjectName("settingsReadOnlyReason")
        self.reason.setProperty("role", "warning")
        self.reason.setWordWrap(True)
        self.reason.hide()
        self.fix_hint = QLabel(self.tr("Fix what is marked in red first."))
        self.fix_hint.setObjectName("settingsFixHint")
        self.fix_hint.setProperty("role", "error")
        self.fix_hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.fix_hint.setWordWrap(True)
        self.fix_hint.hide()
        self.form_error = QLabel()
        self.form_error.setObjectName("settingsFormError")
        self.form_error.setProperty("role", "error")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.revert_button = named(
            QPushButton(self.tr("Revert")),
            "settingsRevertButton",
            self.tr("Revert the settings"),
            self.tr("Show the settings as the studio has them, dropping what was typed"),
        )
        self.save_button = named(
            QPushButton(self.tr("Save")),
            "settingsSaveButton",
            self.tr("Save the settings"),
        )
        self.save_button.setProperty("kind", "primary")
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.save)
        self._saved_timer = QTimer(self)
        self._saved_timer.setSingleShot(True)
        self._saved_timer.timeout.connect(self._clear_saved_note)

        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Studio settings"), "settingsTitle"))
        header.addStretch(1)
        header.addWidget(self.revert_button)
        header.addWidget(self.save_button)
        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder.setObjectName("settingsScrollContent")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 12, 0)
        column.addWidget(self.form)
        self.form.setMaximumWidth(FORM_MAX_WIDTH)  # a wide screen: fields of a readable width
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        # Under the header, not in it: beside the buttons it covered the title on a 1024-px screen.
        layout.addWidget(self.fix_hint)
        layout.addWidget(self.reason)
        layout.addWidget(self.note)
        layout.addWidget(self.form_error)
        layout.addWidget(scroll, 1)

        ctx.hub.rows_changed.connect(self._rows_changed)
        ctx.who.changed.connect(self._update)
        self._update()
        self.reload()

    # -- who may change them ------------------------------------------------------------------
    def editable(self) -> bool:
        if self._read_only is not None:
            return not self._read_only
        return self.ctx.who.role in MANAGEMENT

    def set_read_only(self, read_only: bool | None) -> None:
        """Fixed (True/False), or None: follow who is at the desk."""
        self._read_only = read_only
        self._update()

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.reads.ask(self, "settings", studio_settings, self._read)

    def _rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if "studio" in changed:
            self.reload()

    def _read(self, settings: StudioSettings | None) -> None:
        if settings is None:
            return
        self._latest = settings
        adopt, self._adopt_next = self._adopt_next, False
        holds = not differences(self.form.values(), settings)
        if adopt or self._loaded is None or not self.changes() or holds:
            self._fill(settings)  # just saved, nothing typed, or what the row now holds: follow it
        elif settings != self._loaded:
            self._show_note(self.tr("Changed on another desk — Revert to see it."), "stale")
        self._update()

    def _fill(self, settings: StudioSettings) -> None:
        self._loaded = settings
        self.form.fill(settings)
        if self.note.property("tone") == "stale":
            self.note.hide()

    # -- the form's state ---------------------------------------------------------------------
    def changes(self) -> dict[str, object]:
        """The settings changed in the form, with their new values."""
        if self._loaded is None:
            return {}
        return differences(self.form.values(), self._loaded)

    def seen(self) -> dict[str, object]:
        """The values the form was filled from, as ``seen`` carries them."""
        assert self._loaded is not None
        return self._loaded.seen

    def _update(self) -> None:
        editable = self.editable()
        self.form.setEnabled(editable)
        self.form.setToolTip("" if editable else self.reason.text())
        self.reason.setVisible(not editable)
        changes = self.changes()
        problems = self.form.problems() if changes else {}
        stale = self._latest is not None and self._latest != self._loaded
        self.save_button.setEnabled(editable and not self._busy and bool(changes) and not problems)
        hint = self.fix_hint.text() if problems else "" if changes else self.tr("Nothing changed yet.")
        self.save_button.setToolTip(hint)
        self.fix_hint.setVisible(editable and bool(problems))  # the field may be scrolled out of sight
        self.revert_button.setEnabled(not self._busy and (bool(changes) or stale))

    def _edited(self) -> None:
        self._clear_saved_note()  # "Saved." was about the last save, not what is typed now
        self._update()

    def _show_note(self, text: str, tone: str) -> None:
        self.note.setText(text)
        self.note.setProperty("tone", tone)
        self.note.setProperty("role", "note" if tone == "ok" else "warning")  # green, or the yellow box
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.note.show()

    def _clear_saved_note(self) -> None:
        if self.note.property("tone") == "ok":
            self.note.hide()
            self.note.setProperty("tone", "")

    # -- acting -------------------------------------------------------------------------------
    def revert(self) -> None:
        self.form_error.hide()
        if self._latest is not None:
            self._fill(self._latest)
        self._update()

    def save(self) -> None:
        if self._loaded is None or not self.editable() or self._busy:
            return
        self.form_error.hide()
        problems = self.form.show_problems()
        changes = self.changes()
        if problems or not changes:
            self._update()
            return
        try:
            op = update_studio(changes, self.seen(), parent=self)
        except ValidationError as exc:  # the form's checks missed one: say it, keep the form
            names = ", ".join(str(e["loc"][0]) for e in exc.errors() if e["loc"])
            self._refused(self.tr("Some details are not valid: {names}.").format(names=names))
            return
        self._busy = True
        self.save_button.setText(self.tr("Saving…"))
        self._update()
        self.ctx.runner.run(op.success(self._saved).failure(self._failed))

    def _done(self) -> None:
        self._busy = False
        self._adopt_next = False
        self.save_button.setText(self.tr("Save"))

    def _saved(self, applied: Applied) -> None:
        self._done()
        self._adopt_next = True  # the form shows the row as saved (a conflicting value waits in the inbox)
        if "sync_conflict" in applied.changed:
            text = self.tr(
                "Saved. Settings changed on another desk meanwhile kept that value: see the conflicts inbox."
            )
            self._show_note(text, "warn")
        else:
            self._show_note(self.tr("Saved."), "ok")
            self._saved_timer.start(SAVED_NOTE_MS)
        self.reload()
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self._done()
        self._update()
        if not isinstance(exc, MutationError):
            errors.show_failure(self, exc)
            return
        text = refusal_text(exc)
        field = REFUSAL_FIELDS.get(exc.code)
        if field is not None:
            self.form.show_problems({field: text})
        self._refused(text)

    def _refused(self, text: str) -> None:
        self.form_error.setText(self.tr("Not saved: {reason} Nothing you typed was lost.").format(reason=text))
        self.form_error.show()
        self._update()
