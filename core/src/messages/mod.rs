//! Localized, user-facing messages. The shipped locales are compiled from
//! `messages/<locale>/*.ftl` by the build script into flat tables (see `ir`);
//! messages added at run time go through the same compiler (see `registry`).
//! Formatting handles text, the two variables of `.wait` messages, and select
//! expressions on them, with CLDR plural rules: no Fluent runtime is needed.

#[cfg(feature = "overrides")]
pub(crate) mod compile;
// The crate decodes locale data; encoding is the build script's (and the tests').
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) mod data;
pub(crate) mod ir;
pub(crate) mod plural;
pub(crate) mod registry;
pub(crate) mod shipped;

use crate::catalogue::KnownCode;
// For data.rs, which names it as a sibling, as in the build script.
use crate::decimal;
use crate::locale::{self, Chosen, Negotiated};
use ir::{Key, Message, Node, Span, Tables, Var, Variant};
use plural::PluralRule;
use registry::Snapshot;
use shipped::{compiled_in, CLASS_MESSAGE_BASE, COMPILED_IN};
use std::borrow::Cow;
use std::sync::OnceLock;

/// How an unknown code is read: by its status class (docs/reading.md,
/// "Codes").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StatusClass {
    Client,
    RateLimited,
    Server,
}

impl StatusClass {
    pub(crate) fn of(status: u16) -> StatusClass {
        match status {
            429 => StatusClass::RateLimited,
            400..=499 => StatusClass::Client,
            _ => StatusClass::Server,
        }
    }
}

/// What a message is about.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Subject {
    Code(KnownCode),
    Unknown(StatusClass),
}

impl Subject {
    fn slot(self) -> usize {
        match self {
            Subject::Code(code) => code as usize,
            Subject::Unknown(class) => CLASS_MESSAGE_BASE.saturating_add(class as usize),
        }
    }
}

/// A wait, rounded up to a whole number of the largest unit that reads naturally:
/// seconds below a minute, minutes below an hour, hours beyond.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Wait {
    pub amount: u64,
    pub unit: &'static str,
}

impl Wait {
    /// `None` for no wait at all: "try again in 0 seconds" would be no help.
    pub(crate) fn from_ms(ms: u64) -> Option<Wait> {
        let seconds = ms.div_ceil(1000);
        let minutes = seconds.div_ceil(60);
        let hours = minutes.div_ceil(60);
        match (seconds, minutes) {
            (0, _) => None,
            (1..=59, _) => Some(Wait { amount: seconds, unit: "second" }),
            (_, 1..=59) => Some(Wait { amount: minutes, unit: "minute" }),
            _ => Some(Wait { amount: hours, unit: "hour" }),
        }
    }
}

/// The message for `subject` in the locale negotiation chose, from the added
/// messages it chose among: the locale's tag and the message.
pub(crate) fn render(
    subject: Subject,
    negotiated: &Negotiated,
    wait: Option<Wait>,
) -> (Cow<'static, str>, Cow<'static, str>) {
    let slot = subject.slot();
    let added = negotiated.added.as_deref();
    match &negotiated.chosen {
        Chosen::Shipped(index) => {
            let text = render_shipped(*index, slot, wait, added);
            (Cow::Borrowed(compiled_in(*index).tag), text)
        }
        Chosen::Added(locale) => match locale.find(slot) {
            Some((tables, message)) => {
                let text = render_with(tables, message, wait, locale.rules.as_ref()).into_owned();
                (Cow::Owned(locale.tag.clone()), Cow::Owned(text))
            }
            // An added locale that lacks this message: English, and said so.
            None => (Cow::Borrowed(compiled_in(0).tag), render_shipped(0, slot, wait, added)),
        },
    }
}

/// A compiled-in locale's message, or its override if one was added.
fn render_shipped(index: usize, slot: usize, wait: Option<Wait>, added: Option<&Snapshot>) -> Cow<'static, str> {
    let locale = compiled_in(index);
    if let Some(added) = added.and_then(|s| s.get(locale.tag)) {
        if let Some((tables, message)) = added.find(slot) {
            return Cow::Owned(render_with(tables, message, wait, plural_rules(index)).into_owned());
        }
    }
    match locale.tables.messages.get(slot).copied().flatten() {
        Some(message) => render_with(locale.tables, message, wait, plural_rules(index)),
        // Unreachable: the build checks that every compiled-in locale has every message.
        None => Cow::Borrowed(""),
    }
}

