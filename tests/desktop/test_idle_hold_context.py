"""A view holds the idle lock off through its context (ctx.hold_idle), without reaching for the
window: the checkout's PIX code and the forms' client mode use it while a client has the screen."""

from __future__ import annotations

from kronos_desktop.ui.main_window import MainWindow


def test_a_view_holds_the_idle_lock_through_its_context(window: MainWindow) -> None:
    ctx = window.ctx
    assert ctx.hold_idle is not None
    hold = ctx.hold_idle(window.checkout)
    assert window.desk_lock.held
    hold.release()
    assert not window.desk_lock.held
