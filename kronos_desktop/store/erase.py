"""The desk's side of an erase: the copies of a client's data it keeps outside the synced rows.

``client.erase`` (kronos_core/mutations/client_erase.py) scrubs the client's row, the conflict
rows about them and their appointments' notes on every desk and the server. A desk keeps more
copies of what was typed, and :func:`after_erase` takes the client's values out of each, once the
erase is in its file (made here: the op runs it in the next write transaction; pulled: the sync
engine's listener, :class:`ErasedListener`, does the same after the pull that brought it):

- the outbox: the arguments of the mutations about the client (pending ones too: they still go to
  the server, now carrying nothing personal; the erase after them wins anyway) and every take-back
  record (the rows as they were before), the acknowledged mutations kept for 30 days included;
- the pulled pages kept aside (``pull_page``);
- the full-text index: its rows follow the client's by trigger; ``optimize`` then rewrites each
  index (``client_search``, ``client_search_digits``) into one segment, so the old segments that
  still held the deleted words go;
- free pages: every desk connection has ``secure_delete`` on (kronos_desktop/store/engine.py), so
  what is deleted or overwritten is zeroed; after the commit a ``wal_checkpoint(TRUNCATE)`` empties
  the WAL, which held the pages as they were;
- the copies in ``backups/`` (kronos_desktop/store/backup.py): each is opened and scrubbed the same
  way (the client's row by id, whatever columns that copy's schema has; the outbox, pulled pages
  and conflict rows; every other text holding the client's words), its index optimised and the
  file vacuumed. A copy that cannot be scrubbed (damaged, not SQLite) is deleted rather than kept
  with the client's data in it: a backup is for restoring a failed upgrade, and the file it was
  taken from is still there;
- the log (kronos_desktop/logs.py): the app logs ids, not names, but a message may quote what was
  typed; every log file (rotated ones too) has the client's words replaced.

What the law keeps is left as it was (kronos_core/retention.py, ``VERBATIM``): the columns a kept
table keeps verbatim (a sale's fiscal data for the NFS-e: the CPF or CNPJ, name and address on the
receipt, the service's description) in a backup's rows, in take-back records and pulled pages of
that table, and the mutation arguments of the same names (``sale.record``'s): a sale closed and
erased before it was sent reaches the server with its fiscal data, and a restored copy brings it
back.

What the client's words are (:class:`kronos_core.erasure.Scrubber`): the personal values of their
rows as found in every copy above before it is scrubbed (a value changed long ago, kept in an
acknowledged mutation, included), each at least four characters long.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from kronos_core.erasure import (
    ERASED,
    ERASED_NAME,
    MIN_NEEDLE,
    VOUCHER_TEXTS,
    Scrubber,
    names_any,
    needles,
    refused_arguments,
)
from kronos_core.retention import VERBATIM
from kronos_desktop.logs import LOG_FILENAME, log_file, resolve_log_dir
from kronos_desktop.store.backup import BACKUP_FOLDER
from kronos_desktop.store.engine import SYNC_WRITE_FUNCTION, raw_execute

log = logging.getLogger(__name__)

FTS_TABLES = ("client_search", "client_search_digits")
_CHUNK = 500  # ids a statement names (SQLite allows 32,766 parameters)
# Argument keys that name a client (a mutation about them).
_CLIENT_KEYS = ("client_id", "keep_id", "merged_id")
# Mutation arguments named for a column kept verbatim (``sale.record``'s fiscal data): left alone.
_VERBATIM_ARGS: frozenset[str] = frozenset().union(*VERBATIM.values())


@dataclass
class EraseReport:
    """What one scrub changed (counts only: nothing personal)."""

    outbox: int = 0
    pages: int = 0
    conflicts: int = 0
    texts: int = 0
    backups_scrubbed: list[Path] = field(default_factory=list)
    backups_deleted: list[Path] = field(default_factory=list)
    log_files: int = 0
    checkpoint_busy: bool = False


# -- finding the client's words --------------------------------------------------------------


def _hex(ids: Iterable[uuid.UUID]) -> list[str]:
    return [i.hex for i in ids]


def _loads(text: Any) -> Any:
    if text is None:
        return None
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return None


def _dumps(value: Any) -> str:
    return json.dumps(value)


def _client_dicts(value: Any, ids: set[str], found: list[dict[str, Any]], *, about: bool = False) -> None:
    """Collect, from a JSON value, the dicts that hold one of the clients' fields: a row of
    theirs (``id`` in ``ids``), or the fields of a mutation about them (``about``)."""
    if isinstance(value, list):
        for item in value:
            _client_dicts(item, ids, found, about=about)
    elif isinstance(value, dict):
        row_ids = value.get("row_ids")
        names_client = isinstance(row_ids, list) and any(r in ids for r in row_ids)
        if value.get("id") in ids or about or names_client or any(value.get(k) in ids for k in _CLIENT_KEYS):
            found.append(value)
            about = True
        for item in value.values():
            _client_dicts(item, ids, found, about=about)


@dataclass(frozen=True)
class Words:
    """The clients' words: ``about`` for records about them, ``anywhere`` (the identifying ones:
    name, phone, e-mail, document, handle) for every other record."""

    about: Scrubber
    anywhere: Scrubber

    def joined(self, other: Words) -> Words:
        return Words(
            Scrubber(self.about.needles | other.about.needles), Scrubber(self.anywhere.needles | other.anywhere.needles)
        )


def gather(db: sqlite3.Connection, ids: list[uuid.UUID]) -> Words:
    """The clients' words, from their rows and every copy this file keeps of them."""
    wanted = {str(i) for i in ids}
    found: list[dict[str, Any]] = []
    tables = _tables(db)
    if "client" in tables:
        columns = _columns(db, "client")
        marks = ",".join("?" * len(ids))
        cur = db.execute(f"SELECT * FROM client WHERE id IN ({marks})", _hex(ids))
        names = [d[0] for d in cur.description]
        found.extend({k: v for k, v in zip(names, row, strict=True) if k in columns} for row in cur.fetchall())
    for table, column in (("outbox", "args"), ("outbox", "undo"), ("pull_page", "body"), ("sync_conflict", "mine")):
        if table not in tables:
            continue
        for (text,) in db.execute(f"SELECT {column} FROM {table}"):
            value = _loads(text)
            if value is not None and names_any(value, wanted):
                _client_dicts(value, wanted, found)
    about: set[str] = set()
    anywhere: set[str] = set()
    for item in found:
        about |= needles(item)
        anywhere |= needles(item, identifying_only=True)
        # A voucher of theirs (issue 16): the names typed on it and its note.
        typed = (item.get(k) for k in VOUCHER_TEXTS)
        about |= {
            t.strip() for t in typed if isinstance(t, str) and len(t.strip()) >= MIN_NEEDLE and t.strip() != ERASED_NAME
        }
    return Words(Scrubber(about), Scrubber(anywhere))


