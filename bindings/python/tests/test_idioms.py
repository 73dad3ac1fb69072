"""The Python idioms against real responses from the test server on 127.0.0.1
(bindings/testserver.py; `cargo xtask test` starts it and names it in
AUTHOS_TEST_SERVER): requests and httpx, AuthosApiError, retrying plain and
with asyncio, timeouts, and cancellation."""

import asyncio
import os
import uuid

import httpx
import pytest
import requests

import authos_errors as ae

SERVER = os.environ.get("AUTHOS_TEST_SERVER", "")
QUICK = ae.RetryPolicy(base_delay_ms=10, max_delay_ms=50, max_attempts=5, budget_ms=10_000)


@pytest.fixture(autouse=True)
def server_is_there():
    assert SERVER, "AUTHOS_TEST_SERVER is not set: run these tests with cargo xtask test"


def test_the_record_form_answers_as_interpret():
    headers = [ae.Header(name="Retry-After", value="3")]
    body = b'{"error_code":"RATE_LIMIT_EXCEEDED"}'
    record = ae.ErrorResponse(status=429, headers=headers, body=body, locales=["de"], now_ms=0)
    assert ae.interpret_error_response(record) == ae.interpret(429, headers, body, ["de"], 0)


def test_locales_and_now_have_defaults():
    headers = [ae.Header(name="Retry-After", value="3")]
    assert ae.interpret(429, headers, b"").retry_after_ms == 3000
    assert ae.interpret(429, headers, b"", now_ms=0).locale == "en"
    assert ae.interpret_network_error().code == "NETWORK_ERROR"


@pytest.mark.parametrize("get", [requests.get, httpx.get], ids=["requests", "httpx"])
def test_client_responses_are_interpreted(get):
    limited = get(SERVER + "/respond?status=429&code=RATE_LIMIT_EXCEEDED&retry_after=1")
    answer = ae.interpret_response(limited, locales=["en"])
    assert (answer.code, answer.retry_after_ms, answer.server_message) == (
        "RATE_LIMIT_EXCEEDED", 1000, "Said by the test server")
    assert ae.interpret_response(get(SERVER + "/respond?status=502")).code == "SERVICE_UNAVAILABLE"
    ok = get(SERVER + "/ok")
    assert ae.interpret_response(ok) is None
    ae.raise_for_error(ok)
    with pytest.raises(ae.AuthosApiError) as raised:
        ae.raise_for_error(get(SERVER + "/respond?status=400&code=INVALID_EMAIL"), locales=["en"])
    assert raised.value.interpretation.field == ae.Field.EMAIL
    assert str(raised.value) == raised.value.interpretation.message
    assert (raised.value.code, raised.value.status) == ("INVALID_EMAIL", 400)


def test_errors_carry_the_libraries_message():
    with pytest.raises(ae.AuthosError.NotAnError) as e:
        ae.interpret(301, [], b"")
    assert e.value.detail.startswith("HTTP status 301 is not an error")


def test_with_retry_waits_and_succeeds():
    key, attempts = uuid.uuid4().hex, []

    def attempt(n):
        attempts.append(n)
        return requests.get(f"{SERVER}/flaky?key={key}&failures=2")

    response = ae.with_retry(attempt, policy=QUICK)
    assert response.status_code == 200 and attempts == [1, 2, 3]


def test_with_retry_gives_up_with_the_interpretation():
    with pytest.raises(ae.AuthosApiError) as raised:
        ae.with_retry(lambda n: requests.get(SERVER + "/respond?status=400&code=INVALID_EMAIL"), policy=QUICK)
    assert raised.value.code == "INVALID_EMAIL" and raised.value.__cause__ is None


def test_no_response_is_a_network_error_that_keeps_its_cause():
    nowhere = ae.RetryPolicy(base_delay_ms=1, max_delay_ms=1, max_attempts=2, budget_ms=10_000)
    with pytest.raises(ae.AuthosApiError) as raised:
        ae.with_retry(lambda n: requests.get("http://127.0.0.1:9/", timeout=2), policy=nowhere)
    assert raised.value.code == "NETWORK_ERROR"
    assert isinstance(raised.value.__cause__, requests.ConnectionError)


@pytest.mark.parametrize("client", ["requests", "httpx"])
def test_a_timeout_is_a_network_error(client):
    with pytest.raises(Exception) as raised:
        if client == "requests":
            requests.get(SERVER + "/slow?seconds=3", timeout=0.3)
        else:
            httpx.get(SERVER + "/slow?seconds=3", timeout=0.3)
    assert ae.interpret_exception(raised.value).code == "NETWORK_ERROR"


def test_async_with_retry_succeeds_and_cancellation_propagates():
    async def main():
        key = uuid.uuid4().hex
        async with httpx.AsyncClient() as client:
            response = await ae.async_with_retry(
                lambda n: client.get(f"{SERVER}/flaky?key={key}&failures=1"), policy=QUICK)
            assert response.status_code == 200
            task = asyncio.create_task(ae.async_with_retry(lambda n: client.get(SERVER + "/slow?seconds=5")))
            await asyncio.sleep(0.2)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        assert ae.interpret_exception(asyncio.CancelledError()) is None

    asyncio.run(main())
