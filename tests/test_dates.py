"""Publication dates written with the month names of every Arabic-speaking region."""

from __future__ import annotations

import pytest

from workbench.text.dates import parse_date, stated_date


@pytest.mark.parametrize("written, expected", [
    ("14 أيار 2024", "2024-05-14"),  # Levant and Iraq
    ("الثلاثاء 14 حزيران 2024", "2024-06-14"),
    ("1 كانون الثاني 2024", "2024-01-01"),
    ("3 تشرين الأول 2023", "2023-10-03"),
    ("٣ تشرين الثاني ٢٠٢٣", "2023-11-03"),
    ("25 كانون الأول 2022", "2022-12-25"),
    ("20 آب 2020", "2020-08-20"),
    ("5 غشت 2022", "2022-08-05"),  # Morocco
    ("9 شتنبر 2021", "2021-09-09"),
    ("12 جوان 2021", "2021-06-12"),  # Algeria, Tunisia
    ("7 فيفري 2023", "2023-02-07"),
    ("14 مايو 2024", "2024-05-14"),  # as before
])
def test_the_regional_names_of_the_months_are_read(written, expected):
    assert parse_date(written) == expected


def test_a_month_name_is_a_whole_word():
    """"آب" (August) inside another word is no month; a stated date on a page reads the same."""
    assert parse_date("14 آبار 2024") is None
    assert stated_date("عنوان الخبر\nتاريخ النشر: الأحد 12 أيلول 2021\nنص الخبر") == "2021-09-12"
