//! `lmp serve`'s email settings: where to send mail, from whom, the hub's public address for
//! the links in mails, and how often the mail worker runs.

use std::time::Duration;

use lmp_web::email::MailSettings;

#[derive(clap::Args)]
pub struct MailArgs {
    /// SMTP server to send mail through: smtp://host:25 (plain), smtp://host:587?tls=required
    /// (STARTTLS) or smtps://user:password@host:465. Without it nothing is sent, but
    /// notices and mails are still queued (and go out once it is set).
    #[arg(long, env = "LMP_SMTP_URL", hide_env_values = true)]
    smtp_url: Option<String>,
    /// The From address of the hub's mails, e.g. "Partnership Hub <hub@example.org>".
    #[arg(long, env = "LMP_MAIL_FROM")]
    mail_from: Option<String>,
    /// The hub's address as people open it (https://hub.example.org), for links in mails.
    #[arg(long, env = "LMP_PUBLIC_URL")]
    public_url: Option<String>,
    /// How often (milliseconds) the mail worker looks for notices and sends (default 60000).
    #[arg(long, env = "LMP_MAIL_INTERVAL_MS")]
    mail_interval_ms: Option<u64>,
    /// Hour of the day (UTC, 0–23) after which daily and weekly summaries go out (default 6).
    #[arg(long, env = "LMP_MAIL_DIGEST_HOUR", value_parser = clap::value_parser!(u8).range(0..=23))]
    mail_digest_hour: Option<u8>,
    /// Seconds before the first retry of a mail that failed; each further one waits twice as
    /// long (default 60).
    #[arg(long, env = "LMP_MAIL_RETRY_SECS")]
    mail_retry_secs: Option<u64>,
}

impl MailArgs {
    /// The settings, with `bind` as the public address when none is given.
    pub fn settings(&self, bind: std::net::SocketAddr) -> anyhow::Result<MailSettings> {
        let defaults = MailSettings::default();
        let smtp_url = self.smtp_url.clone().filter(|u| !u.trim().is_empty());
        if let Some(url) = &smtp_url {
            if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
                anyhow::bail!("--smtp-url must start with smtp:// or smtps://");
            }
        }
        let public_url = self
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{bind}"))
            .trim_end_matches('/')
            .to_string();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            anyhow::bail!("--public-url must start with http:// or https://");
        }
        Ok(MailSettings {
            smtp_url,
            from: self.mail_from.clone().unwrap_or(defaults.from),
            public_url,
            interval: self
                .mail_interval_ms
                .map(Duration::from_millis)
                .unwrap_or(defaults.interval),
            digest_hour: self.mail_digest_hour.unwrap_or(defaults.digest_hour),
            retry_base_secs: self
                .mail_retry_secs
                .map(|s| s as i64)
                .unwrap_or(defaults.retry_base_secs),
            // `serve` sets it from the push settings.
            push_contact: defaults.push_contact,
        })
    }
}
