"""Small helpers on (start, end) spans of an article's text."""

from __future__ import annotations


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) so that it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
