"""CI builds and proves the frozen binary (issue 10): the wiring of .ci/run, packaging/ci_smoke.sh
and packaging/build.py, checked without building (the build itself takes a minute and runs in CI
and by hand: ``bash packaging/ci_smoke.sh``)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

from alembic.script import ScriptDirectory

from kronos_desktop.store.migrate import alembic_config

ROOT = Path(__file__).resolve().parents[2]


def load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kronos_packaging_build", ROOT / "packaging" / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_ci_runs_the_binary_step_after_the_tests() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^bash packaging/ci_smoke\.sh$", run, re.MULTILINE)
    assert run.index("uv run pytest\n") < run.index("bash packaging/ci_smoke.sh")
    assert re.search(r"^\s+binutils$", run, re.MULTILINE), "PyInstaller needs objdump"
    # The Linux bundle's ICU data is trimmed with ICU's tools and a C compiler; the menu entry validated.
    assert re.search(r"^\s+icu-devtools gcc desktop-file-utils$", run, re.MULTILINE)
    smoke = (ROOT / "packaging" / "ci_smoke.sh").read_text(encoding="utf-8")
    assert "uv run python packaging/build.py --clean" in smoke


def test_the_build_compares_with_the_migrations_real_head() -> None:
    build = load_build()
    assert build.migrations_head() == ScriptDirectory.from_config(alembic_config()).get_current_head()
    source = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert "import LOCAL_HEAD" not in source
    for check in ("--self-check", "database integrity: quick_check", "no server: standalone"):
        assert check in source
