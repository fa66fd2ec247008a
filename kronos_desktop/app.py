"""Starting the desk: the Qt application, its language and look, the store, the demo studio,
the main window, and a clean exit (writes already submitted always finish)."""

from __future__ import annotations

import logging
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

# First after Qt: PySide6's look at every module imported after it, made lighter (its docstring).
from kronos_desktop import pyside_scan  # noqa: F401

# isort: split
import kronos_core
from kronos_core import holidays_br
from kronos_core.mutations import load_all as load_all_mutations
from kronos_core.roles import Role
from kronos_desktop import gui_collector, i18n, logs
from kronos_desktop.auth.model import SessionState, SessionStatus
from kronos_desktop.hub import Hub
from kronos_desktop.ops import OpRunner
from kronos_desktop.settings import open_settings
from kronos_desktop.single_instance import Claim, DataFolderGuard, already_open_text, already_open_title
from kronos_desktop.store import (
    DamagedDatabase,
    DatabaseTooNew,
    DataFolderNotWritable,
    LocalStore,
    MigrationFailed,
    NotADatabase,
    StoreError,
)
from kronos_desktop.store.errors import ForeignDatabase
from kronos_desktop.store.file_instance import recognise_at_start as recognise_file
from kronos_desktop.store.paths import DB_FILENAME, resolve_data_dir
from kronos_desktop.store.queries import Reader
from kronos_desktop.store.writer import Writer
from kronos_desktop.ui.common import errors
from kronos_desktop.ui.common.reads import Reads
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.lock.controller import start_locked_or_not
from kronos_desktop.ui.look import apply_look as apply_look  # tests and tools import it from here
from kronos_desktop.ui.look import saved_theme
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.settings.backup_restore import restart_if_asked, restore_at_start, start_backups
from kronos_desktop.ui.sync.adapter import SyncAdapter
from kronos_desktop.ui.sync.connection_menu import ConnectionMenu
from kronos_desktop.ui.sync.join_text import desk_cannot_join
from kronos_desktop.ui.sync.session_bridge import SessionBridge
from kronos_desktop.ui.welcome.draft import FirstRunDraft

if TYPE_CHECKING:
    from kronos_core.demo import DemoStudio
    from kronos_desktop.sync.http import TokenSession

log = logging.getLogger(__name__)

EXIT_STORE_PROBLEM = 2
EXIT_DEMO_REFUSED = 3
EXIT_SMOKE_FAILED = 4
EXIT_ALREADY_OPEN = 5  # another copy runs on this data folder
SMOKE_MS = 1000
SMOKE_SHOWN_LINE = "KRONOS main window shown"
SMOKE_DAY_LINE = "KRONOS agenda day shown"


@dataclass(frozen=True)
class Options:
    data_dir: str | None = None
    demo: bool = False
    demo_size: str = "standard"  # kronos_core.demo.size.SIZES: small, standard, large
    smoke: bool = False
    lang: str | None = None


class DemoRefused(Exception):
    def __init__(self, path: Path, studio_id: uuid.UUID) -> None:
        super().__init__(f"{path} belongs to studio {studio_id}")
        self.path = path
        self.studio_id = studio_id


translate = QCoreApplication.translate


