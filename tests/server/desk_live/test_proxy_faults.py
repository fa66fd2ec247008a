"""Faults on the wire, through a real HTTP proxy on loopback (tests/server/desk_live/proxy.py)
between the desks and the real server process on PostgreSQL: a push delivered three times, the
server's answer lost after its commit (the connection cut, or the server killed), pages swapped,
a page given in place of another, an old answer replayed, a pull answer cut mid-body, the server
restarted mid-pull, the desk killed (``kill -9``) while the answer to its push is held, a desk's
clock minutes off. Each ends with every desk settled, converged, nothing lost or doubled."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
import pytest

from kronos_core import instants
from kronos_desktop.sync.http import EVENTS_PATH, PULL_PATH, PUSH_PATH, Offline
from kronos_desktop.sync.steps import PullStep
from kronos_server.auth.state import AuthState, build_auth_state
from kronos_server.db import Database
from tests.desk_sync.conftest import booking, new_client, payment
from tests.server.conftest import CentralDb
from tests.server.desk_live.conftest import LiveDesk, LiveStudio, new_studio
from tests.server.desk_live.proxy import (
    Hold,
    Proxy,
    before,
    cut_mid_body,
    deliver_times,
    lose_answer,
    next_page_instead,
    pass_through,
    replay,
    swap_pages,
)
from tests.server.desk_live.server_process import ROOT, ServerProcess

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

OpenStudio = Callable[[str], LiveStudio]


@pytest.fixture(scope="module")
def server(central_db: CentralDb) -> Iterator[ServerProcess]:
    """One server process for the module; a test that kills it leaves it to the next to restart."""
    process = ServerProcess(central_db)
    process.start()
    yield process
    process.stop()


@pytest.fixture(scope="module")
def server_auth(central_db: CentralDb, server: ServerProcess) -> AuthState:
    return build_auth_state(central_db.settings.model_copy(update={"public_url": server.base_url}))


@pytest.fixture
def proxy(server: ServerProcess) -> Iterator[Proxy]:
    if not server.alive:
        server.start()
    made = Proxy(server.base_url)
    yield made
    made.close()
    assert not made.errors, "a fault of the proxy failed"
    left = [t.name for t in threading.enumerate() if t.name == "sync-proxy" or "process_request" in t.name]
    assert not left, "the proxy's threads outlived it"


@pytest.fixture
def open_studio(tmp_path: Path, app_db: Database, server_auth: AuthState, proxy: Proxy) -> Iterator[OpenStudio]:
    """New studios whose desks reach the server through the proxy."""
    opened: list[LiveStudio] = []

    def open_one(name: str) -> LiveStudio:
        studio_id, owner_id = new_studio(app_db)
        made = LiveStudio(tmp_path / name, proxy.base_url, app_db, server_auth, studio_id, owner_id)
        opened.append(made)
        return made

    yield open_one
    for made in opened:
        made.close()


@pytest.fixture
def studio(open_studio: OpenStudio) -> LiveStudio:
    return open_studio("studio")


# -- what a person sees ---------------------------------------------------------------------------
def paid(studio: LiveStudio) -> list[int]:
    """The payments' amounts on the server."""
    return sorted(r["amount"] for (t, _), r in studio.server_rows().items() if t == "payment")


def amounts(desk: LiveDesk) -> list[int]:
    return sorted(r["amount"] for (t, _), r in desk.rows().items() if t == "payment")


def client_names(desk: LiveDesk) -> list[str]:
    return sorted(r["full_name"] for (t, _), r in desk.rows().items() if t == "client")


def with_clients(studio: LiveStudio, count: int) -> tuple[LiveDesk, LiveDesk]:
    """Desks a and b; a registers ``count`` clients (one version each) and sends them; b has not
    pulled them and has a payment of 700 waiting to be sent."""
    a, b = studio.desk("a"), studio.desk("b")
    for n in range(count):
        a.apply("client.create", new_client(f"Cliente {n:02}"))
    a.steps.sync()
    b.apply("payment.record", payment(700))
    return a, b


def every_client(count: int) -> list[str]:
    return [f"Cliente {n:02}" for n in range(count)]


