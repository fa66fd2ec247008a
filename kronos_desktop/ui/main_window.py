"""The main window: a section list (Agenda, Clients, Checkout) beside the section shown,
the menus, and the status bar. Each section lives in its own module.

In front of it all, the desk's lock (kronos_desktop/ui/lock): while locked, the lock screen
(picker and PIN pad) replaces the workspace, which keeps its state behind it, and the menus'
actions and shortcuts are off. Once a member is identified, the actions follow the desk's role
narrowed to theirs (a PIN narrows, never widens), Undo follows their own changes, and the status
bar names them (a click locks the desk again, to switch)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import kronos_core
from kronos_core.mutations import MutationError
from kronos_core.roles import Role, lower_role
from kronos_desktop import i18n
from kronos_desktop.ops.undo import Done, UndoStack
from kronos_desktop.store.queries.undo import AtDesk, at_desk, client_named
from kronos_desktop.ui import actions, icons, look, undo_words
from kronos_desktop.ui.agenda.view import AgendaView
from kronos_desktop.ui.common.errors import show_failure
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.lock.change_pin_dialog import ChangePinDialog
from kronos_desktop.ui.lock.controller import DeskLock, hide_dialogs, show_again
from kronos_desktop.ui.lock.lock_screen import LockScreen
from kronos_desktop.ui.lock.member_button import MemberButton
from kronos_desktop.ui.lock.set_pin_dialog import PinDialog, SetPinDialog
from kronos_desktop.ui.shortcuts_dialog import ShortcutsDialog
from kronos_desktop.ui.sync.status_bar import DeskStatusBar

if TYPE_CHECKING:  # built on their first visit (sections) or first opening (the inbox)
    from kronos_desktop.ui.checkout.view import CheckoutView
    from kronos_desktop.ui.clients.view import ClientsView
    from kronos_desktop.ui.settings.section import StudioSection
    from kronos_desktop.ui.sync.inbox import ConflictsDialog

SECTIONS = ("agenda", "clients", "checkout", "studio")
NATIVE = QKeySequence.SequenceFormat.NativeText
PREFERRED = QSize(1280, 800)
# Settings → the Studio section's tabs: (handler, tab) of each action named studio.<tab> (the
# section's module, kronos_desktop/ui/settings/section.py TABS, loads on its first visit).
STUDIO_TAB_ACTIONS = tuple(
    (s.handler, s.name.removeprefix("studio.")) for s in actions.ACTIONS if s.name.startswith("studio.")
)
# Small enough for a 1024x600 counter screen with a taskbar and the window's title bar.
MINIMUM = QSize(800, 480)


def build_section(key: str, ctx: DeskContext, parent: QWidget) -> QWidget:
    """A section other than the Agenda, built (and its modules imported) on its first visit:
    the window shows sooner (issue 17, "Start"). Built inside ``parent``: never a window of its
    own, even for a moment (one would take the focus from the main window)."""
    if key == "clients":
        from kronos_desktop.ui.clients.view import ClientsView

        return ClientsView(ctx, parent)
    if key == "checkout":
        from kronos_desktop.ui.checkout.view import CheckoutView

        return CheckoutView(ctx, parent)
    from kronos_desktop.ui.settings.section import StudioSection

    return StudioSection(ctx, parent)


def fitting_size(available: QSize) -> QSize:
    """The window's first size: the preferred one, shrunk to the screen's free area (less room
    for the window's frame), never below the minimum."""
    frame = QSize(16, 40)
    return PREFERRED.boundedTo(available - frame).expandedTo(MINIMUM)


class MainWindow(QMainWindow):
    def __init__(self, ctx: DeskContext, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setAccessibleName("KRONOS")
        self.setMinimumSize(MINIMUM)
        self.resize(fitting_size(self.screen().availableGeometry().size()))

        self.agenda = AgendaView(ctx)
        self.agenda.resolve_requested.connect(lambda booking: self.show_conflicts().view.show_booking(booking))
        self._sections: dict[str, QWidget] = {"agenda": self.agenda}  # the others: on their first visit
        self.stack = QStackedWidget()
        self.stack.setObjectName("sectionStack")
        self.nav = named(QListWidget(), "sectionList", self.tr("Sections"))
        self.nav.setIconSize(QSize(20, 20))
        self.brand_studio = QLabel()
        self.brand_studio.setObjectName("brandStudio")
        self.brand_studio.setWordWrap(True)
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(200)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        brand = QLabel("KRONOS")
        brand.setObjectName("brandName")
        side.addWidget(brand)
        side.addWidget(self.brand_studio)
        side.addWidget(self.nav, 1)
        labels = {
            "agenda": self.tr("Agenda"),
            "clients": self.tr("Clients"),
            "checkout": self.tr("Checkout"),
            "studio": self.tr("Studio"),
        }
        keys = {key: actions.spec(f"go.{key}").key_sequence().toString(NATIVE) for key in SECTIONS}
        for key in SECTIONS:
            item = QListWidgetItem(labels[key])
            item.setIcon(icons.icon(icons.SECTIONS[key], self.nav))  # in the list's own (light on dark) colours
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{labels[key]} ({keys[key]})")
            item.setSizeHint(QSize(180, 44))
            self.nav.addItem(item)
            self.stack.addWidget(self.agenda if key == "agenda" else QWidget())  # a stand-in until visited
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        central.setObjectName("central")
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addWidget(self.stack, 1)
        self.workspace = central
        self.desk_lock = DeskLock(self)
        self.desk_lock.install()  # the idle lock sees the application's input
        ctx.hold_idle = self.desk_lock.hold  # a view holds it off while a client uses the screen
        self._behind_lock: list[QDialog] = []  # dialogs hidden while locked, shown again after
        self.lock_screen = LockScreen(ctx, self.desk_lock)
        self.shell = QStackedWidget()  # the workspace, or the lock screen in front of it
        self.shell.setObjectName("deskShell")
        self.shell.addWidget(self.workspace)
        self.shell.addWidget(self.lock_screen)
        self.setCentralWidget(self.shell)
        self.status = DeskStatusBar(ctx, self)
        self.setStatusBar(self.status)
        self.member_button = MemberButton()
        self.member_button.clicked.connect(self.lock_desk)
        self.status.addPermanentWidget(self.member_button)
        self.status.conflicts_requested.connect(self.show_conflicts)
        self.conflicts_dialog: ConflictsDialog | None = None
        # Asking before quitting with changes not yet on the server (off for a programmatic close).
        self.confirm_quit = True
        self.undo_stack = UndoStack(ctx.runner, lambda: self.at_desk.staff_id, self)
        self._build_menus()
        self.desk_lock.member_changed.connect(self._on_member_changed)
        self.desk_lock.locked_changed.connect(self._on_locked_changed)
        self.lock_screen.read_done.connect(self._on_lock_screen_read)
        self._show_member()
        self._follow_person()
        self.nav.setCurrentRow(0)
        ctx.hub.rows_changed.connect(self._on_rows_changed)
        self._update_title()

    # -- menus (from the action registry, kronos_desktop/ui/actions.py) ---------------------
    def _build_menus(self) -> None:
        handlers: dict[str, Callable[..., object]] = {
            "show_conflicts": self.show_conflicts,
            "close": self.close,
            "undo": self.undo_last,
            "choose_language": self.choose_language,
            "choose_theme": self.choose_theme,
            "show_shortcuts": self.show_shortcuts,
            "show_about": self.show_about,
            "lock_desk": self.lock_desk,
            "change_pin": self.change_pin,
            **{f"go_{key}": (lambda k=key: self.show_section(k)) for key in SECTIONS},
            **{handler: (lambda t=tab: self.show_studio_tab(t)) for handler, tab in STUDIO_TAB_ACTIONS},
            **self._agenda_handlers(),
        }
        self._desk_at = self._read_at_desk()
        self.action_set = actions.ActionSet(self, handlers, self.at_desk.role)
        self.language_group = self.action_set.groups["language"]
        for action in self.language_group.actions():
            action.setChecked(action.data() == self.ctx.language)
        self.theme_group = self.action_set.groups["theme"]
        chosen_theme = look.saved_theme(self.settings)
        for action in self.theme_group.actions():
            action.setChecked(action.data() == chosen_theme)
        self.undo_action = self.action_set.actions["edit.undo"]
        self.undo_stack.changed.connect(self._update_undo)
        self._update_undo()

    def _agenda_handlers(self) -> dict[str, Callable[..., object]]:
        """The Agenda menu (ui/actions.py): each shows the agenda, then acts on it."""
        agenda = self.agenda

        def there(act: Callable[[], object]) -> Callable[[], object]:
            def run() -> object:
                self.show_section("agenda")
                return act()

            return run

        return {
            "agenda_today": there(agenda.go_today),
            "agenda_previous": there(lambda: agenda.step(-1)),
            "agenda_next": there(lambda: agenda.step(1)),
            "agenda_go_to": there(agenda.ask_date),
            "agenda_day": there(lambda: agenda.set_face("day")),
            "agenda_week": there(lambda: agenda.set_face("week")),
            "agenda_month": there(lambda: agenda.set_face("month")),
            "agenda_columns": there(agenda.toggle_grouping),
            "find_client_anywhere": self.find_client_anywhere,
            "agenda_book": there(agenda.new_booking),
            "agenda_find_slot": there(agenda.commands.find_slot),
            "agenda_free_now": there(lambda: agenda.show_free_now(not agenda.free_now.isVisible())),
            "agenda_time_off": there(lambda: agenda.commands.time_off(agenda.day())),
            "agenda_my_day": agenda.commands.my_day,
            "agenda_print": there(lambda: agenda.commands.print_day(agenda.day())),
            "agenda_export_ics": agenda.commands.export_ics,
        }

    def find_client_anywhere(self) -> None:
        """Ctrl+K from any section: the Clients section with its search focused, old text selected."""
        self.show_section("clients")
        self.clients.focus_search()

    def _read_at_desk(self) -> AtDesk:
        """Once, as the window is built (as its title is); later changes are read off the GUI
        thread (_on_desk_changed)."""
        with self.ctx.reader.connect() as conn:
            return at_desk(conn)

    def _on_desk_changed(self) -> None:
        """The desk's role or the person at it changed: the actions follow."""
        self.ctx.reads.ask(self, "at_desk", at_desk, self._show_at_desk)

    def _show_at_desk(self, answer: AtDesk) -> None:
        self._desk_at = answer
        self._follow_person()

    @property
    def at_desk(self) -> AtDesk:
        """The role the desk acts with now (its own, narrowed to the identified member's) and
        who is at it (the member; with nobody identified, the desk's own member)."""
        member = self.desk_lock.member
        role = self._desk_at.role
        if member is None or role is Role.ARTIST:  # an artist's desk records its own member only
            return self._desk_at
        return AtDesk(lower_role(role, member.role) if role is not None else member.role, member.id)

    # -- the desk's lock (kronos_desktop/ui/lock) ----------------------------------------------
    def lock_desk(self) -> None:
        """File → Lock / switch person (Ctrl+L), or the name in the status bar."""
        self.desk_lock.lock()

    def change_pin(self) -> PinDialog | None:
        """File → Change my PIN…: the member identified at the desk (or, with nobody identified,
        the desk's own member) changes theirs, or sets a first one."""
        known = self.lock_screen.desk
        member = self.desk_lock.member or known.member(self._desk_at.staff_id)
        if member is None or self.desk_lock.locked:
            return None
        member = known.member(member.id) or member  # whether they have a PIN, as last read
        dialog: PinDialog = (
            ChangePinDialog(self.ctx, member, self) if member.has_pin else SetPinDialog(self.ctx, member, self)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_member_changed(self, member: object) -> None:
        # The store records the next changes as made by them (in order with the writes already
        # submitted: on the writer thread).
        runner = self.ctx.runner
        if runner.writer.closed:
            return  # the desk is closing (a lock timed out as it quit): nobody is at it any more
        runner.writer.submit(runner.store.set_member, self.desk_lock.member.id if self.desk_lock.member else None)
        self._show_member()
        self._follow_person()

    def _on_locked_changed(self, locked: bool) -> None:
        self.shell.setCurrentWidget(self.lock_screen if locked else self.workspace)
        self.status.setEnabled(not locked)  # its conflicts button opens the inbox
        self.member_button.setVisible(not locked)
        self._show_member()
        if locked:
            self._behind_lock = hide_dialogs(self, self.lock_screen)
            self.ctx.who.set(None, None)
            for action in self.action_set.actions.values():
                action.setEnabled(False)
            self.action_set.role = None
        else:
            show_again(self._behind_lock)
            self._behind_lock = []
            self._follow_person()

    def _follow_person(self) -> None:
        """The actions (and the views' shortcuts), Undo and the views (ctx.who) follow the
        person at the desk."""
        if self.desk_lock.locked:
            self.ctx.who.set(None, None)
            return
        here = self.at_desk
        self.action_set.set_role(here.role)
        self._update_undo()
        known = self.desk_lock.member or self.lock_screen.desk.member(here.staff_id)
        self.ctx.who.set(here.staff_id, here.role, known.name if known else "", known.color if known else "")

    def _on_lock_screen_read(self) -> None:
        """The staff as the lock screen last read them: the name and colour of who is at the desk."""
        who = self.ctx.who
        known = self.lock_screen.desk.member(who.staff_id) if not self.desk_lock.locked else None
        if known is not None:
            who.set(who.staff_id, who.role, known.name, known.color)

    def _show_member(self) -> None:
        member = self.desk_lock.member
        # The bar's own line names the desk's member: right only with nobody identified, unlocked.
        self.status.staff_label.setVisible(member is None and not self.desk_lock.locked)
        self.member_button.show_member(member)

    # -- undo --------------------------------------------------------------------------------
    def _undo_reason(self, done: Done | None, client: str | None) -> str:
        reason = undo_words.undo_reason(done, client)
        if not reason and done is not None and done.inverse_name is not None:
            reason = actions.why_not(done.inverse_name, self.at_desk.role)
        return reason

    def _update_undo(self) -> None:
        """Edit → Undo follows the last action of the person at the desk: enabled at once, its
        words (naming the client, read off the GUI thread) when the read answers."""
        done = self.undo_stack.last()
        self.undo_action.setEnabled(
            not self.desk_lock.locked and not self._undo_reason(done, None) and not self.undo_stack.busy
        )
        if done is None:
            self._show_undo(None, None)
        else:
            self.ctx.reads.ask(
                self, "undo_words", lambda conn: client_named(conn, done.args), lambda c: self._show_undo(done, c)
            )

    def _show_undo(self, done: Done | None, client: str | None) -> None:
        if done is not self.undo_stack.last():
            return  # another action since: its own words are on their way
        self.undo_action.setText(undo_words.undo_text(done, client))
        self.undo_action.setToolTip(self._undo_reason(done, client) or actions.spec("edit.undo").accessible())

    def undo_last(self) -> None:
        """Edit → Undo: the last action of the person at the desk, undone by its inverse."""
        done = self.undo_stack.last()
        if not self._undo_reason(done, None) and not self.undo_stack.busy:
            self.undo_stack.undo(parent=self, failure=self._undo_refused)

    def _undo_refused(self, done: Done, exc: BaseException) -> None:
        if not isinstance(exc, MutationError):
            show_failure(self, exc)
            return
        self.ctx.reads.ask(
            self, "undo_refused", lambda conn: client_named(conn, done.args), lambda c: self._say_refused(done, exc, c)
        )

    def _say_refused(self, done: Done, exc: MutationError, client: str | None) -> None:
        box = QMessageBox(self)
        box.setObjectName("undoRefusedDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(undo_words.undo_title())
        box.setText(undo_words.refused_title(done, client))
        box.setInformativeText(refusal_text(exc))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def choose_language(self, code: str) -> None:
        if self.settings is not None:
            i18n.save_language(self.settings, code)
        if code == self.ctx.language:
            return
        box = QMessageBox(self)
        box.setObjectName("languageChangedDialog")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language"))
        box.setText(self.tr("The new language will be used the next time KRONOS starts."))
        box.open()

    def choose_theme(self, theme: str) -> None:
        """Settings → Theme: light, dark or the system's, at once and at the next start."""
        if self.settings is not None:
            look.save_theme(self.settings, theme)
        look.show_theme(theme)

    def about_text(self) -> str:
        return self.tr(
            "<h3>KRONOS {version}</h3>"
            "<p>Front desk for tattoo studios: agenda, clients and checkout.</p>"
            "<p>Works on its own, without internet; the studio's data stays on this computer.</p>"
        ).format(version=kronos_core.__version__)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setWindowTitle(self.tr("About KRONOS"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.open()

    def show_conflicts(self) -> ConflictsDialog:
        if self.conflicts_dialog is None:
            from kronos_desktop.ui.sync.inbox import ConflictsDialog

            self.conflicts_dialog = ConflictsDialog(self.ctx, self)
        self.conflicts_dialog.view.refresh()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        return self.conflicts_dialog

    def waiting_changes(self) -> int:
        """Changes this desk recorded that have not reached its server (0 for a standalone desk)."""
        sync = self.ctx.sync
        if sync is None or not sync.connected:
            return 0
        return sync.state().pending

    def closeEvent(self, event: QCloseEvent) -> None:
        waiting = self.waiting_changes()
        if self.confirm_quit and waiting:
            box = QMessageBox(self)
            box.setObjectName("quitWithChangesDialog")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Changes not sent yet"))
            box.setText(self.tr("%Ln change(s) have not reached the server yet.", "", waiting))
            box.setInformativeText(
                self.tr(
                    "They are kept safely on this computer and will be sent the next time KRONOS is open "
                    "and online. Quit anyway?"
                )
            )
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        event.accept()

    # -- the sections ----------------------------------------------------------------------
    def section(self, key: str) -> QWidget:
        """The section's view, built on first asking (its first visit, or a menu's action on it)."""
        view = self._sections.get(key)
        if view is None:
            view = build_section(key, self.ctx, self.stack)
            self._sections[key] = view
            index = SECTIONS.index(key)
            stand_in = self.stack.widget(index)
            shown = self.stack.currentIndex()
            self.stack.insertWidget(index, view)
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            self.stack.setCurrentIndex(shown)
            self._gate_shortcuts(view)
        return view

    def _gate_shortcuts(self, view: QWidget) -> None:
        """A section built after the menus: its shortcuts follow the role the desk acts with now,
        as those of the sections built with the window do (ActionSet.set_role)."""
        action_set = getattr(self, "action_set", None)
        if action_set is None:
            return  # built with the window: the ActionSet gates it as it is made
        for shortcut in view.findChildren(QShortcut):
            found = actions.by_object_name(shortcut.objectName())
            if found is not None:
                shortcut.setEnabled(not actions.why_not(found.mutation, action_set.role))

    @property
    def clients(self) -> ClientsView:
        return cast("ClientsView", self.section("clients"))

    @property
    def checkout(self) -> CheckoutView:
        return cast("CheckoutView", self.section("checkout"))

    @property
    def studio(self) -> StudioSection:
        return cast("StudioSection", self.section("studio"))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self.section(SECTIONS[row])
        self.stack.setCurrentIndex(row)

    def visit_every_section(self) -> None:
        """Build every section now, the one shown staying shown (the smoke run checks that each
        one's modules are in the build)."""
        for key in SECTIONS:
            self.section(key)

    # -- state -----------------------------------------------------------------------------
    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(SECTIONS.index(key))

    def show_studio_tab(self, tab: str) -> None:
        """Settings → Studio settings / Staff / History: the Studio section at that tab."""
        self.show_section("studio")
        self.studio.show_tab(tab)

    def current_section(self) -> str:
        return SECTIONS[self.stack.currentIndex()]

    def _on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if {"studio", "replica"} & changed.keys():
            self._update_title()
        if "replica" in changed:
            self._on_desk_changed()
        elif self.undo_stack.last() is not None:
            self._update_undo()  # the names it shows, or what the role allows, may have changed

    def _update_title(self) -> None:
        studio = self.ctx.studio()
        self.setWindowTitle(f"KRONOS — {studio.name}" if studio is not None else "KRONOS")
        self.brand_studio.setText(studio.name if studio is not None else "")
