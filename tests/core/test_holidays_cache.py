"""The holidays kept on disk (kronos_core.holidays_br.use_cache_dir): a later start reads the year
lists from one small file without importing the ``holidays`` package, a file of another package
version is never read, and a corrupt or unwritable file costs the import, never a holiday."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kronos_core.holidays_br import cache_file_name, holiday_on, public_holidays, use_cache_dir

ROOT = Path(__file__).resolve().parents[2]
CHRISTMAS = dt.date(2026, 12, 25)
BLACK_AWARENESS = dt.date(2026, 11, 20)  # national since 2024
SP_REVOLUTION = dt.date(2026, 7, 9)  # São Paulo's only
SAO_PAULO_CITY = dt.date(2026, 1, 25)  # the city's anniversary: not a holiday of the state
ASKED = [  # (state, year, language): the years a start reads
    ("SP", 2026, "pt_BR"),
    ("SP", 2027, "pt_BR"),
    ("SP", 2026, "en_US"),
    ("SP", 2027, "en_US"),
    (None, 2026, "pt_BR"),
]

# A fresh Python asks for the same years from the same folder and says whether it imported the package.
CHILD = """
import datetime as dt, json, sys
from pathlib import Path
from kronos_core.holidays_br import public_holidays, use_cache_dir
use_cache_dir(Path(sys.argv[1]))
asked = json.loads(sys.argv[2])
found = []
for state, year, lang in asked:
    days = public_holidays(state, dt.date(year, 1, 1), dt.date(year, 12, 31), lang)
    found.append({day.isoformat(): name for day, name in days.items()})
