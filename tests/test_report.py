"""The desk's dashboard: figures from SQL (ratings in the scale's order, languages, publications
per week with the empty weeks, the review queue by waiting time, the largest clusters), the
PDF/PNG report written safely, Arabic and Hebrew labels drawn the way Qt draws them, and the window."""

from __future__ import annotations

import os
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app_state  # noqa: E402
from conftest import DATA, SCREENSHOTS, by_name  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from workbench.claims.marking import create_claim  # noqa: E402
from workbench.db import audit  # noqa: E402
from workbench.kernel.errors import BadInput, WorkbenchError  # noqa: E402
from workbench.library.ingest import import_paths  # noqa: E402
from workbench.linking.links import decide  # noqa: E402
from workbench.publish import report
from workbench.review import verdicts
from workbench.review.people import register  # noqa: E402
from workbench.review.sources import Source  # noqa: E402

restore_application = app_state.restore_application  # the fixture, for the window in Arabic

NOW = datetime(2024, 3, 20, 12, 0, tzinfo=timezone.utc)  # a Wednesday
ARABIC = "كوريا الشمالية أرسلت جنودا"
HEBREW = "צפון קוריאה שלחה חיילים"
ENGLISH = """North Korea sent troops to Russia, officials in Seoul say

Officials in Seoul said on Thursday that North Korea has sent more than 10,000 soldiers to eastern Russia for training.

The Kremlin denied that any North Korean soldiers were fighting in Ukraine and called the reports a provocation.
"""
ARTICLES = {"he": "000_884bf961611e0af5.txt", "ar2": "001_3a0885cf1020a608.txt", "ar3": "002_8cd855bd8944e8de.txt",
            "ar4": "003_30bd282be3f8cedf.txt", "ar5": "004_d5d7dac400910391.txt", "en": "english.txt"}
CLUSTERS = (("ar20", "ar30", "ar40", "he0"), ("ar31", "ar50", "en0"), ("he1", "ar51"))


class Clock:
    """The time verdict changes are stamped with (``verdicts._now``), set by the test."""

    def __init__(self):
        self.at = NOW

    def __call__(self) -> str:
        return self.at.isoformat(timespec="seconds")


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(verdicts, "_now", clock)
    return clock


def _paragraphs(db, article_id: int) -> list[tuple[int, int]]:
    """The article's paragraphs that are not folded boilerplate, longest first."""
    return db.execute(
        'SELECT p.start, p."end" FROM paragraphs p WHERE p.article_id = ? AND NOT EXISTS (SELECT 1 FROM folds f '
        'WHERE f.article_id = p.article_id AND f.start < p."end" AND f."end" > p.start) '
        'ORDER BY p."end" - p.start DESC', [article_id]).fetchall()


def _verdict(db, clock: Clock, claim: int, rating: str, until: str, age: timedelta, who: str = "dana") -> int:
    """A verdict taken from draft up to the state ``until``, its last step ``age`` before ``clock``'s now."""
    now = clock.at
    steps = {"draft": [], "submitted": ["submit"], "published": ["submit", "approve", "publish"]}[until]
    clock.at = now - age - timedelta(hours=len(steps))
    verdict = verdicts.set_verdict(db, claim, who=who, rating=rating, summary="ملخص الحكم",
                                   sources=[Source(url=f"https://example.org/check/{claim}")])
    for i, action in enumerate(steps, 1):
        clock.at = now - age - timedelta(hours=len(steps) - i)
        verdicts.transition(db, verdict.id, action, who=who if action == "submit" else "sara")
    clock.at = now
    return verdict.id


