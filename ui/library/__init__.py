"""The article library in the window: its table (loaded in chunks, filtered) and the list of
what an import left out."""
