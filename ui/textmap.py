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
class Segment:
    original_start: int
    original_end: int
    doc_start: int  # code points in the document text
    fold_index: int | None  # index into the folds when this segment is a placeholder

    @property
    def doc_end(self) -> int:
        return self.doc_start + (len(self.placeholder) if self.fold_index is not None else self.original_end - self.original_start)

    placeholder: str = ""


class DocumentMap:
    """The document text for a reader, and conversions between its positions and the original's."""

    def __init__(self, text: str, folds: list[tuple[int, int, str]], unfolded: set[int] = frozenset(), label=None):
        label = label or (lambda kind, n: f"▸ {FOLD_LABELS.get(kind, kind)} folded ({n} characters): click to show")
        self.original = text
        self.folds = folds
        self.segments: list[Segment] = []
        parts: list[str] = []
        position = doc = 0
        for index, (start, end, kind) in enumerate(folds):
            if index in unfolded or start < position:
                continue
            if start > position:
                self.segments.append(Segment(position, start, doc, None))
                parts.append(text[position:start])
                doc += start - position
            placeholder = label(kind, end - start)
            self.segments.append(Segment(start, end, doc, index, placeholder))
            parts.append(placeholder)
            doc += len(placeholder)
            position = end
        if position < len(text) or not self.segments:
            self.segments.append(Segment(position, len(text), doc, None))
            parts.append(text[position:])
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
        if seg.fold_index is not None:
            cp = seg.doc_start if original_offset < seg.original_end else seg.doc_end
        else:
            cp = seg.doc_start + min(original_offset, seg.original_end) - seg.original_start
        return self._cp_to_utf16(cp)

    def to_original(self, doc_position: int) -> int | None:
        """Original offset of a Qt position, or None inside a placeholder."""
        cp = self._utf16_to_cp(doc_position)
        i = max(0, bisect_right(self._doc_starts, cp) - 1)
        seg = self.segments[i]
        if seg.fold_index is not None:
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
        return any(s.fold_index is not None and s.doc_start < cb and ca < s.doc_end for s in self.segments)

    def fold_at(self, doc_position: int) -> int | None:
        """The fold whose placeholder holds a Qt position."""
        cp = self._utf16_to_cp(doc_position)
        i = max(0, bisect_right(self._doc_starts, cp) - 1)
        seg = self.segments[i]
        return seg.fold_index if seg.fold_index is not None and cp < seg.doc_end else None

    def placeholders(self) -> list[tuple[int, int, int]]:
        """(fold index, Qt start, Qt end) of every placeholder."""
        return [(s.fold_index, self._cp_to_utf16(s.doc_start), self._cp_to_utf16(s.doc_end))
                for s in self.segments if s.fold_index is not None]
