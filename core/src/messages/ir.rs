//! The compiled form of a locale's messages: flat tables that index into one text
//! pool. The same types hold the tables the build script generates (`'static`)
//! and those compiled at run time (overrides, added locales), so one formatter
//! serves both. Shared with the build script, so it depends on nothing else.

/// The messages for codes the catalogue does not know, by status class; their
/// slots follow the codes'.
pub const CLASS_MESSAGES: [&str; 3] = ["unknown-client-error", "unknown-rate-limited", "unknown-server-error"];

/// A range of a table: `start..start + len`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub len: u32,
}

impl Span {
    pub fn range(self) -> std::ops::Range<usize> {
        let start = self.start as usize;
        start..start.saturating_add(self.len as usize)
    }
}

/// The variables a message receives (only `.wait` messages receive any).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Var {
    /// How many units to wait: an integer.
    Amount,
    /// `second`, `minute` or `hour`.
    Unit,
}

impl Var {
    #[cfg_attr(not(feature = "overrides"), allow(dead_code))] // the compiler's
    pub fn named(name: &str) -> Option<Var> {
        match name {
            "amount" => Some(Var::Amount),
            "unit" => Some(Var::Unit),
            _ => None,
        }
    }
}

/// A select expression's variant key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
    /// An exact number (`[0]`).
    Number(i64),
    /// Any other identifier (`[minute]`), a span of the text pool.
    Ident(Span),
}

impl Key {
    #[cfg_attr(not(feature = "overrides"), allow(dead_code))] // the compiler's
    pub fn plural(name: &str) -> Option<Key> {
        Some(match name {
            "zero" => Key::Zero,
            "one" => Key::One,
            "two" => Key::Two,
            "few" => Key::Few,
            "many" => Key::Many,
            "other" => Key::Other,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Node {
    /// A span of the text pool.
    Text(Span),
    Var(Var),
    /// `variants` is a span of the variant table.
    Select {
        var: Var,
        variants: Span,
        default: u32,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Variant {
    pub key: Key,
    /// A span of the node table.
    pub nodes: Span,
}

/// One message: its plain form and, for waiting messages, the form that says how
/// long (both spans of the node table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message {
    pub text: Span,
    pub wait: Option<Span>,
}

/// A locale's tables, borrowed: from generated statics or a run-time compilation.
#[derive(Clone, Copy, Debug)]
pub struct Tables<'a> {
    pub text: &'a str,
    pub nodes: &'a [Node],
    pub variants: &'a [Variant],
    /// One per message slot; `None` where this locale does not define it.
    pub messages: &'a [Option<Message>],
}

/// A locale's tables, owned.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompiledTables {
    pub text: String,
    pub nodes: Vec<Node>,
    pub variants: Vec<Variant>,
    pub messages: Vec<Option<Message>>,
}

impl Tables<'_> {
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn to_owned(self) -> CompiledTables {
        CompiledTables {
            text: self.text.to_string(),
            nodes: self.nodes.to_vec(),
            variants: self.variants.to_vec(),
            messages: self.messages.to_vec(),
        }
    }
}

impl CompiledTables {
    pub fn view(&self) -> Tables<'_> {
        Tables { text: &self.text, nodes: &self.nodes, variants: &self.variants, messages: &self.messages }
    }
}
