"""The multilingual glossary: words of the field mapped to shared concepts.

``data/glossary.json`` ships the desk's general glossary (countries,
institutions, weapons, troops, sanctions, exercises, deny, visit, treaty…)
in Arabic, Hebrew and English; terms a desk adds in the app are stored in
the database (table ``glossary_terms``) and merged in. A term is written
plainly, without the joined clitics (و ب ل ك ف ال, ו ה ב ל מ ש כ) that the
matcher takes off by itself; several words match consecutive words; a
trailing ``*`` matches any word that starts with the stem (تدريب* finds
تدريبات).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources

from sqlite_utils import Database

from workbench.db import audit
from workbench.db.store import write_transaction
from workbench.kernel.errors import BadInput
from workbench.kernel.messages import msg
from workbench.text.language import LANGUAGE_NAMES
from workbench.text.textnorm import check_name, clitic_variants, fold, tokens

_PREFIX_KEY = 3  # prefix terms are found through their first three letters
_MAX_WORDS = 5


@dataclass(frozen=True)
class Term:
    words: tuple[tuple[str, bool], ...]  # (folded word, matches as a prefix)
    concept: str


@dataclass(frozen=True)
class Match:
    concept: str
    first: int  # index of the first token
    count: int  # tokens covered


@dataclass
class Glossary:
    """Terms by their first word, ready to find concepts in a list of folded tokens."""

    exact: dict[str, list[Term]] = field(default_factory=dict)
    prefix: dict[str, list[Term]] = field(default_factory=dict)
    concepts: set[str] = field(default_factory=set)
    broader: dict[str, list[str]] = field(default_factory=dict)  # concept -> the wider concepts it implies
    light: set[str] = field(default_factory=set)  # concepts that weigh half: they say little
    texts: dict[str, list[str]] = field(default_factory=dict)  # concept -> its terms as written
    actors: set[str] = field(default_factory=set)  # concepts that name who or where, not what happened
    fingerprint: str = ""

    def add(self, concept: str, text: str, *, replace: bool = False) -> None:
        """Add a term; with ``replace`` (a desk's own term) it takes the place of any
        term written the same way, so the desk's reading wins."""
        words = []
        for raw in text.split():
            is_prefix = raw.endswith("*")
            folded = tokens(fold(raw.rstrip("*")))
            if not folded:
                continue
            words.extend((w, False) for w in folded[:-1])
            words.append((folded[-1], is_prefix))
        if not words or len(words) > _MAX_WORDS:
            return
        if words[0][1] and len(words[0][0]) < _PREFIX_KEY:
            words[0] = (words[0][0], False)  # too short to be a stem: exact only
        term = Term(tuple(words), concept)
        self.texts.setdefault(concept, []).append(text)
        first, is_prefix = words[0]
        bucket = (self.prefix.setdefault(first[:_PREFIX_KEY], []) if is_prefix
                  else self.exact.setdefault(first, []))
        if replace:
            bucket[:] = [t for t in bucket if t.words != term.words]
        bucket.append(term)
        self.concepts.add(concept)

    def _terms_for(self, token: str) -> list[Term]:
        found = []
        for form in (token, *clitic_variants(token)):
            found.extend(self.exact.get(form, ()))
            found.extend(t for t in self.prefix.get(form[:_PREFIX_KEY], ()) if form.startswith(t.words[0][0]))
        return found

    def find(self, words: list[str]) -> list[Match]:
        """Concepts named in ``words`` (folded tokens), longest term first, left to right."""
        matches: list[Match] = []
        i = 0
        while i < len(words):
            best: Term | None = None
            for term in self._terms_for(words[i]):
                if _matches_rest(term, words, i) and (best is None or len(term.words) > len(best.words)):
                    best = term
            if best is None:
                i += 1
                continue
            matches.append(Match(best.concept, i, len(best.words)))
            i += len(best.words)
        return matches


def _matches_rest(term: Term, words: list[str], i: int) -> bool:
    if i + len(term.words) > len(words):
        return False
    for (word, is_prefix), token in zip(term.words[1:], words[i + 1:]):
        if not (token.startswith(word) if is_prefix else token == word):
            return False
    return True


@lru_cache(maxsize=1)
def _shipped() -> tuple[str, dict, dict, set, set]:
    raw = resources.files("workbench").joinpath("data/glossary.json").read_text("utf-8")
    data = json.loads(raw)
    return raw, data["concepts"], data.get("broader", {}), set(data.get("light", ())), set(data.get("actors", ()))


def user_terms(db: Database | None) -> list[tuple[str, str, str]]:
    """The (concept, language, term) rows a desk added."""
    if db is None or "glossary_terms" not in db.table_names():
        return []
    return [tuple(r) for r in db.execute("SELECT concept, language, term FROM glossary_terms ORDER BY concept, term")]


def load_glossary(db: Database | None = None) -> Glossary:
    """The shipped glossary with the desk's own terms added; where a desk's term is
    written like a shipped one, the desk's concept wins."""
    raw, concepts, broader, light, actors = _shipped()
    extra = user_terms(db)
    glossary = Glossary(broader={k: [v] if isinstance(v, str) else list(v) for k, v in broader.items()},
                        light=light, actors=actors)
    for concept, by_language in concepts.items():
        for terms in by_language.values():
            for term in terms:
                glossary.add(concept, term)
    for concept, _language, term in extra:
        glossary.add(concept, term, replace=True)
    digest = hashlib.sha256(raw.encode("utf-8"))
    digest.update(json.dumps(extra, ensure_ascii=False).encode("utf-8"))
    glossary.fingerprint = digest.hexdigest()[:16]
    return glossary


def concept_names(language: str, db: Database | None = None) -> dict[str, str]:
    """A name for each concept in ``language``: its first term written there as a whole word,
    else its first stem, marked as cut (משותפ* reads as משותפ…), the shipped terms before the
    desk's. Concepts with no term there are left out, and so is English: the concept ids
    are English words already (north_korea), where a stem would read as a broken one (ukrain*)."""
    if language == "en":
        return {}
    terms: dict[str, list[str]] = {}
    for concept, by_language in _shipped()[1].items():
        terms.setdefault(concept, []).extend(by_language.get(language, ()))
    for concept, term_language, term in user_terms(db):
        if term_language == language:
            terms.setdefault(concept, []).append(term)
    names = {}
    for concept, written in terms.items():
        whole = [t for t in written if not t.endswith("*")]
        if written:
            names[concept] = whole[0] if whole else written[0].rstrip("*") + "…"
    return names


def concept_key(concept: str) -> str:
    """The form a concept is kept under: lower case, underscores for spaces (``Ceasefire talks``
    is ``ceasefire_talks``)."""
    return concept.strip().lower().replace(" ", "_")


def checked_term(concept: str, language: str, term: str) -> tuple[str, str, str]:
    """(concept, language, term) as a desk's term is stored: the concept id in lower case with _
    for spaces, the language code in lower case (``und`` for none), the term's spaces collapsed.
    Raises BadInput for a concept or term the matcher cannot use."""
    concept = concept_key(concept)
    term = " ".join(term.split())
    check_name("term", term)
    if not concept or not concept.replace("_", "").isalnum():
        raise BadInput(msg("glossary concept {concept!r}: use letters, digits and _ only", concept=concept))
    if not tokens(fold(term.rstrip("*"))):
        raise BadInput(msg("glossary term {term!r}: it has no letters or digits", term=term))
    if len(term.split()) > _MAX_WORDS:
        raise BadInput(msg("glossary term {term!r}: at most {count} words", term=term, count=_MAX_WORDS))
    language = language.strip().lower() or "und"
    if language not in LANGUAGE_NAMES:
        raise BadInput(msg("glossary term {term!r}: {language!r} is not a language the library tells apart "
                           "(ar, he, en, fa, ru…)", term=term, language=language))
    return concept, language, term


def add_term(db: Database, concept: str, language: str, term: str, *, added_by: str) -> None:
    """Add a desk's own term to a concept (a new concept id is allowed)."""
    concept, language, term = checked_term(concept, language, term)
    with write_transaction(db):
        db.execute(
            "INSERT INTO glossary_terms (concept, language, term, added_by, added_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (language, term) DO UPDATE SET concept = excluded.concept,"
            " added_by = excluded.added_by, added_at = excluded.added_at",
            [concept, language, term, added_by,
             datetime.now(timezone.utc).isoformat(timespec="seconds")],
        )
        audit.record(db, added_by, "add", "glossary", f"{language}:{term}", {"concept": concept})


def remove_term(db: Database, language: str, term: str, *, who: str = "") -> bool:
    """Remove a desk's own term; returns whether there was one."""
    language, term = language.strip().lower(), " ".join(term.split())
    with write_transaction(db):
        if db.execute("DELETE FROM glossary_terms WHERE language = ? AND term = ?", [language, term]).rowcount == 0:
            return False
        audit.record(db, who, "remove", "glossary", f"{language}:{term}")
        return True
