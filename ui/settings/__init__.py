"""Settings: the settings dialog and the scheduled backups."""
