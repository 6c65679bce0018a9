"""The storage soak of bench/soak_storage.py, shortened: the window's connection pattern (a main
connection, task connections opened and closed, the change poll) against command-line writers,
readers, a long rebuild and a bare sqlite3 writer, in real processes on one library. Every row
a writer committed is found afterwards, and the library is sound."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import ROOT


def _soak_module():
    spec = importlib.util.spec_from_file_location("soak_storage", ROOT / "bench" / "soak_storage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_a_short_soak_loses_no_committed_row(tmp_path):
    soak = _soak_module()
    run = soak.soak(seconds=15, writers=2, readers=1, articles=400, folder=tmp_path)
    print(soak.table(run))
    results = run["results"]
    assert not [r["error"] for r in results.values() if "error" in r]
    for role in ("window", "bare", "writer-0", "writer-1"):
        assert results[role]["committed"] > 5, role
        assert results[role]["lost"] == 0, (role, results[role])
    assert results["window"]["tasks"] > 3 and results["reader-0"]["reads"] > 5
    assert results["reindex"]["rebuilds"] >= 1
    assert run["integrity"] == "ok" and run["check_problems"] == []
