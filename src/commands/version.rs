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

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ClientVersion {
    git_version: String,
    platform: String,
}

pub async fn run(global: &GlobalArgs, args: &VersionArgs) -> anyhow::Result<u8> {
    let mut versions = Versions {
        client_version: ClientVersion {
            git_version: format!("v{}", env!("CARGO_PKG_VERSION")),
            platform: format!("{}/{}", std::env::consts::OS, go_arch()),
        },
        server_version: None,
    };
    // The client version is printed even when the server cannot be reached,
    // then the reason, as kubectl does.
    let server = if args.client {
        Ok(())
    } else {
        match crate::client::connect(global).await {
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
    server.map(|()| 0)
}

/// Architecture names as Kubernetes spells them in `platform`.
fn go_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    }
}
