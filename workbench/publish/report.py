"""The desk's dashboard for supervisors: figures computed in SQL, drawn as charts.

``desk_figures`` reads the five figures from the database (verdicts by rating,
by language, published per week, waiting for review by age, the most-repeated
claims); ``draw_dashboard`` draws them on a matplotlib ``Figure``, the one
drawing used by both ``write_report`` (a PDF or PNG file, rendered with Agg,
never a Qt backend) and the window (``ui/publish/dashboard.py``).

Arabic and Hebrew: matplotlib 3.11 lays text out with libraqm, which shapes
Arabic and puts right-to-left text in order by itself, so labels must be drawn
in logical order; shaping and reordering them beforehand (arabic-reshaper and
python-bidi, as a terminal needs) would reverse them. What the installed
renderer does is not assumed but tested, once each: ``renderer_orders_text``
draws Hebrew and looks at the order of its letters, ``renderer_joins_arabic``
draws an Arabic word and looks whether its letters joined. matplotlib is
imported inside the functions that draw, so that importing this module (as the
``workbench`` command does for every command) does not cost the half second
matplotlib takes to load.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from workbench.db import audit
from workbench.db.store import write_transaction
from workbench.kernel.atomic import atomic_write, check_destination
from workbench.kernel.errors import BadInput
from workbench.kernel.messages import LIST_SEPARATOR, Message, msg, template
from workbench.linking.clusters import clusters
from workbench.publish.csv_cells import clean_text
from workbench.review.coverage import LIVE, cluster_languages
from workbench.review.people import require_person
from workbench.text.language import LANGUAGE_NAMES

if TYPE_CHECKING:
    import numpy as np

WEEKS = 12
TOP_CLUSTERS = 10
LABEL_CHARS = 60
FONT_PREFERENCE = ("Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "DejaVu Sans")
"""Tried in order for each character: Latin, Arabic, Hebrew; DejaVu Sans (shipped with
matplotlib) covers all three when the Noto fonts are not installed."""
AGE_BUCKETS: tuple[tuple[str, float | None], ...] = (
    (template("< 1 day"), 1), (template("1–3 days"), 3), (template("3–7 days"), 7), (template("1–2 weeks"), 14),
    (template("> 2 weeks"), None))
"""Waiting-time buckets of the review queue: label and upper bound in days (exclusive)."""
OWN_NAMES = {"ar": "العربية", "he": "עברית", "fa": "فارسی", "ru": "Русский"}
"""A language's name in its own script, under its name in the report's language when they differ."""
WEEK_LABEL = template("W{week}")  # the ISO week's number, above the date of its Monday
MONTH_DAYS = (template("{day} Jan"), template("{day} Feb"), template("{day} Mar"), template("{day} Apr"),
              template("{day} May"), template("{day} Jun"), template("{day} Jul"), template("{day} Aug"),
              template("{day} Sep"), template("{day} Oct"), template("{day} Nov"), template("{day} Dec"))
"""A day of each month, as the week axis shows the Monday of a week: "4 Mar"."""
FORMATS = {".pdf": "pdf", ".png": "png"}
PAGE_INCHES = (8.27, 11.69)  # A4 portrait
PNG_DPI = 150


@dataclass
class ClusterBar:
    """One of the most-repeated claims: how many articles state it, its verdict if it has
    one, and the words shown for it."""
    articles: int  # distinct articles its claims are in
    claims: int
    verdict_id: int | None
    rating: str | None
    languages: str
    text: str


@dataclass
class DeskFigures:
    """Everything the dashboard shows, as of ``now``."""
    now: datetime
    verdicts: int  # live (not merged) verdicts
    by_rating: list[tuple[str, int]]  # the rating scale's order
    by_language: list[tuple[str, int]]  # most verdicts first
    by_week: list[tuple[date, int]]  # the Monday of each ISO week, oldest first, empty weeks included
    waiting: list[tuple[str, int]]  # AGE_BUCKETS' order
    top_clusters: list[ClusterBar]  # largest first

    @property
    def published(self) -> int:
        return sum(n for _, n in self.by_week)

    @property
    def waiting_total(self) -> int:
        return sum(n for _, n in self.waiting)


@dataclass
class ReportSummary:
    path: Path
    format: str
    verdicts: int
    published: int  # publications in the weeks shown
    weeks: int
    waiting: int
    clusters: int  # repeated claims shown

    def as_dict(self) -> dict:
        return {**self.__dict__, "path": str(self.path)}


# --- the figures -------------------------------------------------------------------------------


def _utc(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(timezone.utc)
    return now.replace(tzinfo=timezone.utc) if now.tzinfo is None else now.astimezone(timezone.utc)


def desk_figures(db: Database, *, weeks: int = WEEKS, now: datetime | None = None) -> DeskFigures:
    now = _utc(now)
    return DeskFigures(
        now=now,
        verdicts=db.execute(f"SELECT count(*) FROM verdicts WHERE {LIVE}").fetchone()[0],
        by_rating=by_rating(db),
        by_language=by_language(db),
        by_week=by_week(db, weeks=weeks, now=now),
        waiting=waiting_by_age(db, now=now),
        top_clusters=top_clusters(db),
    )


def by_rating(db: Database) -> list[tuple[str, int]]:
    """Live verdicts per rating, in the scale's order; a retired rating only while verdicts still use it."""
    return [(label, n) for label, n in db.execute(
        f"""SELECT r.label, count(v.id) FROM ratings r
            LEFT JOIN verdicts v ON v.rating = r.label AND v.{LIVE}
            GROUP BY r.label HAVING r.retired = 0 OR count(v.id) > 0
            ORDER BY r.position""")]


