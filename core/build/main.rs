//! Compiles `catalogue.toml` and `messages/*/*.ftl` into static Rust tables, so the
//! library parses nothing at run time. A bad catalogue or message file fails the
//! build with a message that names the file, the entry and the rule it breaks.

mod catalogue;
mod messages;

// The message compiler, the locale data format, the tables' types and the
// vocabularies are the library's own files, compiled here too so that the build
// and run time refuse exactly the same mistakes. Not a crate of their own: that
// would be a second crates.io package, published in lockstep with this one, for
// code no user calls; `#[path]` compiles the same text twice. The build uses
// only part of each (it encodes the locale data the library decodes), hence
// `dead_code`. The files name no module but each other (`cargo xtask modules`
// reads this crate's graph too), so they mean the same in both crates.
#[path = "../src/messages/compile.rs"]
#[allow(dead_code)]
mod compile;
#[path = "../src/messages/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "../src/decimal.rs"]
#[allow(dead_code)]
mod decimal;
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
    let generated = messages::generate(&locales, &names, all, &data_dir).unwrap_or_else(|e| fail(&e));
    write(&out.join("messages.rs"), generated);
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    std::fs::write(path, bytes).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
