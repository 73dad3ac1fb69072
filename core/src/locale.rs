//! Locale negotiation (CONTRACT.md, "Locales"): for each preferred tag in order, an
//! exact match, else a shipped locale of the same language; else the next tag;
//! with no match, `en`. Tags are read case-insensitively, `_` as `-`, by
//! unic-langid; a tag that does not parse is skipped.

use crate::messages::{LocaleTable, LOCALES};
use std::cell::RefCell;
use unic_langid::LanguageIdentifier;

/// Tags beyond these are not read: a preference list is a handful of tags, and
/// anything longer is garbage that must not cost time.
const MAX_TAGS: usize = 32;
/// BCP 47 tags worth reading are short; longer ones are skipped unparsed.
const MAX_TAG_LEN: usize = 64;

pub(crate) fn negotiate(preferred: &[&str]) -> &'static LocaleTable {
    let preferred = preferred.get(..MAX_TAGS).unwrap_or(preferred);
    // An app passes the same preferences with every response: remember the last
    // answer, since parsing the tags costs more than the rest of an interpretation.
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if let Some((tags, table)) = last.as_ref() {
            if tags
                .iter()
                .map(String::as_str)
                .eq(preferred.iter().copied())
            {
                return *table;
            }
        }
        let table = negotiate_uncached(preferred);
        *last = Some((preferred.iter().map(|t| (*t).to_owned()).collect(), table));
        table
    })
}

thread_local! {
    static LAST: RefCell<Option<(Vec<String>, &'static LocaleTable)>> = const { RefCell::new(None) };
}

fn negotiate_uncached(preferred: &[&str]) -> &'static LocaleTable {
    for raw in preferred {
        let Some(wanted) = parse(raw) else { continue };
        let language = wanted.language.as_str();
        let exact = LOCALES.iter().find(|l| same_tag(l, &wanted));
        if let Some(table) = exact.or_else(|| LOCALES.iter().find(|l| l.language == language)) {
            return table;
        }
    }
    // LOCALES starts with `en`: the build refuses to run without it.
    &LOCALES[0]
}

/// The shipped locale `negotiate` picks, by tag.
pub fn negotiate_tag(preferred: &[&str]) -> &'static str {
    negotiate(preferred).tag
}

fn parse(raw: &str) -> Option<LanguageIdentifier> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > MAX_TAG_LEN {
        return None;
    }
    let mut bytes = [0u8; MAX_TAG_LEN];
    let buf = bytes.get_mut(..raw.len())?;
    for (b, r) in buf.iter_mut().zip(raw.bytes()) {
        *b = if r == b'_' { b'-' } else { r };
    }
    LanguageIdentifier::from_bytes(buf).ok()
}

fn same_tag(shipped: &LocaleTable, wanted: &LanguageIdentifier) -> bool {
    shipped.language == wanted.language.as_str()
        && shipped.script == wanted.script.as_ref().map(|s| s.as_str())
        && shipped.region == wanted.region.as_ref().map(|r| r.as_str())
        && wanted.variants().len() == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_and_nothing_fall_back_to_english() {
        assert_eq!(negotiate_tag(&[]), "en");
        assert_eq!(
            negotiate_tag(&["", "!!", "x-private-only-garbage-😀", "12345"]),
            "en"
        );
        assert_eq!(negotiate_tag(&["EN_us"]), "en");
        let long = "en-".repeat(100);
        assert_eq!(negotiate_tag(&[long.as_str()]), "en");
    }

    #[test]
    fn the_remembered_answer_follows_the_preferences() {
        assert_eq!(negotiate_tag(&["en-US", "en"]), "en");
        assert_eq!(negotiate_tag(&["en-US", "en"]), "en");
        assert_eq!(negotiate_tag(&["!!"]), "en");
        assert!(std::ptr::eq(
            negotiate(&["en"]),
            negotiate_uncached(&["en"])
        ));
    }
}
