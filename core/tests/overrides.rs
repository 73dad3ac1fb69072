//! Run-time messages: overriding a compiled-in locale, adding a locale we do not
//! ship, refusing broken text without changing anything, and clearing. One test,
//! run in order: the messages added are process-wide.

use authos_errors::{add_messages, clear_added_messages, interpret, negotiate_tag, Error, Request};

fn say(status: u16, code: &str, locales: &[&str], retry_after: &str) -> (String, String) {
    let body = format!(r#"{{"error_code":"{code}"}}"#);
    let headers = [("retry-after", retry_after)];
    let i = interpret(&Request::new(status).body(body.as_bytes()).headers(&headers).locales(locales).now_ms(0))
        .unwrap_or_else(|e| panic!("{e}"));
    (i.locale.into_owned(), i.message.into_owned())
}

#[test]
fn messages_added_at_run_time() {
    let default = say(401, "TOKEN_EXPIRED", &["en"], "");
    assert_eq!(default.1, "Your session has expired. Please sign in again.");

    // An override replaces one message of a compiled-in locale, and only that one.
    let added = add_messages("en", "TOKEN_EXPIRED = Your Acme session ended. Sign in to pick up where you left off.\n")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((added.locale.as_str(), added.messages, added.new_locale), ("en", 1, false));
    assert_eq!(
        say(401, "TOKEN_EXPIRED", &["en-US"], "").1,
        "Your Acme session ended. Sign in to pick up where you left off."
    );
    assert_eq!(say(401, "JWT_ERROR", &["en"], "").1, "Your session is no longer valid. Please sign in again.");

    // Broken text is refused whole, with every problem, and changes nothing.
    let broken = "TOKEN_EXPIRED = Changed?\nJWT_ERROR = Hi { $name }\nNOT_A_CODE = x\nMFA_REQUIRED = <b>x</b>\n";
    match add_messages("en", broken) {
        Err(Error::InvalidMessages { locale, problems }) => {
            assert_eq!(locale, "en");
            assert_eq!(problems.len(), 3, "{problems:?}");
            assert!(problems.iter().any(|p| p.contains("$name")), "{problems:?}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        say(401, "TOKEN_EXPIRED", &["en"], "").1,
        "Your Acme session ended. Sign in to pick up where you left off."
    );
    assert!(matches!(add_messages("not a tag!", "TOKEN_EXPIRED = x"), Err(Error::InvalidLocale { .. })));

    // A locale we do not ship: negotiation considers it; what it lacks is English, and says so.
    let swedish = "\
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
    let added = add_messages("sv_SE", swedish).unwrap_or_else(|e| panic!("{e}"));
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

    // A later addition wins over an earlier one, message by message: the whole
    // message, so one without `.wait` has no waiting form any more.
    add_messages("sv-SE", "RATE_LIMIT_EXCEEDED = Lugn i stormen.\n").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(say(429, "RATE_LIMIT_EXCEEDED", &["sv"], "").1, "Lugn i stormen.");
    assert_eq!(say(429, "RATE_LIMIT_EXCEEDED", &["sv"], "3").1, "Lugn i stormen.");

    // A right-to-left locale of one's own is isolated like Arabic.
    add_messages("he", "RATE_LIMIT_EXCEEDED = יותר מדי ניסיונות.\n    .wait = נסו שוב בעוד { $amount } שניות.\n")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(say(429, "RATE_LIMIT_EXCEEDED", &["he"], "9").1, "נסו שוב בעוד \u{2068}9\u{2069} שניות.");

    clear_added_messages();
    assert_eq!(say(401, "TOKEN_EXPIRED", &["en"], ""), default);
    assert_eq!(negotiate_tag(&["sv"]), "en");
}
