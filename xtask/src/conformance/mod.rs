pub mod examples;
pub mod locales;
pub mod parity;
pub mod schema;
pub mod test;
pub mod testserver;
pub mod vectors;
