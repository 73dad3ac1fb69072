//! `cargo xtask`: the one entry point for testing, benchmarking and fuzzing every
//! platform. Other tools call these exact commands; keep them.

mod apple;
mod checks;
mod conformance;
mod perf;
mod release;
mod support;
mod uniffi;
mod web;

use anyhow::Result;
use apple::xcframework;
use checks::{deny, fuzz, modules};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use conformance::parity;
use conformance::test::{self, Platform};
use perf::{bench, instructions};
use release::dist;
use std::process::ExitCode;
use support::prerequisites::{self, Needs};
use uniffi::bindings;
use web::{npm, package};

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
    /// Byte-identical answers beyond the fixed vectors: a seeded corpus of N
    /// generated responses, answered by every platform (or the ones named) during
    /// their test runs, compared line by line. `test` runs it with 2,000.
    Parity {
        /// How many inputs to generate.
        #[arg(long, default_value_t = parity::TEST_COUNT)]
        count: usize,
        /// The generator's seed: the same seed gives the same corpus.
        #[arg(long, default_value_t = parity::TEST_SEED)]
        seed: u64,
        /// A platform to include; repeat for more. Default: every platform.
        #[arg(long = "platform", value_enum)]
        platforms: Vec<Platform>,
    },
    /// Run the benchmarks and write target/bench/summary.json.
    Bench {
        /// Shorter runs: for a quick look, not for numbers to quote.
        #[arg(long)]
        quick: bool,
        /// Also write the table into docs/performance.md, between its markers.
        #[arg(long)]
        docs: bool,
    },
    /// Every artifact this machine builds, in target/dist with SHA256SUMS, each
    /// installed and run by a scratch project outside the repository.
    Dist,
    /// Count the interpretation in instructions, natively (callgrind) and as the
    /// English WebAssembly module (wasmi's fuel), and fail if either grew more
    /// than 2% over core/benches/instructions.json.
    Instructions {
        /// Write the new counts as the baseline (say why in CHANGELOG.md).
        #[arg(long)]
        update: bool,
    },
    /// Build the npm package into npm/dist, ready for `npm pack`.
    Npm,
    /// Build AuthosErrorsFFI.xcframework (iOS, the iOS simulator, macOS) into
    /// target/xcframework, and check its slices.
    Xcframework,
    /// Build the playground (examples/playground) into target/playground.
    Playground,
    /// List each crate's files and the files each uses; fails on a circle.
    Modules,
    /// Check every crate's licence, bans and source against deny.toml
    /// (cargo-deny, offline: the advisories need the network).
    Deny,
    /// Run every cargo-fuzz target (nightly) for the given time each.
    Fuzz {
        #[arg(long)]
        seconds: u64,
    },
}

impl Command {
    /// What this command needs of the machine beyond cargo (see prerequisites.rs);
    /// `test` and `parity` ask per platform, in conformance/test.rs.
    fn needs(&self) -> Option<Needs> {
        match self {
            Command::Test { .. } | Command::Parity { .. } => None,
            Command::Modules => Some(Needs::Cargo),
            Command::Deny => Some(Needs::Linux),
            Command::Npm | Command::Fuzz { .. } => Some(Needs::Linux),
            Command::Bench { .. }
            | Command::Dist
            | Command::Instructions { .. }
            | Command::Xcframework
            | Command::Playground => Some(Needs::Debian),
        }
    }
}

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let name = matches.subcommand_name().unwrap_or_default().to_owned();
    let command = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli.command,
        Err(e) => e.exit(),
    };
    let checked = match command.needs() {
        Some(needs) => prerequisites::check(&[(format!("`cargo xtask {name}`"), needs)]),
        None => Ok(()),
    };
    let result = checked.and_then(|()| run(command));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<()> {
    match command {
        Command::Test { platforms } => {
            parity::prepare(parity::TEST_COUNT, parity::TEST_SEED).and_then(|corpus| test::run(&platforms, &corpus))
        }
        Command::Parity { count, seed, platforms } => {
            parity::prepare(count, seed).and_then(|corpus| test::run(&platforms, &corpus))
        }
        Command::Bench { quick, docs } => bench::run(quick, docs),
        Command::Fuzz { seconds } => fuzz::run(seconds),
        Command::Deny => deny::run(),
        Command::Dist => dist::run(),
        Command::Instructions { update } => instructions::run(update),
        Command::Modules => modules::print(),
        Command::Npm => npm::build().map(|_| ()),
        Command::Xcframework => {
            bindings::generate("swift", bindings::Profile::Debug).and_then(|b| xcframework::build(&b)).map(|_| ())
        }
        Command::Playground => package::pack().and_then(|tarball| package::playground(&tarball)).map(|_| ()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, ValueEnum};
    use support::workspace::root;

    fn page(path: &str) -> String {
        std::fs::read_to_string(root().join(path)).unwrap()
    }

    /// Every `--platform`, as clap spells them, in order.
    fn platforms() -> Vec<String> {
        Platform::value_variants()
            .iter()
            .filter_map(|p| p.to_possible_value())
            .map(|v| v.get_name().to_owned())
            .collect()
    }

    /// The backticked words of `text`.
    fn quoted(text: &str) -> Vec<String> {
        text.split('`').skip(1).step_by(2).map(str::to_owned).collect()
    }

    #[test]
    fn the_readme_names_every_platform_the_test_command_runs() {
        let readme = page("README.md");
        let start = readme.find("That is every platform in turn:").expect("the README's sentence on the platforms");
        let sentence = &readme[start..start + readme[start..].find("; `--platform").unwrap()];
        let named: Vec<String> = quoted(sentence).into_iter().filter(|w| platforms().contains(w)).collect();
        assert_eq!(named, platforms(), "README.md: {sentence}");
    }

    #[test]
    fn the_layout_page_names_every_platform_and_command() {
        let layout = page("docs/layout.md");
        let line = layout.lines().find(|l| l.starts_with("xtask/")).expect("docs/layout.md's xtask line");
        let listed = line.split("--platform ").nth(1).and_then(|rest| rest.split(']').next()).unwrap();
        assert_eq!(listed.split('|').map(str::to_owned).collect::<Vec<_>>(), platforms(), "{line}");
        let commands: Vec<String> = Cli::command().get_subcommands().map(|c| c.get_name().to_owned()).collect();
        let after = line.split(']').nth(1).unwrap();
        let mut shown: Vec<String> = vec!["test".to_owned()];
        shown.extend(after.split('|').map(|c| c.trim().to_owned()).filter(|c| !c.is_empty()));
        let (mut shown_sorted, mut commands_sorted) = (shown.clone(), commands.clone());
        shown_sorted.sort();
        commands_sorted.sort();
        assert_eq!(shown_sorted, commands_sorted, "{line}");
    }
}
