//! An interpretation in the package's compact form, the hot path's answer. The
//! layout is declared once, below: `write` follows it, and `cargo xtask npm`
//! generates the JavaScript reader (`npm/dist/wire.js`, `fromWire`) from
//! `LAYOUT`. Texts are taken by length, never split on a character, so any
//! server text is safe; and it is much cheaper to read than JSON
//! (docs/performance.md, "The npm package").
//!
//! The form: the flags as `0`/`1` characters, then `,` and each number (empty
//! for `null`), then `,` and the length of each text in UTF-16 units (empty for
//! `null`), then `;` and the texts back to back.

use authos_errors::{push_decimal, Interpretation};

/// How a field crosses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Flag,
    Number,
    Text,
}

enum Value<'a> {
    Flag(bool),
    Number(Option<Decimal>),
    Text(Option<&'a str>),
}

/// A number as it crosses: its sign and its magnitude. Every number of an
/// interpretation (a status, milliseconds as `u64` or `i64`) has a magnitude
/// that fits in 64 bits, which WebAssembly divides in one instruction.
#[derive(Clone, Copy)]
struct Decimal {
    negative: bool,
    magnitude: u64,
}

impl From<u16> for Decimal {
    fn from(n: u16) -> Self {
        Decimal { negative: false, magnitude: n.into() }
    }
}

impl From<u64> for Decimal {
    fn from(n: u64) -> Self {
        Decimal { negative: false, magnitude: n }
    }
}

impl From<i64> for Decimal {
    fn from(n: i64) -> Self {
        Decimal { negative: n < 0, magnitude: n.unsigned_abs() }
    }
}

macro_rules! layout {
    ($i:ident => $($name:ident: $kind:ident($value:expr),)*) => {
        /// Every field: its JavaScript name and how it crosses, in the record's order.
        pub const LAYOUT: &[(&str, Kind)] = &[$((stringify!($name), Kind::$kind)),*];

        fn values($i: &Interpretation) -> [Value<'_>; LAYOUT.len()] {
            [$(Value::$kind($value)),*]
        }
    };
}

layout! { i =>
    code: Text(Some(&i.code)),
    known: Flag(i.known),
    derived: Flag(i.derived),
    status: Number(Some(i.status.into())),
    category: Text(Some(i.category.as_str())),
    audience: Text(Some(i.audience.as_str())),
    action: Text(Some(i.action.as_str())),
    field: Text(i.field.map(|f| f.as_str())),
    retryable: Flag(i.retryable),
    retryAfterMs: Number(i.retry_after_ms.map(Decimal::from)),
    serverMessage: Text(i.server_message.as_deref()),
    timestamp: Text(i.timestamp.as_deref()),
    clockSkewMs: Number(i.clock_skew_ms.map(Decimal::from)),
    locale: Text(Some(&i.locale)),
    message: Text(Some(&i.message)),
    requestId: Text(i.request_id.as_deref()),
    mappedFrom: Text(i.mapped_from.map(|t| t.as_str())),
}

/// The interpretation in the compact form.
pub fn write(i: &Interpretation) -> String {
    let values = values(i);
    let texts = || values.iter().filter_map(|v| if let Value::Text(Some(t)) = v { Some(*t) } else { None });
    // One allocation: the texts, plus room for the flags and the numbers.
    let mut out = String::with_capacity(texts().map(str::len).sum::<usize>().saturating_add(128));
    for value in &values {
        if let Value::Flag(b) = value {
            out.push(if *b { '1' } else { '0' });
        }
    }
    for value in &values {
        if let Value::Number(n) = value {
            out.push(',');
            if let Some(n) = *n {
                if n.negative {
                    out.push('-');
                }
                push_decimal(&mut out, n.magnitude);
            }
        }
    }
    for value in &values {
        if let Value::Text(t) = value {
            out.push(',');
            if let Some(t) = t {
                let units = if t.is_ascii() { t.len() } else { t.chars().map(char::len_utf16).sum() };
                push_decimal(&mut out, units as u64);
            }
        }
    }
    out.push(';');
    texts().for_each(|t| out.push_str(t));
    out
}

/// `text` cut into pieces of `lengths` UTF-16 units each (JavaScript's string
/// lengths). A lone surrogate arrives as U+FFFD, also one unit, so the counts
/// hold for any JS string; pieces past the end of `text` are empty. The last
/// piece is the rest of `text`, uncounted: the package's lengths add up to its
/// text, and a text body, always last, can be megabytes that the core would
/// only measure.
pub fn cut<'a>(text: &'a str, lengths: &[u32]) -> Vec<&'a str> {
    let mut pieces = Vec::with_capacity(lengths.len());
    let mut rest = text;
    let Some((_, counted)) = lengths.split_last() else { return pieces };
    for &units in counted {
        let units = units as usize;
        // An ASCII prefix has as many bytes as units.
        let end = match rest.as_bytes().get(..units) {
            Some(head) if head.is_ascii() => units,
            _ => {
                let mut seen = 0usize;
                rest.char_indices()
                    .find_map(|(i, c)| {
                        let done = seen >= units;
                        seen = seen.saturating_add(c.len_utf16());
                        done.then_some(i)
                    })
                    .unwrap_or(rest.len())
            }
        };
        let (piece, after) = rest.split_at_checked(end).unwrap_or((rest, ""));
        pieces.push(piece);
        rest = after;
    }
    pieces.push(rest);
    pieces
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn cuts_by_utf16_units() {
        assert_eq!(cut("ab.cde", &[2, 1, 3]), ["ab", ".", "cde"]);
        assert_eq!(cut("😀é;x", &[2, 1, 1, 1]), ["😀", "é", ";", "x"]);
        assert_eq!(cut("\u{FFFD}a", &[1, 1]), ["\u{FFFD}", "a"], "a lone surrogate's stand-in is one unit");
    }

    #[test]
    fn lengths_past_the_end_give_empty_pieces() {
        assert_eq!(cut("abc", &[5, 2]), ["abc", ""]);
        assert_eq!(cut("é", &[0, 7, 1]), ["", "é", ""]);
        assert!(cut("", &[]).is_empty());
    }

    #[test]
    fn the_last_piece_is_the_rest() {
        assert_eq!(cut("ab.cdef", &[2, 1, 3]), ["ab", ".", "cdef"]);
        assert_eq!(cut("é😀x", &[1, 0]), ["é", "😀x"]);
        assert_eq!(cut("abc", &[3]), ["abc"]);
    }
}
