//! Localized, user-facing messages, compiled from `messages/<locale>/*.ftl` by the
//! build script into segments that are formatted here without a Fluent runtime:
//! text, the two variables of `.wait` messages, and select expressions on them.

use crate::catalogue::KnownCode;
use crate::locale;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::borrow::Cow;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// One shipped locale's messages.
pub(crate) struct LocaleTable {
    /// The tag exactly as the contract spells it (`pt-BR`, `zh-Hans`).
    pub tag: &'static str,
    /// Its subtags in canonical case, for matching without parsing.
    pub language: &'static str,
    pub script: Option<&'static str>,
    pub region: Option<&'static str>,
    /// One per known code (in `KnownCode` order), then one per `StatusClass`.
    pub messages: &'static [Message],
}

pub(crate) struct Message {
    pub text: &'static [Seg],
    /// Said instead of `text` when the wait is known (`RATE_LIMIT_EXCEEDED`, ...).
    pub wait: Option<&'static [Seg]>,
}

pub(crate) enum Seg {
    Text(&'static str),
    Var(Var),
    Select(&'static Select),
}

pub(crate) struct Select {
    pub var: Var,
    pub variants: &'static [(Key, &'static [Seg])],
    pub default: usize,
}

pub(crate) enum Key {
    Plural(PluralCategory),
    /// An exact number (`[0]`); constructed by the tables only where a locale uses one.
    #[allow(dead_code)]
    Number(i64),
    Ident(&'static str),
}

#[derive(Clone, Copy)]
pub(crate) enum Var {
    /// How many units to wait: an integer.
    Amount,
    /// `second`, `minute` or `hour`.
    Unit,
}

/// How an unknown code is read: by its status class (README, "Unknown codes").
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
            (1..=59, _) => Some(Wait {
                amount: seconds,
                unit: "second",
            }),
            (_, 1..=59) => Some(Wait {
                amount: minutes,
                unit: "minute",
            }),
            _ => Some(Wait {
                amount: hours,
                unit: "hour",
            }),
        }
    }
}

/// The message for `subject` in the best shipped locale for `preferred`.
/// Returns the locale's tag and the message.
pub(crate) fn render(
    subject: Subject,
    preferred: &[&str],
    wait: Option<Wait>,
) -> (&'static str, Cow<'static, str>) {
    let table = locale::negotiate(preferred);
    (table.tag, render_in(table, subject, wait))
}

fn render_in(
    table: &'static LocaleTable,
    subject: Subject,
    wait: Option<Wait>,
) -> Cow<'static, str> {
    let slot = match subject {
        Subject::Code(code) => code as usize,
        Subject::Unknown(class) => CLASS_MESSAGE_BASE + class as usize,
    };
    let Some(message) = table.messages.get(slot) else {
        // Unreachable: the build checks that every locale has every message.
        return Cow::Borrowed("");
    };
    let (segs, wait) = match (message.wait, wait) {
        (Some(segs), Some(wait)) => (segs, Some(wait)),
        _ => (message.text, None),
    };
    if let [Seg::Text(text)] = segs {
        return Cow::Borrowed(text);
    }
    // Messages are a sentence or two: one allocation holds nearly all of them.
    let mut out = String::with_capacity(160);
    let rules = wait.and_then(|_| plural_rules(table));
    format(segs, wait, rules, &mut out);
    Cow::Owned(out)
}

/// Each shipped locale's CLDR plural rules, made once: building them parses the
/// tag and searches the rule tables, which would otherwise cost more than a whole
/// interpretation.
fn plural_rules(table: &LocaleTable) -> Option<&'static PluralRules> {
    static RULES: OnceLock<Vec<Option<PluralRules>>> = OnceLock::new();
    let all = RULES.get_or_init(|| {
        LOCALES
            .iter()
            .map(|l| {
                let id: LanguageIdentifier = l.tag.parse().ok()?;
                PluralRules::create(id, PluralRuleType::CARDINAL).ok()
            })
            .collect()
    });
    let index = LOCALES.iter().position(|l| std::ptr::eq(l, table))?;
    all.get(index)?.as_ref()
}

