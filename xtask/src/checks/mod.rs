pub mod deny;
pub mod fuzz;
pub mod modules;
