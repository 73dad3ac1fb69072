"""Hostile input through every function of the Python binding: None where a
value is required, wrong types, huge inputs, lone surrogates, random bytes.
Each call gives an answer or raises a Python exception (TypeError, ValueError,
OverflowError, UnicodeEncodeError or the binding's AuthosError), never a crash,
and after each one a normal call still gives the normal answer."""

import random

import pytest

import authos_errors as ae

NORMAL_BODY = b'{"error_code":"TOKEN_EXPIRED"}'
EXPECTED = ae.interpret(401, [], NORMAL_BODY, ["en"], 0)
ALLOWED = (TypeError, ValueError, OverflowError, UnicodeEncodeError, AttributeError, ae.AuthosError)
ODD = [None, -1, 2**70, 1.5, float("nan"), "", "\ud800", "x" * 100_000, b"\xff", [], {}, object(), [None], ["\ud800"]]


def survive(call):
    try:
        call()
    except ALLOWED:
        pass
    ae.clear_added_messages()  # a call that was valid may have added messages
    assert ae.interpret(401, [], NORMAL_BODY, ["en"], 0) == EXPECTED, "the module answers differently afterwards"


def header(value):
    return ae.Header(name=value, value=value)


@pytest.mark.parametrize("odd", ODD, ids=lambda v: type(v).__name__ + str(len(v) if hasattr(v, "__len__") else ""))
def test_odd_values_in_every_argument(odd):
    survive(lambda: ae.interpret(odd, [], b"", [], None))
    survive(lambda: ae.interpret(429, odd, b"", [], None))
    survive(lambda: ae.interpret(429, [header(odd)], b"", [], None))
    survive(lambda: ae.interpret(429, [], odd, [], None))
    survive(lambda: ae.interpret(429, [], b"", odd, None))
    survive(lambda: ae.interpret(429, [], b"", [odd], None))
    survive(lambda: ae.interpret(429, [], b"", [], odd))
    survive(lambda: ae.interpret_network_error(odd))
    survive(lambda: ae.explain(odd, odd))
    survive(lambda: ae.catalogue(odd))
    survive(lambda: ae.negotiate_locale(odd))
    survive(lambda: ae.add_messages(odd, odd))
    survive(lambda: ae.add_messages("en", odd))
    survive(lambda: ae.load_locale_data(odd))
    survive(lambda: ae.retry_decision(odd, EXPECTED, 1, 0, 0.5))
    survive(lambda: ae.retry_decision(ae.retry_policy_default(), odd, odd, odd, odd))
    survive(lambda: ae.poll_step(odd, odd))


def test_random_bytes_as_bodies_and_locale_data():
    rng = random.Random(7)
    for i in range(300):
        data = rng.randbytes(rng.randrange(4096))
        status = 400 + i % 200
        assert ae.interpret(status, [], data, ["en"], 0).message
        survive(lambda: ae.load_locale_data(data))


def test_huge_and_pathological_inputs():
    bodies = [b"[" * 1_000_000, b'{"a":' * 500_000, b'{"error":"' + b"\\u0000" * 200_000 + b'"}',
              b'{"error_code":"' + b"A" * 1_000_000 + b'"}', b"x" * 10_000_000]
    for body in bodies:
        i = ae.interpret(400, [header("y" * 100_000)] * 100, body, ["x" * 100_000] * 100, 0)
        assert 0 < len(i.message) < 1000 and len(i.server_message or "") <= 513
        assert ae.interpret(401, [], NORMAL_BODY, ["en"], 0) == EXPECTED
    # A 10 MB string in every string argument. (Not in ODD: where a list is
    # expected, Python's binding takes a str as a list of 10 million
    # one-letter strings, which is linear but costs ~8 µs each.)
    huge = "x" * 10_000_000
    for call in (lambda: ae.explain(huge, huge), lambda: ae.catalogue(huge), lambda: ae.negotiate_locale([huge]),
                 lambda: ae.interpret_network_error([huge]), lambda: ae.add_messages(huge, huge),
                 lambda: ae.interpret(400, [header(huge)], b"", [huge], 0)):
        survive(call)
    survive(lambda: ae.add_messages("en", "TOKEN_EXPIRED = {" * 10_000))
    survive(lambda: ae.add_messages("en", "x" * 2_000_000))
