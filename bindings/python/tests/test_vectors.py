"""The shared conformance vectors, one test each, through the Python bindings."""

import pytest

import authos_errors as ae
from conftest import FIELDS, call, load_vectors, spelled

VECTORS = load_vectors()


@pytest.mark.parametrize("vector", [v for _, v in VECTORS], ids=[i for i, _ in VECTORS])
def test_vector(vector):
    assert "unreadable" not in vector, vector.get("unreadable")
    if "expect_error" in vector:
        assert vector["expect_error"] == "not_an_error"
        with pytest.raises(ae.AuthosError.NotAnError):
            call(vector["input"])
        return
    actual = spelled(call(vector["input"]))
    problems = []
    for field, expected in vector["expect"].items():
        if field not in FIELDS:
            problems.append(f"expect.{field}: not a field of the interpretation")
        elif actual[field] != expected:
            problems.append(f"{field}: expected {expected!r:.300}, actual {actual[field]!r:.300}")
    assert not problems, "\n".join(problems)


def test_there_are_vectors():
    assert len(VECTORS) >= 150
