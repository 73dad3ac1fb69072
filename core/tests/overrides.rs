//! Run-time messages: overriding a compiled-in locale, adding a locale we do not
//! ship, refusing broken text without changing anything, and clearing. The
//! messages added are process-wide, so each test holds `clean()`: one test at a
//! time, each from an empty registry.

use authos_errors::{add_messages, clear_added_messages, interpret, negotiate_tag, Error, Request};
use std::sync::{Mutex, MutexGuard};

/// The registry to this test alone, with nothing added; cleared again when
/// the test ends, so no other test binary's assumptions are touched.
fn clean() -> Registry {
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let guard = ONE_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    clear_added_messages();
    Registry { _one_at_a_time: guard }
}

struct Registry {
    _one_at_a_time: MutexGuard<'static, ()>,
}

impl Drop for Registry {
    fn drop(&mut self) {
        clear_added_messages();
    }
}

fn say(status: u16, code: &str, locales: &[&str], retry_after: &str) -> (String, String) {
    let body = format!(r#"{{"error_code":"{code}"}}"#);
    let headers = [("retry-after", retry_after)];
    let i = interpret(&Request::new(status).body(body.as_bytes()).headers(&headers).locales(locales).now_ms(0))
        .unwrap_or_else(|e| panic!("{e}"));
    (i.locale.into_owned(), i.message.into_owned())
}

const ACME: &str = "TOKEN_EXPIRED = Your Acme session ended. Sign in to pick up where you left off.\n";
const ACME_TEXT: &str = "Your Acme session ended. Sign in to pick up where you left off.";

const SWEDISH: &str = "\
RATE_LIMIT_EXCEEDED = För många försök. Vänta en stund.
    .wait = För många försök. Försök igen om { $amount ->
        [one] { $amount } { $unit ->
            [minute] minut
            [hour] timme
           *[second] sekund
        }
       *[other] { $amount } { $unit ->
            [minute] minuter
            [hour] timmar
           *[second] sekunder
        }
    }.
";

#[test]
fn an_override_replaces_one_message_of_a_compiled_in_locale() {
    let _registry = clean();
    assert_eq!(say(401, "TOKEN_EXPIRED", &["en"], "").1, "Your session has expired. Please sign in again.");
    let added = add_messages("en", ACME).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((added.locale.as_str(), added.messages, added.new_locale), ("en", 1, false));
    assert_eq!(say(401, "TOKEN_EXPIRED", &["en-US"], "").1, ACME_TEXT);
    assert_eq!(say(401, "JWT_ERROR", &["en"], "").1, "Your session is no longer valid. Please sign in again.");
}

#[test]
fn broken_text_is_refused_whole_and_changes_nothing() {
    let _registry = clean();
    add_messages("en", ACME).unwrap_or_else(|e| panic!("{e}"));
    let broken = "TOKEN_EXPIRED = Changed?\nJWT_ERROR = Hi { $name }\nNOT_A_CODE = x\nMFA_REQUIRED = <b>x</b>\n";
    match add_messages("en", broken) {
        Err(Error::InvalidMessages { locale, problems }) => {
            assert_eq!(locale, "en");
            assert_eq!(problems.len(), 3, "{problems:?}");
            assert!(problems.iter().any(|p| p.contains("$name")), "{problems:?}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(say(401, "TOKEN_EXPIRED", &["en"], "").1, ACME_TEXT);
    assert!(matches!(add_messages("not a tag!", "TOKEN_EXPIRED = x"), Err(Error::InvalidLocale { .. })));
}

#[test]
fn a_locale_we_do_not_ship_is_negotiated_and_lacks_nothing_but_english() {
    let _registry = clean();
    let added = add_messages("sv_SE", SWEDISH).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((added.locale.as_str(), added.new_locale), ("sv-SE", true));
    assert_eq!(negotiate_tag(&["sv"]), "sv-SE");
    assert_eq!(
        say(429, "RATE_LIMIT_EXCEEDED", &["sv"], "1"),
        ("sv-SE".into(), "För många försök. Försök igen om 1 sekund.".into())
    );
    assert_eq!(
        say(429, "RATE_LIMIT_EXCEEDED", &["sv-SE"], "120"),
        ("sv-SE".into(), "För många försök. Försök igen om 2 minuter.".into())
    );
    assert_eq!(say(401, "TOKEN_EXPIRED", &["sv-SE"], "").0, "en");
    // Compiled-in locales still come first for their own language.
    assert_eq!(negotiate_tag(&["de-CH", "sv"]), "de");
}

#[test]
fn a_later_addition_wins_message_by_message() {
    let _registry = clean();
    add_messages("sv-SE", SWEDISH).unwrap_or_else(|e| panic!("{e}"));
    // The whole message, so one without `.wait` has no waiting form any more.
    add_messages("sv-SE", "RATE_LIMIT_EXCEEDED = Lugn i stormen.\n").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(say(429, "RATE_LIMIT_EXCEEDED", &["sv"], "").1, "Lugn i stormen.");
    assert_eq!(say(429, "RATE_LIMIT_EXCEEDED", &["sv"], "3").1, "Lugn i stormen.");
}

#[test]
fn a_right_to_left_locale_of_ones_own_is_isolated_like_arabic() {
    let _registry = clean();
    add_messages("he", "RATE_LIMIT_EXCEEDED = יותר מדי ניסיונות.\n    .wait = נסו שוב בעוד { $amount } שניות.\n")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(say(429, "RATE_LIMIT_EXCEEDED", &["he"], "9").1, "נסו שוב בעוד \u{2068}9\u{2069} שניות.");
}

#[test]
fn clearing_restores_the_shipped_messages() {
    let _registry = clean();
    let default = say(401, "TOKEN_EXPIRED", &["en"], "");
    add_messages("en", ACME).unwrap_or_else(|e| panic!("{e}"));
    add_messages("sv-SE", SWEDISH).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(negotiate_tag(&["sv"]), "sv-SE");
    clear_added_messages();
    assert_eq!(say(401, "TOKEN_EXPIRED", &["en"], ""), default);
    assert_eq!(negotiate_tag(&["sv"]), "en");
}
