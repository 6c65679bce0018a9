"""What the import's worker processes load: as little as they need, with the same results."""

import subprocess
import sys

import numpy as np
import pytest

from workbench.text import language

TEXTS = [
    "Russia and North Korea signed a comprehensive strategic partnership treaty.",
    "Le président français a déclaré mercredi que les négociations avec la Russie se poursuivraient.",
    "Der Bundeskanzler sagte am Mittwoch, dass die Verhandlungen mit Russland fortgesetzt würden.",
    "Cumhurbaşkanı çarşamba günü Rusya ile müzakerelerin gerginliğe rağmen süreceğini söyledi.",
    "PRESIDENT SAYS TALKS WITH RUSSIA WILL GO ON DESPITE THE TENSIONS",
    "قال بوتين إن البلدين سيوقعان اتفاقية Reuters AFP",
    "x",
    "",
]


def test_a_worker_does_not_load_the_database_modules():
    code = "import sys, workbench.library.ingest; print(sorted(m for m in ('sqlite_utils', 'numpy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.fixture
def fresh_identifier(tmp_path, monkeypatch):
    """The Latin identifier loaded again, with its cache in a folder of its own."""
    monkeypatch.setattr(language, "_latin_model_path", lambda: tmp_path / "langid.bin")
    language._latin_identifier.cache_clear()
    yield tmp_path / "langid.bin"
    language._latin_identifier.cache_clear()


def test_the_restricted_model_scores_as_py3langid_restricted_itself(fresh_identifier):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    reference.set_languages(language.LATIN_LANGUAGES)
    built = language._latin_identifier()  # read from py3langid's file, then kept in the cache
    assert fresh_identifier.is_file()
    language._latin_identifier.cache_clear()
    cached = language._latin_identifier()  # mapped from the cache
    assert isinstance(cached.tk_nextmove, memoryview)
    for identifier in (built, cached):
        assert identifier.nb_classes == reference.nb_classes
        assert identifier.nb_ptc.strides == reference.nb_ptc.strides
        assert np.array_equal(identifier.nb_ptc, reference.nb_ptc)
        for text in TEXTS:
            assert identifier.classify(text) == reference.classify(text)
            assert identifier.rank(text) == reference.rank(text)


def test_a_damaged_cache_is_read_from_py3langid_again(fresh_identifier):
    fresh_identifier.write_bytes(b"workbench-langid-1\n{not json")
    assert language.latin_language(TEXTS[1]) == "fr"