print(json.dumps({"found": found, "imported": "holidays" in sys.modules}))
"""


@pytest.fixture(autouse=True)
def no_cache_after() -> Iterator[None]:
    yield
    use_cache_dir(None)  # the other tests of this worker compute in memory, as before


def the_file(folder: Path) -> Path:
    return folder / cache_file_name(importlib.metadata.version("holidays"))


def year_of(state: str | None, year: int, lang: str) -> dict[str, str]:
    found = public_holidays(state, dt.date(year, 1, 1), dt.date(year, 12, 31), lang)
    return {day.isoformat(): name for day, name in found.items()}


def a_later_start(folder: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), json.dumps(ASKED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    answer: dict[str, object] = json.loads(done.stdout)
    return answer


def test_the_first_ask_writes_one_file_named_with_the_package_version(tmp_path: Path) -> None:
    use_cache_dir(tmp_path)
    assert holiday_on("SP", SP_REVOLUTION) == "Revolução Constitucionalista"
    assert [path.name for path in tmp_path.iterdir()] == [the_file(tmp_path).name]  # no temporary file left
    assert importlib.metadata.version("holidays") in the_file(tmp_path).name


def test_a_later_start_reads_the_same_holidays_without_importing_the_package(tmp_path: Path) -> None:
    use_cache_dir(tmp_path)
    first = [year_of(*asked) for asked in ASKED]
    sp_2026, _, sp_2026_en, _, national_2026 = first
    assert sp_2026[BLACK_AWARENESS.isoformat()] == "Dia Nacional de Zumbi e da Consciência Negra"
    assert sp_2026_en[BLACK_AWARENESS.isoformat()] == "National Day of Zumbi and Black Awareness"
    assert sp_2026[SP_REVOLUTION.isoformat()] == "Revolução Constitucionalista"
    assert SP_REVOLUTION.isoformat() not in national_2026
    assert SAO_PAULO_CITY.isoformat() not in sp_2026

    later = a_later_start(tmp_path)
    assert later["found"] == first
    assert later["imported"] is False


def test_a_file_of_another_package_version_is_not_read(tmp_path: Path) -> None:
    wrong = {"format": 1, "years": {"SP/2026/pt_BR": [["2026-12-25", "Feriado falso"]]}}
    older = tmp_path / cache_file_name("0.0.1")
    older.write_text(json.dumps(wrong), encoding="utf-8")
    use_cache_dir(tmp_path)
    assert holiday_on("SP", CHRISTMAS) == "Natal"
    assert holiday_on("SP", SP_REVOLUTION) == "Revolução Constitucionalista"
    assert json.loads(older.read_text(encoding="utf-8")) == wrong  # left as it was
    assert the_file(tmp_path).is_file()

    # The control: the same content under this version's name is what the module reads.
    this_version = tmp_path / "this"
    this_version.mkdir()
    the_file(this_version).write_text(json.dumps(wrong), encoding="utf-8")
    use_cache_dir(this_version)
    assert holiday_on("SP", CHRISTMAS) == "Feriado falso"


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff not json",
        b'{"format": 1, "years": {"SP/2026/pt_BR": [["2026-12',
        b"[]",
        b'{"format": 99, "subdivisions": [], "years": {}}',
        b'{"format": 1, "subdivisions": "SP", "years": []}',
        b'{"format": 1, "years": {"SP/2026/pt_BR": [["25/12/2026", "Natal"]]}}',
        b'{"format": 1, "years": {"SP/2026/pt_BR": [[20261225, 1]]}}',
        b'{"format": 1, "years": {"SP/2026/pt_BR": [["2026-12-25"]]}}',
        b'{"format": 1, "years": {"SP/2026/pt_BR": "Natal"}}',
    ],
    ids=["binary", "cut-short", "a-list", "another-format", "wrong-shapes", "not-iso", "not-text", "not-pairs", "text"],
)
def test_a_corrupt_file_is_ignored_and_written_again(tmp_path: Path, content: bytes) -> None:
    the_file(tmp_path).write_bytes(content)
    use_cache_dir(tmp_path)
    assert holiday_on("SP", CHRISTMAS) == "Natal"
    assert holiday_on("SP", SP_REVOLUTION) == "Revolução Constitucionalista"
    assert holiday_on("SP", SAO_PAULO_CITY) is None
    first = [year_of(*asked) for asked in ASKED]

    later = a_later_start(tmp_path)  # the rewritten file serves the next start
    assert later["found"] == first
    assert later["imported"] is False


def read_only_folder(tmp_path: Path) -> Path:
    if sys.platform == "win32" or os.geteuid() == 0:
        pytest.skip("a folder's mode does not stop this user writing")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    return folder


def a_file_where_the_folder_goes(tmp_path: Path) -> Path:
    (tmp_path / "taken").write_text("not a folder", encoding="utf-8")
    return tmp_path / "taken" / "holidays"


def a_folder_where_the_file_goes(tmp_path: Path) -> Path:
    the_file(tmp_path).mkdir()
    return tmp_path


@pytest.mark.parametrize("unwritable", [read_only_folder, a_file_where_the_folder_goes, a_folder_where_the_file_goes])
def test_an_unwritable_cache_still_gives_the_holidays(tmp_path: Path, unwritable: Callable[[Path], Path]) -> None:
    folder = unwritable(tmp_path)  # pytest's clean-up restores a read-only folder's mode
    for state, year, lang in ASKED:
        use_cache_dir(None)
        expected = year_of(state, year, lang)
        use_cache_dir(folder)
        assert year_of(state, year, lang) == expected
    assert holiday_on("SP", SP_REVOLUTION, "en") == "Constitutionalist Revolution"
    assert holiday_on("RJ", SP_REVOLUTION) is None
    assert not any(path.suffix == ".tmp" for path in tmp_path.rglob("*") if path.is_file())


def test_without_the_package_version_nothing_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_metadata(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", no_metadata)  # e.g. a frozen build without it
    use_cache_dir(tmp_path)
    assert holiday_on("SP", SP_REVOLUTION) == "Revolução Constitucionalista"
    assert holiday_on("SP", CHRISTMAS, "en_US") == "Christmas Day"
    assert list(tmp_path.iterdir()) == []


def test_threads_asking_at_once_all_get_their_years_and_all_are_kept(tmp_path: Path) -> None:
    use_cache_dir(None)
    expected = {
        (state, year): year_of(state, year, "pt_BR") for state in ("SP", "RJ", None) for year in range(2026, 2032)
    }
    use_cache_dir(tmp_path)
    found: dict[tuple[str | None, int], dict[str, str]] = {}

    def ask(state: str | None, year: int) -> None:
        found[(state, year)] = year_of(state, year, "pt_BR")

    threads = [threading.Thread(target=ask, args=key) for key in expected]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert found == expected
    kept = json.loads(the_file(tmp_path).read_text(encoding="utf-8"))
    assert len(kept["years"]) == len(expected)
    assert {"SP", "RJ"} <= set(kept["subdivisions"])
