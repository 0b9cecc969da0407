//! `lmp serve`: run the web server until SIGINT or SIGTERM, finishing requests in flight.

use std::net::SocketAddr;

use lmp_store::demo::Scale;
use lmp_web::{AppState, Config};

use crate::Database;

#[derive(clap::Args)]
pub struct Args {
    /// Address and port to listen on.
    #[arg(long, env = "LMP_BIND", default_value = "127.0.0.1:8080")]
    bind: SocketAddr,
    /// On first start with an empty database, load the demo organisation.
    #[arg(long)]
    demo: bool,
    /// Size of the demo organisation loaded by --demo.
    #[arg(long, default_value = "full", value_parser = ["full", "small"])]
    demo_scale: String,
    /// Mark cookies Secure and send HSTS: use when the hub is reached over HTTPS.
    #[arg(long, env = "LMP_SECURE_COOKIES")]
    secure_cookies: bool,
    /// Where this node keeps its search index (default: `search` in the data directory).
    #[arg(long, env = "LMP_SEARCH_DIR")]
    search_dir: Option<std::path::PathBuf>,
    /// Changes one session may send in a burst (default 60; 0 turns the limit off).
    #[arg(long, env = "LMP_SESSION_WRITE_BURST")]
    session_write_burst: Option<u32>,
    /// Changes per second a session's burst refills at (default 2).
    #[arg(long, env = "LMP_SESSION_WRITES_PER_SEC")]
    session_writes_per_sec: Option<f64>,
    /// Changes one client address may send in a burst (default 200; 0 turns the limit off).
    #[arg(long, env = "LMP_ADDRESS_WRITE_BURST")]
    address_write_burst: Option<u32>,
    /// Changes per second an address's burst refills at (default 20).
    #[arg(long, env = "LMP_ADDRESS_WRITES_PER_SEC")]
    address_writes_per_sec: Option<f64>,
    /// Behind a proxy that sets X-Forwarded-For: take the client's address from its last entry.
    #[arg(long, env = "LMP_TRUST_FORWARDED_FOR")]
    trust_forwarded_for: bool,
    /// Requests this node works on at once; more are answered 503 at once (default 256).
    #[arg(long, env = "LMP_MAX_IN_FLIGHT")]
    max_in_flight: Option<usize>,
    /// Seconds a request may take before it is answered 503 (default 30).
    #[arg(long, env = "LMP_REQUEST_TIMEOUT")]
    request_timeout: Option<u64>,
    /// A bearer token that lets a scraper on another host read /metrics (without it, only a
    /// client on this machine may).
    #[arg(long, env = "LMP_METRICS_TOKEN", hide_env_values = true)]
    metrics_token: Option<String>,
    /// A push service web push may post to: a host (reached over HTTPS, subdomains included)
    /// or an exact origin such as http://127.0.0.1:9000. Repeat for more; without any, the
    /// services of the common browsers.
    #[arg(
        long = "push-service",
        env = "LMP_PUSH_SERVICES",
        value_delimiter = ','
    )]
    push_services: Vec<String>,
    /// The contact push services are given with each message (mailto: or https:).
    #[arg(long, env = "LMP_PUSH_CONTACT")]
    push_contact: Option<String>,
    /// Single sign-on (boxed: its many settings would make every `lmp` command as large).
    #[command(flatten)]
    sso: Box<crate::sso::SsoArgs>,
    #[command(flatten)]
    mail: crate::mail::MailArgs,
}

pub async fn run(database: &Database, args: Args) -> anyhow::Result<()> {
    // Checked before anything slow, so a mistake in the settings is said at once.
    let sso = (*args.sso).config()?;
    args.mail.settings(args.bind)?;
    let store = database.open().await?;
    match &database.url {
        Some(url) => tracing::info!("database: {}", lmp_store::redact(url)),
        None => tracing::info!("database: SQLite in {}", database.data_dir.display()),
    }
    if args.demo {
        if store.is_empty().await? {
            let scale = Scale::parse(&args.demo_scale).unwrap_or(Scale::Full);
            crate::demo::load(&store, scale, 1).await?;
        } else {
            println!("The database already holds an organisation; the demo is not loaded again.");
            crate::demo::print_accounts(&crate::demo::demo_password());
        }
    }
    let defaults = Config::default();
    let config = Config {
        secure_cookies: args.secure_cookies,
        search_dir: Some(crate::reindex::search_dir(database, args.search_dir)),
        session_write_burst: args
            .session_write_burst
            .unwrap_or(defaults.session_write_burst),
        session_writes_per_sec: args
            .session_writes_per_sec
            .unwrap_or(defaults.session_writes_per_sec),
        address_write_burst: args
            .address_write_burst
            .unwrap_or(defaults.address_write_burst),
        address_writes_per_sec: args
            .address_writes_per_sec
            .unwrap_or(defaults.address_writes_per_sec),
        trust_forwarded_for: args.trust_forwarded_for,
        max_in_flight: args.max_in_flight.unwrap_or(defaults.max_in_flight),
        request_timeout_secs: args
            .request_timeout
            .unwrap_or(defaults.request_timeout_secs),
        metrics_token: args.metrics_token.filter(|t| !t.is_empty()),
        push_services: if args.push_services.is_empty() {
            defaults.push_services.clone()
        } else {
            args.push_services
        },
        push_contact: args
            .push_contact
            .unwrap_or_else(|| defaults.push_contact.clone()),
        sso,
        ..defaults
    };
    let state = AppState::new(store.clone(), config).await?;
    tokio::spawn(housekeeping(store.clone()));
    let listener = tokio::net::TcpListener::bind(args.bind)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", args.bind))?;
    let address = listener.local_addr()?;
    // Scans for notices, queues mails and sends them (when an SMTP URL is set); immediate
    // notices also go to the person's devices by web push.
    let mail = lmp_web::email::MailSettings {
        push_contact: state.config.push_contact.clone(),
        ..args.mail.settings(address)?
    };
    lmp_web::email::spawn(store.clone(), mail);
    tracing::info!("Partnership Hub is ready: open http://{address}/ in your browser");
    lmp_web::serve(state, listener, shutdown_signal()).await?;
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Every hour: forget ended sessions and old failed sign-ins. Safe on several nodes at once.
async fn housekeeping(store: lmp_store::Store) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        tick.tick().await;
        match store.housekeeping().await {
            Ok(removed) if removed > 0 => {
                tracing::info!(removed, "housekeeping removed stale rows")
            }
            Ok(_) => {}
            Err(e) => tracing::warn!("housekeeping failed: {e}"),
        }
    }
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
