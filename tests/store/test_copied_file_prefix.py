"""A copied database file is found out before it prints (issue 15, "Close and receipt"): real desk
files, copied as a person copies them, and this computer's record of the files it opened in a
real settings file (kronos_desktop/store/file_instance.py, run at the app's start).

A copy opened in another folder, or a file from another computer, takes a new device id and a
new receipt prefix before its next receipt; the original, restarted, is unchanged; a restart, a
moved folder, the first run and a restore take nothing new."""

from __future__ import annotations

import logging
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from kronos_core import sale_prefixes
from kronos_core.roles import Role
from kronos_desktop.store import LocalStore
from kronos_desktop.store.backup import backup_copy, restore_backup
from kronos_desktop.store.file_instance import Recognised, recognise
from kronos_desktop.sync.local import LocalSync, connect_desk
from tests.desk_sync.fake_server import copy_sqlite
from tests.store.test_sale_numbers import close_ticket, numbers, prefix


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """This computer's settings file (the desk's INI, as KRONOS_CONFIG_DIR places it)."""
    return QSettings(str(tmp_path / "config" / "kronos-desktop.ini"), QSettings.Format.IniFormat)


def standalone(folder: Path) -> LocalStore:
    store = LocalStore.open(folder)
    state = store.ensure_identity()
    owner = {
        "studio_id": str(state.studio_id),
        "name": "Solo",
        "owner_staff_id": str(uuid.uuid4()),
        "owner_name": "Lia",
    }
    store.apply("studio.setup", owner)
    return store


class Desk:
    """A desk's data folder, opened as the app opens it: the store, then the check."""

    def __init__(self, folder: Path, settings: QSettings) -> None:
        self.folder, self.settings = folder, settings
        self.store: LocalStore | None = None

    def start(self) -> Recognised:
        self.store = LocalStore.open(self.folder)
        return recognise(self.store, self.settings)

    def stop(self) -> None:
        assert self.store is not None
        self.store.close()
        self.store = None

    def device(self) -> uuid.UUID:
        assert self.store is not None
        identity = self.store.identity()
        assert identity is not None
        return identity.device_id


@pytest.fixture
def desk(tmp_path: Path, settings: QSettings) -> Iterator[Desk]:
    """A standalone desk used for a while: started by the app, two receipts printed (A-000001, A-000002)."""
    standalone(tmp_path / "desk").close()
    made = Desk(tmp_path / "desk", settings)
    assert made.start().outcome == "new", "its first start under this check stamps the file"
    assert made.store is not None
    assert [close_ticket(made.store) for _ in range(2)] == ["A-000001", "A-000002"]
    yield made
    if made.store is not None:
        made.stop()


