//! Fluent (`.ftl`) → compiled tables. Used by the build script for the shipped
//! locales and at run time for overrides and added locales, so both refuse the
//! same mistakes: a syntax error, a missing or unknown message, a variable a
//! message does not receive, a function call, markup, and reference cycles.

pub use super::ir::CLASS_MESSAGES;
use super::ir::{CompiledTables, Key, Message, Node, Span, Var, Variant};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::collections::BTreeMap;

/// Limits that keep hostile or broken text from costing much: the size of one
/// source and how deep braces and references may nest.
pub const MAX_SOURCE_BYTES: usize = 256 * 1024;
const MAX_BRACE_DEPTH: usize = 16;
const MAX_REFERENCE_DEPTH: u32 = 8;

/// First-strong isolate and pop directional isolate: in a right-to-left locale,
/// each placeable is isolated so that a number or a left-to-right word inside it
/// cannot reorder the text around it (what Fluent's `use_isolating` does).
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// What to compile and how.
pub struct Options<'a> {
    /// The message ids, in slot order.
    pub slots: &'a [&'a str],
    /// Isolate placeables (right-to-left locales).
    pub rtl: bool,
    /// Every slot must be defined (a shipped locale), or only some (an override).
    pub complete: bool,
}

/// Compiles `sources` (name, text) into tables, or lists every problem found.
pub fn compile(sources: &[(&str, &str)], options: &Options<'_>) -> Result<CompiledTables, Vec<String>> {
    let mut errors = Vec::new();
    let mut entries = Entries::new();
    for (name, text) in sources {
        if let Err(e) = parse_into(name, text, &mut entries) {
            errors.extend(e);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut used = Vec::new();
    let mut trees = Vec::new();
    for id in options.slots {
        let Some(entry) = entries.get(*id) else {
            if options.complete {
                errors.push(format!("{id}: missing"));
            }
            trees.push(None);
            continue;
        };
        let at = format!("{}: {id}", entry.source);
        match compile_message(entry, &entries, &at, options.rtl, &mut used) {
            Ok(tree) => trees.push(Some(tree)),
            Err(e) => {
                errors.push(e);
                trees.push(None);
            }
        }
    }
    for (id, entry) in &entries {
        let helper = !options.slots.contains(&id.as_str());
        if helper && !id.starts_with('-') && !used.contains(id) {
            errors.push(format!(
                "{}: {id} is not a message of the catalogue (a code or {}) nor used by one",
                entry.source,
                CLASS_MESSAGES.join(", ")
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(flatten(&trees))
}

/// One entry of the sources: where it came from, its value and attributes.
struct Parsed<'s> {
    source: String,
    value: Option<Pattern<&'s str>>,
    attributes: BTreeMap<String, Pattern<&'s str>>,
}

/// By id; terms keep their leading `-`.
type Entries<'s> = BTreeMap<String, Parsed<'s>>;

fn parse_into<'s>(name: &str, text: &'s str, entries: &mut Entries<'s>) -> Result<(), Vec<String>> {
    if text.len() > MAX_SOURCE_BYTES {
        return Err(vec![format!("{name}: larger than {MAX_SOURCE_BYTES} bytes")]);
    }
    let line_of = |offset: usize| text.get(..offset).map_or(0, |s| s.matches('\n').count()).saturating_add(1);
    // The parser recurses on nested braces: refuse deep nesting before it sees it.
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth = depth.saturating_add(1),
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_BRACE_DEPTH {
            return Err(vec![format!("{name}:{}: braces nest deeper than {MAX_BRACE_DEPTH}", line_of(i))]);
        }
    }
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| format!("{name}:{}: syntax error: {:?}", line_of(e.pos.start), e.kind))
            .collect::<Vec<_>>()
    })?;
    let mut errors = Vec::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            Entry::Junk { content } => {
                let offset = (content.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
                errors.push(format!("{name}:{}: cannot parse `{}`", line_of(offset), content.trim()));
                continue;
            }
            _ => continue,
        };
        let attributes = attributes.into_iter().map(|a| (a.id.name.to_string(), a.value)).collect();
        let parsed = Parsed { source: name.to_string(), value, attributes };
        if let Some(previous) = entries.insert(id.clone(), parsed) {
            errors.push(format!("{name}: {id} is defined twice (also in {})", previous.source));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// A message before flattening.
enum Tree {
    Text(String),
    Var(Var),
    Select { var: Var, variants: Vec<(TreeKey, Vec<Tree>)>, default: usize },
}

enum TreeKey {
    Plain(Key),
    Ident(String),
}

struct CompiledMessage {
    text: Vec<Tree>,
    wait: Option<Vec<Tree>>,
}

struct Compiler<'e, 's> {
    entries: &'e Entries<'s>,
    rtl: bool,
    used: &'e mut Vec<String>,
}

fn compile_message(
    entry: &Parsed<'_>,
    entries: &Entries<'_>,
    at: &str,
    rtl: bool,
    used: &mut Vec<String>,
) -> Result<CompiledMessage, String> {
    let mut c = Compiler { entries, rtl, used };
    let value = entry.value.as_ref().ok_or_else(|| format!("{at}: has no value"))?;
    let text = c.pattern(value, at, 0, true)?;
    if let Some(var) = first_var(&text) {
        return Err(format!("{at}: uses ${}, but only `.wait` receives variables", var_name(var)));
    }
    if let Some(other) = entry.attributes.keys().find(|k| *k != "wait") {
        return Err(format!("{at}: unknown attribute .{other} (only .wait is used)"));
    }
    let wait = match entry.attributes.get("wait") {
        Some(p) => Some(c.pattern(p, &format!("{at}.wait"), 0, true)?),
        None => None,
    };
    Ok(CompiledMessage { text, wait })
}

impl Compiler<'_, '_> {
    /// `top`: the message's own pattern, whose placeables are isolated in RTL.
    fn pattern(&mut self, pattern: &Pattern<&str>, at: &str, depth: u32, top: bool) -> Result<Vec<Tree>, String> {
        if depth > MAX_REFERENCE_DEPTH {
            return Err(format!("{at}: references nest deeper than {MAX_REFERENCE_DEPTH} (a cycle?)"));
        }
        let mut out = Vec::new();
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => {
                    check_text(value, at)?;
                    push_text(&mut out, value);
                }
                PatternElement::Placeable { expression } => {
                    let mut inner = Vec::new();
                    self.expression(expression, at, depth, &mut inner)?;
                    let isolate = top && self.rtl && inner.iter().any(|t| !matches!(t, Tree::Text(_)));
                    if isolate {
                        push_text(&mut out, &FSI.to_string());
                    }
                    for t in inner {
                        match t {
                            Tree::Text(s) => push_text(&mut out, &s),
                            other => out.push(other),
                        }
                    }
                    if isolate {
                        push_text(&mut out, &PDI.to_string());
                    }
                }
            }
        }
        Ok(out)
    }

    fn expression(&mut self, e: &Expression<&str>, at: &str, depth: u32, out: &mut Vec<Tree>) -> Result<(), String> {
        match e {
            Expression::Inline(inline) => self.inline(inline, at, depth, out),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id } = selector else {
                    return Err(format!("{at}: a selector must be a variable"));
                };
                let var = variable(id.name, at)?;
                let mut compiled = Vec::new();
                let mut default = 0;
                for (i, v) in variants.iter().enumerate() {
                    let key = match &v.key {
                        VariantKey::NumberLiteral { value } => TreeKey::Plain(Key::Number(
                            value.parse().map_err(|_| format!("{at}: variant key [{value}] is not an integer"))?,
                        )),
                        VariantKey::Identifier { name } => match Key::plural(name) {
                            Some(k) => TreeKey::Plain(k),
                            None => TreeKey::Ident(name.to_string()),
                        },
                    };
                    if v.default {
                        default = i;
                    }
                    compiled.push((key, self.pattern(&v.value, at, depth, false)?));
                }
                out.push(Tree::Select { var, variants: compiled, default });
                Ok(())
            }
        }
    }

    fn inline(&mut self, e: &InlineExpression<&str>, at: &str, depth: u32, out: &mut Vec<Tree>) -> Result<(), String> {
        match e {
            InlineExpression::StringLiteral { value } => {
                let text = unescape(value, at)?;
                check_text(&text, at)?;
                push_text(out, &text);
            }
            InlineExpression::NumberLiteral { value } => push_text(out, value),
            InlineExpression::VariableReference { id } => out.push(Tree::Var(variable(id.name, at)?)),
            InlineExpression::MessageReference { id, attribute } => {
                self.reference(id.name, attribute.as_ref().map(|a| a.name), at, depth, out)?;
            }
            InlineExpression::TermReference { id, attribute, arguments } => {
                if arguments.is_some() {
                    return Err(format!("{at}: term arguments are not supported"));
                }
                let name = format!("-{}", id.name);
                self.reference(&name, attribute.as_ref().map(|a| a.name), at, depth, out)?;
            }
            InlineExpression::Placeable { expression } => self.expression(expression, at, depth, out)?,
            InlineExpression::FunctionReference { id, .. } => {
                return Err(format!("{at}: function {}() is not supported", id.name));
            }
        }
        Ok(())
    }

    fn reference(
        &mut self,
        id: &str,
        attribute: Option<&str>,
        at: &str,
        depth: u32,
        out: &mut Vec<Tree>,
    ) -> Result<(), String> {
        let entry = self.entries.get(id).ok_or_else(|| format!("{at}: references unknown {id}"))?;
        let pattern = match attribute {
            Some(a) => entry.attributes.get(a).ok_or_else(|| format!("{at}: references unknown {id}.{a}"))?,
            None => entry.value.as_ref().ok_or_else(|| format!("{at}: references {id}, which has no value"))?,
        };
        if !self.used.iter().any(|u| u == id) {
            self.used.push(id.to_string());
        }
        let trees = self.pattern(pattern, &format!("{at} → {id}"), depth.saturating_add(1), false)?;
        for t in trees {
            match t {
                Tree::Text(s) => push_text(out, &s),
                other => out.push(other),
            }
        }
        Ok(())
    }
}

