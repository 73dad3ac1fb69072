//! Locale data, as a platform that loads locales lazily uses it: exported by
//! `locale_data`, loaded by `load_locale_data`, and refused whole when damaged.

use authos_errors::{
    clear_added_messages, interpret, load_locale_data, locale_data, shipped_locales, Error, KnownCode, Request,
};
use proptest::prelude::*;

#[test]
fn every_shipped_locale_has_data_that_loads() {
    for tag in shipped_locales() {
        let data = locale_data(tag).unwrap_or_else(|| panic!("{tag}: no data"));
        let loaded = load_locale_data(data).unwrap_or_else(|e| panic!("{tag}: {e}"));
        assert_eq!(loaded.locale, tag);
        // Every code's message and the three status classes'.
        assert_eq!(loaded.messages as usize, KnownCode::ALL.len() + 3);
        assert!(data.len() < 16 * 1024, "{tag}: {} bytes", data.len());
    }
    assert_eq!(locale_data("tlh"), None);
    let body = br#"{"error_code":"TOKEN_EXPIRED"}"#;
    let i = interpret(&Request::new(401).body(body).locales(&["ru"]).now_ms(0)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(i.message, "Срок действия сеанса истёк. Войдите снова.");
    clear_added_messages();
}

#[test]
fn cut_or_empty_data_is_refused() {
    let mut data = locale_data("de").map(<[u8]>::to_vec).unwrap_or_default();
    data.truncate(data.len() - 1);
    assert!(matches!(load_locale_data(&data), Err(Error::InvalidLocaleData { .. })));
    assert!(matches!(load_locale_data(b""), Err(Error::InvalidLocaleData { .. })));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, ..ProptestConfig::default() })]

    /// Damaged data never panics: it is refused, or (if still valid) used safely.
    #[test]
    fn damaged_data_is_refused_or_harmless(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6)) {
        let mut data = locale_data("ar").map(<[u8]>::to_vec).unwrap_or_default();
        let len = data.len();
        for (at, byte) in flips {
            data[at % len] ^= byte | 1;
        }
        if load_locale_data(&data).is_ok() {
            for status in [400u16, 401, 429, 503] {
                let headers = [("retry-after", "61")];
                let i = interpret(&Request::new(status).headers(&headers).locales(&["ar"]).now_ms(0));
                prop_assert!(i.is_ok());
            }
        }
    }
}