def build_desk(db, folder: Path, clock: Clock) -> dict[str, int]:
    """The sample articles and an English one, four people, up to four claims per article, three
    clusters across languages and eleven live verdicts (one more merged) at times before ``clock.at``."""
    english = folder / "english.txt"
    english.write_text(ENGLISH, "utf-8")
    import_paths(db, [*sorted(DATA.glob("*.txt")), english])
    register(db, "dana", "checker")
    register(db, "lina", "checker")
    register(db, "sara", "supervisor")
    register(db, "omar", "supervisor", by="sara")
    claims = {}
    for key, name in ARTICLES.items():
        article_id = by_name(db, name)["id"]
        for i, (start, end) in enumerate(_paragraphs(db, article_id)[:4]):
            claims[f"{key}{i}"] = create_claim(db, article_id, start, min(end, start + 80), checker="dana").id
    for cluster in CLUSTERS:
        for other in cluster[1:]:
            decide(db, claims[cluster[0]], claims[other], "same", who="dana")
    d, h = timedelta(days=1), timedelta(hours=1)
    for key, rating, until, age in (
            ("ar20", "False", "published", 15 * d + 2 * h),  # Tue 5 March
            ("ar31", "Misleading", "submitted", 1.5 * d),
            ("he1", "Mostly true", "published", d + 3 * h),  # Tue 19 March
            ("ar21", "True", "published", 9 * d + 12.5 * h),  # Sunday 10 March, 23:30: still the week of 4 March
            ("ar22", "Mixed", "submitted", 2 * h),
            ("ar32", "False", "submitted", 2.5 * d),
            ("ar42", "False", "submitted", 10 * d),
            ("ar52", "Unverifiable", "submitted", 30 * d),
            ("en1", "True", "draft", 3 * d),
            ("he2", "Mostly false", "published", 91 * d)):  # 20 December 2023: before the twelve weeks
        _verdict(db, clock, claims[key], rating, until, age)
    keep = _verdict(db, clock, claims["ar43"], "Mixed", "draft", 4 * d)
    other = _verdict(db, clock, claims["ar53"], "True", "draft", 4 * d, who="lina")
    decide(db, claims["ar43"], claims["ar53"], "same", who="dana")
    verdicts.merge(db, keep, other, who="dana")
    return claims


@pytest.fixture
def dashboard_desk(db, tmp_path, clock):
    db.claims = build_desk(db, tmp_path, clock)
    return db


def _quote(db, claim_id: int) -> str:
    return db.execute("SELECT quote FROM claims WHERE id = ?", [claim_id]).fetchone()[0]


# --- the figures -------------------------------------------------------------------------------


def test_verdicts_by_rating_follow_the_scale_and_leave_out_the_merged_one(dashboard_desk):
    assert report.by_rating(dashboard_desk) == [("True", 2), ("Mostly true", 1), ("Mixed", 2), ("Mostly false", 1),
                                      ("False", 3), ("Misleading", 1), ("Unverifiable", 1)]


def test_a_retired_rating_stays_while_verdicts_use_it(dashboard_desk):
    verdicts.set_rating(dashboard_desk, "Misleading", 2, who="sara", retired=True)
    verdicts.set_rating(dashboard_desk, "Satire", 0, who="sara", retired=True)
    labels = [label for label, _ in report.by_rating(dashboard_desk)]
    assert "Misleading" in labels and "Satire" not in labels
    verdicts.set_rating(dashboard_desk, "Satire", 0, who="sara")
    assert report.by_rating(dashboard_desk)[-1] == ("Satire", 0)


def test_a_verdict_counts_under_each_language_of_its_claims(dashboard_desk):
    assert report.by_language(dashboard_desk) == [("ar", 9), ("he", 3), ("en", 2)]


def test_publications_per_iso_week_with_the_empty_weeks(dashboard_desk):
    weeks = report.by_week(dashboard_desk, weeks=12, now=NOW)
    assert [monday for monday, _ in weeks] == [date(2024, 1, 1) + timedelta(weeks=i) for i in range(12)]
    assert dict(weeks) == {**{monday: 0 for monday, _ in weeks}, date(2024, 3, 4): 2, date(2024, 3, 18): 1}
    assert [n for _, n in report.by_week(dashboard_desk, weeks=16, now=NOW)][:3] == [0, 0, 1]  # 4, 11, 18 December
    assert sum(n for _, n in report.by_week(dashboard_desk, weeks=2, now=NOW - timedelta(days=7))) == 2
    with pytest.raises(BadInput, match="at least one week"):
        report.by_week(dashboard_desk, weeks=0)


def test_the_review_queue_by_waiting_time(dashboard_desk):
    assert report.waiting_by_age(dashboard_desk, now=NOW) == [
        ("< 1 day", 1), ("1–3 days", 2), ("3–7 days", 0), ("1–2 weeks", 1), ("> 2 weeks", 1)]
    later = report.waiting_by_age(dashboard_desk, now=NOW + timedelta(days=5))
    assert later == [("< 1 day", 0), ("1–3 days", 0), ("3–7 days", 2), ("1–2 weeks", 1), ("> 2 weeks", 2)]


