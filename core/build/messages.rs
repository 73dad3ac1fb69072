//! `messages/<locale>/*.ftl` → `LOCALES`: every message compiled to segments that
//! `src/messages.rs` formats without a Fluent runtime.
//!
//! The build refuses a syntax error, a message or `.wait` attribute missing in a
//! locale, a variable a message does not receive, a function call, and markup.

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

/// Messages for codes the catalogue does not know, by status class, after the codes.
pub const CLASS_MESSAGES: [&str; 3] = [
    "unknown-client-error",
    "unknown-rate-limited",
    "unknown-server-error",
];
/// The only variables a message receives, and only in its `.wait` attribute.
const WAIT_VARIABLES: [&str; 2] = ["amount", "unit"];
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
/// The fallback locale: it comes first in `LOCALES`.
const FALLBACK: &str = "en";

pub struct Locale {
    tag: String,
    /// One per code, then one per `CLASS_MESSAGES`: the plain text and the `.wait` text.
    messages: Vec<(Vec<Seg>, Option<Vec<Seg>>)>,
}

#[derive(Clone)]
enum Seg {
    Text(String),
    Var(String),
    Select {
        var: String,
        variants: Vec<(Key, Vec<Seg>)>,
        default: usize,
    },
}

#[derive(Clone)]
enum Key {
    Plural(String),
    Number(i64),
    Ident(String),
}

/// The entries of one locale's files, by id (terms keep their leading `-`).
type Entries<'s> = BTreeMap<String, (Option<Pattern<&'s str>>, BTreeMap<String, Pattern<&'s str>>)>;

pub fn load(dir: &Path, codes: &[&str]) -> Result<Vec<Locale>, String> {
    let mut folders: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    let wanted: Vec<&str> = codes.iter().copied().chain(CLASS_MESSAGES).collect();
    let mut locales = Vec::new();
    for folder in folders {
        let tag = folder
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let sources = read_sources(&folder)?;
        let mut entries = Entries::new();
        for (path, source) in &sources {
            parse_into(path, source, &mut entries)?;
        }
        let mut messages = Vec::new();
        for id in &wanted {
            let at = format!("{}: {id}", folder.display());
            let (value, attributes) = entries.get(*id).ok_or_else(|| format!("{at}: missing"))?;
            let value = value
                .as_ref()
                .ok_or_else(|| format!("{at}: has no value"))?;
            let text = compile(value, &entries, &at, 0)?;
            if let Some(var) = first_var(&text) {
                return Err(format!(
                    "{at}: uses ${var}, but only `.wait` receives variables"
                ));
            }
            let wait = match attributes.get("wait") {
                Some(p) => Some(compile(p, &entries, &format!("{at}.wait"), 0)?),
                None => None,
            };
            if let Some(unknown) = attributes.keys().find(|k| *k != "wait") {
                return Err(format!(
                    "{at}: unknown attribute .{unknown} (only .wait is used)"
                ));
            }
            messages.push((text, wait));
        }
        locales.push(Locale { tag, messages });
    }
    locales.sort_by_key(|l| (l.tag != FALLBACK, l.tag.clone()));
    let fallback = locales
        .first()
        .filter(|l| l.tag == FALLBACK)
        .ok_or("messages/en is missing")?;
    for locale in &locales {
        for (i, id) in wanted.iter().enumerate() {
            let has = |l: &Locale| l.messages.get(i).is_some_and(|m| m.1.is_some());
            if has(fallback) != has(locale) {
                return Err(format!(
                    "messages/{}: {id}: `.wait` must be there exactly where English has it",
                    locale.tag
                ));
            }
        }
    }
    Ok(locales)
}

fn read_sources(folder: &Path) -> Result<Vec<(String, String)>, String> {
    let mut paths: Vec<_> = std::fs::read_dir(folder)
        .map_err(|e| format!("{}: {e}", folder.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            Ok((p.display().to_string(), text))
        })
        .collect()
}

