//! authos-errors for Kotlin, Swift and Python, through uniffi proc-macros. This
//! crate only translates types and calls the core: every answer is the core's.
//!
//! Nothing here panics on any input; uniffi would still turn a panic into an
//! error rather than let it unwind across the boundary (a test proves both).

#[cfg(feature = "bench")]
mod bench;
mod catalogue;
mod error;
mod interpretation;
mod messages;
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
