"""Client mode (issue 14): the health questionnaire and consent, full screen, for the client to
fill in at the desk, on a tablet or a turned monitor.

The window covers the desk and blocks it (application-modal) until a staff member's PIN lets it
go: Esc does nothing, closing asks for the PIN. While it shows, the idle lock is held off
(``ctx.hold_idle``). Steps: the questions (alert answers marked), then the consent, the
image-use authorisation, the ID, a minor's guardian and the signatures; "Sign" hands the screen
back to the staff, the witness confirms with their PIN, and the form is signed
(:func:`kronos_desktop.ops.forms.sign_form`). A refusal says why on the form, keeps every answer
and saves nothing.

Opened from the client record: :func:`open_client_mode`.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kronos_core.forms import missing_answers
from kronos_core.instants import utcnow
from kronos_core.mutations import MutationError
from kronos_desktop.ops.forms import sign_form
from kronos_desktop.store import Applied
from kronos_desktop.store.queries.desk_lock import Member
from kronos_desktop.ui.clients.client_mode_consent import ConsentPage
from kronos_desktop.ui.clients.client_mode_data import ClientModeData, read_client_mode
from kronos_desktop.ui.clients.client_mode_parts import StaffCheck, big_button
from kronos_desktop.ui.clients.form_questions import QuestionsForm
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import ElidedLabel, named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import themed

translate = QCoreApplication.translate
FONT_PX = 20
CLOSE_AFTER_MS = 2500
# The desk's style sheet sizes every widget's text for the desk (``QWidget { font-size: 10pt }``,
# which a font set on the window cannot override): the window's own sheet, set before its
# children are built, sizes them for a tablet instead (a closer sheet wins over the app's), with
# scroll bars a finger can hold. A widget's own sheet (titles, buttons) still wins over this one.
STYLE = (
    f"#clientMode QWidget {{ font-size: {FONT_PX}px; }}"
    ' #clientMode QLabel[role="muted"] { font-size: 15px; }'
    " #clientMode QPushButton#pinBack { min-height: 36px; }"
    " #clientMode QScrollBar:vertical { width: 28px; }"
    " #clientMode QScrollBar::handle:vertical { min-height: 60px; }"
)


class ClientModeWindow(QWidget):
    """The full-screen form. ``ready`` once built; ``signed(form_id)`` when the form is saved;
    ``left`` when a staff member let the client mode go without signing."""

    ready = Signal()
    signed = Signal(object)  # uuid.UUID of the new consent_form row
    left = Signal()

    def __init__(
        self,
        ctx: DeskContext,
        client_id: uuid.UUID,
        *,
        appointment_id: uuid.UUID | None = None,
        amends_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.client_id = client_id
        self.appointment_id = appointment_id
        self.amends_id = amends_id
        self.data: ClientModeData | None = None
        self.questions: QuestionsForm | None = None
        self.consent: ConsentPage | None = None
        self._may_close = False
        self._purpose = ""  # "sign" | "leave" while the staff check shows
        self._back_to: QWidget | None = None
        self.load()  # the read runs on the reader thread while the window is built
        self.setObjectName("clientMode")
        self.setStyleSheet(STYLE)
        self.setAccessibleName(translate("ClientMode", "Client mode"))
        self.setWindowTitle(translate("ClientMode", "Health questionnaire and consent"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        font = QFont(self.font())
        font.setPixelSize(FONT_PX)
        self.setFont(font)
        self.hold = ctx.hold_idle(self) if ctx.hold_idle is not None else None

        self.title = ElidedLabel()  # one line: a long name ends in "…" rather than take a second
        self.title.setText(translate("ClientMode", "Opening the form…"))
        self.title.setObjectName("clientModeTitle")
        self.title.setStyleSheet("QLabel { font-size: 26px; font-weight: 700; color: palette(link); }")
        self.staff_button = named(
            QPushButton(translate("ClientMode", "Staff")),
            "clientModeStaff",
            translate("ClientMode", "Staff: leave client mode with a PIN"),
        )
        self.staff_button.setStyleSheet("QPushButton { font-size: 18px; min-height: 48px; padding: 2px 18px; }")
        self.staff_button.clicked.connect(self.ask_to_leave)
        self.message = QLabel()
        self.message.setObjectName("clientModeMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        themed(self.message, "QLabel { color: @error@; font-size: 20px; font-weight: 600; }")
        self.message.hide()
        self.pages = QStackedWidget()
        self.pages.setObjectName("clientModePages")
        self.loading = QLabel(translate("ClientMode", "Opening the form…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.loading)
        self.staff_check = StaffCheck(ctx)
        self.staff_check.confirmed.connect(self._staff_confirmed)
        self.staff_check.back.connect(self._back_from_staff)
        self.pages.addWidget(self.staff_check)
        self.result = QLabel()
        self.result.setObjectName("clientModeResult")
        self.result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result.setWordWrap(True)
        themed(self.result, "QLabel { font-size: 30px; font-weight: 700; color: @ok@; }")
        self.pages.addWidget(self.result)

        self.back_button = big_button(
            translate("ClientMode", "← Back"), "clientModeBack", translate("ClientMode", "Back to the questions")
        )
        self.next_button = big_button(
            translate("ClientMode", "Next →"),
            "clientModeNext",
            translate("ClientMode", "Next: consent and signature"),
            primary=True,
        )
        self.sign_button = big_button(
            translate("ClientMode", "Sign"), "clientModeSign", translate("ClientMode", "Sign the form"), primary=True
        )
        self.back_button.clicked.connect(self.show_questions)
        self.next_button.clicked.connect(self.show_consent)
        self.sign_button.clicked.connect(self.sign)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.sign_button)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.staff_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self._show_buttons()

    # -- reading --------------------------------------------------------------------------------
    def load(self) -> None:
        staff_id, role = self.ctx.who.staff_id, self.ctx.who.role  # read here, on the GUI thread
        client_id, language, amends_id = self.client_id, self.ctx.language, self.amends_id
        self.ctx.reads.ask(
            self,
            "clientMode",
            lambda conn: read_client_mode(conn, client_id, language, staff_id, role, amends_id),
            self._build,
            failed=self._read_failed,
        )

    def _read_failed(self, _exc: BaseException) -> None:
        self.say(
            translate(
                "ClientMode", "The form could not be opened. A member of staff can leave client mode with their PIN."
            )
        )

    def _build(self, data: ClientModeData | None) -> None:
        if data is None:
            self._read_failed(LookupError(self.client_id))
            return
        self.data = data
        template = data.template
        self.title.setText(f"{template.title} — {data.record.full_name}")
        self.staff_check.set_members(data.desk.members)
        self.questions = QuestionsForm(template, large=True)
        self.questions.changed.connect(self._answers_changed)
        self.consent = ConsentPage(data, template)
        self.consent.changed.connect(self._consent_changed)
        if data.amended is not None:  # an amendment: what was signed before, to change
            self.questions.set_answers(data.previous_answers())
            self.consent.image_use.setChecked(bool(data.amended.get("image_use")))
        self.pages.insertWidget(0, self.questions)
        self.pages.insertWidget(1, self.consent)
        self.pages.removeWidget(self.loading)
        self.loading.deleteLater()
        self.show_questions()
        self.ready.emit()

    # -- steps ----------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def show_questions(self) -> None:
        if self.questions is not None:
            self.say("")
            self.pages.setCurrentWidget(self.questions)
            self._show_buttons()

    def show_consent(self) -> None:
        """Next: the consent and signatures, once the required questions are answered."""
        if self.questions is None or self.consent is None:
            return
        missing = self.questions.missing()
        if missing:
            self._say_missing(len(missing))
            return
        self.say("")
        self.consent.show_alerts(self.questions.alerts())
        self.pages.setCurrentWidget(self.consent)
        self._show_buttons()

    def _say_missing(self, count: int) -> None:
        self.say(self.tr("%n required question(s) still to answer: they are marked.", "", count))

    def _answers_changed(self) -> None:
        if self.message.isVisible() and self.pages.currentWidget() is self.questions:
            assert self.questions is not None
            if not missing_answers(self.questions.template, self.questions.answers()):
                self.say("")

    def _consent_changed(self) -> None:
        """A refusal goes once what it asked for is done (a signature drawn, a document typed):
        the message stays only while the consent page would still be refused for it."""
        if self.message.isVisible() and self.pages.currentWidget() is self.consent:
            assert self.consent is not None
            if self.consent.refusal() != self.message.text():
                self.say("")

    def _show_buttons(self) -> None:
        page = self.pages.currentWidget()
        on_form = page is not None and page in (self.questions, self.consent)
        self.back_button.setVisible(on_form and page is self.consent)
        self.next_button.setVisible(on_form and page is self.questions)
        self.sign_button.setVisible(on_form and page is self.consent)
        self.staff_button.setVisible(page is not self.staff_check and page is not self.result)

    # -- signing --------------------------------------------------------------------------------
    def sign(self) -> None:
        """Check the form here (the mutation checks it again); then the witness's PIN."""
        if self.data is None or self.questions is None or self.consent is None:
            return
        missing = self.questions.missing()
        if missing:
            self.show_questions()
            self._say_missing(len(missing))
            return
        refusal = self.consent.refusal()
        if refusal is not None:
            self.say(refusal)
            self.consent.focus_refusal()
            return
        self._ask_staff(
            "sign",
            translate(
                "ClientMode", "Thank you. Please hand the screen back to the staff: the witness types their PIN."
            ),
        )

    def ask_to_leave(self) -> None:
        """Leaving client mode needs a staff member's PIN."""
        self._ask_staff("leave", translate("ClientMode", "Staff: type your PIN to leave client mode."))

    def _ask_staff(self, purpose: str, title: str) -> None:
        current = self.pages.currentWidget()
        if current is not self.staff_check:
            self._back_to = current
        self._purpose = purpose
        self.say("")
        self.staff_check.start(title)
        self.pages.setCurrentWidget(self.staff_check)
        self._show_buttons()

    def _back_from_staff(self) -> None:
        self._purpose = ""
        self.pages.setCurrentWidget(self._back_to or self.questions or self.staff_check)
        self._show_buttons()

    def _staff_confirmed(self, member: Member) -> None:
        if self._purpose == "leave":
            self.left.emit()
            self.leave()
        elif self._purpose == "sign":
            self._sign_as(member)

    def _sign_as(self, member: Member) -> None:
        data, questions, consent = self.data, self.questions, self.consent
        assert data is not None
        assert questions is not None
        assert consent is not None
        client_doc = consent.client_id_fields.document()
        guardian_doc = consent.guardian_id_fields.document() if consent.guardian_id_fields else (None, None)
        guardian_signature = consent.guardian_signature.pad.signature() if consent.guardian_signature else None
        desk = self.ctx.desk()
        form_id = uuid.uuid4()
        op = sign_form(
            form_id,
            client_id=self.client_id,
            template=data.template,  # the shipped one, not yet published: published first by the op
            answers=questions.answers(),
            signature=consent.client_signature.pad.signature(),
            witness_id=member.id,
            signed_at=desk.now() if desk is not None else utcnow(),
            appointment_id=self.appointment_id,
            client_document_type=client_doc[0],
            client_document_number=client_doc[1],
            guardian_name=data.value("guardian_name") if data.minor else None,
            guardian_relationship=data.value("guardian_relationship") if data.minor else None,
            guardian_document_type=guardian_doc[0],
            guardian_document_number=guardian_doc[1],
            guardian_signature=guardian_signature,
            image_use=consent.image_use.isChecked(),
            amends_id=self.amends_id,
            health_seen=data.health_seen(),
            parent=self,
        )
        self.staff_check.setEnabled(False)
        self.ctx.runner.run(op.success(lambda _applied: self._signed(form_id, _applied)).failure(self._refused))

    def _signed(self, form_id: uuid.UUID, _applied: Applied) -> None:
        self.staff_check.setEnabled(True)
        self.result.setText(translate("ClientMode", "Signed and saved. Thank you!"))
        self.result.setAccessibleName(self.result.text())
        self.pages.setCurrentWidget(self.result)
        self._show_buttons()
        self.signed.emit(form_id)
        QTimer.singleShot(CLOSE_AFTER_MS, self, self.leave)

    def _refused(self, exc: BaseException) -> None:
        """The form stays as filled in; nothing was saved."""
        self.staff_check.setEnabled(True)
        self._purpose = ""
        page = self.questions if getattr(exc, "code", "") == "form_answer_missing" else self.consent
        self.pages.setCurrentWidget(page or self.staff_check)
        self._show_buttons()
        if isinstance(exc, MutationError):
            self.say(translate("ClientMode", "Not signed: {why}").format(why=refusal_text(exc)))
        else:
            self.say(translate("ClientMode", "Not signed: something went wrong. Nothing was saved; try again."))

    # -- leaving --------------------------------------------------------------------------------
    def leave(self) -> None:
        """Close for good (a staff member's PIN said so, or the form was signed)."""
        self._may_close = True
        if self.hold is not None:
            self.hold.release()
            self.hold = None
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
            self.deleteLater()
            return
        event.ignore()  # Alt+F4, the window's own close: a staff member's PIN first
        if self.pages.currentWidget() is not self.staff_check:
            self.ask_to_leave()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc does not leave client mode
            return
        super().keyPressEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.raise_()
        self.activateWindow()


def open_client_mode(
    ctx: DeskContext,
    client_id: uuid.UUID,
    appointment_id: uuid.UUID | None = None,
    amends_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
    *,
    full_screen: bool = True,
) -> ClientModeWindow:
    """Open the client's form in client mode (full screen; ``full_screen`` False: a normal window,
    for tests and screenshots). The window reads as it is built, then fills in (``ready``)."""
    window = ClientModeWindow(ctx, client_id, appointment_id=appointment_id, amends_id=amends_id, parent=parent)
    if full_screen:
        # The whole screen first: without a window manager (a kiosk X session, Xvfb) the
        # full-screen state alone leaves the window at its small size beside the desk.
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.show()
    return window
