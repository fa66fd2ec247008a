"""The Linux bundle's trimmed ICU data (made from PySide6's own library with ICU's tools and
proven with Qt itself), the oldest glibc the bundle states, and the size report's grouping."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_LIB = Path(str(__import__("PySide6").__file__)).parent / "Qt" / "lib"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ICU is bundled on Linux only")


def load(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "packaging"))  # build_linux imports its neighbours
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "packaging"))


def test_only_other_languages_data_is_dropped() -> None:
    icu = load("icu_trim")
    kept_items = (
        *("root.res", "pool.res", "res_index.res", "pt.res", "pt_BR.res", "en_US.res", "coll/pt.res"),
        *("coll/ucadata.icu", "zone/pt_PT.res", "uprops.icu", "nfkc.nrm", "supplementalData.res"),
        *("brkitr/root.res", "brkitr/cjdict.dict", "zoneinfo64.res", "likelySubtags.res", "cnvalias.icu"),
    )
    for kept in kept_items:
        assert not icu.dropped(kept), kept
    gone_items = (
        *("de.res", "zh_Hant_TW.res", "es_419.res", "de_.res", "coll/ja.res", "curr/fr.res"),
        *("unit/sr_Latn.res", "ibm-943_P15A-2003.cnv", "translit/root.res"),
    )
    for gone in gone_items:
        assert icu.dropped(gone), gone


@linux_only
def test_the_trimmed_library_serves_qt_in_portuguese(tmp_path: Path) -> None:
    icu = load("icu_trim")
    assert icu.missing_tools() == [], "install icu-devtools and gcc (.ci/run does)"
    source = next(QT_LIB.glob("libicudata.so.*"))
    trimmed = icu.trim(source, tmp_path)
    assert trimmed.name == source.name
    assert trimmed.stat().st_size < source.stat().st_size / 3
    ok, said = icu.qt_check(tmp_path)
    assert ok, said
    assert "TATUAGEM ÇÃO" in said
    assert "Brasília" in said  # America/Sao_Paulo's name in Portuguese, from the kept zone data


@linux_only
def test_the_oldest_glibc_is_computed_and_stated(tmp_path: Path) -> None:
    report = load("bundle_report")
    folder = tmp_path / "bundle"
    folder.mkdir()
    shutil.copy2(QT_LIB / "libQt6Core.so.6", folder / "libQt6Core.so.6")
    version, who = report.glibc_floor(folder)
    assert who == "libQt6Core.so.6"
    assert (
        (2, 17)
        <= tuple(int(n) for n in version.split("."))
        <= tuple(
            int(n)
            for n in os.confstr("CS_GNU_LIBC_VERSION").split()[-1].split(".")  # type: ignore[union-attr]
        )
    )
    build_linux = load("build_linux")
    assert build_linux.stated_glibc() == "2.36"


def test_each_file_is_charged_to_its_dependency() -> None:
    report = load("bundle_report")
    owners = {"PIL": "pillow", "rapidfuzz": "rapidfuzz", "cryptography": "cryptography"}
    cases = {
        "PySide6/Qt/lib/libicudata.so.73": "Qt: ICU data",
        "PySide6/Qt/lib/libQt6Gui.so.6": "Qt: libraries (Core, Gui, Widgets, Network, Svg, ...)",
        "PySide6/Qt/plugins/platforms/libqxcb.so": "Qt: plugins",
        "PySide6/QtWidgets.abi3.so": "PySide6: Python bindings",
        "pillow.libs/libjpeg-6dc8d115.so.62.4.0": "pillow",
        "PIL/_imaging.cpython-311-x86_64-linux-gnu.so": "pillow",
        "libpython3.11.so.1.0": "Python runtime (libpython, extension modules, base_library.zip)",
        "libgnutls.so.30": "system libraries copied from the build machine",
        "resources/i18n/kronos_pt_BR.qm": "KRONOS: resources and migrations",
    }
    for path, owner in cases.items():
        assert report.charge(path, owners) == owner, path


def test_build_accepts_missing_only_what_the_spec_leaves_to_the_system(tmp_path: Path) -> None:
    from tests.packaging.test_spec import copy_tree, evaluate

    monkeypatch = pytest.MonkeyPatch()
    try:
        spec = evaluate(copy_tree(tmp_path), monkeypatch)
    finally:
        monkeypatch.undo()
    build_linux = load("build_linux")
    assert set(build_linux.SYSTEM_PROVIDED) == spec.namespace["SYSTEM_PROVIDED"]
    assert build_linux.unresolved_is_provided("\tlibcups.so.2 => not found")
    assert not build_linux.unresolved_is_provided("\tlibQt6Core.so.6 => not found")
