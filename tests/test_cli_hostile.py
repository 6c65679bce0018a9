"""The ``workbench`` command given what it must not choke on, or pass on: ids too large for
SQLite, and texts carrying terminal control sequences."""

from __future__ import annotations

import json
import re

import click
import pytest
from click.testing import CliRunner
from conftest import DATA

from workbench.cli.common import SQLITE_LARGEST, ClaimRef, WholeNumber
from workbench.cli.main import main

HUGE = [str(2**63), str(10**30)]
BIG_EXTERNAL_ID = "99999999999999999999"  # a claim imported with a number too large to be an id


def invoke(db_path, *args, color=False):
    return CliRunner().invoke(main, ["--db", str(db_path), *args], color=color)


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """A library with articles, a person, two claims (one imported as BIG_EXTERNAL_ID) and a verdict."""
    folder = tmp_path_factory.mktemp("library")
    db_path = folder / "workbench.sqlite"

    def ok(*args):
        result = invoke(db_path, *args)
        assert result.exit_code == 0, result.output
        return result

    ok("import", str(DATA))
    ok("user", "add", "sara", "--role", "supervisor")
    article = json.loads(ok("list", "--json").output)[0]
    text = json.loads(ok("show", str(article["id"]), "--json").output)["text"]
    name = article["source_path"].rsplit("/", 1)[-1]
    claims = folder / "claims.json"
    claims.write_text(json.dumps({"claims": [
        {"id": int(BIG_EXTERNAL_ID), "article": name, "start": 0, "end": 10, "quote": text[0:10]},
        {"id": "second", "article": name, "start": 12, "end": 20, "quote": text[12:20]},
    ]}), "utf-8")
    ok("claims", "import", str(claims), "--json")
    ok("--user", "sara", "verdict", "set", "second", "--rating", "False", "--summary", "s",
       "--source", "https://example.org/a")
    return db_path


# Every command and option taking an id or a count that reaches SQL, with N where the number goes.
CASES = [
    ("list", "--after"), ("list", "--limit"), ("show", "ARTICLE_ID"), ("search", "--limit"),
    ("claims suggest", "ARTICLE_ID"), ("claims list", "ARTICLE_ID"), ("suggest", "CLAIM"), ("link", "CLAIMS"),
    ("verdict set", "CLAIM"), ("verdict set", "--source-article"), ("verdict set", "--expect-revision"),
    ("verdict source", "VERDICT_ID"), ("verdict source", "--article"), ("verdict source", "--expect-revision"),
    ("verdict show", "VERDICT_ID"),
    *[(f"verdict {a}", p) for a in ("submit", "withdraw", "approve", "return", "publish", "reopen")
      for p in ("VERDICT_ID", "--expect-revision")],
    ("verdict merge", "KEEP"), ("verdict merge", "OTHER"),
    ("queue", "--min-cluster"), ("queue", "--limit"), ("history", "VERDICT_ID"), ("audit", "--limit"),
]


def command_line(command: str, param: str, n: str) -> list[str]:
    """The command with ``n`` in ``param`` and valid everything else."""
    words = command.split()
    if param.startswith("--"):
        value = [param, n]
        arguments = {"show": ["1"], "search": ["روسيا"], "claims suggest": ["1"], "verdict set": ["second"],
                     "verdict source": ["1"], "verdict merge": ["1", "1"]}.get(command, [])
        if command.startswith("verdict ") and command.split()[1] in ("submit", "withdraw", "approve", "return",
                                                                     "publish", "reopen"):
            arguments = ["1"]
        arguments = arguments + value
    elif command == "link":
        arguments = ["second", n]
    elif command == "verdict merge":
        arguments = [n, "1"] if param == "KEEP" else ["1", n]
    else:
        arguments = [n]
    required = {"verdict set": ["--rating", "False", "--summary", "s"],
                "verdict source": [] if param == "--article" else ["--url", "https://x.org"],
                "verdict return": ["--comment", "c"]}.get(command, [])
    return ["--user", "sara", *words, *arguments, *required]


