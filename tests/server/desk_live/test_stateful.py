"""The sync under hypothesis: 2 to 5 desks (real SQLite files, the real engine) against the real
server and PostgreSQL, doing anything in any order.

Each step is a mutation of the registry with arguments drawn from the desk's current rows
(tests/server/desk_live/strategies.py), or the network and people misbehaving: a desk going
offline and online, partial pushes and pulls (pages of one change, pulls cut short), a desk's
file restored from an earlier copy, a file copied to a second PC. When all is quiet:

- every desk's synced tables equal the server's;
- every outbox mutation has exactly one result (the server's) and none vanished;
- no two active bookings of an artist or a station overlap outside a conflict;
- no payment is lost or doubled (refunds included);
- no two sales share a number; a sale stored under another number than its mutation asked for
  has a ``renumbered`` conflict saying so, and a ticket closed with the desk's own receipt prefix
  and counter is never renumbered unless a desk file was restored or copied in the run;
- the refunds of a payment never add up to more than it took without a ``needs_review``
  conflict (``refund_exceeds``) on one of them;
- no replica's cursor ever went backwards.

The checkout's mutations (issue 15) are drawn too (tests/server/desk_live/strategies_checkout.py),
and a ``checkout`` rule closes tickets as the desk does: the number from the desk's prefix and
counter (kronos_desktop/store/sale_numbers.py), the sale and its split payment in one transaction.

Budget: the "ci" hypothesis profile runs a fixed, small number of examples (about a minute);
``KRONOS_SYNC_EXAMPLES`` / ``KRONOS_SYNC_STEPS`` raise it (thousands for a night run; the
"long" profile does so too).
"""

from __future__ import annotations

import collections
import contextlib
import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from kronos_core.ids import uuid7
from kronos_core.mutations import REGISTRY, MutationError
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES
from kronos_desktop.store import LocalStore
from kronos_desktop.sync.http import SyncProblem
from kronos_desktop.sync.wire import Cursor
from kronos_server.auth.state import AuthState
from kronos_server.db import Database
from tests.conftest import HYPOTHESIS_PROFILE
from tests.server.desk_live.conftest import LiveDesk, LiveStudio, new_studio
from tests.server.desk_live.strategies import NAMES, STRATEGIES, read_view
from tests.server.desk_live.strategies_checkout import (
    CHECKOUT_STRATEGIES,
    cashier_act,
    checkout_close,
    checkout_findings,
)
from tests.server.desk_live.strategies_drawer import DRAWER_STRATEGIES

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

BUDGETS = {"ci": (20, 50), "dev": (20, 50), "long": (2000, 80)}
EXAMPLES, STEPS = BUDGETS.get(HYPOTHESIS_PROFILE, BUDGETS["ci"])
EXAMPLES = int(os.environ.get("KRONOS_SYNC_EXAMPLES", EXAMPLES))
STEPS = int(os.environ.get("KRONOS_SYNC_STEPS", STEPS))
MUTATIONS = sorted(REGISTRY)
ALL_STRATEGIES = {**STRATEGIES, **CHECKOUT_STRATEGIES, **DRAWER_STRATEGIES}
STATS: collections.Counter[str] = collections.Counter()  # what the runs did (printed with -s)


def test_every_mutation_has_a_strategy() -> None:
    assert sorted(ALL_STRATEGIES) == MUTATIONS, "add a strategy for each new mutation (strategies*.py)"


