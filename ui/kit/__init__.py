"""What every feature of the window uses: text of both directions (``bidi``), the interface's
words for the core's (``words``), item roles, translation (``i18n``, ``core_text``), themes and
font size (``appearance``), the editor laying out each paragraph in its own direction, the
mapping between Qt's UTF-16 positions and the original text's code points (``textmap``), and
background work with progress and cancel (``tasks``, ``task_status``)."""
