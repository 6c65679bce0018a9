"""The kernel: what every other package may use and that uses none of them.

``errors`` (the kinds of refusal the window and the command line tell apart), ``messages``
(messages built from an English template and its values, translated by the window),
``atomic`` (files written whole or not at all) and ``appdirs`` (where the user's data lives)."""
