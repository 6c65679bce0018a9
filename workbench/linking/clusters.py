"""Clusters of claims: claims linked as the same claim, directly or through others."""

from __future__ import annotations

from sqlite_utils import Database


def cluster_of(db: Database, claim_id: int) -> list[int]:
    """Every claim linked to ``claim_id`` as the same claim, directly or through others
    (``claim_id`` included), in id order."""
    rows = db.execute(
        """WITH RECURSIVE linked(id) AS (
               SELECT ?
               UNION
               SELECT CASE WHEN l.a = linked.id THEN l.b ELSE l.a END
               FROM claim_links l JOIN linked ON l.a = linked.id OR l.b = linked.id
               WHERE l.decision = 'same'
           )
           SELECT id FROM linked ORDER BY id""",
        [claim_id],
    ).fetchall()
    return [r[0] for r in rows]


def clusters(db: Database) -> list[list[int]]:
    """All clusters of two claims or more, each in id order, largest first."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in db.execute("SELECT a, b FROM claim_links WHERE decision = 'same'"):
        parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for claim_id in list(parent):
        groups.setdefault(root(claim_id), []).append(claim_id)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g[0]))