fn render_with<'t>(
    tables: Tables<'t>,
    message: Message,
    wait: Option<Wait>,
    rules: Option<&PluralRule>,
) -> Cow<'t, str> {
    let (nodes, wait) = match (message.wait, wait) {
        (Some(nodes), Some(wait)) => (nodes, Some(wait)),
        _ => (message.text, None),
    };
    if let Some([Node::Text(span)]) = tables.nodes.get(nodes.range()) {
        return Cow::Borrowed(tables.text.get(span.range()).unwrap_or_default());
    }
    // Messages are a sentence or two: one allocation holds nearly all of them.
    let mut out = String::with_capacity(160);
    let mut budget = MAX_NODES_PER_MESSAGE;
    format(&tables, nodes, wait, rules, &mut out, &mut budget);
    Cow::Owned(out)
}

/// Compiled messages visit a few dozen nodes; loaded data that is valid but
/// contrived (variants sharing nodes) could ask for far more, so this bounds it.
const MAX_NODES_PER_MESSAGE: u32 = 4_096;

/// Each compiled-in locale's CLDR plural rule, found once.
fn plural_rules(index: usize) -> Option<&'static PluralRule> {
    static RULES: OnceLock<Vec<Option<PluralRule>>> = OnceLock::new();
    let all = RULES.get_or_init(|| COMPILED_IN.iter().map(|l| PluralRule::for_tag(l.tag)).collect());
    all.get(index)?.as_ref()
}

/// Variants always lie after their select (the compiler lays them out so, and
/// loaded data is checked for it), so this recursion only moves forward; the
/// budget bounds the work whatever the tables.
fn format(
    t: &Tables<'_>,
    nodes: Span,
    wait: Option<Wait>,
    rules: Option<&PluralRule>,
    out: &mut String,
    budget: &mut u32,
) {
    for node in t.nodes.get(nodes.range()).unwrap_or_default() {
        if *budget == 0 {
            return;
        }
        *budget = budget.saturating_sub(1);
        match node {
            Node::Text(span) => out.push_str(t.text.get(span.range()).unwrap_or_default()),
            Node::Var(Var::Amount) => {
                if let Some(w) = wait {
                    crate::decimal::push(out, w.amount);
                }
            }
            Node::Var(Var::Unit) => out.push_str(wait.map_or("", |w| w.unit)),
            Node::Select { var, variants, default } => {
                let variants = t.variants.get(variants.range()).unwrap_or_default();
                let chosen = choose(t, *var, variants, *default as usize, wait, rules);
                if let Some(variant) = variants.get(chosen) {
                    format(t, variant.nodes, wait, rules, out, budget);
                }
            }
        }
    }
}

fn choose(
    t: &Tables<'_>,
    var: Var,
    variants: &[Variant],
    default: usize,
    wait: Option<Wait>,
    rules: Option<&PluralRule>,
) -> usize {
    let Some(wait) = wait else { return default };
    let position = |wanted: &dyn Fn(&Key) -> bool| variants.iter().position(|v| wanted(&v.key));
    let found = match var {
        Var::Unit => position(&|k| matches!(k, Key::Ident(s) if t.text.get(s.range()) == Some(wait.unit))),
        Var::Amount => {
            let exact = position(&|k| matches!(k, Key::Number(n) if u64::try_from(*n).ok() == Some(wait.amount)));
            let category = rules.and_then(|r| r.select(wait.amount));
            exact.or_else(|| category.and_then(|c| position(&|k| *k == c)))
        }
    };
    found.unwrap_or(default)
}

/// Every shipped locale (`en` first), whether compiled in or loaded at run time
/// from its locale data.
pub fn shipped_locales() -> impl Iterator<Item = &'static str> {
    shipped::TAGS.iter().copied()
}

