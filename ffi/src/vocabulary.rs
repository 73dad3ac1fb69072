//! The core's enums, exposed as they are (uniffi remote types), and the known
//! codes as an enum for exhaustive `when` / `switch`.

use authos_errors::{Action, Audience, Category, Field};

#[uniffi::remote(Enum)]
pub enum Category {
    General,
    Authentication,
    Authorization,
    Validation,
    Resource,
    Mfa,
    DeviceFlow,
    Oauth,
    Saml,
    Scim,
    Webhook,
    Infrastructure,
    Network,
}

#[uniffi::remote(Enum)]
pub enum Audience {
    User,
    Admin,
    Developer,
}

#[uniffi::remote(Enum)]
pub enum Action {
    None,
    RefreshToken,
    SignIn,
    FixInput,
    VerifyEmail,
    CompleteMfa,
    SetupMfa,
    RegenerateBackupCodes,
    ContinuePolling,
    RestartFlow,
    Retry,
    Wait,
    RequestAccess,
    RequestInvitation,
    ContactAdmin,
    ContactSupport,
    UpgradePlan,
    FixConfiguration,
    FixRequest,
}

#[uniffi::remote(Enum)]
pub enum Field {
    Email,
    Password,
    Credentials,
    Slug,
    Name,
    Url,
    MfaCode,
    Event,
}

macro_rules! known_code_enum {
    ($(($variant:ident, $code:literal),)*) => {
        /// Every code in the catalogue. The interpretation's `code` string is the
        /// whole truth (a newer server's codes pass through); this is `null` /
        /// `None` / `nil` for those.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
        pub enum KnownCode {
            $($variant,)*
        }

        impl KnownCode {
            pub fn from_core(code: authos_errors::KnownCode) -> Option<KnownCode> {
                match code.as_str() {
                    $($code => Some(KnownCode::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

authos_errors::for_each_known_code!(known_code_enum);
