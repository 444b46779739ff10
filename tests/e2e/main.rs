//! End-to-end tests: the `tug` binary against a real local cluster
//! (etcd, kube-apiserver, controller-manager, scheduler, kwok nodes).

mod support;
mod terminal;

mod apply;
mod cluster;
mod delete;
mod diff;
mod get;
mod noop;
mod rollout;
mod scale;
mod version;
