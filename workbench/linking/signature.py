"""A claim's signature: what it says, in a form shared by every language.

The signature is the set of keys the matcher compares, each with a weight:

* ``#concept`` for a glossary term (جنود, חיילים, troops -> ``#troops``);
* ``=10000``, ``@7``, ``^1`` for numbers, months and ordinals (quantities.py);
* a consonant skeleton (skeleton.py) for every other word that is not a
  function word: names of people and places, and the roots Arabic and Hebrew
  share. A word that may carry a joined clitic (بوتين? ב+צפון?) gives its
  skeleton with and without it, the second at half weight; two short words
  in a row also give their joined skeleton (بيونغ يانغ = بيونغيانغ).

``pivot`` is the keys in text order as one string: the form rapidfuzz
compares. Signatures are derived data, rebuilt whenever the glossary changes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.metadata import version

from wordfreq import iter_wordlist, zipf_frequency

from workbench.kernel.appdirs import cache_dir
from workbench.linking.glossary import Glossary
from workbench.text.quantities import is_quantity_word, quantities, reserved_words
from workbench.text.skeleton import skeleton
from workbench.text.textnorm import clitic_variants, fold, spelled_tokens

# Part of every stored signature's fingerprint: raise it when this module changes what a
# signature holds, and every claim's signature is computed again.
SIGNATURE_VERSION = 5

_ARTICLE_CLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال")
_WEIGHTS = {"concept": 1.0, "number": 1.5, "name": 1.0}
_ALTERNATIVE = 0.5
_LIGHT = 0.5  # concepts that say little about which claim it is (said, possible, country)
_SHORT_SKELETON = 3


@dataclass
class Signature:
    keys: dict[str, float] = field(default_factory=dict)  # key -> weight
    shown: dict[str, str] = field(default_factory=dict)  # key -> the words it came from
    order: list[str] = field(default_factory=list)
    words: int = 0
    source: str = ""  # digest of the text it was made from: tells whether it is still current
    content: list[str] = field(default_factory=list)  # keys that say what happened (not who, where or a name)
    actors: list[str] = field(default_factory=list)  # concept keys that say who or where

    @property
    def pivot(self) -> str:
        return " ".join(self.order)

    def add(self, key: str, weight: float, word: str) -> None:
        if weight > self.keys.get(key, 0.0):
            self.keys[key] = weight
        self.shown.setdefault(key, word)
        self.order.append(key)

    def to_json(self) -> str:
        return json.dumps({"keys": self.keys, "shown": self.shown, "order": self.order, "words": self.words,
                           "source": self.source, "content": self.content, "actors": self.actors},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> "Signature":
        data = json.loads(raw)
        return cls(data["keys"], data["shown"], data["order"], data["words"], data.get("source", ""),
                   data.get("content", []), data.get("actors", []))


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    data = json.loads(resources.files("workbench").joinpath("data/stopwords.json").read_text("utf-8"))
    return frozenset(fold(w) for language, words in data.items() if language != "about" for w in words)


def _is_stopword(word: str) -> bool:
    stop = _stopwords()
    return word in stop or any(v in stop for v in clitic_variants(word))


def signature(text: str, glossary: Glossary) -> Signature:
    """The signature of a claim's quote (and statement, joined to it by the caller)."""
    spelled = spelled_tokens(text)
    words = [folded for folded, _ in spelled]
    written = [as_written for _, as_written in spelled]
    sig = Signature(words=len(words), source=text_digest(text))
    reserved = reserved_words(words)
    covered = _add_concepts(sig, words, written, reserved, glossary)
    _add_quantities(sig, text, dict(spelled), {w for w, c in zip(words, covered) if c})
    _add_names(sig, words, written, [c or r for c, r in zip(covered, reserved)])
    sig.content = list(dict.fromkeys(sig.content))
    sig.actors = list(dict.fromkeys(sig.actors))
    return sig


_FREQUENT_WORDS = 60000  # per language; rarer words count as rare
_WORDFREQ_VERSION = version("wordfreq")


