//! Everything that turns results into text: tables, YAML, JSON, names, ages.

pub mod age;
pub mod apply;
pub mod builtin;
pub mod custom_columns;
pub mod delete;
pub mod diff;
pub mod get;
mod gofmt;
pub mod jsonpath;
pub mod objects;
pub mod table;
