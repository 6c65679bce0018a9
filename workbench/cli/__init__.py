"""The ``workbench`` command line (``workbench.cli:main``, the console script): the commands
for people and scripts over the whole core. It holds no rules and no SQL of its own: every
command calls the core and prints what it answers.

``common`` holds what the command modules share; ``main`` the library, claims and linking
commands, ``verdicts`` people, verdicts and the queue, ``export`` publication; ``terminal``
prints Arabic and Hebrew for terminals that do not shape them, and nothing unprintable."""

from workbench.cli.main import main

__all__ = ["main"]
