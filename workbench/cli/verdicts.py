"""The ``workbench`` commands for people, verdicts, the review queue and the audit log.

They apply the same rules as the window (``workflow.py``): the person acting is
``--user`` (or $WORKBENCH_USER), who must be a person of the desk.
"""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import (
    CLAIM,
    COUNT,
    COUNT_OR_ZERO,
    ID,
    ID_OR_ZERO,
    LANGUAGE,
    Context,
    Finite,
    acting_user,
    clip,
    emit_json,
)
from workbench.cli.terminal import echo
from workbench.db import audit
from workbench.db.store import is_library_file
from workbench.kernel.errors import BadInput
from workbench.kernel.files import read_regular_file
from workbench.linking.links import resolve_claim
from workbench.review import people, verdicts
from workbench.review.sources import STANCES, Source
from workbench.review.verdicts import MAX_RATIONALE

_EXPECT = click.option("--expect-revision", type=ID_OR_ZERO, default=None,
                       help="Refuse if the verdict is no longer at this revision (someone changed it meanwhile).")
_JSON = click.option("--json", "as_json", is_flag=True, help="Print JSON.")
MAX_AGE_DAYS = 36525  # a hundred years: no verdict waited longer (an age of 1e400 days was an OverflowError)


# --- people -------------------------------------------------------------------------------------


@click.group("user")
def user_group() -> None:
    """The people of the desk and their role (checker or supervisor)."""


@user_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(people.ROLES), required=True)
@click.pass_obj
def user_add_command(obj: Context, name: str, role: str) -> None:
    """Add a person, or change a role. Once the desk has a supervisor, only a
    supervisor (--user) may, and nobody changes their own role."""
    people.register(obj.writable_db(), name, role, by=acting_user())
    echo(f"{name}: {role}")


@user_group.command("list")
@_JSON
@click.pass_obj
def user_list_command(obj: Context, as_json: bool) -> None:
    """The people of the desk."""
    rows = people.people(obj.db)
    if as_json:
        emit_json([{"name": n, "role": r} for n, r in rows])
    elif not rows:
        echo("Nobody yet: 'workbench user add NAME --role checker' adds a person.")
    for name, role in rows if not as_json else []:
        echo(f"{name}  {role}")


# --- verdicts -------------------------------------------------------------------------------------


@click.group("verdict")
def verdict_group() -> None:
    """Verdicts on claims: write, review, publish (see also 'queue' and 'history')."""


def _show(obj: Context, verdict: verdicts.Verdict, as_json: bool) -> None:
    if as_json:
        emit_json(verdict.as_dict())
        return
    show = obj.printer()
    echo(f"verdict {verdict.id} r{verdict.revision} [{verdict.state}] {verdict.rating}: " + show(verdict.summary))
    covers = (f"merged into verdict {verdict.merged_into}, which covers its claims" if verdict.state == "merged"
              else f"claims {', '.join(map(str, verdict.claims))} ({verdict.languages or '-'})")
    reviewed = verdict.reviewed_by and verdict.state in ("approved", "returned", "published")
    echo(f"  checker {verdict.checker}; {covers}" + (f"; reviewed by {verdict.reviewed_by}" if reviewed else ""))
    if verdict.comment:
        echo("  comment: " + show(verdict.comment))
    for line in verdict.rationale.splitlines():
        echo("  | " + show(line))
    for i, s in enumerate(verdict.sources, 1):
        where = s.url or f"article {s.article_id}"
        flag = f"  (repeats source {s.duplicate_of})" if s.duplicate_of else ""
        echo(f"  source {i} [{s.stance}] {where}" + (" " + show(s.title) if s.title else "") + flag)
    for warning in verdict.warnings():
        echo(f"warning: {warning}", err=True)


