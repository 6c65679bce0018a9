"""The audit trail: every change is logged with actor and time, the log refuses changes,
and its hash chain shows where it was altered behind the database's back."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from workbench.checks import check
from workbench.claims.marking import change_claim, create_claim, delete_claim
from workbench.cli.main import main
from workbench.db import audit
from workbench.db.store import write_transaction
from workbench.library.ingest import import_paths
from workbench.linking.glossary import add_term
from workbench.linking.links import decide
from workbench.review.people import register
from workbench.review.sources import Source
from workbench.review.verdicts import set_verdict, transition


@pytest.fixture
def logged(db, sample_articles):
    import_paths(db, sample_articles, who="dana")
    register(db, "dana", "checker")
    register(db, "sara", "supervisor")
    article = db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    a = create_claim(db, article, 0, 20, checker="dana").id
    b = create_claim(db, article + 1, 0, 20, checker="dana").id
    change_claim(db, a, statement="North Korea sent troops", who="dana")
    decide(db, a, b, "same", who="dana")
    verdict = set_verdict(db, a, who="dana", rating="False", summary="s", sources=[Source(url="https://e.org/x")])
    transition(db, verdict.id, "submit", who="dana")
    transition(db, verdict.id, "approve", who="sara")
    add_term(db, "troops", "ar", "عسكر", added_by="dana")
    delete_claim(db, create_claim(db, article, 30, 40, checker="dana").id, who="dana")
    return db


def test_every_create_change_and_decision_is_logged_with_actor_and_time(logged):
    seen = [(e.actor, e.action, e.entity) for e in audit.entries(logged)]
    for expected in [("dana", "import", "articles"), ("dana", "add", "person"), ("dana", "create", "claim"),
                     ("dana", "change", "claim"), ("dana", "same", "link"), ("dana", "create", "verdict"),
                     ("dana", "submit", "verdict"), ("sara", "approve", "verdict"), ("dana", "add", "glossary"),
                     ("dana", "delete", "claim")]:
        assert expected in seen
    assert all(e.at.startswith("20") for e in audit.entries(logged))
    change = next(e for e in audit.entries(logged) if e.action == "change")
    assert change.details == {"statement": "North Korea sent troops"}


def test_the_log_refuses_updates_and_deletes(logged):
    count = len(audit.entries(logged))
    for sql in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log WHERE id = 1"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            logged.execute(sql)
    assert len(audit.entries(logged)) == count
    assert audit.verify(logged) == (count, None)


def _tamper(db_path, *statements):
    """Go round the triggers as someone with the file in hand would."""
    conn = sqlite3.connect(db_path)
    conn.executescript("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_an_altered_entry_is_found_and_named(logged, db_path):
    entry = next(e for e in audit.entries(logged) if e.action == "approve")
    _tamper(db_path, f"UPDATE audit_log SET actor = 'dana' WHERE id = {entry.id}")
    checked, problem = audit.verify(logged)
    assert problem == f"audit log entry {entry.id} was altered after it was written"
    assert checked == entry.id - 1
    assert problem in check(logged).problems


def test_a_removed_entry_is_found_and_the_check_command_fails(logged, db_path):
    entry = next(e for e in audit.entries(logged) if e.action == "submit")
    _tamper(db_path, f"DELETE FROM audit_log WHERE id = {entry.id}")
    result = CliRunner().invoke(main, ["--db", str(db_path), "check"])
    assert result.exit_code == 1
    assert f"audit log entry {entry.id + 1} does not follow the entry before it" in result.output



def test_removing_the_newest_entries_is_found(logged, db_path):
    entries = audit.entries(logged)
    _tamper(db_path, f"DELETE FROM audit_log WHERE id >= {entries[-2].id}")
    checked, problem = audit.verify(logged)
    assert checked == len(entries) - 2
    assert problem == (f"the audit log ends at entry {entries[-3].id} ({len(entries) - 2} entries) but had reached "
                       f"entry {entries[-1].id} ({len(entries)} entries): its newest entries were removed")
    assert problem in check(logged).problems


def test_emptying_the_log_is_found(logged, db_path):
    _tamper(db_path, "DELETE FROM audit_log")
    assert "its newest entries were removed" in audit.verify(logged)[1]


def test_the_head_follows_every_entry(logged):
    last = audit.entries(logged)[-1]
    with write_transaction(logged):
        audit.record(logged, "dana", "export", "verdicts", "csv")
    head = logged.execute("SELECT last_id, entries FROM audit_head").fetchone()
    assert head == (last.id + 1, len(audit.entries(logged)))
    assert audit.verify(logged)[1] is None


def test_dropped_guards_are_reported(logged, db_path):
    _tamper(db_path)
    problems = check(logged).problems
    assert [p.split()[3] for p in problems if "guard" in p] == ["audit_log_no_update", "audit_log_no_delete"]


def test_a_verdict_changed_in_place_is_found(logged, db_path):
    verdict = logged.execute("SELECT id, revision FROM verdicts").fetchone()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE verdicts SET summary = 'forged', rating = 'True'")
    conn.commit()
    assert (f"verdict {verdict[0]} differs from its revision {verdict[1]} (changed outside the workbench, "
            f"or the revision is missing)") in check(logged).problems


def test_a_revision_rewritten_behind_the_triggers_is_found(logged, db_path):
    conn = sqlite3.connect(db_path)
    conn.executescript("DROP TRIGGER verdict_revisions_no_update;"
                       "UPDATE verdicts SET summary = 'forged';"
                       "UPDATE verdict_revisions SET summary = 'forged';")
    conn.close()
    problems = check(logged).problems
    revisions = logged.execute("SELECT verdict_id, revision FROM verdict_revisions ORDER BY revision").fetchall()
    for verdict_id, revision in revisions:
        assert f"verdict {verdict_id} revision {revision} differs from what the audit log recorded of it" in problems
    assert not any("differs from its revision" in p for p in problems)


def test_recording_outside_a_transaction_is_a_programming_error(db):
    with pytest.raises(RuntimeError):
        audit.record(db, "dana", "create", "claim", 1)
