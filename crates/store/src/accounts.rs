//! Sign-in: password hashes, sessions, personal API tokens, failed attempts and site roles.
//!
//! Secrets never reach the database in the clear: sessions and API tokens are stored as their
//! SHA-256, so a copy of the database does not let anyone act as a user.

use lmp_domain::access::Scope;
use lmp_domain::SiteRole;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::{now, Store, StoreError, StoreResult};

/// The SHA-256 of a secret token, as stored.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A site role held by a person, with the names of its scope for display.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct SiteRoleGrant {
    pub id: i64,
    pub person_id: i64,
    pub role: String,
    pub region_id: Option<i64>,
    pub region_name: Option<String>,
    pub facility_id: Option<i64>,
    pub facility_name: Option<String>,
}

impl SiteRoleGrant {
    pub fn site_role(&self) -> Option<SiteRole> {
        SiteRole::parse(&self.role)
    }

    pub fn scope(&self) -> Scope {
        match (self.facility_id, self.region_id) {
            (Some(id), _) => Scope::Facility(id),
            (None, Some(id)) => Scope::Region(id),
            (None, None) => Scope::National,
        }
    }

    /// "Leader — North region", "Administrator".
    pub fn describe(&self) -> String {
        let label = self
            .site_role()
            .map(SiteRole::label)
            .unwrap_or("Unknown role");
        match (&self.facility_name, &self.region_name) {
            (Some(facility), _) => format!("{label} — {facility}"),
            (None, Some(region)) => format!("{label} — {region}"),
            (None, None) => label.to_string(),
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Credentials {
    pub person_id: i64,
    pub password_hash: Option<String>,
    pub active: i64,
}

impl Store {
    pub async fn credentials(&self, email: &str) -> StoreResult<Option<Credentials>> {
        Ok(sqlx::query_as(
            "SELECT id AS person_id, password_hash, active FROM people WHERE email = $1",
        )
        .bind(email.to_lowercase())
        .fetch_optional(self.pool())
        .await?)
    }

    pub async fn set_password_hash(&self, person_id: i64, hash: &str) -> StoreResult<()> {
        let result = sqlx::query("UPDATE people SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(person_id)
            .execute(self.pool())
            .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound("person"));
        }
        Ok(())
    }

    /// Stores a new session for `person_id`; `token` is the secret kept in the cookie.
    pub async fn create_session(
        &self,
        token: &str,
        person_id: i64,
        lifetime_secs: i64,
    ) -> StoreResult<()> {
        let at = now();
        sqlx::query(
            "INSERT INTO sessions (token_hash, person_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash(token))
        .bind(person_id)
        .bind(at)
        .bind(at + lifetime_secs)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The person a live session belongs to, if the token names one.
    pub async fn session_person(&self, token: &str) -> StoreResult<Option<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT s.person_id FROM sessions s JOIN people p ON p.id = s.person_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND p.active = 1",
        )
        .bind(token_hash(token))
        .bind(now())
        .fetch_optional(self.pool())
        .await?)
    }

    pub async fn delete_session(&self, token: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash(token))
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Ends every session of a person (after a password reset).
    pub async fn delete_sessions_of(&self, person_id: i64) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE person_id = $1")
            .bind(person_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Removes ended sessions and failed sign-ins older than a day; returns how many rows went.
    pub async fn housekeeping(&self) -> StoreResult<u64> {
        let sessions = self.delete_expired_sessions().await?;
        let failures = sqlx::query("DELETE FROM sign_in_failures WHERE at < $1")
            .bind(now() - 24 * 3600)
            .execute(self.pool())
            .await?
            .rows_affected();
        Ok(sessions + failures)
    }

    pub async fn delete_expired_sessions(&self) -> StoreResult<u64> {
        let result = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now())
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected())
    }

