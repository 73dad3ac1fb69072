"""What a Python developer expects over the generated bindings. No logic of
interpretation lives here: every answer comes from the Rust core. A cancellation
(``asyncio.CancelledError``, ``KeyboardInterrupt``) is never interpreted: it
propagates (docs/bindings.md, "The same idioms on every platform"); a timeout is ``NETWORK_ERROR``."""

from __future__ import annotations

import asyncio
import random as _random
import time
from typing import Any, Awaitable, Callable, Iterable, Mapping, Optional, Protocol, Sequence, Tuple, TypeVar, Union

from . import _native
from ._native import AuthosError, ErrorResponse, Header, Interpretation, RetryDecision, RetryPolicy

HeaderPairs = Union[Mapping[str, str], Iterable[Union[Header, Tuple[str, str]]]]
Locales = Union[str, Sequence[str]]
R = TypeVar("R")


class ResponseLike(Protocol):
    """What ``requests.Response`` and ``httpx.Response`` both offer."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Any: ...

    @property
    def content(self) -> bytes: ...


class AuthosApiError(Exception):
    """An AuthOS API error, to raise: the interpretation of a failed response (or
    of no response at all). ``str(error)`` is the message that is safe to show;
    the transport's own exception, if any, is ``__cause__``."""

    def __init__(self, interpretation: Interpretation, cause: Optional[BaseException] = None) -> None:
        super().__init__(interpretation.message)
        self.interpretation = interpretation
        self.__cause__ = cause

    @property
    def code(self) -> str:
        return self.interpretation.code

    @property
    def status(self) -> int:
        return self.interpretation.status


def _headers(headers: HeaderPairs) -> list[Header]:
    if isinstance(headers, Mapping):
        return [Header(name=name, value=value) for name, value in headers.items()]
    return [h if isinstance(h, Header) else Header(name=h[0], value=h[1]) for h in headers]


def _locales(locales: Locales) -> list[str]:
    return [locales] if isinstance(locales, str) else list(locales)


def _interpret(status: int, headers: HeaderPairs, body: bytes, locales: Locales, now_ms: Optional[int]) -> Interpretation:
    # One record crosses in one buffer, where `interpret` takes four.
    response = ErrorResponse(status=status, headers=_headers(headers), body=body, locales=_locales(locales), now_ms=now_ms)
    return _native.interpret_error_response(response)


def interpret_response(
    response: ResponseLike, locales: Locales = (), now_ms: Optional[int] = None
) -> Optional[Interpretation]:
    """Interprets a ``requests`` or ``httpx`` response; ``None`` for 1xx–3xx,
    which is not an error."""
    items = getattr(response.headers, "multi_items", None) or response.headers.items
    try:
        return _interpret(response.status_code, list(items()), response.content, locales, now_ms)
    except AuthosError.NotAnError:
        return None


def raise_for_error(response: ResponseLike, locales: Locales = ()) -> None:
    """Raises ``AuthosApiError`` for an error response; a 1xx–3xx response passes."""
    failure = interpret_response(response, locales)
    if failure is not None:
        raise AuthosApiError(failure)


def interpret_exception(error: BaseException, locales: Locales = ()) -> Optional[Interpretation]:
    """The interpretation of a request that got no response (``NETWORK_ERROR``;
    timeouts included); ``None`` for a cancellation, which the caller re-raises."""
    if isinstance(error, (asyncio.CancelledError, KeyboardInterrupt, SystemExit)):
        return None
    return _native.interpret_network_error(_locales(locales))


def _decide(policy: RetryPolicy, failure: Interpretation, attempt: int, started: float, draw: float) -> Optional[int]:
    """The delay before the next attempt in ms, or ``None`` to give up."""
    elapsed_ms = int((time.monotonic() - started) * 1000)
    decision = _native.retry_decision(policy, failure, attempt, elapsed_ms, draw)
    return decision.delay_ms if isinstance(decision, RetryDecision.RETRY_AFTER) else None


def _outcome(attempt: Callable[[], R], locales: Locales) -> Tuple[Optional[R], Optional[Interpretation], Optional[Exception]]:
    try:
        response = attempt()
    except AuthosApiError:
        raise
    except Exception as error:  # no response: cancellations are BaseExceptions and propagate
        return None, _native.interpret_network_error(_locales(locales)), error
    return response, interpret_response(response, locales), None  # type: ignore[arg-type]


def with_retry(
    attempt: Callable[[int], R],
    policy: Optional[RetryPolicy] = None,
    locales: Locales = (),
    random: Callable[[], float] = _random.random,
    sleep: Callable[[float], Any] = time.sleep,
) -> R:
    """Calls ``attempt(n)`` (n from 1) until it returns a response that is not
    an error, sleeping between attempts as the retry policy says (never less than
    ``Retry-After``). Raises ``AuthosApiError`` with the last failure when the
    policy gives up."""
    policy = policy or _native.retry_policy_default()
    started = time.monotonic()
    n = 1
    while True:
        response, failure, cause = _outcome(lambda: attempt(n), locales)
        if failure is None:
            return response  # type: ignore[return-value]
        delay_ms = _decide(policy, failure, n, started, random())
        if delay_ms is None:
            raise AuthosApiError(failure, cause)
        sleep(delay_ms / 1000)
        n += 1


async def async_with_retry(
    attempt: Callable[[int], Awaitable[R]],
    policy: Optional[RetryPolicy] = None,
    locales: Locales = (),
    random: Callable[[], float] = _random.random,
) -> R:
    """``with_retry`` for ``asyncio``: awaits ``attempt(n)`` and sleeps with
    ``asyncio.sleep``; a cancelled task stops at once, uninterpreted."""
    policy = policy or _native.retry_policy_default()
    started = time.monotonic()
    n = 1
    while True:
        cause: Optional[Exception] = None
        try:
            response: Optional[R] = await attempt(n)
            failure = interpret_response(response, locales)  # type: ignore[arg-type]
        except AuthosApiError:
            raise
        except Exception as error:
            response, failure, cause = None, _native.interpret_network_error(_locales(locales)), error
        if failure is None:
            return response  # type: ignore[return-value]
        delay_ms = _decide(policy, failure, n, started, random())
        if delay_ms is None:
            raise AuthosApiError(failure, cause)
        await asyncio.sleep(delay_ms / 1000)
        n += 1
