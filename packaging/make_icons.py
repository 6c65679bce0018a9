"""Render the application icon from its SVG: the PNG sizes of the hicolor theme, the Windows .ico
and the macOS .icns. The outputs are committed; run this again after changing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Rendering: Qt's QSvgRenderer (PySide6's QtSvg). The .ico and .icns containers are written
here with struct (both hold PNG images), so nothing beyond PySide6 is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
NAME = "fact-check-workbench"
HICOLOR = PACKAGING / "linux" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{NAME}.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
_APP: list = []  # the QGuiApplication, while main() runs
# icns element types holding PNG data, and the pixel size of each
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64), (b"ic07", 128),
              (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512), (b"ic10", 1024))


def render(size: int) -> bytes:
    """The SVG as a size x size PNG with an alpha channel."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon of PNG images (Windows Vista and later read PNG entries of any size)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory, blobs = b"", b""
    for size in sizes:
        png = images[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + directory + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS icon family of PNG elements (macOS 10.7 and later)."""
    body = b"".join(type_ + struct.pack(">I", 8 + len(images[size])) + images[size] for type_, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _APP.append(QGuiApplication(sys.argv[:1]))  # QPainter and the SVG renderer need one, kept alive here
    rendered = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})}
    for size in PNG_SIZES:
        out = HICOLOR / f"{size}x{size}" / "apps" / f"{NAME}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(rendered[size])
        print(f"wrote {out.relative_to(PACKAGING)} ({len(rendered[size])} bytes)")
    outputs = {PACKAGING / "windows" / f"{NAME}.ico": ico({s: rendered[s] for s in ICO_SIZES}),
               PACKAGING / "macos" / f"{NAME}.icns": icns(rendered)}
    for out, data in outputs.items():
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        print(f"wrote {out.relative_to(PACKAGING)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
