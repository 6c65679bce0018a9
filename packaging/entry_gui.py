"""The bundle's window, `fact-check-workbench`: ui.app.main, as the `workbench-gui` console script.

`fact-check-workbench --smoke-test` checks a built bundle instead of opening it for work: in a
throw-away home folder, without a display (Qt's offscreen platform unless QT_QPA_PLATFORM says
otherwise), it goes through a first start -- sample articles imported, the name asked, the window
shown -- and exits 0 when the window shows the five sample articles (see bundle_smoke.py).
"""

import sys


def main() -> int:
    argv = sys.argv[1:]
    if "--smoke-test" in argv:
        import bundle_smoke

        return bundle_smoke.run([a for a in argv if a != "--smoke-test"])
    from PySide6.QtGui import QGuiApplication

    # Wayland's app id and the X11 startup notification name this desktop entry, so that the
    # desktop shows the window under the installed icon (packaging/linux/fact-check-workbench.desktop).
    if not QGuiApplication.desktopFileName():
        QGuiApplication.setDesktopFileName("fact-check-workbench")
    from ui.app import main as gui_main

    return gui_main(argv)


if __name__ == "__main__":
    sys.exit(main())
