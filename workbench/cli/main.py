"""The ``workbench`` command: the scriptable face of the core.

Every command has ``--json`` for scripts; without it, tables for people, with
Arabic and Hebrew shaped and ordered for the terminal (see ``terminal.py``).
Exit codes: 0 success, 1 some items failed (the rest went in), 2 usage or
database error.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import click
from tabulate import tabulate

from workbench import __version__
from workbench.cli.common import (
    CLAIM,
    COUNT,
    ID,
    ID_OR_ZERO,
    LANGUAGE,
    USER_ENV,
    Context,
    Finite,
    acting_user,
    clip,
    emit_json,
)
from workbench.cli.export import COMMANDS as _EXPORT_COMMANDS
from workbench.cli.terminal import BIDI_ENV, MODES, cell, echo
from workbench.cli.verdicts import COMMANDS as _VERDICT_COMMANDS
from workbench.db.store import DB_ENV, default_db_path, explain, holds_database
from workbench.kernel.errors import WorkbenchError
from workbench.text.folding import kinds_of, segments


class _Group(click.Group):
    """Turns ``WorkbenchError`` and SQLite errors into a one-line message and exit code 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except WorkbenchError as exc:
            echo(f"workbench: {exc}", err=True)
            ctx.exit(2)
        except sqlite3.Error as exc:
            echo(f"workbench: {explain(exc, ctx.obj.db_path)}", err=True)
            ctx.exit(2)
        except UnicodeEncodeError as exc:  # bytes that are not UTF-8 reach Python as lone surrogates
            if "surrogate" not in exc.reason:
                raise
            bad = exc.object[max(0, exc.start - 20):exc.end + 20] if isinstance(exc.object, str) else ""
            shown = bad.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
            echo(f"workbench: a value holds bytes that are not UTF-8 text (a legacy encoding?): …{shown}…; "
                 "give it in UTF-8", err=True)
            ctx.exit(2)


@click.group(cls=_Group, invoke_without_command=True)
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), envvar=DB_ENV,
              help=f"Database file (default: ${DB_ENV}, else the user data folder).")
@click.option("--bidi", type=click.Choice(MODES), default=None,
              help=f"Reorder Arabic/Hebrew for the terminal: auto (when on a terminal), on, off "
                   f"(for terminals that do bidi themselves). Default: ${BIDI_ENV} or auto.")
@click.option("--user", envvar=USER_ENV, default=None,
              help=f"The person acting (default: ${USER_ENV}, else the login name); "
                   "verdict commands need a person added with 'workbench user add'.")
@click.version_option(__version__, prog_name="workbench")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None, bidi: str | None, user: str | None) -> None:
    """Fact-check workbench: an article library for checking what the news says.

    Without a command, lists the library.
    """
    ctx.obj = Context(db_path or default_db_path(), bidi, user)
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_command)


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_obj
def import_command(obj: Context, paths: tuple[Path, ...], as_json: bool, quiet: bool) -> None:
    """Import articles from files or folders (recursively).

    Formats: .txt and .md (first line is the headline), .html/.htm (main text
    and metadata extracted), .json/.jsonl and .csv (one article per record:
    title, text, url, publisher, published, language). Each bad item is
    reported with its reason; every good item still goes in. Exit code 1 if
    any item failed.
    """
    from workbench.library.ingest import import_paths

    db = obj.writable_db()
    show_progress = not quiet and not as_json and sys.stderr.isatty()
    bar = click.progressbar(length=1, label="Importing", file=sys.stderr) if show_progress else None

    def progress(done: int, total: int, path: str) -> None:
        if bar is not None:
            bar.length = total
            bar.update(done - bar.pos)

    try:
        report = import_paths(db, paths, progress=progress, who=acting_user())
    finally:
        if bar is not None:
            bar.render_finish()
    if as_json:
        emit_json({
            "added": report.added, "new_versions": report.new_versions, "restored": report.restored,
            "files": report.files,
            "duplicates": [{"path": d.path, "record": d.record, "existing_id": d.existing_id} for d in report.duplicates],
            "problems": [{"path": p.path, "record": p.record, "reason": p.reason} for p in report.problems],
        })
    else:
        _print_import_report(report, obj.db_path)
    if not report.ok:
        # 1: some items failed and the rest went in; 2: every item failed, nothing went in
        sys.exit(1 if report.added or report.duplicates or report.restored else 2)