# -- the pieces ------------------------------------------------------------------------------
class Desk:
    """The open desk: store, reader, writer thread, hub and op runner."""

    def __init__(self, store: LocalStore, language: str) -> None:
        self.store = store
        self.writer = Writer()
        self.reader = Reader(store.path)
        self.hub = Hub()
        self.runner = OpRunner(store, self.writer, self.hub, show_failure=errors.show_failure)
        # Standalone until a signed-in session starts the engine (start_sync).
        self.sync = SyncAdapter(store, self.hub, runner=self.runner)
        self.ctx = DeskContext(  # the views' window: read-only, writes only through the runner
            reader=self.reader,
            reads=Reads(self.reader),
            hub=self.hub,
            runner=self.runner,
            language=language,
            sync=self.sync,
        )
        # The sign-in (Settings → Connection); its DeskSession is the sync's token provider.
        self.session = SessionBridge.for_store(store, self.writer, self.hub)
        self._was_signed_in = False
        self.session.status_changed.connect(self._on_session_status)
        self.session.start()
        self._on_session_status(self.session.status())

    def _on_session_status(self, status: SessionStatus) -> None:
        """Signed in (now, or from the keyring at start): the sync engine starts, for the
        server the sign-in names. Signed out (by a person, or refused by the server): the
        engine stops — it has nothing to send with — and the status bar says that someone must
        sign in again, with the changes waiting; signing in again starts a fresh engine."""
        if status.state is SessionState.SIGNED_IN and not self.sync.connected:
            try:
                self.start_sync(self.session.session)
            except Exception:  # never lose the desk over it: it stays usable on its local data
                log.exception("the sync could not start")
        elif status.state is SessionState.SIGNED_OUT and self._was_signed_in and self.sync.connected:
            self.sync.detach(signed_out=True)
        self._was_signed_in = status.state is SessionState.SIGNED_IN

    def needs_setup(self) -> bool:
        """Nothing here yet: no studio, and no server it is joining (a desk that joined one shows
        its studio when the first download brings it)."""
        if self.ctx.studio() is not None:
            return False
        desk = self.reader.desk()
        return desk is None or not desk.server_url

    def load_demo(self, size: str = "standard") -> DemoStudio:
        """Fill the database with the demo studio (of ``size``: kronos_core.demo.size.SIZES), once,
        as it is at this desk's present: the desk takes the demo studio's id and the demo's
        receptionist sits at the desk. Refused on a file of another studio."""
        from kronos_core.demo.studio_read import DEMO_STUDIO_ID, read_demo  # only a demo run pays for it

        state = self.store.identity()
        if state is not None and state.studio_id != DEMO_STUDIO_ID:
            raise DemoRefused(self.store.path, state.studio_id)
        self.store.ensure_identity(studio_id=DEMO_STUDIO_ID)

        def write() -> DemoStudio:
            with self.store.engine.begin() as conn:
                found = read_demo(conn)
                if found is not None:  # the demo's second start: none of the generator is loaded
                    return found
                from kronos_core.demo import SIZES, generate_demo

                return generate_demo(conn, size=SIZES[size](), now=self.store.now())

        demo = self.writer.submit(write).result()
        self.writer.submit(self.store.set_desk_staff, demo.receptionist_id).result()
        log.info("demo studio %s in %s", "written" if demo.created else "already there", self.store.path)
        return demo

    def start_sync(self, session: TokenSession, server_url: str | None = None) -> None:
        """Sync with the server the replica names (or ``server_url``), ``session`` giving the
        tokens (any object with ``get_token()`` and ``on_unauthorized()``)."""
        from kronos_desktop.store.erase import ErasedListener
        from kronos_desktop.sync.engine import SyncEngine
        from kronos_desktop.sync.http import HttpTransport

        url = server_url or (self.reader.desk().server_url if self.reader.desk() is not None else None)  # type: ignore[union-attr]
        if not url:
            raise ValueError("this desk has no server to sync with")
        transport = HttpTransport(url, session)
        engine = SyncEngine(
            self.store, self.writer, transport, events=transport.events, server_studio=lambda: server_studio(session)
        )
        # An erase pulled from another desk is scrubbed from this desk's own copies too.
        engine.subscribe(ErasedListener(self.store.engine, self.store.path, self.writer.submit))
        self.sync.attach(engine)

    def close(self) -> None:
        self.session.close()
        self.sync.stop()  # before the writer: the engine submits its writes there
        self.writer.shutdown(wait=True)
        self.reader.close()
        self.store.close()


def server_studio(session: object) -> tuple[uuid.UUID, Role] | None:
    """The studio the session's sign-in enrolled the desk in, and its role there (a standalone
    desk joins it before its first push); None while unknown."""
    connection = getattr(session, "connection", None)
    studio_id = getattr(connection, "server_studio_id", None)
    if not isinstance(studio_id, uuid.UUID):
        return None
    role = getattr(connection, "role", None)
    return studio_id, Role(role) if role in {r.value for r in Role} else Role.OWNER


