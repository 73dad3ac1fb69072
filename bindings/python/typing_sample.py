"""Every function of the package as a user calls it, for `mypy --strict`
(cargo xtask test runs it against the installed wheel): the types must say
what the functions take and give."""

import asyncio
from typing import Optional

import httpx
import requests

import authos_errors as ae


def interpretations() -> list[ae.Interpretation]:
    headers = [ae.Header(name="Retry-After", value="30")]
    answers = [
        ae.interpret(429, headers, b"{}", ["en"], 0),
        ae.interpret(429, headers, b"{}"),
        ae.interpret(429, headers, b"{}", now_ms=None),
        ae.interpret_network_error(["en"]),
        ae.interpret_network_error(),
    ]
    failure: Optional[ae.Interpretation] = ae.interpret_response(requests.get("http://127.0.0.1:9/"))
    if failure is not None:
        answers.append(failure)
    answers.extend(filter(None, [ae.interpret_exception(TimeoutError())]))
    return answers


def the_rest(i: ae.Interpretation) -> None:
    code: str = i.code
    action: ae.Action = i.action
    wait: Optional[int] = i.retry_after_ms
    decision: ae.RetryDecision = ae.retry_decision(ae.retry_policy_default(), i, 1, 0, 0.5)
    step: ae.PollStep = ae.poll_step(5_000, i)
    entry: Optional[ae.CatalogueEntry] = ae.explain(code, "en")
    entries: list[ae.CatalogueEntry] = ae.catalogue("en")
    locales: list[str] = ae.shipped_locales()
    chosen: str = ae.negotiate_locale(["de-AT"])
    added: ae.AddedMessages = ae.add_messages("en", "TOKEN_EXPIRED = Again, please.")
    ae.clear_added_messages()
    loaded: ae.AddedMessages = ae.load_locale_data(b"")
    print(action, wait, decision, step, entry, entries, locales, chosen, added, loaded)


def clients() -> None:
    response: requests.Response = ae.with_retry(lambda n: requests.get("http://127.0.0.1:9/"))
    ae.raise_for_error(response, locales=["en"])
    error = ae.AuthosApiError(ae.interpret_network_error([]), TimeoutError())
    print(error.interpretation.message, error.code, error.status)

    async def fetch() -> httpx.Response:
        async with httpx.AsyncClient() as client:
            response: httpx.Response = await ae.async_with_retry(lambda n: client.get("http://127.0.0.1:9/"))
            return response

    print(asyncio.run(fetch()).status_code)
