//! Credentials a kubeconfig can hold, replaced by placeholders so that what
//! tug prints about a kubeconfig is safe to paste into an issue.

use kube::config::{AuthInfo, Kubeconfig};

/// What kubectl prints in place of certificate data.
pub const OMITTED: &str = "DATA+OMITTED";
/// What kubectl prints in place of secrets.
pub const REDACTED: &str = "REDACTED";

/// auth-provider settings that name things rather than prove identity
/// (client-go's gcp, oidc and azure providers); every other value is redacted.
const PUBLIC_AUTH_PROVIDER_KEYS: [&str; 12] = [
    "client-id",
    "idp-issuer-url",
    "idp-certificate-authority",
    "cmd-path",
    "cmd-args",
    "token-key",
    "expiry-key",
    "expiry",
    "scopes",
    "apiserver-id",
    "tenant-id",
    "environment",
];

/// Replaces every credential and certificate blob of `kubeconfig`.
pub fn kubeconfig(kubeconfig: &mut Kubeconfig) {
    for cluster in kubeconfig
        .clusters
        .iter_mut()
        .filter_map(|c| c.cluster.as_mut())
    {
        if cluster.certificate_authority_data.is_some() {
            cluster.certificate_authority_data = Some(OMITTED.into());
        }
        for url in [&mut cluster.server, &mut cluster.proxy_url]
            .into_iter()
            .flatten()
        {
            *url = url_userinfo(url);
        }
    }
    for auth in kubeconfig
        .auth_infos
        .iter_mut()
        .filter_map(|a| a.auth_info.as_mut())
    {
        auth_info(auth);
    }
}

fn auth_info(auth: &mut AuthInfo) {
    if auth.client_certificate_data.is_some() {
        auth.client_certificate_data = Some(OMITTED.into());
    }
    for secret in [
        &mut auth.client_key_data,
        &mut auth.token,
        &mut auth.password,
    ] {
        if secret.is_some() {
            *secret = Some(REDACTED.to_string().into());
        }
    }
    if let Some(provider) = auth.auth_provider.as_mut() {
        for (key, value) in provider.config.iter_mut() {
            if !PUBLIC_AUTH_PROVIDER_KEYS.contains(&key.as_str()) {
                *value = REDACTED.into();
            }
        }
    }
    if let Some(exec) = auth.exec.as_mut() {
        // Plugins take their secrets from the environment or from flags.
        for variable in exec.env.iter_mut().flatten() {
            if let Some(value) = variable.get_mut("value") {
                *value = REDACTED.into();
            }
        }
        if let Some(args) = exec.args.as_mut() {
            redact_secret_flags(args);
        }
        if let Some(cluster) = exec.cluster.as_mut() {
            if cluster.certificate_authority_data.is_some() {
                cluster.certificate_authority_data = Some(OMITTED.as_bytes().to_vec());
            }
            if let Some(url) = cluster.proxy_url.as_mut() {
                *url = url_userinfo(url);
            }
        }
    }
}

/// `https://user:secret@proxy:3128` → `https://REDACTED@proxy:3128`.
pub fn url_userinfo(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => {
            let separator = if scheme.is_empty() { "" } else { "://" };
            format!("{scheme}{separator}{REDACTED}{}", &rest[at..])
        }
        None => url.to_string(),
    }
}

/// Whether a flag's name says its value is a secret.
fn is_secret(flag: &str) -> bool {
    let name = flag.trim_start_matches('-').to_ascii_lowercase();
    ["token", "secret", "password", "key"]
        .iter()
        .any(|word| name.contains(word))
}

/// Values of plugin flags whose name says secret: `--token=x`, `--password x`.
fn redact_secret_flags(args: &mut [String]) {
    let mut redact_next = false;
    for arg in args.iter_mut() {
        if redact_next {
            *arg = REDACTED.into();
            redact_next = false;
            continue;
        }
        if !arg.starts_with('-') {
            continue;
        }
        match arg.split_once('=') {
            Some((flag, _)) if is_secret(flag) => *arg = format!("{flag}={REDACTED}"),
            Some(_) => {}
            None => redact_next = is_secret(arg),
        }
    }
}

/// A parser's message about a kubeconfig without the kubeconfig's content:
/// no source snippet and no quoted values, which may be secrets; the line and
/// column stay.
pub fn without_content(message: &str) -> String {
    let message = message.split(" --> ").next().unwrap_or(message);
    let message = message.replace("error: ", "");
    let mut out = String::with_capacity(message.len());
    let mut quote: Option<char> = None;
    for c in message.chars() {
        match quote {
            Some(open) if c == open => {
                out.push('…');
                out.push(c);
                quote = None;
            }
            Some(_) => {}
            None => {
                out.push(c);
                if matches!(c, '"' | '`') {
                    quote = Some(c);
                }
            }
        }
    }
    if let Some(open) = quote {
        out.push('…');
        out.push(open);
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn userinfo_in_urls_is_redacted() {
        assert_eq!(
            url_userinfo("http://alice:s3cret@proxy.example:3128"),
            "http://REDACTED@proxy.example:3128"
        );
        assert_eq!(
            url_userinfo("socks5://bob@127.0.0.1:1080/x@y"),
            "socks5://REDACTED@127.0.0.1:1080/x@y"
        );
        assert_eq!(
            url_userinfo("https://10.0.0.1:6443"),
            "https://10.0.0.1:6443"
        );
    }

    #[test]
    fn parser_messages_keep_the_place_but_not_the_content() {
        assert_eq!(
            without_content(
                "failed to parse kubeconfig YAML: error: line 7 column 31: invalid boolean \
                 --> <input>:7:31 | 7 | insecure-skip-tls-verify: hunter2 | ^"
            ),
            "failed to parse kubeconfig YAML: line 7 column 31: invalid boolean"
        );
        assert_eq!(
            without_content(r#"invalid type: string "hunter2", expected a boolean"#),
            r#"invalid type: string "…", expected a boolean"#
        );
    }

    #[test]
    fn secret_plugin_flags_lose_their_values() {
        let mut args: Vec<String> = [
            "get-token",
            "--cluster-name=prod",
            "--token=abc",
            "--client-secret",
            "xyz",
            "--region",
            "eu",
        ]
        .map(String::from)
        .to_vec();
        redact_secret_flags(&mut args);
        assert_eq!(
            args,
            [
                "get-token",
                "--cluster-name=prod",
                "--token=REDACTED",
                "--client-secret",
                "REDACTED",
                "--region",
                "eu"
            ]
        );
    }
}
