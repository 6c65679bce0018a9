import re

import pytest

from workbench.text.textnorm import clitic_stems, fold, term_pattern, tokens


@pytest.mark.parametrize(
    "plain, marked",
    [
        ("محمد", "مُحَمَّد"),  # harakat and shadda
        ("شلوم", "شَلُوم"),
        ("שלום", "שָׁלוֹם"),  # niqqud and a final letter
        ("اسلام", "إسلام"),  # alef with hamza below
        ("احمد", "أحمد"),  # alef with hamza above
        ("امن", "آمن"),  # alef madda
        ("مصطفي", "مصطفى"),  # alef maqsura
        ("مدرسه", "مدرسة"),  # taa marbuta
        ("كتاب", "كتـــاب"),  # tatweel
        ("10000", "١٠٠٠٠"),  # Arabic-Indic digits
        ("2024", "۲۰۲۴"),  # Persian digits
        ("ايران", "ایران"),  # Persian yeh
        ("cafe", "Café"),
    ],
)
def test_fold_merges_spelling_variants(plain, marked):
    assert fold(plain) == fold(marked)


def test_fold_keeps_distinct_words_distinct():
    assert fold("كتب") != fold("كتاب")
    assert fold("שלום") != fold("שלומי")


def test_hebrew_final_letters_fold_to_ordinary_forms():
    assert fold("ם ן ץ ף ך") == "מ נ צ פ כ"


def test_clitic_stems_are_extra_tokens():
    stems = clitic_stems(fold("وروسيا والولايات بالذخيرة בצפון"))
    assert stems.split() == ["روسيا", "ولايات", "ذخيره", "צפונ"]


def test_short_words_are_not_stripped_of_a_leading_letter():
    assert clitic_stems(fold("ولد בית")) == ""


@pytest.mark.parametrize(
    "term, text, found",
    [
        ("محمد", "قال مُحَمَّدٌ إن", "مُحَمَّدٌ"),
        ("روسيا", "وصل إلى ورُوسِيَا أمس", "ورُوسِيَا"),
        ("שלומ", "אמר שָׁלוֹם לכולם", "שָׁלוֹם"),
        ("10", "أرسلت ١٠ آلاف جندي", "١٠"),
    ],
)
def test_term_pattern_finds_the_original_spelling(term, text, found):
    match = re.search(term_pattern(fold(term)), text)
    assert match and match.group(0) == found


def test_term_pattern_respects_word_boundaries_unless_prefix():
    assert re.search(term_pattern("روس"), "روسيا") is None
    assert re.search(term_pattern("روس", prefix=True), "روسيا").group(0) == "روس"


def test_tokens_split_like_fts5():
    assert tokens(fold('ארה"ב و_روسيا 10,000')) == ["ארה", "ב", "و", "روسيا", "10", "000"]


def test_fold_maps_each_variant_once_whatever_the_order():
    """fold replaces letter variants and digits one after another: that equals one
    simultaneous mapping only while no character folds into one that is itself folded."""
    from workbench.text import textnorm

    folds = textnorm._CHARACTER_FOLDS
    assert not set(folds.values()) & set(folds)
    text = "".join(folds) + " مدرسة على ۱۲٣ שלום"
    assert fold(text) == text.translate(str.maketrans(folds)).casefold()
