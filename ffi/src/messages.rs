//! Locales: what ships, negotiation, locale data, and run-time overrides.

use crate::error::AuthosError;
use authos_errors::AddedMessages;

/// What `add_messages` and `load_locale_data` did.
#[uniffi::remote(Record)]
pub struct AddedMessages {
    /// The locale, in canonical form.
    pub locale: String,
    /// How many messages the text defined.
    pub messages: u32,
    /// The locale is new to negotiation (not one compiled in).
    pub new_locale: bool,
}

/// The shipped locales, `en` first.
#[uniffi::export]
pub fn shipped_locales() -> Vec<String> {
    authos_errors::shipped_locales().map(str::to_owned).collect()
}

/// The locale messages would be in for these preferences.
#[uniffi::export]
pub fn negotiate_locale(preferred: Vec<String>) -> String {
    let preferred: Vec<&str> = preferred.iter().map(String::as_str).collect();
    authos_errors::negotiate_tag(&preferred).into_owned()
}

/// Adds or overrides messages from Fluent text (see docs/locales.md); text with any
/// error changes nothing and throws `InvalidMessages` with every problem.
#[uniffi::export]
pub fn add_messages(locale: String, ftl: String) -> Result<AddedMessages, AuthosError> {
    Ok(authos_errors::add_messages(&locale, &ftl)?)
}

/// Makes a locale available from its locale data (`authos-errors locale-data`).
#[uniffi::export]
pub fn load_locale_data(data: Vec<u8>) -> Result<AddedMessages, AuthosError> {
    Ok(authos_errors::load_locale_data(&data)?)
}

/// Removes every message and locale added at run time.
#[uniffi::export]
pub fn clear_added_messages() {
    authos_errors::clear_added_messages();
}
