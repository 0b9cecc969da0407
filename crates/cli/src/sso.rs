//! `lmp serve`'s single sign-on settings (OpenID Connect): flags and `LMP_OIDC_*`.

use lmp_domain::sso::RoleMap;
use lmp_web::oidc::SsoConfig;

#[derive(clap::Args)]
pub struct SsoArgs {
    /// Single sign-on: the OpenID Connect provider's issuer URL (its discovery document is
    /// at <issuer>/.well-known/openid-configuration). Without it, only passwords are used.
    #[arg(long, env = "LMP_OIDC_ISSUER")]
    oidc_issuer: Option<String>,
    /// The hub's client id at the provider.
    #[arg(long, env = "LMP_OIDC_CLIENT_ID")]
    oidc_client_id: Option<String>,
    /// The hub's client secret at the provider.
    #[arg(long, env = "LMP_OIDC_CLIENT_SECRET", hide_env_values = true)]
    oidc_client_secret: Option<String>,
    /// Where the provider sends people back, as registered there:
    /// https://hub.example.org/auth/oidc/callback
    #[arg(long, env = "LMP_OIDC_REDIRECT_URL")]
    oidc_redirect_url: Option<String>,
    /// The provider's name on the sign-in page ("Sign in with <name>"; default: its host).
    #[arg(long, env = "LMP_OIDC_NAME")]
    oidc_name: Option<String>,
    /// The ID token claim that lists the person's groups, for --oidc-role-map (e.g. groups).
    #[arg(long, env = "LMP_OIDC_ROLES_CLAIM")]
    oidc_roles_claim: Option<String>,
    /// Site roles given by groups, checked at each sign-in (added and removed):
    /// hub-admins=administrator,hub-editors=editor (roles: administrator, editor, leader,
    /// consultant; organisation-wide).
    #[arg(long, env = "LMP_OIDC_ROLE_MAP", default_value = "")]
    oidc_role_map: String,
}

impl SsoArgs {
    /// The provider's settings, `None` without an issuer; a message naming what is missing or
    /// wrong otherwise.
    pub fn config(self) -> anyhow::Result<Option<SsoConfig>> {
        let Some(issuer) = self.oidc_issuer.filter(|i| !i.trim().is_empty()) else {
            return Ok(None);
        };
        let need = |value: Option<String>, flag: &str| {
            value
                .filter(|v| !v.trim().is_empty())
                .ok_or_else(|| anyhow::anyhow!("--oidc-issuer is set, so {flag} is needed too"))
        };
        let client_id = need(self.oidc_client_id, "--oidc-client-id")?;
        let client_secret = need(self.oidc_client_secret, "--oidc-client-secret")?;
        let redirect_url = need(self.oidc_redirect_url, "--oidc-redirect-url")?;
        let role_map = RoleMap::parse(&self.oidc_role_map)
            .map_err(|e| anyhow::anyhow!("--oidc-role-map: {e}"))?;
        let roles_claim = self.oidc_roles_claim.filter(|c| !c.trim().is_empty());
        if !role_map.is_empty() && roles_claim.is_none() {
            anyhow::bail!("--oidc-role-map needs --oidc-roles-claim (the claim listing groups)");
        }
        let name = self
            .oidc_name
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| {
                issuer
                    .split("://")
                    .nth(1)
                    .and_then(|rest| rest.split(['/', ':']).next())
                    .unwrap_or(&issuer)
                    .to_string()
            });
        let config = SsoConfig {
            issuer: issuer.trim().to_string(),
            client_id,
            client_secret,
            redirect_url,
            name,
            roles_claim,
            role_map,
        };
        config.check().map_err(|e| anyhow::anyhow!("{e}"))?;
        Ok(Some(config))
    }
}