@verdict_group.command("set")
@click.argument("claim", type=CLAIM)
@click.option("--rating", required=True, help="A rating of the scale ('workbench rating list').")
@click.option("--summary", required=True, help="The verdict in one line.")
@click.option("--rationale", default=None, help="Why: paragraphs, links, any language.")
@click.option("--rationale-file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Read the rationale from a UTF-8 file.")
@click.option("--source", "urls", multiple=True, help="A web page that is evidence (repeatable).")
@click.option("--source-article", "article_ids", type=ID, multiple=True,
              help="An article of the library that is evidence (repeatable).")
@click.option("--contradicts", is_flag=True, help="The sources given here contradict the claim (default: support).")
@_EXPECT
@_JSON
@click.pass_obj
def verdict_set_command(obj: Context, claim: str, rating: str, summary: str, rationale: str | None,
                        rationale_file: Path | None, urls: tuple[str, ...], article_ids: tuple[int, ...],
                        contradicts: bool, expect_revision: int | None, as_json: bool) -> None:
    """Write the verdict of CLAIM's cluster (claim id or external id): a new verdict,
    or a new revision of the cluster's verdict. Sources given are added to its list."""
    if rationale is not None and rationale_file is not None:
        raise click.UsageError("give --rationale or --rationale-file, not both")
    if rationale_file is not None:
        if is_library_file(obj.writable_db(), rationale_file):  # read by plain calls, it would drop the locks
            raise BadInput(f"the rationale file {rationale_file} is the library itself")
        rationale = _read_rationale(rationale_file)
    db = obj.db
    claim_id = resolve_claim(db, claim)
    current = verdicts.verdict_of_claim(db, claim_id)
    stance = "contradicts" if contradicts else "supports"
    new = [Source(url=u, stance=stance) for u in urls] + [Source(article_id=a, stance=stance) for a in article_ids]
    sources = [*verdicts.stored_sources(current.sources), *new] if current else new
    if rationale is None:
        rationale = current.rationale if current else ""
    if expect_revision is None:  # the sources and rationale kept are those just read: saved over nothing newer
        expect_revision = current.revision if current else verdicts.NEW
    verdict = verdicts.set_verdict(db, claim_id, who=acting_user(), rating=rating, summary=summary, rationale=rationale,
                                   sources=sources, expected_revision=expect_revision)
    _show(obj, verdict, as_json)


def _read_rationale(path: Path) -> str:
    try:
        # at most four bytes a character of the limit, which set_verdict then says
        raw = read_regular_file(path, 4 * MAX_RATIONALE)
        return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except BadInput as exc:
        raise BadInput(f"the rationale file {path}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise BadInput(f"the rationale file {path} is not UTF-8 text (byte {exc.start + 1}): "
                       f"save it as UTF-8") from None


@verdict_group.command("source")
@click.argument("verdict_id", type=ID)
@click.option("--url", default=None, help="The page's address (http or https).")
@click.option("--article", "article_id", type=ID, default=None, help="Or an article of the library.")
@click.option("--title", default="")
@click.option("--publisher", default="")
@click.option("--published", default="", help="Date published, YYYY-MM-DD.")
@click.option("--accessed", default="", help="Date accessed, YYYY-MM-DD (default: today).")
@click.option("--archive", "archive_url", default="", help="An archived copy's address.")
@click.option("--passage", default="", help="The passage quoted as evidence.")
@click.option("--stance", type=click.Choice(STANCES), default="supports")
@_EXPECT
@_JSON
@click.pass_obj
def verdict_source_command(obj: Context, verdict_id: int, url: str | None, article_id: int | None,
                           expect_revision: int | None, as_json: bool, **fields) -> None:
    """Add a source with all its details to a verdict (a new revision)."""
    if (url is None) == (article_id is None):
        raise click.UsageError("give --url or --article")
    source = Source(url=url, article_id=article_id, **fields)
    verdict = verdicts.add_sources(obj.db, verdict_id, [source], who=acting_user(), expected_revision=expect_revision)
    _show(obj, verdict, as_json)


