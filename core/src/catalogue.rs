//! The catalogue, compiled from `catalogue.toml` by the build script.

use crate::model::{Action, Audience, Category, Field};

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// Everything the catalogue says of one code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub code: KnownCode,
    /// The status the reference gives (0 for `NETWORK_ERROR`: no response).
    pub status: u16,
    pub category: Category,
    /// The reference's description, word for word.
    pub description: &'static str,
    /// The reference's resolution, word for word; `None` where it gives none.
    pub resolution: Option<&'static str>,
    /// The code's other rows in the reference (a code documented twice).
    pub also: &'static [Row],
    pub audience: Audience,
    pub action: Action,
    pub field: Option<Field>,
    pub retryable: bool,
    /// The library's own code, never sent by the server in a body.
    pub library: bool,
}

/// Another reference row of a code documented in two sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub category: Category,
    pub description: &'static str,
    pub resolution: Option<&'static str>,
}

/// Every entry, in catalogue order.
pub fn entries() -> &'static [Entry] {
    &ENTRIES
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
    fn lookup_is_exact() {
        assert_eq!(lookup("TOKEN_EXPIRED").map(|e| e.code), Some(KnownCode::TokenExpired));
        assert_eq!(lookup("token_expired"), None);
        assert_eq!(lookup(""), None);
        for e in entries() {
            assert_eq!(lookup(e.code.as_str()), Some(e));
        }
    }
}
