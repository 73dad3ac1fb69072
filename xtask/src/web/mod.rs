pub mod environments;
pub mod npm;
pub mod package;
