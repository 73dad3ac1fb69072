//! OAuth 2.0 error tokens and the catalogue codes with the same meaning. Tokens
//! without an equivalent keep their own spelling as an unknown code.

use crate::catalogue::KnownCode;

/// Every registered token this library recognizes, with the code it maps to.
const TOKENS: [(&str, Option<KnownCode>); 15] = [
    // RFC 6749 §5.2 (token endpoint) and §4.1.2.1 (authorization endpoint).
    ("invalid_request", Some(KnownCode::BadRequest)),
    ("invalid_client", None),
    ("invalid_grant", None),
    ("unauthorized_client", None),
    ("unsupported_grant_type", Some(KnownCode::InvalidGrantType)),
    ("invalid_scope", None),
    ("access_denied", None),
    ("unsupported_response_type", None),
    ("server_error", Some(KnownCode::InternalServerError)),
    ("temporarily_unavailable", Some(KnownCode::ServiceUnavailable)),
    // RFC 6750 §3.1 (bearer tokens).
    ("invalid_token", Some(KnownCode::Unauthorized)),
    ("insufficient_scope", Some(KnownCode::Forbidden)),
    // RFC 8628 §3.5 (device authorization grant).
    ("authorization_pending", Some(KnownCode::DeviceCodePending)),
    ("slow_down", Some(KnownCode::DeviceCodePending)),
    ("expired_token", Some(KnownCode::DeviceCodeExpired)),
];

pub(crate) fn is_registered(token: &str) -> bool {
    TOKENS.iter().any(|(t, _)| *t == token)
}

/// The catalogue code for a token with the same meaning, and the token as a
/// `'static` string (for `mapped_from`).
pub(crate) fn map(token: &str) -> Option<(KnownCode, &'static str)> {
    TOKENS.iter().find(|(t, _)| *t == token).and_then(|(t, code)| code.map(|c| (c, *t)))
}

/// The registered tokens and their codes, for documentation.
pub fn mapping() -> impl Iterator<Item = (&'static str, Option<KnownCode>)> {
    TOKENS.iter().copied()
}
