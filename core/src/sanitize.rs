//! Server text made safe for a log line: no control characters (C0, C1, ANSI
//! escape sequences), no invisible characters that reorder or disguise text (bidi
//! controls, zero-width characters), whitespace folded, length capped.

/// Longer text is cut here (in characters) and ends with `…`.
pub const MAX_SERVER_MESSAGE_CHARS: usize = 512;

pub(crate) fn server_text(raw: &str) -> Option<String> {
    if is_plain(raw) {
        return Some(raw.to_owned());
    }
    let mut out = String::with_capacity(raw.len().min(MAX_SERVER_MESSAGE_CHARS * 4));
    let mut chars = raw.chars().peekable();
    let mut count = 0usize;
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            skip_escape_sequence(&mut chars);
            continue;
        }
        if c.is_whitespace() {
            pending_space = count > 0;
            continue;
        }
        if invisible(c) {
            continue;
        }
        if count.saturating_add(usize::from(pending_space)).saturating_add(2) > MAX_SERVER_MESSAGE_CHARS {
            out.push('…');
            return Some(out);
        }
        if pending_space {
            out.push(' ');
            count = count.saturating_add(1);
            pending_space = false;
        }
        out.push(c);
        count = count.saturating_add(1);
    }
    (!out.is_empty()).then_some(out)
}

/// Printable ASCII, single spaces only between words, within the cap: the text
/// most servers send, which needs no change.
fn is_plain(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    !bytes.is_empty()
        && bytes.len() < MAX_SERVER_MESSAGE_CHARS
        && bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && bytes.iter().all(|b| (b' '..=b'~').contains(b))
        && !bytes.windows(2).any(|w| w == b"  ")
}

fn invisible(c: char) -> bool {
    c.is_control() // C0, DEL, C1
        || matches!(c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' // bidi marks
            | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}' // zero-width
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotations
        )
}

/// Skips the rest of an ANSI escape: CSI (`ESC [ ... final`), OSC (`ESC ] ... BEL`
/// or `ESC \`), or a two-character escape.
fn skip_escape_sequence(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.next() {
        Some('[') => {
            for c in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&c) {
                    break;
                }
            }
        }
        Some(']') => {
            while let Some(c) = chars.next() {
                if c == '\u{7}' || (c == '\u{1b}' && chars.next_if_eq(&'\\').is_some()) {
                    break;
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_what_disguises_text() {
        assert_eq!(server_text("  JWT \u{202E}has\u{200B} expired\t\n").as_deref(), Some("JWT has expired"));
        assert_eq!(server_text("a\u{0}b\u{7f}c\u{9b}d\u{85}e").as_deref(), Some("abcd e"));
        assert_eq!(server_text("\u{1b}[31mred\u{1b}[0m \u{1b}]0;title\u{7}ok").as_deref(), Some("red ok"));
        assert_eq!(server_text("\u{202E}\u{200D} \n"), None);
        assert_eq!(server_text(""), None);
    }

    #[test]
    fn caps_length() {
        let long = "é".repeat(10_000);
        let s = server_text(&long).unwrap_or_default();
        assert_eq!(s.chars().count(), MAX_SERVER_MESSAGE_CHARS);
        assert!(s.ends_with('…'));
        let exact = "x".repeat(MAX_SERVER_MESSAGE_CHARS - 1);
        assert_eq!(server_text(&exact).as_deref(), Some(exact.as_str()));
    }
}
