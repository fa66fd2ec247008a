"""A smaller ICU data library for the Linux bundle: Portuguese and English only.

PySide6's Linux wheels carry ICU for Qt Core, and its data library (``libicudata.so.73``) is
30.5 MB: names of currencies, languages, regions, units and time zones in 500 locales,
collation and spell-out rules for all of them, Chinese/Thai/Khmer/Lao/Burmese word
dictionaries, transliterators and 200 legacy character-set tables. The desk uses none of that
through Qt (it has no QCollator, no ICU converter, no ICU break iterator; QLocale's own data is
CLDR compiled into Qt Core), so the spec replaces the library with one whose data keeps:

- everything that is not locale data (normalisation, properties, case mapping, the collation
  root ``ucadata.icu``, supplemental data, likely subtags, time-zone rules, character names);
- in every locale tree (the top level, ``coll``, ``curr``, ``lang``, ``region``, ``unit``,
  ``zone``, ``rbnf``, ``brkitr``): ``root``, ``pool``, ``res_index`` and the ``pt*`` and
  ``en*`` locales; a locale that is gone falls back to root, as ICU always does;
- the break-iterator rules and dictionaries (brkitr/root.res names them); UTF-8/16/32, ASCII
  and Latin-1, which are algorithmic converters in ICU's code, not tables.

It takes ICU's own tools (Debian's ``icu-devtools``: ``icupkg`` and ``genccode``) and a C compiler
(``gcc``) to assemble the library; without them the spec keeps the original library and says so.
Windows and macOS are not concerned: Qt uses the system's ICU there. ``build.py`` proves the
trimmed library with Qt itself (:func:`qt_check`).

    uv run python packaging/icu_trim.py SRC/libicudata.so.73 OUT_DIR   # writes OUT_DIR/libicudata.so.73
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LOCALE = re.compile(r"^(root|pool|res_index|pt|pt_.*|en|en_.*)\.res$")
# A locale resource: "de.res", "zh_Hant_TW.res", "sr_Latn.res", "es_419.res".
LOCALE_RES = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
LOCALE_TREES = ("coll", "curr", "lang", "region", "unit", "zone", "rbnf", "brkitr")
TOOLS = ("icupkg", "genccode", "gcc")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def dropped(item: str) -> bool:
    """True for a data item (``coll/de.res``, ``ibm-943_P15A-2003.cnv``) the desk never reads."""
    parts = item.split("/")
    name = parts[-1]
    if name.endswith(".cnv"):  # legacy character sets; UTF-*, ASCII and Latin-1 need no table
        return True
    if parts[0] == "translit":
        return True
    if len(parts) == 1 or parts[0] in LOCALE_TREES:
        return bool(LOCALE_RES.match(name)) and not KEPT_LOCALE.match(name)
    return False


def data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the ``icudtNN_dat`` blob in the ELF library, from objdump."""
    table = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^([0-9a-f]+)\s.*\s([0-9a-f]+)\s+(?:\S+\s+)?(icudt\d+_dat)$", table, re.MULTILINE)
    if match is None:
        raise ValueError(f"{library}: no icudtNN_dat symbol")
    address, size, name = int(match.group(1), 16), int(match.group(2), 16), match.group(3)
    headers = subprocess.run(["objdump", "-h", str(library)], capture_output=True, text=True, check=True).stdout
    for line in headers.splitlines():
        cols = line.split()
        if len(cols) >= 6 and cols[0].isdigit():
            vma, offset, length = int(cols[3], 16), int(cols[5], 16), int(cols[2], 16)
            if vma <= address < vma + length:
                return name, offset + address - vma, size
    raise ValueError(f"{library}: {name} is in no section")


def trim(library: Path, out_dir: Path) -> Path:
    """Write the trimmed library to ``out_dir`` under the original's name; returns its path."""
    name, offset, size = data_symbol(library)
    entry = name.removesuffix("_dat")  # icudt73
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="icu-trim-") as tmp:
        work = Path(tmp)
        with library.open("rb") as fh:
            fh.seek(offset)
            blob = fh.read(size)
        full = work / f"{entry}l.dat"
        full.write_bytes(blob)
        listing = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True).stdout
        items = [line.strip() for line in listing.splitlines() if line.strip()]
        removed = [item for item in items if dropped(item)]
        (work / "removed.txt").write_text("\n".join(removed) + "\n", encoding="ascii")
        small = work / "small" / full.name
        small.parent.mkdir()
        subprocess.run(["icupkg", "-r", str(work / "removed.txt"), str(full), str(small)], check=True)
        subprocess.run(
            ["genccode", "-a", "gcc", "-e", entry, "-d", str(work), str(small)],
            check=True,
            capture_output=True,
        )
        assembly = next(work.glob("*.S"))
        target = out_dir / library.name
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(target), str(assembly)],
            check=True,
        )
    print(
        f"  ICU data {library.name}: {len(items)} items, {len(removed)} dropped, "
        f"{library.stat().st_size / 2**20:.1f} MiB → {target.stat().st_size / 2**20:.1f} MiB",
        flush=True,
    )
    return target


QT_CHECK = """
import sys
from PySide6.QtCore import QCollator, QLocale, QTimeZone
pt = QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil)
c = QCollator(pt)
words = sorted(["zebra", "Ávila", "árvore", "Bruno", "élan"], key=c.sortKey)
upper = pt.toUpper("tatuagem ção")
zone = QTimeZone(b"America/Sao_Paulo").displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, pt)
print(words, upper, zone)
assert words == ["árvore", "Ávila", "Bruno", "élan", "zebra"], words
assert upper == "TATUAGEM ÇÃO", upper
"""


def qt_check(library_dir: Path) -> tuple[bool, str]:
    """Qt Core with the trimmed ICU data (LD_LIBRARY_PATH wins over Qt's RUNPATH): a Portuguese
    collation, upper-casing and a time zone's name still work."""
    import os

    env = {**os.environ, "LD_LIBRARY_PATH": str(library_dir), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", QT_CHECK], capture_output=True, text=True, env=env, check=False, timeout=60
    )
    return result.returncode == 0, (result.stdout + result.stderr).strip()[-500:]


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    path = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    ok, said = qt_check(path.parent)
    print(f"  Qt check {'ok' if ok else 'FAILED'}: {said}")
    sys.exit(0 if ok else 1)
