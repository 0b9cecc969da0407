//! Decisions: consensus proposals and their stances, the three tests as the facilitator marks
//! them, the outcome, the decision continuum and its fallback, and decisions noted in minutes.
//! The rules are `lmp_domain::decisions::{consensus, continuum}`; this module only reads and
//! writes.
//!
//! Anonymous rounds: a stance row keeps no person id and no time. It is found again by
//! `voter_key`, a SHA-256 of the proposal's random salt and the person id, so a person can
//! change their own stance; no page, API, export or log turns a key back into a person.

use lmp_domain::{Page, PageRequest};
use rand::RngCore;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::people::like_pattern;
use crate::{now, Store, StoreError, StoreResult};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Proposal {
    pub id: i64,
    pub team_id: i64,
    pub team_name: String,
    pub meeting_id: Option<i64>,
    pub title: String,
    pub background: String,
    pub options: String,
    pub method: String,
    pub anonymous: i64,
    pub hidden: i64,
    pub quorum: i64,
    #[serde(skip)]
    pub salt: String,
    pub status: String,
    pub outcome: Option<String>,
    pub outcome_text: String,
    pub review_on: Option<String>,
    pub test_heard: i64,
    pub test_live: i64,
    pub test_support: i64,
    pub involvement_management: String,
    pub involvement_labor: String,
    pub decider: String,
    pub fallback_text: String,
    pub fallback_action: String,
    pub fallback_by: Option<i64>,
    pub shared: i64,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub closed_at: Option<i64>,
}

impl Proposal {
    pub fn is_open(&self) -> bool {
        self.status == "open"
    }
}

/// A stance as stored. `person_id` is `None` in anonymous rounds.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StanceRow {
    pub person_id: Option<i64>,
    pub voter_key: String,
    pub stance: String,
    pub reason: String,
    pub behaviour: String,
}

#[derive(Debug, Clone, Default)]
pub struct ProposalInput {
    pub team_id: i64,
    pub meeting_id: Option<i64>,
    pub title: String,
    pub background: String,
    pub options: String,
    pub anonymous: bool,
    pub hidden: bool,
    pub quorum: i64,
    pub involvement_management: String,
    pub involvement_labor: String,
    pub decider: String,
    pub shared: bool,
}

pub(crate) const PROPOSAL_SELECT: &str = "SELECT d.id, d.team_id, t.name AS team_name, d.meeting_id, d.title, d.background, d.options, \
     d.method, d.anonymous, d.hidden, d.quorum, d.salt, d.status, d.outcome, d.outcome_text, d.review_on, \
     d.test_heard, d.test_live, d.test_support, d.involvement_management, d.involvement_labor, d.decider, \
     d.fallback_text, d.fallback_action, d.fallback_by, d.shared, d.created_by, d.created_at, d.updated_at, d.closed_at \
     FROM proposals d JOIN teams t ON t.id = d.team_id";

/// The key that finds a person's stance on a proposal without naming them.
pub fn voter_key(salt: &str, person_id: i64) -> String {
    let mut hash = Sha256::new();
    hash.update(salt.as_bytes());
    hash.update(b":");
    hash.update(person_id.to_string().as_bytes());
    hex::encode(hash.finalize())
}

