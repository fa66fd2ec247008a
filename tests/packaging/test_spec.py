"""The PyInstaller spec against the source tree, without running PyInstaller (a second, not minutes).

``packaging/build.py`` builds the real bundle and proves it from outside; these tests catch the
spec drifting from the app: a folder the app opens by path, a module the migration scripts
import, something loaded by name or entry point, an exclusion that the desk actually imports.
The spec runs here with PyInstaller's build classes and collection helpers replaced by recorders.
"""

from __future__ import annotations

import ast
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from kronos_desktop.resources import bundle_root, migrations_dir, resources_dir

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "kronos-desktop.spec"
NOT_SHIPPED_SUFFIXES = {".pyc", ".pyo", ".ts"}
NOT_SHIPPED_NAMES = {"README.md", ".DS_Store"}


@dataclass
class Evaluated:
    namespace: dict[str, Any]
    analysis: dict[str, Any] = field(default_factory=dict)
    collected: list[str] = field(default_factory=list)
    metadata: list[str] = field(default_factory=list)
    data_packages: list[str] = field(default_factory=list)
    exe: dict[str, Any] = field(default_factory=dict)
    collect: dict[str, Any] = field(default_factory=dict)

    @property
    def datas(self) -> list[tuple[str, str]]:
        return list(self.analysis["datas"])

    @property
    def hidden(self) -> list[str]:
        return list(self.analysis["hiddenimports"])

    def covers(self, module: str) -> bool:
        """``module`` is a hidden import, or under a package whose submodules are all collected."""
        return module in self.hidden or any(module == p or module.startswith(p + ".") for p in self.collected)


def copy_tree(tmp_path: Path) -> Path:
    """What the spec reads, copied, with compiled translations (``.qm`` files are not in git)."""
    tree = tmp_path / "tree"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    for folder in ("migrations/local", "resources"):
        shutil.copytree(ROOT / folder, tree / folder, ignore=ignore)
    (tree / "kronos_core").mkdir()
    shutil.copy2(ROOT / "kronos_core" / "__init__.py", tree / "kronos_core" / "__init__.py")
    (tree / "packaging").mkdir()
    shutil.copy2(SPEC, tree / "packaging" / SPEC.name)
    for helper in ("win_version.py", "macos_plist.py", "icu_trim.py"):  # the spec imports them
        shutil.copy2(ROOT / "packaging" / helper, tree / "packaging" / helper)
    for ts in (tree / "resources" / "i18n").glob("*.ts"):
        ts.with_suffix(".qm").write_bytes(b"compiled")
    return tree


def evaluate(tree: Path, monkeypatch: pytest.MonkeyPatch, bundle: dict[str, Any] | None = None) -> Evaluated:
    import PyInstaller.utils.hooks as hooks

    result = Evaluated(namespace={})

    def collect_submodules(package: str, filter: Any = None, on_error: str = "warn once") -> list[str]:
        result.collected.append(package)
        return [package]

    def copy_metadata(package: str, recursive: bool = False) -> list[tuple[str, str]]:
        result.metadata.append(package)
        return [(f"/site-packages/{package}.dist-info", f"{package}.dist-info")]

    def collect_data_files(package: str, *args: Any, **kwargs: Any) -> list[tuple[str, str]]:
        result.data_packages.append(package)
        return [(f"/site-packages/{package}/data", package)]

    def analysis(scripts: list[str], **kwargs: Any) -> SimpleNamespace:
        result.analysis = {"scripts": scripts, **kwargs}
        return SimpleNamespace(datas=[], binaries=[], pure=[], scripts=[], zipfiles=[])

    def record(target: dict[str, Any]) -> Any:
        def build(*args: Any, **kwargs: Any) -> SimpleNamespace:
            target.update(kwargs, args=args)
            return SimpleNamespace(**kwargs)

        return build

    monkeypatch.setattr(hooks, "collect_submodules", collect_submodules)
    monkeypatch.setattr(hooks, "copy_metadata", copy_metadata)
    monkeypatch.setattr(hooks, "collect_data_files", collect_data_files)
    spec = tree / "packaging" / SPEC.name
    result.namespace.update(
        SPECPATH=str(spec.parent),
        Analysis=analysis,
        PYZ=lambda *args, **kwargs: SimpleNamespace(),
        EXE=record(result.exe),
        COLLECT=record(result.collect),
        BUNDLE=record({} if bundle is None else bundle),
        __name__="__main__",
        __file__=str(spec),
    )
    for helper in ("win_version", "macos_plist", "icu_trim"):
        monkeypatch.delitem(sys.modules, helper, raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts its folder first
    result.namespace["workpath"] = str(tree / "build")
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), result.namespace)
    return result


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return copy_tree(tmp_path)


@pytest.fixture
def spec(tree: Path, monkeypatch: pytest.MonkeyPatch) -> Evaluated:
    return evaluate(tree, monkeypatch)


def imported_modules(*folders: Path) -> set[str]:
    found: set[str] = set()
    for folder in folders:
        for source in folder.rglob("*.py"):
            for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.add(node.module)
    return {name for name in found if name.split(".")[0] not in sys.stdlib_module_names}


def test_packaging_folder_is_not_a_package() -> None:
    # DESIGN.md: an __init__.py there would shadow the `packaging` library.
    assert not (ROOT / "packaging" / "__init__.py").exists()
    assert (ROOT / "packaging" / "entry.py").is_file()


def test_one_folder_build_named_kronos_desktop(spec: Evaluated, tree: Path) -> None:
    assert spec.analysis["scripts"] == [str(tree / "packaging" / "entry.py")]
    assert spec.exe["name"] == "kronos-desktop"
    assert spec.exe["exclude_binaries"] is True  # one folder, not one file
    assert spec.exe["upx"] is False
    assert spec.collect["name"] == "kronos-desktop"


