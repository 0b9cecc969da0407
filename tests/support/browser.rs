//! Headless Chromium through chromedriver, with an axe-core check of each page visited.
//!
//! Chromium is Debian's (`/usr/bin/chromium`, `/usr/bin/chromedriver`). When
//! `LMP_TEST_REQUIRE_BROWSER=1` (CI), a missing browser fails the test; elsewhere the browser
//! tests say they are skipped and pass.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};

/// axe-core, vendored (see tests/vendor/axe-LICENSE.txt).
const AXE: &str = include_str!("../vendor/axe-4.14.1.min.js");

pub struct Browser {
    pub client: Client,
    driver: Child,
    /// Chromium's profile folder; also how its processes are found if a test panics.
    profile: std::path::PathBuf,
}

fn required() -> bool {
    std::env::var("LMP_TEST_REQUIRE_BROWSER").is_ok_and(|v| v == "1")
}

fn find(candidates: &[&str]) -> Option<String> {
    candidates
        .iter()
        .find(|path| std::path::Path::new(path).exists())
        .map(|p| p.to_string())
}

impl Browser {
    pub async fn start() -> Option<Browser> {
        let driver_path = std::env::var("LMP_CHROMEDRIVER").ok().or_else(|| {
            find(&[
                "/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver",
                "/usr/local/bin/chromedriver",
            ])
        });
        let chromium = std::env::var("LMP_CHROMIUM").ok().or_else(|| {
            find(&[
                "/usr/bin/chromium",
                "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome",
            ])
        });
        let (Some(driver_path), Some(chromium)) = (driver_path, chromium) else {
            if required() {
                panic!("LMP_TEST_REQUIRE_BROWSER=1 but chromium/chromedriver are not installed");
            }
            eprintln!("skipping a browser test: chromium and chromedriver are not installed");
            return None;
        };
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let profile = std::env::temp_dir().join(format!("lmp-chromium-{port}"));
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": chromium,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000",
                    format!("--user-data-dir={}", profile.display()),
                ]
            }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let mut last_error = String::new();
        for _ in 0..100 {
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&url)
                .await
            {
                Ok(client) => {
                    return Some(Browser {
                        client,
                        driver,
                        profile,
                    })
                }
                Err(e) => {
                    last_error = e.to_string();
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
        panic!("could not start a browser session through chromedriver: {last_error}");
    }

    /// Signs in through the sign-in form of the hub at `base` (the demo password) and waits
    /// for "My work".
    pub async fn sign_in(&self, base: &str, email: &str) {
        self.goto(&format!("{base}/signin")).await;
        self.fill("#email", email).await;
        self.fill("#password", crate::PASSWORD).await;
        self.click("form.stack button[type=submit]").await;
        self.wait_text("h1", "My work").await;
    }

    /// Signs out with the button in the page header.
    pub async fn sign_out(&self) {
        self.click("form[action='/signout'] button").await;
        self.wait_text("h1", "Sign in").await;
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
    }

    /// Finds `css` and does `action` on it, again if a live update replaced the element in
    /// between (a stale reference), as a person would simply click again.
    async fn on_element<F, Fut>(&self, css: &str, what: &str, action: F)
    where
        F: Fn(fantoccini::elements::Element) -> Fut,
        Fut: std::future::Future<Output = Result<(), fantoccini::error::CmdError>>,
    {
        let mut last = String::new();
        for _ in 0..50 {
            match self.client.find(Locator::Css(css)).await {
                Ok(element) => match action(element).await {
                    Ok(()) => return,
                    Err(e) if e.to_string().contains("stale element") => last = e.to_string(),
                    Err(e) => panic!("{what} {css}: {e}"),
                },
                Err(e) => last = e.to_string(),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{what} {css}: {last}");
    }

    pub async fn fill(&self, css: &str, text: &str) {
        self.on_element(css, "fill", |field| async move {
            field.clear().await?;
            field.send_keys(text).await
        })
        .await;
    }

    pub async fn select(&self, css: &str, value: &str) {
        self.on_element(css, "select", |select| async move {
            select.select_by_value(value).await
        })
        .await;
    }

    pub async fn click(&self, css: &str) {
        self.on_element(css, "click", |element| async move { element.click().await })
            .await;
    }

    /// Sets a checkbox to `checked` by clicking it when it differs.
    pub async fn set_checked(&self, css: &str, checked: bool) {
        let element = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("checkbox {css}"));
        if element.is_selected().await.expect("selected") != checked {
            element.click().await.expect("click");
        }
    }

    /// True when an element matches `css`.
    pub async fn exists(&self, css: &str) -> bool {
        self.client.find(Locator::Css(css)).await.is_ok()
    }

    /// The text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("element {css}"))
            .text()
            .await
            .expect("text")
    }

    /// Waits (up to 10 s) until the first element matching `css` contains `needle`, and returns
    /// its text: a click that submits a form returns before the next page has loaded.
    pub async fn wait_text(&self, css: &str, needle: &str) -> String {
        let mut last = String::new();
        for _ in 0..100 {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                if let Ok(text) = element.text().await {
                    if text.contains(needle) {
                        return text;
                    }
                    last = text;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("waited for {css:?} to contain {needle:?}; it says {last:?}");
    }

    pub async fn body_text(&self) -> String {
        self.text("body").await
    }

    pub async fn value(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("element {css}"))
            .prop("value")
            .await
            .expect("value")
            .unwrap_or_default()
    }

    /// Runs axe-core on the current page and fails on any serious or critical violation.
    pub async fn check_accessibility(&self, what: &str) {
        self.client
            .execute(AXE, vec![])
            .await
            .expect("inject axe-core");
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ["violations"] })
              .then(r => done(JSON.stringify(r.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help,
                  targets: v.nodes.slice(0, 3).map(n => n.target.join(" ")) })))))
              .catch(e => done("axe failed: " + e));
        "#;
        let result = self
            .client
            .execute_async(script, vec![])
            .await
            .expect("run axe-core");
        let text = result.as_str().unwrap_or_default().to_string();
        let violations: Vec<serde_json::Value> =
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("{what}: {text}"));
        let serious: Vec<&serde_json::Value> = violations
            .iter()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .collect();
        assert!(
            serious.is_empty(),
            "{what}: axe-core found serious or critical accessibility violations: {}",
            serde_json::to_string_pretty(&serious).unwrap_or_default()
        );
    }

    /// Saves a screenshot when `LMP_SCREENSHOT_DIR` is set (used for the README).
    pub async fn screenshot(&self, name: &str) {
        if let Ok(dir) = std::env::var("LMP_SCREENSHOT_DIR") {
            let png = self.client.screenshot().await.expect("screenshot");
            std::fs::write(std::path::Path::new(&dir).join(format!("{name}.png")), png)
                .expect("write screenshot");
        }
    }

    /// Ends the browser session; always call it at the end of a test.
    pub async fn finish(self) {
        let _ = self.client.clone().close().await;
    }
}

impl Drop for Browser {
    /// A test that panics never reaches `finish`: stop chromedriver and the Chromium it
    /// started (found by its profile folder), so no browser outlives the test.
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = Command::new("pkill")
            .arg("-f")
            .arg(self.profile.as_os_str())
            .status();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
