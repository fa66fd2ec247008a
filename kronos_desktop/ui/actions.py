"""Every user action of the desk, declared once (qutebrowser's command registry, Anki's ops).

An :class:`ActionSpec` says an action's name, its text (through Qt's translation), shortcut,
icon, the menu it sits in, the mutation it runs (if any) and the name of its handler. The main
window's menus, the views' shortcuts and Help → Keyboard shortcuts are all built from
:data:`ACTIONS`: an action is added here or nowhere. :class:`ActionSet` builds the ``QAction``
of each and keeps them to the role of the desk: an action whose mutation the desk's role may
not run (``MutationSpec.allows``) is disabled, its tooltip saying why in the person's
language, and enabled again when the role changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from kronos_core.mutations import get_spec
from kronos_core.roles import Role
from kronos_desktop import i18n
from kronos_desktop.ui.common.fmt import role_label

translate = QCoreApplication.translate

Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class MenuSpec:
    key: str
    object_name: str
    text: Callable[[], str]
    parent: str | None = None  # a submenu of this menu


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the registry's key ("file.quit")
    object_name: str  # stable, for tests and accessibility tools
    text: Callable[[], str]  # the menu's text (with its & mnemonic)
    handler: str  # the name of the function the window or view binds to it
    menu: str | None = None  # a MenuSpec's key; None: a shortcut of a view, in no menu
    shortcut: Key | None = None
    mutation: str | None = None  # the mutation it runs (its roles decide who may)
    icon: str | None = None  # a theme icon's name
    description: Callable[[], str] | None = None  # what a screen reader and the status bar say
    menu_role: QAction.MenuRole = QAction.MenuRole.NoRole
    separator_after: bool = False
    checkable: bool = False
    data: str | None = None

    def key_sequence(self) -> QKeySequence:
        return QKeySequence(self.shortcut) if self.shortcut is not None else QKeySequence()

    def plain_text(self) -> str:
        """The text without its mnemonic or ellipsis, as a list shows it."""
        return self.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()

    def accessible(self) -> str:
        return self.description() if self.description is not None else self.plain_text()


MENUS: tuple[MenuSpec, ...] = (
    MenuSpec("file", "fileMenu", lambda: translate("MainWindow", "&File")),
    MenuSpec("edit", "editMenu", lambda: translate("Actions", "&Edit")),
    MenuSpec("go", "goMenu", lambda: translate("MainWindow", "&Go")),
    MenuSpec("agenda", "agendaMenu", lambda: translate("Actions", "&Agenda")),
    MenuSpec("settings", "settingsMenu", lambda: translate("MainWindow", "&Settings")),
    MenuSpec("language", "languageMenu", lambda: translate("MainWindow", "&Language"), parent="settings"),
    MenuSpec("help", "helpMenu", lambda: translate("MainWindow", "&Help")),
)

LANGUAGE_NAMES = {"pt_BR": "Português (Brasil)", "en": "English"}


def _go(key: str, text: Callable[[], str], shortcut: str) -> ActionSpec:
    return ActionSpec(f"go.{key}", f"goto_{key}", text, f"go_{key}", "go", shortcut)


def _agenda(
    key: str, object_name: str, text: Callable[[], str], shortcut: str, separator_after: bool = False
) -> ActionSpec:
    """An action of the Agenda menu (its handler ``agenda_<key>`` shows the agenda and acts there)."""
    return ActionSpec(
        f"agenda.{key}", object_name, text, f"agenda_{key}", "agenda", shortcut, separator_after=separator_after
    )


def _language(code: str) -> ActionSpec:
    name = LANGUAGE_NAMES[code]
    return ActionSpec(
        f"language.{code}", f"language_{code}", lambda: name, "choose_language", "language", checkable=True, data=code
    )


ACTIONS: list[ActionSpec] = [
    ActionSpec(
        "desk.lock",
        "lockDeskAction",
        lambda: translate("Actions", "&Lock / switch person"),
        "lock_desk",
        "file",
        "Ctrl+L",
        icon="system-lock-screen",
        description=lambda: translate("Actions", "Lock the desk, or let someone else step up"),
    ),
    ActionSpec(
        "desk.change_pin",
        "changePinAction",
        lambda: translate("Actions", "Change my &PIN…"),
        "change_pin",
        "file",
        description=lambda: translate("Actions", "Change my PIN"),
        separator_after=True,
    ),
    ActionSpec(
        "file.conflicts",
        "conflictsAction",
        lambda: translate("MainWindow", "Review &conflicts…"),
        "show_conflicts",
        "file",
        description=lambda: translate("MainWindow", "Review conflicts"),
        separator_after=True,
    ),
    ActionSpec(
        "file.quit",
        "quitAction",
        lambda: translate("MainWindow", "&Quit"),
        "close",
        "file",
        "Ctrl+Q",
        icon="application-exit",
        description=lambda: translate("MainWindow", "Quit KRONOS"),
        menu_role=QAction.MenuRole.QuitRole,
    ),
    ActionSpec(
        "edit.undo",
        "undoAction",
        lambda: translate("Actions", "&Undo"),
        "undo",
        "edit",
        QKeySequence.StandardKey.Undo,
        icon="edit-undo",
        description=lambda: translate("Actions", "Undo your last change"),
    ),
    _go("agenda", lambda: translate("MainWindow", "Agenda"), "Ctrl+1"),
    _go("clients", lambda: translate("MainWindow", "Clients"), "Ctrl+2"),
    _go("checkout", lambda: translate("MainWindow", "Checkout"), "Ctrl+3"),
    _go("studio", lambda: translate("MainWindow", "Studio"), "Ctrl+4"),
    ActionSpec(
        "go.find_client",
        "findClientAnywhereAction",
        lambda: translate("Actions", "Find a client from anywhere…"),
        "find_client_anywhere",
        "go",
        "Ctrl+K",
        description=lambda: translate("Actions", "The Clients section, its search ready for a name or phone"),
    ),
    # The agenda's moves: Ctrl+letters, Alt+PgUp/PgDn and Alt+digits, which no text field takes,
    # nor the menus' mnemonics (Alt+letters), nor a list's scrolling (PgUp/PgDn), nor the drawn
    # day's keys (arrows; Alt+arrows move a booking).
    _agenda("today", "agendaTodayAction", lambda: translate("Actions", "&Today"), "Ctrl+T"),
    _agenda(
        "previous", "agendaPreviousAction", lambda: translate("Actions", "&Previous day, week or month"), "Alt+PgUp"
    ),
    _agenda("next", "agendaNextAction", lambda: translate("Actions", "Ne&xt day, week or month"), "Alt+PgDown"),
    _agenda("go_to", "agendaGoToAction", lambda: translate("Actions", "&Go to a date…"), "Ctrl+G", True),
    _agenda("day", "agendaDayAction", lambda: translate("Actions", "&Day"), "Alt+1"),
    _agenda("week", "agendaWeekAction", lambda: translate("Actions", "&Week"), "Alt+2"),
    _agenda("month", "agendaMonthAction", lambda: translate("Actions", "&Month"), "Alt+3", True),
    _agenda(
        "columns", "agendaColumnsAction", lambda: translate("Actions", "Columns by &artist or station"), "Alt+4", True
    ),
    ActionSpec(
        "agenda.book",
        "agendaBookAction",
        lambda: translate("Actions", "New &booking…"),
        "agenda_book",
        "agenda",
        mutation="appointment.book",
        description=lambda: translate("Actions", "Book a session, a consultation or a walk-in"),
    ),
    ActionSpec(
        "agenda.find_slot",
        "agendaFindSlotAction",
        lambda: translate("Actions", "&Find a slot…"),
        "agenda_find_slot",
        "agenda",
        "Ctrl+Shift+F",
        mutation="appointment.book",
        description=lambda: translate("Actions", "The next free slots for a length and an artist"),
    ),
    ActionSpec(
        "agenda.free_now",
        "agendaFreeNowAction",
        lambda: translate("Actions", "Free &now"),
        "agenda_free_now",
        "agenda",
        "Ctrl+Shift+W",
        description=lambda: translate("Actions", "Who is free now, for a walk-in"),
    ),
    ActionSpec(
        "agenda.time_off",
        "agendaTimeOffAction",
        lambda: translate("Actions", "Time &off…"),
        "agenda_time_off",
        "agenda",
        mutation="time_off.add",
        description=lambda: translate("Actions", "Block an artist's time: a holiday, lunch, a convention"),
        separator_after=True,
    ),
    ActionSpec(
        "agenda.my_day",
        "agendaMyDayAction",
        lambda: translate("Actions", "M&y day"),
        "agenda_my_day",
        "agenda",
        description=lambda: translate("Actions", "An artist's day, large, with each client's alerts"),
    ),
    ActionSpec(
        "agenda.print",
        "agendaPrintAction",
        lambda: translate("Actions", "P&rint the day…"),
        "agenda_print",
        "agenda",
        QKeySequence.StandardKey.Print,
        description=lambda: translate("Actions", "Print the day sheet, or save it as PDF"),
    ),
    ActionSpec(
        "agenda.export_ics",
        "agendaExportAction",
        lambda: translate("Actions", "&Export to a phone…"),
        "agenda_export_ics",
        "agenda",
        description=lambda: translate("Actions", "An artist's bookings as a calendar file for their phone"),
    ),
    ActionSpec(
        "agenda.new_booking",
        "newBookingShortcut",
        lambda: translate("Actions", "New booking (in the agenda)"),
        "new_booking",
        shortcut="N",
        mutation="appointment.book",
    ),
    ActionSpec(
        "studio.settings",
        "settingsPageAction",
        lambda: translate("Actions", "&Studio settings…"),
        "show_settings",
        "settings",
        description=lambda: translate("Actions", "The studio's settings"),
    ),
    ActionSpec(
        "studio.staff",
        "staffPageAction",
        lambda: translate("Actions", "S&taff…"),
        "show_staff",
        "settings",
        description=lambda: translate("Actions", "The studio's staff"),
    ),
    ActionSpec(
        "studio.questionnaire",
        "questionnairePageAction",
        lambda: translate("Actions", "&Questionnaire and consent…"),
        "show_questionnaire",
        "settings",
        description=lambda: translate("Actions", "The health questionnaire and consent clients sign"),
    ),
    ActionSpec(
        "studio.materials",
        "materialsPageAction",
        lambda: translate("Actions", "&Inks and materials…"),
        "show_materials",
        "settings",
        description=lambda: translate("Actions", "The inks and materials, with their lots, sessions are recorded with"),
    ),
    ActionSpec(
        "studio.history",
        "historyPageAction",
        lambda: translate("Actions", "&History…"),
        "show_history",
        "settings",
        description=lambda: translate("Actions", "Who changed what"),
        separator_after=True,
    ),
    ActionSpec(
        "settings.connection",
        "connectionAction",
        lambda: translate("ConnectionMenu", "&Connection…"),
        "connection",
        "settings",
        description=lambda: translate("ConnectionMenu", "Connection to the studio server"),
        separator_after=True,
    ),
    *(_language(code) for code in i18n.LANGUAGES),
    ActionSpec(
        "help.shortcuts",
        "shortcutsAction",
        lambda: translate("Actions", "&Keyboard shortcuts"),
        "show_shortcuts",
        "help",
        QKeySequence.StandardKey.HelpContents,
        description=lambda: translate("Actions", "Keyboard shortcuts"),
    ),
    ActionSpec(
        "help.about",
        "aboutAction",
        lambda: translate("MainWindow", "&About KRONOS"),
        "show_about",
        "help",
        description=lambda: translate("MainWindow", "About KRONOS"),
        menu_role=QAction.MenuRole.AboutRole,
    ),
    ActionSpec(
        "clients.new",
        "newClientShortcut",
        lambda: translate("Actions", "New client"),
        "open_new_client",
        shortcut=QKeySequence.StandardKey.New,
        mutation="client.create",
    ),
    ActionSpec(
        "clients.find",
        "findClientShortcut",
        lambda: translate("Actions", "Find a client"),
        "find",
        shortcut=QKeySequence.StandardKey.Find,
    ),
]


def spec(name: str) -> ActionSpec:
    for found in ACTIONS:
        if found.name == name:
            return found
    raise KeyError(name)


def by_object_name(object_name: str) -> ActionSpec | None:
    return next((s for s in ACTIONS if s.object_name == object_name), None)


def why_not(mutation: str | None, role: Role | None) -> str:
    """Why the desk's ``role`` may not run ``mutation``, in the person's language ("" if it may)."""
    if mutation is None:
        return ""
    found = get_spec(mutation)
    if found.allows(role):
        return ""
    allowed = [role_label(r.value) for r in Role if r in found.roles]
    return translate("Actions", "Not for your role ({role}): only {allowed} can do this.").format(
        role=role_label(role.value) if role is not None else "?", allowed=", ".join(allowed)
    )


def gate(action: QAction, action_spec: ActionSpec, role: Role | None) -> None:
    """Enable ``action`` if the role may run its mutation; else disable it, saying why (its
    tooltip, shown by the menus, and the status bar's tip)."""
    reason = why_not(action_spec.mutation, role)
    action.setEnabled(not reason)
    action.setToolTip(reason or action_spec.accessible())
    action.setStatusTip(reason or action_spec.accessible())


class ActionSet(QObject):
    """The window's actions, built from :data:`ACTIONS`, in the window's menu bar."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable[..., object]], role: Role | None) -> None:
        super().__init__(window)
        self.window = window
        self.role = role
        self.menus: dict[str, QMenu] = {}
        self.actions: dict[str, QAction] = {}
        self.groups: dict[str, QActionGroup] = {}
        bar = window.menuBar()
        bar.setObjectName("menuBar")
        for menu_spec in MENUS:
            owner = bar if menu_spec.parent is None else self.menus[menu_spec.parent]
            menu = owner.addMenu(menu_spec.text())
            menu.setObjectName(menu_spec.object_name)
            menu.setToolTipsVisible(True)  # a disabled item says why
            self.menus[menu_spec.key] = menu
        for action_spec in ACTIONS:
            if action_spec.menu is not None:
                self._add(action_spec, handlers.get(action_spec.handler))
        self._gate_shortcuts()

    def _add(self, action_spec: ActionSpec, handler: Callable[..., object] | None) -> None:
        action = QAction(action_spec.text(), self.window)
        action.setObjectName(action_spec.object_name)
        action.setStatusTip(action_spec.accessible())
        action.setToolTip(action_spec.accessible())
        action.setShortcut(action_spec.key_sequence())
        action.setMenuRole(action_spec.menu_role)
        if action_spec.icon:
            action.setIcon(QIcon.fromTheme(action_spec.icon))
        if action_spec.checkable:
            action.setCheckable(True)
            action.setData(action_spec.data)
            group = self.groups.get(action_spec.menu or "")
            if group is None:
                group = self.groups[action_spec.menu or ""] = QActionGroup(self.window)
                group.setExclusive(True)
            group.addAction(action)
        menu = self.menus[action_spec.menu or ""]
        menu.addAction(action)
        if action_spec.separator_after:
            menu.addSeparator()
        self.actions[action_spec.name] = action
        if handler is None:
            action.setVisible(False)  # bound later (bind), or not on this desk
        else:
            self.bind(action_spec.name, handler)
        gate(action, action_spec, self.role)

    def bind(self, name: str, handler: Callable[..., object]) -> QAction:
        """Connect the action ``name`` to its handler (a checkable one gets its ``data``) and show it."""
        action, action_spec = self.actions[name], spec(name)
        if action_spec.data is not None:
            action.triggered.connect(lambda _checked=False: handler(action_spec.data))
        else:
            action.triggered.connect(lambda _checked=False: handler())
        action.setVisible(True)
        return action

    def set_role(self, role: Role | None) -> None:
        """The desk's role changed: each action follows it, and each view's shortcut."""
        self.role = role
        for name, action in self.actions.items():
            gate(action, spec(name), role)
        self._gate_shortcuts()

    def _gate_shortcuts(self) -> None:
        """The views' shortcuts (made by :func:`shortcuts`) work only for a role that may."""
        for shortcut in self.window.findChildren(QShortcut):
            found = by_object_name(shortcut.objectName())
            if found is not None:
                shortcut.setEnabled(not why_not(found.mutation, self.role))


def shortcuts(parent: QWidget, handlers: dict[str, Callable[[], object]]) -> list[QShortcut]:
    """The shortcuts of a view (actions in no menu), from the registry, by their handler's name."""
    made: list[QShortcut] = []
    for action_spec in ACTIONS:
        handler = handlers.get(action_spec.handler)
        if action_spec.menu is None and handler is not None:
            shortcut = QShortcut(action_spec.key_sequence(), parent, handler)
            shortcut.setObjectName(action_spec.object_name)
            made.append(shortcut)
    return made


def listed(specs: Iterable[ActionSpec] | None = None) -> list[tuple[str, str]]:
    """The actions that have a shortcut, as Help lists them: (what it does, its keys as this
    platform writes them)."""
    return [
        (s.plain_text(), s.key_sequence().toString(QKeySequence.SequenceFormat.NativeText))
        for s in (ACTIONS if specs is None else specs)
        if s.shortcut is not None and not s.key_sequence().isEmpty()
    ]
