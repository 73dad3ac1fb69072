"""The Python API beyond the vectors: hostile input, overrides, retry and polling."""

from pathlib import Path

import pytest

import authos_errors as ae

ROOT = Path(__file__).resolve().parents[3]


def rate_limited(retry_after="30"):
    return ae.interpret(429, [ae.Header(name="Retry-After", value=retry_after)],
                        b'{"error_code":"RATE_LIMIT_EXCEEDED"}', ["en"], 0)


def test_hostile_input_gets_an_answer_and_the_module_keeps_working():
    for body in (b"\xff" * 100_000, b"[" * 200_000, b"{" + b'"a":' * 50_000, "\ud7ff\U0010ffff".encode() * 1000):
        assert ae.interpret(502, [], body, ["\x00", "x" * 10_000], None).code == "SERVICE_UNAVAILABLE"
    huge = ae.Header(name="retry-after", value="9" * 1_000_000)
    assert ae.interpret(429, [huge], b"", [], 0).retry_after_ms == 2**31 * 1000
    assert rate_limited().retry_after_ms == 30_000


def test_values_the_boundary_cannot_carry_are_refused_as_python_errors():
    for status in (-1, 65_536, 10**30):
        with pytest.raises((ValueError, OverflowError, TypeError)):
            ae.interpret(status, [], b"", [], None)
    with pytest.raises(TypeError):
        ae.interpret(None, [], b"", [], None)
    with pytest.raises(TypeError):
        ae.interpret(401, None, b"", [], None)
    assert rate_limited().code == "RATE_LIMIT_EXCEEDED"


def test_not_an_error_is_typed():
    with pytest.raises(ae.AuthosError.NotAnError) as e:
        ae.interpret(204, [], b"", [], None)
    assert e.value.status == 204
    assert e.value.detail.startswith("HTTP status 204 is not an error"), "the core's message"


def test_network_errors_and_the_catalogue():
    i = ae.interpret_network_error(["ja"])
    assert (i.code, i.status, i.action, i.locale) == ("NETWORK_ERROR", 0, ae.Action.RETRY, "ja")
    entries = ae.catalogue("en")
    assert len(entries) == len(ae.KnownCode) and all(e.known_code is not None for e in entries)
    assert ae.explain("WEAK_PASSWORD", "en").description == "Password doesn’t meet requirements"
    assert ae.explain("NOPE", "en") is None
    folders = {p.name for p in (ROOT / "core" / "messages").iterdir() if p.is_dir()}
    assert ae.shipped_locales()[0] == "en" and set(ae.shipped_locales()) == folders
    assert ae.negotiate_locale(["pt_PT"]) == "pt-BR"


def test_retry_policy_and_device_flow():
    policy = ae.retry_policy_default()
    assert ae.retry_decision(policy, rate_limited(), 1, 0, 0.5) == ae.RetryDecision.RETRY_AFTER(delay_ms=30_000)
    bad = ae.interpret(400, [], b'{"error_code":"INVALID_EMAIL"}', [], 0)
    assert ae.retry_decision(policy, bad, 1, 0, 0.5) == ae.RetryDecision.GIVE_UP(reason=ae.GiveUpReason.NOT_RETRYABLE)
    slow = ae.interpret(400, [], b'{"error":"slow_down"}', [], 0)
    assert ae.poll_step(5_000, slow) == ae.PollStep.SLOW_DOWN(interval_ms=10_000)
    assert ae.poll_step(5_000, ae.interpret(400, [], b'{"error":"expired_token"}', [], 0)) == ae.PollStep.RESTART()


def test_overrides_and_locale_data():
    try:
        added = ae.add_messages("en", "TOKEN_EXPIRED = Your Acme session ended.")
        assert (added.locale, added.messages, added.new_locale) == ("en", 1, False)
        i = ae.interpret(401, [], b'{"error_code":"TOKEN_EXPIRED"}', ["en"], 0)
        assert i.message == "Your Acme session ended."
        with pytest.raises(ae.AuthosError.InvalidMessages) as e:
            ae.add_messages("en", "TOKEN_EXPIRED = Hi { $name }")
        assert "$name" in e.value.problems[0]
        with pytest.raises(ae.AuthosError.InvalidLocale):
            ae.add_messages("not a tag!", "TOKEN_EXPIRED = x")
        with pytest.raises(ae.AuthosError.InvalidLocaleData):
            ae.load_locale_data(b"garbage")
    finally:
        ae.clear_added_messages()
    assert ae.interpret(401, [], b'{"error_code":"TOKEN_EXPIRED"}', ["en"], 0).message.startswith("Your session")


def test_arguments_and_answers_cross_through_the_faster_buffers():
    # uniffi's own writer and reader are replaced at import (_buffers.py); a
    # uniffi that no longer has them as expected must fail here, not run slower.
    from authos_errors import _buffers

    assert _buffers.patched()
    headers = [ae.Header(name="retry-after", value="30"), ae.Header(name="x-request-id", value="é😀")]
    response = ae.ErrorResponse(status=429, headers=headers, body=b'{"error_code":"RATE_LIMIT_EXCEEDED"}',
                                locales=["de", "en"], now_ms=0)
    faster = ae.interpret_error_response(response)
    # The same call through uniffi's own writer and reader gives the same whole record.
    generated = _buffers._generated
    replaced = (generated._UniffiRustBufferBuilder, generated._UniffiRustBufferStream)
    generated._UniffiRustBufferBuilder, generated._UniffiRustBufferStream = _buffers._Builder, _buffers._Stream
    try:
        uniffis = ae.interpret_error_response(response)
    finally:
        generated._UniffiRustBufferBuilder, generated._UniffiRustBufferStream = replaced
    assert faster == uniffis
    assert (faster.code, faster.retry_after_ms, faster.request_id, faster.locale) == (
        "RATE_LIMIT_EXCEEDED",
        30_000,
        "é😀",
        "de",
    )
