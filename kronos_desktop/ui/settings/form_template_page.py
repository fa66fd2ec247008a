"""The studio's questionnaire (issue 14): the health questionnaire (anamnese), the consent text and
the image-use authorisation a client signs, edited by owners and managers (form_template_editor.py)
and published as a new version through ``kronos_desktop.ops.forms.publish_template``: a form
already signed keeps the version it was signed with.

- It starts from the studio's current version in the chosen language (the app's default when none
  is published yet) and says which: "Version N, published <date> by <name>".
- Publish is enabled when something changed (or nothing is published yet) and nothing is wrong;
  Revert goes back to the published version. A refusal of the mutation shows, keeping the edits.
- A version published on another desk meanwhile is followed unless the person is editing: then
  the edits stay and the page says so.
- Anyone else sees it read-only, told why (ctx.who, as the other Settings pages).
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
import zoneinfo
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import Connection, select

from kronos_core.forms import Template
from kronos_core.mutations import MutationError
from kronos_core.roles import MANAGEMENT
from kronos_core.schema import form_template, staff
from kronos_desktop import i18n
from kronos_desktop.ops import forms as forms_ops
from kronos_desktop.store import Applied
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import forms as forms_q
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.settings.form_template_editor import TemplateEditor

LANGUAGES = (("pt_BR", "Português (Brasil)"), ("en", "English"))


@dataclass(frozen=True)
class TemplateRead:
    """The studio's current questionnaire in a language, and who published it when."""

    template: Template
    published_at: dt.datetime | None
    published_by: str
    zone: zoneinfo.ZoneInfo


def read_template(conn: Connection, language: str) -> TemplateRead | None:
    here = desk_q.here(conn)
    if here.studio_id is None:
        return None
    template = forms_q.current_template(conn, here.studio_id, language)
    published_at, by = None, ""
    if template.id is not None:
        row = conn.execute(
            select(form_template.c.created_at, staff.c.display_name)
            .select_from(form_template.outerjoin(staff, staff.c.id == form_template.c.created_by))
            .where(form_template.c.id == template.id)
        ).first()
        if row is not None:
            published_at, by = row.created_at, row.display_name or ""
    return TemplateRead(template, published_at, by, here.zone)


def content(template: Template) -> tuple[object, ...]:
    """What a version says (not which version it is): two equal contents are no change."""
    return (
        template.title,
        tuple(q.to_json().items() for q in template.questions),
        template.consent_text,
        template.image_use_text,
    )


