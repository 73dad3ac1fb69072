pub mod dist;
