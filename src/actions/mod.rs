//! What tug does against the API, one module per action: each takes resolved
//! targets or manifests and returns what happened, for `printers` to show.

pub mod api_resources;
pub mod apply;
pub mod applyset;
pub mod context;
pub mod delete;
pub mod describe;
pub mod diff;
pub mod events;
pub mod get;
pub mod logs;
pub mod namespace;
pub mod prune;
pub mod rollout;
pub mod scale;
pub mod wait;
