//! The shipped locales: every tag, the ones compiled into this build with their
//! message tables, and each one's locale data (with `all-locales`), all written
//! by the build script (build/messages.rs). Negotiation and rendering both read
//! these tables; nothing here reads either.

use super::ir::{self, Tables};
use crate::catalogue::KnownCode;

/// Writes the statics from the build script's data (build/messages.rs).
macro_rules! messages {
    (
        class_message_base: $base:literal,
        shipped: [$($shipped:literal),*],
        compiled_in: [$({
            tag: $tag:literal, language: $language:literal, script: [$($script:literal)?],
            region: [$($region:literal)?], rtl: $rtl:literal,
            tables: CompiledTables { text: $text:literal, nodes: $nodes:tt, variants: $variants:tt, messages: $messages:tt }
        })*],
        data: [$(($data_tag:literal, $data_path:literal)),*],
    ) => {
        /// Messages for unknown codes, after the codes: client, rate-limited, server.
        pub(crate) const CLASS_MESSAGE_BASE: usize = $base;

        /// Every shipped locale, compiled in or not.
        pub(crate) const TAGS: &[&str] = &[$($shipped),*];

        /// The shipped locales compiled into this build, `en` first.
        pub(crate) static COMPILED_IN: &[ShippedLocale] = {
            // The tables are written in the `Debug` form of `ir`'s types.
            use ir::{Message, Span, Variant};
            use ir::Key::*;
            use ir::Node::*;
            use ir::Var::*;
            &[$(ShippedLocale {
                tag: $tag,
                language: $language,
                script: optional!($($script)?),
                region: optional!($($region)?),
                rtl: $rtl,
                tables: Tables { text: $text, nodes: &$nodes, variants: &$variants, messages: &$messages },
            }),*]
        };

        /// Every shipped locale's data, with the `all-locales` feature.
        #[cfg_attr(not(feature = "all-locales"), allow(dead_code))]
        pub(crate) static DATA: &[(&str, &[u8])] = &[$(($data_tag, include_bytes!($data_path))),*];
    };
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A shipped locale compiled into the library.
pub(crate) struct ShippedLocale {
    /// The tag exactly as the contract spells it (`pt-BR`, `zh-Hans`).
    pub tag: &'static str,
    /// Its subtags in canonical case, for matching without parsing.
    pub language: &'static str,
    pub script: Option<&'static str>,
    pub region: Option<&'static str>,
    #[allow(dead_code)] // read by the build's checks and kept for the bindings
    pub rtl: bool,
    pub tables: Tables<'static>,
}

/// Every message id, in slot order: the codes, then the status classes.
pub(crate) fn slot_ids() -> Vec<&'static str> {
    KnownCode::ALL.iter().map(|c| c.as_str()).chain(ir::CLASS_MESSAGES).collect()
}

/// A shipped locale compiled in, by its index in `COMPILED_IN`; `en` for an
/// index out of range.
pub(crate) fn compiled_in(index: usize) -> &'static ShippedLocale {
    // COMPILED_IN starts with `en`: the build refuses to run without it.
    #[allow(clippy::indexing_slicing)]
    COMPILED_IN.get(index).unwrap_or(&COMPILED_IN[0])
}
