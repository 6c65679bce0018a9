"""The ``workbench`` command, driven as scripts and people use it."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA, ROOT

from workbench.cli.main import main


@pytest.fixture
def run(db_path):
    runner = CliRunner()

    def invoke(*args, expect=0):
        result = runner.invoke(main, ["--db", str(db_path), *args], catch_exceptions=False)
        assert result.exit_code == expect, result.output
        return result

    invoke.db_path = str(db_path)
    return invoke


def test_import_list_show_search_check_reindex(run):
    imported = run("import", str(DATA))
    assert "Imported 5 article(s) from 5 file(s)" in imported.output

    listed = json.loads(run("list", "--json").output)
    assert len(listed) == 5
    assert set(listed[0]) >= {"id", "title", "language", "direction", "publisher", "published", "source_path",
                              "claim_count"}
    assert {a["language"] for a in listed} == {"ar", "he"}
    assert all(Path(a["source_path"]).parent == DATA for a in listed)

    hebrew = next(a for a in listed if a["language"] == "he")
    shown = json.loads(run("show", str(hebrew["id"]), "--json").output)
    assert shown["text"] == Path(hebrew["source_path"]).read_text("utf-8")
    assert shown["folds"] and all({"start", "end", "kind"} <= set(f) for f in shown["folds"])
    assert shown["paragraphs"][0] == {"start": 0, "end": shown["text"].index("\n"), "language": "he", "direction": "rtl"}

    hits = json.loads(run("search", "שויגו", "--json").output)
    assert [h["id"] for h in hits] == [hebrew["id"]]
    assert [hits[0]["snippet"][s:e] for s, e in hits[0]["highlights"]] == ["שויגו"]

    assert json.loads(run("check", "--json").output)["ok"] is True
    assert "Rebuilt paragraphs, folds and the search index of 5 article(s)" in run("reindex").output
    assert json.loads(run("search", "שויגו", "--json").output) == hits


def test_bare_command_lists_the_library_for_people(run, db_path):
    assert "There is no library" in run().output
    db_path.touch()  # an empty file is no library yet either, and is left empty
    assert "There is no library" in run("list").output and db_path.read_bytes() == b""
    run("import", str(DATA))
    table = run("--bidi", "off").output
    assert "NTD" not in table and "he" in table and "rtl" in table
    assert table.count("\n") == 7  # header, rule, five articles


def test_second_import_says_what_is_already_there(run):
    run("import", str(DATA))
    again = run("import", str(DATA))
    assert again.output.count("already in the library") == 5
    assert "Imported 0 article(s)" in again.output


def test_a_file_gone_back_to_an_earlier_text_is_reported(run, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("العنوان\nالنص الأول للمقال.\n", "utf-8")
    first = json.loads(run("import", str(path), "--json").output)["added"]
    path.write_text("العنوان\nالنص المعدل للمقال.\n", "utf-8")
    second = json.loads(run("import", str(path), "--json").output)
    assert second["new_versions"] == second["added"] and second["added"] != first
    path.write_text("العنوان\nالنص الأول للمقال.\n", "utf-8")
    back = run("import", str(path))
    assert f"made current again: article {first[0]}" in back.output
    assert "0 already there, 1 earlier version(s) made current again, 0 not imported" in back.output
    path.write_text("العنوان\nالنص المعدل للمقال.\n", "utf-8")
    assert json.loads(run("import", str(path), "--json").output)["restored"] == second["added"]


def test_bad_items_exit_1_and_are_named(run, tmp_path):
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "ok.txt").write_text("Headline\nBody text.\n")
    result = run("import", str(tmp_path), "--json", expect=1)
    report = json.loads(result.output)
    assert len(report["added"]) == 1
    assert [Path(p["path"]).name for p in report["problems"]] == ["empty.txt"]
    nothing = run("import", str(tmp_path / "empty.txt"), str(tmp_path / "nowhere"), expect=2)
    assert "empty.txt" in nothing.output and "nowhere" in nothing.output  # each named, then exit 2


def test_terminal_bidi_switch(run):
    run("import", str(DATA))
    logical = run("--bidi", "off", "show", "1").output
    visual = run("--bidi", "on", "show", "1").output
    assert "רוסיה מגלה עניין" in logical
    assert "רוסיה מגלה עניין"[::-1] in visual  # reordered for a terminal that does not do bidi
    arabic_logical = run("--bidi", "off", "show", "2").output
    arabic_visual = run("--bidi", "on", "show", "2").output
    assert "الدب الروسي" in arabic_logical
    assert re.search("[\ufe70-\ufeff]", arabic_visual) and not re.search("[\ufe70-\ufeff]", arabic_logical)


def test_show_folds_boilerplate_unless_asked(run):
    run("import", str(DATA))
    folded = run("--bidi", "off", "show", "1").output
    assert "[subscription folded:" in folded and "ההרשמה לערוץ הטלגרם" not in folded
    assert "הרודן הצפון קוריאני" in folded
    assert "ההרשמה לערוץ הטלגרם" in run("--bidi", "off", "show", "1", "--unfold").output


def test_errors_are_one_line_with_exit_2(tmp_path):
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_text("hello")
    result = CliRunner().invoke(main, ["--db", str(bad), "list"])
    assert result.exit_code == 2
    assert "not an SQLite database" in result.output and "Traceback" not in result.output
    CliRunner().invoke(main, ["--db", str(tmp_path / "x.sqlite"), "import", str(DATA)])
    missing = CliRunner().invoke(main, ["--db", str(tmp_path / "x.sqlite"), "show", "99"])
    assert missing.exit_code == 2 and "there is no article 99" in missing.output


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in main.commands:
        assert f"workbench {name}" in readme, f"README does not document 'workbench {name}'"


def test_env_variable_chooses_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "env.sqlite"))
    result = CliRunner().invoke(main, ["import", str(DATA)])
    assert result.exit_code == 0 and (tmp_path / "env.sqlite").exists()


def test_claims_suggest_and_list(run):
    run("import", str(DATA))
    suggestions = json.loads(run("claims", "suggest", "3", "--json").output)
    assert suggestions and all({"start", "end", "quote", "reasons", "score"} <= set(s) for s in suggestions)
    text = json.loads(run("show", "3", "--json").output)["text"]
    assert all(text[s["start"]:s["end"]] == s["quote"] and s["reasons"] for s in suggestions)
    assert json.loads(run("claims", "list", "3", "--json").output) == []
    assert "there is no article 42" in run("claims", "list", "42", expect=2).output


def test_show_marks_a_fold_that_starts_inside_a_line_and_hides_nothing_else(run, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "lead.txt").write_text(
        "Headline of the story\nThe first paragraph of the story, long enough to be text.\n"
        "   Subscribe to our newsletter for more\nThe rest of the article continues here, with details.\n", "utf-8")
    run("import", str(tmp_path / "in"))
    out = run("--bidi", "off", "show", "1").output
    assert "[subscription folded:" in out and "Subscribe" not in out
    assert "The rest of the article continues here" in out


def test_reading_commands_do_not_create_a_database_and_errors_are_one_line(db_path):
    result = CliRunner().invoke(main, ["--db", str(db_path), "search", "x"])
    assert result.exit_code == 2 and "there is no database" in result.output and not db_path.exists()


def test_a_query_may_start_with_a_dash(run):
    run("import", str(DATA))
    assert run("search", "-روسيا", "--json").exit_code == 0


def test_a_bad_terminal_mode_is_a_message(run, monkeypatch):
    run("import", str(DATA))
    monkeypatch.setenv("WORKBENCH_TERMINAL_BIDI", "yes")
    result = run("list", expect=2)
    assert "WORKBENCH_TERMINAL_BIDI must be one of auto, on, off" in result.output


def test_list_pages_with_limit_and_after(run):
    run("import", str(DATA))
    first = json.loads(run("list", "--json", "--limit", "2").output)
    rest = json.loads(run("list", "--json", "--after", str(first[-1]["id"])).output)
    assert [a["id"] for a in first + rest] == [a["id"] for a in json.loads(run("list", "--json").output)]


def test_claim_linking_from_the_command_line(run, seed, tmp_path):
    from conftest import shared_corpus

    run("import", str(DATA))
    gold = shared_corpus() / "seed-claims.json"
    imported = run("claims", "import", str(gold), "--no-pairs", "--json")
    report = json.loads(imported.output)
    assert len(report["added"]) == len(seed["claims"]) and not report["problems"]
    listed = json.loads(run("claims", "list", "--json").output)
    assert {c["external_id"] for c in listed} == {c["id"] for c in seed["claims"]}

    suggested = json.loads(run("suggest", "ar2-shoigu", "--top", "3", "--json").output)
    assert suggested["external_id"] == "ar2-shoigu" and len(suggested["suggestions"]) <= 3
    best = suggested["suggestions"][0]
    assert best["external_id"] == "he-shoigu-visit" and best["claim_id"] == report["added"]["he-shoigu-visit"]
    assert best["reasons"]["names"] and 0 < best["score"] <= 1
    by_internal = json.loads(run("suggest", str(report["added"]["ar2-shoigu"]), "--json").output)
    assert by_internal["suggestions"][0]["claim_id"] == best["claim_id"]

    run("link", "ar2-shoigu", "he-shoigu-visit")
    run("link", "ar1-troops", "ar2-denial", "--different")
    clusters = json.loads(run("clusters", "--json").output)
    assert [sorted(c["external_id"] for c in cluster) for cluster in clusters] == [["ar2-shoigu", "he-shoigu-visit"]]
    assert {c["language"] for c in clusters[0]} == {"ar", "he"}
    after = json.loads(run("suggest", "ar2-shoigu", "--top", "50", "--json").output)
    assert "he-shoigu-visit" not in [s["external_id"] for s in after["suggestions"]]

    linked = json.loads(run("link", "--all", "--json").output)
    assert linked["scored"] == len(seed["claims"]) and linked["candidates"] > 0
    assert json.loads(run("link", "--all", "--json").output)["scored"] == 0
    assert "no claim 'nope'" in run("suggest", "nope", expect=2).output
    assert "either --all or claims" in run("link", expect=2).output


def test_claims_import_reports_bad_claims_and_keeps_the_good(run, seed, tmp_path):
    run("import", str(DATA))
    good = seed["claims"][0]
    path = tmp_path / "claims.json"
    path.write_text(json.dumps({"claims": [good, {"id": "bad", "article": "nowhere.txt", "start": 0, "end": 2,
                                                  "quote": "ab"}]}), "utf-8")
    result = run("claims", "import", str(path), expect=1)
    assert "claim bad: article 'nowhere.txt' is not in the library" in result.output
    assert len(json.loads(run("claims", "list", "--json").output)) == 1
    path.write_text("{broken", "utf-8")
    assert "not valid JSON" in run("claims", "import", str(path), expect=2).output


def test_eval_links_prints_the_figures(seed):
    from conftest import shared_corpus

    result = CliRunner().invoke(main, ["eval-links", str(shared_corpus() / "seed-claims.json"), "--json"])
    figures = json.loads(result.output)
    assert result.exit_code == 0
    assert {"hit1", "hit5", "mrr", "precision", "recall", "f1", "baseline"} <= set(figures)
    assert figures["claims_with_duplicates"] == len({c for pair in seed["duplicate_pairs"] for c in pair})


def test_glossary_terms_added_from_the_command_line(run, db_path):
    run("glossary", "add", "hypersonic", "he", "צירקון")
    from workbench.db.store import open_db
    from workbench.linking.glossary import user_terms

    assert user_terms(open_db(db_path)) == [("hypersonic", "he", "צירקון")]
    assert "use letters, digits and _" in run("glossary", "add", "bad concept!", "he", "x", expect=2).output
    listed = json.loads(run("glossary", "list", "--json").output)
    assert listed == [{"concept": "hypersonic", "language": "he", "term": "צירקון"}]
    assert "'xx' is not a language the library tells apart" in run("glossary", "add", "troops", "xx", "x", expect=2).output
    run("glossary", "remove", "he", "צירקון")
    assert user_terms(open_db(db_path)) == []
    assert "added no term" in run("glossary", "remove", "he", "צירקון", expect=2).output


def test_linking_commands_say_when_there_is_nothing(run, seed, tmp_path):
    from conftest import shared_corpus

    run("import", str(DATA))
    assert "No clusters yet" in run("clusters").output
    run("claims", "import", str(shared_corpus() / "seed-claims.json"))
    out = run("--bidi", "off", "suggest", "ar2-shoigu").output  # its duplicate is linked already
    assert "No other claim looks like this one" in out
    assert "exclude each other" in run("link", "1", "2", "--different", "--withdraw", expect=2).output
    assert "wait for review" in run("link", "--all").output


def test_claims_commands_need_an_existing_library(tmp_path):
    claims = tmp_path / "claims.json"
    claims.write_text(json.dumps({"claims": [], "pairs": []}), "utf-8")
    missing = tmp_path / "typo.sqlite"
    result = CliRunner().invoke(main, ["--db", str(missing), "claims", "import", str(claims)])
    assert result.exit_code == 2 and not missing.exists()


def test_eval_links_names_a_missing_articles_folder_and_fails_on_problems(tmp_path, seed):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(seed), "utf-8")
    result = CliRunner().invoke(main, ["eval-links", str(gold)])
    assert result.exit_code == 2 and "no articles/ folder" in result.output


def test_verdict_commands_follow_the_rules_with_json_and_clear_errors(run, db_path):
    run("import", str(DATA))
    run("user", "add", "sara", "--role", "supervisor")
    run("--user", "sara", "user", "add", "dana", "--role", "checker")
    assert "only a supervisor" in run("--user", "dana", "user", "add", "eve", "--role", "supervisor", expect=2).output
    article = json.loads(run("list", "--json").output)[0]["id"]
    from workbench.claims.marking import create_claim
    from workbench.db.store import open_db
    db = open_db(db_path)
    claim = create_claim(db, article, 0, 15, checker="dana").id
    db.close()
    bad = run("--user", "dana", "verdict", "set", str(claim), "--rating", "False", "--summary", "s",
              "--source", "file:///etc/passwd", expect=2)
    assert "source 1: address 'file:///etc/passwd' is not a web address" in bad.output
    made = json.loads(run("--user", "dana", "verdict", "set", str(claim), "--rating", "False", "--summary",
                          "لم يحدث", "--source", "https://example.org/a", "--json").output)
    verdict = str(made["id"])
    assert made["claims"] == [claim] and made["state"] == "draft"
    added = json.loads(run("--user", "dana", "verdict", "source", verdict, "--url", "https://example.org/a/",
                           "--title", "تقرير", "--stance", "contradicts", "--json").output)
    assert [s["duplicate_of"] for s in added["sources"]] == [None, 1]
    assert added["warnings"] == ["source 2 repeats source 1"]
    run("--user", "dana", "verdict", "submit", verdict)
    assert "only a supervisor may approve" in run("--user", "dana", "verdict", "approve", verdict, expect=2).output
    assert "needs a comment" in run("--user", "sara", "verdict", "return", verdict, "--comment", " ", expect=2).output
    queue = json.loads(run("queue", "--json").output)
    assert [r["id"] for r in queue["rows"]] == [int(verdict)] and queue["counts"]["submitted"] == 1
    run("--user", "sara", "verdict", "approve", verdict)
    assert "[published]" in run("--user", "sara", "verdict", "publish", verdict, "--expect-revision", "4").output
    stale = run("--user", "sara", "verdict", "reopen", verdict, "--expect-revision", "2", expect=2)
    assert "changed by sara" in stale.output
    history = json.loads(run("history", verdict, "--json").output)
    assert [h["action"] for h in history] == ["create", "revise", "submit", "approve", "publish"]
    assert "state: 'approved' -> 'published'" in run("history", verdict, "--diff").output
    assert "audit log of" in run("check").output
    assert any(e["action"] == "publish" and e["actor"] == "sara" for e in json.loads(run("audit", "--json").output))


def test_the_window_without_a_display_says_so_instead_of_aborting(db_path):
    """Qt's X11 plugin aborts the process without a display, blaming missing libraries."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "gui"],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 2, result.stderr
    assert "there is no display here" in result.stderr and "workbench --help" in result.stderr
    assert not db_path.exists()  # nothing was started


