//! `authos-errors interpret`.

use crate::output::{Failure, Format};
use crate::text;
use authos_errors::{interpret, parse_raw_response, Request};
use std::io::Read;

#[derive(clap::Args)]
pub struct Args {
    /// The HTTP status (0 for no response). Without it, a raw HTTP response is read
    /// from standard input.
    #[arg(long)]
    status: Option<u16>,
    /// A response header, `Name: value`; repeat for more.
    #[arg(long = "header", value_name = "NAME: VALUE")]
    headers: Vec<String>,
    /// The response body.
    #[arg(long, conflicts_with = "body_file")]
    body: Option<String>,
    /// A file holding the response body (any bytes).
    #[arg(long, value_name = "FILE")]
    body_file: Option<std::path::PathBuf>,
    /// A preferred locale (BCP 47); repeat for more, best first.
    #[arg(long = "locale", value_name = "LOCALE")]
    locales: Vec<String>,
    /// The current instant, RFC 3339 (default: the system clock).
    #[arg(long, value_name = "RFC3339")]
    now: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

pub fn run(args: &Args) -> Result<String, Failure> {
    let now_ms = args.now.as_deref().map(parse_now).transpose()?;
    let locales: Vec<&str> = args.locales.iter().map(String::as_str).collect();
    let stdin;
    let body_file;
    let (status, headers, body) = match args.status {
        Some(status) => {
            let headers = args.headers.iter().map(|h| parse_header(h)).collect::<Result<Vec<_>, _>>()?;
            let body = match (&args.body, &args.body_file) {
                (Some(body), _) => body.as_bytes(),
                (None, Some(path)) => {
                    body_file = std::fs::read(path).map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
                    &body_file[..]
                }
                (None, None) => &[][..],
            };
            (status, headers, body)
        }
        None => {
            if args.body.is_some() || args.body_file.is_some() || !args.headers.is_empty() {
                return Err(Failure::usage("--header, --body and --body-file go with --status; without it, a raw response is read from standard input"));
            }
            let mut buffer = Vec::new();
            std::io::stdin().read_to_end(&mut buffer).map_err(|e| Failure::input(format!("standard input: {e}")))?;
            stdin = buffer;
            let raw = parse_raw_response(&stdin).map_err(|e| Failure::input(format!("standard input: {e}")))?;
            (raw.status, raw.headers, raw.body)
        }
    };
    let request = Request { status, headers: &headers, body, locales: &locales, now_ms };
    let interpretation = interpret(&request).map_err(|e| Failure::input(e.to_string()))?;
    Ok(match args.format {
        Format::Text => text::interpretation(&interpretation),
        Format::Json => json(&interpretation),
    })
}

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).map_or_else(|e| format!("{{\"error\": \"{e}\"}}\n"), |s| s + "\n")
}

fn parse_header(header: &str) -> Result<(&str, &str), Failure> {
    let (name, value) =
        header.split_once(':').ok_or_else(|| Failure::usage(format!("--header {header:?} is not `Name: value`")))?;
    Ok((name.trim(), value.trim()))
}

fn parse_now(now: &str) -> Result<i64, Failure> {
    authos_errors::parse_rfc3339_ms(now)
        .ok_or_else(|| Failure::usage(format!("--now {now:?} is not an RFC 3339 instant such as 2025-01-15T10:30:00Z")))
}
