"""The conflicts inbox of a desk syncing with the fake server: a person redoes a change the
server refused (still refused: its message, the conflict kept; then done: the booking is there
and the conflict leaves the list), and the inbox names the desk a change came from."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kronos_core.schema import appointment, client
from kronos_desktop.app import Desk as AppDesk
from kronos_desktop.store.local_schema import replica
from kronos_desktop.store.writer import Writer
from kronos_desktop.sync import desk_names
from kronos_desktop.sync.engine import Phase, SyncEngine
from kronos_desktop.sync.http import Refused
from kronos_desktop.sync.inbox import InboxItem, load_inbox
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.sync.inbox import ConflictsDialog
from tests.desk_sync.conftest import Desk, Studio, booking, new_client
from tests.desk_sync.fake_server import FakeTransport
from tests.desk_sync.test_ui import open_app_desk, wait_for

pytestmark = pytest.mark.gui


class NamingTransport(FakeTransport):
    """The fake server, and the desk names the real one answers at ``GET /v1/desks/names``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.names: dict[str, tuple[str, list[uuid.UUID]]] = {}  # desk id -> (name, replica ids)
        self.asked = 0

    def desk_names(self) -> dict[str, Any]:
        self.asked += 1
        desks = [{"id": i, "name": n, "device_ids": [str(d) for d in ds]} for i, (n, ds) in self.names.items()]
        return {"desks": desks}


@pytest.fixture
def front(studio: Studio, qapp: QApplication) -> Iterator[AppDesk]:
    """The front desk, opened as the app opens it, its engine syncing with the fake server and
    asking it for the desk names whenever a conflict comes from a desk it cannot name."""
    yield from open_app_desk(studio, qapp, NamingTransport(studio.server), names_retry=0)


@pytest.fixture
def inbox(qtbot, front: AppDesk) -> ConflictsDialog:  # type: ignore[no-untyped-def]
    win = MainWindow(front.ctx, None)
    win.confirm_quit = False
    qtbot.addWidget(win)
    win.show()
    wait_for(qtbot, lambda: front.sync.state().phase is Phase.SYNCED)
    return win.show_conflicts()


def sync(qtbot, desk: AppDesk, until: Any) -> None:  # type: ignore[no-untyped-def]
    desk.sync.sync_now()  # as the server's event would
    wait_for(qtbot, until)


def open_items(desk: AppDesk) -> list[InboxItem]:
    return load_inbox(desk.store.read_engine)


def appointments(desk: AppDesk) -> set[uuid.UUID]:
    with desk.store.read_engine.connect() as conn:
        return {r.id for r in conn.execute(select(appointment.c.id, appointment.c.status))}


def set_blocked(other: Desk, client_id: str, blocked: bool) -> None:
    other.apply("client.update", {"client_id": client_id, "changes": {"blocked": blocked},
                                  "seen": {"blocked": not blocked}})  # fmt: skip
    other.steps.sync()


def blocked(desk: AppDesk, client_id: str) -> bool | None:
    """Whether the desk has the client blocked (None: it does not have the client)."""
    with desk.store.read_engine.connect() as conn:
        return conn.execute(select(client.c.blocked).where(client.c.id == uuid.UUID(client_id))).scalar()