def test_a_merged_verdict_shows_where_it_went_and_is_not_merged_twice(run, db_path):
    run("import", str(DATA))
    run("user", "add", "sara", "--role", "supervisor")
    articles = [a["id"] for a in json.loads(run("list", "--json").output)]
    from workbench.claims.marking import create_claim
    from workbench.db.store import open_db
    db = open_db(db_path)
    first, second = (create_claim(db, article, 0, 15, checker="sara").id for article in articles[:2])
    db.close()
    ids = [str(json.loads(run("--user", "sara", "verdict", "set", str(claim), "--rating", "False", "--summary", "s",
                               "--json").output)["id"]) for claim in (first, second)]
    run("--user", "sara", "link", str(first), str(second))
    run("--user", "sara", "verdict", "merge", *ids)
    shown = run("verdict", "show", ids[1]).output
    assert f"merged into verdict {ids[0]}, which covers its claims" in shown and "claims  (" not in shown
    again = run("--user", "sara", "verdict", "merge", *ids, expect=2).output
    assert f"verdict {ids[1]} was merged into verdict {ids[0]} already" in again


def test_a_claim_is_split_off_its_cluster_from_the_command_line(run, db_path):
    run("import", str(DATA))
    articles = [a["id"] for a in json.loads(run("list", "--json").output)]
    from workbench.claims.marking import create_claim
    from workbench.db.store import open_db
    from workbench.linking.clusters import cluster_of
    db = open_db(db_path)
    a, b, c = (create_claim(db, article, 0, 15, checker="dana").id for article in articles[:3])
    db.close()
    run("--user", "dana", "link", str(a), str(b))
    run("--user", "dana", "link", str(b), str(c))
    refused = run("--user", "dana", "link", str(a), str(c), "--different", expect=2).output
    assert "split one of them off" in refused
    assert f"claim {b}: split off from 2 other claim(s)" in run("--user", "dana", "link", str(b), "--split-off").output
    db = open_db(db_path)
    assert cluster_of(db, a) == [a, c] and cluster_of(db, b) == [b]
    db.close()
    assert "exclude each other" in run("link", str(a), "--split-off", "--withdraw", expect=2).output
    assert "give one claim" in run("link", str(a), str(c), "--split-off", expect=2).output


