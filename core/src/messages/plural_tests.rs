//! Compiled-in locales' wait messages, with CLDR plural rules, for the numbers where
//! plural forms differ: 0, 1, 2, 5, 11, 21, 22, 25 and 101. The table is what a
//! reviewer of each translation expects to read; a new locale may add its row
//! (every locale's waits are also checked without a table, in tests/locales.rs).

use super::shipped::COMPILED_IN;
use super::{render_shipped, Wait};
use crate::catalogue::KnownCode;

const NUMBERS: [u64; 9] = [0, 1, 2, 5, 11, 21, 22, 25, 101];

/// The duration as each locale says it, for each of `NUMBERS`, in seconds.
const SECONDS: &[(&str, [&str; 9])] = &[
    (
        "en",
        [
            "0 seconds",
            "1 second",
            "2 seconds",
            "5 seconds",
            "11 seconds",
            "21 seconds",
            "22 seconds",
            "25 seconds",
            "101 seconds",
        ],
    ),
    (
        "de",
        [
            "0 Sekunden",
            "1 Sekunde",
            "2 Sekunden",
            "5 Sekunden",
            "11 Sekunden",
            "21 Sekunden",
            "22 Sekunden",
            "25 Sekunden",
            "101 Sekunden",
        ],
    ),
    // French: 0 and 1 take the singular.
    (
        "fr",
        [
            "0 seconde",
            "1 seconde",
            "2 secondes",
            "5 secondes",
            "11 secondes",
            "21 secondes",
            "22 secondes",
            "25 secondes",
            "101 secondes",
        ],
    ),
    (
        "es",
        [
            "0 segundos",
            "1 segundo",
            "2 segundos",
            "5 segundos",
            "11 segundos",
            "21 segundos",
            "22 segundos",
            "25 segundos",
            "101 segundos",
        ],
    ),
    (
        "it",
        [
            "0 secondi",
            "1 secondo",
            "2 secondi",
            "5 secondi",
            "11 secondi",
            "21 secondi",
            "22 secondi",
            "25 secondi",
            "101 secondi",
        ],
    ),
    // Portuguese (Brazil): CLDR's `one` covers 0 too; an exact [0] variant keeps "0 segundos".
    (
        "pt-BR",
        [
            "0 segundos",
            "1 segundo",
            "2 segundos",
            "5 segundos",
            "11 segundos",
            "21 segundos",
            "22 segundos",
            "25 segundos",
            "101 segundos",
        ],
    ),
    (
        "nl",
        [
            "0 seconden",
            "1 seconde",
            "2 seconden",
            "5 seconden",
            "11 seconden",
            "21 seconden",
            "22 seconden",
            "25 seconden",
            "101 seconden",
        ],
    ),
    // Polish: one (1), few (2–4, 22–24, not 12–14), many (the rest of the integers).
    (
        "pl",
        [
            "0 sekund",
            "1 sekundę",
            "2 sekundy",
            "5 sekund",
            "11 sekund",
            "21 sekund",
            "22 sekundy",
            "25 sekund",
            "101 sekund",
        ],
    ),
    // Russian: one (…1 but not …11), few (…2–4 but not …12–14), many (the rest).
    (
        "ru",
        [
            "0 секунд",
            "1 секунду",
            "2 секунды",
            "5 секунд",
            "11 секунд",
            "21 секунду",
            "22 секунды",
            "25 секунд",
            "101 секунду",
        ],
    ),
    (
        "tr",
        [
            "0 saniye",
            "1 saniye",
            "2 saniye",
            "5 saniye",
            "11 saniye",
            "21 saniye",
            "22 saniye",
            "25 saniye",
            "101 saniye",
        ],
    ),
    // Arabic: zero, one, two, few (3–10), many (11–99), other (100–102…); isolated (FSI…PDI).
    (
        "ar",
        [
            "\u{2068}0 ثانية\u{2069}",
            "\u{2068}ثانية واحدة\u{2069}",
            "\u{2068}ثانيتين\u{2069}",
            "\u{2068}5 ثوانٍ\u{2069}",
            "\u{2068}11 ثانية\u{2069}",
            "\u{2068}21 ثانية\u{2069}",
            "\u{2068}22 ثانية\u{2069}",
            "\u{2068}25 ثانية\u{2069}",
            "\u{2068}101 ثانية\u{2069}",
        ],
    ),
    ("ja", ["0 秒", "1 秒", "2 秒", "5 秒", "11 秒", "21 秒", "22 秒", "25 秒", "101 秒"]),
    ("ko", ["0초", "1초", "2초", "5초", "11초", "21초", "22초", "25초", "101초"]),
    ("zh-Hans", ["0 秒", "1 秒", "2 秒", "5 秒", "11 秒", "21 秒", "22 秒", "25 秒", "101 秒"]),
];

/// Minutes and hours where the forms differ from seconds' in shape.
const OTHER_UNITS: [(&str, &str, u64, &str); 12] = [
    ("ru", "minute", 1, "1 минуту"),
    ("ru", "minute", 3, "3 минуты"),
    ("ru", "hour", 1, "1 час"),
    ("ru", "hour", 5, "5 часов"),
    ("pl", "minute", 24, "24 minuty"),
    ("pl", "hour", 12, "12 godzin"),
    ("ar", "minute", 2, "\u{2068}دقيقتين\u{2069}"),
    ("ar", "hour", 3, "\u{2068}3 ساعات\u{2069}"),
    ("nl", "hour", 2, "2 uur"),
    ("fr", "hour", 1, "1 heure"),
    ("de", "minute", 1, "1 Minute"),
    ("ko", "hour", 2, "2시간"),
];

fn wait_message(tag: &str, wait: Wait) -> String {
    let index = COMPILED_IN.iter().position(|l| l.tag == tag).unwrap_or_else(|| panic!("{tag} is compiled in"));
    render_shipped(index, KnownCode::RateLimitExceeded as usize, Some(wait), None).into_owned()
}

#[test]
fn every_locale_says_every_number_with_its_plural_rules() {
    for (tag, forms) in SECONDS {
        for (n, form) in NUMBERS.iter().zip(forms) {
            let message = wait_message(tag, Wait { amount: *n, unit: "second" });
            assert!(message.contains(form), "{tag} {n}: {message:?} lacks {form:?}");
        }
    }
    for (tag, unit, n, form) in OTHER_UNITS {
        let message = wait_message(tag, Wait { amount: n, unit });
        assert!(message.contains(form), "{tag} {n} {unit}: {message:?} lacks {form:?}");
    }
}

#[test]
fn only_right_to_left_locales_isolate_placeables() {
    for locale in COMPILED_IN {
        let message = wait_message(locale.tag, Wait { amount: 30, unit: "second" });
        let isolated = message.contains('\u{2068}') && message.contains('\u{2069}');
        assert_eq!(isolated, locale.rtl, "{}: {message:?}", locale.tag);
    }
}
