"""Storage: the one SQLite file of a library, and what keeps it sound.

``store`` opens it (pragmas, read-only fallback, refusing a file that is no library),
migrates it, and gives the write transactions every other package writes in, short ones for
long jobs included; ``schema`` holds the ordered migration steps; ``audit`` the append-only,
hash-chained log of who did what; ``backups`` scheduled copies through SQLite's backup API.
May use: kernel."""
