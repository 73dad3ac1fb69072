//! Locale data (`data.rs`) over the compiled-in tables: a separate file, as
//! data.rs is also compiled into the build script, which has no such tables.

use super::data::{decode, encode};
use super::ir::{Key, Node, Span, Var, Variant};
use super::shipped::COMPILED_IN;

#[test]
fn every_compiled_in_locale_round_trips() {
    for l in COMPILED_IN {
        let tables = l.tables.to_owned();
        let bytes = encode(l.tag, &tables);
        assert_eq!(decode(&bytes), Ok((l.tag.to_string(), tables)), "{}", l.tag);
    }
}

#[test]
fn every_truncation_and_extension_is_refused() {
    let bytes = encode("de", &COMPILED_IN[0].tables.to_owned());
    for end in 0..bytes.len() {
        assert!(decode(&bytes[..end]).is_err(), "accepted {end} of {} bytes", bytes.len());
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(decode(&longer).is_err());
}

#[test]
fn spans_that_point_outside_or_backwards_are_refused() {
    let mut t = COMPILED_IN[0].tables.to_owned();
    t.nodes.push(Node::Text(Span { start: u32::MAX - 1, len: 2 }));
    assert!(decode(&encode("en", &t)).unwrap_err().contains("outside the text"));
    let mut t = COMPILED_IN[0].tables.to_owned();
    let at = u32::try_from(t.nodes.len()).unwrap_or(0);
    t.variants.push(Variant { key: Key::Other, nodes: Span { start: at, len: 1 } });
    let v = u32::try_from(t.variants.len() - 1).unwrap_or(0);
    t.nodes.push(Node::Select { var: Var::Amount, variants: Span { start: v, len: 1 }, default: 0 });
    assert!(decode(&encode("en", &t)).unwrap_err().contains("points back"));
    assert!(decode(b"PK\x03\x04").unwrap_err().contains("not authos-errors locale data"));
}
