"""The first run: a welcome that sets a studio up, joins a studio's server, opens the demo, or
restores a studio from a backup copy (restore_page.py: staged, then KRONOS restarts on it).

Creating a studio goes page by page (the studio, its hours, the owner with a PIN, the artists,
the stations, the PIX key, a summary) and writes everything in ONE op at the end
(ops.studio.first_run): a studio is there whole, or not at all. What is typed is kept as the
person goes (draft.py: the data folder's ``first-run.json``, never the PIN), so quitting and
starting again reopens the wizard at the page reached with the fields filled.

Keys: Enter is the page's Next (Connect, Open the demo; Create on the summary only), never Back
or Quit; a held Enter does not race through the pages, and a click that lands on a page a moment
after arriving there (a double click on Next) does nothing. Esc with something typed asks first.

Joining signs in through the desk's session (as Settings → Connection); once signed in, the desk
downloads the studio and adds nothing of its own to it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kronos_core.mutations import MutationError
from kronos_desktop.auth.model import Connection
from kronos_desktop.ops.studio import NewStudio, first_run
from kronos_desktop.store import Applied
from kronos_desktop.ui.common import errors
from kronos_desktop.ui.common.dialog_keys import KeyedDialog, calm_buttons
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.sync import connection_text
from kronos_desktop.ui.sync.session_bridge import SessionBridge
from kronos_desktop.ui.welcome.aside import DemoNotOpened, ask_leave, create_failed_text, run_aside
from kronos_desktop.ui.welcome.choice_pages import DEMO, JOIN, RESTORE, ChoicePage, JoinPage
from kronos_desktop.ui.welcome.draft import FirstRunDraft
from kronos_desktop.ui.welcome.page import Page
from kronos_desktop.ui.welcome.pix_page import PixPage
from kronos_desktop.ui.welcome.restore_page import RestorePage, start_restore_flow
from kronos_desktop.ui.welcome.studio_pages import HoursPage, OwnerPage, StudioPage
from kronos_desktop.ui.welcome.summary_page import SummaryPage
from kronos_desktop.ui.welcome.team_pages import ArtistsPage, StationsPage

SAVE_AFTER_MS = 400  # the draft is written this long after the last edit (and at every page)

# Words the Settings pages and the old first screen already had, with their translations.
translate = QCoreApplication.translate


class WelcomeWizard(KeyedDialog):
    created = Signal()  # the studio exists (the draft is gone)
    demo_opened = Signal()  # the demo studio is in the database (the window reloads its views)
    _demo_done = Signal(object)  # from the demo's thread: None, or the exception

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        *,
        draft: FirstRunDraft | None = None,
        bridge: SessionBridge | None = None,
        open_demo: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self.draft_file = draft
        self.open_demo = open_demo
        self.setObjectName("welcomeWizard")
        self.setWindowTitle(translate("SetupDialog", "Welcome to KRONOS"))
        self.setAccessibleName(translate("SetupDialog", "Welcome to KRONOS"))
        self.setModal(True)
        self.busy = False  # creating the studio, or opening the demo
        self.finished_ok = False
        self.settle_ms = QGuiApplication.styleHints().mouseDoubleClickInterval()
        self._arrived = 0.0

        self.choice = ChoicePage(
            can_join=bridge is not None, can_demo=open_demo is not None, can_restore=draft is not None
        )
        self.join_page = JoinPage()
        self.restore_page = RestorePage(ctx)
        self.studio = StudioPage()
        self.hours = HoursPage()
        self.owner = OwnerPage()
        self.artists = ArtistsPage()
        self.stations = StationsPage()
        self.pix = PixPage()
        self.summary = SummaryPage()
        self.flow: list[Page] = [self.studio, self.hours, self.owner, self.artists, self.stations, self.pix,
                                 self.summary]  # fmt: skip
        self.pages: list[Page] = [self.choice, self.join_page, self.restore_page, *self.flow]

        self.title = title_label("", "welcomeTitle")
        self.step = QLabel()
        self.step.setObjectName("welcomeStep")
        self.step.setProperty("role", "muted")
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
            page.edited.connect(self._edited)
        self.error = QLabel()
        self.error.setObjectName("welcomeError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.busy_label = QLabel()
        self.busy_label.setObjectName("welcomeBusy")
        self.busy_label.hide()

        self.quit_button = named(
            QPushButton(translate("SetupDialog", "Quit")), "welcomeQuit", translate("SetupDialog", "Quit KRONOS")
        )
        self.back_button = named(QPushButton(self.tr("Back")), "welcomeBack", self.tr("Back to the previous step"))
        self.next_button = named(QPushButton(self.tr("Next")), "welcomeNext", self.tr("Next step"))
        self.next_button.setProperty("kind", "primary")
        self.create_button = named(
            QPushButton(self.tr("Create the studio")), "welcomeCreate", self.tr("Create the studio")
        )
        self.create_button.setProperty("kind", "primary")
        self.quit_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(lambda: self._primary(self.next_page))
        self.create_button.clicked.connect(lambda: self._primary(self.create_studio))
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.step)
        layout.addLayout(heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_label)
        layout.addLayout(buttons)

        if bridge is not None:
            bridge.sign_in_url.connect(self.join_page.show_link)
            bridge.sign_in_finished.connect(self._joined)
            bridge.sign_in_failed.connect(self._join_failed)
        self.join_page.cancel_button.clicked.connect(self._cancel_sign_in)
        self._demo_done.connect(self._demo_finished, Qt.ConnectionType.QueuedConnection)
        self.restart = start_restore_flow(self, self.restore_page)  # what a staged copy calls (tests: set)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.save_draft)
        self._size_to_screen()
        self._resume()
        # No idle lock while the studio is being set up (it would hide the wizard behind a picker).
        self._idle_hold = ctx.hold_idle(self) if ctx.hold_idle is not None else None

    # -- showing -------------------------------------------------------------------------------
    def _size_to_screen(self) -> None:
        self.setMinimumSize(600, 440)
        room = QGuiApplication.primaryScreen().availableGeometry()
        width, height = min(760, room.width() - 24), min(540, room.height() - 48)
        self.resize(max(width, 600), max(height, 440))

    def _resume(self) -> None:
        saved = self.draft_file.load() if self.draft_file is not None else {}
        for page in self.pages:
            page.fill(saved)
        reached = next((p for p in self.pages if p.key == saved.get("page")), self.choice)
        if reached in (self.join_page, self.restore_page, *self.flow) and self.choice.choice() == DEMO:
            reached = self.choice
        if reached in self.flow and self.flow.index(reached) > self.flow.index(self.owner):
            self.owner.resumed.show()  # the PIN is asked again
            self.owner.pin_asked_again = True
        self.go(reached, save=False)

    @property
    def page(self) -> Page:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Page)
        return widget

    def go(self, page: Page, *, save: bool = True) -> None:
        self.show_error("")
        if page is self.pix:
            self.pix.suggest_merchant(self.studio.name.text().strip())
        if page is self.summary:
            self.summary.show_draft(self.collect())
        self.stack.setCurrentWidget(page)
        self._arrived = time.monotonic()
        self._update()
        field = page.first_field()
        if field is not None:
            field.setFocus()
        if save:
            self.save_draft()

    def _update(self) -> None:
        page, signing_in = self.page, self.signing_in
        self.title.setText(page.title())
        if page in self.flow:
            self.step.setText(self.tr("Step {number} of {count}").format(
                number=self.flow.index(page) + 1, count=len(self.flow)))  # fmt: skip
        self.step.setVisible(page in self.flow)
        self.back_button.setVisible(page is not self.choice)
        self.back_button.setEnabled(not self.busy and not signing_in)
        self.next_button.setVisible(page is not self.summary and not signing_in)
        self.create_button.setVisible(page is self.summary)
        for button in (self.next_button, self.create_button, self.quit_button):
            button.setEnabled(not self.busy)
        self.choice.setEnabled(not self.busy)
        self.join_page.address.setEnabled(not signing_in)
        self.join_page.waiting.setVisible(signing_in)
        texts = {JOIN: translate("SetupDialog", "Connect"), DEMO: self.tr("Open the demo")}
        text = texts.get(self.choice.choice(), self.tr("Next")) if page is self.choice else self.tr("Next")
        if page is self.join_page:
            text = translate("SetupDialog", "Connect")
        if page is self.restore_page:
            text = self.tr("Restore")
        self.next_button.setText(text)
        self.next_button.setAccessibleName(text)
        calm_buttons(self, self.primary_button())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show_busy(self, text: str) -> None:
        self.busy = bool(text)
        self.busy_label.setText(text)
        self.busy_label.setVisible(bool(text))
        self._update()

    # -- keys ----------------------------------------------------------------------------------
    def primary_button(self) -> QPushButton:
        return self.create_button if self.page is self.summary else self.next_button

    def typed(self) -> bool:
        return any(page.typed() for page in self.pages)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.isAutoRepeat():
            event.accept()  # a held Enter does not race through the pages
            return
        super().keyPressEvent(event)

    def _primary(self, action: Callable[[], None]) -> None:
        if (time.monotonic() - self._arrived) * 1000 < self.settle_ms:
            return  # the second click of a double click on the previous page's Next
        action()

    def reject(self) -> None:
        if not self.finished_ok:  # finished (a restore staged): the restart closes it, unasked
            if self.busy:
                return  # the studio is being written (or the demo): a moment
            if self.isVisible() and self.typed() and not ask_leave(self):
                return
        super(KeyedDialog, self).reject()

    def done(self, result: int) -> None:
        """Leaving abandons a sign-in still waiting for the browser; the draft is kept."""
        self._cancel_sign_in()
        if not self.finished_ok:
            self.save_draft()
        if self._idle_hold is not None:
            self._idle_hold.release()
            self._idle_hold = None
        super().done(result)

    # -- the draft -----------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for page in self.pages:
            page.collect(found)
        found["page"] = self.page.key
        return found

    def _edited(self) -> None:
        self._update()  # the choice names Next; a row just added has a button: Enter is not its
        self._save_timer.start()

    def save_draft(self) -> None:
        self._save_timer.stop()
        if self.draft_file is None or self.finished_ok:
            return
        if self.page is self.choice and not self.typed():
            return  # nothing to resume
        self.draft_file.save(self.collect())

    def _forget_draft(self) -> None:
        self.finished_ok = True
        self._save_timer.stop()
        if self.draft_file is not None:
            self.draft_file.delete()

    # -- moving --------------------------------------------------------------------------------
    def next_page(self) -> None:
        if self.busy or self.signing_in:
            return
        page = self.page
        if page is self.choice:
            choice = self.choice.choice()
            if choice == DEMO:
                self.demo()
            else:
                self.go({JOIN: self.join_page, RESTORE: self.restore_page}.get(choice, self.studio))
            return
        problem = page.problem()
        if problem is not None:
            self._say(*problem)
            return
        if page is self.join_page:
            self.join()
        elif page is self.restore_page:
            self.restore_page.restore()
        elif page is self.summary:
            self.create_studio()
        else:
            self.go(self.flow[self.flow.index(page) + 1])

    def back(self) -> None:
        if self.busy or self.signing_in or self.page is self.choice:
            return
        page = self.page
        self.go(
            self.choice
            if page in (self.join_page, self.restore_page, self.studio)
            else self.flow[self.flow.index(page) - 1]
        )

    def _say(self, text: str, field: QWidget | None) -> None:
        self.show_error(text)
        if field is not None:
            field.setFocus()

    # -- creating ------------------------------------------------------------------------------
    def create_studio(self) -> None:
        """Every page checked (the first wrong one is shown), then the one op that writes it all."""
        if self.busy or self.finished_ok:
            return
        for page in self.flow:
            problem = page.problem()
            if problem is not None:
                self.go(page)
                self._say(*problem)
                return
        draft = self.collect()
        new = NewStudio(
            name=str(draft["studio_name"]),
            owner_name=str(draft["owner_name"]),
            owner_pin=self.owner.pin.text(),
            timezone=str(draft["timezone"]),
            state=draft.get("state"),
            opening_hours=draft.get("opening_hours"),
            artists=self.artists.artists(),
            stations=self.stations.names(),
            pix=self.pix.values(),
            language=self.ctx.language,
        )
        self.save_draft()
        self._show_busy(self.tr("Creating the studio…"))
        self.ctx.runner.run(first_run(new, parent=self).success(self._created).failure(self._create_failed))

    def _created(self, _applied: Applied) -> None:
        self._forget_draft()
        self._show_busy("")
        self.created.emit()
        self.accept()

    def _create_failed(self, exc: BaseException) -> None:
        self._show_busy("")
        self.show_error(create_failed_text(exc))
        if not isinstance(exc, MutationError):
            errors.show_failure(self, exc)  # the details, and the log

    # -- the demo ------------------------------------------------------------------------------
    def demo(self) -> None:
        if self.open_demo is None or self.busy:
            return
        self._show_busy(self.tr("Opening the demo studio… (a few seconds)"))
        run_aside(self.open_demo, self._demo_done)

    def _demo_finished(self, error: BaseException | None) -> None:
        self._show_busy("")
        if error is not None:
            text = str(error) if isinstance(error, DemoNotOpened) else self.tr("The demo studio could not open.")
            self.show_error(text)
            return
        self._forget_draft()
        self.demo_opened.emit()
        self.accept()

    # -- joining -------------------------------------------------------------------------------
    @property
    def signing_in(self) -> bool:
        return self.bridge is not None and self.bridge.signing_in

    def join(self) -> None:
        """Sign in to the studio's server (in the background); nothing is written until it
        answers, and then only the connection: the studio comes with the first download."""
        if self.bridge is None or self.signing_in:
            return
        self.show_error("")
        self.join_page.link.clear()
        self.save_draft()
        self.bridge.sign_in(self.join_page.address.text().strip(), self.ctx.language)
        self._update()
        self.join_page.cancel_button.setFocus()

    def _cancel_sign_in(self) -> None:
        if self.bridge is not None:
            self.bridge.cancel_sign_in()

    def _joined(self, _connection: Connection) -> None:
        self._forget_draft()
        self._update()
        self.accept()

    def _join_failed(self, error: BaseException) -> None:
        self.show_error(connection_text.error_text(error))
        self._update()
        self.join_page.address.setFocus()