/// The message for a known code in the best locale for `preferred`, with the wait
/// said where the code's message has a waiting form. Returns the locale the
/// message is in and the message.
pub fn message_for(
    code: KnownCode,
    preferred: &[&str],
    retry_after_ms: Option<u64>,
) -> (Cow<'static, str>, Cow<'static, str>) {
    render(Subject::Code(code), &locale::negotiate(preferred), retry_after_ms.and_then(Wait::from_ms))
}

/// A shipped locale as locale data, for a platform that loads locales when they
/// are needed (see `load_locale_data`). Only with the `all-locales` feature.
#[cfg(feature = "all-locales")]
pub fn locale_data(locale: &str) -> Option<&'static [u8]> {
    shipped::DATA.iter().find(|(tag, _)| tag.eq_ignore_ascii_case(locale)).map(|(_, bytes)| *bytes)
}

/// Makes a shipped locale available from its locale data (what `locale_data`
/// returns, or the file `authos-errors locale-data` writes): negotiation considers
/// it from then on. Data that is not whole and valid is refused.
pub fn load_locale_data(data: &[u8]) -> Result<registry::AddedMessages, crate::Error> {
    registry::load(data)
}

/// Adds or replaces messages at run time, from Fluent text: for a compiled-in locale,
/// its messages are overridden one by one; any other locale is added, and
/// negotiation considers it from then on (its missing messages are English).
/// Message ids are the codes and the status-class messages; `.wait` attributes
/// receive `$amount` and `$unit`. Text with any error changes nothing and is
/// refused with every problem listed.
#[cfg(feature = "overrides")]
pub fn add_messages(locale: &str, ftl: &str) -> Result<registry::AddedMessages, crate::Error> {
    registry::add(locale, ftl)
}

/// Removes every message and locale added at run time.
pub fn clear_added_messages() {
    registry::clear();
}

#[cfg(test)]
mod data_tests;
#[cfg(all(test, feature = "all-locales"))]
mod plural_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_round_up_to_a_natural_unit() {
        let w = |ms| Wait::from_ms(ms).map(|w| (w.amount, w.unit));
        assert_eq!(w(0), None);
        assert_eq!(w(1), Some((1, "second")));
        assert_eq!(w(30_000), Some((30, "second")));
        assert_eq!(w(59_001), Some((1, "minute")));
        assert_eq!(w(90_000), Some((2, "minute")));
        assert_eq!(w(3_540_000), Some((59, "minute")));
        assert_eq!(w(3_540_001), Some((1, "hour")));
        assert_eq!(w(7_200_000), Some((2, "hour")));
        assert_eq!(w(u64::MAX).map(|(_, u)| u), Some("hour"));
    }

    #[test]
    fn english_plurals() {
        let say = |ms| message_for(KnownCode::RateLimitExceeded, &["en"], Some(ms)).1.into_owned();
        assert_eq!(say(1_000), "Too many attempts. Please try again in 1 second.");
        assert_eq!(say(2_000), "Too many attempts. Please try again in 2 seconds.");
        assert_eq!(say(60_000), "Too many attempts. Please try again in 1 minute.");
        assert_eq!(say(3_600_000), "Too many attempts. Please try again in 1 hour.");
        assert_eq!(say(0), "Too many attempts. Please wait a moment and try again.");
    }

    /// A change between negotiating and rendering is not seen by the rendering:
    /// it reads the snapshot negotiation chose among (the concurrency scenario
    /// found answers mixing the two under ThreadSanitizer's timing).
    #[cfg(feature = "overrides")]
    #[test]
    fn rendering_reads_the_snapshot_negotiation_chose_among() {
        let code = Subject::Code(KnownCode::AccountLocked);
        let before = render(code, &locale::negotiate(&["ja"]), None);
        let negotiated = locale::negotiate(&["ja"]);
        add_messages("ja", "ACCOUNT_LOCKED = (added after negotiating)\n").unwrap_or_else(|e| panic!("{e}"));
        let during = render(code, &negotiated, None);
        let after = render(code, &locale::negotiate(&["ja"]), None);
        clear_added_messages();
        assert_eq!(during, before);
        assert_eq!(after.1, "(added after negotiating)");
    }

    #[test]
    fn plain_messages_are_borrowed() {
        let (_, m) = message_for(KnownCode::TokenExpired, &["en"], None);
        assert!(matches!(m, Cow::Borrowed(_)));
    }
}
