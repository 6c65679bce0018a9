"""`fact-check-workbench --smoke-test`: is the built bundle whole?

Run by packaging/build-linux.sh on the bundle it just built (and by anyone on an installed one).
It never touches the user's files: HOME and the XDG folders point into a new temporary folder
(removed afterwards), and the database is a new file there. Without a display it uses Qt's
offscreen platform (QT_QPA_PLATFORM, when set, wins: under Xvfb it shows a real window).

1. The libraries whose data files or hidden imports a bundler can miss, each used once:
   wordfreq's lists (ar, he, en), py3langid's model, dateparser's language data,
   trafilatura/lxml/justext on a small web page, charset-normalizer on windows-1256 bytes,
   rapidfuzz, scipy.sparse, SQLite FTS5, the workbench's own data files, and matplotlib's Agg
   and PDF backends drawing Arabic and Hebrew.
2. A first start, as a person sees it: ui.app.main with the new database imports the sample
   articles (data/ inside the bundle), asks the name -- answered "smoke-test" by filling the
   dialog and pressing OK -- and shows the window; after a second of events, the library must
   list the 5 sample articles and the reader show one of them; a matplotlib QtAgg canvas is
   drawn too. Then the application quits with 0.

Exit codes: 0 passed; 1 a check failed (each failure is printed); 3 the window never came.
Options: --keep (leave the temporary folder), --timeout SECONDS (default 90), --log FILE (also
write the report there: the Windows executable is windowed and has no console to print to),
--screenshot FILE.png (the window as it was checked).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

EXPECTED_SAMPLE_ARTICLES = 5
USER = "smoke-test"
LOG: list[Path] = []


def say(message: str) -> None:
    line = f"smoke: {message}"
    if sys.stdout is not None:  # None in a windowed Windows executable
        print(line, flush=True)
    for path in LOG:
        with path.open("a", encoding="utf-8") as log:
            log.write(line + "\n")


def isolate(root: Path) -> None:
    """HOME, XDG folders and the workbench's own variables inside root, before Qt or the app load."""
    folders = [("HOME", "home"), ("XDG_CONFIG_HOME", "home/.config"), ("XDG_DATA_HOME", "home/.local/share"),
               ("XDG_CACHE_HOME", "home/.cache"), ("XDG_STATE_HOME", "home/.local/state")]
    if not os.environ.get("XDG_RUNTIME_DIR"):  # the session's (Wayland's socket is there); a new one only if none
        folders.append(("XDG_RUNTIME_DIR", "runtime"))
    for var, sub in folders:
        path = root / sub
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.environ[var] = str(path)
    os.environ["MPLCONFIGDIR"] = str(root / "home/.config/matplotlib")
    for var in ("WORKBENCH_DB", "WORKBENCH_USER"):
        os.environ.pop(var, None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def check_libraries(root: Path) -> list[str]:
    """Each library the bundle must carry whole, used once. Returns the failures."""
    failures: list[str] = []

    def check(name: str, test) -> None:
        started = time.perf_counter()
        try:
            detail = test()
        except Exception as exc:  # noqa: BLE001 -- every failure is reported, then the next check runs
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
            say(f"FAIL {name}: {type(exc).__name__}: {exc}")
            return
        say(f"ok   {name}: {detail} ({time.perf_counter() - started:.2f} s)")

    def wordfreq_lists():
        from wordfreq import zipf_frequency

        values = {lang: zipf_frequency(word, lang) for lang, word in (("ar", "الحكومة"), ("he", "הממשלה"), ("en", "government"))}
        assert all(v > 2 for v in values.values()), values
        return ", ".join(f"{k} {v:.1f}" for k, v in values.items())

    def langid_model():
        from workbench.text.language import latin_language

        lang = latin_language("The defence minister visited Pyongyang on Tuesday to discuss military cooperation "
                              "between the two countries, officials said.")
        assert lang == "en", lang
        return f"English text read as {lang}"

    def dateparser_data():
        from workbench.text.dates import parse_date

        found = {text: parse_date(text) for text in ("25 يوليو 2023", "25 ביולי 2023", "July 25, 2023")}
        assert set(found.values()) == {"2023-07-25"}, found
        return "ar, he, en dates read"

    def html_extraction():
        import trafilatura

        page = ("<html><head><title>Visit</title></head><body><nav>Home | World</nav><article><h1>Minister visits</h1>"
                + "<p>The defence minister arrived on Tuesday for talks on military cooperation, officials said.</p>" * 3
                + "</article><footer>Subscribe to our newsletter</footer></body></html>")
        text = trafilatura.extract(page) or ""
        assert "defence minister" in text, text
        return f"{len(text)} characters of main text"

    def legacy_encoding():
        from workbench.text.decoding import decode

        original = "قال وزير الدفاع إن القوات وصلت إلى الحدود صباح اليوم، بحسب مصادر رسمية. " * 3
        decoded = decode(original.encode("cp1256"))
        assert decoded.text.strip() == original.strip(), decoded
        return f"windows-1256 bytes decoded as {getattr(decoded, 'encoding', '?')}"

    def fuzzy_and_sparse():
        import numpy as np
        from rapidfuzz import fuzz
        from scipy import sparse

        matrix = sparse.csr_matrix(np.eye(3))
        assert (matrix @ matrix.T).nnz == 3
        score = fuzz.token_sort_ratio("روسيا كوريا الشمالية", "كوريا الشمالية روسيا")
        assert score == 100, score
        return "rapidfuzz and scipy.sparse"

    def sqlite_fts5():
        import sqlite3

        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
        conn.execute("INSERT INTO t VALUES ('צפון קוריאה')")
        assert conn.execute("SELECT count(*) FROM t WHERE t MATCH 'קוריאה'").fetchone()[0] == 1
        return f"SQLite {sqlite3.sqlite_version} with FTS5"

    def package_data():
        from importlib import resources

        names = sorted(p.name for p in (resources.files("workbench") / "data").iterdir())
        assert "boilerplate.json" in names and "glossary.json" in names, names
        return ", ".join(names)

    def matplotlib_agg():
        import matplotlib
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(3, 2), dpi=72)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        axes.bar(["ar", "he", "en"], [3, 1, 1])
        axes.set_title("مقالات · כתבות · articles")
        png, pdf = root / "agg.png", root / "agg.pdf"
        figure.savefig(png)
        figure.savefig(pdf)  # the reports' PDF: backend_pdf, fonts embedded
        assert png.stat().st_size > 1000 and pdf.read_bytes().startswith(b"%PDF")
        return f"matplotlib {matplotlib.__version__} drew {png.stat().st_size} bytes of PNG, {pdf.stat().st_size} of PDF"

    for name, test in (("wordfreq", wordfreq_lists), ("py3langid", langid_model), ("dateparser", dateparser_data),
                       ("trafilatura", html_extraction), ("charset-normalizer", legacy_encoding),
                       ("rapidfuzz+scipy", fuzzy_and_sparse), ("sqlite", sqlite_fts5), ("workbench/data", package_data),
                       ("matplotlib Agg", matplotlib_agg)):
        check(name, test)
    return failures


