//! kubetug: a kubectl-style client for Kubernetes. The `tug` binary parses
//! arguments and hands them to [`commands::run`]; everything else lives here.

pub mod api;
pub mod apply;
pub mod cli;
pub mod client;
pub mod commands;
pub mod delete;
pub mod diff;
pub mod docs;
pub mod error;
#[cfg(test)]
mod fixtures;
pub mod get;
pub mod interrupt;
pub mod manifest;
pub mod printers;
pub mod redact;
pub mod resource;
pub mod rollout;
pub mod scale;
pub mod term;
pub mod transport;
pub mod watch;
