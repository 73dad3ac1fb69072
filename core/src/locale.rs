//! Locale negotiation (docs/locales.md): for each preferred tag in order, an
//! exact match, else a locale of the same language; else the next tag; with no
//! match, `en`. Chinese goes by script. Tags are read case-insensitively, `_` as
//! `-`, by the RFC 5646 reader (`language_tag`); a tag that is not well-formed is
//! skipped. The candidates are the shipped locales compiled in, then the locales
//! added at run time (`registry`), in that order.

use crate::language_tag::{self, LanguageTag};
use crate::messages::registry::{self, AddedLocale, Snapshot};
use crate::messages::shipped::{self, COMPILED_IN};
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::Arc;

/// Tags beyond these are not read: a preference list is a handful of tags, and
/// anything longer is garbage that must not cost time.
const MAX_TAGS: usize = 32;

/// The locale negotiation picked: one of its candidates.
#[derive(Clone)]
pub(crate) enum Chosen {
    /// A shipped locale compiled in, by its index in `COMPILED_IN`.
    Shipped(usize),
    Added(Arc<AddedLocale>),
}

/// What negotiation chose, and the added messages it chose among: rendering
/// reads the same snapshot, so an answer never mixes two states of the registry.
pub(crate) struct Negotiated {
    pub chosen: Chosen,
    pub added: Option<Arc<Snapshot>>,
}

pub(crate) fn negotiate(preferred: &[&str]) -> Negotiated {
    let preferred = preferred.get(..MAX_TAGS).unwrap_or(preferred);
    let added = registry::snapshot();
    let generation = added.as_ref().map(|s| s.generation);
    // An app passes the same preferences with every response: remember the last
    // answer, since parsing the tags costs more than the rest of an interpretation.
    let chosen = LAST.with(|last| {
        let mut last = last.borrow_mut();
        if let Some((g, tags, chosen)) = last.as_ref() {
            if *g == generation && tags.iter().map(String::as_str).eq(preferred.iter().copied()) {
                return chosen.clone();
            }
        }
        let chosen = negotiate_uncached(preferred, added.as_deref());
        *last = Some((generation, preferred.iter().map(|t| (*t).to_owned()).collect(), chosen.clone()));
        chosen
    });
    Negotiated { chosen, added }
}

/// A negotiation remembered: the snapshot's generation (`None`: nothing
/// added), the preferences, the choice.
type Remembered = (Option<u64>, Vec<String>, Chosen);

thread_local! {
    static LAST: RefCell<Option<Remembered>> = const { RefCell::new(None) };
}

fn negotiate_uncached(preferred: &[&str], added: Option<&Snapshot>) -> Chosen {
    let shipped = (0..COMPILED_IN.len()).map(Chosen::Shipped);
    let added = added.into_iter().flat_map(Snapshot::added_locales).cloned().map(Chosen::Added);
    let candidates: Vec<Chosen> = shipped.chain(added).collect();
    // COMPILED_IN starts with `en`: the build refuses to run without it.
    first_match(preferred, &candidates).unwrap_or(Chosen::Shipped(0))
}

/// A locale negotiation may pick, by its parts.
trait Candidate: Clone {
    fn language(&self) -> &str;
    fn script(&self) -> Option<&str>;
    fn region(&self) -> Option<&str>;

    /// The wanted tag's language subtag is this one's.
    fn same_language_subtag(&self, wanted: &LanguageTag<'_>) -> bool {
        wanted.language.is_some_and(|l| l.eq_ignore_ascii_case(self.language()))
    }

    /// The same locale as the wanted tag: language, script and region.
    fn same_tag(&self, wanted: &LanguageTag<'_>) -> bool {
        self.same_language_subtag(wanted) && same(self.script(), wanted.script) && same(self.region(), wanted.region)
    }

    /// The same language as the wanted tag (`de-AT` → `de`), in the script the
    /// tag implies where the candidate names one (`zh-TW` → `zh-Hant`).
    fn same_language(&self, wanted: &LanguageTag<'_>) -> bool {
        let script_fits = match (self.script(), implied_script(wanted)) {
            (Some(mine), Some(theirs)) => mine.eq_ignore_ascii_case(theirs),
            _ => true,
        };
        self.same_language_subtag(wanted) && script_fits
    }
}

fn same(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        (None, None) => true,
        _ => false,
    }
}

/// The script a tag is written in: the one it names, else for Chinese the one its
/// region uses (docs/locales.md: `zh-TW`, `zh-HK`, `zh-MO` are Traditional; any other
/// Chinese, `zh-Latn` included, is Simplified).
fn implied_script<'a>(tag: &LanguageTag<'a>) -> Option<&'a str> {
    if !tag.language.is_some_and(|l| l.eq_ignore_ascii_case("zh")) {
        return tag.script;
    }
    let traditional_region = tag.region.is_some_and(|r| ["TW", "HK", "MO"].iter().any(|t| t.eq_ignore_ascii_case(r)));
    let traditional = match tag.script {
        Some(script) => script.eq_ignore_ascii_case("Hant"),
        None => traditional_region,
    };
    Some(if traditional { "Hant" } else { "Hans" })
}

