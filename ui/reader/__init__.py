"""Reading an article and marking its claims: the reader (each paragraph in its own direction,
claims highlighted, boilerplate folded), the claim pane and list, and the undoable claim edits."""
