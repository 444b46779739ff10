//! kubetug: a kubectl-style client for Kubernetes. The `tug` binary parses
//! arguments and hands them to [`commands::run`]; everything else lives here.

pub mod actions;
pub mod atomic_file;
pub mod cli;
pub mod commands;
pub mod complete;
pub mod connect;
pub mod docs;
pub mod error;
#[cfg(test)]
mod fixtures;
pub mod interrupt;
pub mod kubeconfig;
pub mod kubectl_flags;
pub mod manifest;
pub mod printers;
pub mod raw_request;
pub mod redact;
pub mod request_layers;
pub mod resource;
pub mod term;
pub mod watch;
