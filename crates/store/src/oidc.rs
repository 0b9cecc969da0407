//! Single sign-on with OpenID Connect: sign-ins on their way through the provider, and the
//! link between a provider's account (issuer and subject) and a person.

use crate::accounts::token_hash;
use crate::{audit, now, Store, StoreError, StoreResult};

/// A person as a provider's claims describe them on their first sign-in.
#[derive(Debug, Clone)]
pub struct NewSsoPerson<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub side: lmp_domain::Side,
}

impl Store {
    /// Remembers a sign-in sent to the provider, by its `state`, for `lifetime_secs`; forgets
    /// the ones that were never finished.
    pub async fn oidc_begin(&self, state: &str, next: &str, lifetime_secs: i64) -> StoreResult<()> {
        let at = now();
        sqlx::query("DELETE FROM oidc_pending WHERE expires_at <= $1")
            .bind(at)
            .execute(self.pool())
            .await?;
        sqlx::query(
            "INSERT INTO oidc_pending (state_hash, next_path, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(token_hash(state))
        .bind(next)
        .bind(at + lifetime_secs)
        .execute(self.pool())
        .await
        .map_err(StoreError::from_write)?;
        Ok(())
    }

    /// Takes (uses up) the sign-in begun with `state`: the path to go to afterwards, or `None`
    /// when there is no such sign-in, it was used already, or it expired.
    pub async fn oidc_take(&self, state: &str) -> StoreResult<Option<String>> {
        Ok(sqlx::query_scalar(
            "DELETE FROM oidc_pending WHERE state_hash = $1 AND expires_at > $2 RETURNING next_path",
        )
        .bind(token_hash(state))
        .bind(now())
        .fetch_optional(self.pool())
        .await?)
    }

    /// The person linked to a provider's account, noting the sign-in.
    pub async fn oidc_linked_person(
        &self,
        issuer: &str,
        subject: &str,
    ) -> StoreResult<Option<i64>> {
        Ok(sqlx::query_scalar(
            "UPDATE oidc_links SET last_sign_in_at = $1 WHERE issuer = $2 AND subject = $3 \
             RETURNING person_id",
        )
        .bind(now())
        .bind(issuer)
        .bind(subject)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Links a provider's account to an existing person (found by email), with an audit line.
    pub async fn oidc_link(&self, issuer: &str, subject: &str, person_id: i64) -> StoreResult<()> {
        let mut tx = self.pool().begin().await?;
        let at = now();
        insert_link(&mut tx, issuer, subject, person_id, at).await?;
        audit::record(
            &mut *tx,
            Some(person_id),
            "person.sso_link",
            "person",
            Some(person_id),
            issuer,
            None,
            None,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Creates a person (no team yet) on their first sign-in and links the provider's account
    /// to them, in one transaction, with an audit line.
    pub async fn oidc_create_person(
        &self,
        issuer: &str,
        subject: &str,
        person: &NewSsoPerson<'_>,
    ) -> StoreResult<i64> {
        let mut tx = self.pool().begin().await?;
        let at = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO people (name, email, side, job_title, created_at) \
             VALUES ($1, $2, $3, '', $4) RETURNING id",
        )
        .bind(person.name)
        .bind(person.email.to_lowercase())
        .bind(person.side.code())
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(StoreError::from_write)?;
        insert_link(&mut tx, issuer, subject, id, at).await?;
        audit::record(
            &mut *tx,
            Some(id),
            "person.create",
            "person",
            Some(id),
            &format!("{} (first sign-in through {issuer})", person.email),
            None,
            None,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }
}

/// Remembers that the provider's account (`issuer`, `subject`) is `person_id`.
async fn insert_link(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    issuer: &str,
    subject: &str,
    person_id: i64,
    at: i64,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO oidc_links (issuer, subject, person_id, created_at, last_sign_in_at) \
         VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(issuer)
    .bind(subject)
    .bind(person_id)
    .bind(at)
    .execute(&mut **tx)
    .await
    .map_err(StoreError::from_write)?;
    Ok(())
}
