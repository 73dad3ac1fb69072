//! A catalogue entry beside its message in the negotiated locale: what
//! `explain` and `catalogue` answer (the `reference` feature).

use crate::catalogue::Entry;
use serde::Serialize;

/// A catalogue entry with its user-facing message, in the locale negotiated from
/// the preferences: what `explain` and `catalogue` answer on every platform.
/// Serializes as the entry's fields, then `locale` and `message`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Explained {
    #[serde(flatten)]
    pub entry: &'static Entry,
    /// The locale `message` is in.
    pub locale: std::borrow::Cow<'static, str>,
    /// The message a client shows for this code.
    pub message: std::borrow::Cow<'static, str>,
}

impl Explained {
    /// The entry, with its message for these preferred locales (best first).
    pub fn new(entry: &'static Entry, preferred: &[&str]) -> Explained {
        let (locale, message) = crate::messages::message_for(entry.code, preferred, None);
        Explained { entry, locale, message }
    }
}
