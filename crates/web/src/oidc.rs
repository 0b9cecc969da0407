//! Single sign-on with OpenID Connect (the `openidconnect` crate): the provider's settings, its
//! discovery document (cached), the address a browser is sent to, and checking what comes back.
//!
//! The authorization code flow with PKCE. The `state` a sign-in starts with is a random value
//! kept in a short-lived cookie and, hashed, in the database (`oidc_pending`, used once); the
//! PKCE verifier and the nonce are derived from it with the hub's key, so nothing secret is
//! stored and any node can finish a sign-in another node began. The ID token is checked by the
//! crate: signature against the provider's published keys, issuer, audience, expiry and nonce.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use lmp_domain::sso::RoleMap;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet, EndpointNotSet,
    EndpointSet, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope,
    TokenResponse,
};
use sha2::Sha256;

use crate::state::AppState;

/// How long a person has to finish signing in at the provider.
pub const PENDING_SECS: i64 = 10 * 60;
/// The cookie that ties the browser to the sign-in it started.
pub const STATE_COOKIE: &str = "lmp_oidc_state";
/// The provider's discovery document (and so its signing keys) is fetched again this often.
const DISCOVERY_TTL: Duration = Duration::from_secs(3600);

/// The provider, from `--oidc-*` (or `LMP_OIDC_*`).
#[derive(Clone)]
pub struct SsoConfig {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    /// Where the provider sends the browser back: `<public URL>/auth/oidc/callback`.
    pub redirect_url: String,
    /// Shown on the sign-in page: "Sign in with <name>".
    pub name: String,
    /// The claim that lists the person's groups (`groups`), for `role_map`.
    pub roles_claim: Option<String>,
    pub role_map: RoleMap,
}

impl std::fmt::Debug for SsoConfig {
    /// Never prints the client secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SsoConfig")
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .field("redirect_url", &self.redirect_url)
            .field("name", &self.name)
            .field("roles_claim", &self.roles_claim)
            .field("role_map", &self.role_map)
            .finish_non_exhaustive()
    }
}

impl SsoConfig {
    /// Checks the addresses once at start, so a typing mistake stops `lmp serve` with a
    /// message instead of failing at the first sign-in.
    pub fn check(&self) -> Result<(), String> {
        IssuerUrl::new(self.issuer.clone()).map_err(|e| {
            format!(
                "the OpenID Connect issuer {:?} is not a URL: {e}",
                self.issuer
            )
        })?;
        RedirectUrl::new(self.redirect_url.clone()).map_err(|e| {
            format!(
                "the sign-in return address {:?} is not a URL: {e}",
                self.redirect_url
            )
        })?;
        if self.client_id.trim().is_empty() {
            return Err("the OpenID Connect client id is empty".into());
        }
        Ok(())
    }
}

/// Why a single sign-on did not finish; each is shown to the person as a page that says so.
#[derive(Debug)]
pub enum SsoError {
    /// The provider could not be reached or its answer made no sense.
    Unreachable(String),
    /// The provider said no (the person cancelled, or may not use this hub).
    Refused(String),
    /// The callback does not belong to a sign-in this browser started.
    BadState,
    /// The sign-in was used already or took too long.
    Expired,
    /// The provider's tokens did not pass the checks.
    Token(String),
    NoEmail,
    EmailUnverified,
    Inactive,
}

impl SsoError {
    /// The catalogue message that explains it, and the HTTP status.
    pub fn message_id(&self) -> (&'static str, u16) {
        match self {
            SsoError::Unreachable(_) => ("sso-error-unreachable", 502),
            SsoError::Refused(_) => ("sso-error-refused", 403),
            SsoError::BadState => ("sso-error-state", 400),
            SsoError::Expired => ("sso-error-expired", 400),
            SsoError::Token(_) => ("sso-error-token", 502),
            SsoError::NoEmail => ("sso-error-no-email", 403),
            SsoError::EmailUnverified => ("sso-error-unverified", 403),
            SsoError::Inactive => ("sso-error-inactive", 403),
        }
    }
}

/// The person the provider vouched for.
#[derive(Debug, Clone)]
pub struct Identity {
    pub issuer: String,
    pub subject: String,
    pub email: String,
    pub name: String,
    /// The values of the roles claim (empty when none is configured or sent).
    pub groups: Vec<String>,
}

type Client = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// This node's copy of the provider's discovery document.
#[derive(Default)]
pub struct Discovery {
    cached: tokio::sync::Mutex<Option<(Instant, CoreProviderMetadata)>>,
}

/// The client the hub talks to the provider with: no redirects followed (the crate's advice,
/// against request forgery), and a time limit.
fn http_client() -> &'static openidconnect::reqwest::Client {
    static CLIENT: OnceLock<openidconnect::reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        openidconnect::reqwest::Client::builder()
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .expect("an HTTP client with rustls")
    })
}

/// A client for the provider; `fresh` fetches its discovery document (and keys) again.
async fn client(state: &AppState, config: &SsoConfig, fresh: bool) -> Result<Client, SsoError> {
    let metadata = {
        let mut cached = state.sso_discovery.cached.lock().await;
        match cached.as_ref() {
            Some((at, metadata)) if !fresh && at.elapsed() < DISCOVERY_TTL => metadata.clone(),
            _ => {
                let issuer = IssuerUrl::new(config.issuer.clone())
                    .map_err(|e| SsoError::Unreachable(e.to_string()))?;
                let metadata = CoreProviderMetadata::discover_async(issuer, http_client())
                    .await
                    .map_err(|e| SsoError::Unreachable(error_chain(&e)))?;
                *cached = Some((Instant::now(), metadata.clone()));
                metadata
            }
        }
    };
    let redirect = RedirectUrl::new(config.redirect_url.clone())
        .map_err(|e| SsoError::Unreachable(e.to_string()))?;
    Ok(CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(config.client_id.clone()),
        Some(ClientSecret::new(config.client_secret.clone())),
    )
    .set_redirect_uri(redirect))
}

