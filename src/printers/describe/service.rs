//! Services, with the ready endpoints of each port from their EndpointSlices.

use k8s_openapi::api::core::v1::{Event, Service, ServicePort};
use k8s_openapi::api::discovery::v1::EndpointSlice;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use super::{NONE, Writer};

/// How many endpoints a port lists before `+ N more...`.
const SHOWN_ENDPOINTS: usize = 3;

/// Writes a Service with the endpoints `slices` hold.
pub fn describe(
    w: &mut Writer,
    service: &Service,
    slices: &[EndpointSlice],
    events: Option<&[Event]>,
) {
    let spec = service.spec.clone().unwrap_or_default();
    w.metadata(&service.metadata);
    let selector = spec.selector.as_ref().map(|s| {
        s.iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(",")
    });
    w.field(
        0,
        "Selector",
        selector
            .filter(|s| !s.is_empty())
            .as_deref()
            .unwrap_or(NONE),
    );
    w.field(0, "Type", spec.type_.as_deref().unwrap_or_default());
    if let Some(policy) = &spec.ip_family_policy {
        w.field(0, "IP Family Policy", policy);
    }
    let or_none = |list: Option<&Vec<String>>| match list.filter(|l| !l.is_empty()) {
        Some(list) => list.join(","),
        None => NONE.to_string(),
    };
    w.field(0, "IP Families", or_none(spec.ip_families.as_ref()));
    w.field(0, "IP", spec.cluster_ip.as_deref().unwrap_or_default());
    w.field(0, "IPs", or_none(spec.cluster_ips.as_ref()));
    addresses(w, service);
    for port in spec.ports.iter().flatten() {
        describe_port(w, port, slices);
    }
    policies(w, service);
    if let Some(events) = events {
        w.events(events);
    }
}

/// External IPs, the load balancer's addresses and an external name.
fn addresses(w: &mut Writer, service: &Service) {
    let spec = service.spec.clone().unwrap_or_default();
    if let Some(ips) = spec.external_ips.as_ref().filter(|i| !i.is_empty()) {
        w.field(0, "External IPs", ips.join(","));
    }
    if let Some(ip) = spec.load_balancer_ip.as_deref().filter(|i| !i.is_empty()) {
        w.field(0, "Desired LoadBalancer IP", ip);
    }
    if let Some(name) = spec.external_name.as_deref().filter(|n| !n.is_empty()) {
        w.field(0, "External Name", name);
    }
    let ingress = service
        .status
        .as_ref()
        .and_then(|s| s.load_balancer.as_ref())
        .and_then(|l| l.ingress.as_ref())
        .filter(|i| !i.is_empty());
    if let Some(ingress) = ingress {
        let list: Vec<String> = ingress
            .iter()
            .map(
                |i| match (i.ip.as_deref().filter(|ip| !ip.is_empty()), &i.ip_mode) {
                    (Some(ip), Some(mode)) => format!("{ip} ({mode})"),
                    (Some(ip), None) => ip.to_string(),
                    (None, _) => i.hostname.clone().unwrap_or_default(),
                },
            )
            .collect();
        w.field(0, "LoadBalancer Ingress", list.join(", "));
    }
}

fn describe_port(w: &mut Writer, port: &ServicePort, slices: &[EndpointSlice]) {
    let name = port
        .name
        .as_deref()
        .filter(|n| !n.is_empty())
        .unwrap_or("<unset>");
    let protocol = port.protocol.as_deref().unwrap_or("TCP");
    w.write(0, &format!("Port:\t{name}\t{}/{protocol}\n", port.port));
    let target = match &port.target_port {
        Some(IntOrString::Int(n)) => n.to_string(),
        Some(IntOrString::String(s)) => s.clone(),
        None => port.port.to_string(),
    };
    w.field(0, "TargetPort", format!("{target}/{protocol}"));
    if let Some(app) = &port.app_protocol {
        w.field(0, "AppProtocol", app);
    }
    if let Some(node_port) = port.node_port.filter(|p| *p != 0) {
        w.write(0, &format!("NodePort:\t{name}\t{node_port}/{protocol}\n"));
    }
    w.field(
        0,
        "Endpoints",
        endpoints(slices, port.name.as_deref().unwrap_or_default()),
    );
}

/// The ready endpoints serving the port named `port` as `ip:port`, the first
/// few of them; kubectl's rules, headless slices without ports included.
pub fn endpoints(slices: &[EndpointSlice], port: &str) -> String {
    let mut shown: Vec<String> = Vec::new();
    let mut count = 0;
    let mut add = |address: String| {
        if shown.len() < SHOWN_ENDPOINTS {
            shown.push(address);
        }
        count += 1;
    };
    for slice in slices {
        let ready = slice
            .endpoints
            .iter()
            .flatten()
            .filter(|e| e.conditions.as_ref().and_then(|c| c.ready).unwrap_or(true));
        let ports = slice.ports.as_deref().unwrap_or_default();
        if ports.is_empty() {
            for endpoint in ready {
                add(endpoint.addresses.first().cloned().unwrap_or_default());
            }
            continue;
        }
        for slice_port in ports
            .iter()
            .filter(|p| p.name.as_deref().unwrap_or_default() == port)
        {
            let number = slice_port.port.unwrap_or_default();
            for endpoint in ready.clone() {
                let address = endpoint.addresses.first().cloned().unwrap_or_default();
                // Go's net.JoinHostPort brackets IPv6 addresses.
                if address.contains(':') {
                    add(format!("[{address}]:{number}"));
                } else {
                    add(format!("{address}:{number}"));
                }
            }
        }
    }
    if slices.is_empty() {
        return NONE.to_string();
    }
    let list = shown.join(",");
    if count > SHOWN_ENDPOINTS {
        format!("{list} + {} more...", count - SHOWN_ENDPOINTS)
    } else {
        list
    }
}

/// Session affinity and the traffic policies.
fn policies(w: &mut Writer, service: &Service) {
    let spec = service.spec.clone().unwrap_or_default();
    w.field(
        0,
        "Session Affinity",
        spec.session_affinity.as_deref().unwrap_or_default(),
    );
    if let Some(policy) = spec
        .external_traffic_policy
        .as_deref()
        .filter(|p| !p.is_empty())
    {
        w.field(0, "External Traffic Policy", policy);
    }
    if let Some(policy) = &spec.internal_traffic_policy {
        w.field(0, "Internal Traffic Policy", policy);
    }
    if let Some(port) = spec.health_check_node_port.filter(|p| *p != 0) {
        w.field(0, "HealthCheck NodePort", port);
    }
    if let Some(ranges) = spec
        .load_balancer_source_ranges
        .as_ref()
        .filter(|r| !r.is_empty())
    {
        w.field(0, "LoadBalancer Source Ranges", ranges.join(","));
    }
    if let Some(distribution) = &spec.traffic_distribution {
        w.field(0, "Traffic Distribution", distribution);
    }
}
