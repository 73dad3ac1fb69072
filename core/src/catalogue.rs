//! The catalogue: `catalogue.toml`, handed over by the build script as the data
//! of `for_each_known_code!`, written into Rust by the one macro below.

use crate::model::{Action, Audience, Category, Field};
use serde::Serialize;

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

macro_rules! catalogue {
    (
        entries: [$(
            $variant:ident {
                code: $code:literal, status: $status:literal, category: $category:ident,
                description: $description:literal, resolution: [$($resolution:literal)?],
                also: [$(($also_category:ident, $also_description:literal, [$($also_resolution:literal)?])),*],
                audience: $audience:ident, action: $action:ident, field: [$($field:ident)?],
                retryable: $retryable:literal, library: $library:literal, derived_from: [$($derived:literal),*]
            }
        )*]
        by_length: [$($length:literal => [$($name:literal => $named:ident),*]),*]
        derived: [$(($start:literal, $end:literal, $from:ident)),*]
    ) => {
        /// Every code in the catalogue, in catalogue order: for `match`.
        ///
        /// A code the server sends that is not here is still passed through as a
        /// string (`Interpretation::code`, with `known: false`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum KnownCode {
            $(#[doc = concat!("`", $code, "`: ", $description)] $variant,)*
        }

        impl KnownCode {
            /// Every known code, in catalogue order.
            pub const ALL: &'static [KnownCode] = &[$(KnownCode::$variant,)*];

            /// The code as the server spells it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(KnownCode::$variant => $code,)*
                }
            }
        }

        pub(crate) static ENTRIES: &[Entry] = &[$(
            Entry {
                code: KnownCode::$variant,
                status: $status,
                category: Category::$category,
                #[cfg(feature = "reference")]
                description: $description,
                #[cfg(feature = "reference")]
                resolution: optional!($($resolution)?),
                #[cfg(feature = "reference")]
                also: &[$(Row {
                    category: Category::$also_category,
                    description: $also_description,
                    resolution: optional!($($also_resolution)?),
                }),*],
                audience: Audience::$audience,
                action: Action::$action,
                field: optional!($(Field::$field)?),
                retryable: $retryable,
                library: $library,
                derived_from: &[$($derived),*],
            },
        )*];

        /// The known code spelled exactly `code`: a match on the length, then on
        /// the few names of that length. No hashing, no allocation.
        fn find(code: &str) -> Option<KnownCode> {
            match code.len() {
                $($length => match code {
                    $($name => Some(KnownCode::$named),)*
                    _ => None,
                },)*
                _ => None,
            }
        }

        /// The code derived from a status with no usable code in the body
        /// (docs/reading.md, "Statuses"); `None` for 1xx–3xx.
        pub(crate) fn derived_from_status(status: u16) -> Option<KnownCode> {
            match status {
                $($start..=$end => Some(KnownCode::$from),)*
                _ => None,
            }
        }
    };
}

for_each_known_code!(catalogue);

/// Everything the catalogue says of one code. Serializes as the catalogue's
/// JSON (`authos-errors catalogue --format json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub code: KnownCode,
    /// The status the reference gives (0 for `NETWORK_ERROR`: no response).
    pub status: u16,
    pub category: Category,
    /// The reference's description, word for word.
    #[cfg(feature = "reference")]
    pub description: &'static str,
    /// The reference's resolution, word for word; `None` where it gives none.
    #[cfg(feature = "reference")]
    pub resolution: Option<&'static str>,
    /// The code's other rows in the reference (a code documented twice).
    #[cfg(feature = "reference")]
    pub also: &'static [Row],
    pub audience: Audience,
    pub action: Action,
    pub field: Option<Field>,
    pub retryable: bool,
    /// The library's own code, never sent by the server in a body.
    pub library: bool,
    /// The statuses this code is derived from when a body has no usable code,
    /// as `catalogue.toml` says them: a status (`"401"`), `"4xx"` or `"5xx"` for
    /// any other status of that class, `"other"` for statuses outside them.
    pub derived_from: &'static [&'static str],
}

/// Another reference row of a code documented in two sections.
#[cfg(feature = "reference")]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    pub category: Category,
    pub description: &'static str,
    pub resolution: Option<&'static str>,
}

impl Serialize for KnownCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Every entry, in catalogue order.
pub fn entries() -> &'static [Entry] {
    ENTRIES
}

/// The entry for a code spelled exactly as the server spells it. No allocation.
pub fn lookup(code: &str) -> Option<&'static Entry> {
    find(code).map(KnownCode::entry)
}

impl KnownCode {
    /// The known code spelled exactly `code`.
    pub fn parse(code: &str) -> Option<KnownCode> {
        find(code)
    }

    /// Its catalogue entry.
    pub fn entry(self) -> &'static Entry {
        // ENTRIES is generated in the enum's order, so the discriminant is the index.
        #[allow(clippy::indexing_slicing)]
        &ENTRIES[self as usize]
    }

    /// The code derived from a status with no usable code in the body
    /// (docs/reading.md, "Statuses"), as `derived_from` in `catalogue.toml`
    /// says; `None` for a 1xx–3xx status, which is not an error.
    pub fn for_status(status: u16) -> Option<KnownCode> {
        derived_from_status(status)
    }
}

impl std::fmt::Display for KnownCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_follow_the_enum_order() {
        for (i, code) in KnownCode::ALL.iter().enumerate() {
            assert_eq!(entries()[i].code, *code);
            assert_eq!(code.entry().code, *code);
        }
    }

    #[test]
    fn derived_codes_follow_the_contract() {
        let d = KnownCode::for_status;
        assert_eq!(d(0), Some(KnownCode::NetworkError));
        assert_eq!(d(401), Some(KnownCode::Unauthorized));
        assert_eq!(d(402), Some(KnownCode::BadRequest));
        assert_eq!(d(503), Some(KnownCode::ServiceUnavailable));
        assert_eq!(d(599), Some(KnownCode::InternalServerError));
        assert_eq!(d(42), Some(KnownCode::InternalServerError));
        assert_eq!(d(u16::MAX), Some(KnownCode::InternalServerError));
        assert_eq!(d(204), None);
    }

    #[test]
    fn lookup_is_exact() {
        assert_eq!(lookup("TOKEN_EXPIRED").map(|e| e.code), Some(KnownCode::TokenExpired));
        assert_eq!(lookup("token_expired"), None);
        assert_eq!(lookup(""), None);
        for e in entries() {
            assert_eq!(lookup(e.code.as_str()), Some(e));
        }
    }
}