fn parse_into<'s>(path: &str, source: &'s str, entries: &mut Entries<'s>) -> Result<(), String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| {
                let line = source
                    .get(..e.pos.start)
                    .map_or(0, |s| s.matches('\n').count())
                    + 1;
                format!("{path}:{line}: {:?}", e.kind)
            })
            .collect();
        lines.join("\n")
    })?;
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            Entry::Junk { content } => return Err(format!("{path}: cannot parse `{content}`")),
            _ => continue,
        };
        let attributes = attributes
            .into_iter()
            .map(|a| (a.id.name.to_string(), a.value))
            .collect();
        if entries.insert(id.clone(), (value, attributes)).is_some() {
            return Err(format!("{path}: {id} is defined twice"));
        }
    }
    Ok(())
}

fn compile(
    pattern: &Pattern<&str>,
    entries: &Entries,
    at: &str,
    depth: u32,
) -> Result<Vec<Seg>, String> {
    if depth > 8 {
        return Err(format!("{at}: references nest too deep (a cycle?)"));
    }
    let mut out = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                if value.contains(['<', '>']) {
                    return Err(format!(
                        "{at}: markup is not allowed in messages: `{value}`"
                    ));
                }
                push_text(&mut out, value);
            }
            PatternElement::Placeable { expression } => {
                compile_expression(expression, entries, at, depth, &mut out)?
            }
        }
    }
    Ok(out)
}

fn compile_expression(
    e: &Expression<&str>,
    entries: &Entries,
    at: &str,
    depth: u32,
    out: &mut Vec<Seg>,
) -> Result<(), String> {
    match e {
        Expression::Inline(inline) => compile_inline(inline, entries, at, depth, out),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                return Err(format!("{at}: a selector must be a variable"));
            };
            check_variable(id.name, at)?;
            let mut compiled = Vec::new();
            let mut default = 0;
            for (i, v) in variants.iter().enumerate() {
                let key = match &v.key {
                    VariantKey::NumberLiteral { value } => {
                        Key::Number(value.parse().map_err(|_| {
                            format!("{at}: variant key [{value}] is not an integer")
                        })?)
                    }
                    VariantKey::Identifier { name } if PLURAL_CATEGORIES.contains(name) => {
                        Key::Plural(name.to_string())
                    }
                    VariantKey::Identifier { name } => Key::Ident(name.to_string()),
                };
                if v.default {
                    default = i;
                }
                compiled.push((key, compile(&v.value, entries, at, depth)?));
            }
            out.push(Seg::Select {
                var: id.name.to_string(),
                variants: compiled,
                default,
            });
            Ok(())
        }
    }
}

fn compile_inline(
    e: &InlineExpression<&str>,
    entries: &Entries,
    at: &str,
    depth: u32,
    out: &mut Vec<Seg>,
) -> Result<(), String> {
    match e {
        InlineExpression::StringLiteral { value } => push_text(out, &unescape(value, at)?),
        InlineExpression::NumberLiteral { value } => push_text(out, value),
        InlineExpression::VariableReference { id } => {
            check_variable(id.name, at)?;
            out.push(Seg::Var(id.name.to_string()));
        }
        InlineExpression::MessageReference { id, attribute } => {
            out.extend(reference(
                id.name,
                attribute.as_ref().map(|a| a.name),
                entries,
                at,
                depth,
            )?);
        }
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            if arguments.is_some() {
                return Err(format!("{at}: term arguments are not supported"));
            }
            let name = format!("-{}", id.name);
            out.extend(reference(
                &name,
                attribute.as_ref().map(|a| a.name),
                entries,
                at,
                depth,
            )?);
        }
        InlineExpression::Placeable { expression } => {
            compile_expression(expression, entries, at, depth, out)?
        }
        InlineExpression::FunctionReference { id, .. } => {
            return Err(format!("{at}: function {}() is not supported", id.name));
        }
    }
    Ok(())
}

fn reference(
    id: &str,
    attribute: Option<&str>,
    entries: &Entries,
    at: &str,
    depth: u32,
) -> Result<Vec<Seg>, String> {
    let (value, attributes) = entries
        .get(id)
        .ok_or_else(|| format!("{at}: references unknown {id}"))?;
    let pattern = match attribute {
        Some(a) => attributes
            .get(a)
            .ok_or_else(|| format!("{at}: references unknown {id}.{a}"))?,
        None => value
            .as_ref()
            .ok_or_else(|| format!("{at}: references {id}, which has no value"))?,
    };
    compile(pattern, entries, &format!("{at} → {id}"), depth + 1)
}

