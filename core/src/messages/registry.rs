//! Messages added at run time: overrides of a compiled-in locale's messages, and
//! locales that are not compiled in (a language we do not ship, or a shipped one
//! loaded from its locale data, as the npm package does). Each addition is compiled and checked whole before
//! anything changes: text with an error leaves every message as it was.

#[cfg(feature = "overrides")]
use super::compile::{compile, is_rtl, Options};
use super::data;
use super::ir::{CompiledTables, Message, Tables};
use super::plural::PluralRule;
use super::shipped::{self, slot_ids, COMPILED_IN};
use crate::error::Error;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

/// A locale with messages added at run time.
pub(crate) struct AddedLocale {
    /// The tag in canonical form (`sv-SE`).
    pub tag: String,
    /// Its language, script and region subtags, as negotiation compares them.
    pub language: String,
    pub script: Option<String>,
    pub region: Option<String>,
    /// Overrides a compiled-in locale (else negotiation may pick it).
    pub compiled_in: bool,
    pub rules: Option<PluralRule>,
    /// Oldest first; a message comes from the newest layer that has it.
    layers: Vec<CompiledTables>,
}

impl AddedLocale {
    /// The newest definition of a message slot.
    pub fn find(&self, slot: usize) -> Option<(Tables<'_>, Message)> {
        self.layers.iter().rev().find_map(|layer| {
            let message = layer.messages.get(slot).copied().flatten()?;
            Some((layer.view(), message))
        })
    }
}

#[derive(Default)]
struct Registry {
    locales: Vec<Arc<AddedLocale>>,
}

static REGISTRY: RwLock<Registry> = RwLock::new(Registry { locales: Vec::new() });
/// Whether anything was ever added: lets interpretation skip the lock entirely.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Changes with every addition, so that remembered negotiations are not reused.
static GENERATION: AtomicU64 = AtomicU64::new(0);

pub(crate) fn generation() -> u64 {
    GENERATION.load(Ordering::Acquire)
}

/// What `add_messages` and `load_locale_data` did.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct AddedMessages {
    /// The locale, in canonical form.
    pub locale: String,
    /// How many messages the text defined (a catalogue has a few dozen).
    pub messages: u32,
    /// The locale is new to negotiation (not one compiled in).
    pub new_locale: bool,
}

#[cfg(feature = "overrides")]
pub(crate) fn add(locale: &str, ftl: &str) -> Result<AddedMessages, Error> {
    let id = parse_tag(locale).ok_or_else(|| Error::InvalidLocale { tag: locale.chars().take(64).collect() })?;
    let tag = id.to_string();
    let slots = slot_ids();
    let options = Options { slots: &slots, rtl: is_rtl(&tag), complete: false };
    let tables = compile(&[("(added messages)", ftl)], &options)
        .map_err(|problems| Error::InvalidMessages { locale: tag.clone(), problems })?;
    Ok(install(tag, tables))
}

pub(crate) fn load(bytes: &[u8]) -> Result<AddedMessages, Error> {
    let invalid = |reason: String| Error::InvalidLocaleData { reason };
    let (tag, tables) = data::decode(bytes).map_err(invalid)?;
    // Locale data is made only for shipped locales (whose plural rules every
    // build has); other locales are added from Fluent text with `add_messages`.
    let wanted = tag.trim().replace('_', "-");
    let Some(shipped) = shipped::TAGS.iter().find(|s| s.eq_ignore_ascii_case(&wanted)) else {
        return Err(invalid(format!("`{tag}` is not a shipped locale; add other locales with add_messages")));
    };
    let slots = slot_ids().len();
    if tables.messages.len() != slots {
        return Err(invalid(format!(
            "made for another catalogue: {} messages where this one has {slots}",
            tables.messages.len()
        )));
    }
    Ok(install((*shipped).to_owned(), tables))
}

