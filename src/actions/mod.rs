//! What tug does against the API, one module per action: each takes resolved
//! targets or manifests and returns what happened, for `printers` to show.

pub mod apply;
pub mod delete;
pub mod diff;
pub mod get;
pub mod logs;
pub mod rollout;
pub mod scale;
pub mod wait;
