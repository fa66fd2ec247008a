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

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from kronos_core.mutations import load_all as load_mutations  # before any: all at once, one thread at a time
from kronos_core.mutations import who_may
from kronos_core.roles import Role
from kronos_desktop.ui import icons
from kronos_desktop.ui.action_specs import (
    ACTIONS,
    LANGUAGE_NAMES,
    MENUS,
    ActionSpec,
    Key,
    MenuSpec,
)
from kronos_desktop.ui.common.fmt import role_label

__all__ = ["ACTIONS", "LANGUAGE_NAMES", "MENUS", "ActionSpec", "Key", "MenuSpec"]

translate = QCoreApplication.translate


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
    # The table of who may run what (kronos_core/mutations/who_may.py): the menus are gated as
    # the window is built, before the mutations load; one it does not know asks the registry.
    may = who_may.allows(mutation, role)
    if may is None:
        load_mutations()
        from kronos_core.mutations import get_spec

        found = get_spec(mutation)
        may, roles = found.allows(role), found.roles
    else:
        roles = who_may.WHO_MAY[mutation] or frozenset(Role)
    if may:
        return ""
    allowed = [role_label(r.value) for r in Role if r in roles]
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
            action.setIcon(icons.icon(action_spec.icon))
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
