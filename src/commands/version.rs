//! `tug version`: the client's version and, when reachable, the server's.

use std::io::Write;

use serde::Serialize;

use crate::cli::{GlobalArgs, VersionArgs, VersionFormat};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Versions {
    client_version: ClientVersion,
    #[serde(skip_serializing_if = "Option::is_none")]
    server_version: Option<k8s_openapi::apimachinery::pkg::version::Info>,
}

/// kubectl's keys, which scripts read, with tug's own values; what a Rust
/// build does not know (a Go version, the commit) is empty.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ClientVersion {
    major: String,
    minor: String,
    git_version: String,
    git_commit: String,
    git_tree_state: String,
    build_date: String,
    go_version: String,
    compiler: String,
    platform: String,
}

pub async fn run(global: &GlobalArgs, args: &VersionArgs) -> anyhow::Result<u8> {
    let mut versions = Versions {
        client_version: ClientVersion {
            major: env!("CARGO_PKG_VERSION_MAJOR").into(),
            minor: env!("CARGO_PKG_VERSION_MINOR").into(),
            git_version: format!("v{}", env!("CARGO_PKG_VERSION")),
            git_commit: String::new(),
            git_tree_state: String::new(),
            build_date: String::new(),
            go_version: String::new(),
            compiler: "rustc".into(),
            platform: format!("{}/{}", std::env::consts::OS, go_arch()),
        },
        server_version: None,
    };
    // The client version is printed even when the server cannot be reached,
    // then the reason, as kubectl does.
    let server = if args.client {
        Ok(())
    } else {
        match crate::connect::connect(global).await {
            Ok(cluster) => match cluster.client.apiserver_version().await {
                Ok(info) => {
                    versions.server_version = Some(info);
                    Ok(())
                }
                Err(e) => Err(cluster.unreachable(e)),
            },
            Err(e) => Err(e),
        }
    };
    let mut out = crate::term::stdout();
    match args.output {
        Some(VersionFormat::Json) => {
            serde_json::to_writer_pretty(&mut out, &versions)?;
            writeln!(out)?;
        }
        Some(VersionFormat::Yaml) => {
            out.write_all(serde_saphyr::to_string(&versions)?.as_bytes())?
        }
        None => {
            writeln!(
                out,
                "Client Version: {}",
                versions.client_version.git_version
            )?;
            if let Some(info) = &versions.server_version {
                writeln!(out, "Server Version: {}", info.git_version)?;
            }
        }
    }
    out.flush()?;
    if let Some(warning) = versions.server_version.as_ref().and_then(skew_warning) {
        eprintln!("{warning}");
    }
    server.map(|()| 0)
}

/// The Kubernetes API version tug is built against (k8s-openapi's `v1_37`
/// feature in Cargo.toml): the "client" version of kubectl's skew rule.
const CLIENT_API: (u32, u32) = (1, 37);

/// kubectl's warning when the server is more than one minor version away
/// from the client, the skew Kubernetes supports.
fn skew_warning(server: &k8s_openapi::apimachinery::pkg::version::Info) -> Option<String> {
    let number = |text: &str| -> Option<u32> {
        text.trim_end_matches(|c: char| !c.is_ascii_digit())
            .parse()
            .ok()
    };
    let (major, minor) = (number(&server.major)?, number(&server.minor)?);
    let skewed = major != CLIENT_API.0 || minor.abs_diff(CLIENT_API.1) > 1;
    skewed.then(|| {
        format!(
            "WARNING: version difference between client ({}.{}) and server ({major}.{minor}) \
             exceeds the supported minor version skew of +/-1",
            CLIENT_API.0, CLIENT_API.1
        )
    })
}

/// Architecture names as Kubernetes spells them in `platform`.
fn go_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::apimachinery::pkg::version::Info;

    fn server(major: &str, minor: &str) -> Info {
        Info {
            major: major.into(),
            minor: minor.into(),
            ..Info::default()
        }
    }

    #[test]
    fn only_a_skew_of_more_than_one_minor_version_is_warned_about() {
        assert_eq!(skew_warning(&server("1", "37")), None);
        assert_eq!(skew_warning(&server("1", "36+")), None);
        assert_eq!(skew_warning(&server("1", "38")), None);
        assert_eq!(
            skew_warning(&server("1", "35")).as_deref(),
            Some(
                "WARNING: version difference between client (1.37) and server (1.35) \
                 exceeds the supported minor version skew of +/-1"
            )
        );
        assert!(skew_warning(&server("2", "37")).is_some());
        assert_eq!(skew_warning(&server("", "")), None);
    }
}
