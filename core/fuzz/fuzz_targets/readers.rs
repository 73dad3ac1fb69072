//! Every purpose-built reader against the library it replaced, on arbitrary
//! input: any disagreement that is not a documented departure of the library from
//! the RFC (tests/oracles/mod.rs) is a crash.

#![no_main]

#[path = "../../tests/oracles/mod.rs"]
mod oracles;

use libfuzzer_sys::fuzz_target;
use oracles::Verdict;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let verdicts = [
        ("rfc3339", oracles::rfc3339(&text)),
        ("http-date", oracles::http_date(&text, 1_736_937_000_000)),
        ("language tag", oracles::language_tag(&text)),
        ("json", oracles::json(&text)),
    ];
    for (grammar, verdict) in verdicts {
        if let Verdict::Disagree(why) = verdict {
            panic!("{grammar}: {text:?}: {why}");
        }
    }
    if let Some(clean) = authos_errors::readers::sanitize(&text) {
        assert!(!clean.chars().any(char::is_control), "{clean:?}");
    }
});
