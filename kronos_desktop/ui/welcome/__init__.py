"""The first run's welcome wizard (wizard.py) and its draft (draft.py).

The wizard is loaded on first use of its name: a desk that has its studio starts without it
(about 35 ms of imports saved at every start)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kronos_desktop.ui.welcome.aside import DemoNotOpened
    from kronos_desktop.ui.welcome.draft import FirstRunDraft
    from kronos_desktop.ui.welcome.wizard import WelcomeWizard

__all__ = ["DemoNotOpened", "FirstRunDraft", "WelcomeWizard"]
_WHERE = {"DemoNotOpened": "aside", "FirstRunDraft": "draft", "WelcomeWizard": "wizard"}


def __getattr__(name: str) -> object:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
