pub mod digest;
pub mod pom;
pub mod prerequisites;
pub mod run;
pub mod tools;
pub mod version;
pub mod workspace;
