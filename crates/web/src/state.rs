//! What every request shares: the store, the configuration and the keys.

use std::sync::{Arc, OnceLock};

use lmp_store::Store;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use rand::RngCore;

/// Settings of the web server that come from the command line or the environment.
#[derive(Debug, Clone)]
pub struct Config {
    /// Mark cookies `Secure` and send HSTS: set when the hub is served over HTTPS.
    pub secure_cookies: bool,
    /// How long a sign-in lasts, in seconds.
    pub session_lifetime_secs: i64,
    /// Where the search index lives on disk; `None` keeps it in memory (tests).
    pub search_dir: Option<std::path::PathBuf>,
    /// Changes a session (cookie or API token) may send at once, and refilled per second (`limits.rs`); 0 turns the limit off.
    pub session_write_burst: u32,
    pub session_writes_per_sec: f64,
    /// Changes one client address may send at once, and refilled per second; 0 turns the limit off.
    pub address_write_burst: u32,
    pub address_writes_per_sec: f64,
    /// Take the client address from the last `X-Forwarded-For` entry (only behind a proxy that sets it).
    pub trust_forwarded_for: bool,
    /// Requests worked on at once by this node; more are answered 503 at once (not health, metrics, live streams).
    pub max_in_flight: usize,
    /// Longest a request may take before it is answered 503 (live event streams, once started, are not cut).
    pub request_timeout_secs: u64,
    /// A bearer token that lets a scraper on another host read `/metrics`; without it only this
    /// machine (a loopback client) may.
    pub metrics_token: Option<String>,
    /// The push services web push may post to (`push::endpoint_allowed`), and the contact the
    /// hub gives them with each message (a `mailto:` or `https:` address).
    pub push_services: Vec<String>,
    pub push_contact: String,
    /// Single sign-on through an OpenID Connect provider (`oidc.rs`); `None`: passwords only.
    pub sso: Option<crate::oidc::SsoConfig>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            secure_cookies: false,
            session_lifetime_secs: 12 * 3600,
            search_dir: None,
            session_write_burst: 60,
            session_writes_per_sec: 2.0,
            address_write_burst: 200,
            address_writes_per_sec: 20.0,
            trust_forwarded_for: false,
            max_in_flight: 256,
            request_timeout_secs: 30,
            metrics_token: None,
            push_services: crate::push::DEFAULT_SERVICES
                .iter()
                .map(|s| s.to_string())
                .collect(),
            push_contact: "mailto:hub-admin@localhost".into(),
            sso: None,
        }
    }
}

/// Shared by every request; cheap to clone.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub store: Store,
    pub config: Config,
    /// Key of the HMAC that derives CSRF tokens; stored in the database so every node agrees.
    pub csrf_key: Vec<u8>,
    pub metrics: PrometheusHandle,
    pub caches: crate::cache::Caches,
    /// Subscribers of live meeting pages on this node.
    pub live: crate::live::Live,
    /// This node's full-text index (`search.rs` keeps it in step).
    pub search: lmp_search::SearchIndex,
    /// This node's copy of the single sign-on provider's discovery document.
    pub sso_discovery: crate::oidc::Discovery,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    pub async fn new(store: Store, config: Config) -> Result<AppState, lmp_store::StoreError> {
        let csrf_key = store
            .setting_or_insert("csrf_key", || {
                let mut key = [0u8; 32];
                rand::thread_rng().fill_bytes(&mut key);
                hex::encode(key)
            })
            .await?;
        let csrf_key = hex::decode(csrf_key).unwrap_or_default();
        let in_memory = config.search_dir.is_none();
        let search = match &config.search_dir {
            Some(dir) => lmp_search::SearchIndex::open(dir),
            None => lmp_search::SearchIndex::in_memory(),
        }
        .map_err(|e| lmp_store::StoreError::Config(format!("cannot open the search index: {e}")))?;
        let state = AppState(Arc::new(Inner {
            store,
            config,
            csrf_key,
            metrics: metrics_handle(),
            caches: Default::default(),
            live: Default::default(),
            search: search.clone(),
            sso_discovery: Default::default(),
        }));
        if search.doc_count() == 0 {
            // An empty index (a first start, or a new schema): fill it from the database.
            // In memory (tests, small) at once; on disk in the background, so a large
            // organisation's first start is not held up.
            let store = state.store.clone();
            if in_memory {
                if let Err(e) = crate::search::rebuild(&store, &search, &|_, _| {}).await {
                    tracing::warn!("search index not built: {e}");
                }
            } else {
                tokio::spawn(async move {
                    tracing::info!("building the search index…");
                    match crate::search::rebuild(&store, &search, &|_, _| {}).await {
                        Ok(n) => tracing::info!(documents = n, "search index built"),
                        Err(e) => tracing::warn!("search index not built: {e}"),
                    }
                });
            }
        }
        crate::live::spawn_listener(state.clone());
        Ok(state)
    }

    /// The organisation's structure, from the per-node cache when fresh.
    pub async fn org(&self) -> Result<Arc<lmp_store::org::OrgTree>, lmp_store::StoreError> {
        if let Some(org) = self.caches.org.get() {
            return Ok(org);
        }
        let org = Arc::new(self.store.org_tree().await?);
        self.caches.org.put(org.clone());
        Ok(org)
    }

    /// The agreement year in force and its criteria, from the per-node cache when fresh.
    pub async fn criteria(
        &self,
    ) -> Result<Arc<crate::cache::CurrentCriteria>, lmp_store::StoreError> {
        if let Some(criteria) = self.caches.criteria.get() {
            return Ok(criteria);
        }
        let year = self.store.current_p2p_year().await?;
        let rows = self.store.p2p_criteria(year.id).await?;
        let criteria = rows
            .iter()
            .filter_map(lmp_store::p2p::CriterionRow::to_domain)
            .collect();
        let criteria = Arc::new(crate::cache::CurrentCriteria {
            year,
            rows,
            criteria,
        });
        self.caches.criteria.put(criteria.clone());
        Ok(criteria)
    }
}

/// The process has one metrics recorder; every app in it (tests start many) shares it.
fn metrics_handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new().build_recorder();
            let handle = recorder.handle();
            // Another recorder may already be installed (an embedding program's); then our
            // counters go there and /metrics shows what this handle saw.
            let _ = metrics::set_global_recorder(recorder);
            handle
        })
        .clone()
}
