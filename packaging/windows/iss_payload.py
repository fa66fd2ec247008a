"""The Inno Setup script read back: does its [Files] section take the whole one-folder payload?

Inno Setup is not run here (no Windows), so this reads ``kronos.iss`` as ISCC would for the parts
that decide what gets installed: the ``#define`` values, the ``[Files]`` entries (Source, DestDir,
Flags, Excludes) and the ``[Setup]`` keys of a per-user install. :func:`payload_problems` names
every payload file the installer would leave out. ``build.py`` runs it against the real
``dist/kronos-desktop`` after each build (on every system: the folder's layout is the same, only
the program's name differs); tests/packaging/test_inno_setup.py runs it against a made-up payload.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

HERE = Path(__file__).resolve().parent
ISS = HERE / "kronos.iss"
SETUP_REQUIRED = {
    "PrivilegesRequired": "lowest",
    "DefaultDirName": r"{localappdata}\Programs\{#AppName}",
}
GUID = re.compile(r"^\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$")


@dataclass(frozen=True)
class Entry:
    params: dict[str, str]

    @property
    def flags(self) -> set[str]:
        return set(self.params.get("Flags", "").split())


def _strip_comment(line: str) -> str:
    return "" if line.lstrip().startswith(";") else line


def defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE))


def expand(value: str, names: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: names.get(m.group(1), m.group(0)), value)


def sections(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = _strip_comment(raw).strip()
        if not line or line.startswith(("#", "//")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            found.setdefault(current, [])
        elif current:
            found[current].append(line)
    return found


def entries(lines: list[str]) -> list[Entry]:
    """``Name: "value"; Flags: a b`` lines as dicts (quotes removed; ``""`` is a quote)."""
    parsed = []
    for line in lines:
        params = {}
        for key, value in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
            value = value.strip()
            if value.startswith('"') and value.endswith('"'):
                value = value[1:-1].replace('""', '"')
            params[key] = value
        parsed.append(Entry(params))
    return parsed


def setup_keys(text: str) -> dict[str, str]:
    keys = {}
    for line in sections(text).get("Setup", []):
        key, _, value = line.partition("=")
        keys[key.strip()] = value.strip()
    return keys


def payload_problems(payload: Path, iss: Path = ISS, program: str | None = "kronos-desktop.exe") -> list[str]:
    """What is wrong with the installer's file list for ``payload`` (empty: every file goes in).
    ``program=None``: a payload built on another system (its program is not the ``.exe``)."""
    text = iss.read_text(encoding="utf-8")
    names = defines(text)
    problems = []
    if program is not None and names.get("AppExe") != program:
        problems.append(f"AppExe is {names.get('AppExe')!r}, the build's program is {program!r}")
    files = entries(sections(text).get("Files", []))
    covering = []
    for entry in files:
        source = PureWindowsPath(expand(entry.params.get("Source", ""), names))
        folder = Path(*PurePosixPath(source.parent.as_posix()).parts)
        resolved = (iss.parent / folder).resolve()
        if resolved != payload.resolve():
            problems.append(f"Source {source} is not the payload {payload}")
            continue
        if source.name != "*":
            problems.append(f"Source {source} takes {source.name}, not every file (*)")
        missing_flags = {"recursesubdirs", "createallsubdirs", "ignoreversion"} - entry.flags
        if missing_flags:
            problems.append(f"Source {source} lacks the flags {sorted(missing_flags)}")
        if entry.params.get("DestDir") != "{app}":
            problems.append(f"Source {source} goes to {entry.params.get('DestDir')}, not {{app}}")
        covering.append(entry)
    if not covering:
        problems.append("no [Files] entry takes the payload folder")
    payload_files = sorted(p.relative_to(payload).as_posix() for p in payload.rglob("*") if p.is_file())
    if not payload_files:
        problems.append(f"the payload {payload} is empty")
    for entry in covering:
        patterns = [p.strip().replace("\\", "/") for p in entry.params.get("Excludes", "").split(",") if p.strip()]
        for relative in payload_files:
            if any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(Path(relative).name, p) for p in patterns):
                problems.append(f"Excludes leaves out {relative}")
    if program is not None and program not in payload_files:
        problems.append(f"the payload has no {program}")
    return problems


def setup_problems(iss: Path = ISS) -> list[str]:
    """The [Setup], [Icons] and [Tasks] of a per-user install with menu and desktop entries."""
    text = iss.read_text(encoding="utf-8")
    keys = setup_keys(text)
    problems = [
        f"{key}={keys.get(key)!r}, expected {value!r}"
        for key, value in SETUP_REQUIRED.items()
        if keys.get(key) != value
    ]
    if not GUID.match(keys.get("AppId", "")):
        problems.append(f"AppId {keys.get('AppId')!r} is not a fixed GUID")
    if "{#AppVersion}" not in keys.get("AppVersion", ""):
        problems.append("AppVersion does not come from the build (ISCC /DAppVersion=...)")
    icons = entries(sections(text).get("Icons", []))
    if not any(e.params.get("Name", "").startswith("{autoprograms}") for e in icons):
        problems.append("no Start-menu entry ({autoprograms})")
    desktop = [e for e in icons if e.params.get("Name", "").startswith("{autodesktop}")]
    if not desktop or desktop[0].params.get("Tasks") != "desktopicon":
        problems.append("no optional desktop entry ({autodesktop} under the desktopicon task)")
    if "DelTree(DataDir" not in text or "UninstallSilent" not in text:
        problems.append("the uninstaller must keep the data unless asked (and never when silent)")
    return problems
