//! End-to-end tests: the `tug` binary against a real local cluster
//! (etcd, kube-apiserver, controller-manager, scheduler, kwok nodes).

mod support;
mod tables;
mod terminal;

mod api_resources;
mod apply;
mod cluster;
mod completion;
mod config;
mod connection;
mod contexts;
mod corpus;
mod delete;
mod describe;
mod diff;
mod events;
mod faults;
mod flags;
mod get;
mod hostile;
mod logs;
mod noop;
mod output;
mod prune;
mod rollout;
mod roundtrip;
mod scale;
mod scripts;
mod version;
mod wait;
mod warnings;
mod watch;