def test_the_largest_clusters_with_their_arabic_quote(dashboard_desk):
    top = report.top_clusters(dashboard_desk)
    assert [row.articles for row in top] == [4, 3, 2, 2]
    assert top[0].text == _quote(dashboard_desk, dashboard_desk.claims["ar20"]) and re.search("[\u0600-\u06ff]", top[0].text)
    assert (top[0].rating, top[0].languages) == ("False", "ar,he")
    assert (top[1].text, top[1].languages) == (_quote(dashboard_desk, dashboard_desk.claims["ar31"]), "ar,en")
    assert len(report.top_clusters(dashboard_desk, limit=1)) == 1


def test_most_repeated_claims_are_counted_in_articles_verdict_or_not(dashboard_desk):
    claims = dashboard_desk.claims
    decide(dashboard_desk, claims["ar23"], claims["ar33"], "same", who="dana")  # three articles, no verdict
    decide(dashboard_desk, claims["ar23"], claims["ar41"], "same", who="dana")
    english = by_name(dashboard_desk, ARTICLES["en"])["id"]
    start = ENGLISH.index("Officials in Seoul")
    again = [create_claim(dashboard_desk, english, start + i, start + 40 + i, checker="dana").id for i in (1, 2, 3, 4)]
    for other in again[1:]:  # four claims, all in one article: said often, but not across articles
        decide(dashboard_desk, again[0], other, "same", who="dana")
    top = report.top_clusters(dashboard_desk)
    assert [(row.articles, row.claims, row.rating) for row in top] == [
        (4, 4, "False"), (3, 3, None), (3, 3, "Misleading"), (2, 2, "Mostly true"), (2, 2, "Mixed")]
    unchecked = top[1]
    assert unchecked.verdict_id is None and unchecked.text == _quote(dashboard_desk, claims["ar23"])
    assert unchecked.languages == "ar"
    decide(dashboard_desk, again[0], claims["he3"], "same", who="dana")  # now in a second article too
    top = report.top_clusters(dashboard_desk)
    assert [(row.articles, row.claims) for row in top] == [(4, 4), (3, 3), (3, 3), (2, 5), (2, 2), (2, 2)]
    assert top[3].text == _quote(dashboard_desk, claims["he3"]) and top[3].languages == "en,he"  # its first claim


def test_the_chart_of_repeated_claims_counts_articles(dashboard_desk):
    fig = Figure(figsize=report.PAGE_INCHES)
    report.draw_dashboard(fig, report.desk_figures(dashboard_desk, now=NOW))
    chart = next(ax for ax in fig.axes if ax.get_title().startswith("Most-repeated"))
    assert chart.get_xlabel() == "articles the claim appears in"
    assert [round(bar.get_width()) for bar in chart.patches] == [4, 3, 2, 2]


def _chart(fig, title: str):
    return next(ax for ax in fig.axes if ax.get_title().startswith(title))


def test_a_mirrored_dashboard_starts_at_the_right(dashboard_desk):
    """For a reader of Arabic or Hebrew: the first chart of each row on the right; the bars with text
    labels grow leftwards from labels on the right, their counts at their left end, from 0."""
    plain, mirrored = Figure(figsize=report.PAGE_INCHES), Figure(figsize=report.PAGE_INCHES)
    figures = report.desk_figures(dashboard_desk, now=NOW)
    report.draw_dashboard(plain, figures)
    report.draw_dashboard(mirrored, figures, rtl=True)
    for fig in (plain, mirrored):
        fig.canvas.draw()
    left = {fig: {t: _chart(fig, t).get_position().x0 for t in ("Verdicts by rating", "Verdicts by language",
                                                                  "Verdicts published per week", "Waiting")}
            for fig in (plain, mirrored)}
    assert left[plain]["Verdicts by rating"] < left[plain]["Verdicts by language"]
    assert left[mirrored]["Verdicts by rating"] > left[mirrored]["Verdicts by language"]
    assert left[mirrored]["Verdicts published per week"] > left[mirrored]["Waiting"]
    for title in ("Verdicts by rating", "Most-repeated"):
        ltr, rtl = _chart(plain, title), _chart(mirrored, title)
        assert not ltr.xaxis_inverted() and rtl.xaxis_inverted() and rtl.get_xbound()[0] == 0
        assert rtl.yaxis.get_ticks_position() == "right" and ltr.yaxis.get_ticks_position() == "left"
        assert rtl.spines["right"].get_visible() and not rtl.spines["left"].get_visible()
        assert [t.get_text() for t in rtl.get_yticklabels()] == [t.get_text() for t in ltr.get_yticklabels()]
        bar, label = rtl.patches[0], rtl.texts[0]
        bar_end = rtl.transData.transform((bar.get_width(), 0))[0]
        assert label.get_window_extent().x1 <= bar_end + 1  # the count left of the bar's end
    assert [round(bar.get_width()) for bar in _chart(mirrored, "Most-repeated").patches] == [4, 3, 2, 2]


