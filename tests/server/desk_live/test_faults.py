"""Faults, against the real server and PostgreSQL: a push delivered three times, the server killed
after its commit and before its answer reached the desk, the desk killed (``kill -9``) while it
applies pages, pages cut short, a desk's clock a day off."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kronos_desktop.store import store as store_module
from kronos_desktop.sync import local as local_module
from kronos_desktop.sync import steps as steps_module
from kronos_desktop.sync.http import Offline, SyncTransport
from kronos_desktop.sync.steps import PullStep
from kronos_server.auth.state import build_auth_state
from kronos_server.db import Database
from tests.desk_sync.conftest import booking, new_client, payment
from tests.server.conftest import CentralDb
from tests.server.desk_live.conftest import LiveStudio, Relay, new_studio
from tests.server.desk_live.server_process import ROOT, ServerProcess

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


class ThreeTimes(Relay):
    """Every push reaches the server three times (a proxy retrying); the desk reads the last answer."""

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        self.inner.push(body)
        self.inner.push(body)
        return self.inner.push(body)


class DropsThirdPage(Relay):
    """The connection drops while the third page of a pull comes."""

    def __init__(self, inner: SyncTransport) -> None:
        super().__init__(inner)
        self.served = 0

    def pull(self, device_id: Any, cursor: str | None, limit: int) -> dict[str, Any]:
        self.served += 1
        if self.served == 3:
            raise Offline("the connection dropped mid-pull")
        return self.inner.pull(device_id, cursor, limit)


def paid(studio: LiveStudio) -> list[int]:
    return sorted(r["amount"] for (t, _), r in studio.server_rows().items() if t == "payment")


def test_a_push_delivered_three_times_takes_effect_once(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    a.net.inner = ThreeTimes(a.http)
    cid = a.apply("client.create", new_client()).args.client_id
    for amount in (100, 250, 999):
        a.apply("payment.record", payment(amount))
    a.apply("appointment.book", booking(live_studio.owner_id, cid, 2))
    b.apply("payment.record", payment(7))
    live_studio.settle()
    live_studio.assert_converged()
    assert paid(live_studio) == [7, 100, 250, 999]
    bookings = [r for (t, _), r in live_studio.server_rows().items() if t == "appointment"]
    assert [r["in_conflict"] for r in bookings] == [False], "the booking did not clash with itself"


def test_pages_cut_short_resume_where_they_stopped(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    for n in range(6):
        a.apply("client.create", new_client(f"C{n}"))
    a.steps.sync()
    b.net.inner = DropsThirdPage(b.http)
    before = b.rows()
    with pytest.raises(Offline):
        b.steps.pull(limit=1)
    assert b.rows() == before
    assert b.local.stored_pages().count == 2
    assert b.steps.pull(limit=1) is PullStep.APPLIED
    live_studio.settle()
    live_studio.assert_converged()


# -- the server killed between its commit and its answer -----------------------------------------
@pytest.fixture
def server_process(central_db: CentralDb) -> Iterator[ServerProcess]:
    server = ServerProcess(central_db)
    server.start()
    yield server
    if server.process is not None and server.process.poll() is None:
        server.process.terminate()
        server.process.wait(timeout=10)


class DiesAfterCommit(Relay):
    """The first push commits on the server, which is then killed before its answer arrives."""

    def __init__(self, inner: SyncTransport, server: ServerProcess) -> None:
        super().__init__(inner)
        self.server = server
        self.armed = True

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        answer = self.inner.push(body)
        if self.armed:
            self.armed = False
            self.server.kill()
            raise Offline("the server died before its answer reached the desk")
        return answer


def test_the_server_killed_after_its_commit(
    server_process: ServerProcess, central_db: CentralDb, app_db: Database, tmp_path: Path
) -> None:
    auth = build_auth_state(central_db.settings.model_copy(update={"public_url": server_process.base_url}))
    studio_id, owner_id = new_studio(app_db)
    studio = LiveStudio(tmp_path, server_process.base_url, app_db, auth, studio_id, owner_id)
    try:
        a = studio.desk("a")
        a.net.inner = DiesAfterCommit(a.http, server_process)
        for amount in (300, 400):
            a.apply("payment.record", payment(amount))
        with pytest.raises(Offline):
            a.steps.push()
        assert paid(studio) == [300, 400], "the server committed"
        assert a.local.status().pushed_upto == 0  # type: ignore[union-attr]
        with pytest.raises(Offline):
            a.steps.sync()  # the server is down: nothing changes, nothing is lost
        server_process.start()
        a.apply("payment.record", payment(500))
        studio.settle()
        studio.assert_converged()
        assert paid(studio) == [300, 400, 500]
    finally:
        studio.close()


# -- the desk killed while it applies pages -------------------------------------------------------
def test_the_desk_killed_mid_page_apply(live_studio: LiveStudio, live_server: str) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    for n in range(5):
        a.apply("client.create", new_client(f"C{n}"))
    a.steps.sync()
    b.apply("payment.record", payment(4200))  # pending on the desk that will be killed
    before = b.rows()
    token = b.http.session.get_token()
    b.close()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.desk_sync.desk_child", str(b.folder), live_server],
        cwd=ROOT,
        env={**os.environ, "KRONOS_TEST_TOKEN": token},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "APPLYING"
        child.send_signal(signal.SIGKILL)  # kill -9, inside the apply's transaction
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()
    conn = sqlite3.connect(b.folder / b.store.path.name)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    finally:
        conn.close()
    b.open()
    assert b.rows() == before, "nothing of the interrupted apply remains"
    assert b.local.stored_pages().complete, "the pages are still kept aside"
    assert b.steps.pull() is PullStep.APPLIED
    live_studio.settle()
    live_studio.assert_converged()
    assert paid(live_studio) == [4200]


# -- a desk's clock a day off -------------------------------------------------------------------
@contextlib.contextmanager
def clock_off(days: int) -> Iterator[None]:
    """This PC's clock ``days`` off (the desk's modules read it through ``utcnow``)."""
    real = store_module.utcnow
    modules = (store_module, local_module, steps_module)

    def skewed() -> dt.datetime:
        return real() + dt.timedelta(days=days)

    for module in modules:
        module.utcnow = skewed  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module in modules:
            module.utcnow = real  # type: ignore[attr-defined]


def scenario(studio: LiveStudio, skew_days: int) -> list[tuple[Any, ...]]:
    """Two desks book over each other offline, take payments and edit a client; desk b's clock
    is ``skew_days`` off. Returns what the server ends with, without ids or server stamps."""
    a, b = studio.desk("a"), studio.desk("b")
    cid = a.apply("client.create", new_client("Ana", phone="+5511911111111")).args.client_id
    studio.settle()
    a.apply("appointment.book", {**booking(studio.owner_id, cid, 2), "notes": "from a"})
    a.apply("client.update", {"client_id": str(cid), "changes": {"phone": "+5511922222222"},
                              "seen": {"phone": "+5511911111111"}})  # fmt: skip
    with clock_off(skew_days):
        b.apply("appointment.book", {**booking(studio.owner_id, cid, 3), "notes": "from b"})
        b.apply("client.update", {"client_id": str(cid), "changes": {"phone": "+5511933333333"},
                                  "seen": {"phone": "+5511911111111"}})  # fmt: skip
        b.apply("payment.record", payment(800))
        b.steps.sync()
        assert abs(b.store.now() - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1), "the offset corrects it"
    a.steps.sync()
    with clock_off(skew_days):
        studio.settle()
    studio.assert_converged()
    outcome: list[tuple[Any, ...]] = []
    for (table, _), r in studio.server_rows().items():
        if table == "appointment":
            outcome.append((table, r["notes"], r["starts_at"], r["status"], r["in_conflict"]))
        elif table == "client":
            outcome.append((table, r["full_name"], r["phone"]))
        elif table == "payment":
            outcome.append((table, r["amount"], r["received_at"], r["business_date"]))
        elif table == "sync_conflict":
            outcome.append((table, r["kind"], r["status"]))
    return sorted(outcome)


def test_a_desk_clock_a_day_off_changes_nothing(
    app_db: Database, live_server: str, live_auth: Any, tmp_path: Path
) -> None:
    outcomes = []
    for days in (0, 1):
        studio_id, owner_id = new_studio(app_db)
        studio = LiveStudio(tmp_path / f"skew{days}", live_server, app_db, live_auth, studio_id, owner_id)
        try:
            outcomes.append(scenario(studio, days))
        finally:
            studio.close()
    assert outcomes[0] == outcomes[1]
    kinds = sorted(o[1] for o in outcomes[0] if o[0] == "sync_conflict")
    assert kinds == ["double_booking", "field_overwrite"]
