"""Why a desk cannot join a studio's server, in words (the connection dialog says it before
anything is signed in or changed; :mod:`kronos_desktop.sync.join` finds it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kronos_desktop.store import LocalStore
from kronos_desktop.sync.join import RowsWouldBeLost, join_problem

translate = QCoreApplication.translate


def cannot_join_text(problem: RowsWouldBeLost | None) -> str:
    if problem is None:
        return ""
    if problem.demo:
        return translate(
            "Join",
            "This computer holds the demo studio, which cannot join a studio's server: its records were "
            "made up for trying KRONOS and can never be sent to one. To connect this computer to your "
            "studio, start KRONOS with a new, empty data folder (--data-dir) and choose “Join a studio "
            "that uses a server” on the first screen.",
        )
    return translate(
        "Join",
        "This desk cannot join a studio's server: some records on this computer were never recorded as "
        "changes a server can receive, and joining would lose them ({count} in all). Nothing was changed. "
        "Call your support contact.",
    ).format(count=problem.total)


def desk_cannot_join(store: LocalStore) -> str:
    """Why the desk of ``store`` cannot join a server, or "" if it can."""
    with store.read_engine.connect() as conn:
        return cannot_join_text(join_problem(conn))