@verdict_group.command("show")
@click.argument("verdict_id", type=ID)
@_JSON
@click.pass_obj
def verdict_show_command(obj: Context, verdict_id: int, as_json: bool) -> None:
    """A verdict: rating, summary, rationale, sources, the claims it covers, its state."""
    _show(obj, verdicts.get_verdict(obj.db, verdict_id), as_json)


def _transition_command(action: str, help_text: str, comment_required: bool = False) -> None:
    @verdict_group.command(action, help=help_text)
    @click.argument("verdict_id", type=ID)
    @click.option("--comment", default="", required=comment_required,
                  help="What to change (returning)." if comment_required else "A note kept with the revision.")
    @_EXPECT
    @_JSON
    @click.pass_obj
    def command(obj: Context, verdict_id: int, comment: str, expect_revision: int | None, as_json: bool) -> None:
        verdict = verdicts.transition(obj.db, verdict_id, action, who=acting_user(), comment=comment,
                                      expected_revision=expect_revision)
        _show(obj, verdict, as_json)


_transition_command("submit", "Submit a verdict for review (it needs at least one source).")
_transition_command("withdraw", "Take a submitted verdict back to draft.")
_transition_command("approve", "Approve a submitted verdict (a supervisor who did not write it).")
_transition_command("return", "Return a verdict to its checker with a comment (a supervisor).", comment_required=True)
_transition_command("publish", "Publish an approved verdict (a supervisor).")
_transition_command("reopen", "Reopen a published verdict as a new draft revision (a supervisor).")


@verdict_group.command("merge")
@click.argument("keep", type=ID)
@click.argument("other", type=ID)
@_JSON
@click.pass_obj
def verdict_merge_command(obj: Context, keep: int, other: int, as_json: bool) -> None:
    """Two verdicts came to cover one cluster (claims were linked): keep KEEP, and
    mark OTHER merged into it (its revisions and sources stay in its history)."""
    _show(obj, verdicts.merge(obj.db, keep, other, who=acting_user()), as_json)


# --- queue, history, ratings, audit --------------------------------------------------------------


@click.command("queue")
@click.option("--state", type=click.Choice(verdicts.workflow.STATES[:-1]), default="submitted")
@click.option("--checker", default="")
@click.option("--rating", default="")
@click.option("--language", type=LANGUAGE, default="", help="A language of the cluster's claims (ar, he, en…).")
@click.option("--min-age", "min_age_days", type=Finite(0, MAX_AGE_DAYS), default=0, help="Waiting at least this many days.")
@click.option("--min-cluster", "min_cluster_size", type=COUNT_OR_ZERO, default=0,
              help="Claims seen in at least this many places.")
@click.option("--search", "text", default="", help="Words in the summary or the claims.")
@click.option("--order", type=click.Choice(["waiting", "cluster"]), default="waiting")
@click.option("--limit", type=COUNT, default=50)
@_JSON
@click.pass_obj
def queue_command(obj: Context, limit: int, as_json: bool, **filters) -> None:
    """Verdicts waiting for review (or in another --state), longest waiting first."""
    f = verdicts.QueueFilter(**filters)
    rows = verdicts.queue(obj.db, f, limit=limit)
    total = verdicts.queue_count(obj.db, f)
    if as_json:
        emit_json({"total": total, "counts": verdicts.state_counts(obj.db), "rows": [r.as_dict() for r in rows]})
        return
    show = obj.printer()
    if not rows:
        echo(f"No {f.state} verdicts" + (" match" if total == 0 and any(filters.values()) else "") + ".")
    for r in rows:
        echo(f"#{r.id} r{r.revision} {r.rating} by {r.checker}, {r.cluster_size} claim(s) "
                   f"({r.languages or '-'}), since {r.submitted_at or r.updated_at}: " + show(clip(r.summary, 70)))
    counts = ", ".join(f"{n} {state}" for state, n in verdicts.state_counts(obj.db).items())
    echo(f"{len(rows)} of {total} shown; all verdicts: {counts}")


