//! End-to-end tests: the `tug` binary against a real local cluster
//! (etcd, kube-apiserver, controller-manager, scheduler, kwok nodes).

mod support;
mod tables;
mod terminal;

mod apply;
mod cluster;
mod config;
mod connection;
mod corpus;
mod delete;
mod diff;
mod faults;
mod get;
mod hostile;
mod logs;
mod noop;
mod rollout;
mod scale;
mod version;
mod wait;
mod watch;