def test_a_person_redoes_a_refused_booking(  # type: ignore[no-untyped-def]
    qtbot, studio: Studio, front: AppDesk, inbox: ConflictsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = studio.desk("other")
    ana = other.apply("client.create", new_client("Ana Souza")).args.client_id
    other.steps.sync()
    sync(qtbot, front, lambda: blocked(front, str(ana)) is False)
    # Offline, the front desk books Ana; meanwhile the other desk blocks her.
    front.transport.offline = True  # type: ignore[attr-defined]
    args = booking(studio.owner_id, ana, 3)
    front.writer.submit(front.store.apply, "appointment.book", args).result()
    set_blocked(other, str(ana), True)
    front.transport.offline = False  # type: ignore[attr-defined]
    sync(qtbot, front, lambda: front.sync.state().conflicts == 1 and front.sync.state().pending == 0)
    booked = uuid.UUID(args["appointment_id"])
    assert booked not in appointments(front), "the refused booking was taken back"

    view = inbox.view
    wait_for(qtbot, lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    assert set(view.buttons) == {"redo", "dismiss"}
    redo = view.buttons["redo"]
    assert redo.text() == "Redo this change"
    assert "Refused: Book Ana Souza with Rita on " in view.details.text()
    assert redo.toolTip().startswith("Redo: Book Ana Souza with Rita on ")
    assert "blocked from booking" in view.details.text()

    # Still blocked: the redo is refused at once with the reason, nothing is written.
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "kronos_desktop.ui.sync.inbox.show_redo_refused", lambda _parent, change, why: shown.append((change, why))
    )
    with qtbot.waitSignal(front.runner.op_failed, timeout=5000):
        qtbot.mouseClick(redo, Qt.MouseButton.LeftButton)
    ((change, why),) = shown
    assert change.startswith("Book Ana Souza with Rita on ")
    assert why == "Ana Souza is blocked from booking."
    assert booked not in appointments(front)
    assert [(i.kind, i.status) for i in open_items(front)] == [("rejected", "open")]
    assert front.store.pending_count() == 0
    assert view.model.rowCount() == 1

    # Unblocked on the other desk: the same click books her, under the id the desk gave it.
    set_blocked(other, str(ana), False)
    sync(qtbot, front, lambda: blocked(front, str(ana)) is False)
    view.table.selectRow(0)
    with qtbot.waitSignal(front.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(view.buttons["redo"], Qt.MouseButton.LeftButton)
    assert booked in appointments(front)
    wait_for(qtbot, lambda: view.model.rowCount() == 0)
    assert view.empty_label.isVisible()
    sync(qtbot, front, lambda: front.sync.state().pending == 0 and front.sync.state().conflicts == 0)
    server = studio.server.rows()
    assert server[("appointment", booked)]["status"] == "booked"
    assert [r["status"] for (t, _), r in server.items() if t == "sync_conflict"] == ["resolved"]


def test_the_inbox_names_the_desk_a_change_came_from(  # type: ignore[no-untyped-def]
    qtbot, studio: Studio, front: AppDesk, inbox: ConflictsDialog
) -> None:
    transport: NamingTransport = front.transport  # type: ignore[attr-defined]
    assert transport.asked >= 1, "the first good sync asks for the desk names"
    other, third = studio.desk("other"), studio.desk("third")
    ana = other.apply("client.create", new_client("Ana Souza")).args.client_id
    other.steps.sync()
    third.steps.sync()
    # Offline, the other desk books Ana while a third blocks her: the server refuses the booking.
    other.transport.offline = True
    other.apply("appointment.book", booking(studio.owner_id, ana, 5))
    set_blocked(third, str(ana), True)
    other.transport.offline = False
    other.steps.sync()
    sync(qtbot, front, lambda: front.sync.state().conflicts == 1)
    view = inbox.view
    wait_for(qtbot, lambda: view.model.rowCount() == 1)
    assert view.model.data(view.model.index(0, view.model.Col.WHO)) == "Rita · another desk"

    # Once the server names the other desk's replica, the inbox says which desk (offline too).
    replica = other.store.identity()
    assert replica is not None
    transport.names = {str(uuid.uuid4()): ("Balcão 2", [replica.device_id])}
    sync(qtbot, front, lambda: view.model.data(view.model.index(0, view.model.Col.WHO)) == "Rita · Balcão 2")
    front.transport.offline = True  # type: ignore[attr-defined]
    view.refresh()
    assert view.model.data(view.model.index(0, view.model.Col.WHO)) == "Rita · Balcão 2"
    assert "By Rita · Balcão 2" in view.details.text()


def refused_on_the_server(studio: Studio, name: str, args: dict[str, Any]) -> None:
    """``name`` applied twice on the server with the same ids: the second is refused (its ids
    are taken), a ``rejected`` conflict carrying its arguments."""
    for _ in range(2):
        with studio.server.engine.begin() as conn:
            studio.server._apply(conn, name, args, uuid.uuid4(), studio.owner_id, None)


def test_redo_is_offered_only_to_a_desk_whose_role_may_make_the_change(studio: Studio) -> None:
    refused_on_the_server(studio, "station.add", {"station_id": str(uuid.uuid4()), "name": "Maca 2"})
    refused_on_the_server(studio, "client.create", new_client("Ana Souza"))
    front = studio.desk("front")
    with front.store.engine.begin() as conn:  # enrolled by a manager later made a receptionist
        conn.execute(replica.update().values(desk_role="receptionist"))
    items = {i.mutation_name: i for i in load_inbox(front.store.read_engine)}
    assert items["station.add"].resolutions == ("dismiss",), "a receptionist may not add stations"
    assert items["client.create"].resolutions == ("redo", "dismiss")
    assert items["station.add"].refused is not None, "what was refused is still said"


def test_desk_names_that_cannot_be_fetched_never_change_the_sync_state(studio: Studio) -> None:
    """An older server without ``/v1/desks/names`` (or one that fails there): the desk syncs on
    and keeps the names it has; asked again later, the names arrive."""
    front, other = studio.desk("front"), studio.desk("other")
    transport = NamingTransport(studio.server)
    refusing = True

    def names_or_404() -> dict[str, Any]:
        if refusing:
            raise Refused("GET /v1/desks/names: 404 Not Found", status=404)
        return NamingTransport.desk_names(transport)

    transport.desk_names = names_or_404  # type: ignore[method-assign]
    writer = Writer()
    try:
        engine = SyncEngine(front.store, writer, transport, poll_interval=3600, names_interval=0, names_retry=0)
        assert engine.run_once().phase is Phase.SYNCED
        replica_id = other.store.identity().device_id  # type: ignore[union-attr]
        transport.names = {str(uuid.uuid4()): ("Balcão 2", [replica_id])}
        refusing = False
        assert engine.run_once().phase is Phase.SYNCED
    finally:
        writer.shutdown()
    with front.store.read_engine.connect() as conn:
        assert desk_names.known(conn) == {replica_id: "Balcão 2"}


def test_a_change_refused_for_an_erased_client_can_only_be_dismissed(studio: Studio) -> None:
    """Its arguments were not kept (LGPD): redoing it could never apply, so it is not offered."""
    made = new_client("Zuleika Wpqx")
    client_id = made["client_id"]
    refused_on_the_server(studio, "client.create", made)  # a refusal that can be redone, beside it
    with studio.server.engine.begin() as conn:
        erased_at = "2026-12-03T12:00:00+00:00"
        studio.server._apply(
            conn, "client.erase", {"client_id": client_id, "erased_at": erased_at}, uuid.uuid4(), studio.owner_id, None
        )
        change = {"client_id": client_id, "changes": {"notes": "Zuleika prefere tarde"}, "seen": {"notes": None}}
        studio.server._apply(conn, "client.update", change, uuid.uuid4(), studio.owner_id, None)
    front = studio.desk("front")
    items = {i.mutation_name: i for i in load_inbox(front.store.read_engine)}
    assert items["client.update"].resolutions == ("dismiss",)
    assert "Zuleika" not in repr(items["client.update"].mine), "none of the change's fields were kept"
    assert items["client.create"].resolutions == ("redo", "dismiss")
