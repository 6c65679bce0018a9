"""The article library: articles in, found and read.

``readers`` read every supported file format into records (or say why not), ``ingest`` writes
them as articles in batches with their versions, ``derived`` keeps the rebuildable rows of
each article (paragraphs, folds, search index), ``articles`` lists and shows them, ``search``
finds them. The ``articles`` table and its derived tables belong here.
May use: kernel, db, text."""
