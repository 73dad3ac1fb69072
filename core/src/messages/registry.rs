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
use crate::decimal;
use crate::error::Error;
use std::sync::atomic::{AtomicBool, Ordering};
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

/// Everything added, as it stood between two changes. A change makes a new
/// snapshot and swaps it in whole; an interpretation takes one and reads only
/// it, for negotiation and for rendering alike, so that no answer mixes the
/// registry before a change with the registry after it.
pub(crate) struct Snapshot {
    /// Which change made it: 1 for the first, counting every change since.
    pub generation: u64,
    locales: Vec<Arc<AddedLocale>>,
}

impl Snapshot {
    /// The added locale with this exact (canonical) tag.
    pub fn get(&self, tag: &str) -> Option<&Arc<AddedLocale>> {
        self.locales.iter().find(|l| l.tag == tag)
    }

    /// The added locales that negotiation can pick (not overrides of compiled-in ones).
    pub fn added_locales(&self) -> impl Iterator<Item = &Arc<AddedLocale>> {
        self.locales.iter().filter(|l| !l.compiled_in)
    }
}

struct Registry {
    /// `None` when nothing is added.
    current: Option<Arc<Snapshot>>,
    generation: u64,
}

static REGISTRY: RwLock<Registry> = RwLock::new(Registry { current: None, generation: 0 });
/// Whether anything is added: lets interpretation skip the lock entirely.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// What is added now, as one snapshot; `None` when nothing is.
pub(crate) fn snapshot() -> Option<Arc<Snapshot>> {
    if !ACTIVE.load(Ordering::Acquire) {
        return None;
    }
    REGISTRY.read().unwrap_or_else(|poisoned| poisoned.into_inner()).current.clone()
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
        return Err(invalid(["`", &tag, "` is not a shipped locale; add other locales with add_messages"].concat()));
    };
    let slots = slot_ids().len();
    if tables.messages.len() != slots {
        let (found, wanted) = (decimal::string(tables.messages.len() as u64), decimal::string(slots as u64));
        return Err(invalid(
            ["made for another catalogue: ", &found, " messages where this one has ", &wanted].concat(),
        ));
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
    let mut locales = registry.current.as_ref().map(|s| s.locales.clone()).unwrap_or_default();
    let existing = locales.iter().position(|l| l.tag == tag);
    let mut layers = existing.and_then(|i| locales.get(i)).map(|l| l.layers.clone()).unwrap_or_default();
    // Layers that the new one covers entirely can never be read again.
    layers.retain(|old| old.messages.iter().zip(&tables.messages).any(|(o, n)| o.is_some() && n.is_none()));
    layers.push(tables);
    let rules = PluralRule::for_tag(&tag);
    let added = Arc::new(AddedLocale { tag: tag.clone(), language, script, region, compiled_in, rules, layers });
    match existing {
        Some(i) => {
            if let Some(slot) = locales.get_mut(i) {
                *slot = added;
            }
        }
        None => locales.push(added),
    }
    registry.generation = registry.generation.wrapping_add(1);
    registry.current = Some(Arc::new(Snapshot { generation: registry.generation, locales }));
    ACTIVE.store(true, Ordering::Release);
    AddedMessages { locale: tag, messages: u32::try_from(defined).unwrap_or(u32::MAX), new_locale: !compiled_in }
}

/// Removes every added message and locale.
pub(crate) fn clear() {
    let mut registry = REGISTRY.write().unwrap_or_else(|poisoned| poisoned.into_inner());
    registry.current = None;
    registry.generation = registry.generation.wrapping_add(1);
    ACTIVE.store(false, Ordering::Release);
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
