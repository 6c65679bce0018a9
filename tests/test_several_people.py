"""Several people on one database file, in real processes, and faults during a save:
no change overwrites another silently, and a failed save leaves the previous state."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from conftest import ROOT

from workbench.claims.marking import create_claim
from workbench.db import audit
from workbench.db.store import open_db
from workbench.kernel.errors import DatabaseError
from workbench.library.ingest import import_paths
from workbench.review.people import register
from workbench.review.sources import Source
from workbench.review.verdicts import get_verdict, history, set_verdict, transition


@pytest.fixture
def shared(db_path, sample_articles):
    """A desk database with a checker, a second checker, a supervisor and a drafted verdict."""
    db = open_db(db_path)
    import_paths(db, sample_articles)
    register(db, "dana", "checker")
    register(db, "lina", "checker")
    register(db, "sara", "supervisor", by="dana")
    article = db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    claims = [create_claim(db, article, s, s + 10, checker="dana").id for s in (0, 12, 24)]
    verdict = set_verdict(db, claims[0], who="dana", rating="False", summary="first",
                          sources=[Source(url="https://example.org/a")])
    db.close()
    return {"verdict": verdict.id, "claims": claims}


def _workbench(db_path, *args, user="dana"):
    return subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "--user", user, *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_two_processes_see_each_others_changes_and_a_stale_save_is_refused(db_path, shared):
    claim = str(shared["claims"][0])
    shown = json.loads(_workbench(db_path, "verdict", "show", str(shared["verdict"]), "--json").stdout)
    assert shown["revision"] == 1
    # dana and lina both opened revision 1; lina saves first, in her own process
    lina = _workbench(db_path, "verdict", "set", claim, "--rating", "Mixed", "--summary", "lina's",
                      "--expect-revision", "1", user="lina")
    assert lina.returncode == 0, lina.stderr
    dana = _workbench(db_path, "verdict", "set", claim, "--rating", "False", "--summary", "dana's",
                      "--expect-revision", "1")
    assert dana.returncode == 2
    assert "changed by lina" in dana.stderr and "reload" in dana.stderr
    again = json.loads(_workbench(db_path, "verdict", "show", str(shared["verdict"]), "--json").stdout)
    assert (again["revision"], again["summary"], again["rating"]) == (2, "lina's", "Mixed")


WRITER = textwrap.dedent("""
    import sys
    from workbench.db.store import open_db
    from workbench.review.verdicts import set_verdict, transition
    db = open_db(sys.argv[1])
    who, claim, rounds = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    for i in range(rounds):
        set_verdict(db, claim, who=who, rating="Mixed", summary=f"{who} {i}")
    print("done")
""")


def test_two_writers_at_once_lose_nothing_and_keep_the_chain(db_path, shared):
    a, b = shared["claims"][1:3]
    rounds = 15
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), who, str(claim), str(rounds)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who, claim in (("dana", a), ("lina", b))]
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
    db = open_db(db_path)
    for claim in (a, b):
        verdict_id = db.execute("SELECT verdict_id FROM verdict_claims WHERE claim_id = ?", [claim]).fetchone()[0]
        assert len(history(db, verdict_id)) == rounds
    count, problem = audit.verify(db)
    assert problem is None and count > 2 * rounds


KILLED = textwrap.dedent("""
    import os, sys
    from workbench.db import audit
    from workbench.db.store import open_db
    from workbench.review.verdicts import transition
    original = audit.record
    def record_then_die(*args, **kwargs):
        original(*args, **kwargs)
        os._exit(9)  # killed after every row of the save was written, before the commit
    audit.record = record_then_die
    db = open_db(sys.argv[1])
    transition(db, int(sys.argv[2]), "submit", who="dana")
""")


def test_a_process_killed_during_a_save_leaves_the_previous_state(db_path, shared):
    proc = subprocess.run([sys.executable, "-c", KILLED, str(db_path), str(shared["verdict"])],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 9
    db = open_db(db_path)
    verdict = get_verdict(db, shared["verdict"])
    assert (verdict.state, verdict.revision) == ("draft", 1)
    assert len(history(db, verdict.id)) == 1
    assert audit.verify(db)[1] is None


def test_a_read_only_or_full_database_during_submit_says_why_and_changes_nothing(db_path, shared):
    db = open_db(db_path)
    db.execute("PRAGMA query_only = ON")
    with pytest.raises(DatabaseError, match="cannot be written"):
        transition(db, shared["verdict"], "submit", who="dana")
    db.execute("PRAGMA query_only = OFF")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DatabaseError, match="is full"):
        set_verdict(db, shared["claims"][0], who="dana", rating="False", summary="long " * 50,
                    rationale="ن" * 40_000)
    verdict = get_verdict(db, shared["verdict"])
    assert (verdict.state, verdict.revision, verdict.summary) == ("draft", 1, "first")
    assert os.path.exists(db_path)


def test_verdict_set_never_drops_a_source_added_meanwhile(db_path, shared, monkeypatch):
    """`verdict set` keeps the sources it read; one added by someone else between its read and
    its save must not vanish: the save is refused, and nothing of the other person's is lost."""
    from click.testing import CliRunner

    from workbench.cli.main import main
    from workbench.review import verdicts

    original = verdicts.set_verdict
    interrupted = []

    def meanwhile(db, claim_id, **kwargs):
        if not interrupted:  # lina's save, between dana's read and dana's save
            interrupted.append(True)
            other = open_db(db_path)
            verdicts.add_sources(other, shared["verdict"], [Source(url="https://example.org/lina")], who="lina")
            other.close()
        return original(db, claim_id, **kwargs)

    monkeypatch.setattr(verdicts, "set_verdict", meanwhile)
    result = CliRunner().invoke(main, ["--db", str(db_path), "--user", "dana", "verdict", "set",
                                       str(shared["claims"][0]), "--rating", "False", "--summary", "first",
                                       "--source", "https://example.org/dana"])
    assert result.exit_code == 2 and "changed by lina" in result.output
    db = open_db(db_path)
    assert [s.url for s in get_verdict(db, shared["verdict"]).sources] == ["https://example.org/a",
                                                                          "https://example.org/lina"]