class FormTemplatePage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("formTemplatePage")
        self.setAccessibleName(self.tr("Health questionnaire and consent"))
        self.read: TemplateRead | None = None  # the version the edits started from
        self._latest: TemplateRead | None = None  # as last read
        self._busy = False
        self._adopt_next = False

        self.language = named(QComboBox(), "templateLanguage", self.tr("Language of the questionnaire"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.version = QLabel()
        self.version.setObjectName("templateVersion")
        self.version.setProperty("role", "muted")
        self.version.setWordWrap(True)
        self.revert_button = named(
            QPushButton(self.tr("Revert")), "templateRevertButton", self.tr("Back to the published version")
        )
        self.publish_button = named(
            QPushButton(self.tr("Publish")), "templatePublishButton", self.tr("Publish a new version")
        )
        self.publish_button.setProperty("kind", "primary")
        self.revert_button.clicked.connect(self.revert)
        self.publish_button.clicked.connect(self.publish)
        self.reason = QLabel()
        self.reason.setObjectName("templateReadOnlyReason")
        self.reason.setProperty("role", "warning")
        self.reason.setWordWrap(True)
        self.reason.hide()
        self.note = QLabel()
        self.note.setObjectName("templateNote")
        self.note.setProperty("role", "note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.problem = QLabel()
        self.problem.setObjectName("templateProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.editor = TemplateEditor()
        self.editor.edited.connect(self._edited)

        header = QHBoxLayout()
        title = title_label(self.tr("Health questionnaire and consent"), "templatePageTitle")
        title.setWordWrap(True)  # the Portuguese title and the buttons share 1024 px: it takes two lines
        header.addWidget(title, 1)
        header.addStretch(1)
        header.addWidget(self.language)
        header.addWidget(self.revert_button)
        header.addWidget(self.publish_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.version)
        layout.addWidget(self.reason)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.editor, 1)

        ctx.hub.rows_changed.connect(self._rows_changed)
        ctx.who.changed.connect(self._update)
        self._update()
        self.reload()

    # -- who may edit -------------------------------------------------------------------------
    def read_only_reason(self) -> str | None:
        if self.ctx.who.role is None:
            return self.tr("Step up to the desk with your PIN to edit the questionnaire.")
        if self.ctx.who.role not in MANAGEMENT:
            return self.tr("Only owners and managers edit the questionnaire. You can see it.")
        return None

    def editable(self) -> bool:
        return self.read_only_reason() is None

    # -- reading ------------------------------------------------------------------------------
    def current_language(self) -> str:
        return str(self.language.currentData())

    def reload(self) -> None:
        read = functools.partial(read_template, language=self.current_language())
        self.ctx.reads.ask(self, "template", read, self._read)

    def _rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if "form_template" in changed or "staff" in changed:
            self.reload()

    def _language_changed(self) -> None:
        self.read = None  # the edits were of the other language's (the switch is off while editing)
        self.note.hide()
        self.problem.hide()
        self.reload()

    def _read(self, read: TemplateRead | None) -> None:
        if read is None or read.template.language != self.current_language():
            return
        self._latest = read
        adopt, self._adopt_next = self._adopt_next, False
        if adopt or self.read is None or not self.changed():
            self._fill(read)
        elif read.template.id != self.read.template.id:
            self._show_note(self.tr("A newer version was published meanwhile — Revert to see it."), "stale")
        self._update()

    def _fill(self, read: TemplateRead) -> None:
        self.read = read
        self.editor.set_template(read.template)
        if self.note.property("tone") == "stale":
            self.note.hide()

    def version_text(self) -> str:
        read = self.read
        if read is None:
            return ""
        if read.template.id is None or read.published_at is None:
            return self.tr("Not published yet: this is the questionnaire that ships with the app.")
        day = fmt.date_text(read.published_at.astimezone(read.zone).date())
        name = read.published_by or self.tr("someone")
        return self.tr("Version {number}, published {date} by {name}").format(
            number=read.template.number, date=day, name=name
        )

    # -- state --------------------------------------------------------------------------------
    def changed(self) -> bool:
        return self.read is not None and content(self.editor.template()) != content(self.read.template)

    def _update(self) -> None:
        reason = self.read_only_reason()
        editable = reason is None
        self.editor.set_editable(editable)
        self.reason.setText(reason or "")
        self.reason.setVisible(reason is not None)
        self.version.setText(self.version_text())
        changed = self.changed()
        first = self.read is not None and self.read.template.id is None  # the default: publish it as it is
        problem = self.editor.problem() if self.read is not None else ""
        can = editable and not self._busy and (changed or first) and not problem
        self.publish_button.setEnabled(can)
        self.publish_button.setToolTip(
            problem or ("" if can or not editable else self.tr("Nothing changed since the published version."))
        )
        self.revert_button.setEnabled(not self._busy and changed)
        self.language.setEnabled(not changed and not self._busy)
        self.language.setToolTip(self.tr("Publish or revert the changes first.") if changed else "")
        if problem and changed:
            self.problem.setText(problem)
            self.problem.setVisible(True)
        elif not self.problem.property("refusal"):
            self.problem.hide()

    def _edited(self) -> None:
        self.problem.setProperty("refusal", False)
        if self.note.property("tone") == "ok":
            self.note.hide()
        self._update()

    def _show_note(self, text: str, tone: str) -> None:
        self.note.setText(text)
        self.note.setProperty("tone", tone)
        self.note.setProperty("role", "note" if tone == "ok" else "warning")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.note.show()

    # -- acting -------------------------------------------------------------------------------
    def revert(self) -> None:
        self.problem.setProperty("refusal", False)
        if self._latest is not None:
            self._fill(self._latest)
        self._update()

    def publish(self) -> None:
        if self.read is None or not self.editable() or self._busy or self.editor.problem():
            self._update()
            return
        template = self.editor.template()
        op = forms_ops.publish_template(
            uuid.uuid4(),
            language=self.current_language(),
            title=template.title,
            questions=template.questions,
            consent_text=template.consent_text,
            image_use_text=template.image_use_text,
            parent=self,
        )
        self._busy = True
        self.publish_button.setText(self.tr("Publishing…"))
        self._update()
        self.ctx.runner.run(op.success(self._published).failure(self._failed))

    def _done(self) -> None:
        self._busy = False
        self.publish_button.setText(self.tr("Publish"))

    def _published(self, _applied: Applied) -> None:
        self._done()
        self._adopt_next = True
        self.problem.setProperty("refusal", False)
        self._show_note(self.tr("Published. Forms signed from now on use this version."), "ok")
        self.reload()
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self._done()
        self._update()
        if not isinstance(exc, MutationError):
            errors.show_failure(self, exc)
            return
        self.problem.setText(self.tr("Not published: {reason}").format(reason=refusal_text(exc)))
        self.problem.setProperty("refusal", True)
        self.problem.show()
