"""Language and text direction of articles and of each of their paragraphs.

Scripts are counted letter by letter, so a paragraph is right-to-left when
most of its letters are Arabic or Hebrew, whatever letter it starts with
("Pyongyang, Nordkorea - في عرض جريء ..." is an Arabic paragraph). Within a
script the language is told apart by letters only that language uses (Persian
پ چ ژ گ, Urdu ے ں ٹ, Ukrainian і ї є); Latin-script text goes to py3langid.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from workbench.kernel.appdirs import cache_dir
from workbench.kernel.atomic import atomic_write
from workbench.kernel.errors import BadInput
from workbench.kernel.messages import template

_SCRIPT_RANGES = {
    "A": [(0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)],
    "H": [(0x0591, 0x05F4), (0xFB1D, 0xFB4F)],
    "L": [(0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF)],
    "C": [(0x0400, 0x04FF)],
}
_SCRIPT_TABLE = {
    cp: code
    for code, ranges in _SCRIPT_RANGES.items()
    for lo, hi in ranges
    for cp in range(lo, hi + 1)
    if chr(cp).isalpha() or code == "H"
}
RTL_SCRIPTS = {"A", "H"}
_SCRIPTS = tuple(_SCRIPT_RANGES)
# Positions in _SCRIPTS of the scripts written in each direction, and getters of their counts
# from a list of counts in the order of _SCRIPTS.
_SIDES = {"rtl": tuple(i for i, c in enumerate(_SCRIPTS) if c in RTL_SCRIPTS),
          "ltr": tuple(i for i, c in enumerate(_SCRIPTS) if c not in RTL_SCRIPTS)}
_RTL_COUNTS, _LTR_COUNTS = itemgetter(*_SIDES["rtl"]), itemgetter(*_SIDES["ltr"])
_LATIN = _SCRIPTS.index("L")


def _char_class(code: str) -> str:
    """A regex character class of the letters ``_SCRIPT_TABLE`` gives to script ``code``."""
    points = sorted(cp for cp, c in _SCRIPT_TABLE.items() if c == code)
    ranges: list[list[int]] = []
    for cp in points:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "[" + "".join(re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else "") for lo, hi in ranges) + "]"


_LATIN_WORD_RE = re.compile(_char_class("L") + r"+(?:['’-]" + _char_class("L") + "+)*")

# Letters only one language of a script uses, counted per paragraph (disjoint sets).
_MARK_LETTERS = {"fa": "پچژگکی", "ur": "ےںٹڈڑھ", "ar": "ةيكى", "uk": "іїєґІЇЄҐ"}

LATIN_LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "nl", "tr", "id", "pl", "sv", "da", "ro"]
LANGUAGE_NAMES = {
    "ar": template("Arabic"), "he": template("Hebrew"), "en": template("English"), "fa": template("Persian"),
    "ur": template("Urdu"), "ru": template("Russian"), "uk": template("Ukrainian"), "fr": template("French"),
    "de": template("German"), "es": template("Spanish"), "it": template("Italian"), "pt": template("Portuguese"),
    "nl": template("Dutch"), "tr": template("Turkish"), "id": template("Indonesian"), "pl": template("Polish"),
    "sv": template("Swedish"), "da": template("Danish"), "ro": template("Romanian"), "und": template("unknown"),
}
"""The name of each language the library tells apart, in English: the window and the
dashboard show it translated."""
_MIN_LATIN_LETTERS = 40
LATIN_SAMPLE = 700  # characters of Latin text given to py3langid (chosen with bench/bench_latin_sample.py)
_MAX_LANGID_CALLS = 50


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    language: str
    direction: str


@dataclass(frozen=True)
class LanguageProfile:
    language: str
    direction: str
    paragraphs: list[Paragraph]


def script_counts(text: str) -> Counter:
    """Letters of ``text`` per script: A(rabic), H(ebrew), L(atin), C(yrillic)."""
    mapped = text.translate(_SCRIPT_TABLE)
    return Counter({code: mapped.count(code) for code in _SCRIPT_RANGES})



def main_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in, None when it has no letters."""
    counts = script_counts(text)
    return max(counts, key=counts.__getitem__) if sum(counts.values()) else None

