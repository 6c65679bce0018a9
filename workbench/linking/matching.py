"""The matching engine: which claims state the same thing as a given one.

Every claim is a sparse vector over its signature keys (signature.py),
weighted by how rare a key is in the library (tf-idf), so that sharing
"Shoigu" or "10000" counts for more than sharing "North Korea". A query is
scored against the whole library with one sparse product; the best few
hundred are then compared as text by rapidfuzz (``process.cdist`` over the
pivot strings, with our own processor: the signature already is the
normalised form). The score is a mix of both, between 0 and 1.

For whole-library linking, candidate pairs are blocked: only keys that are
rare enough to discriminate generate pairs (a product of the sparse matrix
restricted to them, row block by row block, best few per row), so the work
grows with the number of claims, not with its square. Of a claim's blocked
partners, those nearest on the whole vector and those sharing the most of its
facts (who, how many, when) are compared in full (``process.cpdist``).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from workbench.linking.signature import Signature

VECTOR_SHARE = 0.85  # the rest of the score is rapidfuzz's text similarity of the pivots
SUGGEST_THRESHOLD = 0.20  # a person is shown the pair and confirms it
LINK_THRESHOLD = 0.65  # pairs linked without a person (same language, long claims only)
MIN_WORDS_TO_LINK = 8
# An article states a claim once; two claims of one article are seldom the same
# claim, they are neighbours sharing its actors. Their score is lowered, but a
# headline restating its lead (a score near 1) still clears the suggestion line.
SAME_ARTICLE_FACTOR = 0.4
# Two claims that share only who and where (Russia, the defence minister, a name)
# but nothing of what happened are different claims about the same actors.
ACTORS_ONLY_FACTOR = 0.5
_SHORTLIST = 200
_BLOCKED_PER_CLAIM = 300  # partners per claim taken from the blocking product
_PAIRS_PER_CLAIM = 10  # of those, the best by vector score are scored in full,
_FACT_PAIRS = 6  # and so are the best by the facts they share (_facts_matrix)
_PAIRED_KEYS = 6  # a claim's strongest keys, whose pairs are blocking keys too
_COMMON_FLOOR = 50  # a key is never "common" in a library where fewer claims have it
_BLOCK_ROWS = 2048


@dataclass
class Item:
    """One claim in the index."""

    claim_id: int
    language: str
    signature: Signature
    article_id: int | None = None


@dataclass
class Candidate:
    claim_id: int
    score: float
    language: str
    reasons: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"claim_id": self.claim_id, "score": round(self.score, 3), "language": self.language,
                "reasons": self.reasons}


def idf(n: int, df: np.ndarray) -> np.ndarray:
    """How much sharing a key says, by how few claims have it."""
    return np.log1p(n / np.maximum(df, 1)).astype(np.float32)


def _scorer_processor(pivot: str) -> str:
    """Our processor for rapidfuzz: a pivot is already normalised (its default one
    would turn Arabic marks into spaces and split words)."""
    return pivot


def text_similarity(a: str, b: str) -> float:
    """rapidfuzz's similarity of two pivots, 0..1."""
    return fuzz.token_sort_ratio(a, b, processor=_scorer_processor) / 100.0


