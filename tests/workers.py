"""How the whole suite is shared between pytest-xdist workers (``uv run pytest``: three workers).

A unit of work is a test module, run whole in one worker, in its own order: its module-scoped
fixtures (a migrated database, a live server) are built once, as in a run without workers.
Modules that must not run at the same time as each other share a named group (``GROUPS``):
one worker runs the group's modules one after another.

Why not ``--dist loadgroup`` with ``xdist_group`` marks: pytest-xdist 3.8 groups by renaming
``item._nodeid``, which pytest 9.2 no longer reads (a node's id is ``item._id``), so every
test became a unit of its own. The scheduler below groups by the module's path instead, which
the controller sees without importing anything (it never collects).

The slowest modules go first (``SLOW_FIRST``), so that the last unit to start is a short one
and neither worker waits long for the other at the end.
"""

from __future__ import annotations

from xdist.scheduler import LoadScopeScheduling

# (path prefix, group): every module under the prefix runs in one worker, one after another.
GROUPS: tuple[tuple[str, str], ...] = ()

# Path prefixes of the modules that take longest, scheduled before all others (in this order);
# from `--durations` of a whole run (a module missing here only starts later, nothing breaks).
SLOW_FIRST: tuple[str, ...] = (
    "tests/server/desk_live/test_proxy_faults.py",
    "tests/server/desk_live/test_stateful.py",
    "tests/store/test_foreign_files.py",
    "tests/desktop/test_one_desk_per_folder.py",
    "tests/desktop/test_self_check.py",
    "tests/server/auth/test_openapi_fuzz.py",
    "tests/server/desk_live/test_desks_live.py",
    "tests/core/test_demo.py",
    "tests/server/desk_signin/test_connection_dialog.py",
    "tests/server/sync/test_live.py",
    "tests/server/desk_live/test_faults.py",
    "tests/desktop/test_dialog_keys.py",
    "tests/desktop/test_cli.py",
    "tests/server/sync/test_needs_review.py",
    "tests/server/test_cli.py",
)


def unit_of(nodeid: str) -> str:
    """The unit of work of a test: its module's group, else the module's path."""
    path = nodeid.split("::", 1)[0]
    for prefix, group in GROUPS:
        if path.startswith(prefix):
            return group
    return path


def _rank(unit: str) -> int:
    for index, prefix in enumerate(SLOW_FIRST):
        if unit.startswith(prefix):
            return index
    return len(SLOW_FIRST)


class ByModule(LoadScopeScheduling):
    """``--dist loadscope`` with a module (or a named group of modules) as the unit of work."""

    def _split_scope(self, nodeid: str) -> str:
        return unit_of(nodeid)

    def schedule(self) -> None:
        """LoadScopeScheduling.schedule, with the units queued slow ones first (then larger ones)."""
        assert self.collection_is_completed
        if self.collection is not None:  # the first distribution is done: top the workers up
            super().schedule()
            return
        if not self._check_nodes_have_same_collection():
            self.log("**Different tests collected, aborting run**")
            return
        self.collection = list(next(iter(self.registered_collections.values())))
        if not self.collection:
            return
        units: dict[str, dict[str, bool]] = {}
        for nodeid in self.collection:
            units.setdefault(self._split_scope(nodeid), {})[nodeid] = False
        for unit, nodeids in sorted(units.items(), key=lambda item: (_rank(item[0]), -len(item[1]))):
            self.workqueue[unit] = nodeids
        for _ in range(len(self.nodes) - len(self.workqueue)):  # more workers than units
            unused, _assigned = self.assigned_work.popitem()
            unused.shutdown()
        for node in self.nodes:
            self._assign_work_unit(node)
        for node in self.nodes:
            self._reschedule(node)
        if not self.workqueue:
            for node in self.nodes:
                node.shutdown()
