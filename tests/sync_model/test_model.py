"""The sync model against the six properties of DESIGN.md, under hypothesis.

Steps are drawn from the model's current state (existing ids, the values a desk sees), so
nearly every step does something. CI runs the "ci" profile's fixed budget; set
KRONOS_HYPOTHESIS_PROFILE=long for thousands of runs.
"""

from __future__ import annotations

import contextlib
import copy

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from tests.sync_model.model import ACTIVE, Conflict409, Desk, Mutation, Server, new_id

ARTISTS = ("ana", "bruno", "carla")
SLOTS = tuple(range(4))
NAMES = ("Maria", "João", "Ana Clara", None)


def mk(mutation_name: str, **args: object) -> Mutation:
    return Mutation(new_id(), mutation_name, tuple(sorted(args.items())))


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.server = Server()
        self.desks: list[Desk] = []
        self.snapshots: list[tuple[int, object]] = []

    @initialize(n=st.integers(min_value=2, max_value=5))
    def start(self, n: int) -> None:
        self.desks = [Desk(f"desk{i}") for i in range(n)]

    # -- local work, from what the desk shows ---------------------------------------------
    def _ids(self, desk: Desk, table: str) -> list[str]:
        return sorted(k[1] for k in desk.state.view() if k[0] == table)

    @rule(data=st.data())
    def create_client(self, data: st.DataObject) -> None:
        desk = data.draw(st.sampled_from(self.desks))
        desk.record(mk("client.create", id=new_id(), name=data.draw(st.sampled_from(NAMES[:3]))))

    @rule(data=st.data())
    def update_client(self, data: st.DataObject) -> None:
        desk = data.draw(st.sampled_from(self.desks))
        view = desk.state.view()
        ids = self._ids(desk, "client")
        if not ids:
            return
        cid = data.draw(st.sampled_from(ids))
        fld = data.draw(st.sampled_from(["name", "phone"]))
        value = data.draw(st.sampled_from(["+5511900000001", "+5511900000002", "Mariana", "Jo"]))
        desk.record(mk("client.update", id=cid, field=fld, value=value, seen=view[("client", cid)][fld]))

    @rule(data=st.data())
    def book(self, data: st.DataObject) -> None:
        desk = data.draw(st.sampled_from(self.desks))
        desk.record(
            mk(
                "appointment.book",
                id=new_id(),
                artist=data.draw(st.sampled_from(ARTISTS)),
                slot=data.draw(st.sampled_from(SLOTS)),
            )
        )

    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        desk = data.draw(st.sampled_from(self.desks))
        ids = self._ids(desk, "appointment")
        if ids:
            desk.record(mk("appointment.cancel", id=data.draw(st.sampled_from(ids))))

    @rule(data=st.data(), amount=st.integers(min_value=1, max_value=500_000))
    def pay(self, data: st.DataObject, amount: int) -> None:
        desk = data.draw(st.sampled_from(self.desks))
        desk.record(mk("payment.record", id=new_id(), amount=amount))

    # -- the network ---------------------------------------------------------------------
    @rule(data=st.data(), batch=st.sampled_from([1, 3, 50]), lose=st.booleans())
    def push(self, data: st.DataObject, batch: int, lose: bool) -> None:
        data.draw(st.sampled_from(self.desks)).push(self.server, batch, lose_response=lose)

    @rule(data=st.data(), limit=st.sampled_from([1, 2, 50]), cut=st.one_of(st.none(), st.integers(1, 2)))
    def pull(self, data: st.DataObject, limit: int, cut: int | None) -> None:
        data.draw(st.sampled_from(self.desks)).pull(self.server, limit, max_pages=cut)

    @rule(data=st.data(), limit=st.sampled_from([1, 2]), skip=st.integers(0, 2))
    def pull_through_a_confused_proxy(self, data: st.DataObject, limit: int, skip: int) -> None:
        data.draw(st.sampled_from(self.desks)).pull(self.server, limit, skip_page=skip)

    @rule(data=st.data(), holds_known=st.booleans())
    def push_out_of_order(self, data: st.DataObject, holds_known: bool) -> None:
        """A client written from the protocol alone pushes some of its unsent mutations in any
        order, and may hold a mutation the studio already applied (another desk's: the server
        answers its stored result). The answer is lost; the desk goes on as before."""
        desk = data.draw(st.sampled_from(self.desks))
        state = desk.state
        unsent = [(o.seq, o.mutation) for o in state.pending if o.device == state.device]
        batch = data.draw(st.permutations(unsent))[: data.draw(st.integers(0, len(unsent)))]
        held = sorted(
            (o.mutation for d in self.desks for o in [*d.state.history, *d.state.pending]),
            key=lambda m: m.uuid,
        )
        known = [m for m in held if m.uuid in self.server.state.results]
        if holds_known and known:  # recorded as its next number, and pushed with the others
            desk.record(data.draw(st.sampled_from(known)))
            batch.insert(data.draw(st.integers(0, len(batch))), (state.last_seq, state.pending[-1].mutation))
        with contextlib.suppress(Conflict409):
            self.server.push(state.device, batch)

    @rule(data=st.data())
    def full_sync(self, data: st.DataObject) -> None:
        data.draw(st.sampled_from(self.desks)).sync(self.server, 50, 50)

    # -- people and disasters --------------------------------------------------------------
    @rule()
    def server_backup(self) -> None:
        self.server.take_backup()

    @precondition(lambda self: bool(self.server.backups))
    @rule(data=st.data())
    def server_restored_from_backup(self, data: st.DataObject) -> None:
        self.server.restore(data.draw(st.integers(0, len(self.server.backups) - 1)))

    @rule(data=st.data())
    def copy_desk_file(self, data: st.DataObject) -> None:
        i = data.draw(st.integers(0, len(self.desks) - 1))
        self.snapshots.append((i, copy.deepcopy(self.desks[i].state)))

    @precondition(lambda self: bool(self.snapshots))
    @rule(data=st.data())
    def restore_desk_from_copy(self, data: st.DataObject) -> None:
        i, state = data.draw(st.sampled_from(self.snapshots))
        self.desks[i].state = copy.deepcopy(state)  # type: ignore[assignment]

    @precondition(lambda self: bool(self.snapshots) and len(self.desks) < 5)
    @rule(data=st.data())
    def copy_desk_to_second_pc(self, data: st.DataObject) -> None:
        _, state = data.draw(st.sampled_from(self.snapshots))
        twin = Desk(f"desk{len(self.desks)}")
        twin.state = copy.deepcopy(state)  # type: ignore[assignment]
        self.desks.append(twin)

    # -- properties ------------------------------------------------------------------------
    @invariant()
    def exactly_once(self) -> None:
        assert all(n == 1 for n in self.server.state.applied_count.values())

    @invariant()
    def no_number_is_jumped(self) -> None:
        """A device's last number (last_mutation_id) never moves over one that was neither
        applied nor answered: the numbers mapped for each device run 1, 2, ... without a hole
        (a desk takes everything up to last_mutation_id as acknowledged)."""
        numbers: dict[str, set[int]] = {}
        for device, seq in self.server.state.device_seq:
            numbers.setdefault(device, set()).add(seq)
        for device, seqs in numbers.items():
            assert seqs == set(range(1, max(seqs) + 1)), f"device {device} jumped: {sorted(seqs)}"

    @invariant()
    def no_active_double_booking_on_the_server(self) -> None:
        seen: set[tuple[str, int]] = set()
        for (table, _), row in self.server.state.rows.items():
            if table == "appointment" and row["status"] == ACTIVE and not row["in_conflict"]:
                slot = (row["artist"], row["slot"])
                assert slot not in seen, f"double booking {slot} outside a conflict"
                seen.add(slot)

    def teardown(self) -> None:
        """When all is quiet: every desk equals the server and nothing recorded is lost."""
        for _ in range(10):
            for desk in self.desks:
                desk.sync(self.server, 50, 7)
            if all(
                not d.state.pending and d.state.cursor == (self.server.state.epoch, self.server.state.clock)
                for d in self.desks
            ):
                break
        else:
            raise AssertionError("the desks did not settle")
        server = self.server.state
        for desk in self.desks:
            assert desk.state.view() == server.rows, f"{desk.name} differs from the server"
            for out in desk.state.history:
                assert out.mutation.uuid in server.results, f"{out.mutation.name} from {desk.name} was lost"
                if out.mutation.name == "payment.record":
                    assert server.rows[("payment", out.mutation.arg("id"))]["amount"] == out.mutation.arg("amount")
        assert all(n == 1 for n in server.applied_count.values())


TestSyncModel = SyncMachine.TestCase
