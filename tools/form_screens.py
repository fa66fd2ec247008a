"""Screenshots of issue 14's forms, to be looked at: the questionnaire editor (Studio →
Questionnaire), client mode filled in (one answer raising a health alert) and signed with a
scripted pen, the staff's PIN check and the "signed" screen, client mode for a minor (the
guardian's section, both signatures), the session record dialog with a product from the list,
the inks and materials list, the client record's Forms tab once a form is signed, and the signed
form's PDF and the inspector's file rendered page by page — in pt_BR and English, at 1280×720 and
1024×600, on a fresh demo studio (offscreen: no display needed).

    uv run python tools/form_screens.py [OUT_DIR]    # default: ./screens

Files are named ``<size>-<language>-forms-<view>.png`` (the PDFs, whatever the size:
``<language>-forms-pdf-<document>-p<n>.png``, with the PDF beside them); the script prints their
paths. The form is signed in client mode itself (the receptionist witnesses with the demo PIN) and
the session record saved from its dialog, so the Forms tab, the PDF and the inspector's file show
what the desk wrote."""

from __future__ import annotations

import math
import os
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QInputDevice, QPainter, QPointingDevice, QTabletEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget
from screens import theme_option
from sqlalchemy import select

from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
from kronos_core.demo.team import DEMO_PIN
from kronos_core.forms import Answers, Template
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.schema import client, consent_form
from kronos_desktop import i18n
from kronos_desktop.app import Desk, apply_look
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.form_documents import inspector_file, signed_form
from kronos_desktop.ui.agenda.session_record_dialog import SessionRecordDialog
from kronos_desktop.ui.clients import form_pdf, inspector_pdf
from kronos_desktop.ui.clients.client_mode import ClientModeWindow, open_client_mode
from kronos_desktop.ui.clients.signature_pad import SignaturePad
from kronos_desktop.ui.main_window import MainWindow

SIZES = ((1280, 720), (1024, 600))
LANGUAGES = ("pt_BR", "en")
PAGE_WIDTH = 1100  # a PDF page rendered this many pixels wide
PEN = QPointingDevice(
    "scripted pen", 4711, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
    QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3,
)  # fmt: skip
MATERIALS = (
    {"kind": "ink", "name": "Dynamic Triple Black", "manufacturer": "Dynamic Color", "colour": "Preto",
     "anvisa_registration": "80123450001", "lot": "DTB-2291", "manufactured_on": "2026-01-10",
     "expires_on": "2028-01-10", "opened_on": "2026-06-01"},
    {"kind": "ink", "name": "Electric Ink Vermelho Fogo", "manufacturer": "Electric Ink Brasil", "colour": "Vermelho",
     "anvisa_registration": "80765430012", "lot": "EI-R-0412", "manufactured_on": "2025-02-01",
     "expires_on": "2026-03-01", "opened_on": "2025-05-20"},
    {"kind": "ink", "name": "Sem Registro Verde", "manufacturer": "Importada", "colour": "Verde",
     "lot": "SR-77", "expires_on": "2029-01-01"},
    {"kind": "needle", "name": "Cartucho 1207RL", "manufacturer": "Cheyenne", "lot": "CH-1207-5512",
     "expires_on": "2030-12-31"},
)  # fmt: skip


def settle(ms: int = 400) -> None:
    """Let the reader and writer threads answer and the views paint (as tools/screens.py does)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def wait_until(done: Callable[[], bool], what: str, seconds: float = 10) -> None:
    for _ in range(int(seconds * 20)):
        if done():
            return
        settle(50)
    raise RuntimeError(f"timed out waiting for {what}")


def shoot(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


# -- the scripted pen ----------------------------------------------------------------------------
def _pen_event(pad: SignaturePad, kind: QEvent.Type, x: float, y: float, pressure: float, stamp: int) -> None:
    at = pad.from_pad(x, y)
    event = QTabletEvent(
        kind, PEN, at, pad.mapToGlobal(at), pressure, 0, 0, 0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
    )  # fmt: skip
    event.setTimestamp(stamp)
    QApplication.sendEvent(pad, event)


def _stroke(pad: SignaturePad, points: list[tuple[float, float]], stamp: int) -> int:
    """One pen stroke through ``points`` (pad units), 5 ms apart, the pressure rising then
    easing off as a hand's does; the next stamp."""
    last = len(points) - 1
    for i, (x, y) in enumerate(points):
        kind = QEvent.Type.TabletPress if i == 0 else QEvent.Type.TabletRelease if i == last else QEvent.Type.TabletMove
        pressure = 0.35 + 0.5 * math.sin(math.pi * i / max(last, 1))
        _pen_event(pad, kind, x, y, pressure, stamp)
        stamp += 5
        if i % 8 == 0:
            QCoreApplication.processEvents()
    return stamp + 120


