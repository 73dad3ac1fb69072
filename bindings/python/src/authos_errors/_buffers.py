"""uniffi's buffer writer and reader, replaced by faster ones at import.

uniffi 0.32's Python writes a call's arguments field by field straight into
native memory (a context manager, a ``struct.pack``, a ``ctypes.memmove`` and,
as the buffer grows, a native ``reserve`` call for each field) and reads an
answer by slicing native memory field by field: 87% of a call, against 1% for
the interpretation (docs/performance.md, "Through the bindings"). Here the
arguments are written into a ``bytearray`` and copied into native memory once,
and an answer is copied out once and read from ``bytes``: the same bytes,
read and written in the same order, by the same generated converters.

Both are subclasses of the generated classes, overriding only where the bytes
live. ``patched()`` says whether the generated module had them as expected;
the package's tests require it, so that a uniffi that writes them otherwise
fails there, and until then simply runs uniffi's own.
"""

from __future__ import annotations

import ctypes
import struct
from typing import Any

from ._native import authos_errors as _generated

_Builder: Any = getattr(_generated, "_UniffiRustBufferBuilder", None)
_Stream: Any = getattr(_generated, "_UniffiRustBufferStream", None)
_RustBuffer: Any = getattr(_generated, "_UniffiRustBuffer", None)

# What the replacements rely on: the builder's writes all go through
# `_pack_into` and `write`, and the stream reads from `data[offset:...]`.
_EXPECTED = (
    _Builder is not None
    and _Stream is not None
    and _RustBuffer is not None
    and all(hasattr(_Builder, name) for name in ("_pack_into", "write", "finalize", "discard", "write_u16"))
    and all(hasattr(_Stream, name) for name in ("from_rust_buffer", "_unpack_from", "read"))
    and hasattr(_RustBuffer, "alloc")
)

if _EXPECTED:

    class _BytesBuilder(_Builder):  # type: ignore[misc, valid-type]
        """Writes into a ``bytearray``; native memory is allocated once, at the end."""

        def __init__(self) -> None:
            self.data: bytearray | None = bytearray()

        def finalize(self) -> Any:
            data = self.data if self.data is not None else bytearray()
            self.data = None
            rbuf = _RustBuffer.alloc(len(data))
            rbuf.len = len(data)
            if data:
                ctypes.memmove(rbuf.data, bytes(data), len(data))
            return rbuf

        def discard(self) -> None:
            self.data = None

        def _pack_into(self, size: int, format: str, value: Any) -> None:
            assert self.data is not None
            self.data += struct.pack(format, value)

        def write(self, value: bytes) -> None:
            assert self.data is not None
            self.data += value

    class _BytesStream(_Stream):  # type: ignore[misc, valid-type]
        """Reads an answer copied out of native memory once."""

        @classmethod
        def from_rust_buffer(cls, buf: Any) -> Any:
            return cls(ctypes.string_at(buf.data, buf.len) if buf.len > 0 else b"", buf.len)

    _generated._UniffiRustBufferBuilder = _BytesBuilder
    _generated._UniffiRustBufferStream = _BytesStream


def patched() -> bool:
    """Whether the faster writer and reader are in use."""
    return _EXPECTED and _generated._UniffiRustBufferBuilder.__name__ == "_BytesBuilder"
