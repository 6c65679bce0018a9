"""Showing an article with its boilerplate folded: which ranges are text and which are folded.

One rule for every reader of an article (the window and ``workbench show``):
folds that touch or are separated only by white space fold together, as one
placeholder, unless one of them has been unfolded.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    folds: tuple[int, ...] = ()  # indices of the folds hidden here; empty for shown text

    @property
    def folded(self) -> bool:
        return bool(self.folds)


def segments(text: str, folds: list[tuple[int, int, str]], unfolded: set[int] = frozenset()) -> list[Segment]:
    """The article as consecutive segments of shown text and folded groups."""
    groups: list[list[int]] = []
    ends: list[int] = []
    for index, (start, end, _kind) in sorted(enumerate(folds), key=lambda item: item[1][0]):
        if index in unfolded:
            continue
        if groups and (start <= ends[-1] or not text[ends[-1]:start].strip()):
            groups[-1].append(index)
            ends[-1] = max(ends[-1], end)
        else:
            groups.append([index])
            ends.append(end)
    result: list[Segment] = []
    position = 0
    for group, end in zip(groups, ends):
        start = folds[group[0]][0]
        if start > position:
            result.append(Segment(position, start))
        result.append(Segment(start, end, tuple(group)))
        position = end
    if position < len(text) or not result:
        result.append(Segment(position, len(text)))
    return result


def kinds_of(segment: Segment, folds: list[tuple[int, int, str]]) -> list[str]:
    """The kinds of boilerplate in a folded segment, each once, in order."""
    return list(dict.fromkeys(folds[i][2] for i in segment.folds))
