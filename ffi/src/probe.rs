//! Behind the `panic-probe` feature, for ffi/tests/scaffolding.rs only: one
//! exported function that panics, so that a test can send a panic through the
//! scaffolding uniffi generates and see the caller get an error, not an unwind
//! or an abort. No published library has it (`cargo xtask dist` checks).

/// Panics, always.
#[uniffi::export]
pub fn panic_probe() {
    panic!("the panic probe");
}