def _print_import_report(report, db_path: Path) -> None:
    for problem in report.problems:
        echo(f"not imported: {problem.where()}: {problem.reason}", err=True)
    shown = 20
    for dup in report.duplicates[:shown]:
        echo(f"already in the library: {dup.where()} is article {dup.existing_id}")
    if len(report.duplicates) > shown:
        echo(f"... and {len(report.duplicates) - shown} more already in the library")
    for article_id in report.restored[:shown]:
        echo(f"made current again: article {article_id} (its file went back to this text, imported before)")
    if len(report.restored) > shown:
        echo(f"... and {len(report.restored) - shown} more made current again")
    versions = f" ({len(report.new_versions)} as new versions of changed files)" if report.new_versions else ""
    restored = f", {len(report.restored)} earlier version(s) made current again" if report.restored else ""
    echo(
        f"Imported {len(report.added)} article(s){versions} from {report.files} file(s) into {db_path}; "
        f"{len(report.duplicates)} already there{restored}, {len(report.problems)} not imported."
    )


@main.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--language", type=LANGUAGE, help="Only articles in this language (ar, he, en, fa, ru, ...).")
@click.option("--all-versions", is_flag=True, help="Include earlier versions of changed files.")
@click.option("--limit", type=COUNT, default=None, help="At most this many articles.")
@click.option("--after", type=ID_OR_ZERO, default=0, help="Only articles with a larger id (for paging with --limit).")
@click.pass_obj
def list_command(obj: Context, as_json: bool = False, language: str | None = None, all_versions: bool = False,
                 limit: int | None = None, after: int = 0) -> None:
    """List the articles: id, title, language, direction, publisher, date, source, claims."""
    from workbench.library.articles import list_articles

    if not holds_database(obj.db_path):
        if as_json:
            emit_json([])
        else:
            echo(f"There is no library at {obj.db_path} yet. Import articles with: workbench import PATH")
        return
    articles = list_articles(obj.db, language=language, include_old_versions=all_versions, limit=limit, after_id=after)
    if as_json:
        emit_json([a.as_dict() for a in articles])
        return
    if not articles:
        echo(f"The library {obj.db_path} is empty. Import articles with: workbench import PATH")
        return
    show = obj.printer()
    rows = [
        [cell(c) for c in (a.id, show(clip(a.title, 60), a.direction), a.language, a.direction,
                           show(clip(a.publisher or "", 40)), a.published or "", a.claim_count, _source(a))]
        for a in articles
    ]
    echo(tabulate(rows, headers=["id", "title", "lang", "dir", "publisher", "date", "claims", "source"]))


def _source(article) -> str:
    if not article.source_path:
        return ""
    name = Path(article.source_path).name
    return f"{name}#{article.source_record}" if article.source_record else name


@main.command("show")
@click.argument("article_id", type=ID)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (text, paragraphs, folded ranges, versions).")
@click.option("--unfold", is_flag=True, help="Print folded boilerplate in full.")
@click.pass_obj
def show_command(obj: Context, article_id: int, as_json: bool, unfold: bool) -> None:
    """Show one article: metadata, then its text with boilerplate folded."""
    from workbench.library.articles import get_article

    article = get_article(obj.db, article_id)
    if as_json:
        emit_json(article)
        return
    show = obj.printer()
    echo(show(article["title"], article["direction"]))
    meta = [f"#{article['id']}", article["language"], article["direction"], article["publisher"] or "",
            article["published"] or "", article["url"] or "", f"version {article['version']}",
            f"{article['claim_count']} claim(s)"]
    echo(" · ".join(show(m) for m in meta if m))
    echo()
    folds = [(f["start"], f["end"], f["kind"]) for f in article["folds"]]
    text = article["text"]
    hidden = set(range(len(folds))) if unfold else set()
    for segment in segments(text, folds, hidden):
        if segment.folded:
            names = ", ".join(k.replace("_", " ") for k in kinds_of(segment, folds))
            echo(f"[{names} folded: {segment.end - segment.start} characters; --unfold shows it]")
            continue
        for para in article["paragraphs"]:
            start, end = max(para["start"], segment.start), min(para["end"], segment.end)
            if start < end and text[start:end].strip():
                echo(show(text[start:end], para["direction"]))