_MIXED_SHARE = 0.3


def direction_of(counts: Counter, default: str = "ltr") -> str:
    """``rtl`` when right-to-left letters are the majority, ``ltr`` when not.

    A line that mixes both with the smaller side at 30% or more (a date line
    "تاريخ النشر: 13th, September 2023", a site's Latin name after an Arabic
    phrase) takes ``default``, the direction of the article around it.
    """
    return _direction(sum(counts[c] for c in _SCRIPTS if c in RTL_SCRIPTS),
                      sum(counts[c] for c in _SCRIPTS if c not in RTL_SCRIPTS), default)


# A web or e-mail address is written in Latin letters whatever the language around it: it
# says nothing of a paragraph's direction (an Arabic line that ends with its source's link
# read from the left) or language.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # tried at every character: only where an @ is


def _address_patterns(text: str) -> tuple[re.Pattern, ...]:
    return (_WEB_ADDRESS, _MAIL_ADDRESS) if "@" in text else (_WEB_ADDRESS,)


def _without_addresses(text: str) -> str:
    for pattern in _address_patterns(text):
        text = pattern.sub(" ", text)
    return text


def text_direction(text: str, default: str = "ltr") -> str:
    """``direction_of`` the letters of ``text`` outside web and e-mail addresses."""
    return direction_of(script_counts(_without_addresses(text)), default)


def _direction(rtl: int, ltr: int, default: str) -> str:
    """``direction_of`` from the numbers of right-to-left and left-to-right letters."""
    if rtl == ltr == 0 or min(rtl, ltr) >= _MIXED_SHARE * (rtl + ltr):
        return default
    return "rtl" if rtl > ltr else "ltr"


def _main_script(row: list[int], direction: str) -> str | None:
    """The script with most letters among those written in ``direction`` (the first of
    ``_SCRIPTS`` on a tie), ``row`` being letters per script in the order of ``_SCRIPTS``."""
    for side in (_SIDES[direction], range(len(_SCRIPTS))):
        best = None
        for i in side:
            if row[i] and (best is None or row[i] > row[best]):
                best = i
        if best is not None:
            return _SCRIPTS[best]
    return None


@lru_cache(maxsize=1)
def _latin_identifier():
    """py3langid's identifier for LATIN_LANGUAGES, without the model of its other 120 languages.

    py3langid's own loader decompresses the whole model (about 0.6 s) and keeps
    all of it (the scores of every language, 28 MB, and a 39 MB transition table),
    with a peak of about 100 MB while loading: in each worker process of an
    import. Here the scores of the other languages are never read, and the model
    kept for our languages is in the user's cache folder (derived data: deleting
    it costs the next start 0.6 s), whose transition table is mapped from the
    file rather than read (only the pages of the states our texts reach are
    loaded, and the workers share them)."""
    from py3langid.langid import LanguageIdentifier

    model = _cached_latin_model()
    if model is None:
        model = _read_latin_model()
        _write_latin_model(model)
        model = _cached_latin_model() or model
    ptc, pc, classes, nextmove, row, output = model
    identifier = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    # Restricting the model, already restricted to these languages, once more gives
    # the classifier the very arrays py3langid's set_languages makes from the full
    # model, laid out the same (so the scores are the same to the last bit).
    identifier.set_languages(LATIN_LANGUAGES)
    return identifier


_TYPECODES = {2: "H", 4: "I", 8: "Q"}  # unsigned integer arrays of the model, by item size


