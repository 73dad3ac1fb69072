//! OAuth 2.0 error tokens and the catalogue codes with the same meaning. Tokens
//! without an equivalent keep their own spelling as an unknown code.

use crate::catalogue::KnownCode;
use serde::Serialize;

macro_rules! oauth_errors {
    ($($(#[$doc:meta])* $variant:ident = $token:literal => $code:expr,)*) => {
        /// A registered OAuth 2.0 error token (the `error` member of an OAuth body).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum OAuthError {
            $($(#[$doc])* $variant,)*
        }

        impl OAuthError {
            /// Every registered token this library recognizes, in RFC order.
            pub const ALL: &'static [OAuthError] = &[$(OAuthError::$variant,)*];

            /// The token as the RFCs spell it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(OAuthError::$variant => $token,)*
                }
            }

            /// The token spelled exactly `token`.
            pub fn parse(token: &str) -> Option<OAuthError> {
                match token {
                    $($token => Some(OAuthError::$variant),)*
                    _ => None,
                }
            }

            /// The catalogue code of the same meaning; `None` where there is none
            /// (the token is then kept verbatim as an unknown code).
            pub const fn code(self) -> Option<KnownCode> {
                match self {
                    $(OAuthError::$variant => $code,)*
                }
            }
        }
    };
}

oauth_errors! {
    // RFC 6749 §5.2 (token endpoint) and §4.1.2.1 (authorization endpoint).
    InvalidRequest = "invalid_request" => Some(KnownCode::BadRequest),
    InvalidClient = "invalid_client" => None,
    InvalidGrant = "invalid_grant" => None,
    UnauthorizedClient = "unauthorized_client" => None,
    UnsupportedGrantType = "unsupported_grant_type" => Some(KnownCode::InvalidGrantType),
    InvalidScope = "invalid_scope" => None,
    AccessDenied = "access_denied" => None,
    UnsupportedResponseType = "unsupported_response_type" => None,
    ServerError = "server_error" => Some(KnownCode::InternalServerError),
    TemporarilyUnavailable = "temporarily_unavailable" => Some(KnownCode::ServiceUnavailable),
    // RFC 6750 §3.1 (bearer tokens).
    InvalidToken = "invalid_token" => Some(KnownCode::Unauthorized),
    InsufficientScope = "insufficient_scope" => Some(KnownCode::Forbidden),
    // RFC 8628 §3.5 (device authorization grant).
    AuthorizationPending = "authorization_pending" => Some(KnownCode::DeviceCodePending),
    /// RFC 8628 §3.5: still pending, and the interval grows by 5 seconds.
    SlowDown = "slow_down" => Some(KnownCode::DeviceCodePending),
    ExpiredToken = "expired_token" => Some(KnownCode::DeviceCodeExpired),
}

impl std::fmt::Display for OAuthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OAuthError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The registered tokens and their codes, for documentation.
pub fn mapping() -> impl Iterator<Item = (&'static str, Option<KnownCode>)> {
    OAuthError::ALL.iter().map(|t| (t.as_str(), t.code()))
}