@main.command("search", context_settings={"ignore_unknown_options": True})
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=COUNT, default=20, show_default=True, help="Most results to show.")
@click.option("--language", type=LANGUAGE, help="Only articles in this language (ar, he, en, ...).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (ids, snippets, highlight offsets).")
@click.pass_obj
def search_command(obj: Context, query: tuple[str, ...], limit: int, language: str | None, as_json: bool) -> None:
    """Search titles and texts. Words must all occur; "quoted words" as a phrase; word* as a prefix.

    Diacritics, niqqud, tatweel, letter variants (أ/إ/ا, ى/ي, ة/ه), Hebrew final
    letters and Arabic-Indic digits do not matter; وروسيا is found by روسيا.
    """
    from workbench.library.search import search

    hits = search(obj.db, " ".join(query), limit=limit, language=language)
    if as_json:
        emit_json([h.as_dict() for h in hits])
        return
    if not hits:
        echo("No matches.")
        return
    show = obj.printer()
    for hit in hits:
        echo(f"#{hit.id}  " + show(hit.title, hit.direction) + f"  ({hit.language}, {hit.publisher or '-'}, {hit.published or '-'})")
        echo("    " + show(_mark(hit.snippet, hit.highlights), hit.direction))


def _mark(snippet: str, highlights: list[tuple[int, int]]) -> str:
    """Put *stars* round each highlight: symmetric, so they survive reordering."""
    out, last = [], 0
    for s, e in highlights:
        if s < last:
            continue
        out += [snippet[last:s], "*", snippet[s:e], "*"]
        last = e
    out.append(snippet[last:])
    return "".join(out)


@main.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--head", "heads", multiple=True, metavar="SEQ:HASH",
              help="An audit log head kept from before (as check or an export printed it): the log must extend it.")
@click.pass_obj
def check_command(obj: Context, as_json: bool, heads: tuple[str, ...]) -> None:
    """Check the database: SQLite integrity, foreign keys, search index, texts against their hashes,
    and the audit log's hash chain (where it breaks, if it was altered). The log must also extend
    the head this computer saw last, and each --head given (as an export printed it): a log
    rewritten whole passes its own chain, not these."""
    from workbench.checks import check
    from workbench.db import heads as kept
    from workbench.db.audit import Head

    seen = [(Head.parse(text), f"the head given ({text.strip()[:20]}…)") for text in heads]
    last = kept.remembered(str(obj.db_path))
    if last is not None:
        seen.append((last[0], f"this computer's last check or export ({last[1]})"))
    report = check(obj.db, seen)
    if report.ok:
        kept.remember(str(obj.db_path), report.head)
    if as_json:
        emit_json({"database": str(obj.db_path), "ok": report.ok, "schema_version": report.schema_version,
                    "articles": report.articles, "audit_entries": report.audit_entries,
                    "audit_head": str(report.head), "problems": report.problems, "not_checked": report.not_checked})
    else:
        echo(f"{obj.db_path}: schema version {report.schema_version}, {report.articles} article(s), "
                   f"audit log of {report.audit_entries} entries")
        echo(f"audit log head: {report.head} (keep it to check this library against later: check --head)")
        for problem in report.problems:
            echo(f"problem: {problem}")
        for item in report.not_checked:
            echo(f"not checked: {item}")
        echo("OK" if report.ok else f"{len(report.problems)} problem(s) found")
    if not report.ok:
        sys.exit(1)


@main.command("reindex")
@click.pass_obj
def reindex_command(obj: Context) -> None:
    """Rebuild everything derived from the original texts: paragraphs, folds, search index,
    the review queue's search index, and the CSV export's rows (composed at the next export)."""
    from workbench.db.store import write_transaction
    from workbench.library.derived import rebuild
    from workbench.publish import export_rows
    from workbench.review import verdict_search

    bar = click.progressbar(length=1, label="Rebuilding", file=sys.stderr) if sys.stderr.isatty() else None

    def progress(done: int, total: int) -> None:
        if bar is not None:
            bar.length = total
            bar.update(done - bar.pos)

    n = rebuild(obj.db, progress)
    if bar is not None:
        bar.render_finish()
    with write_transaction(obj.db):
        verdicts = verdict_search.rebuild(obj.db)
        export_rows.mark_all_stale(obj.db)
    echo(f"Rebuilt paragraphs, folds and the search index of {n} article(s), "
               f"and the search index of {verdicts} verdict(s); the export's rows are composed again at the next export.")


@main.command("gui")
@click.pass_obj
def gui_command(obj: Context) -> None:
    """Open the workbench window on the database (the same as ``workbench-gui``)."""
    from ui.app import main as gui_main  # the launcher only: the core itself never imports Qt

    sys.exit(gui_main(["--db", str(obj.db_path)]))  # the window creates the database on its first start