def _params_of(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        if isinstance(command, click.Group):
            yield from _params_of(command, path + " ")
            continue
        for param in command.params:
            yield path, param


def _label(param: click.Parameter) -> str:
    return param.opts[0] if isinstance(param, click.Option) else param.name.upper()


def test_the_cases_cover_every_id_and_count_of_every_command():
    """A new command taking an id or a count without the id type fails here, and so does
    one taking it that is not tried below."""
    ids = set()
    for path, param in _params_of(main):
        kind = param.type
        if isinstance(kind, (WholeNumber, ClaimRef)):
            ids.add((path, _label(param)))
            continue
        assert not isinstance(kind, click.types.IntParamType) or (
            isinstance(kind, click.IntRange) and kind.max is not None and kind.max <= SQLITE_LARGEST), \
            f"{path} {_label(param)}: an integer without the id type (an id too large ends in a traceback)"
        assert not re.search(r"(^|_)(id|ids|after|keep|other|claims?)$", param.name or "") or param.name == "entity_id", \
            f"{path} {_label(param)} looks like an id but has type {kind!r}"
    assert ids == set(CASES)


@pytest.mark.parametrize("n", HUGE)
@pytest.mark.parametrize("command,param", CASES)
def test_an_id_too_large_for_sqlite_is_a_usage_error_naming_it(library, command, param, n):
    result = invoke(library, *command_line(command, param, n))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    errors = [line for line in lines if line.startswith("Error:")]
    assert len(errors) == 1, result.output  # click's usage and help lines, then the message on one line
    assert [line for line in lines if line and not line.startswith(("Usage:", "Try "))] == errors
    assert param in errors[0] and "9223372036854775807" in errors[0]
    lowest = "0" if param in ("--after", "--expect-revision", "--min-cluster") else "1"
    assert f"whole number between {lowest} and 9223372036854775807" in errors[0]


@pytest.mark.parametrize("command,param", CASES)
def test_the_largest_id_is_no_usage_error(library, command, param):
    """2^63 - 1 is an id SQLite holds: it is looked for (and not found), never a traceback."""
    result = invoke(library, *command_line(command, param, str(SQLITE_LARGEST)))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output and "Error:" not in result.output, result.output
    assert result.exit_code in (0, 2)


@pytest.mark.parametrize("args,lowest", [
    (["list", "--after", "-1"], "0"), (["list", "--limit", "0"], "1"), (["queue", "--min-cluster", "-3"], "0"),
    (["verdict", "show", "0"], "1"), (["--user", "sara", "verdict", "set", "second", "--rating", "False",
                                      "--summary", "s", "--source-article", "-2"], "1"),
    (["show", "twelve"], "1"), (["show", "1.5"], "1"),
])
def test_negative_zero_or_not_a_number_ids_are_usage_errors(library, args, lowest):
    result = invoke(library, *args)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"must be a whole number between {lowest} and 9223372036854775807" in result.output


def test_a_claim_imported_with_a_number_too_large_for_an_id_is_found_by_it(library):
    found = json.loads(invoke(library, "suggest", BIG_EXTERNAL_ID, "--json").output)
    assert found["external_id"] == BIG_EXTERNAL_ID
    assert invoke(library, "suggest", "#" + BIG_EXTERNAL_ID, "--json").exit_code == 0
    other = invoke(library, "suggest", "²")  # digits, but not an id: only an external id
    assert other.exit_code == 2 and "no claim was imported as '²'" in other.output


@pytest.mark.parametrize("args", [["queue", "--min-age", "nan"], ["queue", "--min-age", "1e400"],
                                  ["eval-links", "GOLD", "--threshold", "nan"]])
def test_a_number_that_is_no_number_is_a_usage_error(library, args, tmp_path):
    """NaN passes click's FloatRange (it compares with nothing); an age of 1e400 days ended in an
    OverflowError."""
    gold = tmp_path / "gold.json"
    gold.write_text("{}", "utf-8")
    result = invoke(library, *[str(gold) if a == "GOLD" else a for a in args])
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert isinstance(result.exception, SystemExit)
    assert f"Error: Invalid value for '{args[-2]}'" in result.output


# --- terminal control sequences -------------------------------------------------------------------

OSC = "\x1b]0;pwned\x07"
HOSTILE_TITLE = f"Evil {OSC}title \x1b[2J\x9b31m\x08\x7f\x85 \u202eREVERSED\u202c end\tof\nit"
HOSTILE_PUBLISHER = "Daily \x1b[5mBlink\u2066\x01\r press"
HOSTILE_TEXT = ("The body holds \x1b[31mred\x1b[0m words, a bell\x07, a backspace\x08 and a"
                " carriage return\r that would hide the start of a line, and \u202eREVERSED\u202c.\n"
                "A second paragraph about the summit \x9b2J with a C1 CSI and DEL\x7f.\n")
HEBREW_TITLE = "\u202eשלום\x1b[2J עולם\u2067 כותרת"
HEBREW_TEXT = "הכתבה על הפסגה\x1b]52;c;ZXZpbA==\x07 נמשכת כאן עם עוד מילים.\n"

# What a terminal must not receive: C0 controls but line feed and tab, DEL, C1 (as characters).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def hostile(tmp_path):
    """A library of articles whose titles, publisher, texts and file name carry control sequences."""
    folder = tmp_path / "in"
    folder.mkdir()
    records = [
        {"title": HOSTILE_TITLE, "publisher": HOSTILE_PUBLISHER, "text": HOSTILE_TEXT},
        {"title": HEBREW_TITLE, "text": HEBREW_TEXT, "language": "he"},
    ]
    (folder / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    (folder / f"file{OSC}\u202ename.txt").write_text("Plain headline\nA plain body about the summit.\n", "utf-8")
    db_path = tmp_path / "workbench.sqlite"
    result = invoke(db_path, "import", str(folder))
    assert result.exit_code == 0, result.output
    listed = json.loads(invoke(db_path, "list", "--json").output)
    ids = {a["title"].split()[0]: a["id"] for a in listed}
    return db_path, ids


def assert_printable(output: str) -> None:
    assert not RAW_CONTROL.search(output), repr(RAW_CONTROL.search(output).group())
    assert not BIDI_CONTROL.search(output), repr(BIDI_CONTROL.search(output).group())


@pytest.mark.parametrize("bidi", ["off", "on"])
def test_list_prints_no_control_character_and_keeps_its_columns(hostile, bidi):
    db_path, ids = hostile
    result = invoke(db_path, "--bidi", bidi, "list", color=True)  # color: click strips nothing
    assert result.exit_code == 0, result.output
    out = result.output
    assert_printable(out)
    lines = out.splitlines()
    assert len(lines) == 2 + 3  # header, rule, one line per article: no cell broke its row
    header = lines[0]
    lang, source = header.index("lang"), header.index("source")
    for line in lines[2:]:
        assert line[lang:lang + 2] in ("en", "he", "un"), line  # every row's columns where the header's are
    evil = next(line for line in lines if "Evil" in line)
    assert "title" in evil and "\\x1b]0;pwned\\x07" in evil and "end of it" in evil
    if bidi == "off":
        assert "REVERSED" in evil and "Daily \\x1b[5mBlink" in evil
    assert any("file\\x1b]0;pwned\\x07name.txt" in line[source:] for line in lines)


@pytest.mark.parametrize("bidi", ["off", "on"])
def test_show_and_search_print_no_control_character(hostile, bidi):
    db_path, ids = hostile
    for args in (["show", str(ids["Evil"])], ["show", str(ids["Evil"]), "--unfold"], ["show", str(ids["\u202eשלום\x1b[2J"])],
                 ["search", "summit"], ["search", "Evil"], ["claims", "suggest", str(ids["Evil"])]):
        result = invoke(db_path, "--bidi", bidi, *args, color=True)
        assert result.exit_code == 0, result.output
        assert_printable(result.output)
    shown = invoke(db_path, "--bidi", "off", "show", str(ids["Evil"]), color=True).output
    assert "Evil \\x1b]0;pwned\\x07title \\x1b[2J\\x9b31m\\x08\\x7f\\x85 REVERSED end\tof\nit" in shown
    assert "Daily \\x1b[5mBlink\\x01\\x0d press" in shown
    assert "carriage return\n that would hide" in shown  # the text's carriage return was a line end on import
    assert "summit \\x9b2J with a C1 CSI and DEL\\x7f." in shown
    found = invoke(db_path, "--bidi", "off", "search", "summit", color=True).output
    assert "\\x9b2J" in found and "Evil \\x1b]0;pwned\\x07title" in found


def test_json_output_escapes_every_control_and_reads_back_exactly(hostile):
    db_path, ids = hostile
    from workbench.db.store import open_db

    db = open_db(db_path)
    stored = {i: db.execute("SELECT title, publisher, text FROM articles WHERE id = ?", [i]).fetchone()
              for i in ids.values()}
    db.close()
    evil, hebrew = ids["Evil"], ids["\u202eשלום\x1b[2J"]
    assert stored[evil][0] == HOSTILE_TITLE.replace("\r", "\n") and stored[evil][1] == HOSTILE_PUBLISHER.strip()
    outputs = {
        "list": invoke(db_path, "list", "--json", color=True).output,
        "show": invoke(db_path, "show", str(evil), "--json", color=True).output,
        "show he": invoke(db_path, "show", str(hebrew), "--json", color=True).output,
        "search": invoke(db_path, "search", "summit", "--json", color=True).output,
    }
    for name, out in outputs.items():
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", out), name  # json escapes the rest, tabs too
        assert not BIDI_CONTROL.search(out), name
        assert "\\u009b" in out or name == "show he"
    listed = {a["id"]: a for a in json.loads(outputs["list"])}
    for article_id, (title, publisher, text) in stored.items():
        assert (listed[article_id]["title"], listed[article_id]["publisher"]) == (title, publisher)
    shown = json.loads(outputs["show"])
    assert (shown["title"], shown["publisher"], shown["text"]) == stored[evil]
    assert json.loads(outputs["show he"])["title"] == HEBREW_TITLE
    hits = {h["id"]: h for h in json.loads(outputs["search"])}
    assert hits[evil]["title"] == HOSTILE_TITLE and hits[evil]["publisher"] == HOSTILE_PUBLISHER.strip()


def test_errors_and_reports_print_no_control_character(hostile, tmp_path):
    db_path, ids = hostile
    missing = tmp_path / f"gone{OSC}\x9b.txt"
    result = invoke(db_path, "import", str(missing), color=True)
    assert result.exit_code == 2 and "gone\\x1b]0;pwned\\x07\\x9b.txt" in result.output
    assert_printable(result.output)
    claim = invoke(db_path, "suggest", f"x{OSC}", color=True)
    assert claim.exit_code == 2
    assert_printable(claim.output)


def test_printable_is_the_one_rule():
    from workbench.cli.terminal import cell, json_text, printable

    assert printable("a\x1b[2Jb\tc\nd\x9b\x7f\u202ee") == "a\\x1b[2Jb\tc\nd\\x9b\\x7fe"
    assert cell("a\tb\nc\u2028d") == "a\\x09b\\x0ac\\u2028d" and cell(12) == 12
    assert printable(printable("\x1b\x85")) == printable("\x1b\x85")  # made once or twice: the same
    data = {"t": "\x7f\x9b\u202e\u2066\u2028 \x1b \udcff ok"}
    text = json_text(data)
    assert json.loads(text) == data
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]", text)