def _read_latin_model():
    """(scores, priors, classes, transitions, rows, outputs) of py3langid's model for
    LATIN_LANGUAGES, read from its file member by member, as py3langid.modelio.load_model
    reads them but for the score columns of the other languages, which are skipped."""
    import lzma
    import shutil
    import tempfile
    import zipfile

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    with tempfile.TemporaryFile(suffix=".npz") as tmp:
        with lzma.open(MODEL_DIR / MODEL_FILE) as src:
            shutil.copyfileobj(src, tmp, length=1 << 20)
        tmp.seek(0)
        with zipfile.ZipFile(tmp) as npz:
            def member(name):
                f = npz.open(name + ".npy")
                version = np.lib.format.read_magic(f)
                read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
                shape, fortran_order, dtype = read_header(f)
                if fortran_order:
                    raise ValueError(f"py3langid model: {name} in Fortran order")
                return f, shape, dtype

            def whole(name):
                with npz.open(name + ".npy") as f:
                    return np.lib.format.read_array(f, allow_pickle=False)

            def unsigned(name):
                f, shape, dtype = member(name)
                with f:
                    values = array(_TYPECODES[dtype.itemsize], bytes(dtype.itemsize)) * int(np.prod(shape))
                    view = memoryview(values).cast("B")
                    done = 0
                    while done < len(view):
                        got = f.readinto(view[done:done + (1 << 20)])
                        if not got:
                            raise ValueError(f"py3langid model: {name} is cut short")
                        done += got
                if not dtype.isnative:
                    values.byteswap()
                return values

            classes = whole("classes").tolist()
            unknown = set(LATIN_LANGUAGES) - set(classes)
            if unknown:
                raise ValueError(f"Unknown language code(s): {unknown}")
            keep = [i for i, c in enumerate(classes) if c in set(LATIN_LANGUAGES)]
            pc = whole("pc")[keep]
            f, (features, columns), dtype = member("ptc")
            ptc = np.empty((features, len(keep)), dtype)
            with f:
                for first in range(0, features, 4096):
                    rows = min(4096, features - first)
                    block = np.frombuffer(f.read(rows * columns * dtype.itemsize), dtype).reshape(rows, columns)
                    ptc[first:first + rows] = block[:, keep]
            return ptc, pc, [classes[i] for i in keep], unsigned("nextmove"), unsigned("nextmove_row"), \
                whole("out_feat").tolist()


_CACHE_MAGIC = b"workbench-langid-1\n"
_PAGE = 4096


def _latin_model_path():
    from importlib.metadata import version

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    size = (MODEL_DIR / MODEL_FILE).stat().st_size
    return cache_dir() / f"langid-{version('py3langid')}-{size}-{'-'.join(LATIN_LANGUAGES)}.bin"


def _write_latin_model(model) -> None:
    """Keep the restricted model in the cache folder: a JSON header, then each array's bytes."""
    import json

    import numpy as np

    ptc, pc, classes, nextmove, row, output = model
    # Byte views of the arrays, not copies: the transition table alone is 39 MB.
    parts = {"nextmove": memoryview(nextmove).cast("B"), "row": memoryview(row).cast("B"),
             "output": memoryview(array("i", output)).cast("B"), "ptc": memoryview(np.ascontiguousarray(ptc)).cast("B"),
             "pc": memoryview(np.ascontiguousarray(pc)).cast("B")}
    header = {"byteorder": sys.byteorder, "classes": classes, "ptc": [list(ptc.shape), ptc.dtype.str],
              "pc": pc.dtype.str, "nextmove": nextmove.typecode, "row": row.typecode, "parts": {}}
    offset = _PAGE * 4  # room for the header
    for name, data in parts.items():
        header["parts"][name] = [offset, len(data)]
        offset += -(-len(data) // _PAGE) * _PAGE
    head = _CACHE_MAGIC + json.dumps(header).encode("utf-8")
    if len(head) >= _PAGE * 4:
        return
    try:
        path = _latin_model_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path, binary=True) as f:
            f.write(head)
            for name, data in parts.items():
                f.seek(header["parts"][name][0])
                f.write(data)
            f.truncate(offset)
    except (OSError, ValueError, BadInput):
        pass  # a read-only home: the model is read from py3langid's file next time too


