"""The sync protocol (v1) as plain Python in memory: one server, several desks.

This is the executable specification of DESIGN.md's sync protocol. It is cheap enough to run
millions of steps against, and the real engine and server are later held against it. It
models the protocol, not the studio: rows are dicts, and the few mutation kinds below stand
for the real ones by the rules that matter to the sync (a field merge, a booking check that
can clash, a cancellation that frees a slot, a payment that is never refused).

Faults are modelled as the network shows them: a request lost before it arrives, a response
lost after the server committed, a desk's file restored from an earlier copy or copied to a
second PC, the server's database restored from an older backup (a new epoch).
"""

from __future__ import annotations

import copy
import itertools
import uuid
from dataclasses import dataclass, field
from typing import Any

_ids = itertools.count(1)


def new_id() -> str:
    """Deterministic ids, so that hypothesis can replay a run exactly."""
    return str(uuid.UUID(int=next(_ids)))


Row = dict[str, Any]
Key = tuple[str, str]  # (table, id)
Rows = dict[Key, Row]

ACTIVE = "booked"


@dataclass(frozen=True)
class Mutation:
    uuid: str
    name: str
    args: tuple[tuple[str, Any], ...]

    def arg(self, name: str) -> Any:
        return dict(self.args)[name]


def derived(mutation: Mutation, purpose: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_OID, f"{mutation.uuid}:{purpose}"))


# -- the studio's rules, deterministic given the rows and the arguments --------------------


def apply(rows: Rows, m: Mutation, version: int) -> str:
    """Apply ``m`` to ``rows`` in place, stamping ``version``; answer its status."""

    def write(key: Key, row: Row) -> None:
        rows[key] = {**row, "version": version}

    def conflict(kind: str, detail: Any) -> None:
        write(("conflict", derived(m, "conflict")), {"kind": kind, "mutation": m.uuid, "detail": detail})

    if m.name == "client.create":
        key = ("client", m.arg("id"))
        if key in rows:
            conflict("rejected", "duplicate id")
            return "rejected"
        write(key, {"name": m.arg("name"), "phone": None})
        return "applied"
    if m.name == "client.update":
        key = ("client", m.arg("id"))
        if key not in rows:
            conflict("rejected", "no such client")
            return "rejected"
        fld, value, seen = m.arg("field"), m.arg("value"), m.arg("seen")
        current = rows[key][fld]
        if current != seen and current != value:
            conflict("field_overwrite", {"field": fld, "mine": value, "theirs": current})
            return "conflict"
        write(key, {**rows[key], fld: value})
        return "applied"
    if m.name == "appointment.book":
        key = ("appointment", m.arg("id"))
        artist, slot = m.arg("artist"), m.arg("slot")
        clash = any(
            k[0] == "appointment"
            and r["artist"] == artist
            and r["slot"] == slot
            and r["status"] == ACTIVE
            and not r["in_conflict"]
            for k, r in rows.items()
        )
        write(key, {"artist": artist, "slot": slot, "status": ACTIVE, "in_conflict": clash})
        if clash:
            conflict("double_booking", {"artist": artist, "slot": slot})
            return "conflict"
        return "applied"
    if m.name == "appointment.cancel":
        key = ("appointment", m.arg("id"))
        if key not in rows:
            conflict("rejected", "no such appointment")
            return "rejected"
        write(key, {**rows[key], "status": "cancelled"})
        return "applied"
    if m.name == "payment.record":
        write(("payment", m.arg("id")), {"amount": m.arg("amount")})
        return "applied"
    raise ValueError(f"unknown mutation {m.name}")


# -- the server ---------------------------------------------------------------------------


class Conflict409(Exception):
    """A (device, seq) already mapped to another UUID: the desk's file was restored or copied."""


@dataclass
class ServerState:
    epoch: str
    clock: int = 0
    rows: Rows = field(default_factory=dict)
    results: dict[str, tuple[str, int]] = field(default_factory=dict)  # uuid -> (status, version)
    device_seq: dict[tuple[str, int], tuple[str, int]] = field(default_factory=dict)  # -> (uuid, version)
    applied_count: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PushResult:
    seq: int
    uuid: str
    status: str
    version: int


@dataclass(frozen=True)
class Page:
    since: tuple[str, int] | None  # the cursor this page answers
    cursor: tuple[str, int]
    has_more: bool
    last_mutation_id: int
    last_mutation_uuid: str | None
    reset: bool
    changes: list[tuple[Key, int, Row]]


