//! `catalogue.toml` → the data of `for_each_known_code!`, from which the macros
//! of `src/catalogue.rs` write `KnownCode`, `ENTRIES`, the lookup and the derived
//! codes. The vocabularies are the library's own (`src/model.rs`).

use crate::model::{Action, Audience, Category, Field};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    code: Vec<Code>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Code {
    code: String,
    status: u16,
    category: String,
    description: String,
    resolution: Option<String>,
    #[serde(default)]
    also: Vec<Also>,
    audience: String,
    action: String,
    field: Option<String>,
    retryable: bool,
    #[serde(default)]
    library: bool,
    #[serde(default)]
    derived_from: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Also {
    category: String,
    description: String,
    resolution: Option<String>,
}

/// A catalogue entry, checked: every vocabulary value is the library's.
pub struct Checked {
    pub code: String,
    variant: String,
    status: u16,
    category: Category,
    description: String,
    resolution: Option<String>,
    also: Vec<(Category, String, Option<String>)>,
    audience: Audience,
    action: Action,
    field: Option<Field>,
    retryable: bool,
    library: bool,
    derived_from: Vec<String>,
}

pub fn load(path: &Path) -> Result<Vec<Checked>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file: File = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut seen = BTreeSet::new();
    let mut checked = Vec::new();
    for c in file.code {
        let at = format!("{}: {}", path.display(), c.code);
        let token = c.code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        if !token || c.code.is_empty() {
            return Err(format!("{at}: a code is UPPER_SNAKE_CASE"));
        }
        if !seen.insert(c.code.clone()) {
            return Err(format!("{at}: listed twice (a second reference row goes under `also`)"));
        }
        let field = c.field.as_deref().map(|f| parse(&at, "field", f, Field::parse, Field::ALL)).transpose()?;
        let action = parse(&at, "action", &c.action, Action::parse, Action::ALL)?;
        if field.is_some() && action != Action::FixInput {
            return Err(format!("{at}: `field` goes with action fix_input"));
        }
        let also = c
            .also
            .into_iter()
            .map(|a| {
                Ok((
                    parse(&at, "also.category", &a.category, Category::parse, Category::ALL)?,
                    a.description,
                    a.resolution,
                ))
            })
            .collect::<Result<_, String>>()?;
        checked.push(Checked {
            variant: camel(&c.code),
            category: parse(&at, "category", &c.category, Category::parse, Category::ALL)?,
            audience: parse(&at, "audience", &c.audience, Audience::parse, Audience::ALL)?,
            code: c.code,
            status: c.status,
            description: c.description,
            resolution: c.resolution,
            also,
            action,
            field,
            retryable: c.retryable,
            library: c.library,
            derived_from: c.derived_from,
        });
    }
    derivations(&checked).map_err(|e| format!("{}: derived_from: {e}", path.display()))?;
    Ok(checked)
}

fn parse<T: Debug>(at: &str, what: &str, value: &str, read: fn(&str) -> Option<T>, all: &[T]) -> Result<T, String> {
    read(value).ok_or_else(|| format!("{at}: {what} `{value}` is not one of {all:?}"))
}

/// Which code every status but 1xx–3xx derives, as disjoint ranges in order: a
/// status named exactly wins over its class (`4xx`, `5xx`), which wins over `other`.
fn derivations(codes: &[Checked]) -> Result<Vec<(u16, u16, &str)>, String> {
    let mut exact = BTreeMap::new();
    let mut classes = BTreeMap::new();
    for c in codes {
        for from in &c.derived_from {
            let claimed = match from.as_str() {
                "4xx" | "5xx" | "other" => classes.insert(from.as_str(), c.variant.as_str()),
                status => {
                    let status: u16 = status
                        .parse()
                        .map_err(|_| format!("{}: `{status}` is not a status, 4xx, 5xx or other", c.code))?;
                    if (100..400).contains(&status) {
                        return Err(format!("{}: {status} is not an error status", c.code));
                    }
                    exact.insert(status, c.variant.as_str())
                }
            };
            if let Some(other) = claimed {
                return Err(format!("{}: `{from}` already derives {other}", c.code));
            }
        }
    }
    let mut ranges: Vec<(u16, u16, &str)> = Vec::new();
    for status in (0..=u16::MAX).filter(|s| !(100..400).contains(s)) {
        let class = match status {
            400..=499 => "4xx",
            500..=599 => "5xx",
            _ => "other",
        };
        let Some(variant) = exact.get(&status).or_else(|| classes.get(class)).copied() else {
            return Err(format!("no code is derived from status {status} (name it, or {class})"));
        };
        match ranges.last_mut() {
            Some((_, end, v)) if *v == variant && end.checked_add(1) == Some(status) => *end = status,
            _ => ranges.push((status, status, variant)),
        }
    }
    Ok(ranges)
}

/// The data: a macro that hands every entry, the codes sorted for lookup, and
/// the derivations to the macro it is called with.
pub fn generate(codes: &[Checked]) -> String {
    let mut entries = String::new();
    for c in codes {
        let also: Vec<String> =
            c.also.iter().map(|(cat, d, r)| format!("({cat:?}, {d:?}, [{}])", optional(r))).collect();
        entries += &format!(
            "{} {{ code: {:?}, status: {}, category: {:?}, description: {:?}, resolution: [{}], also: [{}], \
             audience: {:?}, action: {:?}, field: [{}], retryable: {}, library: {}, derived_from: [{}] }}\n",
            c.variant,
            c.code,
            c.status,
            c.category,
            c.description,
            optional(&c.resolution),
            also.join(", "),
            c.audience,
            c.action,
            c.field.map(|f| format!("{f:?}")).unwrap_or_default(),
            c.retryable,
            c.library,
            c.derived_from.iter().map(|d| format!("{d:?}")).collect::<Vec<_>>().join(", "),
        );
    }
    // Grouped by length: the lookup compares a handful of names of the same length.
    let mut by_length: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for c in codes {
        by_length.entry(c.code.len()).or_default().push(format!("{:?} => {}", c.code, c.variant));
    }
    let by_length: Vec<String> =
        by_length.iter().map(|(len, names)| format!("{len} => [{}]", names.join(", "))).collect();
    let derived: Vec<String> = derivations(codes)
        .unwrap_or_default()
        .iter()
        .map(|(start, end, variant)| format!("({start}, {end}, {variant})"))
        .collect();
    format!(
        "// Generated by build/catalogue.rs from catalogue.toml. Do not edit.\n\n\
         /// Calls `$m! {{ entries: [..] by_length: [..] derived: [..] }}` with the whole\n\
         /// catalogue: every entry in catalogue order, the codes grouped by length,\n\
         /// and the status ranges each derived code covers.\n\
         #[doc(hidden)]\n#[macro_export]\nmacro_rules! for_each_known_code {{\n    ($m:ident) => {{\n        $m! {{\n\
         entries: [\n{entries}]\nby_length: [{}]\nderived: [{}]\n        }}\n    }};\n}}\n",
        by_length.join(", "),
        derived.join(", "),
    )
}

fn optional(text: &Option<String>) -> String {
    text.as_ref().map(|t| format!("{t:?}")).unwrap_or_default()
}

/// `TOKEN_EXPIRED` → `TokenExpired`, `mfa_code` → `MfaCode`.
fn camel(snake: &str) -> String {
    snake
        .split('_')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + &chars.as_str().to_ascii_lowercase(),
                None => String::new(),
            }
        })
        .collect()
}