def by_language(db: Database) -> list[tuple[str, int]]:
    """Live verdicts per language of their claims: a verdict on claims in Arabic and
    Hebrew (``languages`` "ar,he") counts under both."""
    return [(language, n) for language, n in db.execute(
        f"""WITH RECURSIVE split(id, language, rest) AS (
                SELECT id, '', languages || ',' FROM verdicts WHERE {LIVE}
                UNION ALL
                SELECT id, substr(rest, 1, instr(rest, ',') - 1), substr(rest, instr(rest, ',') + 1)
                FROM split WHERE rest != ''
            )
            SELECT language, count(DISTINCT id) AS n FROM split WHERE language != ''
            GROUP BY language ORDER BY n DESC, language""")]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def by_week(db: Database, *, weeks: int = WEEKS, now: datetime | None = None) -> list[tuple[date, int]]:
    """Verdicts published in each of the last ``weeks`` ISO weeks (UTC), the current one
    included, as (Monday, count). Counted from the revisions, so a verdict reopened and
    published again counts in both weeks, and one merged later still counts where it was published."""
    if weeks < 1:
        raise BadInput(msg("the dashboard shows at least one week, not {weeks}", weeks=weeks))
    now = _utc(now)
    last = _monday(now.date())
    first = last - timedelta(weeks=weeks - 1)
    counts = dict(db.execute(
        """SELECT monday, count(DISTINCT verdict_id) FROM (
               SELECT verdict_id, date(at, 'weekday 0', '-6 days') AS monday FROM verdict_revisions
               WHERE action = 'publish' AND julianday(at) <= julianday(?))
           WHERE monday BETWEEN ? AND ? GROUP BY monday""",
        [now.isoformat(), first.isoformat(), last.isoformat()]))
    mondays = [first + timedelta(weeks=i) for i in range(weeks)]
    return [(monday, counts.get(monday.isoformat(), 0)) for monday in mondays]


def waiting_by_age(db: Database, *, now: datetime | None = None) -> list[tuple[str, int]]:
    """Verdicts waiting for review (submitted) by time since submission, in AGE_BUCKETS."""
    cases = " ".join(f"WHEN age < {float(bound)} THEN {i}" for i, (_, bound) in enumerate(AGE_BUCKETS)
                     if bound is not None)
    counts = dict(db.execute(
        f"""SELECT CASE {cases} ELSE {len(AGE_BUCKETS) - 1} END AS bucket, count(*) FROM (
                SELECT julianday(?) - julianday(submitted_at) AS age FROM verdicts
                WHERE state = 'submitted' AND submitted_at IS NOT NULL)
            GROUP BY bucket""", [_utc(now).isoformat()]))
    return [(label, counts.get(i, 0)) for i, (label, _) in enumerate(AGE_BUCKETS)]


def top_clusters(db: Database, *, limit: int = TOP_CLUSTERS) -> list[ClusterBar]:
    """The claims repeated across most articles: clusters of claims linked as the same claim,
    with or without a verdict, ranked by the number of distinct articles their claims are in
    (then by claims); a claim repeated only within one article is not among them. Each is
    shown by its verdict's anchor claim, else its first claim: the statement, else the quote."""
    article_of = dict(db.execute(
        "SELECT id, article_id FROM claims WHERE id IN "
        "(SELECT a FROM claim_links WHERE decision = 'same' UNION SELECT b FROM claim_links WHERE decision = 'same')"))
    counted = ((len({article_of[c] for c in group}), group) for group in clusters(db))
    ranked = sorted(((n, group) for n, group in counted if n > 1),
                    key=lambda pair: (-pair[0], -len(pair[1]), pair[1][0]))
    return [_cluster_bar(db, articles, group) for articles, group in ranked[:limit]]


