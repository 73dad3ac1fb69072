"""Interpret AuthOS API errors the way every authos-errors SDK does.

The generated bindings (``authos_errors._native``) are re-exported whole; this
package adds what a Python developer expects of them: ``AuthosApiError``
carrying the interpretation, ``requests`` and ``httpx`` responses interpreted,
and retrying, plain and ``asyncio``.
"""

from ._native import *  # noqa: F403 (the whole generated API)
from . import _buffers  # noqa: F401 (faster marshalling, installed at import)
from ._idioms import AuthosApiError as AuthosApiError
from ._idioms import async_with_retry as async_with_retry
from ._idioms import interpret_exception as interpret_exception
from ._idioms import interpret_response as interpret_response
from ._idioms import raise_for_error as raise_for_error
from ._idioms import with_retry as with_retry
