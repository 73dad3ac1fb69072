//! The locale data format: a shipped locale's compiled tables as bytes, for
//! platforms that load locales when needed (the npm package) instead of building
//! them in. Decoding needs no Fluent parser and checks every span, so data that
//! is truncated, corrupt or hostile is refused, never trusted.
//!
//! Layout (integers little-endian): `AEL1`, format version 1 · tag (u8 length,
//! bytes) · text pool (u32 length, UTF-8) · nodes (u32 count; each a kind byte and
//! its fields) · variants (u32 count; key kind byte, key fields, node span) ·
//! messages (u32 count; presence byte, text span, wait presence byte, wait span).

use super::decimal;
use super::ir::{CompiledTables, Key, Message, Node, Span, Var, Variant};

const MAGIC: &[u8; 4] = b"AEL1";

pub fn encode(tag: &str, t: &CompiledTables) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    let tag = tag.as_bytes();
    out.push(u8::try_from(tag.len()).unwrap_or(u8::MAX));
    out.extend(tag.get(..usize::from(u8::MAX).min(tag.len())).unwrap_or_default());
    put_u32(&mut out, len(t.text.len()));
    out.extend(t.text.as_bytes());
    put_u32(&mut out, len(t.nodes.len()));
    for node in &t.nodes {
        match node {
            Node::Text(s) => {
                out.push(0);
                put_span(&mut out, *s);
            }
            Node::Var(v) => out.extend([1, var_byte(*v)]),
            Node::Select { var, variants, default } => {
                out.extend([2, var_byte(*var)]);
                put_span(&mut out, *variants);
                put_u32(&mut out, *default);
            }
        }
    }
    put_u32(&mut out, len(t.variants.len()));
    for v in &t.variants {
        match v.key {
            Key::Zero => out.push(0),
            Key::One => out.push(1),
            Key::Two => out.push(2),
            Key::Few => out.push(3),
            Key::Many => out.push(4),
            Key::Other => out.push(5),
            Key::Number(n) => {
                out.push(6);
                out.extend(n.to_le_bytes());
            }
            Key::Ident(s) => {
                out.push(7);
                put_span(&mut out, s);
            }
        }
        put_span(&mut out, v.nodes);
    }
    put_u32(&mut out, len(t.messages.len()));
    for m in &t.messages {
        match m {
            None => out.push(0),
            Some(m) => {
                out.push(1);
                put_span(&mut out, m.text);
                match m.wait {
                    None => out.push(0),
                    Some(w) => {
                        out.push(1);
                        put_span(&mut out, w);
                    }
                }
            }
        }
    }
    out
}

/// The tag and tables, or why the bytes are not locale data.
pub fn decode(bytes: &[u8]) -> Result<(String, CompiledTables), String> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != MAGIC {
        return Err("not authos-errors locale data (format AEL1)".into());
    }
    let tag_len = usize::from(r.u8()?);
    let tag = std::str::from_utf8(r.take(tag_len)?).map_err(|_| "the tag is not UTF-8")?.to_string();
    let text_len = r.count()?;
    let text = std::str::from_utf8(r.take(text_len)?).map_err(|_| "the text is not UTF-8")?.to_string();
    let mut t = CompiledTables { text, ..CompiledTables::default() };
    for _ in 0..r.count()? {
        let node = match r.u8()? {
            0 => Node::Text(r.span()?),
            1 => Node::Var(r.var()?),
            2 => Node::Select { var: r.var()?, variants: r.span()?, default: r.u32()? },
            k => return Err(["unknown node kind ", &decimal::string(k.into())].concat()),
        };
        t.nodes.push(node);
    }
    for _ in 0..r.count()? {
        let key = match r.u8()? {
            0 => Key::Zero,
            1 => Key::One,
            2 => Key::Two,
            3 => Key::Few,
            4 => Key::Many,
            5 => Key::Other,
            6 => Key::Number(i64::from_le_bytes(r.take(8)?.try_into().map_err(|_| "truncated")?)),
            7 => Key::Ident(r.span()?),
            k => return Err(["unknown variant key kind ", &decimal::string(k.into())].concat()),
        };
        t.variants.push(Variant { key, nodes: r.span()? });
    }
    for _ in 0..r.count()? {
        let message = match r.u8()? {
            0 => None,
            1 => {
                let text = r.span()?;
                let wait = match r.u8()? {
                    0 => None,
                    1 => Some(r.span()?),
                    k => return Err(["bad wait flag ", &decimal::string(k.into())].concat()),
                };
                Some(Message { text, wait })
            }
            k => return Err(["bad message flag ", &decimal::string(k.into())].concat()),
        };
        t.messages.push(message);
    }
    if r.at != bytes.len() {
        return Err("trailing bytes after the tables".into());
    }
    check(&t)?;
    Ok((tag, t))
}