class ClaimIndex:
    """The library's claims as tf-idf vectors over signature keys."""

    def __init__(self, items: Iterable[Item]):
        self.items: list[Item] = list(items)
        self.refreshed = 0  # signatures stored while the library's index was loaded (links.load_index)
        self.row_of = {item.claim_id: row for row, item in enumerate(self.items)}
        self.vocab: dict[str, int] = {}
        rows, cols, weights = [], [], []
        for row, item in enumerate(self.items):
            for key, weight in item.signature.keys.items():
                rows.append(row)
                cols.append(self.vocab.setdefault(key, len(self.vocab)))
                weights.append(weight)
        shape = (len(self.items), max(len(self.vocab), 1))
        raw = sparse.csr_matrix((np.array(weights, dtype=np.float32), (rows, cols)), shape=shape)
        self.df = np.bincount(np.array(cols, dtype=np.int64), minlength=shape[1]).astype(np.float32)
        self.idf = idf(len(self.items), self.df)
        self.matrix = _normalised(raw @ sparse.diags(self.idf))
        self.content = self._content_matrix()
        self._blocking: sparse.csr_matrix | None = None  # built on the first whole-library run
        self._facts: sparse.csr_matrix | None = None  # likewise
        # Keys in more than 5% of a large library (template phrases, "said", the big countries)
        # say nothing about which claim it is: the text comparison leaves them out.
        self.common = {key for key, col in self.vocab.items() if self.df[col] > max(_COMMON_FLOOR, 0.05 * len(self.items))}
        self.pivots = [self.pivot(item.signature) for item in self.items]
        self.articles = np.array([-1 if i.article_id is None else i.article_id for i in self.items], dtype=np.int64)

    def _content_matrix(self) -> sparse.csr_matrix:
        """Which keys of each claim say what happened (signature.content), as 0/1."""
        rows, cols = [], []
        for row, item in enumerate(self.items):
            for key in item.signature.content:
                if key in self.vocab:
                    rows.append(row)
                    cols.append(self.vocab[key])
        return sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=self.matrix.shape)

    def _content_vector(self, sig: Signature) -> sparse.csr_matrix:
        cols = [self.vocab[k] for k in sig.content if k in self.vocab]
        return sparse.csr_matrix((np.ones(len(cols), dtype=np.float32), ([0] * len(cols), cols)),
                                 shape=(1, self.matrix.shape[1]))

    def pivot(self, sig: Signature) -> str:
        """The signature's pivot without the keys common in this library."""
        return " ".join(key for key in sig.order if key not in self.common)

    def __len__(self) -> int:
        return len(self.items)

    def vector(self, sig: Signature) -> sparse.csr_matrix:
        """A query's normalised vector; keys the library has never seen count in its
        length (they make it less like everything) but match nothing."""
        cols, weights, unseen = [], [], 0.0
        rare = math.log1p(max(len(self.items), 1))
        for key, weight in sig.keys.items():
            col = self.vocab.get(key)
            if col is None:
                unseen += (weight * rare) ** 2
            else:
                cols.append(col)
                weights.append(weight * float(self.idf[col]))
        norm = math.sqrt(sum(w * w for w in weights) + unseen) or 1.0
        return sparse.csr_matrix((np.array(weights, dtype=np.float32) / norm, ([0] * len(cols), cols)),
                                 shape=(1, self.matrix.shape[1]))

    def query(self, sig: Signature, *, top: int = 10, exclude: set[int] = frozenset(),
              min_score: float = 0.0, article_id: int | None = None) -> list[Candidate]:
        """The ``top`` claims most likely to state what ``sig`` states (a claim of
        article ``article_id``), best first."""
        if not self.items:
            return []
        cosine = (self.matrix @ self.vector(sig).T).toarray().ravel()
        shortlist = np.flatnonzero(cosine > 0)
        if len(shortlist) > _SHORTLIST:
            shortlist = shortlist[np.argpartition(-cosine[shortlist], _SHORTLIST)[:_SHORTLIST]]
        shortlist = [r for r in shortlist.tolist() if self.items[r].claim_id not in exclude]
        if not shortlist:
            return []
        texts = process.cdist([self.pivot(sig)], [self.pivots[r] for r in shortlist], scorer=fuzz.token_sort_ratio,
                              processor=_scorer_processor, dtype=np.float32)[0] / 100.0
        shares_content = (self.content[shortlist] @ self._content_vector(sig).T).toarray().ravel() > 0
        same_article = self.articles[shortlist] == (-2 if article_id is None else article_id)
        scores = _score(cosine[shortlist], texts, _factors(shares_content, same_article))
        order = np.argsort(-scores)[:top]
        return [self._candidate(sig, shortlist[i], float(scores[i]), float(texts[i]))
                for i in order if scores[i] >= min_score]

    def _candidate(self, sig: Signature, row: int, score: float, text: float) -> Candidate:
        item = self.items[row]
        return Candidate(item.claim_id, score, item.language, reasons(sig, item.signature, text))

    def similarity(self, a: Signature, b: Signature) -> tuple[float, float]:
        """Score and text similarity of two signatures, weighted by this library's idf."""
        cosine = float(self.vector(a).multiply(self.vector(b)).sum())
        text = text_similarity(self.pivot(a), self.pivot(b))
        factor = float(_factors(np.array([bool(set(a.content) & set(b.content))]), np.array([False]))[0])
        return _score(cosine, text, factor), text

    def candidate_pairs(self, rows: list[int] | None = None, *,
                        min_score: float = SUGGEST_THRESHOLD) -> Iterator[tuple[int, int, float]]:
        """Each claim's best partners (a < b) scoring at least ``min_score``, found by blocking.

        Per claim: the claims sharing its discriminating keys (blocking), the
        best of them by that product, then the best by the exact vector score,
        then the text similarity of those. ``rows`` limits the work to these
        claims (new or changed since the last run) against the whole library.
        """
        rows = list(range(len(self.items))) if rows is None else sorted(rows)
        if self._blocking is None:
            self._blocking = self._blocking_matrix()
        blocking = self._blocking
        seen: set[int] = set()
        n = len(self.items)
        for start in range(0, len(rows), _BLOCK_ROWS):
            block = rows[start:start + _BLOCK_ROWS]
            product = (blocking[block] @ blocking.T).tocsr()
            firsts, others = [], []
            for i, row in enumerate(block):
                lo, hi = product.indptr[i], product.indptr[i + 1]
                found, values = product.indices[lo:hi], product.data[lo:hi]
                if len(found) > _BLOCKED_PER_CLAIM:
                    found = found[np.argpartition(-values, _BLOCKED_PER_CLAIM)[:_BLOCKED_PER_CLAIM]]
                found = found[found != row]
                firsts.append(np.full(len(found), row, dtype=np.int64))
                others.append(found.astype(np.int64))
            if firsts:
                a_rows, b_rows = np.concatenate(firsts), np.concatenate(others)
                for a, b, score in self._best_scored(a_rows, b_rows, min_score):
                    code = min(a, b) * n + max(a, b)
                    if code not in seen:
                        seen.add(code)
                        yield min(a, b), max(a, b), score

    def _blocking_matrix(self) -> sparse.csr_matrix:
        """Claims as blocking keys: their keys rare enough to block on, and pairs of their
        strongest keys (sharing #troops *and* =10000 is rare even where each alone is
        common). A block key's value is what sharing it is worth."""
        n = len(self.items)
        cap = _blocking_cap(n)
        weights = self.matrix
        rows, cols, values = [], [], []
        pair_columns: dict[tuple[int, int], int] = {}
        width = weights.shape[1]
        for row in range(n):
            lo, hi = weights.indptr[row], weights.indptr[row + 1]
            keys, vals = weights.indices[lo:hi], weights.data[lo:hi]
            for key, value in zip(keys.tolist(), vals.tolist()):
                if self.df[key] <= cap:
                    rows.append(row)
                    cols.append(key)
                    values.append(value)
            strongest = np.argsort(-vals)[:_PAIRED_KEYS]
            for i, j in itertools.combinations(sorted(keys[strongest].tolist()), 2):
                column = pair_columns.setdefault((i, j), width + len(pair_columns))
                rows.append(row)
                cols.append(column)
                values.append(float(vals[keys == i][0] + vals[keys == j][0]))
        matrix = sparse.csr_matrix((np.array(values, dtype=np.float32), (rows, cols)),
                                   shape=(n, width + len(pair_columns)))
        df = np.bincount(matrix.indices, minlength=matrix.shape[1])
        return (matrix @ sparse.diags((df <= cap).astype(np.float32))).tocsr()

    def _facts_matrix(self) -> sparse.csr_matrix:
        """Claims as the facts they state: who (actors, and names rare enough to block on),
        how many and when (figures, dates), tf-idf weighted and normalised.

        A claim told again in another article or language keeps its facts and changes
        its words, while sentences built alike (the same action, other actors or
        another month) share the words: on the whole vector those outrank a
        reworded twin, on its facts the twin comes first."""
        cap = _blocking_cap(len(self.items))
        actors = {key for item in self.items for key in item.signature.actors}
        columns = [col for key, col in self.vocab.items()
                   if key[0] in "=%@^" or key in actors or (key[0] != "#" and self.df[col] <= cap)]
        mask = np.zeros(self.matrix.shape[1], dtype=np.float32)
        mask[columns] = 1.0
        return _normalised(self.matrix @ sparse.diags(mask))

    def _best_scored(self, a_rows: np.ndarray, b_rows: np.ndarray,
                     min_score: float) -> Iterator[tuple[int, int, float]]:
        """Of each claim's blocked partners (``a_rows`` grouped by claim), the best few by
        vector score and the best few by shared facts, then scored in full."""
        if not len(a_rows):
            return
        if self._facts is None:
            self._facts = self._facts_matrix()
        cosine = np.asarray(self.matrix[a_rows].multiply(self.matrix[b_rows]).sum(axis=1)).ravel()
        shared = np.asarray(self.content[a_rows].multiply(self.content[b_rows]).sum(axis=1)).ravel() > 0
        same = (self.articles[a_rows] == self.articles[b_rows]) & (self.articles[a_rows] != -1)
        factor = _factors(shared, same)
        facts = np.asarray(self._facts[a_rows].multiply(self._facts[b_rows]).sum(axis=1)).ravel() * factor
        vector = _score(cosine, 0.0, factor)  # the score without the text comparison
        bounds = np.flatnonzero(np.diff(a_rows, prepend=-1, append=-2))
        chosen = []
        for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
            by_facts = np.argsort(-facts[lo:hi])[:_FACT_PAIRS]
            chosen.append(lo + np.union1d(np.argsort(-vector[lo:hi])[:_PAIRS_PER_CLAIM],
                                          by_facts[facts[lo + by_facts] > 0]))
        chosen = np.concatenate(chosen)
        chosen = chosen[_score(cosine[chosen], 1.0, factor[chosen]) >= min_score]  # could reach min_score
        if not len(chosen):
            return
        a_rows, b_rows = a_rows[chosen], b_rows[chosen]
        texts = process.cpdist([self.pivots[a] for a in a_rows.tolist()], [self.pivots[b] for b in b_rows.tolist()],
                               scorer=fuzz.token_sort_ratio, processor=_scorer_processor, dtype=np.float32) / 100.0
        scores = _score(cosine[chosen], texts, factor[chosen])
        keep = scores >= min_score
        yield from zip(a_rows[keep].tolist(), b_rows[keep].tolist(), scores[keep].tolist())


