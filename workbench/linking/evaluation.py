"""How well the matcher finds the same claim: ``workbench eval-links GOLD.json``.

The gold file is in the hand-marked format (claim_import.py); its articles
are the files of the ``articles/`` folder beside it. They and the claims go
into a scratch database (never the user's library), without the gold pairs,
and every claim is ranked against all the others.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from workbench.claims.importing import import_claims, read_claims_file
from workbench.db.store import open_db
from workbench.kernel.errors import BadInput
from workbench.library.ingest import import_paths
from workbench.linking.links import load_index
from workbench.linking.matching import SUGGEST_THRESHOLD


@dataclass
class Figures:
    claims_with_duplicates: int = 0
    hit1: float = 0.0
    hit5: float = 0.0
    mrr: float = 0.0
    threshold: float = SUGGEST_THRESHOLD
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    cross_language_pairs: int = 0
    cross_language_found: int = 0
    baseline: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


def evaluate(gold_path: Path, *, threshold: float = SUGGEST_THRESHOLD) -> Figures:
    """Import the gold set into a scratch database and measure the matcher on it."""
    gold_path = Path(gold_path)
    data = read_claims_file(gold_path)
    articles = gold_path.parent / "articles"
    if not articles.is_dir():
        raise BadInput(f"{gold_path}: there is no articles/ folder beside it ({articles}) to take the articles from")
    names = sorted({str(c.get("article")) for c in data["claims"] if isinstance(c, dict) and c.get("article")})
    missing = [n for n in names if not (articles / n).is_file()]
    figures = Figures(threshold=threshold)
    figures.problems += [f"article {n!r}: no such file in {articles}" for n in missing]
    with tempfile.TemporaryDirectory(prefix="workbench-eval-") as scratch:
        db = open_db(Path(scratch) / "eval.sqlite")
        try:
            imported = import_paths(db, [articles / n for n in names if n not in missing])
            figures.problems += [f"{p.path}: {p.reason}" for p in imported.problems]
            report = import_claims(db, gold_path, who="eval-links", with_pairs=False)
            figures.problems += [p.replace(" (import it first)", f" (no such file in {articles})")
                                 for p in report.problems]
            ids = report.added
            gold = _gold_pairs(data, ids, figures)
            index = load_index(db)
            ranked = {item.claim_id: index.query(item.signature, top=len(index), exclude={item.claim_id},
                                                 article_id=item.article_id) for item in index.items}
            _rank(ranked, gold, figures)
            _pairs(index, ranked, gold, threshold, figures)
            figures.baseline = _baseline(data, ids, gold)
        finally:
            db.close()
    return figures


def _gold_pairs(data: dict, ids: dict[str, int], figures: Figures) -> set[frozenset[int]]:
    gold = set()
    for a, b in data.get("duplicate_pairs", []):
        if str(a) in ids and str(b) in ids:
            gold.add(frozenset((ids[str(a)], ids[str(b)])))
        else:
            figures.problems.append(f"pair {a} / {b}: a claim of it was not imported")
    if not gold:
        raise BadInput("the gold file has no pair of imported claims to evaluate")
    return gold


def _duplicates_of(gold: set[frozenset[int]]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for pair in gold:
        a, b = tuple(pair)
        found.setdefault(a, set()).add(b)
        found.setdefault(b, set()).add(a)
    return found


def _rank(ranked: dict[int, list], gold: set[frozenset[int]], figures: Figures) -> None:
    """hit@1, hit@5 and MRR of the claims that have a duplicate, from each claim's ranking."""
    duplicates = _duplicates_of(gold)
    hits1 = hits5 = reciprocal = 0.0
    for claim_id, truth in duplicates.items():
        rank = next((i for i, c in enumerate(ranked[claim_id], 1) if c.claim_id in truth), None)
        hits1 += rank == 1
        hits5 += rank is not None and rank <= 5
        reciprocal += 1 / rank if rank else 0
    n = len(duplicates)
    figures.claims_with_duplicates = n
    figures.hit1, figures.hit5, figures.mrr = hits1 / n, hits5 / n, reciprocal / n


def _pairs(index, ranked: dict[int, list], gold: set[frozenset[int]], threshold: float, figures: Figures) -> None:
    """Precision, recall and F1 of the pairs scoring at least ``threshold`` from either side."""
    found = {frozenset((claim_id, c.claim_id)) for claim_id, candidates in ranked.items()
             for c in candidates if c.score >= threshold}
    true = len(found & gold)
    figures.precision = true / len(found) if found else 0.0
    figures.recall = true / len(gold)
    total = figures.precision + figures.recall
    figures.f1 = 2 * figures.precision * figures.recall / total if total else 0.0
    language = {item.claim_id: item.language for item in index.items}
    cross = {p for p in gold if len({language[c] for c in p}) > 1}
    figures.cross_language_pairs = len(cross)
    figures.cross_language_found = len(cross & found)


def _baseline(data: dict, ids: dict[str, int], gold: set[frozenset[int]]) -> dict:
    """Plain rapidfuzz token_set_ratio over the raw quotes, for comparison."""
    quotes = {ids[str(c["id"])]: c["quote"] for c in data["claims"] if str(c.get("id")) in ids}
    score = {frozenset((a, b)): fuzz.token_set_ratio(quotes[a], quotes[b]) for a in quotes for b in quotes if a < b}
    duplicates = _duplicates_of(gold)
    hits1 = hits5 = 0
    for claim_id, truth in duplicates.items():
        ranked = sorted((other for other in quotes if other != claim_id),
                        key=lambda other: -score[frozenset((claim_id, other))])
        hits1 += ranked[0] in truth
        hits5 += bool(set(ranked[:5]) & truth)
    best_f1 = 0.0
    for threshold in set(score.values()):
        found = {pair for pair, value in score.items() if value >= threshold}
        best_f1 = max(best_f1, 2 * len(found & gold) / (len(found) + len(gold)))
    n = len(duplicates)
    return {"scorer": "rapidfuzz token_set_ratio on raw quotes", "hit1": round(hits1 / n, 3),
            "hit5": round(hits5 / n, 3), "best_f1": round(best_f1, 3)}
