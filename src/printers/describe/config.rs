//! ConfigMaps and Secrets. A Secret's values are never shown: only their
//! sizes, as kubectl does (a service-account token's is shown by kubectl;
//! tug does not show it either).

use k8s_openapi::api::core::v1::{ConfigMap, Event, Secret};

use super::Writer;

/// Writes a ConfigMap: each value under its key, binary values by size.
pub fn config_map(w: &mut Writer, map: &ConfigMap, events: Option<&[Event]>) {
    w.metadata(&map.metadata);
    w.write(0, "\nData\n====\n");
    for (key, value) in map.data.iter().flatten() {
        w.write(0, &format!("{key}:\n----\n"));
        w.write(0, &format!("{value}\n"));
        w.write(0, "\n");
    }
    w.write(0, "\nBinaryData\n====\n");
    for (key, value) in map.binary_data.iter().flatten() {
        w.write(0, &format!("{key}: {} bytes\n", value.0.len()));
    }
    w.write(0, "\n");
    if let Some(events) = events {
        w.events(events);
    }
}

/// Writes a Secret: its type and the size of each value, never a value.
pub fn secret(w: &mut Writer, secret: &Secret) {
    w.metadata(&secret.metadata);
    w.write(
        0,
        &format!("\nType:\t{}\n", secret.type_.as_deref().unwrap_or_default()),
    );
    w.write(0, "\nData\n====\n");
    for (key, value) in secret.data.iter().flatten() {
        w.field(0, key, format!("{} bytes", value.0.len()));
    }
}