/// Adds `tables` as the newest layer of the locale `tag` (canonical form).
fn install(tag: String, tables: CompiledTables) -> AddedMessages {
    // A canonical tag is well-formed, so it always has its parts.
    let (language, script, region) = match crate::language_tag::parse(&tag) {
        Some(t) => {
            (t.language.unwrap_or_default().to_owned(), t.script.map(str::to_owned), t.region.map(str::to_owned))
        }
        None => (String::new(), None, None),
    };
    let compiled_in = COMPILED_IN.iter().any(|l| l.tag.eq_ignore_ascii_case(&tag));
    let defined = tables.messages.iter().filter(|m| m.is_some()).count();

    let mut registry = REGISTRY.write().unwrap_or_else(|poisoned| poisoned.into_inner());
    let existing = registry.locales.iter().position(|l| l.tag == tag);
    let mut layers = existing.and_then(|i| registry.locales.get(i)).map(|l| l.layers.clone()).unwrap_or_default();
    // Layers that the new one covers entirely can never be read again.
    layers.retain(|old| old.messages.iter().zip(&tables.messages).any(|(o, n)| o.is_some() && n.is_none()));
    layers.push(tables);
    let rules = PluralRule::for_tag(&tag);
    let added = Arc::new(AddedLocale { tag: tag.clone(), language, script, region, compiled_in, rules, layers });
    match existing {
        Some(i) => {
            if let Some(slot) = registry.locales.get_mut(i) {
                *slot = added;
            }
        }
        None => registry.locales.push(added),
    }
    ACTIVE.store(true, Ordering::Release);
    GENERATION.fetch_add(1, Ordering::AcqRel);
    AddedMessages { locale: tag, messages: u32::try_from(defined).unwrap_or(u32::MAX), new_locale: !compiled_in }
}

/// Removes every added message and locale.
pub(crate) fn clear() {
    let mut registry = REGISTRY.write().unwrap_or_else(|poisoned| poisoned.into_inner());
    registry.locales.clear();
    ACTIVE.store(false, Ordering::Release);
    GENERATION.fetch_add(1, Ordering::AcqRel);
}

/// The added locale with this exact (canonical) tag.
pub(crate) fn get(tag: &str) -> Option<Arc<AddedLocale>> {
    if !ACTIVE.load(Ordering::Acquire) {
        return None;
    }
    let registry = REGISTRY.read().unwrap_or_else(|poisoned| poisoned.into_inner());
    registry.locales.iter().find(|l| l.tag == tag).cloned()
}

/// The added locales that negotiation can pick (not overrides of compiled-in ones).
pub(crate) fn added_locales() -> Vec<Arc<AddedLocale>> {
    if !ACTIVE.load(Ordering::Acquire) {
        return Vec::new();
    }
    let registry = REGISTRY.read().unwrap_or_else(|poisoned| poisoned.into_inner());
    registry.locales.iter().filter(|l| !l.compiled_in).cloned().collect()
}

/// A BCP 47 tag, `_` read as `-`, at most 64 bytes.
#[cfg(feature = "overrides")]
pub(crate) fn parse_tag(raw: &str) -> Option<unic_langid::LanguageIdentifier> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 64 {
        return None;
    }
    let mut bytes = [0u8; 64];
    let buf = bytes.get_mut(..raw.len())?;
    for (b, r) in buf.iter_mut().zip(raw.bytes()) {
        *b = if r == b'_' { b'-' } else { r };
    }
    unic_langid::LanguageIdentifier::from_bytes(buf).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_for_a_locale_we_do_not_ship_is_refused() {
        match load(&data::encode("fi", &COMPILED_IN[0].tables.to_owned())) {
            Err(Error::InvalidLocaleData { reason }) => assert!(reason.contains("not a shipped locale"), "{reason}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn data_for_another_catalogue_is_refused() {
        let mut tables = COMPILED_IN[0].tables.to_owned();
        tables.messages.pop();
        match load(&data::encode("en", &tables)) {
            Err(Error::InvalidLocaleData { reason }) => assert!(reason.contains("another catalogue"), "{reason}"),
            other => panic!("{other:?}"),
        }
    }
}