@pytest.mark.parametrize("args", [["search", "روسيا", "--limit", "0"], ["search", "روسيا", "--limit", "-1"],
                                  ["queue", "--limit", "0"], ["audit", "--limit", "0"], ["queue", "--min-age", "-1"]])
def test_a_limit_below_one_is_refused_not_taken_for_no_results(run, args):
    run("import", str(DATA))
    assert args[-2] in run(*args, expect=2).output



@pytest.mark.parametrize("command", [["search", "روسيا"], ["list"], ["queue"], ["export", "csv", "out.csv"]])
def test_a_language_filter_must_name_a_language_the_library_tells_apart(run, command, tmp_path):
    """An unknown code would quietly find nothing; a known one is taken in any case."""
    run("import", str(DATA))
    out = run(*command, "--language", "xx", expect=2).output
    assert "'xx' is not a language the library tells apart" in out and "ar, he, en" in out
    if command[0] in ("search", "list"):
        found = json.loads(run(*command, "--language", "AR", "--json").output)
        assert found and all(item["language"] == "ar" for item in found)


def test_the_audit_log_says_what_it_has_entries_about(run):
    run("import", str(DATA))
    assert "No entries." in run("audit", "--entity", "articles", "--id", "99").output
    result = CliRunner().invoke(main, ["--db", run.db_path, "audit", "--entity", "verdikt"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "No entries about 'verdikt'; the log has entries about: articles" in result.stderr
    assert json.loads(run("audit", "--entity", "articles", "--json").output)[0]["action"] == "import"


def test_a_tab_or_line_break_in_a_title_or_publisher_keeps_the_list_a_table(run, tmp_path):
    source = tmp_path / "odd.jsonl"
    source.write_text(json.dumps({"title": "Two\tcolumns\nand a line", "publisher": "Wire\tService",
                                  "text": "North Korea sent troops, officials said on Monday."}), "utf-8")
    run("import", str(source))
    lines = run("--bidi", "off", "list").output.splitlines()
    assert len(lines) == 3 and "\t" not in "".join(lines)  # headers, rule, one row
    assert "Two columns and a line" in lines[2] and "Wire Service" in lines[2]