def test_the_figures_together(dashboard_desk):
    figures = report.desk_figures(dashboard_desk, weeks=12, now=NOW)
    assert (figures.verdicts, figures.published, figures.waiting_total) == (11, 3, 5)
    assert figures.now == NOW


def test_long_labels_are_cut_after_a_word_with_an_ellipsis_at_their_logical_end():
    quote = "كوريا الشمالية أرسلت جنودا إلى روسيا حسب تقرير نشرته وكالة أنباء كورية جنوبية يوم الخميس الماضي"
    label = report.short_label(quote, 60)
    assert label.endswith("…") and len(label) <= 60
    assert quote.startswith(label[:-1]) and quote[len(label) - 1] == " "
    assert report.short_label("  two\nlines  ") == "two lines"


# --- Arabic and Hebrew -------------------------------------------------------------------------


def test_the_probes_find_that_matplotlib_orders_and_joins_text_itself():
    assert report.renderer_orders_text() and report.renderer_joins_arabic()
    assert report.display_text(ARABIC) == ARABIC  # logical order: the renderer shapes and orders it


def _unjoined(text: str) -> str:
    """``text`` with a zero-width non-joiner after every Arabic letter: drawn so, the letters
    come out as a renderer that does not shape Arabic draws them, each in its isolated form."""
    return re.sub("([\u0600-\u06ff])", "\\1\u200c", text)


def test_the_joining_probe_sees_a_renderer_that_draws_letters_apart(monkeypatch):
    drawn = report.ink
    monkeypatch.setattr(report, "ink", lambda text, pixel_size=40: drawn(_unjoined(text), pixel_size))
    assert not report.renderer_joins_arabic.__wrapped__()
    assert report.renderer_orders_text.__wrapped__()  # Hebrew is still put in order


def test_the_ordering_probe_sees_a_renderer_that_draws_letters_in_logical_order(monkeypatch):
    from bidi import get_display

    drawn = report.ink  # a visual-order string, which libraqm reorders, comes out in logical order
    monkeypatch.setattr(report, "ink", lambda text, pixel_size=40: drawn(get_display(text), pixel_size))
    assert not report.renderer_orders_text.__wrapped__()


@pytest.mark.parametrize("orders, joins, hebrew, arabic", [
    (True, True, "אב", "بب"),
    (True, False, "אב", "\ufe91\ufe90"),  # initial and final forms, in logical order
    (False, True, "בא", "\ufe90\ufe91"),  # shaped first all the same, then in visual order
    (False, False, "בא", "\ufe90\ufe91"),
])
def test_labels_are_shaped_and_reordered_only_as_the_renderer_needs(monkeypatch, orders, joins, hebrew, arabic):
    monkeypatch.setattr(report, "renderer_orders_text", lambda: orders)
    monkeypatch.setattr(report, "renderer_joins_arabic", lambda: joins)
    assert (report.display_text("אב"), report.display_text("بب")) == (hebrew, arabic)


def test_fonts_are_the_ones_installed_with_dejavu_last():
    families = report.font_families()
    assert families[-1] == "DejaVu Sans"
    assert set(families) <= set(report.FONT_PREFERENCE)


def _qt_ink(qapp, text: str, family: str, pixel_size: int):
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter

    font = QFont(family)
    font.setPixelSize(pixel_size)
    width, height = QFontMetrics(font).horizontalAdvance(text) + 2 * pixel_size, 3 * pixel_size
    image = QImage(width, height, QImage.Format_Grayscale8)
    image.fill(Qt.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(Qt.black)
    painter.drawText(QRect(0, 0, width, height), Qt.AlignCenter, text)
    painter.end()
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())[:, :width]
    return report.crop(1 - pixels / 255)


def _resized(coverage, shape: tuple[int, int]):
    from PIL import Image

    image = Image.fromarray((coverage * 255).astype(np.uint8))
    return np.asarray(image.resize((shape[1], shape[0]), Image.BILINEAR), dtype=float) / 255


