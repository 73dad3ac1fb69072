//! Running commands: output goes straight to the terminal, failures name the command.
//!
//! std's `Command`, not xshell: most commands here set their own folder,
//! environment and output handling per call, which `Command` says directly,
//! and the one place that runs them (`status`) prints and names each.

use crate::support::workspace::root;
use anyhow::{anyhow, Context, Result};
use std::process::Command;

/// `cargo`, as the one running this xtask.
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(root());
    command
}

/// Runs `command`, its output shown as it comes; an error names it if it fails.
pub fn status(command: &mut Command) -> Result<()> {
    let shown = describe(command);
    println!("xtask: running {shown}");
    let status = command.status().with_context(|| shown.to_string())?;
    if status.success() {
        Ok(())
    } else {
        Err(anyhow!("{shown} failed ({status})"))
    }
}

/// Runs `command`, its output shown as it comes, and parses the last line it
/// printed as JSON (how the foreign-language benchmarks report).
pub fn last_json_line(command: &mut Command) -> Result<serde_json::Value> {
    let shown = describe(command);
    println!("xtask: running {shown}");
    let output = command.stderr(std::process::Stdio::inherit()).output().with_context(|| shown.to_string())?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    print!("{stdout}");
    if !output.status.success() {
        return Err(anyhow!("{shown} failed ({})", output.status));
    }
    let last = stdout.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_default();
    serde_json::from_str(last).with_context(|| format!("{shown}: its last line is not JSON: {last}"))
}

/// Whether `command` runs and succeeds, its output hidden (for probing tools).
pub fn succeeds(command: &mut Command) -> bool {
    command.output().is_ok_and(|o| o.status.success())
}

fn describe(command: &Command) -> String {
    let args: Vec<String> = command.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
    format!("`{} {}`", command.get_program().to_string_lossy(), args.join(" "))
}
