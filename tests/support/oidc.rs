//! A real OpenID Connect provider for single sign-on tests: `tests/oidc/provider.js`
//! (the `oidc-provider` package, installed by `npm ci --prefix tests/oidc`) run by node as a
//! child process on a free port, stopped when dropped.
//!
//! When its `node_modules` is missing the tests say they are skipped and pass, unless
//! `LMP_TEST_REQUIRE_BROWSER=1` (CI), where that fails them.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use lmp_domain::sso::RoleMap;
use lmp_web::oidc::SsoConfig;
use lmp_web::Config;

pub const CLIENT_ID: &str = "lmp-hub";
pub const CLIENT_SECRET: &str = "a-test-secret-of-the-hub";

pub struct Provider {
    pub issuer: String,
    child: Child,
}

/// A free port on the loopback interface.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("oidc")
}

impl Provider {
    /// Whether the provider can run here; says why not (or panics in CI) when it cannot.
    pub fn available() -> bool {
        let installed = folder().join("node_modules/oidc-provider").exists();
        let node = Command::new("node")
            .arg("--version")
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if installed && node {
            return true;
        }
        let why = if node {
            "tests/oidc/node_modules is missing (run npm ci --prefix tests/oidc)"
        } else {
            "node is not installed"
        };
        if std::env::var("LMP_TEST_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
            panic!("LMP_TEST_REQUIRE_BROWSER=1 but the OpenID Connect provider cannot run: {why}");
        }
        eprintln!("skipping a single sign-on test: {why}");
        false
    }

    /// Starts the provider on `port` for a hub whose callback is `redirect_uri`, with the
    /// account settings `env` (see provider.js: OIDC_EMAIL, OIDC_GROUPS…).
    pub fn start(port: u16, redirect_uri: &str, env: &[(&str, &str)]) -> Provider {
        let mut command = Command::new("node");
        command
            .arg("provider.js")
            .current_dir(folder())
            .env("OIDC_PORT", port.to_string())
            .env("OIDC_REDIRECT_URI", redirect_uri)
            .env("OIDC_CLIENT_ID", CLIENT_ID)
            .env("OIDC_CLIENT_SECRET", CLIENT_SECRET)
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("start node tests/oidc/provider.js");
        let stdout = child.stdout.take().expect("provider's output");
        let (ready, wait) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(issuer) = line.strip_prefix("ready ") {
                    let _ = ready.send(issuer.to_string());
                }
            }
        });
        let issuer = match wait.recv_timeout(Duration::from_secs(20)) {
            Ok(issuer) => issuer,
            Err(_) => {
                let _ = child.kill();
                panic!("the OpenID Connect provider did not start within 20 s");
            }
        };
        Provider { issuer, child }
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The hub's configuration for a provider on `provider_port`, with groups mapped to roles:
/// hub-admins → administrator, hub-editors → editor.
pub fn hub_config(base: &str, provider_port: u16) -> Config {
    Config {
        sso: Some(SsoConfig {
            issuer: format!("http://127.0.0.1:{provider_port}"),
            client_id: CLIENT_ID.into(),
            client_secret: CLIENT_SECRET.into(),
            redirect_url: format!("{base}/auth/oidc/callback"),
            name: "Partnership ID".into(),
            roles_claim: Some("groups".into()),
            role_map: RoleMap::parse("hub-admins=administrator,hub-editors=editor")
                .expect("role map"),
        }),
        ..Config::default()
    }
}