def _similarity(a, b, smoothing: int = 7) -> float:
    """Correlation of the column ink profiles (how much ink at each point from left to right),
    smoothed over a few pixels: the two renderers' hinting and spaces differ by a pixel or two."""
    a = _resized(a, b.shape)
    window = np.ones(smoothing) / smoothing
    profiles = [np.convolve(image.sum(axis=0), window, "same") for image in (a, b)]
    return float(np.corrcoef(*profiles)[0, 1])


@pytest.mark.parametrize("text, family", [(ARABIC, "Noto Sans Arabic"), (HEBREW, "Noto Sans Hebrew")])
def test_labels_are_drawn_as_qt_draws_them_not_reversed(qapp, text, family):
    if family not in report.font_families():
        pytest.skip(f"{family} is not installed")
    import arabic_reshaper
    from bidi import get_display

    qt = _qt_ink(qapp, text, family, 48)
    drawn = report.ink(report.display_text(text), 48)  # as the report draws a label
    reversed_ = report.ink(get_display(arabic_reshaper.reshape(text)), 48)  # shaped and reordered beforehand
    # measured: 0.96 (Arabic) and 0.98 (Hebrew) against Qt; the reversed rendering 0.05 or less
    assert _similarity(drawn, qt) > 0.9
    assert _similarity(drawn, qt) > _similarity(reversed_, qt) + 0.6


# --- the report file ---------------------------------------------------------------------------


def test_a_png_report(dashboard_desk, tmp_path):
    from matplotlib.image import imread

    path = tmp_path / "dashboard.png"
    summary = report.write_report(dashboard_desk, path, now=NOW, who="sara")
    assert summary.as_dict() == {"path": str(path), "format": "png", "verdicts": 11, "published": 3, "weeks": 12,
                                 "waiting": 5, "clusters": 4}
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = imread(path)
    assert pixels.shape[:2] == (1753, 1240)  # A4 at 150 dpi
    ink = 1 - pixels[..., :3].mean(axis=2)
    assert 0.02 < (ink > 0.2).mean() < 0.5  # drawn on, not blank, not black
    assert not list(tmp_path.glob(".dashboard*"))  # no temporary file left
    entry = audit.entries(dashboard_desk)[-1]
    assert (entry.actor, entry.action, entry.entity, entry.entity_id) == ("sara", "report", "dashboard", "png")
    assert entry.details["path"] == str(path.resolve()) and entry.details["verdicts"] == 11


def test_the_report_command_is_in_the_audit_log_and_needs_a_person_of_the_desk(dashboard_desk, tmp_path):
    from click.testing import CliRunner

    from workbench.cli.main import main

    db_path = dashboard_desk.execute("PRAGMA database_list").fetchone()[2]
    path = tmp_path / "dashboard.pdf"
    refused = CliRunner().invoke(main, ["--db", db_path, "--user", "mallory", "report", str(path)])
    assert refused.exit_code == 2 and "'mallory' is not a person of this desk" in refused.output
    assert not path.exists()
    done = CliRunner().invoke(main, ["--db", db_path, "--user", "omar", "report", str(path)])
    assert done.exit_code == 0 and path.exists(), done.output
    entry = audit.entries(dashboard_desk)[-1]
    assert (entry.actor, entry.action, entry.details["path"]) == ("omar", "report", str(path.resolve()))


def test_a_pdf_report_embeds_the_arabic_and_hebrew_fonts(dashboard_desk, tmp_path):
    path = tmp_path / "Dashboard.PDF"
    assert report.write_report(dashboard_desk, path, now=NOW, who="sara").format == "pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 20_000
    for family in ("Noto Sans Arabic", "Noto Sans Hebrew"):
        if family in report.font_families():
            assert family.replace(" ", "").encode() in data


def test_an_empty_desk_gives_a_page_saying_so(db, tmp_path):
    from matplotlib.image import imread

    register(db, "sara", "supervisor")
    summary = report.write_report(db, tmp_path / "empty.png", who="sara")
    assert (summary.verdicts, summary.published, summary.clusters) == (0, 0, 0)
    assert (1 - imread(tmp_path / "empty.png")[..., :3].mean(axis=2) > 0.2).mean() > 0.001
    fig = Figure()
    report.draw_dashboard(fig, report.desk_figures(db))
    assert "No verdicts yet." in [t.get_text() for t in fig.texts]


