"""Linking: the same claim across articles and languages.

``signature`` describes a claim by its numbers, names, glossary concepts and words;
``matching`` scores two signatures; ``glossary`` holds the field's and the desk's terms;
``links`` suggests candidates and records same / different decisions; ``clusters`` groups the
claims linked as the same; ``sentence_links`` looks for a claim in sentences nobody marked;
``evaluation`` measures linking against hand-marked pairs.
May use: kernel, db, text, library, claims; and review's ``coverage`` to keep verdicts in step
when clusters merge or split."""
