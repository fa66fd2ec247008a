"""Regenerate the program's icons for Windows and macOS from ``resources/icons/kronos.svg``.

    uv run python packaging/icons.py          # writes resources/icons/kronos.ico and kronos.icns

Each size is drawn from the SVG by Qt's own renderer (QtSvg, crisp at 16 px, not a 256 px image
scaled down), then Pillow writes the containers: ``kronos.ico`` with 16, 24, 32, 48, 64, 128 and
256 px (Windows: the .exe, the installer, Start menu, taskbar, Explorer's views) and
``kronos.icns`` with 32 to 1024 px (macOS: Finder, Dock, Retina). Both files are committed; run
this again after changing the SVG. ``--check`` only says whether the committed files are current.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "kronos.svg"
ICO = ICONS / "kronos.ico"
ICNS = ICONS / "kronos.icns"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes (transparent background)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:  # QPainter wants one; no display needed
        _app.append(QGuiApplication(["icons", "-platform", "offscreen"]))
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes str here; its stub says bytes
    buffer.close()
    return bytes(data.data())


_app: list[object] = []


def images(sizes: tuple[int, ...]) -> list[object]:
    from PIL import Image

    return [Image.open(io.BytesIO(render(size))).convert("RGBA") for size in sizes]


def ico_bytes() -> bytes:
    from PIL import Image

    drawn = images(ICO_SIZES)
    largest = drawn[-1]
    assert isinstance(largest, Image.Image)
    out = io.BytesIO()
    largest.save(out, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=drawn[:-1])
    return out.getvalue()


def icns_bytes() -> bytes:
    from PIL import Image

    drawn = images(ICNS_SIZES)
    largest = drawn[-1]
    assert isinstance(largest, Image.Image)
    out = io.BytesIO()
    largest.save(out, format="ICNS", append_images=drawn[:-1])
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a committed icon differs from the SVG's")
    args = parser.parse_args(argv)
    stale = []
    for path, data in ((ICO, ico_bytes()), (ICNS, icns_bytes())):
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(path.name)
            continue
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)}: {len(data):,} bytes", flush=True)
    if stale:
        print(f"out of date with {SVG.name}: {', '.join(stale)} (run packaging/icons.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
