//! Manifests from files, directories and stdin, with where each came from.
