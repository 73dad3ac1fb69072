//! RFC 8259 JSON, read strictly for the one shape the core needs: the members of
//! a top-level object, with string values decoded and every other value checked
//! and skipped. Any invalid byte anywhere (a bad escape in a member nobody reads,
//! a lone surrogate, trailing garbage) makes the whole text unreadable, as the
//! contract says. serde_json, which it replaced, checked less inside the values
//! it skipped; it stays in the tests as the oracle (tests/rfc_grammars.rs).

use std::borrow::Cow;

/// A member's value: a string, or any other JSON value (already checked).
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Value<'a> {
    Text(Cow<'a, str>),
    Other,
}

/// The members of `text` in order if it is one JSON object and nothing else
/// (whitespace aside); `None` for invalid JSON or any other JSON value.
pub(crate) fn object_members(text: &str) -> Option<Vec<(Cow<'_, str>, Value<'_>)>> {
    let mut r = Reader { text, pos: 0 };
    r.skip_whitespace();
    if !r.eat(b'{') {
        return None;
    }
    let mut members = Vec::new();
    r.skip_whitespace();
    if !r.eat(b'}') {
        loop {
            r.skip_whitespace();
            let name = r.string()?;
            r.skip_whitespace();
            r.expect(b':')?;
            r.skip_whitespace();
            let value = if r.peek() == Some(b'"') {
                Value::Text(r.string()?)
            } else {
                r.skip_value().map(|()| Value::Other)?
            };
            members.push((name, value));
            r.skip_whitespace();
            if r.eat(b'}') {
                break;
            }
            r.expect(b',')?;
        }
    }
    r.skip_whitespace();
    (r.pos == text.len()).then_some(members)
}

struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    #[inline(always)]
    fn bump(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.pos = self.pos.saturating_add(1);
        Some(b)
    }

    #[inline(always)]
    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        if found {
            self.pos = self.pos.saturating_add(1);
        }
        found
    }

    fn expect(&mut self, b: u8) -> Option<()> {
        self.eat(b).then_some(())
    }

    fn skip_whitespace(&mut self) {
        let rest = self.text.as_bytes().get(self.pos..).unwrap_or_default();
        let blank = rest.iter().take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')).count();
        self.pos = self.pos.saturating_add(blank);
    }

    /// Any JSON value, checked and not kept. Iterative, so nesting has no limit
    /// but the body's size: a container costs one byte here, not a stack frame.
    fn skip_value(&mut self) -> Option<()> {
        let mut open: Vec<u8> = Vec::new();
        loop {
            // A value.
            match self.peek()? {
                b'{' | b'[' => {
                    let close = if self.bump() == Some(b'{') { b'}' } else { b']' };
                    open.push(close);
                    self.skip_whitespace();
                    if self.eat(close) {
                        open.pop();
                    } else {
                        if close == b'}' {
                            self.member_name()?;
                        }
                        continue;
                    }
                }
                b'"' => self.skip_string()?,
                b't' => self.literal("true")?,
                b'f' => self.literal("false")?,
                b'n' => self.literal("null")?,
                _ => self.number()?,
            }
            // After a value: the end, or the next element of the innermost container.
            loop {
                let Some(&close) = open.last() else { return Some(()) };
                self.skip_whitespace();
                if self.eat(close) {
                    open.pop();
                    continue;
                }
                self.expect(b',')?;
                self.skip_whitespace();
                if close == b'}' {
                    self.member_name()?;
                }
                break;
            }
        }
    }

    /// `string ws ":" ws` inside an object, then the reader is at the value.
    fn member_name(&mut self) -> Option<()> {
        self.skip_string()?;
        self.skip_whitespace();
        self.expect(b':')?;
        self.skip_whitespace();
        Some(())
    }

    fn literal(&mut self, word: &str) -> Option<()> {
        let end = self.pos.checked_add(word.len())?;
        (self.text.as_bytes().get(self.pos..end)? == word.as_bytes()).then(|| self.pos = end)
    }

    /// `-? (0 / [1-9] DIGIT*) (. DIGIT+)? ([eE] [+-]? DIGIT+)?`
    fn number(&mut self) -> Option<()> {
        self.eat(b'-');
        match self.bump()? {
            b'0' => {}
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.eat(b'.') {
            self.peek().filter(u8::is_ascii_digit)?;
            self.digits();
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            self.peek().filter(u8::is_ascii_digit)?;
            self.digits();
        }
        Some(())
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos = self.pos.saturating_add(1);
        }
    }

    fn skip_string(&mut self) -> Option<()> {
        self.scan_string(None).map(|_| ())
    }

    /// A string, borrowed where it has no escapes.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        let mut decoded = String::new();
        let start = self.pos.saturating_add(1);
        let escaped = self.scan_string(Some(&mut decoded))?;
        if escaped {
            Some(Cow::Owned(decoded))
        } else {
            self.text.get(start..self.pos.saturating_sub(1)).map(Cow::Borrowed)
        }
    }

    /// Reads a whole string (quotes included), decoding into `out` where given
    /// (only once an escape makes that necessary). Whether it had escapes.
    fn scan_string(&mut self, mut out: Option<&mut String>) -> Option<bool> {
        self.expect(b'"')?;
        let start = self.pos;
        let mut escaped = false;
        let mut plain_from = start;
        loop {
            // Past the plain run, in one pass: to the next quote, backslash or
            // control character (a call per byte cost a fifth of a wasm call).
            let rest = self.text.as_bytes().get(self.pos..)?;
            let plain = rest.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
            self.pos = self.pos.saturating_add(plain);
            match self.bump()? {
                b'"' => {
                    if let Some(out) = out.as_deref_mut().filter(|_| escaped) {
                        out.push_str(self.text.get(plain_from..self.pos.saturating_sub(1))?);
                    }
                    return Some(escaped);
                }
                b'\\' => {
                    if let Some(out) = out.as_deref_mut() {
                        out.push_str(self.text.get(plain_from..self.pos.saturating_sub(1))?);
                    }
                    escaped = true;
                    let c = self.escape()?;
                    if let Some(out) = out.as_deref_mut() {
                        out.push(c);
                    }
                    plain_from = self.pos;
                }
                _ => return None,
            }
        }
    }

    /// The character of an escape (after its `\`); a surrogate must be half of a
    /// `\uD8xx\uDCxx` pair.
    fn escape(&mut self) -> Option<char> {
        Some(match self.bump()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                match first {
                    0xD800..=0xDBFF => {
                        self.expect(b'\\')?;
                        self.expect(b'u')?;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return None;
                        }
                        let high = first.checked_sub(0xD800)?;
                        let low = second.checked_sub(0xDC00)?;
                        char::from_u32(0x10000u32.checked_add(high.checked_mul(0x400)?)?.checked_add(low)?)?
                    }
                    0xDC00..=0xDFFF => return None,
                    _ => char::from_u32(first)?,
                }
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let end = self.pos.checked_add(4)?;
        let hex = self.text.get(self.pos..end)?;
        let value = u32::from_str_radix(hex, 16).ok().filter(|_| hex.bytes().all(|b| b.is_ascii_hexdigit()))?;
        self.pos = end;
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_members_and_checks_everything() {
        let members = object_members(r#" {"a":"x\u00e9\ud83d\ude00","b":[1,{"c":null}],"a":-0.5e+3} "#);
        assert_eq!(
            members,
            Some(vec![
                (Cow::Borrowed("a"), Value::Text(Cow::Owned("xé😀".to_owned()))),
                (Cow::Borrowed("b"), Value::Other),
                (Cow::Borrowed("a"), Value::Other),
            ])
        );
        for bad in [
            "",
            "{",
            "{}x",
            r#"{"a":"\x"}"#,
            r#"{"a":["\x"]}"#,
            r#"{"a":{"b":"\ud800"}}"#,
            r#"{"a":"\udc00"}"#,
            "{\"a\":\"\u{1}\"}",
            r#"{"a":01}"#,
            r#"{"a":1.}"#,
            r#"{"a":.5}"#,
            r#"{"a":[1,]}"#,
            r#"{"a":1,}"#,
            r#"{"a" 1}"#,
            r#"{'a':1}"#,
            r#"{"a":tru}"#,
            r#"{"a":NaN}"#,
            "{\"a\":1}\u{0}",
        ] {
            assert_eq!(object_members(bad), None, "{bad:?}");
        }
        assert_eq!(object_members("[1]"), None);
        assert_eq!(object_members("{}"), Some(vec![]));
        let deep = format!("{{\"a\":{}{}}}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(object_members(&deep).is_some());
        let unbalanced = format!("{{\"a\":{}{}}}", "[".repeat(1000), "]".repeat(999));
        assert_eq!(object_members(&unbalanced), None);
        assert_eq!(object_members(&"[".repeat(100_000)), None);
    }
}
