"""Where the application keeps its files in the user's folders (platformdirs).

A module of its own so that the import's worker processes, which never open the
database, name the same folders without loading the storage layer."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

APP_NAME = "factcheck-workbench"  # the folder's name; also the window's settings' organisation


def data_dir() -> Path:
    """The user's data folder for the workbench: the default workspace database lives there."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The user's cache folder for the workbench: derived files, rebuilt when deleted."""
    return Path(user_cache_dir(APP_NAME, appauthor=False))
