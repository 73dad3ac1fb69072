//! The closed vocabularies of an interpretation (CONTRACT.md, "What comes out").

use serde::Serialize;

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal,)* }) => {
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
}

vocabulary! {
    /// The catalogue section a code belongs to.
    Category {
        General = "general",
        Authentication = "authentication",
        Authorization = "authorization",
        Validation = "validation",
        Resource = "resource",
        Mfa = "mfa",
        DeviceFlow = "device_flow",
        Oauth = "oauth",
        Saml = "saml",
        Scim = "scim",
        Webhook = "webhook",
        Infrastructure = "infrastructure",
        Network = "network",
    }
}

vocabulary! {
    /// Who can act on an error.
    Audience {
        /// The person at the screen.
        User = "user",
        /// An organization or platform administrator: configuration, suspension, plan.
        Admin = "admin",
        /// The integration is wrong: a bug to log, not a message to show.
        Developer = "developer",
    }
}

vocabulary! {
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
}

vocabulary! {
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