/// Every span inside its table and on character boundaries; every select's
/// variants after it, so that formatting only ever moves forward.
fn check(t: &CompiledTables) -> Result<(), String> {
    // Spans print as `start+len`. No `format!` here or in any message of this
    // file: the WebAssembly module decodes locale data, and Rust's formatting
    // machinery would add to its download.
    let outside = |what: &str, s: Span, table: &str| {
        let (start, len) = (decimal::string(s.start.into()), decimal::string(s.len.into()));
        [what, " span ", &start, "+", &len, " is outside the ", table].concat()
    };
    let text_span = |s: Span| t.text.get(s.range()).map(|_| ()).ok_or_else(|| outside("text", s, "text"));
    let node_span = |s: Span| t.nodes.get(s.range()).map(|_| ()).ok_or_else(|| outside("node", s, "nodes"));
    for (i, node) in t.nodes.iter().enumerate() {
        match node {
            Node::Text(s) => text_span(*s)?,
            Node::Var(_) => {}
            Node::Select { variants, .. } => {
                let list = t.variants.get(variants.range()).ok_or_else(|| outside("variant", *variants, "variants"))?;
                for v in list {
                    node_span(v.nodes)?;
                    if (v.nodes.start as usize) <= i && v.nodes.len > 0 {
                        return Err(["node ", &decimal::string(i as u64), ": a variant points back to it"].concat());
                    }
                    if let Key::Ident(s) = v.key {
                        text_span(s)?;
                    }
                }
            }
        }
    }
    for m in t.messages.iter().flatten() {
        node_span(m.text)?;
        if let Some(w) = m.wait {
            node_span(w)?;
        }
    }
    Ok(())
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).ok_or("truncated")?;
        let slice = self.bytes.get(self.at..end).ok_or("truncated")?;
        self.at = end;
        Ok(slice)
    }

    fn u8(&mut self) -> Result<u8, String> {
        self.take(1)?.first().copied().ok_or_else(|| "truncated".into())
    }

    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().map_err(|_| "truncated")?))
    }

    /// A count or length: never more than the bytes left, so a lying header
    /// cannot make the decoder reserve or loop more than the input allows.
    fn count(&mut self) -> Result<usize, String> {
        let n = self.u32()? as usize;
        if n > self.bytes.len().saturating_sub(self.at) {
            return Err("a count is larger than the data".into());
        }
        Ok(n)
    }

    fn span(&mut self) -> Result<Span, String> {
        Ok(Span { start: self.u32()?, len: self.u32()? })
    }

    fn var(&mut self) -> Result<Var, String> {
        match self.u8()? {
            0 => Ok(Var::Amount),
            1 => Ok(Var::Unit),
            k => Err(["unknown variable ", &decimal::string(k.into())].concat()),
        }
    }
}

fn var_byte(v: Var) -> u8 {
    match v {
        Var::Amount => 0,
        Var::Unit => 1,
    }
}

fn put_u32(out: &mut Vec<u8>, n: u32) {
    out.extend(n.to_le_bytes());
}

fn put_span(out: &mut Vec<u8>, s: Span) {
    put_u32(out, s.start);
    put_u32(out, s.len);
}

fn len(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