def store_problem_text(exc: StoreError, data_dir: Path) -> str:
    """The problem in the interface language, naming the file and what to do."""
    path = str(exc.path or data_dir / DB_FILENAME)
    if isinstance(exc, DataFolderNotWritable):
        text = translate(
            "Startup",
            "KRONOS cannot write to its data folder {path}.\n\n"
            "Choose a folder you can write to with --data-dir (or KRONOS_DATA_DIR), "
            "or ask whoever looks after this computer to give you access.",
        )
    elif isinstance(exc, ForeignDatabase):
        text = translate(
            "Startup",
            "The file {path} is another program's database, not a KRONOS database. It was left untouched.\n\n"
            "Move that file away, or choose another data folder with --data-dir.",
        )
    elif isinstance(exc, NotADatabase):
        text = translate(
            "Startup",
            "The file {path} is not a KRONOS database. It was left untouched.\n\n"
            "Move that file away, or choose another data folder with --data-dir.",
        )
    elif isinstance(exc, DamagedDatabase):
        text = translate(
            "Startup",
            "The database {path} is damaged. It was left untouched.\n\n"
            "Restore the latest copy from the 'backups' folder beside it, or call your support contact.",
        )
    elif isinstance(exc, DatabaseTooNew):
        text = translate(
            "Startup",
            "The database {path} was written by a newer version of KRONOS. Nothing was changed.\n\n"
            "Install the newest version of KRONOS to open it.",
        )
    elif isinstance(exc, MigrationFailed):
        text = translate(
            "Startup",
            "Updating the database {path} failed, and nothing was changed.\n\n"
            "A copy was kept in the 'backups' folder beside it. Call your support contact.",
        )
    else:
        text = translate("Startup", "KRONOS could not open its database {path}.")
    return text.format(path=path) + "\n\n" + translate("Startup", "Details: {details}").format(details=exc.message)


def demo_refused_text(exc: DemoRefused) -> str:
    return translate(
        "Startup",
        "The database {path} already holds another studio ({studio}), so the demo studio was not added.\n\n"
        "To try the demo, start KRONOS with --demo and a new, empty data folder (--data-dir).",
    ).format(path=str(exc.path), studio=str(exc.studio_id))


def has_screen() -> bool:
    return QGuiApplication.platformName() not in ("offscreen", "minimal", "")


def report_startup_problem(title: str, text: str, *, smoke: bool) -> None:
    """stderr always; a dialog too when a person is looking (a screen, and not a smoke run)."""
    print(f"KRONOS: {text}", file=sys.stderr, flush=True)
    log.error("%s: %s", title, text)
    if smoke or not has_screen():
        return
    box = QMessageBox()
    box.setObjectName("startupProblemDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    box.exec()


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message)


def create_application(argv0: str = "kronos-desktop") -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("KRONOS")
    QCoreApplication.setApplicationName("KRONOS")
    QCoreApplication.setApplicationVersion(kronos_core.__version__)
    QGuiApplication.setDesktopFileName("kronos-desktop")
    app = QApplication([argv0])
    gui_collector.install(app)  # cycles holding Qt objects freed on the GUI thread only
    return app


def open_window(desk: Desk, settings: QSettings | None) -> MainWindow:
    window = MainWindow(desk.ctx, settings)
    window.connection_menu = ConnectionMenu(  # type: ignore[attr-defined]
        window,
        desk.session,
        desk.ctx.language,
        desk.store.pending_count,
        cannot_join=lambda: desk_cannot_join(desk.store),
    )
    start_locked_or_not(window.desk_lock, desk.reader)  # locked when anyone has a PIN
    window.show()
    draft = FirstRunDraft.in_folder(desk.store.path.parent)
    if desk.needs_setup():
        from kronos_desktop.ui.welcome.wizard import WelcomeWizard  # a first run only pays for it

        dialog = WelcomeWizard(desk.ctx, window, draft=draft, bridge=desk.session, open_demo=lambda: _open_demo(desk))
        dialog.rejected.connect(window.close)
        dialog.demo_opened.connect(lambda: _demo_opened(desk, window))
        dialog.open()
        window.setup_dialog = dialog  # type: ignore[attr-defined]
    else:
        draft.delete()  # a first run that ended as its studio was written
    return window


def _open_demo(desk: Desk, size: str = "standard") -> None:
    """The welcome's "Open the demo studio" (off the GUI thread)."""
    from kronos_desktop.ui.welcome.aside import DemoNotOpened

    try:
        desk.load_demo(size)
    except DemoRefused as exc:
        raise DemoNotOpened(demo_refused_text(exc)) from exc


def _demo_opened(desk: Desk, window: MainWindow) -> None:
    """The demo is in the file: every view reads again, and the desk opens on the staff picker."""
    from kronos_core.schema import SYNCED_TABLES

    desk.hub.notify({**{table.name: set() for table in SYNCED_TABLES}, "replica": set()})
    start_locked_or_not(window.desk_lock, desk.reader)