@pytest.mark.parametrize("name, message", [("dashboard.svg", "not '.svg'"), ("dashboard", "without a suffix"),
                                           ("missing/dashboard.pdf", "the folder .*missing does not exist")])
def test_a_bad_path_is_refused_and_writes_nothing(db, tmp_path, name, message):
    register(db, "sara", "supervisor")
    with pytest.raises(BadInput, match=message):
        report.write_report(db, tmp_path / name, who="sara")
    assert not [p for p in tmp_path.rglob("*") if "dashboard" in p.name]


def test_a_folder_that_cannot_be_written_is_named(db, tmp_path, monkeypatch):
    register(db, "sara", "supervisor")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root writes in any folder: let the check see what a desk's user would
        monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != folder)
    try:
        with pytest.raises(WorkbenchError, match="the folder .*locked cannot be written"):
            report.write_report(db, folder / "dashboard.png", who="sara")
    finally:
        folder.chmod(0o700)
    assert not list(folder.iterdir())


def test_a_failure_while_rendering_leaves_the_previous_report(dashboard_desk, tmp_path, monkeypatch):
    path = tmp_path / "dashboard.pdf"
    report.write_report(dashboard_desk, path, now=NOW, who="sara")
    before = path.read_bytes()

    def broken(self, out, **kwargs):
        out.write(b"%PDF-1.4 half a file")
        raise RuntimeError("renderer crashed")

    with monkeypatch.context() as patched:
        patched.setattr(Figure, "savefig", broken)
        with pytest.raises(RuntimeError, match="renderer crashed"):
            report.write_report(dashboard_desk, path, now=NOW, who="sara")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if "dashboard" in p.name] == ["dashboard.pdf"]

    def refused(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(WorkbenchError, match="cannot write .*dashboard.pdf: Permission denied"):
        report.write_report(dashboard_desk, path, now=NOW, who="sara")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if "dashboard" in p.name] == ["dashboard.pdf"]


# --- the window --------------------------------------------------------------------------------


def test_the_window_refreshes_and_saves(qtbot, dashboard_desk, tmp_path):
    from ui.publish.dashboard import DashboardWindow

    window = DashboardWindow(dashboard_desk, user="sara")
    qtbot.addWidget(window)
    assert window.figures.verdicts == 11 and "11 verdicts" in window.last_message
    assert len(window.figure.axes) == 5
    verdicts.set_verdict(dashboard_desk, dashboard_desk.claims["he3"], who="dana", rating="False", summary="s")
    window.refresh_button.click()
    assert window.figures.verdicts == 12
    summary = window.save_to(tmp_path / "saved.png")
    assert summary.verdicts == 12 and (tmp_path / "saved.png").stat().st_size > 10_000
    saved = [e for e in audit.entries(dashboard_desk) if e.action == "report"][-1]
    assert saved.actor == "sara" and saved.details["path"] == str((tmp_path / "saved.png").resolve())
    assert window.save_to(tmp_path / "saved.jpg") is None and "Not saved" in window.last_message
    for widget in (window.refresh_button, window.save_button, window.weeks, window.canvas):
        assert widget.accessibleName()
    window.weeks.setValue(4)
    assert len(window.figures.by_week) == 4


def test_the_window_opens_a_database_by_its_path(qtbot, db_path, db):
    from ui.publish.dashboard import DashboardWindow

    window = DashboardWindow(db_path)
    qtbot.addWidget(window)
    assert window.figures.verdicts == 0


def test_screenshots_of_the_dashboard(qtbot, db, tmp_path, clock):
    """A desk whose times are relative to today, so the weeks and the waiting times look real."""
    from ui.publish.dashboard import DashboardWindow

    clock.at = datetime.now(timezone.utc)
    build_desk(db, tmp_path, clock)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    report.write_report(db, SCREENSHOTS / "report.png", who="sara")
    window = DashboardWindow(db)
    qtbot.addWidget(window)
    window.resize(1200, 1000)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert window.grab().save(str(SCREENSHOTS / "dashboard.png"))


@pytest.mark.parametrize("counts", [[0, 0, 0, 0, 0], [1, 0, 2, 0, 0]])
def test_a_counts_axis_starts_at_zero_even_with_nothing_to_count(counts):
    fig = Figure()
    ax = fig.add_subplot()
    report._waiting(ax, list(zip(["< 1 day", "1–3 days", "3–7 days", "1–2 weeks", "> 2 weeks"], counts)), str)
    low, high = ax.get_ylim()
    assert low == 0 and high >= max(max(counts), 1)