fn check_variable(name: &str, at: &str) -> Result<(), String> {
    if WAIT_VARIABLES.contains(&name) {
        Ok(())
    } else {
        Err(format!(
            "{at}: ${name} is not a variable messages receive (only {WAIT_VARIABLES:?})"
        ))
    }
}

fn push_text(out: &mut Vec<Seg>, text: &str) {
    if let Some(Seg::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else if !text.is_empty() {
        out.push(Seg::Text(text.to_string()));
    }
}

/// Fluent string literals: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(raw: &str, at: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(c @ ('"' | '\\')) => out.push(c),
            Some(u @ ('u' | 'U')) => {
                let len = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(len).collect();
                let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                out.push(c.ok_or_else(|| format!("{at}: bad escape \\{u}{hex}"))?);
            }
            _ => return Err(format!("{at}: bad escape in \"{raw}\"")),
        }
    }
    Ok(out)
}

fn first_var(segs: &[Seg]) -> Option<&str> {
    segs.iter().find_map(|s| match s {
        Seg::Text(_) => None,
        Seg::Var(v) => Some(v.as_str()),
        Seg::Select { var, .. } => Some(var.as_str()),
    })
}

pub fn generate(locales: &[Locale], codes: &[&str]) -> String {
    let mut s =
        String::from("// Generated by build/messages.rs from messages/*/*.ftl. Do not edit.\n\n");
    let _ = writeln!(
        s,
        "/// Messages for unknown codes, after the codes: client, rate-limited, server."
    );
    let _ = writeln!(
        s,
        "pub(crate) const CLASS_MESSAGE_BASE: usize = {};",
        codes.len()
    );
    let _ = writeln!(
        s,
        "pub(crate) static LOCALES: [LocaleTable; {}] = [",
        locales.len()
    );
    for l in locales {
        let (language, script, region) = subtags(&l.tag);
        let _ = writeln!(
            s,
            "    LocaleTable {{\n        tag: {:?},\n        language: {language:?},\n        script: {script:?},\n        region: {region:?},\n        messages: &[",
            l.tag
        );
        for (text, wait) in &l.messages {
            let wait = wait
                .as_ref()
                .map_or("None".to_string(), |w| format!("Some({})", segs(w)));
            let _ = writeln!(
                s,
                "            Message {{ text: {}, wait: {} }},",
                segs(text),
                wait
            );
        }
        s += "        ],\n    },\n";
    }
    s += "];\n";
    s
}

/// `zh-Hans` → (`zh`, `Hans`, none); `pt-BR` → (`pt`, none, `BR`), in canonical case.
fn subtags(tag: &str) -> (String, Option<String>, Option<String>) {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default().to_ascii_lowercase();
    let (mut script, mut region) = (None, None);
    for part in parts {
        if part.len() == 4 {
            script = Some(part[..1].to_ascii_uppercase() + &part[1..].to_ascii_lowercase());
        } else {
            region = Some(part.to_ascii_uppercase());
        }
    }
    (language, script, region)
}

fn segs(list: &[Seg]) -> String {
    let items: Vec<String> = list.iter().map(seg).collect();
    format!("&[{}]", items.join(", "))
}

fn seg(s: &Seg) -> String {
    match s {
        Seg::Text(t) => format!("Seg::Text({t:?})"),
        Seg::Var(v) => format!("Seg::Var(Var::{})", super::camel(v)),
        Seg::Select {
            var,
            variants,
            default,
        } => {
            let variants: Vec<String> = variants
                .iter()
                .map(|(k, v)| {
                    let key = match k {
                        Key::Plural(p) => {
                            format!("Key::Plural(PluralCategory::{})", p.to_ascii_uppercase())
                        }
                        Key::Number(n) => format!("Key::Number({n})"),
                        Key::Ident(i) => format!("Key::Ident({i:?})"),
                    };
                    format!("({key}, {})", segs(v))
                })
                .collect();
            format!(
                "Seg::Select(&Select {{ var: Var::{}, variants: &[{}], default: {default} }})",
                super::camel(var),
                variants.join(", ")
            )
        }
    }
}