class Server:
    def __init__(self) -> None:
        self.state = ServerState(epoch=new_id())
        self.backups: list[ServerState] = []

    def last_seq(self, device: str) -> int:
        seqs = [s for (d, s) in self.state.device_seq if d == device]
        return max(seqs, default=0)

    def push(self, device: str, batch: list[tuple[int, Mutation]]) -> tuple[str, int, list[PushResult]]:
        st = self.state
        claimed: dict[int, str] = {}
        for seq, m in batch:  # 409 is decided before anything is applied
            known = st.device_seq.get((device, seq))
            if known is not None and known[0] != m.uuid:
                raise Conflict409(device)
            if claimed.setdefault(seq, m.uuid) != m.uuid:  # two UUIDs under one number
                raise Conflict409(device)
        results: list[PushResult] = []
        for seq, m in batch:
            if (device, seq) in st.device_seq:  # already mapped to this UUID (409 above otherwise)
                if m.uuid in st.results:  # a replay: answer the stored result
                    status, version = st.results[m.uuid]
                    results.append(PushResult(seq, m.uuid, status, version))
                continue
            if seq != self.last_seq(device) + 1:
                # A gap stops the batch before anything else, a known UUID included: the device's
                # last number never moves over one neither applied nor answered.
                break
            if m.uuid in st.results:  # exactly once: answer the stored result, map the number
                status, version = st.results[m.uuid]
                st.device_seq[(device, seq)] = (m.uuid, version)
                results.append(PushResult(seq, m.uuid, status, version))
                continue
            st.clock += 1
            status = apply(st.rows, m, st.clock)
            st.results[m.uuid] = (status, st.clock)
            st.device_seq[(device, seq)] = (m.uuid, st.clock)
            st.applied_count[m.uuid] = st.applied_count.get(m.uuid, 0) + 1
            results.append(PushResult(seq, m.uuid, status, st.clock))
        return st.epoch, self.last_seq(device), results

    def pull(self, device: str, cursor: tuple[str, int] | None, limit: int) -> Page:
        st = self.state
        since = 0
        if cursor is not None:
            epoch, since = cursor
            if epoch != st.epoch or since > st.clock:
                return Page(cursor, (st.epoch, 0), False, 0, None, True, [])
        pending = sorted(
            ((r["version"], k, r) for k, r in st.rows.items() if r["version"] > since), key=lambda x: (x[0], x[1])
        )
        page: list[tuple[Key, int, Row]] = []
        upto = st.clock
        has_more = False
        for _version, versions in itertools.groupby(pending, key=lambda x: x[0]):
            group = [(k, v, dict(r)) for v, k, r in versions]
            if page and len(page) + len(group) > limit:  # a page holds whole versions
                has_more = True
                upto = page[-1][1]
                break
            page.extend(group)
        mine = [(s, u) for (d, s), (u, v) in st.device_seq.items() if d == device and v <= upto]
        last_id, last_uuid = max(mine, default=(0, None))
        return Page(cursor, (st.epoch, upto), has_more, last_id, last_uuid, False, page)

    def take_backup(self) -> None:
        self.backups.append(copy.deepcopy(self.state))

    def restore(self, index: int) -> None:
        """The database is restored from an older backup: history after it is lost; new epoch."""
        self.state = copy.deepcopy(self.backups[index])
        self.state.epoch = new_id()


# -- a desk ------------------------------------------------------------------------------


@dataclass
class Outgoing:
    seq: int
    mutation: Mutation
    device: str = ""  # the device id the sequence number belongs to
    result: str | None = None  # status from a push response, until a pull acknowledges it


@dataclass
class DeskState:
    device: str
    last_seq: int = 0
    cursor: tuple[str, int] | None = None
    base: Rows = field(default_factory=dict)  # the server's rows as of the cursor
    pending: list[Outgoing] = field(default_factory=list)
    history: list[Outgoing] = field(default_factory=list)  # acknowledged, kept for a reset
    pushed_upto: int = 0
    # The server history this desk's pushes and pulls were answered from (None before any).
    epoch: str | None = None

    def view(self) -> Rows:
        """What the desk shows: the server as of its cursor plus its pending mutations, in order."""
        rows = copy.deepcopy(self.base)
        for out in self.pending:
            apply(rows, out.mutation, 0)
        return rows