/// An error with its causes, for the log.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// A value derived from the sign-in's `state` with the hub's key (hex, 64 characters: a valid
/// PKCE verifier and a nonce).
fn derived(state: &AppState, purpose: &str, sign_in_state: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(&state.csrf_key).expect("HMAC takes any key");
    mac.update(purpose.as_bytes());
    mac.update(b"\0");
    mac.update(sign_in_state.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Where to send the browser to sign in, for the sign-in `sign_in_state`.
pub async fn authorization_url(
    state: &AppState,
    config: &SsoConfig,
    sign_in_state: &str,
) -> Result<String, SsoError> {
    let client = client(state, config, false).await?;
    let verifier = PkceCodeVerifier::new(derived(state, "pkce", sign_in_state));
    let nonce = derived(state, "nonce", sign_in_state);
    let csrf = sign_in_state.to_string();
    let (url, _, _) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            move || CsrfToken::new(csrf),
            move || Nonce::new(nonce),
        )
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(PkceCodeChallenge::from_code_verifier_sha256(&verifier))
        .url();
    Ok(url.to_string())
}

/// Exchanges the code for tokens and checks the ID token; reads who the person is.
pub async fn finish(
    state: &AppState,
    config: &SsoConfig,
    sign_in_state: &str,
    code: &str,
) -> Result<Identity, SsoError> {
    let client = client(state, config, false).await?;
    let response = client
        .exchange_code(AuthorizationCode::new(code.to_string()))
        .map_err(|e| SsoError::Unreachable(e.to_string()))?
        .set_pkce_verifier(PkceCodeVerifier::new(derived(state, "pkce", sign_in_state)))
        .request_async(http_client())
        .await
        .map_err(|e| SsoError::Token(error_chain(&e)))?;
    let id_token = response
        .id_token()
        .ok_or_else(|| SsoError::Token("the provider sent no ID token".into()))?;
    let nonce = Nonce::new(derived(state, "nonce", sign_in_state));
    // A token signed with a key this node has not seen yet (the provider rotated its keys) is
    // checked again against the keys the provider publishes now.
    let refreshed;
    let claims = match id_token.claims(&client.id_token_verifier(), &nonce) {
        Ok(claims) => claims,
        Err(first) => {
            tracing::info!("ID token not verified ({first}); fetching the provider's keys again");
            refreshed = self::client(state, config, true).await?;
            id_token
                .claims(&refreshed.id_token_verifier(), &nonce)
                .map_err(|e| SsoError::Token(error_chain(&e)))?
        }
    };
    let email = claims
        .email()
        .map(|e| e.as_str().trim().to_lowercase())
        .filter(|e| e.contains('@'))
        .ok_or(SsoError::NoEmail)?;
    // A provider that says whether the address is confirmed must say yes; one that does not
    // say (many only hand out addresses they confirmed) is trusted.
    if claims.email_verified() == Some(false) {
        return Err(SsoError::EmailUnverified);
    }
    let name = claims
        .name()
        .and_then(|n| n.get(None))
        .map(|n| n.as_str().trim().to_string())
        .filter(|n| !n.is_empty())
        .or_else(|| {
            let given = claims.given_name().and_then(|n| n.get(None));
            let family = claims.family_name().and_then(|n| n.get(None));
            let joined = [given.map(|n| n.as_str()), family.map(|n| n.as_str())]
                .into_iter()
                .flatten()
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            (!joined.is_empty()).then_some(joined)
        })
        .unwrap_or_else(|| email.split('@').next().unwrap_or(&email).to_string());
    // Claims the crate does not know (the roles claim) are read from the same token, whose
    // signature and claims were checked just above.
    let groups = match &config.roles_claim {
        Some(claim) => groups_in(&id_token.to_string(), claim),
        None => Vec::new(),
    };
    Ok(Identity {
        issuer: claims.issuer().as_str().to_string(),
        subject: claims.subject().as_str().to_string(),
        email,
        name,
        groups,
    })
}

/// The values of `claim` in a (checked) JWT's payload: a list of strings, or one string.
fn groups_in(jwt: &str, claim: &str) -> Vec<String> {
    use base64::Engine;
    let payload = jwt
        .split('.')
        .nth(1)
        .and_then(|p| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(p)
                .ok()
        })
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok());
    match payload.as_ref().and_then(|p| p.get(claim)) {
        Some(serde_json::Value::Array(values)) => values
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        Some(serde_json::Value::String(one)) => vec![one.clone()],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::groups_in;
    use base64::Engine;

    fn jwt(payload: &str) -> String {
        let encode = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        format!("{}.{}.sig", encode("{}"), encode(payload))
    }

    #[test]
    fn groups_are_read_as_a_list_or_a_single_value() {
        let token = jwt(r#"{"groups":["hub-admins",3,"nurses"],"role":"hub-editors"}"#);
        assert_eq!(groups_in(&token, "groups"), vec!["hub-admins", "nurses"]);
        assert_eq!(groups_in(&token, "role"), vec!["hub-editors"]);
        assert!(groups_in(&token, "missing").is_empty());
        assert!(groups_in("not a token", "groups").is_empty());
    }
}