def _cached_latin_model():
    """The model ``_write_latin_model`` kept, its transition table mapped from the file;
    None when there is none (or it is not whole)."""
    import json
    import mmap

    import numpy as np

    try:
        with open(_latin_model_path(), "rb") as f:
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    try:
        if mapped[:len(_CACHE_MAGIC)] != _CACHE_MAGIC:
            raise ValueError("not a model file")
        end = mapped.find(b"\0", 0, _PAGE * 4)
        header = json.loads(mapped[len(_CACHE_MAGIC):end if end >= 0 else _PAGE * 4])
        parts = header["parts"]
        if header["byteorder"] != sys.byteorder or any(o + n > len(mapped) for o, n in parts.values()):
            raise ValueError("not whole")
        view = memoryview(mapped)

        def part(name):
            offset, size = parts[name]
            return view[offset:offset + size]

        shape, ptc_type = header["ptc"]
        ptc = np.frombuffer(part("ptc"), ptc_type).reshape(shape)
        pc = np.frombuffer(part("pc"), header["pc"])
        nextmove = part("nextmove").cast(header["nextmove"])  # stays mapped
        row = array(header["row"])
        row.frombytes(part("row"))
        output = part("output").cast("i").tolist()
        if len(row) != len(output) or not ptc.shape[1] == len(header["classes"]) == len(pc):
            raise ValueError("not whole")
        return ptc, pc, header["classes"], nextmove, row, output
    except (KeyError, TypeError, ValueError, OSError):
        return None


def latin_language(text: str) -> str:
    """Language of a Latin-script text, or ``und`` when too short to tell.

    Only its first LATIN_SAMPLE characters are read: py3langid walks the text
    byte by byte in Python (about half a microsecond a byte), and a few sentences tell
    these languages apart as well as a whole article does."""
    sample = text[:LATIN_SAMPLE]
    if sum(script_counts(sample).values()) < _MIN_LATIN_LETTERS:
        return "und"
    language, probability = _latin_identifier().classify(sample)
    return language if probability >= 0.5 else "und"


def _arabic_script_language(persian: int, urdu: int, arabic: int) -> str:
    if urdu >= 2 and urdu > arabic:
        return "ur"
    if persian >= 2 and persian > arabic:
        return "fa"
    return "ar"


def _script_language(script: str, marks: list[int]) -> str | None:
    """The language of a paragraph written in ``script``, from the counts of
    ``_MARK_LETTERS`` in it (in their order: fa, ur, ar, uk)."""
    persian, urdu, arabic, ukrainian = marks
    if script == "A":
        return _arabic_script_language(persian, urdu, arabic)
    if script == "H":
        return "he"
    if script == "C":
        return "uk" if ukrainian else "ru"
    return None


@lru_cache(maxsize=1)
def _code_table():
    """Per code point of the Basic Multilingual Plane, one number for its script and its mark
    letter: (the index in ``_SCRIPT_RANGES`` + 1 of its script, 0 when not a letter of ours)
    * ``_CODE_WIDTH`` + (the index in ``_MARK_LETTERS`` + 1, 0 when not a mark letter)."""
    import numpy as np

    table = np.zeros(0x10000, np.uint8)
    for cp, code in _SCRIPT_TABLE.items():
        table[cp] = (_SCRIPTS.index(code) + 1) * _CODE_WIDTH
    for i, letters in enumerate(_MARK_LETTERS.values()):
        for c in letters:
            table[ord(c)] += i + 1
    return table


_CODE_WIDTH = len(_MARK_LETTERS) + 1  # 5 x 5 codes: they fit _code_table's bytes


