//! Every shipped locale has a real message for every code and status class: not
//! empty, placeables resolved, plain text, never the raw code, and not English.

use authos_errors::{interpret, message_for, shipped_locales, KnownCode, Request};

/// The message for each code, then for an unknown code in each status class.
fn all_messages(locale: &str, retry_after_ms: Option<u64>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = KnownCode::ALL
        .iter()
        .map(|code| {
            let (tag, message) = message_for(*code, &[locale], retry_after_ms);
            assert_eq!(tag, locale, "{code} negotiated to {tag}");
            (code.as_str().to_string(), message.into_owned())
        })
        .collect();
    let retry_after = retry_after_ms.map(|ms| (ms / 1000).to_string()).unwrap_or_default();
    for status in [400, 429, 500] {
        let headers = [("retry-after", retry_after.as_str())];
        let body = br#"{"error_code":"SOMETHING_NEWER"}"#;
        let i = interpret(&Request::new(status).headers(&headers).body(body).locales(&[locale]).now_ms(0))
            .unwrap_or_else(|e| panic!("{e}"));
        out.push((format!("unknown {status}"), i.message.into_owned()));
    }
    out
}

/// The folders of `core/messages`: a locale is shipped by adding its folder.
fn locale_folders() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("messages");
    let mut tags: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().filter(|e| e.path().is_dir()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort_by_key(|t| (t != "en", t.clone()));
    tags
}

#[test]
fn every_locale_has_a_real_message_for_everything() {
    let locales: Vec<&str> = shipped_locales().collect();
    assert_eq!(locales, locale_folders(), "every folder of core/messages, `en` first");
    for wait in [None, Some(90_000)] {
        let english = all_messages("en", wait);
        for locale in &locales {
            for ((what, message), (_, en)) in all_messages(locale, wait).iter().zip(&english) {
                assert!(!message.trim().is_empty(), "{locale} {what}: empty");
                assert!(!message.contains(['{', '}', '$', '<', '>']), "{locale} {what}: {message}");
                assert!(!message.contains(what.as_str()), "{locale} {what}: shows the code");
                if *locale != "en" {
                    assert_ne!(message, en, "{locale} {what}: still English");
                }
            }
        }
    }
}

/// The codes whose English message has a `.wait` form: those that say how long.
fn waiting_codes() -> Vec<KnownCode> {
    let differs = |code: &KnownCode| message_for(*code, &["en"], None) != message_for(*code, &["en"], Some(25_000));
    KnownCode::ALL.iter().copied().filter(differs).collect()
}

#[test]
fn waiting_messages_say_how_long_in_every_locale() {
    let waiting = waiting_codes();
    // docs/locales.md: at least these say how long.
    for code in [KnownCode::RateLimitExceeded, KnownCode::AccountLocked, KnownCode::ServiceUnavailable] {
        assert!(waiting.contains(&code), "{code} has no `.wait` form in English");
    }
    for locale in shipped_locales() {
        for code in &waiting {
            let (_, plain) = message_for(*code, &[locale], None);
            let (_, waiting) = message_for(*code, &[locale], Some(25_000));
            assert_ne!(plain, waiting, "{locale} {code}");
            assert!(waiting.contains("25"), "{locale} {code}: {waiting}");
        }
    }
}