/// The rules (docs/locales.md), over any candidates in order of
/// preference: for each wanted tag, the first candidate that is the same tag,
/// else the first of the same language; else the next tag. A tag that is not
/// well-formed is skipped.
fn first_match<C: Candidate>(preferred: &[&str], candidates: &[C]) -> Option<C> {
    let preferred = preferred.get(..MAX_TAGS).unwrap_or(preferred);
    preferred.iter().filter_map(|raw| language_tag::parse(raw)).find_map(|wanted| {
        let exact = candidates.iter().find(|c| c.same_tag(&wanted));
        exact.or_else(|| candidates.iter().find(|c| c.same_language(&wanted))).cloned()
    })
}

impl Candidate for Chosen {
    fn language(&self) -> &str {
        match self {
            Chosen::Shipped(i) => COMPILED_IN.get(*i).map_or("", |l| l.language),
            Chosen::Added(a) => &a.language,
        }
    }

    fn script(&self) -> Option<&str> {
        match self {
            Chosen::Shipped(i) => COMPILED_IN.get(*i).and_then(|l| l.script),
            Chosen::Added(a) => a.script.as_deref(),
        }
    }

    fn region(&self) -> Option<&str> {
        match self {
            Chosen::Shipped(i) => COMPILED_IN.get(*i).and_then(|l| l.region),
            Chosen::Added(a) => a.region.as_deref(),
        }
    }
}

/// A shipped locale, compiled in or not.
impl<'a> Candidate for (&'static str, LanguageTag<'a>) {
    fn language(&self) -> &str {
        self.1.language.unwrap_or_default()
    }

    fn script(&self) -> Option<&str> {
        self.1.script
    }

    fn region(&self) -> Option<&str> {
        self.1.region
    }
}

/// The locale `interpret` would use for these preferences, by tag.
pub fn negotiate_tag(preferred: &[&str]) -> Cow<'static, str> {
    match negotiate(preferred).chosen {
        Chosen::Shipped(i) => Cow::Borrowed(shipped::compiled_in(i).tag),
        Chosen::Added(a) => Cow::Owned(a.tag.clone()),
    }
}

/// The shipped locale (`shipped_locales`) that negotiation would pick for these
/// preferences if every shipped locale were loaded: what a platform that loads
/// locales when needed should load. Same rules as `negotiate_tag`; `en` at worst.
pub fn best_shipped_locale(preferred: &[&str]) -> &'static str {
    let shipped: Vec<(&'static str, LanguageTag<'static>)> =
        shipped::TAGS.iter().filter_map(|&tag| language_tag::parse(tag).map(|id| (tag, id))).collect();
    first_match(preferred, &shipped).map_or("en", |(tag, _)| tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_and_nothing_fall_back_to_english() {
        assert_eq!(negotiate_tag(&[]), "en");
        assert_eq!(negotiate_tag(&["", "!!", "x-private-only-garbage-😀", "12345"]), "en");
        assert_eq!(negotiate_tag(&["EN_us"]), "en");
        let long = "en-".repeat(100);
        assert_eq!(negotiate_tag(&[long.as_str()]), "en");
    }

    #[test]
    fn the_best_shipped_locale_ignores_what_is_loaded() {
        assert_eq!(best_shipped_locale(&["de-AT", "fr"]), "de");
        assert_eq!(best_shipped_locale(&["zh-Hans-CN"]), "zh-Hans");
        assert_eq!(best_shipped_locale(&["zh-TW"]), "zh-Hant");
        assert_eq!(best_shipped_locale(&["zh-Hant-CN"]), "zh-Hant");
        assert_eq!(best_shipped_locale(&["zh-HK", "zh-Hans"]), "zh-Hant");
        assert_eq!(best_shipped_locale(&["zh-Latn"]), "zh-Hans");
        assert_eq!(best_shipped_locale(&["en-US-u-mu-celsius"]), "en");
        assert_eq!(best_shipped_locale(&["ja-JP-u-ca-japanese-x-lvariant-JP", "de"]), "ja");
        assert_eq!(best_shipped_locale(&["pt-BR"]), "pt-BR");
        assert_eq!(best_shipped_locale(&["pt-PT"]), "pt-BR");
        assert_eq!(best_shipped_locale(&["xx", "!!", "ja-JP"]), "ja");
        assert_eq!(best_shipped_locale(&["xx"]), "en");
        assert_eq!(best_shipped_locale(&[]), "en");
    }

    #[test]
    fn the_remembered_answer_follows_the_preferences() {
        assert_eq!(negotiate_tag(&["en-US", "en"]), "en");
        assert_eq!(negotiate_tag(&["en-US", "en"]), "en");
        assert_eq!(negotiate_tag(&["!!"]), "en");
        assert!(matches!(negotiate_uncached(&["en"], None), Chosen::Shipped(0)));
    }
}