def _cluster_bar(db: Database, articles: int, claims: list[int]) -> ClusterBar:
    verdict = db.execute(
        f"SELECT id, rating, anchor_claim FROM verdicts WHERE {LIVE} AND id IN "
        f"(SELECT verdict_id FROM verdict_claims WHERE claim_id IN ({','.join('?' * len(claims))})) "
        f"ORDER BY id LIMIT 1", claims).fetchone()
    verdict_id, rating, anchor = verdict or (None, None, claims[0])
    (text,) = db.execute("SELECT coalesce(nullif(trim(statement), ''), quote) FROM claims WHERE id = ?",
                         [anchor]).fetchone()
    return ClusterBar(articles, len(claims), verdict_id, rating, cluster_languages(db, claims), text)


# --- Arabic and Hebrew in charts ---------------------------------------------------------------


@functools.cache
def font_families() -> tuple[str, ...]:
    """FONT_PREFERENCE as far as matplotlib finds those fonts on this machine."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return tuple(name for name in FONT_PREFERENCE if name in installed) or ("DejaVu Sans",)


@contextlib.contextmanager
def chart_style() -> Iterator[None]:
    """The settings the dashboard is drawn with. Text artists (tick labels too, which
    matplotlib makes while drawing) take them when created, so enter this both when
    building a figure and when drawing it. ``parse_math`` off: a ``$`` in a quote is text."""
    import matplotlib

    with matplotlib.rc_context({"font.family": list(font_families()), "text.parse_math": False,
                                "font.size": 9, "axes.titlesize": 11, "axes.titleweight": "bold",
                                "axes.spines.top": False, "axes.spines.right": False}):
        yield


def ink(text: str, pixel_size: int = 40) -> np.ndarray:
    """``text`` drawn exactly as given (no shaping or reordering added) by matplotlib's Agg
    renderer with the dashboard's fonts: a 2-D array of ink coverage (0 to 1), cropped to the ink."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with chart_style():
        fig = Figure(figsize=((len(text) + 2) * pixel_size / 50, pixel_size * 2 / 50), dpi=72)
        FigureCanvasAgg(fig)
        fig.text(0.5, 0.5, text, fontsize=pixel_size * 72 / fig.dpi, ha="center", va="center")
        fig.canvas.draw()
    coverage = 1 - np.asarray(fig.canvas.buffer_rgba())[..., :3].mean(axis=2) / 255
    return crop(coverage)


def crop(coverage: np.ndarray) -> np.ndarray:
    """The array cut to the rows and columns that hold ink (coverage over 0.1)."""
    import numpy as np

    rows, cols = np.nonzero(coverage > 0.1)
    if rows.size == 0:
        return coverage[:0, :0]
    return coverage[rows.min():rows.max() + 1, cols.min():cols.max() + 1]


@functools.cache
def renderer_orders_text() -> bool:
    """Whether matplotlib puts right-to-left text in order itself (libraqm, matplotlib 3.11+).
    Draws Hebrew "אב" and its two letters alone: in right-to-left order alef is the right-hand
    letter of the pair."""
    import numpy as np

    pair, alef, bet = ink("אב", 60), ink("א", 60), ink("ב", 60)

    def distance(part, letter) -> float:
        height = min(part.shape[0], letter.shape[0])
        return float(np.abs(part[-height:] - letter[-height:]).mean())

    width_a, width_b = alef.shape[1], bet.shape[1]
    if 0 in (width_a, width_b) or pair.shape[1] < max(width_a, width_b):
        return False  # no Hebrew drawn at all: let python-bidi order it
    right_to_left = distance(pair[:, -width_a:], alef) + distance(pair[:, :width_b], bet)
    left_to_right = distance(pair[:, :width_a], alef) + distance(pair[:, -width_b:], bet)
    return right_to_left < left_to_right


JOINED_SHARE = 0.75
"""The width of a joined "ببب" against three lone "ب" side by side, under which the renderer
joins Arabic: measured 0.59 with libraqm (initial and medial beh are narrow), and 1 or more
for a renderer that draws each letter in its isolated form."""


