"""The one mapping between the reader's document and an article's original text.

The reader shows the original text with folded boilerplate replaced by a
one-line placeholder, and Qt counts positions in UTF-16 code units while the
core counts code points (Python string indices). Every conversion between the
two goes through ``DocumentMap``; nothing else in the window does offset
arithmetic. Pure Python, so it is tested without a widget.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from workbench.text.folding import kinds_of, segments

FOLD_LABELS = {
    "subscription": "Subscription notice",
    "comment_form": "Comment form",
    "captcha": "CAPTCHA",
    "share": "Share buttons",
    "read_also": "“Read also” links",
    "credits": "Credits",
    "reading_time": "Reading time",
    "details_table": "Details table",
    "site_promo": "Site promotion",
    "repeated": "Repeated paragraph",
    "noise": "Separator",
    "page_footer": "Page footer",
}


@dataclass(frozen=True)
class Piece:
    """A segment of the article as laid out in the document."""

    original_start: int
    original_end: int
    doc_start: int  # code points in the document text
    doc_end: int
    folds: tuple[int, ...] = ()  # the folds a placeholder stands for; empty for text

    @property
    def placeholder(self) -> bool:
        return bool(self.folds)


def default_label(kinds: list[str], length: int) -> str:
    names = ", ".join(FOLD_LABELS.get(k, k) for k in kinds)
    return f"▸ {names} folded ({length} characters): click to show"


class DocumentMap:
    """The document text for a reader, and conversions between its positions and the original's."""

    def __init__(self, text: str, folds: list[tuple[int, int, str]], unfolded: set[int] = frozenset(), label=None):
        label = label or default_label
        self.original = text
        self.folds = folds
        self.segments: list[Piece] = []
        parts: list[str] = []
        doc = 0
        for seg in segments(text, folds, unfolded):
            shown = label(kinds_of(seg, folds), seg.end - seg.start) if seg.folded else text[seg.start:seg.end]
            self.segments.append(Piece(seg.start, seg.end, doc, doc + len(shown), seg.folds))
            parts.append(shown)
            doc += len(shown)
        self.text = "".join(parts)
        self._doc_starts = [s.doc_start for s in self.segments]
        self._orig_starts = [s.original_start for s in self.segments]
        self._astral = [i for i, ch in enumerate(self.text) if ord(ch) > 0xFFFF]

    # UTF-16 <-> code points within the document text
    def _cp_to_utf16(self, cp: int) -> int:
        return cp + bisect_left(self._astral, cp)

    def _utf16_to_cp(self, unit: int) -> int:
        lo, hi = 0, len(self._astral)
        while lo < hi:  # the number of astral characters before the code point we land on
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < unit:
                lo = mid + 1
            else:
                hi = mid
        return unit - lo

    def to_doc(self, original_offset: int) -> int:
        """Qt position (UTF-16) of an original offset; inside a folded range, the placeholder's start."""
        i = max(0, bisect_right(self._orig_starts, original_offset) - 1)
        seg = self.segments[i]
        if seg.placeholder:
            cp = seg.doc_start if original_offset < seg.original_end else seg.doc_end
        else:
            cp = seg.doc_start + min(original_offset, seg.original_end) - seg.original_start
        return self._cp_to_utf16(cp)

    def to_original(self, doc_position: int) -> int | None:
        """Original offset of a Qt position, or None inside a placeholder."""
        cp = self._utf16_to_cp(doc_position)
        i = max(0, bisect_right(self._doc_starts, cp) - 1)
        seg = self.segments[i]
        if seg.placeholder:
            return seg.original_end if cp >= seg.doc_end else None
        return seg.original_start + min(cp - seg.doc_start, seg.original_end - seg.original_start)

    def selection_to_original(self, anchor: int, position: int) -> tuple[int, int] | str:
        """Original (start, end) of a selection, or the reason it cannot be a claim."""
        a, b = sorted((anchor, position))
        start, end = self.to_original(a), self.to_original(b)
        if start is None or end is None or self.placeholder_between(a, b):
            return "the selection reaches into folded boilerplate; unfold it first"
        return start, end

    def placeholder_between(self, a: int, b: int) -> bool:
        ca, cb = self._utf16_to_cp(a), self._utf16_to_cp(b)
        return any(s.placeholder and s.doc_start < cb and ca < s.doc_end for s in self.segments)

    def folds_at(self, doc_position: int) -> tuple[int, ...]:
        """The folds whose placeholder holds a Qt position (empty elsewhere)."""
        cp = self._utf16_to_cp(doc_position)
        i = max(0, bisect_right(self._doc_starts, cp) - 1)
        seg = self.segments[i]
        return seg.folds if cp < seg.doc_end else ()

    def placeholders(self) -> list[tuple[tuple[int, ...], int, int]]:
        """(folds, Qt start, Qt end) of every placeholder."""
        return [(s.folds, self._cp_to_utf16(s.doc_start), self._cp_to_utf16(s.doc_end))
                for s in self.segments if s.placeholder]