# -- pushes ---------------------------------------------------------------------------------------
def test_a_push_delivered_three_times_takes_effect_once(studio: LiveStudio, proxy: Proxy) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    cid = a.apply("client.create", new_client("Ana Souza")).args.client_id
    for amount in (300, 400, 500):
        a.apply("payment.record", payment(amount))
    booked = a.apply("appointment.book", booking(studio.owner_id, cid, 2)).args.appointment_id
    proxy.arm(PUSH_PATH, deliver_times(3))
    a.steps.push()
    assert proxy.armed() == 0
    assert proxy.sent(PUSH_PATH) == 3, "the push reached the server three times"
    studio.settle()
    studio.assert_converged()
    assert paid(studio) == [300, 400, 500], "nothing doubled"
    assert amounts(b) == [300, 400, 500]
    appointment = b.rows()[("appointment", booked)]
    assert appointment["in_conflict"] is False, "the booking did not clash with itself"
    assert not [k for (t, _), k in b.rows().items() if t == "sync_conflict"]


@pytest.mark.parametrize("fault", ["connection cut", "answer cut mid-body", "server killed"])
def test_the_server_commits_and_its_answer_never_arrives(
    studio: LiveStudio, proxy: Proxy, server: ServerProcess, fault: str
) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    for amount in (300, 400):
        a.apply("payment.record", payment(amount))
    proxy.arm(
        PUSH_PATH,
        {
            "connection cut": lose_answer(),
            "answer cut mid-body": cut_mid_body,
            "server killed": lose_answer(then=server.kill),
        }[fault],
    )
    with pytest.raises(Offline):
        a.steps.push()
    assert paid(studio) == [300, 400], "the server committed"
    assert a.local.status().pushed_upto == 0, "the desk never heard"  # type: ignore[union-attr]
    assert [r["status"] for r in a.outbox()] == ["pending", "pending"]
    if fault == "server killed":
        with pytest.raises(Offline):
            a.steps.sync()  # the proxy answers 502: nothing changes, nothing is lost
        server.start()
    a.apply("payment.record", payment(500))
    studio.settle()
    studio.assert_converged()
    assert paid(studio) == [300, 400, 500], "sent again, applied once"
    assert amounts(b) == [300, 400, 500]


def test_the_desk_killed_while_the_answer_to_its_push_is_held(studio: LiveStudio, proxy: Proxy) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    for amount in (300, 400):
        a.apply("payment.record", payment(amount))
    token = a.http.session.get_token()
    assert token is not None
    a.close()
    hold = Hold()
    proxy.arm(PUSH_PATH, hold)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.server.desk_live.push_child", str(a.folder), proxy.base_url],
        cwd=ROOT,
        env={**os.environ, "KRONOS_TEST_TOKEN": token},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        hold.wait()
        assert paid(studio) == [300, 400], "the server committed; its answer is held"
        child.send_signal(signal.SIGKILL)  # kill -9 while the desk waits for the answer
        child.wait(timeout=10)
    finally:
        hold.release()
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        assert child.stdout is not None
        printed = child.stdout.read()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert printed == "PUSHING\n", "the desk was killed before it heard the answer"
    a.open()
    assert [r["status"] for r in a.outbox()] == ["pending", "pending"], "nothing lost"
    a.apply("payment.record", payment(500))
    studio.settle()
    studio.assert_converged()
    assert paid(studio) == [300, 400, 500], "nothing sent twice took effect twice"
    assert amounts(b) == [300, 400, 500]


def test_the_event_stream_is_refused_at_once(proxy: Proxy) -> None:
    """The proxy does not hold the long-lived event stream: 503 at once, not silence."""
    answer = httpx.get(f"{proxy.base_url}{EVENTS_PATH}", timeout=5)
    assert answer.status_code == 503


def test_a_refused_event_stream_is_offline_for_the_desk(studio: LiveStudio) -> None:
    a = studio.desk("a")
    with pytest.raises(Offline, match="503"):
        next(a.http.events(threading.Event()))


