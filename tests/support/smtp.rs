//! A real SMTP server for mail tests: Python's aiosmtpd on a loopback port, storing every mail
//! it receives in a maildir that the test reads back (decoded by Python's own email parser).
//!
//! When `LMP_TEST_REQUIRE_SMTP=1` (CI), a missing aiosmtpd fails the test; elsewhere the mail
//! tests say they are skipped and pass (`pip install aiosmtpd`).

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// One mail as it arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
    pub list_unsubscribe: String,
    pub list_unsubscribe_post: String,
}

impl Mail {
    /// The address inside `List-Unsubscribe: <…>`.
    pub fn unsubscribe_url(&self) -> String {
        self.list_unsubscribe
            .trim()
            .trim_start_matches('<')
            .trim_end_matches('>')
            .to_string()
    }
}

pub struct SmtpServer {
    child: Child,
    pub port: u16,
    pub dir: PathBuf,
}

fn required() -> bool {
    std::env::var("LMP_TEST_REQUIRE_SMTP").is_ok_and(|v| v == "1")
}

/// Whether aiosmtpd can be run; `None` (with a note) when it cannot and is not required.
pub fn available() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        if required() {
            panic!("LMP_TEST_REQUIRE_SMTP=1 but aiosmtpd is not installed (pip install aiosmtpd)");
        }
        eprintln!("skipping a mail test: aiosmtpd is not installed (pip install aiosmtpd)");
    }
    ok
}

/// A loopback port nothing listens on now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

/// A fresh empty folder under the system's temporary folder.
pub fn temp_dir(what: &str) -> PathBuf {
    static N: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "lmp-{what}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temporary folder");
    dir
}

const DUMP: &str = r#"
import sys, json, mailbox, email, email.policy
out = []
box = mailbox.Maildir(sys.argv[1], factory=None, create=False)
for key in sorted(box.keys()):
    m = email.message_from_bytes(box.get_bytes(key), policy=email.policy.default)
    body = m.get_body(preferencelist=('plain',))
    out.append({
        "to": str(m.get("To", "")),
        "subject": str(m.get("Subject", "")),
        "body": body.get_content() if body is not None else "",
        "list_unsubscribe": str(m.get("List-Unsubscribe", "")),
        "list_unsubscribe_post": str(m.get("List-Unsubscribe-Post", "")),
    })
print(json.dumps(out))
"#;

impl SmtpServer {
    /// Starts a server on a free port; `None` when aiosmtpd is missing and not required.
    pub fn start() -> Option<SmtpServer> {
        SmtpServer::start_on(free_port(), temp_dir("maildir"))
    }

    /// Starts a server on `port`, storing mail in `dir` (a restarted server can keep both).
    pub fn start_on(port: u16, dir: PathBuf) -> Option<SmtpServer> {
        if !available() {
            return None;
        }
        for sub in ["tmp", "new", "cur"] {
            std::fs::create_dir_all(dir.join(sub)).expect("maildir");
        }
        let child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "aiosmtpd did not start on port {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(SmtpServer { child, port, dir })
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every mail received so far, in the order the maildir lists them.
    pub fn mails(&self) -> Vec<Mail> {
        if !self.dir.join("new").exists() {
            return Vec::new();
        }
        let out = Command::new("python3")
            .args(["-c", DUMP])
            .arg(&self.dir)
            .output()
            .expect("run python3");
        assert!(
            out.status.success(),
            "reading the maildir failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let rows: Vec<serde_json::Value> =
            serde_json::from_slice(&out.stdout).expect("maildir as JSON");
        rows.iter()
            .map(|r| Mail {
                to: r["to"].as_str().unwrap_or("").to_string(),
                subject: r["subject"].as_str().unwrap_or("").to_string(),
                body: r["body"].as_str().unwrap_or("").to_string(),
                list_unsubscribe: r["list_unsubscribe"].as_str().unwrap_or("").to_string(),
                list_unsubscribe_post: r["list_unsubscribe_post"]
                    .as_str()
                    .unwrap_or("")
                    .to_string(),
            })
            .collect()
    }

    /// Waits up to `limit` until mails matching `wanted` number at least `count`; returns
    /// every mail received then.
    pub async fn wait_for(
        &self,
        count: usize,
        limit: Duration,
        wanted: impl Fn(&Mail) -> bool,
    ) -> Vec<Mail> {
        let started = Instant::now();
        loop {
            let mails = self.mails();
            if mails.iter().filter(|m| wanted(m)).count() >= count || started.elapsed() > limit {
                return mails;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Stops the server (its maildir stays).
    pub fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
