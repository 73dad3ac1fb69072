pub mod dist;
pub mod hooks;