def first_start(root: Path, qt_args: list[str], timeout: float, screenshot: Path | None = None) -> int:
    """ui.app.main on a new database: the name dialog answered, the window checked, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMainWindow

    app = QApplication([sys.argv[0], *qt_args])
    say(f"Qt platform {app.platformName()}")
    state = {"answered": False, "window_seen_at": None, "result": None}
    started = time.monotonic()

    def finish(code: int, message: str) -> None:
        if state["result"] is None:
            state["result"] = code
            say(message)
            app.exit(code)

    def poll() -> None:
        if time.monotonic() - started > timeout:
            finish(3, f"FAIL no workbench window within {timeout:.0f} s")
            return
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and not state["answered"]:
            name = modal.findChild(QLineEdit)
            buttons = modal.findChild(QDialogButtonBox)
            if name is not None and buttons is not None:
                name.setText(USER)
                say(f"first-start dialog '{modal.windowTitle()}' answered with the name '{USER}'")
                state["answered"] = True
                buttons.button(QDialogButtonBox.Ok).click()
                return
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if windows and state["window_seen_at"] is None:
            state["window_seen_at"] = time.monotonic()
            say(f"window shown after {state['window_seen_at'] - started:.1f} s: '{windows[0].windowTitle()}'")
        if state["window_seen_at"] is not None and time.monotonic() - state["window_seen_at"] >= 1.0:
            check_window(windows[0] if windows else None)

    def check_window(window) -> None:
        problems = []
        if window is None:
            finish(1, "FAIL the window closed")
            return
        model = getattr(window, "library_model", None)
        rows = model.rowCount() if model is not None else -1
        if rows != EXPECTED_SAMPLE_ARTICLES:
            problems.append(f"the library lists {rows} article(s), not {EXPECTED_SAMPLE_ARTICLES}")
        reader = getattr(window, "reader", None)
        shown = reader.toPlainText() if reader is not None else ""
        if not shown.strip():
            problems.append("the reader shows no article")
        try:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            canvas = FigureCanvasQTAgg(Figure(figsize=(2, 2)))
            canvas.figure.add_subplot().plot([1, 2, 3])
            canvas.draw()
            canvas.deleteLater()
        except Exception as exc:  # noqa: BLE001
            problems.append(f"matplotlib QtAgg: {type(exc).__name__}: {exc}")
        if screenshot is not None:
            saved = window.grab().save(str(screenshot))
            say(f"{'saved' if saved else 'FAIL could not save'} the window as {screenshot}")
        if problems:
            finish(1, "FAIL " + "; ".join(problems))
        else:
            finish(0, f"ok   the library lists {rows} articles, the reader shows {len(shown)} characters, "
                      f"a QtAgg canvas drew")

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    from ui import app as gui

    samples = sorted(p.name for p in gui.SAMPLE_FOLDER.glob("*")) if gui.SAMPLE_FOLDER.is_dir() else []
    say(f"sample articles: {len(samples)} file(s) in {gui.SAMPLE_FOLDER}")
    returned = gui.main(["--db", str(root / "smoke.sqlite"), *qt_args])
    timer.stop()
    if state["result"] is None:
        say(f"FAIL the application ended by itself (exit {returned}) before the checks ran")
        return 1
    return returned if returned else state["result"]


def _option(args: list[str], name: str) -> str | None:
    """The value of --name VALUE, taken out of args."""
    if name not in args:
        return None
    i = args.index(name)
    value = args[i + 1] if i + 1 < len(args) else None
    if value is None:
        raise SystemExit(f"{name} needs a value")
    del args[i:i + 2]
    return value


def run(argv: list[str]) -> int:
    keep = "--keep" in argv
    qt_args = [a for a in argv if a != "--keep"]
    timeout = float(_option(qt_args, "--timeout") or 90)
    log = _option(qt_args, "--log")
    screenshot = _option(qt_args, "--screenshot")
    screenshot = Path(screenshot).resolve() if screenshot else None
    if log:
        LOG.append(Path(log).resolve())  # resolved before HOME and the working folder change meaning
    root = Path(tempfile.mkdtemp(prefix="fact-check-workbench-smoke-"))
    isolate(root)
    began = time.perf_counter()
    say(f"bundle {getattr(sys, '_MEIPASS', '(not frozen)')}, scratch folder {root}")
    try:
        failures = check_libraries(root)
        code = first_start(root, qt_args, timeout, screenshot)
    finally:
        if keep:
            say(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    if failures and code == 0:
        code = 1
    say(f"{'passed' if code == 0 else 'FAILED'} in {time.perf_counter() - began:.1f} s (exit {code})")
    return code
