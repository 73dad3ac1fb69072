//! The catalogue: `explain` one code, or list them all.

use crate::vocabulary::KnownCode;
use authos_errors::{Action, Audience, Category, Field};

/// Another reference row of a code documented in two sections.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ReferenceRow {
    pub category: Category,
    pub description: String,
    pub resolution: Option<String>,
}

/// Everything the catalogue says of one code (the CLI's `catalogue --format json`).
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct CatalogueEntry {
    pub code: String,
    pub known_code: Option<KnownCode>,
    pub status: u16,
    pub category: Category,
    pub description: String,
    pub resolution: Option<String>,
    pub also: Vec<ReferenceRow>,
    pub audience: Audience,
    pub action: Action,
    pub field: Option<Field>,
    pub retryable: bool,
    /// The library's own code, never sent by the server in a body.
    pub library: bool,
    /// The statuses this code is derived from when a body has no usable code:
    /// a status (`"401"`), `"4xx"`, `"5xx"` or `"other"`.
    pub derived_from: Vec<String>,
    /// The locale `message` is in, negotiated from the one asked for.
    pub locale: String,
    /// The user-facing message.
    pub message: String,
}

impl From<authos_errors::Explained> for CatalogueEntry {
    fn from(explained: authos_errors::Explained) -> Self {
        let e = explained.entry;
        let rows = e.also.iter();
        CatalogueEntry {
            code: e.code.as_str().to_owned(),
            known_code: KnownCode::from_core(e.code),
            status: e.status,
            category: e.category,
            description: e.description.to_owned(),
            resolution: e.resolution.map(str::to_owned),
            also: rows
                .map(|r| ReferenceRow {
                    category: r.category,
                    description: r.description.to_owned(),
                    resolution: r.resolution.map(str::to_owned),
                })
                .collect(),
            audience: e.audience,
            action: e.action,
            field: e.field,
            retryable: e.retryable,
            library: e.library,
            derived_from: e.derived_from.iter().map(|s| (*s).to_owned()).collect(),
            locale: explained.locale.into_owned(),
            message: explained.message.into_owned(),
        }
    }
}

fn entry(e: &'static authos_errors::Entry, locale: &str) -> CatalogueEntry {
    authos_errors::Explained::new(e, &[locale]).into()
}

/// The catalogue entry of a code, spelled exactly; `null` / `None` / `nil` for a
/// code the catalogue does not know.
#[uniffi::export]
pub fn explain(code: String, locale: String) -> Option<CatalogueEntry> {
    authos_errors::lookup(&code).map(|e| entry(e, &locale))
}

/// Every code of the catalogue, in catalogue order.
#[uniffi::export]
pub fn catalogue(locale: String) -> Vec<CatalogueEntry> {
    authos_errors::entries().iter().map(|e| entry(e, &locale)).collect()
}
