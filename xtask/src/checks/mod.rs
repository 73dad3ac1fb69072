pub mod fuzz;
pub mod modules;
