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
    /// The user-facing message, in the locale negotiated from the one asked for.
    pub message: String,
}

fn entry(e: &authos_errors::Entry, locale: &str) -> CatalogueEntry {
    CatalogueEntry {
        code: e.code.as_str().to_owned(),
        known_code: KnownCode::from_core(e.code),
        status: e.status,
        category: e.category,
        description: e.description.to_owned(),
        resolution: e.resolution.map(str::to_owned),
        also: e
            .also
            .iter()
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
        message: authos_errors::message_for(e.code, &[locale], None).1.into_owned(),
    }
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