# -- pulls ----------------------------------------------------------------------------------------
def test_two_pages_swapped_on_the_way(studio: LiveStudio, proxy: Proxy) -> None:
    a, b = with_clients(studio, 12)
    proxy.arm(PULL_PATH, pass_through, *swap_pages())
    with pytest.raises(Offline, match="answer is for cursor"):
        b.steps.pull(limit=3)  # the second answer is not for the cursor asked: dropped
    assert b.steps.pull(limit=3) is PullStep.APPLIED  # asked again, from where it stood
    assert proxy.armed() == 0  # (the page held back came as the answer to its own cursor)
    assert client_names(b) == every_client(12), "every page, none skipped"
    studio.settle()
    studio.assert_converged()
    assert paid(studio) == [700]
    assert amounts(a) == [700]


def test_a_page_given_in_place_of_the_one_asked_for(studio: LiveStudio, proxy: Proxy) -> None:
    _, b = with_clients(studio, 12)
    proxy.arm(PULL_PATH, pass_through, next_page_instead)
    with pytest.raises(Offline, match="answer is for cursor"):
        b.steps.pull(limit=3)  # the desk sees the page does not answer its cursor
    assert proxy.armed() == 0
    studio.settle()
    assert client_names(b) == every_client(12), "no client missing on the desk"
    studio.assert_converged()


def test_an_old_pull_answer_replayed(studio: LiveStudio, proxy: Proxy) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    cid = a.apply("client.create", new_client("Ana Souza")).args.client_id
    studio.settle()
    old = proxy.answers(PULL_PATH)[-1]  # b's pull that brought "Ana Souza"
    assert old.json()["changes"], "the answer to replay carries the client"
    a.apply("client.update", {"client_id": str(cid), "changes": {"full_name": "Ana Lima"},
                              "seen": {"full_name": "Ana Souza"}})  # fmt: skip
    studio.settle()
    assert client_names(b) == ["Ana Lima"]
    b.apply("payment.record", payment(700))
    proxy.arm(PULL_PATH, replay(old))
    with pytest.raises(Offline, match="answer is for cursor"):
        b.steps.pull()  # an answer to an older cursor is not taken
    assert proxy.armed() == 0
    assert client_names(b) == ["Ana Lima"], "the desk did not go back to the old name"
    assert amounts(b) == [700]
    studio.settle()
    studio.assert_converged()
    assert paid(studio) == [700]


def test_a_pull_answer_cut_mid_body(studio: LiveStudio, proxy: Proxy) -> None:
    _, b = with_clients(studio, 12)
    before_pull = b.rows()
    proxy.arm(PULL_PATH, pass_through, pass_through, cut_mid_body)
    with pytest.raises(Offline):
        b.steps.pull(limit=3)
    assert b.rows() == before_pull, "nothing of an unfinished pull shows"
    assert b.local.stored_pages().count == 2, "the two whole pages are kept aside"
    assert b.steps.pull(limit=3) is PullStep.APPLIED
    assert client_names(b) == every_client(12)
    studio.settle()
    studio.assert_converged()
    assert paid(studio) == [700]


@pytest.mark.parametrize("desk_notices", [True, False])
def test_the_server_restarted_in_the_middle_of_a_pull(
    studio: LiveStudio, proxy: Proxy, server: ServerProcess, desk_notices: bool
) -> None:
    a, b = with_clients(studio, 24)

    def restart() -> None:
        server.kill()
        server.start()

    if desk_notices:  # the server is down when the third page is asked for, and comes back later
        proxy.arm(PULL_PATH, pass_through, pass_through, before(server.kill))
        with pytest.raises(Offline):
            b.steps.pull(limit=4)
        assert b.local.stored_pages().count == 2
        server.start()
        a.apply("client.create", new_client("Cliente 24"))  # written while b's pull waits
        a.steps.sync()
        assert b.steps.pull(limit=4) is PullStep.APPLIED
        count = 25
    else:  # the server restarts while the third page is on its way: the pull only takes longer
        proxy.arm(PULL_PATH, pass_through, pass_through, before(restart))
        assert b.steps.pull(limit=4) is PullStep.APPLIED
        count = 24
    assert proxy.armed() == 0
    assert client_names(b) == every_client(count)
    studio.settle()
    studio.assert_converged()
    assert paid(studio) == [700]
    assert amounts(a) == [700]


