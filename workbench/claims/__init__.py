"""Claims: the statements checkers mark in articles, anchored to offsets in the original text.

``marking`` creates, edits, moves, deletes and restores claims (the only writer of the
``claims`` table) and re-anchors a quote; ``importing`` reads hand-marked claims files;
``checkworthy`` suggests the sentences worth checking, with their reasons.
May use: kernel, db, text, library; and review's ``coverage`` and ``verdict_search`` to keep
a verdict's cover and search index in step inside the same write (see tests/test_layers.py)."""
