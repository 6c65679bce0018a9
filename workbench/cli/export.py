"""The ``workbench`` commands for publication: CSV and ClaimReview exports, and the
desk's settings they use."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workbench.cli.common import LANGUAGE, Context, acting_user, emit_json
from workbench.cli.terminal import echo
from workbench.db import audit, heads
from workbench.db.audit import Head
from workbench.publish import export, report, settings
from workbench.publish.export import COMPOSING, WRITING

_JSON = click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")


def _filters(command):
    """The options that choose which verdicts are exported."""
    for option in reversed([
        click.option("--since", default="", help="Published on or after this date (YYYY-MM-DD)."),
        click.option("--until", default="", help="Published on or before this date (YYYY-MM-DD)."),
        click.option("--language", type=LANGUAGE, default="", help="Only verdicts with a claim in this language (ar, he, en…)."),
        click.option("--rating", default="", help="Only verdicts with this rating."),
        click.option("--tag", default="", help="Only verdicts with a claim tagged so."),
        click.option("--empty-ok", "allow_empty", is_flag=True,
                     help="When nothing matches, still write the file (a CSV holds its header row, "
                          "ClaimReview an empty list)."),
    ]):
        command = option(command)
    return command


_STAGES = {COMPOSING: "Preparing rows", WRITING: "Exporting"}


def _run(obj: Context, write, path: Path, as_json: bool, **kwargs) -> None:
    bar = click.progressbar(length=1, label=_STAGES[WRITING], file=sys.stderr) if sys.stderr.isatty() and not as_json \
        else None

    def progress(done: int, total: int, stage: str) -> None:
        if bar is not None:
            if bar.label != _STAGES[stage]:  # a new stage: the bar starts again
                bar.label, bar.pos = _STAGES[stage], 0
            bar.length = total
            bar.update(done - bar.pos)

    try:
        report = write(obj.db, path, progress=progress, who=acting_user(), **kwargs)
    finally:
        if bar is not None:
            bar.render_finish()
    head = _kept_head(obj)
    if as_json:
        emit_json({**report.__dict__, "audit_head": str(head)})
    else:
        echo(f"{report.rows} verdict(s) written to {path}")
        for problem in report.problems:
            echo(f"note: {problem}", err=True)
        echo(f"audit log head: {head} (a partner keeps it to check the desk's log against: check --head)")


def _kept_head(obj: Context) -> Head:
    """The audit log's head after an export (whose own entry is the newest), kept on this computer
    too: a later check says when the log no longer extends it."""
    head = audit.head(obj.db)
    heads.remember(str(obj.db_path), head)
    return head


@click.group("export")
def export_group() -> None:
    """Publish verdicts: CSV for partners and spreadsheets, ClaimReview for search engines."""


@export_group.command("csv")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--include-approved", is_flag=True, help="Approved verdicts too, not only published ones.")
@_filters
@click.option("--excel", is_flag=True, help="With a byte-order mark, so spreadsheet programs read Arabic and Hebrew.")
@_JSON
@click.pass_obj
def export_csv_command(obj: Context, path: Path, include_approved: bool, excel: bool, allow_empty: bool,
                       as_json: bool, **filters) -> None:
    """One row per published verdict, columns as in docs/EXPORT.md (RFC 4180, UTF-8).
    The file appears only when the whole export succeeded."""
    f = export.ExportFilter(include_approved=include_approved, **filters)
    _run(obj, export.write_csv, path, as_json, f=f, excel=excel, allow_empty=allow_empty)


@export_group.command("claimreview")
@click.argument("path", type=click.Path(path_type=Path))
@_filters
@_JSON
@click.pass_obj
def export_claimreview_command(obj: Context, path: Path, allow_empty: bool, as_json: bool, **filters) -> None:
    """A JSON array of schema.org ClaimReview objects, one per published verdict, with the
    organisation from 'workbench settings'."""
    _run(obj, export.write_claimreview, path, as_json, f=export.ExportFilter(**filters), allow_empty=allow_empty)


@click.group("settings")
def settings_group() -> None:
    """The desk's settings for publication (organisation name and web site)."""


@settings_group.command("list")
@_JSON
@click.pass_obj
def settings_list_command(obj: Context, as_json: bool) -> None:
    """Every setting, its value and what it is for."""
    values = settings.all_settings(obj.db)
    if as_json:
        emit_json(values)
        return
    for key, value in values.items():
        echo(f"{key} = {value or '(not set)'}    # {settings.KEYS[key]}")


@settings_group.command("set")
@click.argument("key", type=click.Choice(list(settings.KEYS)))
@click.argument("value")
@click.pass_obj
def settings_set_command(obj: Context, key: str, value: str) -> None:
    """Change a setting (a supervisor)."""
    settings.set_setting(obj.db, key, value, who=acting_user())
    echo(f"{key} = {value}")


@click.command("report")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--weeks", type=click.IntRange(1, 520), default=report.WEEKS, show_default=True,
              help="How many weeks of publications the weekly chart shows.")
@_JSON
@click.pass_obj
def report_command(obj: Context, path: Path, weeks: int, as_json: bool) -> None:
    """Draw the desk's dashboard to PATH (.pdf: an A4 page, .png: an image): verdicts by rating,
    by language and by week, claims waiting for review by age, the most-repeated claims.
    The file appears only when complete, and is an entry of the audit log."""
    summary = report.write_report(obj.db, path, weeks=weeks, who=acting_user())
    if as_json:
        emit_json(summary.as_dict())
        return
    echo(f"Dashboard written to {path}: {summary.verdicts} verdict(s), {summary.published} published "
               f"in the last {weeks} week(s), {summary.waiting} waiting for review.")


COMMANDS = (export_group, settings_group, report_command)
