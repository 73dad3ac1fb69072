//! Compiles `catalogue.toml` and `messages/*/*.ftl` into static Rust tables, so the
//! library parses nothing at run time. A bad catalogue or message file fails the
//! build with a message that names the file, the entry and the rule it breaks.

mod catalogue;
mod messages;

// The message compiler and its tables are the library's own, shared so that the
// build and run-time overrides refuse exactly the same mistakes.
#[path = "../src/messages/compile.rs"]
#[allow(dead_code)]
mod compile;
#[path = "../src/messages/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "../src/messages/ir.rs"]
#[allow(dead_code)]
mod ir;
// The vocabularies, so the catalogue is checked against the library's own enums.
#[path = "../src/model.rs"]
#[allow(dead_code)]
mod model;

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=catalogue.toml");
    println!("cargo:rerun-if-changed=messages");

    let codes = catalogue::load(&root.join("catalogue.toml")).unwrap_or_else(|e| fail(&e));
    write(&out.join("catalogue.rs"), catalogue::generate(&codes));

    let names: Vec<&str> = codes.iter().map(|c| c.code.as_str()).collect();
    let locales = messages::load(&root.join("messages"), &names).unwrap_or_else(|e| fail(&e));
    let all = std::env::var_os("CARGO_FEATURE_ALL_LOCALES").is_some();
    let data_dir = out.join("locale-data");
    std::fs::create_dir_all(&data_dir).unwrap_or_else(|e| fail(&format!("{}: {e}", data_dir.display())));
    write(&out.join("messages.rs"), messages::generate(&locales, &names, all, &data_dir));
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    std::fs::write(path, bytes).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
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
