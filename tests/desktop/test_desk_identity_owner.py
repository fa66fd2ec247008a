"""One owner for the desk's identity row: only ``kronos_desktop/store/desk_identity.py`` writes
the ``replica`` table (its migrations aside, which change the schema, not a desk's state).

Read with ``ast``: an ``insert``/``update``/``delete`` of ``replica`` (SQLAlchemy's
``update(replica)``, ``replica.update()``, ``replica.insert()``) or SQL text writing it, in any
module of the desk, fails this test with the place named.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import kronos_desktop

DESK = Path(kronos_desktop.__file__).parent
OWNER = DESK / "store" / "desk_identity.py"
ALLOWED = {OWNER, DESK / "store" / "migrate.py"}  # migrate.py: schema steps of old files
SQL_WRITE = re.compile(r"\b(UPDATE|INSERT\s+INTO|DELETE\s+FROM|REPLACE\s+INTO)\s+replica\b", re.IGNORECASE)


def writes_of_replica(source: str) -> list[int]:
    """The lines of ``source`` that write the replica table."""
    lines: list[int] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            # update(replica) / insert(replica) / delete(replica)
            if (
                isinstance(func, ast.Name)
                and func.id in {"update", "insert", "delete"}
                and any(isinstance(a, ast.Name) and a.id == "replica" for a in node.args)
            ):
                lines.append(node.lineno)
            # replica.update() / replica.insert() / replica.delete()
            if (
                isinstance(func, ast.Attribute)
                and func.attr in {"update", "insert", "delete"}
                and isinstance(func.value, ast.Name)
                and func.value.id == "replica"
            ):
                lines.append(node.lineno)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_WRITE.search(node.value):
            lines.append(node.lineno)
    return lines


def test_only_the_owner_module_writes_the_desk_identity_row() -> None:
    offenders = [
        f"{path.relative_to(DESK.parent)}:{line}"
        for path in sorted(DESK.rglob("*.py"))
        if path not in ALLOWED
        for line in writes_of_replica(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], f"write the replica row through kronos_desktop/store/desk_identity.py: {offenders}"
    assert writes_of_replica(OWNER.read_text(encoding="utf-8")), "the owner module writes it"


def test_the_check_sees_each_way_of_writing_it() -> None:
    samples = [
        "conn.execute(update(replica).where(replica.c.id == 1).values(staff_id=None))",
        "conn.execute(replica.update().values(desk_name='x'))",
        "conn.execute(replica.insert().values(id=1))",
        "conn.exec_driver_sql('UPDATE replica SET cursor = NULL')",
        "conn.exec_driver_sql('delete from replica')",
    ]
    for sample in samples:
        assert writes_of_replica(sample) == [1], sample
    assert writes_of_replica("conn.execute(select(replica))") == []
    assert writes_of_replica("conn.execute(update(outbox).values(seq=1))") == []