def scribble(pad: SignaturePad, seed: int = 0) -> None:
    """A name-like signature: a tall capital loop, a run of cursive loops rising and falling
    along the line, and a flourish under it (three strokes, as a hand signs)."""
    base = 255.0  # the pad's line is at 0.78 of 350
    stamp = 1000
    capital = []
    for i in range(60):  # a capital: up a long stem, round a loop at the top, back down
        t = i / 59 * 2 * math.pi
        x = 150 + 45 * math.sin(t) + 25 * t / (2 * math.pi)
        capital.append((x, base - 80 - 95 * math.sin(t / 2) + 10 * math.cos(t)))
    stamp = _stroke(pad, capital, stamp)
    run = []
    loops = 7 + seed % 3
    for i in range(loops * 18):  # a prolate cycloid: loops like "ellen" written quickly
        t = i / 18 * 2 * math.pi
        height = 55 + 30 * math.sin(t / 3.1 + seed)
        run.append((230 + 11 * t + 26 * math.sin(t), base - 20 - height * (1 - math.cos(t)) / 2))
    stamp = _stroke(pad, run, stamp)
    end_x = run[-1][0]
    flourish = [(200 + (end_x - 160) * k / 40, base + 28 - 18 * math.sin(math.pi * k / 40)) for k in range(41)]
    _stroke(pad, flourish, stamp)
    settle(100)


# -- the demo studio -----------------------------------------------------------------------------
def _picks(store: LocalStore) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    """An adult client with no health alert and a session today (its id, the booking's, the
    booking's artist), and a minor with a guardian on the record."""
    with store.read_engine.connect() as conn:
        here = desk_q.here(conn)
        assert here.studio_id is not None
        today = here.today()
        adult_born = today.replace(year=today.year - 19)
        rows = agenda_q.agenda(conn, here.studio_id, today, here.zone)
        adults = set(
            conn.execute(
                select(client.c.id).where(client.c.birth_date < adult_born, client.c.allergies.is_(None))
            ).scalars()
        )
        booking = next(
            r
            for r in rows
            if r.client_id in adults and r.kind == "session" and r.status not in ("cancelled", "no_show")
        )
        minor = conn.execute(
            select(client.c.id)
            .where(
                client.c.birth_date > today.replace(year=today.year - 17),
                client.c.guardian_name.is_not(None),
                client.c.merged_into.is_(None),
                client.c.erased_at.is_(None),
            )
            .order_by(client.c.full_name)
            .limit(1)
        ).scalar_one()
    assert booking.client_id is not None
    assert booking.artist_id is not None
    return booking.client_id, booking.id, booking.artist_id, minor


def add_materials(store: LocalStore, owner: uuid.UUID) -> None:
    """The studio's inks and materials: a good black, an expired red, an ink with no ANVISA
    number, a needle cartridge."""
    for fields in MATERIALS:
        store.apply("material.add", {"material_id": str(uuid7()), **fields}, staff_id=owner)


def answers_for(template: Template) -> Answers:
    """Every required question answered: "no" to all but the metal allergy (an alert), the
    first choice of a choice, a line of text."""
    found: Answers = {}
    for q in template.questions:
        if q.kind == "yes_no":
            yes = q.id == "allergy_metals"
            details = ("níquel (brincos)" if template.language == "pt_BR" else "nickel (earrings)") if yes else ""
            found[q.id] = {"value": yes, "details": details}
        elif q.kind == "choice" and q.choices:
            found[q.id] = {"value": q.choices[0], "details": ""}
    return found


# -- the screens ---------------------------------------------------------------------------------
def client_mode(
    desk: Desk, size: tuple[int, int], client_id: uuid.UUID, appointment_id: uuid.UUID | None = None
) -> ClientModeWindow:
    """Client mode as a window of the screen's size (full screen would take the offscreen
    screen's own size)."""
    win = open_client_mode(desk.ctx, client_id, appointment_id, full_screen=False)
    win.resize(*size)
    wait_until(lambda: win.questions is not None, "client mode to read")
    return win


def adult_form(
    desk: Desk, out: Path, prefix: str, size: tuple[int, int], adult: uuid.UUID, booking: uuid.UUID, *, sign: bool
) -> None:
    win = client_mode(desk, size, adult, booking)
    assert win.questions is not None
    assert win.consent is not None
    shoot(win, out, f"{prefix}-client-mode-empty")
    win.next_button.click()  # nothing answered: the required questions are marked
    shoot(win, out, f"{prefix}-client-mode-missing")
    win.questions.set_answers(answers_for(win.questions.template))
    alerted = win.questions.rows["allergy_metals"]
    win.questions.scroll_area.ensureWidgetVisible(alerted)
    shoot(win, out, f"{prefix}-client-mode-alert-answer")
    win.next_button.click()
    shoot(win, out, f"{prefix}-client-mode-consent")
    win.consent.image_use.setChecked(True)
    win.consent.ensureWidgetVisible(win.consent.client_signature)
    settle(100)
    scribble(win.consent.client_signature.pad)
    shoot(win, out, f"{prefix}-client-mode-signed-pad")
    witness(win, out, prefix, "client-mode", confirm=sign)


