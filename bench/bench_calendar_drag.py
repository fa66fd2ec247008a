"""One drag step on the drawn day: ``calendar.drag_frame_p95_ms`` (and ``..._p50_ms``); goal < 16 ms.

On the large demo desk (bench_calendar_day.large_desk: 100,000 clients, 200,000 appointments,
6 artists), the busiest of the full weekdays before the demo's today is read as the desk reads it
and shown in a DayCanvas in a scroll area at 1280x720 (offscreen). A block is pressed and dragged
along a zigzag over the columns and hours (each step a quarter hour or a column away, so the ghost
moves at every step); one step is a mouse move event with the button held sent to the canvas, and
the event loop run until its repaint is done (a paint event counted). Baseline, in the same run:
the same steps without a drag (the button up: the cursor's hover check, nothing repainted), the
floor of delivering a mouse move.

Slow (the large desk is built once, some 7 minutes, then copied from the cache, ~1 minute a run):
runs with ``--all`` or when named, ``uv run python -m bench calendar.drag_frame``.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from bench.bench_calendar_day import full_days, large_desk, p95
from bench.harness import Figure, benchmark

STEPS = 300
WARM_UP = 10


@benchmark("calendar.drag_frame_p95_ms", "calendar.drag_frame_p50_ms", slow=True)
def drag_frame(tmp: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    from kronos_core.hours import spans_on
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.queries import agenda as agenda_q
    from kronos_desktop.store.queries import desk as desk_q
    from kronos_desktop.store.queries import staff as staff_q
    from kronos_desktop.ui.agenda.day_canvas import DayCanvas
    from kronos_desktop.ui.agenda.day_drag import why_fixed
    from kronos_desktop.ui.agenda.day_layout import artist_columns

    app = QApplication.instance() or QApplication([])
    folder, built = large_desk(tmp)
    store = LocalStore.open(folder)
    try:
        with store.read_engine.connect() as conn:
            here = desk_q.here(conn)
            assert here.studio_id is not None
            days = {d: agenda_q.agenda(conn, here.studio_id, d, here.zone) for d in full_days(built)}
            day = max(days, key=lambda d: len(days[d]))
            rows = days[day]
            opening, _ = staff_q.opening_and_state(conn, here.studio_id)
            columns = artist_columns(staff_q.members(conn, here.studio_id), opening, day, rows)
            conn.rollback()
    finally:
        store.close()

    area = QScrollArea()
    area.setWidgetResizable(True)
    canvas = DayCanvas()
    area.setWidget(canvas)
    canvas.set_day(day, rows, columns, spans_on(opening, (), day), {}, here.zone, None)
    area.resize(1280, 720)
    area.show()
    app.processEvents()

    class Painted(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    painted = Painted()
    canvas.installEventFilter(painted)
    lay = canvas.layout_
    block = next(b for b in lay.blocks if why_fixed(b.row) is None and b.rect.h > 30)
    grab = QPoint(int(block.rect.x + block.rect.w / 2), int(block.rect.y + 10))
    path = []
    for i in range(STEPS + WARM_UP):
        column = (i // 8) % len(lay.columns)
        minute = lay.first + 60 + (i % 16) * 15 if (i // 16) % 2 == 0 else lay.first + 60 + (16 - i % 16) * 15
        path.append(QPoint(int(lay.column_rect(column).x + lay.column_width / 2), int(lay.y_of(minute))))

    def move(p: QPoint, held: bool) -> None:
        button = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
        event = QMouseEvent(
            QEvent.Type.MouseMove, QPointF(p), QPointF(canvas.mapToGlobal(p)),
            Qt.MouseButton.NoButton, button, Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(canvas, event)

    def steps(held: bool) -> list[float]:
        took: list[float] = []
        for i, p in enumerate(path):
            before = painted.count
            start = time.perf_counter()
            move(p, held)
            app.processEvents()  # the repaint the move asked for, done
            ms = (time.perf_counter() - start) * 1000
            if held and painted.count == before and canvas.ghost() is not None:
                raise RuntimeError("a drag step painted nothing")
            if i >= WARM_UP:
                took.append(ms)
        return took

    bare = steps(held=False)
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress, QPointF(grab), QPointF(canvas.mapToGlobal(grab)),
        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(canvas, press)
    took = steps(held=True)
    assert canvas.ghost() is not None, "the block was dragged"
    QApplication.sendEvent(
        canvas,
        QMouseEvent(
            QEvent.Type.MouseButtonRelease, QPointF(grab),
            QPointF(canvas.mapToGlobal(grab)), Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )  # fmt: skip
    area.close()
    print(
        f"calendar.drag_frame: {len(rows)} bookings on the day, p50 {statistics.median(took):.2f} ms,"
        f" p95 {p95(took):.2f} ms; without a drag p50 {statistics.median(bare):.3f} ms, p95 {p95(bare):.3f} ms"
    )
    return [
        Figure("calendar.drag_frame_p95_ms", p95(took), "ms", p95(bare)),
        Figure("calendar.drag_frame_p50_ms", statistics.median(took), "ms", statistics.median(bare)),
    ]
