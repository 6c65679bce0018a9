"""Review: verdicts and the four-eyes rule.

``people`` (the desk's checkers and supervisors), ``workflow`` (the verdict's states and who
may move it: the four-eyes rule lives here), ``verdicts`` (one verdict per cluster, its
revisions and transitions), ``sources``, ``coverage`` (a verdict's claims when clusters merge or
split) and ``verdict_search`` (the queue's search index).
May use: kernel, db, text, library, claims, linking."""
