//! End-to-end tests: the `tug` binary against a real local cluster
//! (etcd, kube-apiserver, controller-manager, scheduler, kwok nodes).

mod support;

mod apply;
mod cluster;
mod version;
