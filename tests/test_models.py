"""Qt models of the window, tested without a widget: what a view would be given to draw."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from ui.kit.bidi import LRM, RLM  # noqa: E402
from ui.kit.roles import ID_ROLE
from ui.reader.claim_list import ClaimListModel
from workbench.claims.marking import Claim  # noqa: E402


def _claim(claim_id: int, quote: str) -> Claim:
    return Claim(id=claim_id, article_id=1, start=0, end=len(quote), quote=quote, prefix="", suffix="")


def test_claims_list_keeps_each_quote_in_its_own_direction(qapp):
    """A view lays a row out in the interface's direction: an Arabic quote that starts with a Latin
    name would read left to right in an English interface, its final "." at its start."""
    model = ClaimListModel()
    mixed = "Pyongyang, Nordkorea - أرسلت كوريا الشمالية جنودًا إلى روسيا."
    model.set_claims([_claim(1, mixed),
                      _claim(2, "North Korea sent troops, according to " + "officials " * 12 + "in Seoul."),
                      _claim(3, "הצבא הודיע על תרגיל\nבצפון.")], "rtl")
    arabic, english, hebrew = (model.data(model.index(row), Qt.DisplayRole) for row in range(3))
    assert arabic == RLM + mixed + RLM  # mixed: in the article's direction
    assert english.startswith(LRM + "North Korea") and english.endswith("…" + LRM) and len(english) == 93
    assert hebrew == RLM + "הצבא הודיע על תרגיל בצפון." + RLM  # one line
    alignments = [Qt.AlignmentFlag(model.data(model.index(row), Qt.TextAlignmentRole)) for row in range(3)]
    assert [bool(a & Qt.AlignRight) for a in alignments] == [True, False, True]
    assert all(a & Qt.AlignAbsolute for a in alignments)
    assert model.row_of(3) == 2 and model.data(model.index(1), ID_ROLE) == 2
    model.set_claims([_claim(4, mixed)], "ltr")  # the same quote in a left-to-right article
    assert model.data(model.index(0), Qt.DisplayRole) == LRM + mixed + LRM


def test_library_titles_and_publishers_keep_their_own_direction(qapp):
    """A Latin title of an Arabic article, or a publisher "@pub", in a mirrored interface: each
    reads in its own script's direction ('…HYPERLINK("http://ev=' and 'pub@' otherwise); a title
    of mixed scripts about evenly takes the article's direction."""
    from ui.library.table import ArticleTableModel
    from workbench.library.articles import ArticleSummary

    def article(title: str, publisher: str | None) -> ArticleSummary:
        return ArticleSummary(1, title, "ar", "rtl", publisher, None, None, None, None, 1, 0)

    model = ArticleTableModel(db=None)
    model.rows = [article('=HYPERLINK("http://evil","x")', "@pub"), article("روسيا وكوريا الشمالية", "الجزيرة"),
                  article("", None)]
    cells = [[model.data(model.index(row, column), Qt.DisplayRole) for column in (0, 2)] for row in range(3)]
    assert cells[0] == [LRM + '=HYPERLINK("http://evil","x")' + LRM, LRM + "@pub" + LRM]
    assert cells[1] == [RLM + "روسيا وكوريا الشمالية" + RLM, RLM + "الجزيرة" + RLM]
    assert cells[2] == ["", ""]
    sides = [[bool(Qt.AlignmentFlag(model.data(model.index(row, column), Qt.TextAlignmentRole)) & Qt.AlignRight)
              for column in (0, 2)] for row in range(2)]
    assert sides == [[False, False], [True, True]]
