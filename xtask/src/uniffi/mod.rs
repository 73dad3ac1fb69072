pub mod arm64;
pub mod bindings;
pub mod kotlin;
pub mod python;
