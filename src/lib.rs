//! kubetug: a kubectl-style client for Kubernetes. The `tug` binary parses
//! arguments and hands them to [`commands::run`]; everything else lives here.

pub mod api;
pub mod apply;
pub mod cli;
pub mod client;
pub mod commands;
pub mod docs;
pub mod error;
pub mod manifest;
pub mod printers;
pub mod resource;
pub mod term;