@click.command("history")
@click.argument("verdict_id", type=ID)
@click.option("--diff", "with_diff", is_flag=True, help="Show what each revision changed.")
@_JSON
@click.pass_obj
def history_command(obj: Context, verdict_id: int, with_diff: bool, as_json: bool) -> None:
    """Every revision of a verdict: who, when, what action, and (--diff) what changed."""
    revisions = verdicts.history(obj.db, verdict_id)
    pairs = list(zip([None, *revisions], revisions))
    if as_json:
        emit_json([{**after.as_dict(), "changes": verdicts.diff(before, after) if before else []}
                    for before, after in pairs])
        return
    show = obj.printer()
    for before, after in pairs:
        comment = f" — {show(after.comment)}" if after.comment else ""
        echo(f"r{after.revision} {after.at} {after.actor}: {after.action} -> {after.state}, "
                   f"{after.rating}{comment}")
        if with_diff and before is not None:
            for line in verdicts.diff(before, after):
                echo("    " + show(line))


@click.group("rating")
def rating_group() -> None:
    """The rating scale of verdicts, each rating with the number published with it."""


@rating_group.command("list")
@_JSON
@click.pass_obj
def rating_list_command(obj: Context, as_json: bool) -> None:
    """The ratings offered, in order, with their value."""
    rows = verdicts.ratings(obj.db)
    if as_json:
        emit_json([{"label": label, "value": value} for label, value in rows])
        return
    for label, value in rows:
        echo(f"{label}  {value:g}")


@rating_group.command("set")
@click.argument("label")
@click.argument("value", type=float, required=False)
@click.option("--retire", is_flag=True, help="No longer offer this rating (verdicts keep it).")
@click.pass_obj
def rating_set_command(obj: Context, label: str, value: float | None, retire: bool) -> None:
    """Add a rating or change its value (a supervisor). With --retire the value may be left out:
    the rating keeps the one it has."""
    if value is None:
        value = dict(verdicts.ratings(obj.db, include_retired=True)).get(" ".join(label.split()))
        if not retire:
            raise click.UsageError("give the rating's VALUE (or --retire to stop offering it)")
        if value is None:
            raise click.UsageError(f"{label!r} is not in the rating scale: a new rating needs its VALUE")
    republished = verdicts.set_rating(obj.db, label, value, who=acting_user(), retired=retire)
    echo(f"{label}: {value:g}" + (" (retired)" if retire else ""))
    if republished:
        echo(f"warning: this changes {republished} published verdict(s) rated {label!r}: the next export "
                   f"publishes them with the value {value:g}", err=True)


@click.command("audit")
@click.option("--entity", default=None, help="Only entries about claim, verdict, link, person, articles…")
@click.option("--id", "entity_id", default=None, help="Only entries about this id.")
@click.option("--limit", type=COUNT, default=None)
@_JSON
@click.pass_obj
def audit_command(obj: Context, entity: str | None, entity_id: str | None, limit: int | None, as_json: bool) -> None:
    """The audit log, oldest first: every create, change, decision and export, by whom and when.
    'workbench check' proves it was not altered."""
    if entity_id is not None and entity is None:
        raise BadInput("--id needs --entity")
    rows = audit.entries(obj.db, entity=entity, entity_id=entity_id, limit=limit)
    if not rows:
        known = audit.entities(obj.db)
        if entity is not None and entity not in known:
            echo(f"No entries about {entity!r}; the log has entries about: {', '.join(known) or 'nothing yet'}",
                       err=True)
        elif not as_json:
            echo("No entries.")
    if as_json:
        emit_json([e.as_dict() for e in rows])
        return
    for e in rows:
        echo(f"{e.id} {e.at} {e.actor}: {e.action} {e.entity} {e.entity_id}".rstrip())


COMMANDS = (user_group, verdict_group, queue_command, history_command, rating_group, audit_command)
