"""The calendar block's "consent signed" badge (issue 14) on the demo desk: once a form is signed
for a booking (consent_form.sign through the desk's op), the agenda's read carries
``consent_signed`` for it — and only for it, never on a colleague's booking an artist sees as
busy — and the drawn day, open in the window, paints the green check on its block and says it.
In English (the words are asserted in the source language)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from kronos_core.demo import DemoStudio
from kronos_core.forms import PAD_H, PAD_W, Question
from kronos_core.ids import uuid7
from kronos_desktop.app import Desk
from kronos_desktop.ops import forms as forms_ops
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.ui.agenda.day_paint import SIGNED
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def today_rows(desk: Desk, viewer: uuid.UUID | None = None) -> list[AgendaRow]:
    with desk.store.read_engine.connect() as conn:
        here = desk_q.here(conn)
        assert here.studio_id is not None
        return agenda_q.agenda(conn, here.studio_id, here.today(), here.zone, viewer_id=viewer, sees_all=viewer is None)


def run(qtbot: QtBot, desk: Desk, op: MutationOp) -> None:
    """Run ``op`` through the desk's runner (the writer thread) and wait for its outcome."""
    done: list[Any] = []
    op.success(done.append).failure(done.append)
    desk.ctx.runner.run(op)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert not isinstance(done[0], BaseException), done[0]
    settle(qtbot, desk.ctx)


def sign_for(qtbot: QtBot, desk: Desk, demo: DemoStudio, row: AgendaRow, *, attached: bool = True) -> uuid.UUID:
    """A questionnaire published by the owner, then a form signed for the booking at the desk
    (``attached`` False: signed from the client's record, with no booking)."""
    template_id = uuid7()
    question = Question(id="notes", kind="text", text="Anything else?")
    publish = forms_ops.publish_template(
        template_id, language="en", title="Consent", questions=[question], consent_text="I agree.",
        image_use_text="You may post photos.", staff_id=demo.owner_id,
    )  # fmt: skip
    run(qtbot, desk, publish)
    assert row.client_id is not None
    form_id = uuid7()
    state = desk.ctx.desk()
    assert state is not None
    signature = {"w": PAD_W, "h": PAD_H, "strokes": [[[10, 10], [200, 120], [400, 40]]]}
    sign = forms_ops.sign_form(
        form_id, client_id=row.client_id, template_id=template_id, answers={}, signature=signature,
        witness_id=demo.receptionist_id, signed_at=state.now(), appointment_id=row.id if attached else None,
    )  # fmt: skip
    run(qtbot, desk, sign)
    return form_id


def test_the_read_carries_the_flag_once_a_form_is_signed_for_the_booking(
    qtbot: QtBot, desk: Desk, demo: DemoStudio
) -> None:
    rows = today_rows(desk)
    sessions = [r for r in rows if r.client_id and r.kind == "session" and r.status not in ("cancelled", "no_show")]
    target = sessions[0]
    assert not target.consent_signed, "no form signed for it yet"
    before = {r.id for r in rows if r.consent_signed}
    sign_for(qtbot, desk, demo, target)
    after = today_rows(desk)
    assert {r.id for r in after if r.consent_signed} == before | {target.id}, "that booking, and no other"
    # An artist sees a colleague's booking as busy: not whether its client signed anything.
    colleague = next(a for a in demo.artist_ids if a != target.artist_id)
    as_busy = next(r for r in today_rows(desk, viewer=colleague) if r.id == target.id)
    assert as_busy.busy
    assert not as_busy.consent_signed
    own = next(r for r in today_rows(desk, viewer=target.artist_id) if r.id == target.id)
    assert own.consent_signed, "the booking's own artist sees it"


def test_a_form_signed_today_with_no_booking_counts_for_the_client_s_booking_today(
    qtbot: QtBot, desk: Desk, demo: DemoStudio
) -> None:
    """Signed from the client's record (no booking chosen) on the booking's day: the badge says
    signed, as the check-in does (kronos_core.forms_gate), and no other client's booking does."""
    rows = today_rows(desk)
    target = next(
        r for r in rows
        if r.client_id and r.kind == "session" and r.status not in ("cancelled", "no_show") and not r.consent_signed
    )  # fmt: skip
    before = {r.id for r in rows if r.consent_signed}
    sign_for(qtbot, desk, demo, target, attached=False)
    same_client_today = {r.id for r in today_rows(desk) if r.client_id == target.client_id}
    assert {r.id for r in today_rows(desk) if r.consent_signed} == before | same_client_today
    with desk.store.read_engine.connect() as conn:
        from kronos_core.forms_gate import signed_for

        assert target.id in signed_for(conn, [target.id]), "the check-in agrees"


def near(color: QColor, other: QColor) -> bool:
    pairs = ((color.red(), other.red()), (color.green(), other.green()), (color.blue(), other.blue()))
    return all(abs(a - b) <= 40 for a, b in pairs)


def corner(image: QImage, rect: Any) -> list[QColor]:
    """The pixels of a block's bottom-right corner, where the check is painted (inside the block's
    outline, which is in the artist's hue: a green artist's is near the check's green)."""
    return [
        image.pixelColor(x, y)
        for x in range(int(rect.right - 40), int(rect.right) - 2)
        for y in range(int(rect.bottom - 18), int(rect.bottom) - 2)
    ]


def test_the_block_in_the_window_shows_the_badge_after_a_form_is_signed(
    qtbot: QtBot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    window.show_section("agenda")
    window.agenda.open_day(desk.ctx.today())
    settle(qtbot, desk.ctx)
    canvas = window.agenda.canvas
    candidates = [b for b in canvas.layout_.blocks if b.row.client_id and b.row.kind == "session" and not b.row.busy]
    block = max(candidates, key=lambda b: b.rect.h)  # a tall one: the check sits at its bottom right
    row = block.row
    assert row.status not in ("cancelled", "no_show")
    assert not any(near(c, SIGNED) for c in corner(canvas.grab().toImage(), block.rect)), "no check before"
    assert "Consent signed" not in canvas.painted[row.id]

    sign_for(qtbot, desk, demo, row)
    qtbot.waitUntil(lambda: canvas.layout_.by_id[row.id].row.consent_signed, timeout=10_000)
    image = canvas.grab().toImage()
    assert "Consent signed" in canvas.painted[row.id], "the badge is painted on the block"
    assert "Consent signed" in canvas.description(canvas.layout_.by_id[row.id].row), "and said to a screen reader"
    assert any(near(c, SIGNED) for c in corner(image, canvas.layout_.by_id[row.id].rect)), "a green check"


def test_the_week_marks_and_says_the_signed_booking(
    qtbot: QtBot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    window.show_section("agenda")
    view = window.agenda
    view.open_day(desk.ctx.today())
    settle(qtbot, desk.ctx)
    row = next(
        b.row for b in view.canvas.layout_.blocks
        if b.row.client_id and b.row.kind == "session" and b.row.status not in ("cancelled", "no_show")
    )  # fmt: skip
    sign_for(qtbot, desk, demo, row)
    view.face_buttons["week"].click()
    settle(qtbot, desk.ctx)
    week = view.week
    qtbot.waitUntil(lambda: row.id in week.layout_.by_id and week.layout_.by_id[row.id].row.consent_signed)
    week.grab()
    assert "✓" in week.painted[row.id], "a green dot on the week's block"
    assert "Consent signed" in week.description(week.layout_.by_id[row.id].row)
    others = [b.row for b in week.layout_.blocks if b.row.id != row.id and not b.row.consent_signed]
    assert others, "the other bookings of the week"
    assert all("Consent signed" not in week.description(r) for r in others[:20])
