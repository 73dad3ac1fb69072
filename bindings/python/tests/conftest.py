"""Shared helpers: where the vectors are, and how a vector becomes a call."""

import base64
import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import authos_errors as ae

ROOT = Path(__file__).resolve().parents[3]
FIELDS = (
    "code", "known", "derived", "status", "category", "audience", "action", "field", "retryable",
    "retry_after_ms", "server_message", "timestamp", "clock_skew_ms", "locale", "message", "request_id", "mapped_from",
)
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def vector_files():
    """Every file in tests/vectors, then every file in AUTHOS_EXTRA_VECTORS."""
    files = sorted((ROOT / "tests" / "vectors").glob("*.json"))
    extra = os.environ.get("AUTHOS_EXTRA_VECTORS", "")
    files += [Path(p) for p in extra.split(":") if p]
    return files


def load_vectors():
    """(id, vector) pairs; a file that cannot be read becomes a vector that fails."""
    out = []
    for path in vector_files():
        try:
            vectors = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            out.append((f"{path.name}: unreadable", {"unreadable": f"{path}: {e}"}))
            continue
        for i, v in enumerate(vectors):
            out.append((f"{path.name}#{i} {v.get('name', '(unnamed)')}", v))
    return out


def epoch_ms(rfc3339):
    when = datetime.fromisoformat(rfc3339.replace("Z", "+00:00").replace("z", "+00:00"))
    return (when - EPOCH) // timedelta(milliseconds=1)


def header_pairs(headers):
    """The headers in order received: an object of names to values, or [name, value]
    pairs (where a name repeats). The xtask checks a vector file's shape first; a
    shape it would refuse fails here too, never read as empty values."""
    pairs = list((headers or {}).items()) if isinstance(headers, (dict, type(None))) else headers
    if not isinstance(pairs, list) or not all(
        isinstance(p, (list, tuple)) and len(p) == 2 and all(isinstance(s, str) for s in p) for p in pairs
    ):
        raise TypeError(f"input.headers is neither an object of strings nor [name, value] pairs: {headers!r}")
    return pairs


def call(input_):
    """Runs one vector's input through the bindings."""
    headers = [ae.Header(name=name, value=value) for name, value in header_pairs(input_.get("headers"))]
    if "body_base64" in input_:
        body = base64.b64decode(input_["body_base64"])
    else:
        body = input_.get("body", "").encode("utf-8")
    now = epoch_ms(input_["now"]) if "now" in input_ else None
    return ae.interpret(input_["status"], headers, body, input_.get("locales", []), now)


def spelled(i):
    """The interpretation in the vectors' (contract's) spelling."""
    def value(x):
        if x is None or isinstance(x, (bool, int, str)):
            return x
        return x.name.lower()
    return {f: value(getattr(i, f)) for f in FIELDS}
