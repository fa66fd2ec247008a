"""Starting the desk on another program's SQLite file: the person is told, in their language,
that the file belongs to another program; the desk exits non-zero and the file is unchanged."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def foreign_file(data: Path) -> Path:
    data.mkdir()
    path = data / "kronos.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE song (id INTEGER PRIMARY KEY, title TEXT, plays INTEGER)")
    conn.execute("INSERT INTO song (title, plays) VALUES ('Águas de Março', 12), ('Garota de Ipanema', 40)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "another program's database"), ("pt_BR", "banco de dados de outro programa")],
)
def test_another_programs_file_is_refused_with_a_message_and_left_untouched(
    tmp_path: Path, lang: str, said: str
) -> None:
    data = tmp_path / "data"
    path = foreign_file(data)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KRONOS_LOG_DIR": str(tmp_path / "logs")}
    env.pop("KRONOS_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "kronos_desktop.main", "--smoke", "--data-dir", str(data), "--lang", lang],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert said in result.stderr
    assert str(path) in result.stderr
    assert "--data-dir" in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in data.iterdir()) == ["kronos.db"]