@pytest.mark.usefixtures("restore_application")
def test_the_dashboard_speaks_the_windows_language(qtbot, db, tmp_path, clock, qapp):
    """Its titles, axis words and waiting-time buckets come from the core's messages, translated
    by the window; a report saved from it reads the same."""
    from PySide6.QtCore import QCoreApplication

    from ui.kit import i18n
    from ui.publish.dashboard import DashboardWindow

    clock.at = datetime.now(timezone.utc)
    build_desk(db, tmp_path, clock)
    assert i18n.install_language("ar", qapp) == "ar"
    window = DashboardWindow(db, user="sara")
    qtbot.addWidget(window)
    titles = [ax.get_title() for ax in window.figure.axes]
    assert QCoreApplication.translate("core", "Verdicts by rating") in titles
    ratings = _chart(window.figure, QCoreApplication.translate("core", "Verdicts by rating"))
    assert ratings.xaxis_inverted() and ratings.yaxis.get_ticks_position() == "right"  # mirrored, as the window
    assert "Verdicts by rating" not in titles and all(re.search("[\u0600-\u06ff]", t) for t in titles)
    waiting = next(ax for ax in window.figure.axes if ax.get_xlabel())
    assert [t.get_text() for t in waiting.get_xticklabels()][0] == QCoreApplication.translate("core", "< 1 day")
    window.resize(1200, 1000)
    window.show()
    qtbot.waitExposed(window)
    assert window.grab().save(str(SCREENSHOTS / "dashboard-ar.png"))


def test_a_mirrored_bars_label_starts_next_to_the_bar(monkeypatch):
    """Read from the right: the count first, by a right-to-left mark where the renderer orders
    text itself, else by the parts put in visual order."""
    parts = ["4", "False", "Arabic, Hebrew"]
    assert report._bar_text(parts, rtl=False) == "4  ·  False  ·  Arabic, Hebrew"
    monkeypatch.setattr(report, "renderer_orders_text", lambda: True)
    assert report._bar_text(parts, rtl=True) == "\u200f4  ·  False  ·  Arabic, Hebrew"
    monkeypatch.setattr(report, "renderer_orders_text", lambda: False)
    assert report._bar_text(parts, rtl=True) == "Arabic, Hebrew  ·  False  ·  4"


def test_a_chart_with_nothing_to_show_says_so_without_empty_axes():
    """A desk with verdicts but no claim linked across articles: the last chart is its title and a sentence."""
    fig = Figure()
    ax = fig.add_subplot()
    report._clusters(ax, [], str, rtl=False)
    assert ax.get_title() == "Most-repeated claims across articles"
    assert [t.get_text() for t in ax.texts] == ["No claim has been linked to the same claim in another article yet"]
    assert not ax.axison  # no axis lines, ticks or labels around the sentence


@pytest.mark.parametrize("rtl", [False, True])
def test_the_labels_of_repeated_claims_end_inside_the_chart(rtl):
    """A label of three languages (count, rating, languages) ran off the page's edge."""
    bars = [report.ClusterBar(9, 12, 3, "Mostly false", "ar,he,en,fr", "أرسلت كوريا الشمالية أكثر من 10 آلاف جندي"),
            report.ClusterBar(7, 8, None, None, "ar,he,en", "North Korea sent more than 10,000 troops to Russia"),
            report.ClusterBar(2, 2, 4, "False", "he", "שני הצדדים הכחישו עסקאות נשק")]
    figures = report.DeskFigures(now=NOW, verdicts=3, by_rating=[("False", 3)], by_language=[("ar", 3)],
                                 by_week=[(date(2026, 11, 30), 3)], waiting=[("< 1 day", 0)], top_clusters=bars)
    fig = Figure(figsize=report.PAGE_INCHES)
    report.draw_dashboard(fig, figures, rtl=rtl)
    fig.canvas.draw()
    chart = _chart(fig, "Most-repeated")
    inside = chart.get_window_extent()
    labels = [t for t in chart.texts if "·" in t.get_text()]
    assert len(labels) == 3 and "French" in labels[0].get_text()
    for label in labels:
        box = label.get_window_extent()
        assert inside.x0 - 1 <= box.x0 and box.x1 <= inside.x1 + 1, (label.get_text(), box, inside)
    assert chart.xaxis_inverted() == rtl
