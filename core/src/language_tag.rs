//! BCP 47 language tags (RFC 5646 §2.1), read by their ABNF: any well-formed
//! tag counts, extensions and private use included (Android's
//! `en-US-u-mu-celsius`, Java's `ja-JP-u-ca-japanese-x-lvariant-JP`), and is
//! matched on its language, script and region. Case-insensitive, `_` read as `-`
//! (docs/locales.md). unic-langid, which refused extensions, stays in the
//! tests beside the `language-tags` crate as oracles.

/// The parts of a well-formed tag that negotiation matches on, borrowed from the
/// text in the case it was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LanguageTag<'a> {
    /// The primary language subtag (`zh` of `zh-yue-HK`); `None` for a tag that
    /// is private use only (`x-klingon`) or an irregular grandfathered tag.
    pub language: Option<&'a str>,
    pub script: Option<&'a str>,
    pub region: Option<&'a str>,
}

/// RFC 5646's irregular grandfathered tags: well-formed only by being listed.
/// `en-GB-oed` and `sgn-*` name their language; the `i-*` tags do not.
const IRREGULAR: [&str; 17] = [
    "en-GB-oed",
    "i-ami",
    "i-bnn",
    "i-default",
    "i-enochian",
    "i-hak",
    "i-klingon",
    "i-lux",
    "i-mingo",
    "i-navajo",
    "i-pwn",
    "i-tao",
    "i-tay",
    "i-tsu",
    "sgn-BE-FR",
    "sgn-BE-NL",
    "sgn-CH-DE",
];

/// The tag's parts if it is a well-formed `Language-Tag`, else `None`.
pub(crate) fn parse(raw: &str) -> Option<LanguageTag<'_>> {
    let mut subtags = raw.split(['-', '_']).peekable();
    if IRREGULAR.iter().any(|t| same_subtags(raw, t)) {
        let first = subtags.next().filter(|l| l.len() >= 2);
        let region = subtags.next().filter(|_| first.is_some());
        return Some(LanguageTag { language: first, script: None, region });
    }
    let mut tag = LanguageTag { language: None, script: None, region: None };
    let first = subtags.next()?;
    if first.eq_ignore_ascii_case("x") {
        return private_use(subtags).then_some(tag);
    }
    if !all(first, u8::is_ascii_alphabetic) || !matches!(first.len(), 2..=8) {
        return None;
    }
    tag.language = Some(first);
    if first.len() <= 3 {
        // extlang: up to three 3-letter subtags.
        for _ in 0..3 {
            if subtags.next_if(|s| s.len() == 3 && all(s, u8::is_ascii_alphabetic)).is_none() {
                break;
            }
        }
    }
    tag.script = subtags.next_if(|s| s.len() == 4 && all(s, u8::is_ascii_alphabetic));
    tag.region = subtags
        .next_if(|s| (s.len() == 2 && all(s, u8::is_ascii_alphabetic)) || (s.len() == 3 && all(s, u8::is_ascii_digit)));
    while subtags.next_if(|s| is_variant(s)).is_some() {}
    while let Some(singleton) = subtags.next_if(|s| s.len() == 1 && !s.eq_ignore_ascii_case("x")) {
        if !all(singleton, u8::is_ascii_alphanumeric) {
            return None;
        }
        let mut count = 0usize;
        while subtags.next_if(|s| (2..=8).contains(&s.len()) && all(s, u8::is_ascii_alphanumeric)).is_some() {
            count = count.saturating_add(1);
        }
        if count == 0 {
            return None;
        }
    }
    match subtags.next() {
        None => Some(tag),
        Some(x) if x.eq_ignore_ascii_case("x") => private_use(subtags).then_some(tag),
        Some(_) => None,
    }
}

/// `1*("-" (1*8alphanum))` and nothing after.
fn private_use<'a>(subtags: impl Iterator<Item = &'a str>) -> bool {
    let mut count = 0usize;
    for s in subtags {
        if !(1..=8).contains(&s.len()) || !all(s, u8::is_ascii_alphanumeric) {
            return false;
        }
        count = count.saturating_add(1);
    }
    count > 0
}

/// `5*8alphanum / (DIGIT 3alphanum)`
fn is_variant(s: &str) -> bool {
    let starts_with_digit = s.bytes().next().is_some_and(|b| b.is_ascii_digit());
    all(s, u8::is_ascii_alphanumeric) && ((5..=8).contains(&s.len()) || (s.len() == 4 && starts_with_digit))
}

fn all(s: &str, class: fn(&u8) -> bool) -> bool {
    s.as_bytes().iter().all(class)
}

/// The same tag, case-insensitively and with `_` as `-`.
fn same_subtags(raw: &str, tag: &str) -> bool {
    raw.len() == tag.len()
        && raw.bytes().zip(tag.bytes()).all(|(r, t)| {
            let r = if r == b'_' { b'-' } else { r };
            r.eq_ignore_ascii_case(&t)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(raw: &str) -> Option<(Option<&str>, Option<&str>, Option<&str>)> {
        parse(raw).map(|t| (t.language, t.script, t.region))
    }

    #[test]
    fn reads_every_well_formed_tag() {
        assert_eq!(parts("en-US-u-mu-celsius"), Some((Some("en"), None, Some("US"))));
        assert_eq!(parts("ja-JP-u-ca-japanese-x-lvariant-JP"), Some((Some("ja"), None, Some("JP"))));
        assert_eq!(parts("zh-Hant-TW"), Some((Some("zh"), Some("Hant"), Some("TW"))));
        assert_eq!(parts("zh-yue-HK"), Some((Some("zh"), None, Some("HK"))));
        assert_eq!(parts("PT_br"), Some((Some("PT"), None, Some("br"))));
        assert_eq!(parts("es-419"), Some((Some("es"), None, Some("419"))));
        assert_eq!(parts("sl-rozaj-biske-1994"), Some((Some("sl"), None, None)));
        assert_eq!(parts("de-CH-1901"), Some((Some("de"), None, Some("CH"))));
        assert_eq!(parts("x-klingon"), Some((None, None, None)));
        assert_eq!(parts("i-klingon"), Some((None, None, None)));
        assert_eq!(parts("en-GB-oed"), Some((Some("en"), None, Some("GB"))));
        assert_eq!(parts("en-a-bbb-x-a-ccc"), Some((Some("en"), None, None)));
        assert_eq!(parts("qaa-Qaaa-QM-x-southern"), Some((Some("qaa"), Some("Qaaa"), Some("QM"))));
    }

    #[test]
    fn skips_what_is_not_well_formed() {
        for bad in [
            "",
            "!!",
            "*",
            "en-",
            "-en",
            "en--US",
            " en",
            "en ",
            "e",
            "12345",
            "en-US-u",
            "en-x",
            "x",
            "en-u-x-a",
            "abcdefghi",
            "en-Latn-Latn",
            "de-419-DE",
            "a-DE",
            "ar-a-aaa-b-bbb-a",
            "en-US-123456789",
            "😀",
            "en-ü",
        ] {
            assert_eq!(parts(bad), None, "{bad:?}");
        }
    }
}
