//! Everything that turns results into text: tables, YAML, JSON, names, ages.

pub mod table;
