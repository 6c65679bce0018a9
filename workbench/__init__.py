"""The fact-check workbench core: articles, claims, matching, workflow, export. No Qt here."""

__version__ = "0.1.0"
