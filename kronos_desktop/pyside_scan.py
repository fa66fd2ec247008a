"""A lighter PySide6 import hook: PySide6 asks of every module imported after it whether its
source mentions "PySide6" (to know which modules its ``__feature__`` switches apply to), and asks
through ``inspect.getsource``, which keeps every line of every module in ``linecache`` for the
life of the process: about 25 MB and 0.1-0.2 s of the desk's start when it runs from source
(issue 17, "Start"). The same question is answered here by reading the file's bytes once.

A frozen build has no source files to read: the original function answers there, as before.
Imported by kronos_desktop/app.py right after Qt, before the rest of the desk.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401  (loads shibokensupport.feature, the hook replaced here)

MARK = "_kronos_reads_bytes"


def install() -> bool:
    """Replace PySide6's source check by one reading the file's bytes; False when this PySide6
    has no such check (another version): nothing is changed then."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, MARK, False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


install()
