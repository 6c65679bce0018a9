#!/usr/bin/env python
"""How much Latin-script text the language identifier needs to read: accuracy and time per sample size.

    .venv/bin/python bench/bench_latin_sample.py                  # 150 documents per language
    .venv/bin/python bench/bench_latin_sample.py --docs 50 --sizes 4000,700

An article's Latin-script text is given to py3langid cut to ``language.LATIN_SAMPLE``
characters (py3langid walks its input byte by byte in Python, so the cut is most of
its cost). This measures what the cut costs in accuracy, on real sentences rather
than the synthetic corpus: the translated messages of the programs installed on
this machine (gettext catalogs under /usr/share/locale; their English originals for
English). Each document is about 4,000 characters of one language's messages in
random order. For each sample size, ``language.latin_language`` is called on every
document with ``LATIN_SAMPLE`` set to that size; the reference is the same call
reading the whole document, in the same run. A language with no catalogs here is
left out (and named).
"""

from __future__ import annotations

import argparse
import gettext
import random
import re
import sys
import time
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.text import language  # noqa: E402

LOCALES = Path("/usr/share/locale")
DOC_CHARS = 4000
_FORMAT_RE = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]|\{[^}]*\}|<[^>]+>|[_&](?=\w)")


def _clean(message: str) -> str | None:
    """A catalog message as prose, or None when it is too short to be a sentence."""
    text = " ".join(_FORMAT_RE.sub("", message).split())
    return text if len(text.split()) >= 3 else None


def messages(code: str) -> list[str]:
    """Distinct translated messages of every catalog of ``code`` (for English: the originals)."""
    folders = [LOCALES / d / "LC_MESSAGES" for d in ("de", "fr")] if code == "en" else [LOCALES / code / "LC_MESSAGES"]
    found: dict[str, None] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.mo")) if folder.is_dir() else []:
            try:
                with path.open("rb") as handle:
                    catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
            except (OSError, ValueError, UnicodeDecodeError):
                continue
            for key, value in catalog.items():
                original = key[0] if isinstance(key, tuple) else key
                text = _clean(original if code == "en" else value)
                if text and original:  # the empty key is the catalog's header
                    found[text] = None
    return list(found)


def documents(lines: list[str], count: int, rng: random.Random) -> list[str]:
    """``count`` documents of about DOC_CHARS characters, each of lines in random order."""
    docs = []
    for _ in range(count):
        parts, size = [], 0
        while size < DOC_CHARS:
            line = rng.choice(lines)
            parts.append(line)
            size += len(line) + 1
        docs.append("\n".join(parts))
    return docs


def run(docs: dict[str, list[str]], sample: int) -> tuple[int, int, float]:
    """Documents told right, documents read, and microseconds per call, reading ``sample`` characters."""
    language.LATIN_SAMPLE = sample
    right = total = 0
    started = time.process_time()
    for code, texts in docs.items():
        for text in texts:
            right += language.latin_language(text) == code
            total += 1
    return right, total, (time.process_time() - started) / total * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=150, help="documents per language (default 150)")
    parser.add_argument("--sizes", default="1000,700,500,300,200", help="sample sizes in characters, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    docs, missing = {}, []
    for code in language.LATIN_LANGUAGES:
        lines = messages(code)
        if len(lines) < 50:
            missing.append(code)
        else:
            docs[code] = documents(lines, args.docs, rng)
    if not docs:
        sys.exit(f"no gettext catalogs under {LOCALES}: nothing to measure")
    kept = language.LATIN_SAMPLE
    language.latin_language(next(iter(docs.values()))[0])  # load the model before timing
    reference = run(docs, DOC_CHARS * 2)
    rows = [[f"whole document (~{DOC_CHARS:,} chars)", f"{reference[0] / reference[1]:.2%}", f"{reference[2]:.0f} µs", "1.00x", "reference"]]
    for size in [int(s) for s in args.sizes.split(",")]:
        right, total, micro = run(docs, size)
        mark = " (LATIN_SAMPLE)" if size == kept else ""
        rows.append([f"{size:,} chars{mark}", f"{right / total:.2%}", f"{micro:.0f} µs", f"{micro / reference[2]:.2f}x",
                     f"{right - reference[0]:+d} told right" if right != reference[0] else "same"])
    language.LATIN_SAMPLE = kept
    print(tabulate(rows, headers=["sample read", "accuracy", "time per call", "time vs whole", "vs whole"]))
    print(f"({len(docs)} languages x {args.docs} documents = {sum(map(len, docs.values())):,} calls per row; "
          f"seed {args.seed}; Python {sys.version.split()[0]}"
          + (f"; no catalogs for {', '.join(missing)}" if missing else "") + ")")


if __name__ == "__main__":
    main()
