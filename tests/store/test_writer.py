"""The one writer thread (kronos_desktop/store/writer.py) at the desk's quit: what was submitted
is finished (a paid ticket is never dropped), and what arrives after the shutdown (a read's
answer, a timer, a wrong PIN's count reaching the window late) is not run and raises nothing
where it was asked for."""

from __future__ import annotations

import threading
from concurrent.futures import CancelledError

import pytest

from kronos_desktop.store.writer import Writer


def test_what_was_submitted_before_the_quit_is_finished() -> None:
    writer = Writer()
    release = threading.Event()
    done: list[str] = []

    def slow_payment() -> None:
        release.wait(5)
        done.append("payment")

    future = writer.submit(slow_payment)
    threading.Timer(0.05, release.set).start()
    writer.shutdown()
    assert future.result(timeout=5) is None
    assert done == ["payment"]


def test_what_arrives_after_the_quit_is_not_run_and_says_so() -> None:
    writer = Writer()
    writer.shutdown()
    ran: list[str] = []
    future = writer.submit(ran.append, "late")  # raised 'cannot schedule new futures' before
    assert writer.closed
    assert future.cancelled()
    with pytest.raises(CancelledError):
        future.result()
    seen: list[bool] = []
    future.add_done_callback(lambda f: seen.append(f.cancelled()))
    assert seen == [True]  # a caller's callback still hears of it
    assert ran == []
