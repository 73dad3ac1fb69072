//! `authos-errors explain CODE`.

use crate::output::{Failure, Format};
use crate::text;
use authos_errors::{interpret, lookup, Entry, Explained, KnownCode, Request};

/// How many nearest codes to suggest for an unknown one.
const SUGGESTIONS: usize = 3;

pub fn run(code: &str, locale: &str, format: Format) -> Result<String, Failure> {
    let entry = lookup(code).ok_or_else(|| unknown(code))?;
    let interpretation = as_a_client_sees_it(entry, locale);
    Ok(match format {
        Format::Json => {
            let value = serde_json::json!({
                "entry": Explained::new(entry, &[locale]),
                "interpretation": interpretation,
            });
            serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
        }
        Format::Text => {
            let mut out = String::new();
            text::line(&mut out, "code", entry.code.as_str());
            let status = if entry.status == 0 { "none (no response)".to_string() } else { entry.status.to_string() };
            text::line(&mut out, "HTTP status", &status);
            text::line(&mut out, "section", entry.category.as_str());
            text::line(&mut out, "description", entry.description);
            text::line(&mut out, "resolution", entry.resolution.unwrap_or("-"));
            for row in entry.also {
                text::line(&mut out, "also", &format!("{} section: {}", row.category, row.description));
            }
            if entry.library {
                text::line(&mut out, "origin", "the library's own code: the server never sends it in a body");
            }
            out.push_str("\nA client that receives it:\n");
            match &interpretation {
                Some(i) => out.push_str(&text::interpretation(i)),
                None => out.push_str("(cannot be shown)\n"),
            }
            out
        }
    })
}

/// The interpretation of the code as a client receives it: the code in a body at
/// its documented status; a library code, which no body carries, from its status.
fn as_a_client_sees_it(entry: &Entry, locale: &str) -> Option<authos_errors::Interpretation> {
    let locales = [locale];
    let body = format!(r#"{{"error_code":"{}"}}"#, entry.code);
    let request = Request::new(entry.status).locales(&locales);
    let request = if entry.library { request } else { request.body(body.as_bytes()) };
    interpret(&request).ok()
}

fn unknown(code: &str) -> Failure {
    let upper = code.to_ascii_uppercase();
    let mut nearest: Vec<(usize, &str)> =
        KnownCode::ALL.iter().map(|k| (strsim::damerau_levenshtein(&upper, k.as_str()), k.as_str())).collect();
    nearest.sort();
    let names: Vec<&str> = nearest.iter().take(SUGGESTIONS).map(|(_, n)| *n).collect();
    Failure::usage(format!(
        "`{code}` is not in the catalogue. Nearest known codes: {}. (`authos-errors catalogue --format json` lists all {}.)",
        names.join(", "),
        KnownCode::ALL.len()
    ))
}