# -- a desk's clock minutes off -------------------------------------------------------------------
@contextlib.contextmanager
def desk_clock_off(by: dt.timedelta) -> Iterator[None]:
    """This PC's clock off by ``by``: every module of the desk (and of the core it runs) that
    reads the clock. The server runs in its own process, on the right time."""
    real = instants.utcnow

    def skewed() -> dt.datetime:
        return real() + by

    modules = [
        m
        for name, m in list(sys.modules.items())
        if name.startswith(("kronos_desktop", "kronos_core")) and getattr(m, "utcnow", None) is real
    ]
    with contextlib.ExitStack() as patches:
        for module in modules:
            patches.enter_context(mock.patch.object(module, "utcnow", skewed))
        yield


# What is compared of each row (no ids, no stamps): the same whatever the clock.
COMPARED = {
    "appointment": ("notes", "starts_at", "status", "in_conflict"),
    "client": ("full_name", "phone"),
    "payment": ("amount", "received_at", "business_date"),
    "sync_conflict": ("kind", "status"),
}


def clock_scenario(studio: LiveStudio, skew: dt.timedelta) -> list[tuple[Any, ...]]:
    """Desk b, its clock ``skew`` off, joins (it sees the server), then both desks book over
    each other offline, edit the same client, and b cancels a booking and takes a payment. What
    the server ends with, without ids or stamps."""
    a = studio.desk("a")
    cid = a.apply("client.create", new_client("Ana", phone="+5511911111111")).args.client_id
    first = a.apply("appointment.book", booking(studio.owner_id, cid, 1, hours=1)).args.appointment_id
    a.steps.sync()
    with desk_clock_off(skew):
        b = studio.desk("b")
        offset = dt.timedelta(microseconds=b.local.status().clock_offset_us)  # type: ignore[union-attr]
        assert abs(offset + skew) < dt.timedelta(seconds=5), "the desk measured how far off its clock is"
        assert abs(b.store.now() - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=5), "the offset corrects it"
    a.apply("appointment.book", {**booking(studio.owner_id, cid, 5), "notes": "from a"})
    a.apply("client.update", {"client_id": str(cid), "changes": {"phone": "+5511922222222"},
                              "seen": {"phone": "+5511911111111"}})  # fmt: skip
    with desk_clock_off(skew):
        b.apply("appointment.book", {**booking(studio.owner_id, cid, 6), "notes": "from b"})
        b.apply("client.update", {"client_id": str(cid), "changes": {"phone": "+5511933333333"},
                                  "seen": {"phone": "+5511911111111"}})  # fmt: skip
        b.apply("appointment.cancel", {"appointment_id": str(first), "cancelled_at": b.store.now().isoformat()})
        b.apply("payment.record", payment(800))
        b.steps.sync()
    a.steps.sync()
    with desk_clock_off(skew):
        studio.settle()
    studio.assert_converged()
    rows = studio.server_rows()
    cancelled_at = dt.datetime.fromisoformat(rows[("appointment", first)]["cancelled_at"])
    assert abs(cancelled_at - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=30), "cancelled at the true time"
    return sorted(((t, *(r[c] for c in COMPARED[t])) for (t, _), r in rows.items() if t in COMPARED), key=repr)


def test_a_desk_clock_minutes_off_changes_nothing(open_studio: OpenStudio) -> None:
    skews = {"on time": dt.timedelta(0), "7 min slow": dt.timedelta(minutes=-7), "7 min fast": dt.timedelta(minutes=7)}
    outcomes = {label: clock_scenario(open_studio(label.replace(" ", "_")), skew) for label, skew in skews.items()}
    assert outcomes["7 min slow"] == outcomes["on time"]
    assert outcomes["7 min fast"] == outcomes["on time"]
    kinds = sorted(o[1] for o in outcomes["on time"] if o[0] == "sync_conflict")
    assert kinds == ["double_booking", "field_overwrite"]
    statuses = sorted(o[3] for o in outcomes["on time"] if o[0] == "appointment")
    assert statuses.count("cancelled") == 1
