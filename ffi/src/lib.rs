//! authos-errors for Kotlin, Swift and Python, through uniffi proc-macros. This
//! crate only translates types and calls the core: every answer is the core's.
//!
//! Nothing here panics on any input (tests/no_panic.rs calls every function the
//! library's uniffi metadata lists, with arbitrary arguments); uniffi's
//! scaffolding would still turn a panic into an error rather than let it unwind
//! across the boundary (tests/scaffolding.rs sends one through it).

#[cfg(feature = "bench")]
mod bench;
mod catalogue;
mod error;
mod interpretation;
mod messages;
#[cfg(feature = "panic-probe")]
mod probe;
mod retry;
mod vocabulary;

#[cfg(feature = "bench")]
pub use bench::{bench_floor, measure_native_interpret_ns};
pub use catalogue::{catalogue, explain, CatalogueEntry, ReferenceRow};
pub use error::AuthosError;
pub use interpretation::{
    interpret, interpret_error_response, interpret_network_error, ErrorResponse, Header, Interpretation,
};
pub use messages::{add_messages, clear_added_messages, load_locale_data, negotiate_locale, shipped_locales};
pub use retry::{poll_step, retry_decision, retry_policy_default};
pub use vocabulary::KnownCode;

uniffi::setup_scaffolding!("authos_errors");