class Desk:
    def __init__(self, name: str) -> None:
        self.name = name
        self.state = DeskState(device=new_id())
        self.renumbered = 0
        self.resets = 0

    # local work -----------------------------------------------------------------------
    def record(self, m: Mutation) -> None:
        st = self.state
        st.last_seq += 1
        st.pending.append(Outgoing(st.last_seq, m, st.device))

    def take_new_identity(self) -> None:
        """After a 409 or a foreign last_mutation_uuid: a new device id, pending renumbered."""
        st = self.state
        st.device = new_id()
        for i, out in enumerate(st.pending, start=1):
            out.seq = i
            out.device = st.device
        st.last_seq = len(st.pending)
        st.pushed_upto = 0
        self.renumbered += 1

    # the protocol ---------------------------------------------------------------------
    def push(self, server: Server, batch_size: int, *, lose_response: bool = False) -> bool:
        st = self.state
        batch = [(o.seq, o.mutation) for o in st.pending if o.seq > st.pushed_upto][:batch_size]
        if not batch:
            return True
        try:
            epoch, last_id, results = server.push(st.device, batch)
        except Conflict409:
            self.take_new_identity()
            return False
        if lose_response:
            return False  # the server committed; the desk never heard: it will send again
        if st.epoch is not None and epoch != st.epoch:
            self.reset(epoch)  # the server lost history this desk relied on
            return False
        st.epoch = epoch
        by_uuid = {r.uuid: r for r in results}
        for out in st.pending:
            if out.mutation.uuid in by_uuid:
                out.result = by_uuid[out.mutation.uuid].status
        # Only what this batch carried counts as sent: the server's last_mutation_id can also
        # cover sequence numbers another file used under the same device id.
        st.pushed_upto = max(st.pushed_upto, min(last_id, batch[-1][0]))
        return True

    def pull(self, server: Server, limit: int, *, max_pages: int | None = None, skip_page: int | None = None) -> bool:
        """Pull until has_more is false, then apply everything at once. False if cut short.

        ``skip_page``: a confused proxy hands over, for that request, the page after the one
        asked for; the desk sees that the page does not answer its cursor and drops the pull."""
        st = self.state
        pages: list[Page] = []
        cursor = st.cursor
        while True:
            if max_pages is not None and len(pages) >= max_pages:
                return False  # interrupted: nothing applied, the cursor did not move
            page = server.pull(st.device, cursor, limit)
            if skip_page is not None and len(pages) == skip_page and page.has_more:
                page = server.pull(st.device, page.cursor, limit)  # the next page instead
            if page.since != cursor:
                return False  # not the answer to what was asked: nothing applied
            if page.reset or (st.epoch is not None and page.cursor[0] != st.epoch):
                self.reset(page.cursor[0])
                return False
            pages.append(page)
            cursor = page.cursor
            if not page.has_more:
                break
        last = pages[-1]
        if last.last_mutation_id:
            # Another file answers to this device id (this one was restored from a copy, or
            # copied to a second PC) when the server holds sequence numbers this desk never
            # used, or another UUID under the last one.
            held = {o.seq: o.mutation.uuid for o in [*st.history, *st.pending] if o.device == st.device}
            if last.last_mutation_id > st.last_seq or held.get(last.last_mutation_id) != last.last_mutation_uuid:
                self.take_new_identity()
                return False
        for page in pages:
            for key, version, row in page.changes:
                mine = st.base.get(key)
                if mine is None or version >= mine["version"]:
                    st.base[key] = row
        acked = [o for o in st.pending if o.seq <= last.last_mutation_id]
        st.history.extend(acked)
        st.pending = [o for o in st.pending if o.seq > last.last_mutation_id]
        assert st.cursor is None or st.cursor[0] != last.cursor[0] or last.cursor[1] >= st.cursor[1], "cursor backwards"
        st.cursor = last.cursor
        st.epoch = last.cursor[0]
        return True

    def reset(self, epoch: str) -> None:
        """A new server epoch: reload everything; push again what the server may have lost."""
        st = self.state
        self.resets += 1
        resend = [Outgoing(0, o.mutation) for o in st.history] + st.pending
        st.history = []
        st.pending = resend
        st.base = {}
        st.cursor = None
        st.epoch = epoch
        self.take_new_identity()

    def sync(self, server: Server, batch_size: int, limit: int) -> None:
        """Push before pull, until nothing is pending (what a desk does when the network is back)."""
        for _ in range(100):
            for _ in range(100):
                before = (self.state.device, self.state.pushed_upto)
                self.push(server, batch_size)
                if all(o.seq <= self.state.pushed_upto for o in self.state.pending):
                    break
                if (self.state.device, self.state.pushed_upto) == before:
                    break  # the server answered a gap: it lost history; the pull will reset
            if self.pull(server, limit) and not self.state.pending:
                return
        raise AssertionError("sync never converged")  # pragma: no cover
