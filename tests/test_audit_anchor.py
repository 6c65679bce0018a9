"""The audit log's head kept outside the library: a log rewritten whole, every hash recomputed
after the entry changed (and its own head with them), passes its own chain, but no longer
extends a head seen before: this computer's last check or export, or one a partner kept."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from workbench.cli.main import main
from workbench.db import audit
from workbench.db.audit import Head, entry_hash


def _run(db_path, *args):
    return CliRunner().invoke(main, ["--db", str(db_path), "--bidi", "off", *args])


@pytest.fixture
def logged(desk):
    """The sample desk with a few entries in its log, and its file."""
    from workbench.claims.marking import change_claim, create_claim

    claim = create_claim(desk, 1, 0, 20, checker="dana").id
    change_claim(desk, claim, statement="North Korea sent troops", who="dana")
    change_claim(desk, claim, statement="North Korea sent 10,000 troops", who="dana")
    return desk, desk.execute("PRAGMA database_list").fetchone()[2]


def _guards(db) -> list[str]:
    """The audit log's guards, dropped for the rewrite and made again after it, as a thorough
    rewrite does (``check`` names missing guards)."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' "
                      "AND name != 'audit_head_follows'").fetchall()
    for name, _sql in rows:
        db.execute(f"DROP TRIGGER {name}")
    return [sql for _name, sql in rows]


def _rewrite_history(db, entry_id: int, details: dict) -> None:
    """What someone who can write the file does: change an entry, recompute every hash after it
    and the log's own head, so that the chain holds again."""
    guards = _guards(db)
    db.execute("UPDATE audit_log SET details = ? WHERE id = ?", [json.dumps(details), entry_id])
    prev = db.execute("SELECT prev_hash FROM audit_log WHERE id = ?", [entry_id]).fetchone()[0]
    for i, at, actor, action, entity, entity_id, text in db.execute(
            "SELECT id, at, actor, action, entity, entity_id, details FROM audit_log WHERE id >= ? ORDER BY id",
            [entry_id]).fetchall():
        digest = entry_hash(prev, at, actor, action, entity, entity_id, text)
        db.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", [prev, digest, i])
        prev = digest
    last = db.execute("SELECT max(id), count(*) FROM audit_log").fetchone()
    db.execute("UPDATE audit_head SET last_id = ?, hash = ?, entries = ?", [last[0], prev, last[1]])
    for sql in guards:
        db.execute(sql)


def test_check_prints_the_head_and_a_log_rewritten_since_the_last_check_is_named(logged):
    db, path = logged
    first = _run(path, "check")
    assert first.exit_code == 0, first.output
    head = audit.head(db)
    assert f"audit log head: {head}" in first.output and head.seq > 3
    assert json.loads(_run(path, "check", "--json").output)["audit_head"] == str(head)

    _rewrite_history(db, 2, {"statement": "something else"})
    assert audit.verify(db)[1] is None  # the chain alone holds: the rewrite is thorough
    problems = json.loads(_run(path, "check", "--json").output)["problems"]
    assert len(problems) == 1 and "was changed: the log was rewritten since" in problems[0]  # nothing else shows it
    second = _run(path, "check")
    assert second.exit_code == 1
    assert f"audit log entry {head.seq} of this computer's last check or export" in second.output
    assert "was changed: the log was rewritten since" in second.output


def test_a_head_a_partner_kept_from_an_export_shows_a_log_cut_short(logged, tmp_path, monkeypatch):
    db, path = logged
    from workbench.review.sources import Source
    from workbench.review.verdicts import set_verdict, transition

    verdict = set_verdict(db, 1, who="dana", rating="False", summary="s", sources=[Source(url="https://e.org/x")])
    transition(db, verdict.id, "submit", who="dana")
    transition(db, verdict.id, "approve", who="sara")
    transition(db, verdict.id, "publish", who="sara")
    exported = CliRunner().invoke(main, ["--db", path, "--user", "sara", "export", "csv", str(tmp_path / "v.csv")])
    assert exported.exit_code == 0, exported.output
    kept = exported.output.split("audit log head: ")[1].split()[0]
    assert Head.parse(kept) == audit.head(db)

    monkeypatch.setenv("WORKBENCH_HEADS", str(tmp_path / "another-computer.json"))  # the partner's own check
    assert _run(path, "check", "--head", kept).exit_code == 0
    seq = Head.parse(kept).seq
    guards = _guards(db)
    db.execute("DELETE FROM audit_log WHERE id >= ?", [seq - 1])  # the publication and the export, gone
    last = db.execute("SELECT max(id), count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                      "FROM audit_log").fetchone()
    db.execute("UPDATE audit_head SET last_id = ?, entries = ?, hash = ?", list(last))
    for sql in guards:
        db.execute(sql)
    assert audit.verify(db)[1] is None
    cut = _run(path, "check", "--head", kept)
    assert cut.exit_code == 1 and f"audit log entry {seq} of the head given" in cut.output and "is gone" in cut.output


def test_a_head_that_is_not_one_is_refused_in_a_line(logged):
    _db, path = logged
    result = _run(path, "check", "--head", "12:not-a-hash")
    assert result.exit_code == 2 and "is not an audit log head: it reads SEQ:HASH" in result.output
