//! Reads an error body: an AuthOS body, an RFC 9457 problem, an OAuth 2.0 token
//! error, or anything else (which yields nothing). Strings are borrowed from the
//! input where JSON escapes allow; a member of the wrong type is ignored on its
//! own, so one odd member never hides the others. The JSON is read by `json`,
//! strictly: a body that is not valid JSON anywhere reads as no body.

use crate::json::{self, Value};
use crate::oauth::OAuthError;
use std::borrow::Cow;

/// Larger bodies are not parsed (their code is derived from the status): an error
/// body is a few hundred bytes, and this bounds the memory and time one can take.
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// What a body says, in the shape it said it.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Body<'a> {
    /// The machine-readable code, when the body carries a usable one.
    pub code: Option<Cow<'a, str>>,
    /// The OAuth error token the code was mapped from (`slow_down`).
    pub mapped_from: Option<OAuthError>,
    /// The human-readable text, unsanitized.
    pub text: Option<Cow<'a, str>>,
    /// The `timestamp` member, unvalidated.
    pub timestamp: Option<Cow<'a, str>>,
}

/// The members read from a JSON object; last one wins, as in `JSON.parse`.
#[derive(Default)]
struct Members<'a> {
    error: Option<Cow<'a, str>>,
    error_code: Option<Cow<'a, str>>,
    error_description: Option<Cow<'a, str>>,
    has_error_uri: bool,
    code: Option<Cow<'a, str>>,
    kind: Option<Cow<'a, str>>,
    title: Option<Cow<'a, str>>,
    detail: Option<Cow<'a, str>>,
    timestamp: Option<Cow<'a, str>>,
}

pub(crate) fn read<'a>(bytes: &'a [u8], is_problem_media_type: bool) -> Body<'a> {
    if bytes.len() > MAX_BODY_BYTES {
        return Body::default();
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // JSON is UTF-8 throughout: one check of the whole body spares one per string.
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Body::default();
    };
    // Not JSON, not whole, too deep, or not an object: nothing to read.
    let Some(all) = json::object_members(text) else {
        return Body::default();
    };
    let mut m = Members::default();
    for (name, value) in all {
        let slot = match name.as_ref() {
            "error" => &mut m.error,
            "error_code" => &mut m.error_code,
            "error_description" => &mut m.error_description,
            "code" => &mut m.code,
            "type" => &mut m.kind,
            "title" => &mut m.title,
            "detail" => &mut m.detail,
            "timestamp" => &mut m.timestamp,
            "error_uri" => {
                m.has_error_uri = matches!(value, Value::Text(_));
                continue;
            }
            _ => continue,
        };
        // A member of another type than string counts as absent.
        *slot = match value {
            Value::Text(text) => Some(text),
            Value::Other => None,
        };
    }
    shape(m, is_problem_media_type)
}

fn shape(m: Members<'_>, is_problem_media_type: bool) -> Body<'_> {
    let timestamp = m.timestamp;
    if let Some(code) = m.error_code.filter(|c| usable_code(c)) {
        let text = m.error.or(m.detail).or(m.title);
        return Body { code: Some(code), mapped_from: None, text, timestamp };
    }
    // OAuth 2.0 (RFC 6749 §5.2, RFC 6750 §3.1, RFC 8628 §3.5): `error` is a token.
    let beside_oauth_members = m.error_description.is_some() || m.has_error_uri;
    if let Some(token) = m.error.as_deref().filter(|e| oauth_token(e, beside_oauth_members)) {
        let mapped = OAuthError::parse(token).and_then(|t| Some((t.code()?, t)));
        let (code, mapped_from) = match mapped {
            Some((code, token)) => (Cow::Borrowed(code.as_str()), Some(token)),
            None => (Cow::Owned(token.to_owned()), None),
        };
        return Body { code: Some(code), mapped_from, text: m.error_description, timestamp };
    }
    // RFC 9457: by its media type, or by its members where `error` is absent.
    let looks_like_problem = m.error.is_none() && (m.kind.is_some() || m.title.is_some() || m.detail.is_some());
    if is_problem_media_type || looks_like_problem {
        let code = m.code.filter(|c| usable_code(c));
        return Body { code, mapped_from: None, text: m.detail.or(m.title), timestamp };
    }
    Body { code: None, mapped_from: None, text: m.error, timestamp }
}

/// A code worth keeping verbatim: 1 to 64 of `A-Z a-z 0-9 _ - . :`. Anything else
/// (prose, markup, controls) is no code: the status decides instead.
pub(crate) fn usable_code(code: &str) -> bool {
    (1..=64).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b':'))
}

/// `error` is an OAuth token rather than AuthOS prose: a registered token, or a
/// lowercase token beside `error_description` or `error_uri`.
fn oauth_token(error: &str, beside_oauth_members: bool) -> bool {
    let token_like = (1..=64).contains(&error.len())
        && error.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    token_like && (OAuthError::parse(error).is_some() || beside_oauth_members)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authos_body_is_borrowed() {
        let b = read(
            br#"{"error":"JWT has expired","error_code":"TOKEN_EXPIRED","timestamp":"2025-01-15T10:30:00Z"}"#,
            false,
        );
        assert!(matches!(b.code, Some(Cow::Borrowed("TOKEN_EXPIRED"))));
        assert!(matches!(b.text, Some(Cow::Borrowed("JWT has expired"))));
        assert!(matches!(b.timestamp, Some(Cow::Borrowed("2025-01-15T10:30:00Z"))));
    }

    #[test]
    fn a_member_of_the_wrong_type_hides_nothing_else() {
        let b = read(br#"{"error":{"nested":[1,2,{"x":null}]},"error_code":"TOKEN_EXPIRED","timestamp":42}"#, false);
        assert_eq!(b.code.as_deref(), Some("TOKEN_EXPIRED"));
        assert_eq!(b.text, None);
        assert_eq!(b.timestamp, None);
    }

    #[test]
    fn last_duplicate_wins_like_json_parse() {
        let b = read(br#"{"error_code":"TOKEN_EXPIRED","error_code":"JWT_ERROR"}"#, false);
        assert_eq!(b.code.as_deref(), Some("JWT_ERROR"));
    }

    #[test]
    fn not_json_or_not_whole_reads_nothing() {
        for body in [
            &b""[..],
            b"<html>",
            b"{\"error_code\":\"TOKEN_EXPIRED\"",
            b"{\"error_code\":\"TOKEN_EXPIRED\"} x",
            b"[1]",
            b"\"x\"",
        ] {
            assert_eq!(read(body, false), Body::default());
        }
        let deep = "[".repeat(100_000);
        assert_eq!(read(deep.as_bytes(), false), Body::default());
    }
}