def test_a_copy_in_another_folder_takes_a_new_prefix_and_device_id(
    tmp_path: Path, settings: QSettings, desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    original_device = desk.device()
    desk.stop()
    (tmp_path / "copy").mkdir()
    shutil.copy2(desk.folder / "kronos.db", tmp_path / "copy" / "kronos.db")  # as a person copies it

    copy = Desk(tmp_path / "copy", settings)
    with caplog.at_level(logging.WARNING, logger="kronos_desktop.store.file_instance"):
        found = copy.start()
    assert found.outcome == "copy"
    assert copy.store is not None
    assert copy.device() != original_device, "a new device id: the sync never mistakes it for the original"
    new_prefix = prefix(copy.store)
    assert found.sale_prefix == new_prefix
    assert found.device_id == copy.device()
    assert new_prefix != "A"
    assert sale_prefixes.is_provisional(new_prefix)
    assert close_ticket(copy.store) == f"{new_prefix}-000003", "its next receipt is under the new prefix"
    assert "is a copy of" in caplog.text, "the log says what happened"
    assert new_prefix in caplog.text
    copy.stop()

    assert desk.start().outcome == "same", "the original, started again, is the same file"
    assert desk.device() == original_device
    assert desk.store is not None
    assert prefix(desk.store) == "A"
    assert close_ticket(desk.store) == "A-000003"
    desk.stop()

    assert copy.start().outcome == "same", "and the copy, started again, keeps its new identity"
    assert copy.store is not None
    assert prefix(copy.store) == new_prefix
    assert numbers(copy.store) == sorted(["A-000001", "A-000002", f"{new_prefix}-000003"])
    copy.stop()


def test_a_copy_taken_while_the_desk_runs_is_found_out_too(tmp_path: Path, settings: QSettings, desk: Desk) -> None:
    assert desk.store is not None
    (tmp_path / "pendrive").mkdir()
    copy_sqlite(desk.store.path, tmp_path / "pendrive" / "kronos.db")  # a backup tool's consistent copy
    copy = Desk(tmp_path / "pendrive", settings)
    assert copy.start().outcome == "copy"
    assert copy.store is not None
    assert copy.device() != desk.device()
    assert close_ticket(copy.store) != close_ticket(desk.store)
    copy.stop()


def test_a_file_from_another_computer_takes_a_new_identity(tmp_path: Path, settings: QSettings, desk: Desk) -> None:
    device = desk.device()
    desk.stop()
    other_pc = QSettings(str(tmp_path / "other-pc" / "kronos-desktop.ini"), QSettings.Format.IniFormat)
    (tmp_path / "other-pc-data").mkdir()
    shutil.copy2(desk.folder / "kronos.db", tmp_path / "other-pc-data" / "kronos.db")
    arrived = Desk(tmp_path / "other-pc-data", other_pc)
    assert arrived.start().outcome == "copy", "a computer that never opened this file takes it as a copy"
    assert arrived.device() != device
    assert arrived.store is not None
    assert re.fullmatch(r"0[0-9A-F]{7}-000003", close_ticket(arrived.store))
    arrived.stop()


def test_a_desk_of_a_server_copied_prints_provisionally_with_its_pending_changes_renumbered(
    tmp_path: Path, settings: QSettings
) -> None:
    studio_id = uuid.uuid4()
    store = LocalStore.open(tmp_path / "desk")
    connect_desk(store, "https://kronos.example", studio_id=studio_id, role=Role.OWNER)
    owner = {"studio_id": str(studio_id), "name": "Estúdio", "owner_staff_id": str(uuid.uuid4()), "owner_name": "Rita"}
    store.apply("studio.setup", owner)
    device = store.identity().device_id  # type: ignore[union-attr]
    with store.engine.begin() as conn:  # the server gave it B (a sync's answer)
        from kronos_desktop.store import desk_identity

        assert desk_identity.adopt_sale_prefix(conn, device, "B")
    store.close()
    desk = Desk(tmp_path / "desk", settings)
    assert desk.start().outcome == "new"
    assert desk.store is not None
    assert close_ticket(desk.store) == "B-000001"
    pending = LocalSync(desk.store).counts().pending
    desk.stop()
    shutil.copytree(tmp_path / "desk", tmp_path / "copy")

    copy = Desk(tmp_path / "copy", settings)
    assert copy.start().outcome == "copy"
    assert copy.store is not None
    assert copy.device() != device
    assert sale_prefixes.is_provisional(prefix(copy.store)), "until the server registers its new device id"
    assert LocalSync(copy.store).counts().pending == pending, "its unsent changes kept, under the new id"
    assert close_ticket(copy.store) == f"{prefix(copy.store)}-000002", "never B-000002: the original prints it"
    copy.stop()


def test_a_restart_a_moved_folder_and_the_first_run_take_nothing_new(tmp_path: Path, settings: QSettings) -> None:
    first = Desk(tmp_path / "new", settings)
    assert first.start().outcome == "new", "the first run: a new file, no identity yet"
    assert first.store is not None
    state = first.store.ensure_identity()  # the first run writes the studio
    owner = {
        "studio_id": str(state.studio_id),
        "name": "Novo",
        "owner_staff_id": str(uuid.uuid4()),
        "owner_name": "Ana",
    }
    first.store.apply("studio.setup", owner)
    device = first.device()
    for _ in range(2):
        first.stop()
        assert first.start().outcome == "same"
        assert first.device() == device
    assert first.store is not None
    assert close_ticket(first.store) == "A-000001"
    first.stop()

    (tmp_path / "new").rename(tmp_path / "moved")  # the person moved the data folder
    moved = Desk(tmp_path / "moved", settings)
    assert moved.start().outcome == "moved"
    assert moved.device() == device
    assert moved.store is not None
    assert close_ticket(moved.store) == "A-000002"
    moved.stop()
    assert moved.start().outcome == "same"
    moved.stop()


def test_a_restored_copy_takes_one_new_identity_not_two(tmp_path: Path, settings: QSettings, desk: Desk) -> None:
    assert desk.store is not None
    copy = backup_copy(desk.store.path, "nightly")
    close_ticket(desk.store)  # A-000003, printed after the copy
    desk.stop()
    restored = restore_backup(desk.folder, copy)  # the restore takes the next letter and a new device id
    device = restored.identity().device_id  # type: ignore[union-attr]
    restored.close()
    assert desk.start().outcome == "new", "the restore cleared the mark: the start stamps it, nothing more"
    assert desk.device() == device
    assert desk.store is not None
    assert close_ticket(desk.store) == "B-000003"


def test_an_older_copy_put_back_by_hand_is_found_out(tmp_path: Path, settings: QSettings, desk: Desk) -> None:
    desk.stop()
    kept = tmp_path / "kept.db"
    shutil.copy2(desk.folder / "kronos.db", kept)  # the person keeps a copy (A-000002 printed)
    assert desk.start().outcome == "same"
    assert desk.store is not None
    assert close_ticket(desk.store) == "A-000003"
    desk.stop()
    assert desk.start().outcome == "same"  # the record now says: three receipts
    desk.stop()
    shutil.copy2(kept, desk.folder / "kronos.db")  # and puts it back by hand
    assert desk.start().outcome == "copy", "its counter went back: A-000003 would print twice"
    assert desk.store is not None
    assert not close_ticket(desk.store).startswith("A-")
