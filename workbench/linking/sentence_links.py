"""Sentences of articles nobody has marked yet that may state a claim.

A claim's strongest concepts are looked up in the library's search index in
every language the glossary knows (جنود, חיילים, troops…), among articles
without claims; their check-worthy sentences are then scored against the
claim like claims are. This finds the claim where it travelled before a
checker got to the article.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from sqlite_utils import Database

from workbench.claims.checkworthy import suggest_for_text
from workbench.claims.marking import get_claim
from workbench.kernel.errors import DatabaseError
from workbench.kernel.messages import msg
from workbench.library.search import Term
from workbench.linking.glossary import Glossary
from workbench.linking.links import current_signature
from workbench.linking.matching import SUGGEST_THRESHOLD, ClaimIndex, reasons
from workbench.linking.signature import signature
from workbench.text.textnorm import fold, tokens

_CONCEPTS = 4  # the claim's rarest concepts that are searched for
_ARTICLES = 20


@dataclass
class SentenceCandidate:
    article_id: int
    start: int
    end: int
    quote: str
    score: float
    reasons: dict

    def as_dict(self) -> dict:
        return asdict(self) | {"score": round(self.score, 3)}


def _search_terms(keys: list[str], glossary: Glossary) -> list[Term]:
    terms = []
    for key in keys:
        for text in glossary.texts.get(key[1:], ()):
            words = tuple(tokens(fold(text.rstrip("*"))))
            if words:
                terms.append(Term(words, text.endswith("*")))
    return list(dict.fromkeys(terms))


def sentence_candidates(db: Database, claim_id: int, *, index: ClaimIndex, glossary: Glossary, top: int = 5,
                        min_score: float = SUGGEST_THRESHOLD) -> list[SentenceCandidate]:
    """Sentences of unmarked articles most likely to state claim ``claim_id``, best first."""
    claim = get_claim(db, claim_id)
    sig = current_signature(db, claim, index, glossary)
    concepts = sorted((k for k in sig.keys if k.startswith("#")),
                      key=lambda k: -float(index.idf[index.vocab[k]]) if k in index.vocab else 0.0)
    terms = _search_terms(concepts[:_CONCEPTS], glossary)
    if not terms:
        return []
    try:
        rows = db.execute(
            "SELECT a.id, a.text FROM articles_fts f JOIN articles a ON a.id = f.rowid"
            " WHERE articles_fts MATCH ? AND a.is_current = 1"
            " AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)"
            " ORDER BY f.rank LIMIT ?",
            [" OR ".join(t.fts() for t in terms), _ARTICLES],
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(msg("the search index cannot be read ({error}); run 'workbench reindex'",
                                error=str(exc))) from None
    found = []
    for article_id, text in rows:
        folds = [tuple(r) for r in db.execute('SELECT start, "end" FROM folds WHERE article_id = ?', [article_id])]
        for sentence in suggest_for_text(text, folds):
            other = signature(sentence.quote, glossary)
            score, similarity = index.similarity(sig, other)
            if score >= min_score:
                found.append(SentenceCandidate(article_id, sentence.start, sentence.end, sentence.quote, score,
                                               reasons(sig, other, similarity)))
    return sorted(found, key=lambda c: -c.score)[:top]