@pytest.fixture(scope="module")
def empty_desk_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A desk file at the newest schema, copied for each new desk (no migration per example)."""
    folder = tmp_path_factory.mktemp("empty-desk")
    LocalStore.open(folder).close()
    return folder


def overlaps(rows: list[dict[str, Any]]) -> list[tuple[Any, Any]]:
    clashes = []
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            same = a["artist_id"] == b["artist_id"] or (a["station_id"] and a["station_id"] == b["station_id"])
            if same and a["starts_at"] < b["ends_at"] and b["starts_at"] < a["ends_at"]:
                clashes.append((a["id"], b["id"]))
    return clashes


@pytest.mark.timeout(max(300, EXAMPLES * STEPS // 2))
def test_desks_converge_whatever_happens(
    app_db: Database, live_server: str, live_auth: AuthState, empty_desk_file: Path, tmp_path: Path
) -> None:
    class SyncMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.folder = Path(tempfile.mkdtemp(dir=tmp_path))
            studio_id, owner_id = new_studio(app_db)
            self.studio = LiveStudio(self.folder, live_server, app_db, live_auth, studio_id, owner_id)
            self.recorded: dict[int, dict[uuid.UUID, tuple[str, dict[str, Any]]]] = {}
            self.ever: dict[uuid.UUID, tuple[str, dict[str, Any]]] = {}
            self.snapshots: list[tuple[Path, dict[uuid.UUID, tuple[str, dict[str, Any]]]]] = []
            self.cursors: dict[int, Cursor | None] = {}
            self.refused = 0
            self.closed: dict[uuid.UUID, str] = {}  # sale id -> the number the desk printed (checkout rule)
            self.disasters = 0  # files restored or copied: their receipt numbers may clash

        def new_desk(self, folder: Path | None = None, source: LiveDesk | None = None) -> LiveDesk:
            n = len(self.studio.desks)
            if folder is None:
                shutil.copytree(empty_desk_file, self.folder / f"desk{n}")
                desk = self.studio.desk(f"desk{n}")
            else:
                assert source is not None
                desk = self.studio.desk(f"desk{n}", folder=folder, tokens=source.http.session)  # type: ignore[arg-type]
            self.cursors[n] = desk.local.status().cursor  # type: ignore[union-attr]
            return desk

        @initialize(n=st.integers(min_value=2, max_value=5))
        def start(self, n: int) -> None:
            first = self.new_desk()
            self.recorded[0] = {}
            # Something to work on: two artists, a station and three clients, on every desk.
            seed = [
                ("staff.add", {"staff_id": str(uuid7()), "display_name": "Rafa", "role": "artist"}),
                ("staff.add", {"staff_id": str(uuid7()), "display_name": "Duda", "role": "artist"}),
                ("station.add", {"station_id": str(uuid7()), "name": "Maca 1"}),
                *(("client.create", {"client_id": str(uuid7()), "full_name": name}) for name in NAMES[:3]),
            ]
            for name, args in seed:
                applied = first.apply(name, args)
                self.recorded[0][applied.uuid] = self.ever[applied.uuid] = (name, args)
            first.steps.sync()
            for i in range(1, n):
                self.new_desk()
                self.recorded[i] = {}

        def pick(self, data: st.DataObject) -> int:
            return data.draw(st.integers(0, len(self.studio.desks) - 1), label="desk")

        # -- local work ----------------------------------------------------------------------
        @rule(data=st.data(), name=st.sampled_from(MUTATIONS))
        def mutate(self, data: st.DataObject, name: str) -> None:
            self.record(data, name)

        # Local work is most of what desks do: the common mutations get rules of their own.
        @rule(data=st.data(), name=st.sampled_from(("client.create", "client.update", "payment.record")))
        def front_desk(self, data: st.DataObject, name: str) -> None:
            self.record(data, name)

        @rule(data=st.data(), name=st.sampled_from(("appointment.book", "appointment.reschedule", "conflict.resolve")))
        def agenda(self, data: st.DataObject, name: str) -> None:
            self.record(data, name)

        # The Agenda's own changes (issue 12): projects, a booking edited, time off, status moves.
        @rule(
            data=st.data(),
            name=st.sampled_from(("project.create", "appointment.edit", "time_off.add", "appointment.set_status")),
        )
        def agenda_more(self, data: st.DataObject, name: str) -> None:
            self.record(data, name)

        # The drawer's day, gift vouchers and stock (issue 16).
        @rule(data=st.data(), name=st.sampled_from(sorted(DRAWER_STRATEGIES)))
        def drawer(self, data: st.DataObject, name: str) -> None:
            self.record(data, name)

        # The Caixa's other work (issue 15): a deposit taken with its money, a refund, a void with
        # its refunds (each one transaction, as the ops batch them), and the single mutations.
        @rule(
            data=st.data(),
            name=st.sampled_from(
                (
                    "batch",
                    "batch",
                    "batch",
                    "deposit.forfeit",
                    "deposit.transfer",
                    "deposit.rescheduled",
                    "deposit.refund",
                    "product.save",
                )
            ),
        )
        def cashier(self, data: st.DataObject, name: str) -> None:
            if name != "batch":
                self.record(data, name)
                return
            self.cashier_batch(data)

        def cashier_batch(self, data: st.DataObject) -> None:
            i = self.pick(data)
            desk = self.studio.desks[i]
            done = cashier_act(desk.store, read_view(desk.store, self.studio.studio_id, self.studio.owner_id), data)
            if done is None:
                STATS["nothing to do or refused: cashier"] += 1
                return
            kind, applied = done
            STATS[f"recorded: cashier {kind}"] += 1
            for a in applied:
                self.recorded[i][a.uuid] = self.ever[a.uuid] = (a.name, a.args.model_dump(mode="json"))

        @rule(data=st.data())
        def checkout(self, data: st.DataObject) -> None:
            """A ticket closed at a desk: its number from the desk's prefix and counter, the sale
            and its payments (split) in one transaction; one time in three, the Caixa's other
            batched work instead (a deposit taken with its money, a refund, a void)."""
            if data.draw(st.integers(0, 2), label="other work") == 2:
                self.cashier_batch(data)
                return
            i = self.pick(data)
            desk = self.studio.desks[i]
            view = read_view(desk.store, self.studio.studio_id, self.studio.owner_id)
            done = checkout_close(desk.store, view, data)
            if done is None:
                self.refused += 1
                STATS["refused on the desk: checkout"] += 1
                return
            number, applied = done
            STATS["recorded: checkout"] += 1
            for a in applied:
                args = a.args.model_dump(mode="json")
                self.recorded[i][a.uuid] = self.ever[a.uuid] = (a.name, args)
                if a.name == "sale.record":
                    self.closed[uuid.UUID(args["sale_id"])] = number

        @rule(data=st.data())
        def same_slot_on_two_desks(self, data: st.DataObject) -> None:
            """Two receptionists book the same artist at the same time, each on their own desk."""
            first, second = self.pick(data), self.pick(data)
            self.record(data, "appointment.book", desk=first)
            if first == second or not self.recorded[first]:
                return
            name, args = list(self.recorded[first].values())[-1]
            if name != "appointment.book":
                return
            again = {**args, "appointment_id": str(uuid7())}
            try:
                applied = self.studio.desks[second].apply(name, again)
            except MutationError:
                return  # the second desk does not know that client yet
            self.recorded[second][applied.uuid] = self.ever[applied.uuid] = (name, again)
            STATS["recorded: appointment.book (same slot)"] += 1

        @rule(data=st.data())
        def review_conflicts(self, data: st.DataObject) -> None:
            """Desks sync, then a receptionist resolves a conflict from the inbox (conflicts come
            from the server)."""
            i = self.pick(data)
            for desk in [*self.studio.desks, self.studio.desks[i]]:
                with contextlib.suppress(SyncProblem):
                    desk.steps.sync()
            self.record(data, "conflict.resolve", desk=i)

        def record(self, data: st.DataObject, name: str, desk: int | None = None) -> None:
            i = self.pick(data) if desk is None else desk
            target = self.studio.desks[i]
            view = read_view(target.store, self.studio.studio_id, self.studio.owner_id)
            strategy = ALL_STRATEGIES[name](view)
            if strategy is None:
                STATS[f"nothing to draw from: {name}"] += 1
                return
            args = data.draw(strategy, label=name)
            try:
                applied = target.apply(name, args)
            except MutationError:
                self.refused += 1  # refused on the desk: nothing recorded
                event(f"refused on the desk: {name}")
                STATS[f"refused on the desk: {name}"] += 1
                return
            event(f"recorded: {name}")
            STATS[f"recorded: {name}"] += 1
            self.recorded[i][applied.uuid] = (name, args)
            self.ever[applied.uuid] = (name, args)

        # -- the network ---------------------------------------------------------------------
        @rule(data=st.data())
        def toggle_network(self, data: st.DataObject) -> None:
            desk = self.studio.desks[self.pick(data)]
            desk.net.offline = not desk.net.offline

        @rule(data=st.data(), batch=st.sampled_from([1, 3, 50]))
        def push(self, data: st.DataObject, batch: int) -> None:
            with contextlib.suppress(SyncProblem):  # offline: the step does nothing
                self.studio.desks[self.pick(data)].steps.push_once(batch)

        @rule(data=st.data(), limit=st.sampled_from([1, 2, 500]), cut=st.one_of(st.none(), st.integers(1, 2)))
        def pull(self, data: st.DataObject, limit: int, cut: int | None) -> None:
            with contextlib.suppress(SyncProblem):  # offline: the step does nothing
                self.studio.desks[self.pick(data)].steps.pull(limit, max_pages=cut)

        @rule(data=st.data())
        def sync(self, data: st.DataObject) -> None:
            with contextlib.suppress(SyncProblem):  # offline: the step does nothing
                self.studio.desks[self.pick(data)].steps.sync()

        # -- people and disasters --------------------------------------------------------------
        @rule(data=st.data())
        def copy_desk_file(self, data: st.DataObject) -> None:
            i = self.pick(data)
            target = self.folder / f"copy{len(self.snapshots)}"
            self.studio.desks[i].snapshot(target)
            self.snapshots.append((target, dict(self.recorded[i])))

        @precondition(lambda self: bool(self.snapshots))
        @rule(data=st.data())
        def restore_desk_from_copy(self, data: st.DataObject) -> None:
            i = self.pick(data)
            snapshot, recorded = data.draw(st.sampled_from(self.snapshots), label="copy")
            desk = self.studio.desks[i]
            desk.restore_from(snapshot)
            self.disasters += 1
            self.recorded[i] = dict(recorded)
            self.cursors[i] = desk.local.status().cursor  # type: ignore[union-attr]

        @precondition(lambda self: bool(self.snapshots) and len(self.studio.desks) < 5)
        @rule(data=st.data())
        def copy_desk_to_second_pc(self, data: st.DataObject) -> None:
            snapshot, recorded = data.draw(st.sampled_from(self.snapshots), label="copy")
            folder = self.folder / f"pc{len(self.studio.desks)}"
            shutil.copytree(snapshot, folder)
            source = self.studio.desks[0]
            self.new_desk(folder=folder, source=source)
            self.disasters += 1
            self.recorded[len(self.studio.desks) - 1] = dict(recorded)

        # -- properties ------------------------------------------------------------------------
        @invariant()
        def cursors_never_go_backwards(self) -> None:
            STATS["steps"] += 1
            for i, desk in enumerate(self.studio.desks):
                now = desk.local.status().cursor  # type: ignore[union-attr]
                before = self.cursors.get(i)
                if now is not None and before is not None and now.epoch == before.epoch:
                    assert now.version >= before.version, f"desk{i}'s cursor went back"
                if now is not None:
                    self.cursors[i] = now

        def teardown(self) -> None:
            try:
                self.check_when_quiet()
            finally:
                self.studio.close()
                shutil.rmtree(self.folder, ignore_errors=True)

        def check_when_quiet(self) -> None:
            self.studio.settle()
            self.studio.assert_converged()
            event(f"desks at the end: {len(self.studio.desks)}")
            STATS[f"desks at the end: {len(self.studio.desks)}"] += 1
            for d in self.studio.desks:
                for rec in d.outbox():
                    STATS[f"result: {rec['result']}"] += (
                        1  # equal tables; every outbox mutation with the server's result
                    )
            results = self.studio.server_results()
            alive = {u: m for recorded in self.recorded.values() for u, m in recorded.items()}
            for mutation_uuid, (name, _) in alive.items():
                assert mutation_uuid in results, f"{name} {mutation_uuid} vanished"
            rows = self.studio.server_rows()
            active = [
                r
                for (t, _), r in rows.items()
                if t == "appointment"
                and r["status"] in ACTIVE_APPOINTMENT_STATUSES
                and not r["in_conflict"]
                and not r["deleted"]
            ]
            assert overlaps(active) == [], "two active bookings overlap outside a conflict"
            for kind in sorted({r["kind"] for (t, _), r in rows.items() if t == "sync_conflict"}):
                event(f"conflict on the server: {kind}")
                STATS[f"conflict on the server: {kind}"] += 1
            paid = {r["id"]: r["amount"] for (t, _), r in rows.items() if t == "payment"}
            made = {args["payment_id"]: args["amount"] for name, args in self.ever.values() if name == "payment.record"}
            made.update(
                {args["payment_id"]: -args["amount"] for name, args in self.ever.values() if name == "payment.refund"}
            )
            for name, args in alive.values():
                if name == "payment.record":
                    assert paid.get(args["payment_id"]) == args["amount"], "a payment was lost"
                if name == "payment.refund":
                    assert paid.get(args["payment_id"]) == -args["amount"], "a refund was lost"
            assert set(paid) <= set(made), "a payment nobody took"
            assert all(paid[p] == made[p] for p in paid), "a payment changed"
            for finding in checkout_findings(rows, alive, self.closed, restored_or_copied=self.disasters > 0):
                STATS[finding] += 1

    STATS.clear()
    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
        ),
    )
    print("\n".join(f"{n:6d}  {what}" for what, n in sorted(STATS.items())))
