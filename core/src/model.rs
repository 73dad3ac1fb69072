//! The closed vocabularies of an interpretation (docs/catalogue.md),
//! declared once in `for_each_vocabulary!`: the core's enums, the build script's
//! checks of `catalogue.toml`, the uniffi enums and the TypeScript unions all
//! come from that one list.

use serde::Serialize;

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal $(($title:literal))?,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant,)*
        }

        impl $name {
            /// Every value, in the contract's order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The contract's (snake_case) spelling.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }

            /// Its name in prose: a category's section title in the AuthOS
            /// reference (`Device Flow`), else the contract's spelling.
            pub const fn title(self) -> &'static str {
                match self {
                    $($name::$variant => vocabulary!(@title $text $(, $title)?),)*
                }
            }

            /// Reads the contract's spelling; `None` for anything else.
            pub fn parse(text: &str) -> Option<Self> {
                match text {
                    $($text => Some($name::$variant),)*
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
    (@title $text:literal) => { $text };
    (@title $text:literal, $title:literal) => { $title };
    ($($(#[$doc:meta])* $name:ident { $($body:tt)* })*) => {
        $(vocabulary! { $(#[$doc])* $name { $($body)* } })*
    };
}

/// Calls `$m! { Name { Variant = "spelling" ("Title")?, ... } ... }` with every
/// vocabulary, docs included: the one declaration that the core's enums (below)
/// and the bindings' enums (`ffi/`) are made from.
#[doc(hidden)]
#[macro_export]
macro_rules! for_each_vocabulary {
    ($m:ident) => {
        $m! {
            /// The catalogue section a code belongs to.
            Category {
                General = "general" ("General"),
                Authentication = "authentication" ("Authentication"),
                Authorization = "authorization" ("Authorization"),
                Validation = "validation" ("Validation"),
                Resource = "resource" ("Resource"),
                Mfa = "mfa" ("MFA"),
                DeviceFlow = "device_flow" ("Device Flow"),
                Oauth = "oauth" ("OAuth"),
                Saml = "saml" ("SAML"),
                Scim = "scim" ("SCIM"),
                Webhook = "webhook" ("Webhook"),
                Infrastructure = "infrastructure" ("Infrastructure"),
                Network = "network" ("Network"),
            }
            /// Who can act on an error.
            Audience {
                /// The person at the screen.
                User = "user",
                /// An organization or platform administrator: configuration, suspension, plan.
                Admin = "admin",
                /// The integration is wrong: a bug to log, not a message to show.
                Developer = "developer",
            }
            /// What the client should do next.
            Action {
                /// Nothing: it is already done.
                None = "none",
                /// Refresh the session, then repeat the request.
                RefreshToken = "refresh_token",
                /// Credentials are missing or invalid: sign in again.
                SignIn = "sign_in",
                /// The person corrects what they typed (see `field`).
                FixInput = "fix_input",
                VerifyEmail = "verify_email",
                CompleteMfa = "complete_mfa",
                SetupMfa = "setup_mfa",
                RegenerateBackupCodes = "regenerate_backup_codes",
                /// Device flow: keep polling at the interval.
                ContinuePolling = "continue_polling",
                /// Start the device, OAuth or SAML flow again.
                RestartFlow = "restart_flow",
                /// Repeat later, honouring `retry_after_ms` or backoff.
                Retry = "retry",
                /// Blocked for a while: try again later, by hand.
                Wait = "wait",
                /// Another role or membership is needed.
                RequestAccess = "request_access",
                RequestInvitation = "request_invitation",
                ContactAdmin = "contact_admin",
                ContactSupport = "contact_support",
                UpgradePlan = "upgrade_plan",
                /// An admin must configure a provider, SAML, SMTP, certificates...
                FixConfiguration = "fix_configuration",
                /// The integration sent a bad request: a developer's bug.
                FixRequest = "fix_request",
            }
            /// The form field at fault, for `fix_input`.
            Field {
                Email = "email",
                Password = "password",
                /// Email and password together: which one is wrong is not said, on purpose.
                Credentials = "credentials",
                Slug = "slug",
                Name = "name",
                Url = "url",
                MfaCode = "mfa_code",
                Event = "event",
            }
        }
    };
}

for_each_vocabulary!(vocabulary);
