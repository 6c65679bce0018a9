"""Publication: what leaves the desk.

``export`` writes CSV for partners and ClaimReview for search engines, ``export_rows`` keeps
each published verdict's CSV row ready, ``csv_cells`` makes a value safe in a cell,
``settings`` holds the organisation's and the desk's settings, ``report`` draws the dashboard.
May use: every package below it (kernel, db, text, library, claims, linking, review)."""