def witness(win: ClientModeWindow, out: Path, prefix: str, name: str, *, confirm: bool) -> None:
    """Sign: the staff check, the receptionist's tile, the demo PIN typed; ``confirm``: OK
    pressed and the form signed (else client mode is left there)."""
    win.sign_button.click()
    shoot(win, out, f"{prefix}-{name}-witness")
    tile = next(t for t in win.staff_check.picker.tiles if t.member.role == Role.RECEPTIONIST)
    tile.click()
    for digit in DEMO_PIN:
        win.staff_check.pad.digit_buttons[digit].click()
    shoot(win, out, f"{prefix}-{name}-pin")
    if confirm:  # one signed form a language and client: the Forms tab and the PDFs show it
        signed: list[object] = []
        win.signed.connect(signed.append)
        win.staff_check.pad.ok_button.click()
        wait_until(lambda: bool(signed) or win.message.isVisible(), "the form to be signed")
        shoot(win, out, f"{prefix}-{name}-done")
        if not signed:
            print(f"NOT SIGNED ({prefix} {name}): {win.message.text()}", file=sys.stderr)
    win.leave()
    settle(100)


def minor_form(desk: Desk, out: Path, prefix: str, size: tuple[int, int], minor: uuid.UUID, *, sign: bool) -> None:
    win = client_mode(desk, size, minor)
    assert win.questions is not None
    assert win.consent is not None
    win.questions.set_answers(answers_for(win.questions.template))
    win.next_button.click()
    consent = win.consent
    if consent.guardian_box is not None:  # the section's top at the top of the page
        consent.verticalScrollBar().setValue(consent.guardian_box.y())
    shoot(win, out, f"{prefix}-client-mode-minor-guardian")
    consent.ensureWidgetVisible(consent.client_signature)
    settle(100)
    scribble(consent.client_signature.pad, seed=2)
    win.sign_button.click()  # the guardian has not signed: refused, saying why
    shoot(win, out, f"{prefix}-client-mode-minor-refused")
    if consent.guardian_signature is not None:
        consent.ensureWidgetVisible(consent.guardian_signature)
        settle(100)
        scribble(consent.guardian_signature.pad, seed=1)
    shoot(win, out, f"{prefix}-client-mode-minor-signatures")
    if not consent.client_id_fields.number.text().strip():  # the ID checked at the desk
        consent.client_id_fields.set_document("rg", "45.678.901-2")
    witness(win, out, prefix, "client-mode-minor", confirm=sign)


def pick(dialog: SessionRecordDialog, name: str) -> None:
    """Choose the studio's material whose label holds ``name`` and add it."""
    found = next(i for i in range(dialog.picker.count()) if name in dialog.picker.itemText(i))
    dialog.picker.setCurrentIndex(found)
    dialog.add_picked()


def session_record(
    desk: Desk, out: Path, prefix: str, size: tuple[int, int], booking: uuid.UUID, *, save: bool
) -> None:
    dialog = SessionRecordDialog(desk.ctx, booking)
    dialog.resize(min(dialog.width(), size[0]), min(dialog.height(), size[1] - 40))
    dialog.show()
    wait_until(lambda: dialog.read is not None, "the session record's read")
    dialog.location.setText("Antebraço esquerdo, face interna" if "pt" in prefix else "Left forearm, inner side")
    for name in ("Dynamic", "Cartucho"):
        pick(dialog, name)
    dialog.needles.setText("CH-1207-5512")
    dialog.disposables.setText("LUV-3310, FILME-0921")
    dialog.autoclave.setText("AC-0456")
    shoot(dialog, out, f"{prefix}-session-record")
    if save:
        saved: list[object] = []
        dialog.saved.connect(saved.append)
        dialog.save_button.click()
        wait_until(lambda: bool(saved) or dialog.problem.isVisible(), "the session record to be saved")
        if not saved:
            shoot(dialog, out, f"{prefix}-session-record-refused")
            print(f"NOT SAVED ({prefix}): {dialog.problem.text()}", file=sys.stderr)
    dialog.done(0)
    # An expired lot picked: refused before anything is sent.
    dialog = SessionRecordDialog(desk.ctx, booking)
    dialog.resize(min(dialog.width(), size[0]), min(dialog.height(), size[1] - 40))
    dialog.show()
    wait_until(lambda: dialog.read is not None, "the session record's read")
    dialog.location.setText("Panturrilha" if "pt" in prefix else "Calf")
    pick(dialog, "Vermelho")
    dialog.save_button.click()
    shoot(dialog, out, f"{prefix}-session-record-expired")
    dialog.done(0)


