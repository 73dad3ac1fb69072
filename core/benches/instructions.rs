//! Instructions, not seconds: `cargo xtask instructions` runs this under
//! `valgrind --tool=callgrind`, counting only inside `measured`, and compares
//! the count with benches/instructions.json (docs/performance.md, "A count
//! that does not drift"). The inputs are the first vector of every file in
//! tests/vectors: one per class of response. Each is interpreted once before,
//! so that what is counted is the steady state, not first-use setup.

mod inputs;

use authos_errors::{interpret, Request};
use inputs::Input;
use std::hint::black_box;

fn interpret_all(inputs: &[Input]) {
    for i in inputs {
        let headers: Vec<(&str, &str)> = i.headers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let locales: Vec<&str> = i.locales.iter().map(String::as_str).collect();
        let request =
            Request { status: i.status, headers: &headers, body: &i.body, locales: &locales, now_ms: i.now_ms };
        black_box(interpret(black_box(&request)).ok());
    }
}

/// What callgrind counts (`--toggle-collect=*measured*`).
#[inline(never)]
fn measured(inputs: &[Input]) {
    interpret_all(inputs);
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vectors");
    let inputs = inputs::first_of_each(std::path::Path::new(dir)).expect("tests/vectors");
    interpret_all(&inputs);
    measured(&inputs);
    println!("{} inputs", inputs.len());
}
