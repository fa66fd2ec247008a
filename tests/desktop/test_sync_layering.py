"""The desk's sync package stays plain Python: no Qt, no user actions, no views.

``kronos_desktop/sync`` runs on its own thread and is driven by tests without a GUI; its thin
Qt adapter lives in ``kronos_desktop/ui/sync`` and the app-wide "rows changed" signal in
``kronos_desktop/hub.py``. Every import of every module under ``sync/`` is read with ``ast``
(including imports inside functions and under ``TYPE_CHECKING``), so a shortcut that pulls Qt
or the views back in fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import kronos_desktop

SYNC_DIR = Path(kronos_desktop.__file__).parent / "sync"
FORBIDDEN = ("PySide6", "shiboken6", "kronos_desktop.ops", "kronos_desktop.ui", "kronos_desktop.hub")


def imported_modules(path: Path, root: Path) -> list[tuple[int, str]]:
    """Every module a file imports, as (line, absolute dotted name)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = "kronos_desktop.sync" + "".join(f".{p}" for p in path.relative_to(root).parent.parts)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            # "from kronos_desktop import ui" names the forbidden package as an imported name
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
    return found


def forbidden_imports(root: Path) -> list[str]:
    bad = []
    for path in sorted(root.rglob("*.py")):
        for line, module in imported_modules(path, root):
            where = f"{path.relative_to(root.parent)}:{line}"
            if any(module == f or module.startswith(f + ".") for f in FORBIDDEN) and not any(
                b.startswith(where + " ") for b in bad
            ):
                bad.append(f"{where} imports {module}")
    return bad


def test_the_sync_package_imports_no_qt_no_ops_and_no_ui() -> None:
    modules = sorted(SYNC_DIR.rglob("*.py"))
    assert len(modules) > 5, "the sync package was not found"
    assert forbidden_imports(SYNC_DIR) == []


def test_the_check_catches_each_kind_of_forbidden_import(tmp_path: Path) -> None:
    # a copy of the package with one bad import of each kind: the check names every one
    copy = tmp_path / "sync"
    copy.mkdir()
    (copy / "__init__.py").write_text('"""A plain package."""\n')
    (copy / "qt.py").write_text("from PySide6.QtCore import QObject\n")
    (copy / "ops.py").write_text("def f():\n    import kronos_desktop.ops.runner\n")
    (copy / "views.py").write_text("from kronos_desktop import ui\n")
    (copy / "rel.py").write_text("from ..ui.sync.adapter import SyncAdapter\n")
    (copy / "fine.py").write_text("from kronos_desktop.store import LocalStore\nfrom . import engine\n")
    assert forbidden_imports(copy) == [
        "sync/ops.py:2 imports kronos_desktop.ops.runner",
        "sync/qt.py:1 imports PySide6.QtCore",
        "sync/rel.py:1 imports kronos_desktop.ui.sync.adapter",
        "sync/views.py:1 imports kronos_desktop.ui",
    ]
