pub mod swift;
pub mod swift_reader;
pub mod swift_release;
pub mod xcframework;