@main.group("claims")
def claims_group() -> None:
    """Claims marked in articles, and suggested ones."""


@claims_group.command("suggest")
@click.argument("article_id", type=ID)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (offsets, quote, reasons, score).")
@click.option("--all", "include_decided", is_flag=True, help="Also sentences already marked, accepted or dismissed.")
@click.pass_obj
def claims_suggest_command(obj: Context, article_id: int, as_json: bool, include_decided: bool) -> None:
    """Suggest the check-worthy sentences of an article, each with the reasons."""
    from workbench.claims.checkworthy import suggest_for_article

    found = suggest_for_article(obj.db, article_id, include_decided=include_decided)
    if as_json:
        emit_json([s.as_dict() for s in found])
        return
    show = obj.printer()
    for s in found:
        echo(f"{s.start}-{s.end}  [{', '.join(s.reasons)}]  " + show(clip(s.quote, 100)))


@claims_group.command("list")
@click.argument("article_id", type=ID, required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def claims_list_command(obj: Context, article_id: int | None, as_json: bool) -> None:
    """List the claims marked in an article, or in the whole library without ARTICLE_ID."""
    from workbench.claims.marking import all_claims, claims_of
    from workbench.library.articles import get_article

    if article_id is not None:
        get_article(obj.db, article_id)
    found = claims_of(obj.db, article_id) if article_id is not None else all_claims(obj.db)
    if as_json:
        emit_json([c.as_dict() for c in found])
        return
    show = obj.printer()
    for c in found:
        external = f" ({c.external_id})" if c.external_id else ""
        echo(f"#{c.id}{external} article {c.article_id} {c.start}-{c.end} {c.kind} {c.status}: "
                   + show(clip(c.quote, 80)))


@claims_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--no-pairs", is_flag=True, help="Do not record the file's duplicate pairs as links.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_obj
def claims_import_command(obj: Context, path: Path, no_pairs: bool, as_json: bool) -> None:
    """Import claims from a JSON file (id, article file name, start, end, quote, kind;
    duplicate_pairs). The articles must be in the library. A claim whose offsets no
    longer hold its quote is re-anchored by the quote, or reported. Exit code 1 if
    any claim could not be imported."""
    from workbench.claims.importing import import_claims

    report = import_claims(obj.db, path, who=acting_user(), with_pairs=not no_pairs)
    if as_json:
        emit_json(report.__dict__)
    else:
        echo(f"{len(report.added)} claims imported, {len(report.already)} already there, "
                   f"{len(report.reanchored)} re-anchored, {report.pairs} pairs linked")
        for moved in report.reanchored:
            echo(f"  re-anchored by its quote: {moved}")
        for note in report.notes:
            echo(f"  note: {note}", err=True)
        for problem in report.problems:
            echo(f"  problem: {problem}", err=True)
    if report.problems:
        sys.exit(1)


@main.command("suggest")
@click.argument("claim", type=CLAIM)
@click.option("--top", default=5, show_default=True, type=click.IntRange(1, 1000), help="How many suggestions.")
@click.option("--sentences", is_flag=True, help="Also sentences of articles nobody has marked yet.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (ids, score, reasons).")
@click.pass_obj
def suggest_command(obj: Context, claim: str, top: int, sentences: bool, as_json: bool) -> None:
    """Claims that may state the same as CLAIM (an id, or the external id it was
    imported with), best first, each with its score and reasons; with
    --sentences, also the sentences of unmarked articles that may state it."""
    from workbench.claims.marking import get_claim
    from workbench.linking.glossary import load_glossary
    from workbench.linking.links import load_index, resolve_claim, suggest
    from workbench.linking.sentence_links import sentence_candidates

    db = obj.db
    claim_id = resolve_claim(db, claim)
    glossary = load_glossary(db)
    index = load_index(db, glossary)
    found = suggest(db, claim_id, top=top, index=index, glossary=glossary)
    unmarked = (sentence_candidates(db, claim_id, index=index, glossary=glossary, top=top) if sentences else [])
    rows = []
    for candidate in found:
        other = get_claim(db, candidate.claim_id)
        rows.append({**candidate.as_dict(), "external_id": other.external_id, "article_id": other.article_id,
                     "quote": other.quote})
    if as_json:
        emit_json({"claim_id": claim_id, "external_id": get_claim(db, claim_id).external_id, "suggestions": rows,
                    **({"sentences": [c.as_dict() for c in unmarked]} if sentences else {})})
        return
    show = obj.printer()
    if not rows and not unmarked:
        echo("No other claim looks like this one (pairs decided already and its cluster are left out).")
    for row in rows:
        echo(f"{row['score']:.2f} #{row['claim_id']} ({row['external_id'] or '-'}) [{row['language']}] "
                   + show(clip(row["quote"], 70)))
        echo("      " + _reasons_text(row["reasons"], show))
    for c in unmarked:
        echo(f"{c.score:.2f} article {c.article_id} {c.start}-{c.end} (not marked) " + show(clip(c.quote, 70)))
        echo("      " + _reasons_text(c.reasons, show))


def _reasons_text(reasons: dict, show) -> str:
    """``numbers: 10 آلاف = 10,000; concepts: troops; text: 0.69``, each value shaped for the terminal."""
    parts = []
    for key, value in reasons.items():
        if isinstance(value, list) and value:
            parts.append(f"{key}: " + ", ".join(" = ".join(show(side) for side in v.split(" = ")) for v in value))
        elif value and not isinstance(value, list):
            parts.append(f"{key}: {value}")
    return "; ".join(parts)


@main.command("link")
@click.argument("claims", nargs=-1, type=CLAIM)
@click.option("--all", "whole_library", is_flag=True, help="Find candidate pairs among all claims.")
@click.option("--different", is_flag=True, help="With two claims: record that they are different claims.")
@click.option("--withdraw", is_flag=True, help="With two claims: take back the decision about them.")
@click.option("--split-off", "split", is_flag=True, help="With one claim: take it out of its cluster.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_obj
def link_command(obj: Context, claims: tuple[str, ...], whole_library: bool, different: bool, withdraw: bool,
                 split: bool, as_json: bool) -> None:
    """Link claims that state the same thing.

    'link --all' scores the claims new or changed since the last run against
    the whole library: long claims in one language that match strongly are
    linked, every other likely pair is kept as a candidate for a person.
    'link A B' records that claims A and B are the same (--different: not;
    --withdraw: take back the decision about them). 'link A --split-off'
    takes claim A out of its cluster: it becomes different from each of its
    claims, which stay together.
    """
    from workbench.linking.links import decide, link_all, resolve_claim, split_off, waiting_candidates
    from workbench.linking.links import withdraw as withdraw_decision

    if whole_library == bool(claims):
        raise click.UsageError("give either --all or claims")
    if sum((different, withdraw, split)) > 1:
        raise click.UsageError("--different, --withdraw and --split-off exclude each other")
    db = obj.db
    if split:
        if len(claims) != 1:
            raise click.UsageError("give one claim to split off its cluster")
        claim = resolve_claim(db, claims[0])
        result = split_off(db, claim, who=acting_user())
        echo(f"claim {claim}: split off from {len(result.left)} other claim(s)")
        for message in result.messages:
            echo(f"  {message}")
        return
    if claims:
        if len(claims) != 2:
            raise click.UsageError("give two claims to link")
        a, b = (resolve_claim(db, c) for c in claims)
        if withdraw:
            messages = withdraw_decision(db, a, b, who=acting_user())
            echo(f"claims {a} and {b}: " + ("there was no decision" if messages is None else "decision withdrawn"))
            for message in messages or []:
                echo(f"  {message}")
            return
        messages = decide(db, a, b, "different" if different else "same", who=acting_user())
        echo(f"claims {a} and {b}: {'different' if different else 'same claim'}")
        for message in messages:
            echo(f"  {message}")
        return
    report = link_all(db)
    if as_json:
        emit_json(report.__dict__)
    else:
        waiting = waiting_candidates(db)
        echo(f"{report.claims} claims, {report.scored} new or changed scored: {report.linked} linked, "
                   f"{report.candidates} new candidate pairs; {waiting} candidate pairs wait for review")


@main.command("clusters")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def clusters_command(obj: Context, as_json: bool) -> None:
    """Groups of claims linked as the same claim, with their quotes, languages and articles."""
    from workbench.claims.marking import get_claim
    from workbench.linking.clusters import clusters
    from workbench.linking.links import claim_language

    db = obj.db
    groups = []
    for members in clusters(db):
        rows = []
        for claim_id in members:
            c = get_claim(db, claim_id)
            rows.append({"claim_id": c.id, "external_id": c.external_id, "article_id": c.article_id,
                         "language": claim_language(db, c.article_id, c.start), "quote": c.quote})
        groups.append(rows)
    if as_json:
        emit_json(groups)
        return
    show = obj.printer()
    if not groups:
        echo("No clusters yet: link claims as the same claim with 'workbench link A B' or in the window.")
    for number, rows in enumerate(groups, 1):
        echo(f"cluster {number} ({len(rows)} claims)")
        for row in rows:
            echo(f"  #{row['claim_id']} [{row['language']}] article {row['article_id']}: "
                       + show(clip(row["quote"], 80)))


@main.command("eval-links")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--threshold", type=Finite(0, 1), default=None, help="Score over which a pair counts as found.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def eval_links_command(gold: Path, threshold: float | None, as_json: bool) -> None:
    """Measure claim linking on a hand-marked set (articles in articles/ beside GOLD):
    hit@1, hit@5, MRR, and precision/recall/F1 of the pairs over the threshold."""
    from workbench.linking.evaluation import evaluate
    from workbench.linking.matching import SUGGEST_THRESHOLD

    figures = evaluate(gold, threshold=SUGGEST_THRESHOLD if threshold is None else threshold)
    if as_json:
        emit_json(figures.as_dict())
        if figures.problems:
            sys.exit(1)
        return
    f = figures
    echo(tabulate([
        ["claims with a duplicate", f.claims_with_duplicates, ""],
        ["hit@1", f"{f.hit1:.2f}", f"{f.baseline.get('hit1', 0):.2f}"],
        ["hit@5", f"{f.hit5:.2f}", f"{f.baseline.get('hit5', 0):.2f}"],
        ["MRR", f"{f.mrr:.2f}", ""],
        [f"precision (score >= {f.threshold:.2f})", f"{f.precision:.2f}", ""],
        [f"recall (score >= {f.threshold:.2f})", f"{f.recall:.2f}", ""],
        ["F1", f"{f.f1:.2f}", f"best {f.baseline.get('best_f1', 0):.2f}"],
        ["cross-language pairs found", f"{f.cross_language_found}/{f.cross_language_pairs}", ""],
    ], headers=["", "workbench", "plain token_set_ratio"]))
    for problem in f.problems:
        echo(f"problem: {problem}", err=True)
    if f.problems:
        sys.exit(1)


@main.group("glossary")
def glossary_group() -> None:
    """The multilingual glossary of the field that claim linking uses."""


@glossary_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def glossary_list_command(obj: Context, as_json: bool) -> None:
    """The terms this desk added (the shipped glossary is workbench/data/glossary.json)."""
    from workbench.linking.glossary import user_terms

    rows = user_terms(obj.db)
    if as_json:
        emit_json([{"concept": c, "language": lang, "term": t} for c, lang, t in rows])
        return
    show = obj.printer()
    if not rows:
        echo("No terms added by this desk yet.")
    for concept, language, term in rows:
        echo(f"{concept}  {language}  " + show(term))


@glossary_group.command("remove")
@click.argument("language")  # any code: a term stored before codes were checked can still go
@click.argument("term")
@click.pass_obj
def glossary_remove_command(obj: Context, language: str, term: str) -> None:
    """Remove a term this desk added (the shipped reading of the word, if any, comes back)."""
    from workbench.kernel.errors import NotFound
    from workbench.linking.glossary import remove_term

    if not remove_term(obj.db, language, term, who=acting_user()):
        raise NotFound(f"this desk added no term {term!r} in {language!r}")
    echo(f"removed {term} ({language})")


@glossary_group.command("add")
@click.argument("concept")
@click.argument("language")  # checked by the glossary (core)
@click.argument("term")
@click.pass_obj
def glossary_add_command(obj: Context, concept: str, language: str, term: str) -> None:
    """Add TERM (in LANGUAGE: ar, he, en…) to CONCEPT; a trailing * matches word stems."""
    from workbench.linking.glossary import add_term, concept_key, load_glossary

    db = obj.writable_db()
    known = load_glossary(db).concepts
    add_term(db, concept, language, term, added_by=acting_user())
    echo(f"{term} -> {concept}")
    if concept_key(concept) not in known:
        echo(f"note: {concept!r} is a new concept; check the spelling if you meant an existing one", err=True)


for _command in (*_VERDICT_COMMANDS, *_EXPORT_COMMANDS):
    main.add_command(_command)
