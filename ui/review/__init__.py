"""Verdicts and their review: the verdict dock (rating, rationale, sources, history, workflow)
and the supervisor's review queue."""