fn new_salt() -> String {
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub(crate) async fn insert_noted_decision(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    team_id: i64,
    meeting_id: i64,
    text: &str,
    by: i64,
    at: i64,
) -> StoreResult<i64> {
    sqlx::query_scalar(
        "INSERT INTO proposals (team_id, meeting_id, title, method, salt, status, outcome, closed_at, closed_by, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, 'noted', $4, 'closed', 'noted', $5, $6, $6, $5, $5) RETURNING id",
    )
    .bind(team_id)
    .bind(meeting_id)
    .bind(text)
    .bind(new_salt())
    .bind(at)
    .bind(by)
    .fetch_one(&mut **tx)
    .await
    .map_err(StoreError::from_write)
}

impl Store {
    pub async fn create_proposal(&self, input: &ProposalInput, by: i64) -> StoreResult<i64> {
        let at = now();
        sqlx::query_scalar(
            "INSERT INTO proposals (team_id, meeting_id, title, background, options, anonymous, hidden, quorum, salt, \
             involvement_management, involvement_labor, decider, shared, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id",
        )
        .bind(input.team_id)
        .bind(input.meeting_id)
        .bind(&input.title)
        .bind(&input.background)
        .bind(&input.options)
        .bind(i64::from(input.anonymous))
        .bind(i64::from(input.hidden))
        .bind(input.quorum)
        .bind(new_salt())
        .bind(&input.involvement_management)
        .bind(&input.involvement_labor)
        .bind(&input.decider)
        .bind(i64::from(input.shared))
        .bind(by)
        .bind(at)
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn proposal(&self, id: i64) -> StoreResult<Proposal> {
        sqlx::query_as(&format!("{PROPOSAL_SELECT} WHERE d.id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("proposal"))
    }

    pub async fn meeting_proposals(&self, meeting_id: i64) -> StoreResult<Vec<Proposal>> {
        Ok(sqlx::query_as(&format!(
            "{PROPOSAL_SELECT} WHERE d.meeting_id = $1 AND d.method = 'round' ORDER BY d.id"
        ))
        .bind(meeting_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// A team's decisions and proposals whose title, background or outcome contains `text`,
    /// the latest first.
    pub async fn team_decisions(
        &self,
        team_id: i64,
        text: &str,
        page: PageRequest,
    ) -> StoreResult<Page<Proposal>> {
        self.find_decisions("d.team_id = $2", team_id, text, page)
            .await
    }

    /// Closed decisions teams chose to share with the whole organisation.
    pub async fn shared_decisions(
        &self,
        text: &str,
        page: PageRequest,
    ) -> StoreResult<Page<Proposal>> {
        self.find_decisions("d.shared = $2 AND d.status = 'closed'", 1, text, page)
            .await
    }

    async fn find_decisions(
        &self,
        scope: &str,
        value: i64,
        text: &str,
        page: PageRequest,
    ) -> StoreResult<Page<Proposal>> {
        let pattern = like_pattern(text);
        let filter = format!(
            "{scope} AND ($1 = '' OR LOWER(d.title) LIKE $1 ESCAPE '\\' OR LOWER(d.background) LIKE $1 ESCAPE '\\' \
             OR LOWER(d.outcome_text) LIKE $1 ESCAPE '\\' OR LOWER(d.fallback_text) LIKE $1 ESCAPE '\\')"
        );
        let items = sqlx::query_as(&format!(
            "{PROPOSAL_SELECT} WHERE {filter} ORDER BY d.created_at DESC, d.id DESC LIMIT $3 OFFSET $4"
        ))
        .bind(&pattern)
        .bind(value)
        .bind(page.limit())
        .bind(page.offset())
        .fetch_all(self.pool())
        .await?;
        let total = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM proposals d WHERE {filter}"))
            .bind(&pattern)
            .bind(value)
            .fetch_one(self.pool())
            .await?;
        Ok(Page::new(items, page, total))
    }

    /// Sets a person's stance (again). In an anonymous round neither the person nor the time
    /// is stored. Refused once the round has closed.
    pub async fn set_stance(
        &self,
        proposal: &Proposal,
        person_id: i64,
        stance: &str,
        reason: &str,
        behaviour: &str,
    ) -> StoreResult<()> {
        let anonymous = proposal.anonymous != 0;
        let key = voter_key(&proposal.salt, person_id);
        let (person, at) = if anonymous {
            (None, 0)
        } else {
            (Some(person_id), now())
        };
        let mut tx = self.pool().begin().await?;
        let open: Option<String> =
            sqlx::query_scalar("SELECT status FROM proposals WHERE id = $1 AND status = 'open'")
                .bind(proposal.id)
                .fetch_optional(&mut *tx)
                .await?;
        if open.is_none() {
            return Err(StoreError::Conflict {
                constraint: "proposal closed".into(),
            });
        }
        sqlx::query(
            "INSERT INTO stances (proposal_id, person_id, voter_key, stance, reason, behaviour, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (proposal_id, voter_key) DO UPDATE SET stance = excluded.stance, \
             reason = excluded.reason, behaviour = excluded.behaviour, updated_at = excluded.updated_at",
        )
        .bind(proposal.id)
        .bind(person)
        .bind(&key)
        .bind(stance)
        .bind(reason)
        .bind(behaviour)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every stance on a proposal, in a fixed order that says nothing about who came first.
    pub async fn stances(&self, proposal_id: i64) -> StoreResult<Vec<StanceRow>> {
        Ok(sqlx::query_as(
            "SELECT person_id, voter_key, stance, reason, behaviour FROM stances WHERE proposal_id = $1 \
             ORDER BY stance, reason, voter_key",
        )
        .bind(proposal_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The stances of several rounds in one read, by proposal, each in [`Store::stances`]
    /// order.
    pub async fn stances_of(
        &self,
        proposal_ids: &[i64],
    ) -> StoreResult<std::collections::HashMap<i64, Vec<StanceRow>>> {
        let mut by_proposal: std::collections::HashMap<i64, Vec<StanceRow>> =
            std::collections::HashMap::new();
        for ids in proposal_ids.chunks(500) {
            let placeholders: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT proposal_id, person_id, voter_key, stance, reason, behaviour FROM stances \
                 WHERE proposal_id IN ({}) ORDER BY proposal_id, stance, reason, voter_key",
                placeholders.join(", ")
            );
            let mut query =
                sqlx::query_as::<_, (i64, Option<i64>, String, String, String, String)>(&sql);
            for id in ids {
                query = query.bind(id);
            }
            for (proposal_id, person_id, voter_key, stance, reason, behaviour) in
                query.fetch_all(self.pool()).await?
            {
                by_proposal.entry(proposal_id).or_default().push(StanceRow {
                    person_id,
                    voter_key,
                    stance,
                    reason,
                    behaviour,
                });
            }
        }
        Ok(by_proposal)
    }

    pub async fn set_involvement(
        &self,
        id: i64,
        management: &str,
        labor: &str,
        decider: &str,
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE proposals SET involvement_management = $1, involvement_labor = $2, decider = $3, updated_at = $4 WHERE id = $5",
        )
        .bind(management)
        .bind(labor)
        .bind(decider)
        .bind(now())
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Ends the stances of a round whose results were hidden, so everyone sees them before the
    /// outcome is recorded. Returns false when it was not open.
    pub async fn reveal_proposal(&self, id: i64, by: i64) -> StoreResult<bool> {
        let at = now();
        let changed = sqlx::query(
            "UPDATE proposals SET status = 'closed', closed_at = $1, closed_by = $2, updated_at = $1 \
             WHERE id = $3 AND status = 'open'",
        )
        .bind(at)
        .bind(by)
        .bind(id)
        .execute(self.pool())
        .await?
        .rows_affected();
        Ok(changed == 1)
    }

    /// Records how a round ended (closing it if still open), with the three tests as they
    /// stood. Returns false when an outcome was already recorded.
    #[allow(clippy::too_many_arguments)]
    pub async fn close_proposal(
        &self,
        id: i64,
        outcome: &str,
        outcome_text: &str,
        review_on: Option<&str>,
        tests: [bool; 3],
        by: i64,
    ) -> StoreResult<bool> {
        let at = now();
        let changed = sqlx::query(
            "UPDATE proposals SET status = 'closed', outcome = $1, outcome_text = $2, review_on = $3, \
             closed_at = COALESCE(closed_at, $4), closed_by = $5, updated_at = $4, \
             test_heard = $6, test_live = $7, test_support = $8 WHERE id = $9 AND outcome IS NULL",
        )
        .bind(outcome)
        .bind(outcome_text)
        .bind(review_on)
        .bind(at)
        .bind(by)
        .bind(i64::from(tests[0]))
        .bind(i64::from(tests[1]))
        .bind(i64::from(tests[2]))
        .bind(id)
        .execute(self.pool())
        .await?
        .rows_affected();
        Ok(changed == 1)
    }

    /// The deciding side's decision after a round closed without consensus.
    pub async fn record_fallback(
        &self,
        id: i64,
        text: &str,
        action: &str,
        by: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE proposals SET outcome = 'fallback', fallback_text = $1, fallback_action = $2, fallback_by = $3, updated_at = $4 \
             WHERE id = $5 AND status = 'closed' AND outcome = 'no_consensus'",
        )
        .bind(text)
        .bind(action)
        .bind(by)
        .bind(now())
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn set_shared(&self, id: i64, shared: bool) -> StoreResult<()> {
        sqlx::query("UPDATE proposals SET shared = $1, updated_at = $2 WHERE id = $3")
            .bind(i64::from(shared))
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::voter_key;

    #[test]
    fn a_voter_key_depends_on_the_salt_and_the_person() {
        let key = voter_key("salt", 7);
        assert_eq!(key.len(), 64);
        assert_eq!(key, voter_key("salt", 7));
        assert_ne!(key, voter_key("salt", 8));
        assert_ne!(key, voter_key("pepper", 7));
    }
}