def _blocking_cap(n: int) -> int:
    """How many of ``n`` claims may share a key for it to block on (or count as a name among
    a claim's facts): more grows the work with the square of the library."""
    return max(100, int(4 * math.sqrt(n)))


def _score(cosine, text, factor):
    """A pair's score from its vector cosine and text similarity (0..1 each, or arrays of
    them) and the factor that lowers misleading pairs (``_factors``)."""
    return (VECTOR_SHARE * cosine + (1 - VECTOR_SHARE) * text) * factor


def _factors(shares_content: np.ndarray, same_article: np.ndarray) -> np.ndarray:
    """What a pair's score is multiplied by: less when the claims share only actors,
    less when they come from one article."""
    return (np.where(shares_content, 1.0, ACTORS_ONLY_FACTOR)
            * np.where(same_article, SAME_ARTICLE_FACTOR, 1.0)).astype(np.float32)


def _normalised(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return (sparse.diags(1.0 / norms) @ matrix).tocsr().astype(np.float32)


def reasons(a: Signature, b: Signature, text: float) -> dict:
    """Why two claims were paired: what they share, by kind, and their text similarity."""
    shared = [k for k in a.keys if k in b.keys]

    def both(key: str) -> str:
        return a.shown[key] + ("" if a.shown[key] == b.shown[key] else " = " + b.shown[key])

    return {
        "numbers": list(dict.fromkeys(both(k) for k in shared if k[0] in "=@^%")),
        "concepts": [k[1:] for k in shared if k[0] == "#"],
        "names": list(dict.fromkeys(both(k) for k in shared if k[0] not in "=@^%#")),
        "text": round(text, 2),
    }


def may_link_automatically(a: Item, b: Item, score: float) -> bool:
    """The strict tier: only long claims in one language that state the same figures
    (or none) about the same actors are linked without a person; "10,000 troops"
    and "12,000 troops", or Poland's exercises and Azerbaijan's, in otherwise
    identical sentences are two claims."""
    def figures(item: Item) -> set[str]:
        return {k for k in item.signature.keys if k[0] in "=%@^"}

    return (score >= LINK_THRESHOLD and a.language == b.language
            and min(a.signature.words, b.signature.words) >= MIN_WORDS_TO_LINK
            and figures(a) == figures(b) and set(a.signature.actors) == set(b.signature.actors))
