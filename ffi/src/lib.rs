//! authos-errors for Kotlin, Swift and Python, through uniffi proc-macros. This
//! crate only translates types and calls the core: every answer is the core's.
//!
//! Nothing here panics on any input; uniffi would still turn a panic into an
//! error rather than let it unwind across the boundary (a test proves both).

mod catalogue;
mod error;
mod interpretation;
mod messages;
mod retry;
mod vocabulary;

uniffi::setup_scaffolding!("authos_errors");