# -- run -------------------------------------------------------------------------------------
def run(options: Options) -> int:
    log_path = logs.setup_logging()
    log.info("KRONOS %s starting (%s)", kronos_core.__version__, options)
    app = create_application()
    previous_handler = qInstallMessageHandler(_qt_message)
    settings = open_settings()
    language = i18n.install(app, i18n.choose_language(options.lang, settings))
    holidays_br.use_cache_dir(i18n.cache_dir().parent / "holidays")  # later starts skip importing `holidays`
    apply_look(app, saved_theme(settings))  # light, dark or the system's (Settings → Theme)
    reporter = errors.ExceptionReporter()
    reporter.install()
    problems: list[str] = []
    reporter.reported.connect(problems.append)
    try:
        return _run_one_desk(app, options, settings, language, problems)
    finally:
        reporter.uninstall()
        qInstallMessageHandler(previous_handler)
        log.info("KRONOS stopped (log: %s)", log_path)
        logs.shutdown_logging()


def _run_one_desk(app: QApplication, options: Options, settings: QSettings, language: str, problems: list[str]) -> int:
    """One desk per data folder (:mod:`kronos_desktop.single_instance`): a copy started on a
    folder another copy holds asks that one to come forward and exits."""
    guard = DataFolderGuard(resolve_data_dir(options.data_dir))
    if guard.claim() is Claim.HELD_ELSEWHERE:
        came_forward = guard.ask_holder_to_come_forward()
        # The window that came forward is the answer: a dialog only when it did not.
        text = already_open_text(guard, came_forward=came_forward)
        report_startup_problem(already_open_title(), text, smoke=options.smoke or came_forward)
        return EXIT_ALREADY_OPEN
    try:
        return _run_desk(app, options, settings, language, problems, guard)
    finally:
        guard.release()
        restart_if_asked()  # a restore staged in Studio → Backups: KRONOS starts again on the copy


def _run_desk(
    app: QApplication,
    options: Options,
    settings: QSettings,
    language: str,
    problems: list[str],
    guard: DataFolderGuard | None = None,
) -> int:
    data_dir = resolve_data_dir(options.data_dir)
    restore_at_start(data_dir, smoke=options.smoke)  # a restore staged in Studio → Backups, before the store opens
    try:
        store = LocalStore.open(data_dir)
    except StoreError as exc:
        log.error("cannot open the store in %s", data_dir, exc_info=True)
        report_startup_problem(
            translate("Startup", "KRONOS cannot start"), store_problem_text(exc, data_dir), smoke=options.smoke
        )
        return EXIT_STORE_PROBLEM
    recognise_file(store, settings)  # a copied file takes a new device id and receipt prefix before it prints
    desk = Desk(store, language)
    keeper = None
    try:
        if options.demo:
            try:
                desk.load_demo(options.demo_size)
            except DemoRefused as exc:
                report_startup_problem(
                    translate("Startup", "Demo studio not added"), demo_refused_text(exc), smoke=options.smoke
                )
                return EXIT_DEMO_REFUSED
        window = open_window(desk, settings)
        if guard is not None:
            guard.attach(window)
        # The mutations load on the writer thread once the day is on screen, not before the
        # window (kronos_core/mutations/__init__.py): the first change finds them loaded.
        window.agenda.day_shown.connect(
            lambda: desk.writer.submit(load_all_mutations), Qt.ConnectionType.SingleShotConnection
        )
        if not options.smoke:  # a smoke run leaves nothing behind
            keeper = start_backups(window, store.path, settings, desk.hub.rows_changed)
        if options.smoke:
            # The first turn of the event loop: the window is up (bench/bench_app.py times this line).
            QTimer.singleShot(0, lambda: print(SMOKE_SHOWN_LINE, flush=True))
            # Then the day's bookings drawn, from the reader thread's first answer (bench: app.day_s).
            first_day = window.agenda.day_shown
            first_day.connect(lambda: print(SMOKE_DAY_LINE, flush=True), Qt.ConnectionType.SingleShotConnection)
            # Then every section, each built on its first visit: one whose modules are missing
            # from a build fails the smoke run (bench/bench_start.py reads the memory before).
            QTimer.singleShot(SMOKE_MS // 2, window.visit_every_section)
            QTimer.singleShot(SMOKE_MS, app.quit)
        code = app.exec()
        if options.smoke:
            shown = window.current_section()
            print(f"KRONOS {kronos_core.__version__} smoke run: window shown, section {shown}, "
                  f"{len(problems)} unexpected error(s)", flush=True)  # fmt: skip
            if problems:
                return EXIT_SMOKE_FAILED
        if keeper is not None:
            keeper.take(if_changed=True)  # the copy on quit, unless nothing was written since the last one
        window.confirm_quit = False  # the loop has ended: nobody to ask any more
        window.close()
        window.deleteLater()
        return code
    finally:
        desk.close()
        if keeper is not None:
            keeper.finish()  # after the store: the file as this quit leaves it, for the next one's copy