@lru_cache(maxsize=1)
def _zipf_by_folded_word() -> dict[str, float]:
    """How common each folded word is (Zipf scale, from wordfreq's lists for ar, he, en).

    Looked up by the folded form, because folding takes off the hamza and the
    vowel marks that wordfreq's own spelling keeps (تأكيد and تاكيد are one word
    to the matcher). Building the table takes seconds, so it is kept in the
    user's cache folder (derived data: deleting it only costs the next start).
    """
    cache = cache_dir() / f"zipf-{_WORDFREQ_VERSION}-{_FREQUENT_WORDS}.json"
    try:
        return json.loads(cache.read_text("utf-8"))
    except (OSError, ValueError):
        pass
    table: dict[str, float] = {}
    for language in ("ar", "he", "en"):
        for rank, word in enumerate(iter_wordlist(language)):
            if rank >= _FREQUENT_WORDS:
                break
            folded = fold(word)
            if folded not in table:
                table[folded] = zipf_frequency(word, language)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(".part")
        partial.write_text(json.dumps(table, ensure_ascii=False), "utf-8")
        partial.replace(cache)
    except OSError:
        pass  # a read-only home: the table is built again next time
    return table


def _rarity(word: str) -> float:
    """1 for a rare word (a name, a specific term), down to 0.15 for an everyday one.

    The library's own counts are too few to tell a name from an ordinary word
    until it holds many thousands of claims, so general word frequencies decide
    (Zipf 3 is one in a million words, 6 one in a thousand).
    """
    table = _zipf_by_folded_word()
    zipf = max(table.get(form, 0.0) for form in (word, *clitic_variants(word)))
    return min(1.0, max(0.15, (6.0 - zipf) / 2.0))


def _is_small_count(quantity) -> bool:
    """A count up to twelve (three entities, 3 years) says less about which claim it is
    than a specific figure (10,000 troops, 438.2 kg): many claims share it."""
    return quantity.kind in ("number", "ordinal") and quantity.value <= 12 and float(quantity.value).is_integer()


def text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _add_concepts(sig: Signature, words: list[str], written: list[str], reserved: list[bool],
                  glossary: Glossary) -> list[bool]:
    """Glossary concepts (and the wider ones they imply); returns which words they covered."""
    covered = [False] * len(words)
    for match in glossary.find([w if not r else "" for w, r in zip(words, reserved)]):
        phrase = " ".join(written[match.first:match.first + match.count])
        weight = _WEIGHTS["concept"] * (_LIGHT if match.concept in glossary.light else 1.0)
        sig.add("#" + match.concept, weight, phrase)
        if match.concept in glossary.actors:  # a capital stands for its country here: Pyongyang sent = North Korea sent
            wider = [w for w in glossary.broader.get(match.concept, ()) if w in glossary.actors]
            sig.actors.extend("#" + actor for actor in wider or [match.concept])
        elif match.concept not in glossary.light:
            sig.content.append("#" + match.concept)
        for wider in glossary.broader.get(match.concept, ()):
            sig.add("#" + wider, _ALTERNATIVE, phrase)
            if wider not in glossary.light and wider not in glossary.actors:
                sig.content.append("#" + wider)
        for i in range(match.first, match.first + match.count):
            covered[i] = True
    return covered


def _add_quantities(sig: Signature, text: str, as_written: dict[str, str], named: set[str]) -> None:
    """Numbers, percentages, months and ordinals, shown as written."""
    for quantity in quantities(text):
        if quantity.kind == "ordinal" and quantity.text in named:  # "first" is a concept already
            continue
        weight = _WEIGHTS["number"] * (_LIGHT if _is_small_count(quantity) else 1.0)
        sig.add(quantity.key, weight, " ".join(as_written.get(p, p) for p in quantity.text.split()))
        sig.content.append(quantity.key)


def _add_names(sig: Signature, words: list[str], written: list[str], taken: list[bool]) -> None:
    """Consonant skeletons of the remaining words that are not function or number words;
    two short ones in a row also as one (بيونغ يانغ = بيونغيانغ)."""
    previous: tuple[str, str] | None = None
    for i, word in enumerate(words):
        if taken[i] or _is_stopword(word) or is_quantity_word(word):
            previous = None
            continue
        main, alternatives = _name_forms(word)
        rarity = _rarity(main)
        for form, weight in [(main, _WEIGHTS["name"])] + [(a, _ALTERNATIVE) for a in alternatives]:
            key = skeleton(form)
            if len(key) >= 2:
                sig.add(key, weight * rarity, written[i])
        key = skeleton(main)
        if previous and len(key) <= _SHORT_SKELETON and len(previous[1]) <= _SHORT_SKELETON and key:
            sig.add(previous[1] + key, _ALTERNATIVE * rarity, f"{previous[0]} {written[i]}")
        previous = (written[i], key)


def _name_forms(word: str) -> tuple[str, list[str]]:
    """A word's main form (the Arabic article taken off) and the forms it may have
    without a one-letter clitic."""
    for article in _ARTICLE_CLITICS:
        if word.startswith(article) and len(word) - len(article) >= 3:
            return word[len(article):], []
    return word, list(clitic_variants(word)[:1])