def pdf_pages(data: bytes, out: Path, name: str) -> None:
    """The PDF beside its pages rendered to PNG on white (QtPdf reads the bytes the desk wrote)."""
    pdf = out / f"{name}.pdf"
    pdf.write_bytes(data)
    doc = QPdfDocument()
    doc.load(str(pdf))
    if doc.status() != QPdfDocument.Status.Ready:
        raise RuntimeError(f"{pdf}: QtPdf could not read it ({doc.error()})")
    for page in range(doc.pageCount()):
        points = doc.pagePointSize(page)
        size = QSize(PAGE_WIDTH, round(PAGE_WIDTH * points.height() / points.width()))
        image = doc.render(page, size)
        sheet = QImage(size, QImage.Format.Format_RGB32)
        sheet.fill(QColor("white"))
        painter = QPainter(sheet)
        painter.drawImage(0, 0, image)
        painter.end()
        path = out / f"{name}-p{page + 1}.png"
        sheet.save(str(path))
        print(path)
    doc.close()


def documents(desk: Desk, out: Path, name: str, client_id: uuid.UUID) -> None:
    """The client's latest signed form and their inspector's file, as PDF pages."""
    with desk.store.read_engine.connect() as conn:
        form_id = conn.execute(
            select(consent_form.c.id)
            .where(consent_form.c.client_id == client_id)
            .order_by(consent_form.c.signed_at.desc())
            .limit(1)
        ).scalar_one_or_none()
        signed = signed_form(conn, form_id) if form_id is not None else None
        file = inspector_file(conn, client_id)
    if signed is None:
        print(f"NO SIGNED FORM ({name}): the form PDF is not shot", file=sys.stderr)
    else:
        pdf_pages(form_pdf.form_pdf(signed), out, f"{name}-form")
    if file is not None:
        pdf_pages(inspector_pdf.inspector_pdf(file), out, f"{name}-inspector")


def main(argv: list[str]) -> int:
    argv, theme = theme_option(argv)  # --theme light|dark (default: the system's)
    out = Path(argv[1] if len(argv) > 1 else "screens").resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    apply_look(app, theme or "system")  # the style sheet the desk runs with (role="error" in red, primary buttons...)
    with tempfile.TemporaryDirectory() as scratch:
        store = LocalStore.open(Path(scratch))
        store.ensure_identity(studio_id=DEMO_STUDIO_ID)
        with store.engine.begin() as conn:
            demo = generate_demo(conn, size=DemoSize.standard(), now=store.now())
        store.set_desk_staff(demo.receptionist_id)
        add_materials(store, demo.owner_id)
        adult, booking, artist, minor = _picks(store)
        store.close()
        for language in LANGUAGES:
            desk = Desk(LocalStore.open(Path(scratch)), i18n.install(app, language))
            try:
                for n, (width, height) in enumerate(SIZES):
                    first = n == 0
                    prefix = f"{width}x{height}-{language}-forms"
                    desk.ctx.who.set(demo.owner_id, Role.OWNER, "owner")
                    window = MainWindow(desk.ctx, None)
                    window.resize(width, height)
                    window.show()
                    window.show_studio_tab("questionnaire")
                    shoot(window, out, f"{prefix}-questionnaire")
                    window.show_studio_tab("materials")
                    shoot(window, out, f"{prefix}-materials")
                    desk.ctx.who.set(demo.receptionist_id, Role.RECEPTIONIST, "reception")
                    adult_form(desk, out, prefix, (width, height), adult, booking, sign=first)
                    minor_form(desk, out, prefix, (width, height), minor, sign=first)
                    desk.ctx.who.set(artist, Role.ARTIST, "artist")
                    session_record(desk, out, prefix, (width, height), booking, save=first)
                    desk.ctx.who.set(demo.receptionist_id, Role.RECEPTIONIST, "reception")
                    window.show_section("clients")
                    view = window.clients
                    view.open_record(adult)
                    settle()
                    view.record.tabs.setCurrentWidget(view.record.forms_tab)
                    shoot(window, out, f"{prefix}-forms-tab")
                    view.record.tabs.setCurrentIndex(0)
                    shoot(window, out, f"{prefix}-record-alerts")
                    window.close()
                    window.deleteLater()
                    settle(100)
                documents(desk, out, f"{language}-forms-pdf", adult)
                documents(desk, out, f"{language}-forms-pdf-minor", minor)
            finally:
                desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
