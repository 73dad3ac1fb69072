//! The core's vocabularies, exposed as they are (uniffi remote types, from the
//! core's one declaration), and the known codes as an enum for exhaustive
//! `when` / `switch`.

use authos_errors::{Action, Audience, Category, Field};

/// Each vocabulary of `authos_errors::for_each_vocabulary!` as a remote enum,
/// with its docs (they flow into Kotlin and Swift).
macro_rules! remote_enums {
    ($($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal $(($title:literal))?,)* })*) => {
        $(
            $(#[$doc])*
            #[uniffi::remote(Enum)]
            pub enum $name {
                $($(#[$vdoc])* $variant,)*
            }
        )*
    };
}

authos_errors::for_each_vocabulary!(remote_enums);

macro_rules! known_code_enum {
    (entries: [$($variant:ident { code: $code:literal, $($entry:tt)* })*] $($rest:tt)*) => {
        /// Every code in the catalogue. The interpretation's `code` string is the
        /// whole truth (a newer server's codes pass through); this is `null` /
        /// `None` / `nil` for those.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
        pub enum KnownCode {
            $(#[doc = $code] $variant,)*
        }

        impl KnownCode {
            /// The core's code as this enum (the core's enum is non-exhaustive:
            /// `None` for a code newer than this binding, which cannot happen
            /// while both are built from the same catalogue).
            pub fn from_core(code: authos_errors::KnownCode) -> Option<KnownCode> {
                match code {
                    $(authos_errors::KnownCode::$variant => Some(KnownCode::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

authos_errors::for_each_known_code!(known_code_enum);
