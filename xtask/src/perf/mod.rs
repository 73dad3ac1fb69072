pub mod bench;
pub mod fuel;
pub mod instructions;
pub mod summary;
