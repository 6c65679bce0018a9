"""The reader's one mapping: UTF-16 positions and folded placeholders <-> original code points."""

import pytest

from ui.kit.textmap import DocumentMap


def utf16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def test_plain_text_maps_one_to_one():
    m = DocumentMap("قال بوتين\nשלום", [])
    assert m.text == "قال بوتين\nשלום"
    assert [m.to_doc(i) for i in range(len(m.text) + 1)] == list(range(len(m.text) + 1))
    assert [m.to_original(i) for i in range(len(m.text) + 1)] == list(range(len(m.text) + 1))


def test_positions_after_an_emoji_are_converted_between_utf16_and_code_points():
    text = "Breaking 🔴 أرسلت أكثر من 10 آلاف جندي 🇰🇵 end"
    m = DocumentMap(text, [])
    start = text.index("أرسلت")
    qt_start = utf16(text[:start])
    assert qt_start == start + 1  # one astral character before it
    assert m.to_doc(start) == qt_start and m.to_original(qt_start) == start
    end = text.index(" end")
    assert m.to_doc(end) == utf16(text[:end]) == end + 3
    assert m.selection_to_original(qt_start, utf16(text[:end])) == (start, end)


def test_selection_spanning_two_paragraphs():
    text = "الفقرة الأولى هنا.\nالفقرة الثانية هنا."
    m = DocumentMap(text, [])
    a, b = text.index("هنا."), text.index("الثانية") + len("الثانية")
    start, end = m.selection_to_original(m.to_doc(b), m.to_doc(a))  # selected backwards
    assert text[start:end] == "هنا.\nالفقرة الثانية"


def test_folded_ranges_become_placeholders_and_map_around_them():
    text = "Headline\nSubscribe to our channel now\nBody 🔴 text here\n"
    fold_start, fold_end = 9, 9 + len("Subscribe to our channel now")
    m = DocumentMap(text, [(fold_start, fold_end, "subscription")])
    assert "Subscribe" not in m.text and "Subscription notice folded (28 characters)" in m.text
    body = text.index("text here")
    assert m.to_original(m.to_doc(body)) == body
    assert m.to_original(m.to_doc(fold_start) + 3) is None
    assert m.folds_at(m.to_doc(fold_start) + 3) == (0,)
    reason = m.selection_to_original(m.to_doc(2), m.to_doc(body))
    assert isinstance(reason, str) and "folded boilerplate" in reason
    assert m.selection_to_original(m.to_doc(body), m.to_doc(body + 4)) == (body, body + 4)


def test_neighbouring_folds_share_one_placeholder():
    text = "Body\nCAPTCHA\n\nDiscover the site\n^\nMore body"
    folds = [(5, 12, "captcha"), (14, 31, "site_promo"), (32, 33, "noise")]
    m = DocumentMap(text, folds)
    [(indices, _, _)] = m.placeholders()
    assert indices == (0, 1, 2) and "CAPTCHA, Site promotion, Separator folded" in m.text
    assert DocumentMap(text, folds, unfolded={1}).text.count("▸") == 2


def test_unfolded_ranges_show_the_original():
    text = "A\nnotice\nB"
    m = DocumentMap(text, [(2, 8, "subscription")], unfolded={0})
    assert m.text == text and m.placeholders() == []


@pytest.mark.parametrize("text", ["", "x", "🔴", "a🔴b🔴c"])
def test_round_trip_every_position(text):
    m = DocumentMap(text, [])
    for i in range(len(text) + 1):
        assert m.to_original(m.to_doc(i)) == i
