"""Text: what the workbench knows of Arabic, Hebrew and English writing, with no database.

``textnorm`` (the one set of normalisation rules: diacritics, niqqud, letter variants),
``decoding`` (bytes to text, or why not), ``language`` (a paragraph's language and direction),
``dates``, ``quantities`` (numbers written in words or digits of any script), ``skeleton``
(names written in either script), ``boilerplate`` and ``folding`` (web-page furniture found and
folded, never deleted), ``spans`` and ``addresses`` (web addresses made safe).
May use: kernel."""
