//! Server text made safe for a log line: no control characters (C0, C1), no
//! escape or control sequences (ECMA-48 / ISO 2022, removed whole), no invisible
//! characters that reorder or disguise text (bidi controls, zero-width
//! characters), whitespace folded, length capped.

/// The most characters server text keeps: a longer text is cut to its first
/// `MAX_SERVER_MESSAGE_CHARS - 1` and `…`.
pub const MAX_SERVER_MESSAGE_CHARS: usize = 512;

/// Server text made safe for a log line (see the module docs); `None` if
/// nothing is left.
pub fn server_text(raw: &str) -> Option<String> {
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
        for next in [pending_space.then_some(' '), Some(c)].into_iter().flatten() {
            // A character past the cap: the text is longer than the cap, so it
            // keeps its first cap − 1 characters and `…`.
            if count == MAX_SERVER_MESSAGE_CHARS {
                out.pop();
                out.push('…');
                return Some(out);
            }
            out.push(next);
            count = count.saturating_add(1);
        }
        pending_space = false;
    }
    (!out.is_empty()).then_some(out)
}

/// Printable ASCII, single spaces only between words, within the cap: the text
/// most servers send, which needs no change.
fn is_plain(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= MAX_SERVER_MESSAGE_CHARS
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

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Skips the rest of an escape sequence after `ESC` (ECMA-48 §5.3, ISO 2022 §13):
/// `ESC [` opens a control sequence; `ESC ]`, `P`, `X`, `^`, `_` a control
/// string; `ESC` then intermediates (0x20-0x2F) and a final (0x30-0x7E) is the
/// rest, `ESC ( B` among them. A malformed sequence ends at the first byte that
/// does not belong to it, and that byte is read as text. A C1 control on its own
/// (U+009B included) is removed as one character: UTF-8 terminals do not read it
/// as an introducer.
fn skip_escape_sequence(chars: &mut Chars<'_>) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            skip_control_sequence(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_control_string(chars);
        }
        Some(_) => {
            while chars.next_if(|c| ('\u{20}'..='\u{2f}').contains(c)).is_some() {}
            chars.next_if(|c| ('\u{30}'..='\u{7e}').contains(c));
        }
        None => {}
    }
}

/// A control sequence after CSI: parameter bytes (0x30-0x3F), intermediate
/// bytes (0x20-0x2F), one final byte (0x40-0x7E).
fn skip_control_sequence(chars: &mut Chars<'_>) {
    while chars.next_if(|c| ('\u{30}'..='\u{3f}').contains(c)).is_some() {}
    while chars.next_if(|c| ('\u{20}'..='\u{2f}').contains(c)).is_some() {}
    chars.next_if(|c| ('\u{40}'..='\u{7e}').contains(c));
}

/// A control string (OSC, DCS, SOS, PM, APC) up to its terminator: ST (`ESC \`
/// or U+009C), or BEL as xterm ends OSC. Unterminated, it runs to the end.
fn skip_control_string(chars: &mut Chars<'_>) {
    while let Some(c) = chars.next() {
        if c == '\u{7}' || c == '\u{9c}' || (c == '\u{1b}' && chars.next_if_eq(&'\\').is_some()) {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_what_disguises_text() {
        assert_eq!(server_text("  JWT \u{202E}has\u{200B} expired\t\n").as_deref(), Some("JWT has expired"));
        assert_eq!(server_text("a\u{0}b\u{7f}c\u{85}e").as_deref(), Some("abc e"));
        assert_eq!(server_text("a\u{9b}31mb").as_deref(), Some("a31mb"));
        assert_eq!(server_text("bold\u{1b}(B plain\u{1b}%G\u{1b}7x\u{1b}=").as_deref(), Some("bold plainx"));
        assert_eq!(server_text("\u{1b}[3\u{e9}m").as_deref(), Some("\u{e9}m"), "malformed: ends at é");
        assert_eq!(server_text("\u{1b}P1;2|data\u{1b}\\ok").as_deref(), Some("ok"));
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
        for kept in [MAX_SERVER_MESSAGE_CHARS - 1, MAX_SERVER_MESSAGE_CHARS] {
            let text = "x".repeat(kept);
            assert_eq!(server_text(&text).as_deref(), Some(text.as_str()), "{kept} characters");
            let text = "é".repeat(kept);
            assert_eq!(server_text(&text).as_deref(), Some(text.as_str()), "{kept} non-ASCII characters");
        }
        let longer = "x".repeat(MAX_SERVER_MESSAGE_CHARS + 1);
        let cut = format!("{}…", "x".repeat(MAX_SERVER_MESSAGE_CHARS - 1));
        assert_eq!(server_text(&longer).as_deref(), Some(cut.as_str()));
    }
}
