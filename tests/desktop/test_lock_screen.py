"""The lock screen, through its widgets: the picker shows the studio's active members (initials
in their colours, name, role); the PIN pad takes clicks and keys; a wrong PIN says so; the right
one unlocks the desk as that member, whose next change is recorded as theirs, under the desk's
role narrowed to theirs; a member with no PIN sets one where this desk may, and is told who can
otherwise; File → Change my PIN asks the current one first."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.pins import pin_matches
from kronos_core.roles import Role
from kronos_desktop.app import Desk, open_window
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store.queries.undo import AtDesk
from kronos_desktop.ui.lock.change_pin_dialog import ChangePinDialog
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.lock_helpers import (
    give_pin,
    locked_window,
    press_digits,
    says_tries_left,
    sql,
    step_up,
    tile_click,
)
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def test_the_picker_shows_the_active_members_with_initials_in_their_colours(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    gone = demo.artist_ids[-1]
    desk.writer.submit(
        desk.store.apply, "staff.update", {"staff_id": str(gone), "active": False}, staff_id=demo.owner_id
    ).result()
    # Two guest artists' dates, as the database has them: one's are over, the other's not begun.
    guest_gone, guest_coming = demo.artist_ids[0], demo.artist_ids[1]
    today = dt.datetime.now(ZoneInfo("America/Sao_Paulo")).date()
    sql(desk.store.path, "UPDATE staff SET guest_to = ? WHERE id = ?", today - dt.timedelta(days=1), guest_gone.hex)
    sql(desk.store.path, "UPDATE staff SET guest_from = ? WHERE id = ?", today + dt.timedelta(days=1), guest_coming.hex)
    screen = locked_window(qtbot, window, desk)
    assert screen.picker.tile(guest_gone) is None, "a guest artist whose dates are over is not offered"
    assert screen.picker.tile(guest_coming) is None, "nor one whose dates have not begun"
    active = sql(
        desk.store.path,
        "SELECT id, display_name, role, color FROM staff WHERE active = 1 AND deleted = 0 AND id NOT IN (?, ?)",
        guest_gone.hex,
        guest_coming.hex,
    )
    assert {t.member.id.hex for t in screen.picker.tiles} == {row[0] for row in active}
    assert screen.picker.tile(gone) is None, "a deactivated member is not offered"
    for staff_hex, name, role, color in active:
        tile = next(t for t in screen.picker.tiles if t.member.id.hex == staff_hex)
        assert tile.member.color == color
        assert tile.member.initials == "".join(w[0] for w in (name.split()[0], name.split()[-1])).upper()
        assert tile.accessibleName() == f"{name}, {role.capitalize()}"
        assert tile.width() >= 96, "large enough to touch"
        assert tile.height() >= 96
    assert screen.studio_label.text() == "Estúdio Agulha de Ouro"
    assert not window.workspace.isVisible()


def test_the_pad_by_clicks_a_wrong_pin_then_the_right_one_unlocks_as_that_member(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    artist = demo.artist_ids[0]
    give_pin(desk, demo.owner_id, artist, "2468")
    screen = locked_window(qtbot, window, desk)
    tile_click(qtbot, screen, artist)
    assert screen.pad.isVisible()
    press_digits(qtbot, screen, "12")  # too short: not checked
    assert screen.pad.message.text() == "A PIN has 4 to 6 digits."
    screen.pad.clear()
    press_digits(qtbot, screen, "1357")
    qtbot.waitUntil(lambda: says_tries_left(screen.pad.message.text(), 4))
    assert window.desk_lock.locked
    with qtbot.waitSignal(screen.unlocked, timeout=5000):
        press_digits(qtbot, screen, "2468")
    assert not window.desk_lock.locked
    assert window.at_desk.staff_id == artist
    assert window.at_desk.role is Role.ARTIST, "the owner's desk narrowed to the artist's role"
    assert window.member_button.isVisible()
    name = sql(desk.store.path, "SELECT display_name FROM staff WHERE id = ?", artist.hex)[0][0]
    assert window.member_button.text() == name
    who = desk.ctx.who  # what the views read, to show what this role may see
    assert (who.staff_id, who.role, who.name) == (artist, Role.ARTIST, name)
    window.lock_desk()
    assert (who.staff_id, who.role) == (None, None)


def test_the_pad_by_keys_and_esc_goes_back_to_the_picker(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    manager = demo.manager_id
    assert manager is not None
    give_pin(desk, demo.owner_id, manager, "864201")
    screen = locked_window(qtbot, window, desk)
    tile_click(qtbot, screen, manager)
    qtbot.keyClicks(screen.pad, "99")
    assert screen.pad.dots.text() == "●●○○"
    qtbot.keyClick(screen.pad, Qt.Key.Key_Escape)
    assert screen.pages.currentWidget() is screen.picker
    tile_click(qtbot, screen, manager)
    assert screen.pad.pin() == "", "nothing typed is kept for the next person"
    qtbot.keyClicks(screen.pad, "8642019")  # a seventh digit is not taken
    qtbot.keyClick(screen.pad, Qt.Key.Key_Backspace)
    qtbot.keyClicks(screen.pad, "1")
    with qtbot.waitSignal(screen.unlocked, timeout=5000):
        qtbot.keyClick(screen.pad, Qt.Key.Key_Return)
    assert window.at_desk == AtDesk(Role.MANAGER, manager)


def test_the_next_change_is_recorded_as_made_by_the_member_who_unlocked(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    manager = demo.manager_id
    assert manager is not None
    give_pin(desk, demo.owner_id, manager, "5151")
    step_up(qtbot, window, desk, manager, "5151")
    client_id = uuid7()
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        desk.runner.run(MutationOp("client.create", {"client_id": str(client_id), "full_name": "Lia Prado"}))
    rows = sql(desk.store.path, "SELECT staff_id FROM outbox WHERE name = 'client.create' ORDER BY pos DESC LIMIT 1")
    assert rows == [(manager.hex,)]
    assert sql(desk.store.path, "SELECT created_by, changed_by FROM client WHERE id = ?", client_id.hex) == [
        (manager.hex, manager.hex)
    ]
    # Locked again from the name in the status bar: nobody is identified, and the store knows it.
    qtbot.mouseClick(window.member_button, Qt.MouseButton.LeftButton)
    assert window.desk_lock.locked
    qtbot.waitUntil(lambda: desk.writer.submit(lambda: desk.store.member).result() is None)


def test_a_first_pick_with_no_pin_sets_one_where_this_desk_may(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    artist = demo.artist_ids[1]
    give_pin(desk, demo.owner_id, artist, None)
    screen = locked_window(qtbot, window, desk)
    tile_click(qtbot, screen, artist)
    dialog = screen.set_pin_dialog
    qtbot.waitExposed(dialog)
    dialog.new_pin.setText("4321")
    dialog.again.setText("4322")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The two PINs typed are not the same."
    dialog.again.setText("4321")
    with qtbot.waitSignal(screen.unlocked, timeout=5000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert window.at_desk.staff_id == artist
    pin_hash = sql(desk.store.path, "SELECT pin_hash FROM staff WHERE id = ?", artist.hex)[0][0]
    assert pin_matches(pin_hash, "4321")


def test_a_first_pick_with_no_pin_says_who_can_set_it_where_this_desk_may_not(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    artist = demo.artist_ids[1]
    give_pin(desk, demo.owner_id, artist, None)
    sql(desk.store.path, "UPDATE replica SET desk_role = 'receptionist'")  # a receptionist enrolled this desk
    screen = locked_window(qtbot, window, desk)
    screen.refresh()
    settle(qtbot, desk.ctx)
    tile_click(qtbot, screen, artist)
    box = screen.no_pin_box
    qtbot.waitExposed(box)
    assert box.informativeText() == "Ask an owner or a manager to set your PIN in Staff."
    box.accept()
    assert window.desk_lock.locked


def test_changing_ones_own_pin_asks_the_current_one(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    artist = demo.artist_ids[0]
    give_pin(desk, demo.owner_id, artist, "2468")
    step_up(qtbot, window, desk, artist, "2468")
    change = window.action_set.actions["desk.change_pin"]
    assert change.isEnabled()
    change.trigger()
    dialog = window.findChild(ChangePinDialog, "changePinDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.current.setText("1111")
    dialog.new_pin.setText("9753")
    dialog.again.setText("9753")
    with qtbot.waitSignal(desk.runner.op_failed, timeout=5000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The current PIN typed is not right."
    dialog.current.setText("2468")
    with qtbot.waitSignal(dialog.pin_set, timeout=5000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    pin_hash = sql(desk.store.path, "SELECT pin_hash FROM staff WHERE id = ?", artist.hex)[0][0]
    assert pin_matches(pin_hash, "9753")
    assert sql(
        desk.store.path, "SELECT staff_id FROM outbox WHERE name = 'staff.set_pin' ORDER BY pos DESC LIMIT 1"
    ) == [(artist.hex,)]


def test_the_desk_starts_locked_when_anyone_has_a_pin(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio
) -> None:
    give_pin(desk, demo.owner_id, demo.artist_ids[0], "2468")
    window = open_window(desk, None)
    qtbot.addWidget(window)
    assert window.desk_lock.locked
    assert window.shell.currentWidget() is window.lock_screen
    assert not window.action_set.actions["go.clients"].isEnabled()
    window.confirm_quit = False
    window.close()


def test_without_pins_the_desk_starts_as_its_own_member(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio
) -> None:
    for (staff_hex,) in sql(desk.store.path, "SELECT id FROM staff WHERE pin_hash IS NOT NULL"):
        give_pin(desk, demo.owner_id, uuid.UUID(staff_hex), None)
    window = open_window(desk, None)
    qtbot.addWidget(window)
    assert not window.desk_lock.locked
    assert window.at_desk == AtDesk(Role.RECEPTIONIST, demo.receptionist_id), "the demo's desk: its receptionist"
    window.confirm_quit = False
    window.close()


def test_ctrl_l_locks_and_enter_picks_a_name(qtbot, window: MainWindow, desk: Desk, demo: DemoStudio) -> None:  # type: ignore[no-untyped-def]
    give_pin(desk, demo.owner_id, demo.receptionist_id, "1234")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.desk_lock.locked
    settle(qtbot, desk.ctx)
    screen = window.lock_screen
    tile = screen.picker.tile(demo.receptionist_id)
    assert tile is not None
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert screen.pad.isVisible()
    assert screen.question.text() == "Hello, Larissa. Type your PIN."
