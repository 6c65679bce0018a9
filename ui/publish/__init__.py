"""What leaves the desk: the export dialog and the dashboard."""
