//! `authos-errors`: explain a code, interpret a response, print the catalogue.
//!
//! Exit status: 0 on success; 1 when the input is read but cannot be interpreted
//! (a 1xx–3xx status, an unreadable file); 2 on a usage error (bad arguments, an
//! unknown code), always with a message on standard error.

mod catalogue;
mod explain;
mod interpret;
mod output;
mod text;

use clap::{Parser, Subcommand, ValueEnum};
use output::Format;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "authos-errors", version, about = "Interpret AuthOS API errors the way every authos-errors SDK does")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Everything the catalogue says of a code, and how a client should act on it.
    Explain {
        /// An AuthOS code, such as TOKEN_EXPIRED.
        code: String,
        /// The locale of the user-facing message (BCP 47).
        #[arg(long, default_value = "en")]
        locale: String,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Interpret one HTTP error response. Without --status, a raw response is read
    /// from standard input: `curl -si URL | authos-errors interpret`.
    Interpret(interpret::Args),
    /// A shipped locale's compiled messages as locale data, for `load_locale_data`
    /// (binary: redirect it to a file).
    LocaleData {
        /// A shipped locale, such as de or pt-BR.
        locale: String,
    },
    /// The whole catalogue, as JSON (for tools) or as the Markdown reference.
    Catalogue {
        #[arg(long, value_enum)]
        format: CatalogueFormat,
        /// The locale of the user-facing messages (BCP 47).
        #[arg(long, default_value = "en")]
        locale: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CatalogueFormat {
    Json,
    Markdown,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::LocaleData { locale } => return locale_data(&locale),
        Command::Explain { code, locale, format } => explain::run(&code, &locale, format),
        Command::Interpret(args) => interpret::run(&args),
        Command::Catalogue { format: CatalogueFormat::Json, locale } => Ok(catalogue::json(&locale)),
        Command::Catalogue { format: CatalogueFormat::Markdown, locale } => Ok(catalogue::markdown(&locale)),
    };
    match result {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("authos-errors: {}", failure.message);
            ExitCode::from(failure.status)
        }
    }
}

/// Binary output, so it bypasses the text path and refuses a terminal.
fn locale_data(locale: &str) -> ExitCode {
    use std::io::{IsTerminal, Write};
    let Some(data) = authos_errors::locale_data(locale) else {
        let shipped: Vec<&str> = authos_errors::shipped_locales().collect();
        eprintln!("authos-errors: `{locale}` is not a shipped locale (one of: {})", shipped.join(", "));
        return ExitCode::from(2);
    };
    let mut stdout = std::io::stdout();
    if stdout.is_terminal() {
        eprintln!("authos-errors: locale data is binary: redirect it to a file (> {locale}.bin)");
        return ExitCode::from(2);
    }
    match stdout.write_all(data).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("authos-errors: standard output: {e}");
            ExitCode::from(1)
        }
    }
}
