"""The shared conformance vectors, one test each, through the Python bindings."""

import json
import os
from pathlib import Path

import pytest

import authos_errors as ae
from conftest import FIELDS, ROOT, call, load_vectors, spelled, vector_files

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


def test_every_vector_of_every_file_is_a_test():
    """Counted from the files themselves: one test per vector, none lost."""
    files = vector_files()
    assert any(f.parent == ROOT / "tests" / "vectors" for f in files), "no shared vector file found"
    expected = 0
    for path in files:
        try:
            expected += len(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            expected += 1  # an unreadable file is one failing test
    assert len(VECTORS) == expected


if os.environ.get("AUTHOS_PARITY_IN") and os.environ.get("AUTHOS_PARITY_DIR"):

    def test_parity_corpus_answered():
        """The parity corpus (`cargo xtask parity`): one answer per input in python.jsonl."""
        inputs = json.loads(Path(os.environ["AUTHOS_PARITY_IN"]).read_text(encoding="utf-8"))
        lines = []
        for vector in inputs:
            try:
                answer = spelled(call(vector["input"]))
                answer = {field: answer[field] for field in FIELDS}
            except ae.AuthosError.NotAnError:
                answer = {"error": "not_an_error"}
            except Exception as e:  # noqa: BLE001 - any other failure is a difference to report
                answer = {"error": repr(e)}
            lines.append(json.dumps(answer, ensure_ascii=False))
        out = Path(os.environ["AUTHOS_PARITY_DIR"]) / "python.jsonl"
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert len(lines) == len(inputs)