    pub async fn create_api_token(
        &self,
        person_id: i64,
        name: &str,
        token: &str,
    ) -> StoreResult<i64> {
        sqlx::query_scalar(
            "INSERT INTO api_tokens (person_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(person_id)
        .bind(name)
        .bind(token_hash(token))
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn api_token_person(&self, token: &str) -> StoreResult<Option<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT t.person_id FROM api_tokens t JOIN people p ON p.id = t.person_id \
             WHERE t.token_hash = $1 AND p.active = 1",
        )
        .bind(token_hash(token))
        .fetch_optional(self.pool())
        .await?)
    }

    pub async fn record_sign_in_failure(&self, email: &str, ip: &str) -> StoreResult<()> {
        sqlx::query("INSERT INTO sign_in_failures (email, ip, at) VALUES ($1, $2, $3)")
            .bind(email.to_lowercase())
            .bind(ip)
            .bind(now())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Failed sign-ins since `since` for this email and from this address.
    pub async fn recent_sign_in_failures(
        &self,
        email: &str,
        ip: &str,
        since: i64,
    ) -> StoreResult<(i64, i64)> {
        let by_email = sqlx::query_scalar(
            "SELECT COUNT(*) FROM sign_in_failures WHERE email = $1 AND at > $2",
        )
        .bind(email.to_lowercase())
        .bind(since)
        .fetch_one(self.pool())
        .await?;
        let by_ip =
            sqlx::query_scalar("SELECT COUNT(*) FROM sign_in_failures WHERE ip = $1 AND at > $2")
                .bind(ip)
                .bind(since)
                .fetch_one(self.pool())
                .await?;
        Ok((by_email, by_ip))
    }

    pub async fn clear_sign_in_failures(&self, email: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sign_in_failures WHERE email = $1")
            .bind(email.to_lowercase())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn site_roles(&self, person_id: i64) -> StoreResult<Vec<SiteRoleGrant>> {
        Ok(sqlx::query_as(
            "SELECT s.id, s.person_id, s.role, s.region_id, r.name AS region_name, \
             s.facility_id, f.name AS facility_name FROM site_roles s \
             LEFT JOIN regions r ON r.id = s.region_id LEFT JOIN facilities f ON f.id = s.facility_id \
             WHERE s.person_id = $1 ORDER BY s.id",
        )
        .bind(person_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Grants a site role; a grant identical to one already held is a `Conflict`.
    pub async fn grant_site_role(
        &self,
        person_id: i64,
        role: SiteRole,
        scope: Scope,
    ) -> StoreResult<i64> {
        let (region_id, facility_id) = match scope {
            Scope::National => (None, None),
            Scope::Region(id) => (Some(id), None),
            Scope::Facility(id) => (None, Some(id)),
        };
        let existing = self.site_roles(person_id).await?;
        if existing.iter().any(|g| {
            g.role == role.code() && g.region_id == region_id && g.facility_id == facility_id
        }) {
            return Err(StoreError::Conflict {
                constraint: "site_roles_unique".into(),
            });
        }
        Ok(sqlx::query_scalar(
            "INSERT INTO site_roles (person_id, role, region_id, facility_id) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(person_id)
        .bind(role.code())
        .bind(region_id)
        .bind(facility_id)
        .fetch_one(self.pool())
        .await?)
    }

    pub async fn revoke_site_role(&self, grant_id: i64) -> StoreResult<()> {
        sqlx::query("DELETE FROM site_roles WHERE id = $1")
            .bind(grant_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}

/// A personal API token as listed to its owner (never the secret).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ApiTokenInfo {
    pub id: i64,
    pub name: String,
    pub created_at: i64,
}

impl Store {
    pub async fn api_tokens(&self, person_id: i64) -> StoreResult<Vec<ApiTokenInfo>> {
        Ok(sqlx::query_as(
            "SELECT id, name, created_at FROM api_tokens WHERE person_id = $1 ORDER BY id",
        )
        .bind(person_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Revokes a token of `person_id`; another person's token is "not found".
    pub async fn revoke_api_token(&self, person_id: i64, token_id: i64) -> StoreResult<()> {
        let result = sqlx::query("DELETE FROM api_tokens WHERE id = $1 AND person_id = $2")
            .bind(token_id)
            .bind(person_id)
            .execute(self.pool())
            .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound("API token"));
        }
        Ok(())
    }
}
