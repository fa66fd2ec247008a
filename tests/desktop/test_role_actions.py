"""Every action against every role (issue 11, "Roles on the desk"): an action of the registry
(kronos_desktop/ui/actions.py) that runs a mutation is enabled for a role exactly when the role
table (tests/core/role_cases.py) and the mutation's ``roles=`` say the role may run it, and
otherwise disabled with why as its tooltip, in the person's language; a view's shortcut likewise.
The registry's own actions, then one action for every mutation of the registry (the actions the
desk will grow), in a menu and as a shortcut, following the role as people step up in turn.
(test_actions.py checks the menus themselves against the registry.)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QMainWindow

from kronos_core.mutations import REGISTRY, get_spec
from kronos_core.roles import Role
from kronos_desktop.ui import actions
from kronos_desktop.ui.actions import ActionSet, ActionSpec
from tests.core.role_cases import allowed

ROLE_WORDS = {
    "pt_BR": {Role.OWNER: "Proprietário(a)", Role.MANAGER: "Gerente", Role.RECEPTIONIST: "Recepcionista",
              Role.ARTIST: "Tatuador(a)"},
    "en": {Role.OWNER: "Owner", Role.MANAGER: "Manager", Role.RECEPTIONIST: "Receptionist", Role.ARTIST: "Artist"},
}  # fmt: skip
WHY = {
    "pt_BR": "Não permitido para a sua função ({role}): só {allowed} podem fazer isto.",
    "en": "Not for your role ({role}): only {allowed} can do this.",
}


def desk_window(qtbot: Any, specs: Iterable[ActionSpec], role: Role) -> tuple[QMainWindow, ActionSet]:
    """A window with the registry's actions (its menus and its views' shortcuts) for ``role``."""
    window = QMainWindow()
    qtbot.addWidget(window)
    handlers: dict[str, Callable[..., object]] = {s.handler: lambda *_args: None for s in specs}
    actions.shortcuts(window, handlers)
    return window, ActionSet(window, handlers, role)


def why(language: str, name: str, role: Role) -> str:
    words = ROLE_WORDS[language]
    who_may = ", ".join(words[r] for r in Role if allowed(name, r))
    return WHY[language].format(role=words[role], allowed=who_may)


def check(window: QMainWindow, action_set: ActionSet, specs: Iterable[ActionSpec], role: Role, language: str) -> int:
    """Each spec with a mutation is enabled for ``role`` as the table says, else says why. Returns
    how many were checked."""
    checked = 0
    for spec in specs:
        if spec.mutation is None:
            continue
        may = allowed(spec.mutation, role)
        assert get_spec(spec.mutation).allows(role) == may, f"{spec.mutation}: roles= and the table differ"
        if spec.menu is not None:
            action = action_set.actions[spec.name]
            assert action.isEnabled() == may, (spec.name, role)
            reason = why(language, spec.mutation, role)
            assert action.toolTip() == (spec.accessible() if may else reason), (spec.name, role)
            assert action.statusTip() == action.toolTip()
        else:
            shortcut = window.findChild(QShortcut, spec.object_name)
            assert shortcut is not None, spec.name
            assert shortcut.isEnabled() == may, (spec.name, role)
        checked += 1
    return checked


@pytest.mark.parametrize("language", ["pt_BR", "en"])
@pytest.mark.parametrize("role", list(Role))
def test_the_registrys_actions_follow_the_role_table(qtbot: Any, translated: str, language: str, role: Role) -> None:
    with_mutation = [s for s in actions.ACTIONS if s.mutation is not None]
    assert with_mutation, "the registry has actions that run mutations (clients.new)"
    window, action_set = desk_window(qtbot, actions.ACTIONS, role)
    assert check(window, action_set, actions.ACTIONS, role, language) == len(with_mutation)


def one_action_per_mutation() -> list[ActionSpec]:
    """For every registered mutation: a menu item and a view's shortcut running it."""
    made = []
    for number, name in enumerate(sorted(REGISTRY)):
        text = functools.partial(str, name.replace(".", " "))
        made.append(ActionSpec(f"test.menu.{name}", f"testMenu{number}", text, "run", "edit", mutation=name))
        made.append(
            ActionSpec(f"test.key.{name}", f"testKey{number}", text, f"key_{number}", None,
                       f"Ctrl+Shift+F{number % 12 + 1}" if number < 12 else f"Alt+Shift+{chr(65 + number)}",
                       mutation=name)
        )  # fmt: skip
    return made


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_an_action_for_every_mutation_follows_each_person_who_steps_up(
    qtbot: Any, translated: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One window, people of each role stepping up in turn (and the first again): every mutation's
    menu item and shortcut is enabled or disabled-with-why as that person's role may."""
    grown = [*actions.ACTIONS, *one_action_per_mutation()]
    monkeypatch.setattr(actions, "ACTIONS", grown)
    steps = [Role.ARTIST, Role.OWNER, Role.RECEPTIONIST, Role.MANAGER, Role.ARTIST]
    window, action_set = desk_window(qtbot, grown, steps[0])
    for role in steps:
        action_set.set_role(role)
        assert check(window, action_set, grown, role, language) >= 2 * len(REGISTRY)
    refused = [s.name for s in grown if s.menu is not None and not action_set.actions[s.name].isEnabled()]
    assert sorted(refused) == sorted(f"test.menu.{n}" for n in REGISTRY if not allowed(n, Role.ARTIST))