def _span_letters(text: str, spans: list[tuple[int, int]]) -> tuple[list[list[int]], list[list[int]]]:
    """``script_counts`` of each span of ``text`` (a list in the order of ``_SCRIPTS``),
    and its counts of ``_MARK_LETTERS`` (in their order).

    One pass over the article in numpy (a table lookup per character, counted per
    span) instead of translating every paragraph: this was most of the cost of
    telling languages apart in an import. Scripts and mark letters are counted in one
    lookup and one count, and given as lists rather than a dictionary per span, which
    cost as much as the counting. ``spans`` are ``profile``'s: in order, and what lies
    between them holds no letter."""
    import numpy as np

    if not spans:
        return [], []
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), "<u4")
    # "clip": a code point beyond the table reads its last entry, U+FFFF, no letter (none of
    # ours lies beyond).
    codes = _code_table().take(points, mode="clip")
    width = (len(_SCRIPTS) + 1) * _CODE_WIDTH
    starts = np.zeros(len(points), np.intp)
    starts[[s for s, _ in spans]] = width
    offsets = np.cumsum(starts)  # width * (1 + the span a character is in); 0 before the first
    counted = np.bincount(offsets + codes, minlength=width * (len(spans) + 1))
    counted = counted.reshape(-1, len(_SCRIPTS) + 1, _CODE_WIDTH)[1:]  # span, script, mark letter
    return counted[:, 1:, :].sum(axis=2).tolist(), counted[:, :, 1:].sum(axis=1).tolist()


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that is not blank: the paragraphs ``profile`` names."""
    spans = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def profile(text: str) -> LanguageProfile:
    """The article's language and direction and those of each paragraph (line)."""
    spans = line_spans(text)
    counts, marks = _span_letters(text, spans)
    _leave_out_addresses(text, spans, counts)
    total = [sum(column) for column in zip(*counts)] or [0] * len(_SCRIPTS)
    direction = _direction(sum(_RTL_COUNTS(total)), sum(_LTR_COUNTS(total)), "ltr")
    # Where Latin script is the article's main script, one language identification
    # over its Latin text names every Latin paragraph; Latin paragraphs inside an
    # Arabic or Hebrew article (a quoted English sentence, a German details
    # table) are few, and each is identified on its own.
    latin_is_main = total[_LATIN] * 2 > sum(total)
    langid_budget = 0 if latin_is_main else _MAX_LANGID_CALLS
    latin_fallback: str | None = None
    paragraphs: list[Paragraph] = []
    for (start, end), c, m in zip(spans, counts, marks):
        paragraph_direction = _direction(sum(_RTL_COUNTS(c)), sum(_LTR_COUNTS(c)), direction)
        script = _main_script(c, paragraph_direction)
        if script == "L":
            if c[_LATIN] >= _MIN_LATIN_LETTERS and langid_budget > 0:
                langid_budget -= 1
                language = latin_language(text[start:end])
            else:
                if latin_fallback is None:
                    latin_fallback = _article_latin_language(text, spans, counts)
                language = latin_fallback
        elif script is None:
            language = "und"
        else:
            language = _script_language(script, m) or "und"
        paragraphs.append(Paragraph(start, end, language, paragraph_direction))
    return LanguageProfile(_dominant_language(paragraphs), direction, paragraphs)


def _leave_out_addresses(text: str, spans: list[tuple[int, int]], counts: list[list[int]]) -> None:
    """Count the letters of each span holding a web or e-mail address again without it (in
    place): the few such paragraphs, found by one search of the whole text."""
    starts = [start for start, _ in spans]
    found = (m.start() for pattern in _address_patterns(text) for m in pattern.finditer(text))
    for i in {bisect_right(starts, at) - 1 for at in found}:
        if i >= 0:
            start, end = spans[i]
            letters = script_counts(_without_addresses(text[start:end]))
            counts[i] = [letters[code] for code in _SCRIPTS]


def _article_latin_language(text: str, spans, counts) -> str:
    """The language of the article's Latin-script text: its Latin paragraphs whole, and
    only the Latin words of its other paragraphs (an Arabic paragraph naming "Reuters"
    would otherwise give the identifier mostly Arabic bytes to read)."""
    parts: list[str] = []
    size = 0
    for (start, end), c in zip(spans, counts):
        if not c[_LATIN]:
            continue
        chunk = text[start:end]
        part = chunk if c[_LATIN] * 2 > sum(c) else " ".join(_LATIN_WORD_RE.findall(chunk))
        parts.append(part)
        size += len(part) + 1
        if size >= LATIN_SAMPLE:
            break
    return latin_language(" ".join(parts))


def _dominant_language(paragraphs: list[Paragraph]) -> str:
    weight: Counter = Counter()
    for p in paragraphs:
        if p.language != "und":
            weight[p.language] += p.end - p.start
    return weight.most_common(1)[0][0] if weight else "und"