/// Whether a locale is written right to left (CLDR character order, via unic-langid).
pub fn is_rtl(tag: &str) -> bool {
    tag.replace('_', "-")
        .parse::<unic_langid::LanguageIdentifier>()
        .is_ok_and(|id| id.character_direction() == unic_langid::CharacterDirection::RTL)
}

fn variable(name: &str, at: &str) -> Result<Var, String> {
    Var::named(name)
        .ok_or_else(|| format!("{at}: ${name} is not a variable messages receive (only $amount and $unit, in .wait)"))
}

fn var_name(var: Var) -> &'static str {
    match var {
        Var::Amount => "amount",
        Var::Unit => "unit",
    }
}

/// Messages are plain text: no markup, and no direction controls of their own
/// (isolation is the compiler's job, so it is the same in every message).
fn check_text(text: &str, at: &str) -> Result<(), String> {
    if text.contains(['<', '>']) {
        return Err(format!("{at}: markup is not allowed in messages: `{}`", text.trim()));
    }
    if let Some(c) = text
        .chars()
        .find(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') || (c.is_control() && *c != '\n'))
    {
        return Err(format!("{at}: control character U+{:04X} is not allowed in messages", u32::from(c)));
    }
    Ok(())
}

fn push_text(out: &mut Vec<Tree>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Tree::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Tree::Text(text.to_string()));
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

fn first_var(trees: &[Tree]) -> Option<Var> {
    trees.iter().find_map(|t| match t {
        Tree::Text(_) => None,
        Tree::Var(v) => Some(*v),
        Tree::Select { var, .. } => Some(*var),
    })
}

/// Lays the trees out as flat tables; equal texts share one span of the pool.
fn flatten(messages: &[Option<CompiledMessage>]) -> CompiledTables {
    let mut t = CompiledTables::default();
    for m in messages {
        let compiled = m
            .as_ref()
            .map(|m| Message { text: lay_out(&mut t, &m.text), wait: m.wait.as_ref().map(|w| lay_out(&mut t, w)) });
        t.messages.push(compiled);
    }
    t
}

fn lay_out(t: &mut CompiledTables, trees: &[Tree]) -> Span {
    let start = t.nodes.len();
    t.nodes.resize(start.saturating_add(trees.len()), Node::Var(Var::Amount));
    for (i, tree) in trees.iter().enumerate() {
        let node = match tree {
            Tree::Text(s) => Node::Text(pool(t, s)),
            Tree::Var(v) => Node::Var(*v),
            Tree::Select { var, variants, default } => {
                let first = t.variants.len();
                let placeholder = Variant { key: Key::Other, nodes: Span { start: 0, len: 0 } };
                t.variants.resize(first.saturating_add(variants.len()), placeholder);
                for (j, (key, pattern)) in variants.iter().enumerate() {
                    let key = match key {
                        TreeKey::Plain(k) => *k,
                        TreeKey::Ident(name) => Key::Ident(pool(t, name)),
                    };
                    let nodes = lay_out(t, pattern);
                    if let Some(slot) = t.variants.get_mut(first.saturating_add(j)) {
                        *slot = Variant { key, nodes };
                    }
                }
                Node::Select { var: *var, variants: span(first, variants.len()), default: to_u32(*default) }
            }
        };
        if let Some(slot) = t.nodes.get_mut(start.saturating_add(i)) {
            *slot = node;
        }
    }
    span(start, trees.len())
}

fn pool(t: &mut CompiledTables, text: &str) -> Span {
    let start = match t.text.find(text) {
        Some(i) => i,
        None => {
            t.text.push_str(text);
            t.text.len().saturating_sub(text.len())
        }
    };
    span(start, text.len())
}

fn span(start: usize, len: usize) -> Span {
    Span { start: to_u32(start), len: to_u32(len) }
}

/// Sources are capped at `MAX_SOURCE_BYTES`, so every offset fits.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SLOTS: [&str; 2] = ["TOKEN_EXPIRED", "RATE_LIMIT_EXCEEDED"];

    fn check(ftl: &str, complete: bool) -> Result<CompiledTables, String> {
        let options = Options { slots: &SLOTS, rtl: false, complete };
        compile(&[("test.ftl", ftl)], &options).map_err(|e| e.join("\n"))
    }

    fn refused(ftl: &str, complete: bool, why: &str) {
        match check(ftl, complete) {
            Ok(_) => panic!("accepted: {ftl}"),
            Err(e) => assert!(e.contains(why), "{ftl}\n→ {e}\n(wanted {why:?})"),
        }
    }

    #[test]
    fn accepts_a_whole_locale_and_a_partial_override() {
        let whole =
            "TOKEN_EXPIRED = Sign in again.\nRATE_LIMIT_EXCEEDED = Wait.\n    .wait = Wait { $amount } { $unit }.\n";
        let t = check(whole, true).unwrap_or_else(|e| panic!("{e}"));
        assert!(t.messages.iter().all(Option::is_some));
        let partial = check("TOKEN_EXPIRED = Sign in again.\n", false).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(partial.messages.iter().filter(|m| m.is_some()).count(), 1);
    }

    #[test]
    fn refuses_every_mistake_with_its_reason() {
        refused("TOKEN_EXPIRED = Sign in again.\n", true, "RATE_LIMIT_EXCEEDED: missing");
        refused("TOKEN_EXPIRED = { $", false, "test.ftl:1: syntax error");
        refused("TOKEN_EXPIRED = ok\nthis is not fluent\n", false, "test.ftl:2: syntax error");
        refused("TOKEN_EXPIRED = Hi { $name }.\n", false, "$name is not a variable");
        refused("TOKEN_EXPIRED = In { $amount } s.\n", false, "only `.wait` receives variables");
        refused("TOKEN_EXPIRED = { NUMBER(1) }\n", false, "function NUMBER() is not supported");
        refused("TOKEN_EXPIRED = <b>Sign in</b>\n", false, "markup is not allowed");
        refused("TOKEN_EXPIRED = Sign \u{202E}in\n", false, "control character U+202E");
        refused("TOKEN_EXPIRD = Sign in.\n", false, "TOKEN_EXPIRD is not a message of the catalogue");
        refused("TOKEN_EXPIRED = Hi\n    .title = x\n", false, "unknown attribute .title");
        refused("TOKEN_EXPIRED = { a }\na = { b }\nb = { a }\n", false, "a cycle?");
        refused("TOKEN_EXPIRED = { missing-one }\n", false, "references unknown missing-one");
        refused("TOKEN_EXPIRED = x\nTOKEN_EXPIRED = y\n", false, "defined twice");
        refused(&format!("TOKEN_EXPIRED = {}", "{".repeat(10_000)), false, "braces nest deeper");
        refused(&"x".repeat(MAX_SOURCE_BYTES + 1), false, "larger than");
        refused("TOKEN_EXPIRED = { -term(case: \"x\") }\n-term = t\n", false, "term arguments are not supported");
    }

    #[test]
    fn right_to_left_isolates_each_placeable() {
        let ftl = "TOKEN_EXPIRED = a\nRATE_LIMIT_EXCEEDED = b\n    .wait = c { $amount } d\n";
        let options = Options { slots: &SLOTS, rtl: true, complete: true };
        let t = compile(&[("ar.ftl", ftl)], &options).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(t.text.contains("c \u{2068}") && t.text.contains("\u{2069} d"), "{:?}", t.text);
        assert!(is_rtl("ar") && is_rtl("he-IL") && !is_rtl("en") && !is_rtl("zh-Hans") && !is_rtl("!!"));
    }
}
