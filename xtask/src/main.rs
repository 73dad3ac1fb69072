//! `cargo xtask`: the one entry point for testing, benchmarking and fuzzing every
//! platform. Other tools call these exact commands; keep them.

mod bench;
mod bindings;
mod fuzz;
mod kotlin;
mod npm;
mod run;
mod summary;
mod swift;
mod test;
mod testserver;
mod web;

use clap::{Parser, Subcommand, ValueEnum};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Build, test, benchmark and fuzz authos-errors")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run every platform's tests (or the ones named) against the shared vectors.
    Test {
        /// A platform to test; repeat for more. Default: every platform the workspace has.
        #[arg(long = "platform", value_enum)]
        platforms: Vec<Platform>,
    },
    /// Run the benchmarks and write target/bench/summary.json.
    Bench {
        /// Shorter runs: for a quick look, not for numbers to quote.
        #[arg(long)]
        quick: bool,
    },
    /// Build the npm package into npm/dist, ready for `npm pack`.
    Npm,
    /// Build the playground (examples/playground) into target/playground.
    Playground,
    /// Run every cargo-fuzz target (nightly) for the given time each.
    Fuzz {
        #[arg(long)]
        seconds: u64,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Platform {
    Rust,
    /// The core's tests under LeakSanitizer.
    Leaks,
    Node,
    Browser,
    Kotlin,
    Python,
    Swift,
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Test { platforms } => test::run(&platforms),
        Command::Bench { quick } => bench::run(quick),
        Command::Fuzz { seconds } => fuzz::run(seconds),
        Command::Npm => npm::build().map(|_| ()),
        Command::Playground => web::pack().and_then(|tarball| web::playground(&tarball)).map(|_| ()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