# -- scrubbing one file ----------------------------------------------------------------------


def _tables(db: sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _columns(db: sqlite3.Connection, table: str) -> dict[str, str]:
    return {r[1]: (r[2] or "").upper() for r in db.execute(f"PRAGMA table_info({table})")}


def _erased_row(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, **{k: v for k, v in ERASED.items() if k in row}}


def _sparing(value: Any, keep: frozenset[str], scrub: Callable[[Any], Any]) -> Any:
    """``scrub(value)``, the keys of ``keep`` of a dict ``value`` left as they were (in place)."""
    if not isinstance(value, dict) or not keep & value.keys():
        return scrub(value)
    kept = {k: v for k, v in value.items() if k in keep}
    rest = scrub({k: v for k, v in value.items() if k not in keep})
    if list(rest) == [k for k in value if k not in keep]:  # the same keys: the same order
        return {k: kept[k] if k in kept else rest[k] for k in value}
    return {**rest, **kept}


def _scrub_args(name: str, args: Any, wanted: set[str], words: Words) -> Any:
    """A mutation's arguments: about the client (naming them), every word of theirs and, for a
    change of the client record, every personal field; otherwise their identifying words. The
    arguments kept verbatim by law (:data:`_VERBATIM_ARGS`) are left alone."""
    if not names_any(args, wanted):
        return _sparing(args, _VERBATIM_ARGS, words.anywhere.value)
    personal = name.startswith("client.")
    return _sparing(args, _VERBATIM_ARGS, lambda v: words.about.value(v, personal_keys=personal))


def _scrub_undo(undo: Any, wanted: set[str], words: Words) -> Any:
    """Take-back records: the clients' rows as they were, erased; rows about them (naming them),
    every word of theirs; any other row, their identifying words."""
    if not isinstance(undo, list):
        return words.anywhere.value(undo)
    out = []
    for record in undo:
        if isinstance(record, dict) and isinstance(record.get("before"), dict):
            before = record["before"]
            keep = VERBATIM.get(str(record.get("table")), frozenset())
            if record.get("table") == "client" and record.get("id") in wanted:
                before = words.about.value(_erased_row(before))
            elif names_any(before, wanted):  # a conflict about them, their appointment...
                before = _sparing(before, keep, lambda v: words.about.value(v, personal_keys=True))
            else:
                before = _sparing(before, keep, words.anywhere.value)
            record = {**record, "before": before}
        out.append(record)
    return out


def _scrub_page(body: Any, wanted: set[str], words: Words) -> Any:
    """A pulled page: the clients' rows erased, rows naming them scrubbed of their words, every
    other row of their identifying words."""
    if not isinstance(body, dict) or not isinstance(body.get("changes"), list):
        return words.anywhere.value(body)
    changes = []
    for change in body["changes"]:
        row = change.get("row") if isinstance(change, dict) else None
        keep = VERBATIM.get(str(change.get("table")), frozenset()) if isinstance(change, dict) else frozenset()
        if isinstance(row, dict) and change.get("table") == "client" and change.get("id") in wanted:
            change = {**change, "row": words.about.value(_erased_row(row))}
        elif isinstance(row, dict) and names_any(row, wanted):
            change = {**change, "row": _sparing(row, keep, words.about.value)}
        elif isinstance(row, dict) and keep:
            change = {**words.anywhere.value(change), "row": _sparing(row, keep, words.anywhere.value)}
        else:
            change = words.anywhere.value(change)
        changes.append(change)
    return {**words.anywhere.value({k: v for k, v in body.items() if k != "changes"}), "changes": changes}


def _rewrite(db: sqlite3.Connection, table: str, key: str, column: str, fix: Callable[[Any], Any]) -> int:
    changed = 0
    for row_key, text in db.execute(f"SELECT {key}, {column} FROM {table}").fetchall():
        value = _loads(text)
        if value is None:
            continue
        new = fix(value)
        if new != value:
            db.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", (_dumps(new), row_key))
            changed += 1
    return changed


def scrub_copies(db: sqlite3.Connection, ids: list[uuid.UUID], words: Words, report: EraseReport) -> None:
    """Take the clients' words out of the outbox and the pulled pages kept aside (the caller
    holds a write transaction on ``db``), then optimise the search index."""
    wanted = {str(i) for i in ids}
    tables = _tables(db)
    if "outbox" in tables:
        names = dict(db.execute("SELECT pos, name FROM outbox").fetchall())
        for pos, text in db.execute("SELECT pos, args FROM outbox").fetchall():
            value = _loads(text)
            new = _scrub_args(str(names.get(pos, "")), value, wanted, words)
            if value is not None and new != value:
                db.execute("UPDATE outbox SET args = ? WHERE pos = ?", (_dumps(new), pos))
                report.outbox += 1
        report.outbox += _rewrite(db, "outbox", "pos", "undo", lambda v: _scrub_undo(v, wanted, words))
    if "pull_page" in tables:
        report.pages += _rewrite(db, "pull_page", "n", "body", lambda v: _scrub_page(v, wanted, words))
    optimize_index(db, tables)


def optimize_index(db: sqlite3.Connection, tables: set[str] | None = None) -> None:
    """Merge each search index into one segment: the words of deleted rows go with the old ones."""
    tables = _tables(db) if tables is None else tables
    for name in FTS_TABLES:
        if name in tables:
            db.execute(f"INSERT INTO {name}({name}) VALUES('optimize')")


def _scrub_rows(db: sqlite3.Connection, ids: list[uuid.UUID], words: Words, report: EraseReport) -> None:
    """A backup's synced rows: the clients' rows by id (the columns that copy has), conflict rows
    about them, their appointments' and projects' texts, and every other text column holding
    their identifying words."""
    tables = _tables(db)
    marks = ",".join("?" * len(ids))
    if "client" in tables:
        columns = _columns(db, "client")
        erased = {k: v for k, v in ERASED.items() if k in columns}
        sets = ", ".join(f"{k} = ?" for k in erased)
        values = [json.dumps(v) if isinstance(v, list) else v for v in erased.values()]
        db.execute(f"UPDATE client SET {sets} WHERE id IN ({marks})", [*values, *_hex(ids)])
    wanted = {str(i) for i in ids}
    if "sync_conflict" in tables:

        def fix_mine(value: Any) -> Any:
            if not names_any(value, wanted):
                return words.anywhere.value(value)
            if isinstance(value, dict) and "args" in value:
                return refused_arguments(value)
            return words.about.value(value, personal_keys=True)

        def fix_theirs(value: Any) -> Any:
            if not names_any(value, wanted):
                return words.anywhere.value(value)
            return words.about.value(value, personal_keys=True)

        report.conflicts += _rewrite(db, "sync_conflict", "id", "mine", fix_mine)
        report.conflicts += _rewrite(db, "sync_conflict", "id", "theirs", fix_theirs)
    for scrubber, name in ((words.about, "about"), (words.anywhere, "anywhere")):
        db.create_function(
            f"kronos_erase_holds_{name}", 1, lambda t, s=scrubber: int(isinstance(t, str) and s.holds(t))
        )
        db.create_function(f"kronos_erase_text_{name}", 1, lambda t, s=scrubber: s.text(t) if isinstance(t, str) else t)
    fts_parts = {f"{t}_{s}" for t in FTS_TABLES for s in ("data", "idx", "content", "docsize", "config")}
    skip = {"client", "outbox", "pull_page", *FTS_TABLES, *fts_parts}
    for table in sorted(tables - skip):
        if table.startswith("sqlite_"):
            continue
        columns = _columns(db, table)
        for column, kind in columns.items():
            if not (kind in ("", "TEXT", "JSON", "CLOB") or kind.startswith(("VARCHAR", "TEXT"))):
                continue
            if column in VERBATIM.get(table, ()):  # kept as it was by law (a sale's fiscal data)
                continue
            for name, where in (("about", f"client_id IN ({marks})"), ("anywhere", "1")):
                if name == "about" and "client_id" not in columns:
                    continue
                cur = db.execute(
                    f'UPDATE "{table}" SET "{column}" = kronos_erase_text_{name}("{column}") '
                    f'WHERE {where} AND kronos_erase_holds_{name}("{column}")',
                    _hex(ids) if name == "about" else [],
                )
                report.texts += max(cur.rowcount, 0)


@contextlib.contextmanager
def _writing(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def scrub_backup(path: Path, ids: list[uuid.UUID], words: Words, report: EraseReport) -> None:
    """Scrub one copy in ``backups/`` (see the module); deleted if it cannot be."""
    try:
        db = sqlite3.connect(path, isolation_level=None)
        try:
            db.execute("PRAGMA secure_delete = ON")
            # The append-only tables' triggers (migrations/local 0005) let this connection scrub.
            db.create_function(SYNC_WRITE_FUNCTION, 0, lambda: 1)
            words = words.joined(gather(db, ids))
            with _writing(db):
                _scrub_rows(db, ids, words, report)
                scrub_copies(db, ids, words, report)
            db.execute("VACUUM")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
    except sqlite3.Error as exc:
        log.warning("a backup could not be scrubbed after an erase (%s: %s): deleted", type(exc).__name__, exc)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        report.backups_deleted.append(path)
        return
    report.backups_scrubbed.append(path)


def scrub_logs(folder: Path, scrubber: Scrubber) -> int:
    """Replace the clients' words in every log file of ``folder``; how many files changed. The
    file being written is rewritten in place under its handler's lock (it appends: what it
    writes next goes after the scrubbed text)."""
    changed = 0
    pattern = re.compile(re.escape(LOG_FILENAME) + r"(\.\d+)?$")
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)]
    for path in sorted(folder.glob(LOG_FILENAME + "*")):
        if not pattern.search(path.name):
            continue
        held = [h for h in handlers if Path(h.baseFilename) == path]
        for handler in held:
            handler.acquire()
            handler.flush()
        try:
            with open(path, "r+", encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
                new = scrubber.text(text)
                if new != text:
                    f.seek(0)
                    f.write(new)
                    f.truncate()
                    changed += 1
        except OSError as exc:
            log.warning("a log file could not be scrubbed after an erase: %s", exc.strerror)
        finally:
            for handler in held:
                handler.release()
    return changed


# -- the desk's file, its backups and logs ---------------------------------------------------


def _dbapi(conn: Connection) -> sqlite3.Connection:
    db = conn.connection.driver_connection
    assert isinstance(db, sqlite3.Connection)
    return db


def scrub_in_transaction(conn: Connection, ids: list[uuid.UUID]) -> tuple[Words, EraseReport]:
    """The desk file's part, in the caller's write transaction: the outbox, the pulled pages kept
    aside, the search index. Returns the clients' words (for the backups and logs)."""
    db = _dbapi(conn)
    report = EraseReport()
    words = gather(db, ids)
    scrub_copies(db, ids, words, report)
    return words, report


def erased_among(conn: Connection, ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    """Which of ``ids`` are erased clients (any number of ids: a first download names them all)."""
    wanted = list(ids)
    found: list[uuid.UUID] = []
    db = _dbapi(conn)
    for start in range(0, len(wanted), _CHUNK):
        chunk = _hex(wanted[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = db.execute(f"SELECT id FROM client WHERE erased_at IS NOT NULL AND id IN ({marks})", chunk)
        found += [uuid.UUID(hex=r[0]) for r in rows.fetchall()]
    return found


def after_erase(engine: Engine, db_path: Path, ids: Iterable[uuid.UUID], *, log_dir: Path | None = None) -> EraseReport:
    """Everything a desk does once ``ids`` (clients) are erased in its file: the file (one write
    transaction on ``engine``, the desk's writing engine, on the writer thread; then the WAL
    emptied), its ``backups/``, its logs. Clients of ``ids`` not erased are left alone."""
    with engine.begin() as conn:
        erased = erased_among(conn, ids)
        if not erased:
            return EraseReport()
        words, report = scrub_in_transaction(conn, erased)
    with engine.connect() as conn:
        # TRUNCATE waits through the busy handler (busy_timeout, 10 s) for readers on an older
        # snapshot (the reads thread): busy only if one holds it longer; the WAL is emptied
        # anyway when the desk's last connection closes.
        busy = raw_execute(conn, "PRAGMA wal_checkpoint(TRUNCATE)")
        report.checkpoint_busy = bool(busy and busy[0][0])
    folder = db_path.parent / BACKUP_FOLDER
    if folder.is_dir():
        for path in sorted(folder.glob("*.db")):
            scrub_backup(path, erased, words, report)
    logs = log_dir if log_dir is not None else _log_folder()
    if logs is not None and logs.is_dir() and words.about.needles:
        report.log_files = scrub_logs(logs, words.about)
    log.info(
        "erase scrubbed: %d outbox records, %d pulled pages, %d backups (%d deleted), %d log files",
        report.outbox,
        report.pages,
        len(report.backups_scrubbed),
        len(report.backups_deleted),
        report.log_files,
    )
    return report


def _log_folder() -> Path | None:
    current = log_file()
    return current.parent if current is not None else resolve_log_dir()


class ErasedListener:
    """Subscribed to the sync engine (``SyncEngine.subscribe``): when a pull changed clients, the
    erased ones among them are scrubbed from this desk's copies (:func:`after_erase`), on the
    writer thread, after the pull's own transaction."""

    def __init__(
        self, engine: Engine, db_path: Path, submit: Callable[..., Any], *, log_dir: Path | None = None
    ) -> None:
        self.engine = engine
        self.db_path = db_path
        self.submit = submit  # the writer's submit
        self.log_dir = log_dir

    def __call__(self, event: object) -> None:
        changed = getattr(event, "changed", None)
        ids = changed.get("client") if isinstance(changed, dict) else None
        if ids:
            self.submit(after_erase, self.engine, self.db_path, list(ids), log_dir=self.log_dir)