def test_data_folders_are_where_the_app_looks_for_them(spec: Evaluated) -> None:
    # kronos_desktop.resources resolves these under sys._MEIPASS when frozen.
    expected = {
        migrations_dir("local").relative_to(bundle_root()).as_posix(),
        resources_dir().relative_to(bundle_root()).as_posix(),
    }
    assert set(spec.namespace["DATA_FOLDERS"]) == expected


def test_every_file_the_app_opens_by_path_is_shipped(spec: Evaluated, tree: Path) -> None:
    shipped = {(Path(src).relative_to(tree).as_posix(), dest) for src, dest in spec.datas if src.startswith(str(tree))}
    for folder in spec.namespace["DATA_FOLDERS"]:
        expected = {
            (path.relative_to(tree).as_posix(), path.relative_to(tree).parent.as_posix())
            for path in (tree / folder).rglob("*")
            if path.is_file() and path.suffix not in NOT_SHIPPED_SUFFIXES and path.name not in NOT_SHIPPED_NAMES
        }
        assert expected, folder
        assert expected <= shipped, sorted(expected - shipped)
    names = {Path(src).name for src, _dest in spec.datas}
    arrows = {"chevron-down.light.svg", "chevron-down.dark.svg"}  # the style sheet's, one per theme
    assert {"env.py", "script.py.mako", "kronos.qss", *arrows, "kronos.png"} <= names
    for ts in (tree / "resources" / "i18n").glob("*.ts"):
        assert (str(ts.with_suffix(".qm")), "resources/i18n") in spec.datas


def test_translation_sources_are_not_shipped(spec: Evaluated) -> None:
    # A .ts whose copy is newer than its .qm makes the frozen app try to recompile it, without lrelease.
    assert not [src for src, _dest in spec.datas if src.endswith(".ts")]
    assert not [src for src, _dest in spec.datas if "__pycache__" in src]


def test_missing_translation_stops_the_build(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tree / "resources" / "i18n" / "kronos_pt_BR.qm").unlink()
    with pytest.raises(SystemExit, match=r"kronos_pt_BR\.qm is missing or older"):
        evaluate(tree, monkeypatch)


def test_stale_translation_stops_the_build(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    qm = tree / "resources" / "i18n" / "kronos_pt_BR.qm"
    # Older than its .ts (copied with the source's time: it may be hours old already).
    old = qm.with_suffix(".ts").stat().st_mtime - 60
    os.utime(qm, (old, old))
    with pytest.raises(SystemExit, match=r"kronos_pt_BR\.qm is missing or older"):
        evaluate(tree, monkeypatch)


def test_what_loads_by_name_or_entry_point_is_collected(spec: Evaluated) -> None:
    assert {"keyring.backends", "apscheduler", "alembic", "tzdata", "pydantic", "kronos_core", "kronos_desktop"} <= set(
        spec.collected
    )
    if sys.platform.startswith("linux"):
        assert {"secretstorage", "jeepney"} <= set(spec.collected)
    # Entry points live in the metadata: without it keyring finds no backend, APScheduler no trigger.
    assert {"keyring", "apscheduler"} <= set(spec.metadata)
    assert "tzdata" in spec.data_packages
    for module in ("sqlalchemy.dialects.sqlite", "alembic.op", "alembic.context", "PySide6.QtSvg"):
        assert spec.covers(module), module


def test_every_module_the_migration_scripts_import_is_collected(spec: Evaluated) -> None:
    # env.py and the revisions are loaded by file path: PyInstaller never scans them.
    modules = imported_modules(ROOT / "migrations" / "local") - {"__future__"}
    assert "kronos_core.instants" in modules
    # SQLAlchemy itself is imported by the app everywhere; the rest must be named in the spec.
    missing = sorted(module for module in modules if module.split(".")[0] != "sqlalchemy" and not spec.covers(module))
    assert not missing


def test_nothing_the_desk_imports_is_excluded(spec: Evaluated) -> None:
    excluded = set(spec.analysis["excludes"])
    imported = imported_modules(ROOT / "kronos_desktop", ROOT / "kronos_core", ROOT / "migrations" / "local")
    clashes = sorted(module for module in imported for bad in excluded if module == bad or module.startswith(bad + "."))
    assert not clashes
    for heavy in (
        "PySide6.QtWebEngineCore",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.QtMultimedia",
        "kronos_server",
    ):
        assert heavy in excluded


def test_nothing_the_desk_imports_is_left_out_after_the_analysis(spec: Evaluated) -> None:
    # UNUSED_MODULES drops modules that packages' hooks collect (phonenumbers' geocoder, other
    # SQL dialects, ...): none of them may be one the desk or the migrations import.
    unused = spec.namespace["UNUSED_MODULES"]
    imported = imported_modules(ROOT / "kronos_desktop", ROOT / "kronos_core", ROOT / "migrations" / "local")
    assert not sorted(module for module in imported if unused.match(module))
    assert unused.match("phonenumbers.geodata.data0")
    assert not unused.match("phonenumbers.data")
    assert not unused.match("sqlalchemy.dialects.postgresql")  # kronos_core.mutations names its types
    extensions = spec.namespace["UNUSED_EXTENSIONS"]
    assert extensions.search("rapidfuzz/fuzz_cpp_avx2.cpython-311-x86_64-linux-gnu.so")
    assert not extensions.search("rapidfuzz/fuzz_cpp.cpython-311-x86_64-linux-gnu.so")
    assert extensions.search("python3.11/lib-dynload/_decimal.cpython-311-x86_64-linux-gnu.so")