/// Segments nest only as deep as the source's select expressions: the build
/// compiled them from finite files, so this recursion is bounded.
fn format(segs: &[Seg], wait: Option<Wait>, rules: Option<&PluralRules>, out: &mut String) {
    for seg in segs {
        match seg {
            Seg::Text(text) => out.push_str(text),
            Seg::Var(Var::Amount) => {
                if let Some(w) = wait {
                    push_integer(out, w.amount);
                }
            }
            Seg::Var(Var::Unit) => out.push_str(wait.map_or("", |w| w.unit)),
            Seg::Select(select) => {
                let chosen = choose(select, wait, rules);
                if let Some((_, variant)) = select.variants.get(chosen) {
                    format(variant, wait, rules, out);
                }
            }
        }
    }
}

/// Plain ASCII digits, without the formatting machinery (a third of a message's cost).
fn push_integer(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    for slot in digits.iter_mut().rev() {
        *slot = b'0' + (n % 10) as u8;
        start -= 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(
        digits
            .get(start..)
            .unwrap_or_default()
            .iter()
            .map(|&d| char::from(d)),
    );
}

fn choose(select: &Select, wait: Option<Wait>, rules: Option<&PluralRules>) -> usize {
    let Some(wait) = wait else {
        return select.default;
    };
    let position =
        |wanted: &dyn Fn(&Key) -> bool| select.variants.iter().position(|(k, _)| wanted(k));
    let found = match select.var {
        Var::Unit => position(&|k| matches!(k, Key::Ident(unit) if *unit == wait.unit)),
        Var::Amount => {
            let exact = position(
                &|k| matches!(k, Key::Number(n) if u64::try_from(*n).ok() == Some(wait.amount)),
            );
            let category = rules.and_then(|r| r.select(wait.amount).ok());
            exact.or_else(|| {
                category.and_then(|c| position(&|k| matches!(k, Key::Plural(p) if *p == c)))
            })
        }
    };
    found.unwrap_or(select.default)
}

/// The shipped locales, the fallback (`en`) first.
pub fn shipped_locales() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|l| l.tag)
}

/// The message for a known code in the best shipped locale for `preferred`, with
/// the wait said where the code's message has a waiting form. Returns the locale
/// the message is in and the message.
pub fn message_for(
    code: KnownCode,
    preferred: &[&str],
    retry_after_ms: Option<u64>,
) -> (&'static str, Cow<'static, str>) {
    render(
        Subject::Code(code),
        preferred,
        retry_after_ms.and_then(Wait::from_ms),
    )
}

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
    fn integers_are_plain_digits() {
        for n in [0, 1, 9, 10, 101, 596_524, u64::MAX] {
            let mut s = String::new();
            push_integer(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }

    #[test]
    fn english_plurals() {
        let say = |ms| {
            message_for(KnownCode::RateLimitExceeded, &[], Some(ms))
                .1
                .into_owned()
        };
        assert_eq!(
            say(1_000),
            "Too many attempts. Please try again in 1 second."
        );
        assert_eq!(
            say(2_000),
            "Too many attempts. Please try again in 2 seconds."
        );
        assert_eq!(
            say(60_000),
            "Too many attempts. Please try again in 1 minute."
        );
        assert_eq!(
            say(3_600_000),
            "Too many attempts. Please try again in 1 hour."
        );
        assert_eq!(
            say(0),
            "Too many attempts. Please wait a moment and try again."
        );
    }

    #[test]
    fn every_message_is_plain_text_without_the_code() {
        for table in &LOCALES {
            for code in KnownCode::ALL {
                for wait in [None, Wait::from_ms(5_000)] {
                    let m = render_in(table, Subject::Code(code), wait);
                    assert!(!m.trim().is_empty(), "{} {code}", table.tag);
                    assert!(!m.contains(code.as_str()), "{} {code}: {m}", table.tag);
                    assert!(
                        !m.contains(['<', '>', '{', '}']),
                        "{} {code}: {m}",
                        table.tag
                    );
                }
            }
        }
    }
}
