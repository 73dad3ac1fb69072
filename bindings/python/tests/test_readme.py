"""The Python examples of the package page (bindings/python/README.md) and of
the project's front page (README.md), run as written."""

from pathlib import Path

import pytest

from conftest import ROOT

PAGES = [ROOT / "bindings" / "python" / "README.md", ROOT / "README.md"]
EXAMPLES = [
    (page, block.split("\n```")[0])
    for page in PAGES
    for block in page.read_text(encoding="utf-8").split("```python\n")[1:]
]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_page_has_examples(page):
    assert any(p == page for p, _ in EXAMPLES), f"{page}: no ```python example"


@pytest.mark.parametrize("page,code", EXAMPLES, ids=lambda v: str(v.relative_to(ROOT)) if isinstance(v, Path) else "")
def test_example_runs(page, code):
    exec(compile(code, str(page), "exec"), {})