@functools.cache
def renderer_joins_arabic() -> bool:
    """Whether matplotlib joins Arabic letters itself (shapes them: initial, medial and final
    forms). Draws "ببب" and one "ب" alone: joined, the word is much narrower than three
    isolated letters."""
    word, letter = ink("ببب", 60), ink("ب", 60)
    if 0 in (word.shape[1], letter.shape[1]):
        return False  # no Arabic drawn at all: let arabic-reshaper shape it
    return word.shape[1] < JOINED_SHARE * 3 * letter.shape[1]


def display_text(text: str) -> str:
    """``text`` as the renderer must be given it, each step done only if the renderer does
    not do it itself: Arabic shaped (joined letters as presentation forms, which no renderer
    joins again), and the lines put in visual order. Reordering needs the letters shaped
    first, since shaping read in visual order would join the wrong neighbours."""
    orders, joins = renderer_orders_text(), renderer_joins_arabic()
    if orders and joins:
        return text
    import arabic_reshaper

    lines = [arabic_reshaper.reshape(line) for line in text.split("\n")]
    if not orders:
        from bidi import get_display

        lines = [get_display(line) for line in lines]
    return "\n".join(lines)


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """One line of at most ``limit`` characters, cut after a whole word where one ends
    near the limit, with an ellipsis at its logical end (the left, in Arabic and Hebrew).
    Control characters become U+FFFD, as in the exports: an ESC in a quote reached the
    terminal raw through the renderer's warning of a missing glyph."""
    text = " ".join(clean_text(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ،,.;:-–") + "…"


# --- drawing -----------------------------------------------------------------------------------


BAR = "#3b6ea8"
AGE_COLOURS = ("#8fbf8f", "#c9d37a", "#f0c05a", "#ea8a45", "#c8453a")


Say = Callable[[Message], str]
"""How the charts' own words are said: ``str`` (English) by default; the window passes its
translation of the core's messages, so that a dashboard in an Arabic window reads in Arabic."""


def draw_dashboard(fig, figures: DeskFigures, say: Say = str, *, rtl: bool = False) -> None:
    """Draw the dashboard on a matplotlib ``Figure`` (cleared first): a title and the five charts,
    or a page saying there is nothing to show yet. ``rtl``: mirrored for a reader of Arabic or
    Hebrew, who starts at the right: the first chart of each row on the right, bars with text
    labels grow leftwards from labels on the right, counts on the right. Time and the age of
    waiting verdicts still run left to right, as the dates and figures on them are written."""
    def t(text: Message) -> str:
        return display_text(say(text))

    with chart_style():
        fig.clear()
        fig.set_layout_engine("constrained")
        stamp = figures.now.strftime("%Y-%m-%d %H:%M UTC")  # isolated by the window's translation
        if figures.verdicts == 0 and figures.published == 0:
            fig.suptitle(t(msg("Desk dashboard")), fontsize=16, fontweight="bold")
            fig.text(0.5, 0.55, t(msg("No verdicts yet.")), ha="center", va="center", fontsize=14)
            fig.text(0.5, 0.48, t(msg("The charts fill in as the desk writes, reviews and publishes verdicts.\n"
                                      "Generated {stamp}.", stamp=stamp)),
                     ha="center", va="center", color="#555555", linespacing=1.6)
            return
        fig.suptitle(t(msg("Desk dashboard · {n} verdicts · {stamp}", n=figures.verdicts, stamp=stamp)),
                     fontsize=13, fontweight="bold")
        # two subfigures, laid out apart: the long quotes of the bottom chart
        # must not push the four charts above them to the right
        top, bottom = fig.subfigures(2, 1, height_ratios=(2, 1.2))
        (ratings, languages), (weeks, waiting) = top.subplots(2, 2)
        clusters = bottom.subplots()
        if rtl:
            (languages, ratings), (waiting, weeks) = (ratings, languages), (weeks, waiting)
            for ax in (ratings, languages, weeks, waiting, clusters):
                _mirror_vertical_axis(ax)
        _ratings(ratings, figures.by_rating, t, rtl)
        _languages(languages, figures.by_language, t)
        _weeks(weeks, figures.by_week, t)
        _waiting(waiting, figures.waiting, t)
        _clusters(clusters, figures.top_clusters, t, rtl)


def _mirror_vertical_axis(ax) -> None:
    """The vertical axis, its ticks, labels and line, on the right."""
    ax.yaxis.tick_right()
    ax.spines["right"].set_visible(True)
    ax.spines["left"].set_visible(False)


def _counts_axis(ax, horizontal: bool = False, margin: float = 0.15) -> None:
    """Whole numbers on the counts' axis, with room beyond the longest bar for its label."""
    from matplotlib.ticker import MaxNLocator

    (ax.xaxis if horizontal else ax.yaxis).set_major_locator(MaxNLocator(integer=True))
    ax.margins(**({"x": margin} if horizontal else {"y": margin}))
    bounds, set_bounds = (ax.get_xbound, ax.set_xbound) if horizontal else (ax.get_ybound, ax.set_ybound)
    set_bounds(0, max(bounds()[1], 1))  # counts start at 0, also when every one of them is 0; keeps a mirrored axis


def _nothing(ax, message: str) -> None:
    """A chart with nothing to show: its title and ``message``, without empty axes around it."""
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center", color="#666666")
    ax.set_axis_off()


def _ratings(ax, rows: list[tuple[str, int]], t: Say, rtl: bool) -> None:
    ax.set_title(t(msg("Verdicts by rating")))
    labels = [display_text(label) for label, _ in rows]
    bars = ax.barh(range(len(rows)), [n for _, n in rows], color=BAR)
    ax.set_yticks(range(len(rows)), labels)
    ax.invert_yaxis()  # the scale's first rating on top
    if rtl:
        ax.invert_xaxis()  # before the bars' labels, which then go to the left of each bar's end
    ax.bar_label(bars, padding=2)
    _counts_axis(ax, horizontal=True)


def _languages(ax, rows: list[tuple[str, int]], t: Say) -> None:
    ax.set_title(t(msg("Verdicts by language of their claims")))
    if not rows:
        _nothing(ax, t(msg("No languages recorded")))
        return
    labels = [_language_label(code, t) for code, _ in rows]
    bars = ax.bar(range(len(rows)), [n for _, n in rows], color=BAR, width=0.6)
    ax.set_xticks(range(len(rows)), labels)
    ax.bar_label(bars, padding=2)
    _counts_axis(ax)


def _language_name(code: str, t: Say) -> str:
    """A language's name in the report's language; a code the library does not name, as it is."""
    return t(msg(LANGUAGE_NAMES[code])) if code in LANGUAGE_NAMES else code


def _language_label(code: str, t: Say) -> str:
    name = _language_name(code, t)
    own = OWN_NAMES.get(code)
    return f"{name}\n{display_text(own)}" if own and display_text(own) != name else name


def _language_list(codes: str, t: Say) -> str:
    """``ar,he`` as the languages' names in the report's language."""
    return t(msg(LIST_SEPARATOR)).join(_language_name(code, t) for code in codes.split(",") if code)


def _weeks(ax, rows: list[tuple[date, int]], t: Say) -> None:
    ax.set_title(t(msg("Verdicts published per week")))
    labels = [week_label(monday, t) for monday, _ in rows]
    bars = ax.bar(range(len(rows)), [n for _, n in rows], color=BAR, width=0.7)
    step = -(-len(rows) // 6)  # at most six labels, the current week's always
    shown = range((len(rows) - 1) % step, len(rows), step)
    ax.set_xticks(shown, [labels[i] for i in shown], fontsize=7)
    ax.bar_label(bars, labels=[str(n) if n else "" for _, n in rows], padding=2, fontsize=7)
    _counts_axis(ax)


def week_label(monday: date, t: Say = str) -> str:
    """The week axis's label of the week starting on ``monday``, in the report's language:
    "W10" over "4 Mar"."""
    week = t(msg(WEEK_LABEL, week=f"{monday.isocalendar()[1]:02d}"))
    return week + "\n" + t(msg(MONTH_DAYS[monday.month - 1], day=monday.day))


def _waiting(ax, rows: list[tuple[str, int]], t: Say) -> None:
    ax.set_title(t(msg("Waiting for review: {n}", n=sum(n for _, n in rows))))
    bars = ax.bar(range(len(rows)), [n for _, n in rows], color=AGE_COLOURS[:len(rows)], width=0.7)
    ax.set_xticks(range(len(rows)), [t(msg(label)) for label, _ in rows], fontsize=8)
    ax.set_xlabel(t(msg("time since submission")))
    ax.bar_label(bars, padding=2)
    _counts_axis(ax)


def _clusters(ax, rows: list[ClusterBar], t: Say, rtl: bool) -> None:
    ax.set_title(t(msg("Most-repeated claims across articles")))
    if not rows:
        _nothing(ax, t(msg("No claim has been linked to the same claim in another article yet")))
        return
    labels = [display_text(short_label(row.text)) for row in rows]
    bars = ax.barh(range(len(rows)), [row.articles for row in rows], color=BAR, height=0.6)
    ax.set_yticks(range(len(rows)), labels, fontsize=9)
    ax.invert_yaxis()
    if rtl:
        ax.invert_xaxis()
    ax.set_xlabel(t(msg("articles the claim appears in")))
    no_verdict = t(msg("no verdict"))
    texts = ax.bar_label(bars, labels=[_bar_text([str(row.articles), display_text(row.rating) if row.rating
                                                  else no_verdict, _language_list(row.languages, t)], rtl)
                                       for row in rows], padding=3, fontsize=8)
    _counts_axis(ax, horizontal=True, margin=0.45)  # room for the label: count, rating, languages
    _fit_bar_labels(ax, texts, [row.articles for row in rows])


def _fit_bar_labels(ax, texts, values: list[int]) -> None:
    """Widen the counts' axis until every bar's label ends inside the chart: a label of several
    languages ran off the page's edge. Measured once the page is laid out, as drawn."""
    figure = ax.get_figure(root=True)
    figure.draw_without_rendering()
    width = ax.get_window_extent().width
    low, high = sorted(ax.get_xbound())
    needed = high
    for text, value in zip(texts, values):
        label = text.get_window_extent().width + 3 * figure.dpi / 72  # the label's padding
        if label < width * 0.9:  # a label wider than the chart cannot be helped by its axis
            needed = max(needed, value * width / (width - label))
    if needed > high:
        ax.set_xbound(low, needed * 1.02)  # an inverted (mirrored) axis stays inverted


def _bar_text(parts: list[str], rtl: bool) -> str:
    """A bar's label of ``parts`` (each ready for the renderer), the first next to the bar's end:
    for a mirrored chart read from the right, by a right-to-left mark where the renderer orders
    text, else by putting the parts in visual order."""
    if not rtl:
        return "  ·  ".join(parts)
    if renderer_orders_text():
        return "\u200f" + "  ·  ".join(parts)
    return "  ·  ".join(reversed(parts))


# --- the file ----------------------------------------------------------------------------------


def _target(path: Path) -> str:
    """The format for ``path``, after checking its folder can take the file; raises naming the problem."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None and not path.suffix:
        raise BadInput(msg("a report is a .pdf or .png file, not a file without a suffix ({name})", name=path.name))
    if fmt is None:
        raise BadInput(msg("a report is a .pdf or .png file, not {suffix!r} ({name})",
                           suffix=path.suffix, name=path.name))
    check_destination(path)
    return fmt


def write_report(db: Database, path: Path | str, *, who: str, weeks: int = WEEKS,
                 now: datetime | None = None, say: Say = str, rtl: bool = False) -> ReportSummary:
    """Write the dashboard to ``path`` (.pdf: an A4 page; .png: an image), an entry of the
    audit log by ``who``, as an export is. The file is written beside it under a temporary
    name and renamed when complete, so a failure never leaves a truncated report, nor harms
    one already there. ``rtl``: the charts mirrored, as ``draw_dashboard`` draws them."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    path = Path(path)
    fmt = _target(path)
    require_person(db, who)
    figures = desk_figures(db, weeks=weeks, now=now)
    fig = Figure(figsize=PAGE_INCHES)
    FigureCanvasAgg(fig)
    draw_dashboard(fig, figures, say, rtl=rtl)
    summary = ReportSummary(path=path, format=fmt, verdicts=figures.verdicts, published=figures.published,
                            weeks=weeks, waiting=figures.waiting_total, clusters=len(figures.top_clusters))
    with chart_style(), atomic_write(path, binary=True) as out:
        fig.savefig(out, format=fmt, dpi=PNG_DPI, metadata=_metadata(fmt, figures))
        # Logged before the file takes its place: a report the log cannot record is not made.
        with write_transaction(db):
            audit.record(db, who, "report", "dashboard", fmt,
                         {**summary.as_dict(), "path": str(path.resolve())})
    return summary


def _metadata(fmt: str, figures: DeskFigures) -> dict:
    title = f"Desk dashboard {figures.now:%Y-%m-%d}"
    return {"Title": title, "CreationDate": figures.now} if fmt == "pdf" else {"Title": title}
