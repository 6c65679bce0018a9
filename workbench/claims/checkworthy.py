"""Suggested claims: the sentences of an article worth checking, each with its reasons.

Sentences are cut at sentence-final punctuation and line ends, skipping
folded boilerplate; each is scored by the cues of ``data/checkworthy.json``
(quantities, attributed statements, quotations, denials, predictions,
sanctions and force, comparisons) matched on its folded form. Offsets are code
points into the original text, like a claim's.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources

from sqlite_utils import Database

from workbench.db.store import write_transaction
from workbench.kernel.errors import NotFound
from workbench.kernel.messages import msg
from workbench.text.dates import is_date_line
from workbench.text.textnorm import fold

MIN_SENTENCE_CHARS = 15
MAX_SENTENCE_CHARS = 400
# A sentence ends at . ! ? ؟ ۔ followed by white space, a quotation mark or a
# non-Latin letter (Arabic web text often drops the space: "عام 2000.والعلاقات"),
# but not inside a number (10.5) or a Latin abbreviation (U.S.).
_SENTENCE_END = re.compile(r"(?<=[.!?؟۔])(?=\s|[\"“”«»]|[^\W\d_a-zA-Z])|\n")


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    quote: str
    reasons: list[str]
    score: float

    def as_dict(self) -> dict:
        return asdict(self)


@lru_cache(maxsize=1)
def _cues() -> tuple[float, list[tuple[str, float, re.Pattern]]]:
    data = json.loads(resources.files("workbench").joinpath("data/checkworthy.json").read_text("utf-8"))
    cues = [
        (reason, spec["weight"], re.compile("|".join(f"(?:{p})" for p in spec["patterns"])))
        for reason, spec in data["reasons"].items()
    ]
    return data["min_score"], cues


def sentences(text: str, skip: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (trimmed), leaving out those inside the ``skip`` ranges."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    result = []
    for s, e in spans:
        while s < e and (text[s].isspace() or text[s] in "•*-–—"):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= MIN_SENTENCE_CHARS and not any(a <= s and e <= b for a, b in skip):
            result.append((s, e))
    return result


def score_sentence(sentence: str) -> tuple[float, list[str]]:
    """The sentence's score and the reasons that gave it."""
    _, cues = _cues()
    folded = fold(sentence)
    reasons = [reason for reason, _, pattern in cues if pattern.search(folded)]
    weights = {reason: weight for reason, weight, _ in cues}
    return sum(weights[r] for r in reasons), reasons


def suggest_for_text(text: str, folds: list[tuple[int, int]] = ()) -> list[Suggestion]:
    """Check-worthy sentences of ``text`` in reading order."""
    min_score, _ = _cues()
    found = []
    for s, e in sentences(text, folds):
        if e - s > MAX_SENTENCE_CHARS:
            e = s + text[s:s + MAX_SENTENCE_CHARS].rfind(" ") if " " in text[s:s + MAX_SENTENCE_CHARS] else s + MAX_SENTENCE_CHARS
        if is_date_line(text[s:e]):
            continue
        score, reasons = score_sentence(text[s:e])
        if score >= min_score:
            found.append(Suggestion(s, e, text[s:e], reasons, score))
    return found


def suggest_for_article(db: Database, article_id: int, *, include_decided: bool = False) -> list[Suggestion]:
    """Suggestions for an article, leaving out sentences already marked, accepted or dismissed."""
    row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise NotFound(msg("there is no article {id}", id=article_id))
    folds = db.execute('SELECT start, "end" FROM folds WHERE article_id = ?', [article_id]).fetchall()
    found = suggest_for_text(row[0], folds)
    if include_decided:
        return found
    taken = db.execute(
        'SELECT start, "end" FROM claims WHERE article_id = ? UNION ALL '
        'SELECT start, "end" FROM suggestion_decisions WHERE article_id = ?',
        [article_id, article_id],
    ).fetchall()
    return [s for s in found if not any(a < s.end and s.start < b for a, b in taken)]


def decide(db: Database, article_id: int, suggestion: Suggestion, decision: str, who: str) -> None:
    """Record that a suggestion was accepted or dismissed, so it is not offered again."""
    with write_transaction(db):
        db.execute(
            'INSERT OR REPLACE INTO suggestion_decisions (article_id, start, "end", decision, decided_by, decided_at) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [article_id, suggestion.start, suggestion.end, decision, who,
             datetime.now(timezone.utc).isoformat(timespec="seconds")],
        )
