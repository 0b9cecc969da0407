//! Notices for email (and later other channels): the scan that finds what needs each person
//! (`find_notices`), recording them once (`record_notices`, one row per person, kind, subject
//! and occasion day), the notices still waiting to be mailed with each person's choice, and the
//! choices themselves. Who gets which and when is `lmp_domain::notifications`.

use std::collections::{HashMap, HashSet};

use lmp_domain::notifications::{self as rules, NoticeKind};

use crate::decisions::voter_key;
use crate::{now, Store, StoreResult};

/// A notice the scan found: for whom, about what, and what the mail will say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundNotice {
    pub person_id: i64,
    pub kind: NoticeKind,
    pub subject_id: i64,
    pub day: String,
    pub title: String,
    pub detail: String,
    pub link: String,
}

/// A notice not yet mailed, with its person's address, language and choice for its kind.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PendingNotice {
    pub id: i64,
    pub person_id: i64,
    pub kind: String,
    pub subject_id: i64,
    pub day: String,
    pub title: String,
    pub detail: String,
    pub link: String,
    pub created_at: i64,
    pub email: String,
    pub name: String,
    pub language: Option<String>,
    /// The person's choice for this kind; `None`: the kind's default.
    pub delivery: Option<String>,
}

/// A roster entry of a team with an open round: proposal id, title, salt, opened at, meeting,
/// person, role, team name.
type RoundMember = (i64, String, String, i64, Option<i64>, i64, String, String);

/// `YYYY-MM-DD HH:MM UTC` of a unix time.
fn date_time(at: i64) -> String {
    let minutes = at.rem_euclid(86_400) / 60;
    format!(
        "{} {:02}:{:02} UTC",
        lmp_domain::calendar::iso_date(at),
        minutes / 60,
        minutes % 60
    )
}

impl Store {
    /// Everything that needs someone at `now`: assessments awaiting a sponsor's sign-off,
    /// tasks due tomorrow or overdue, unanswered escalations to sponsors, open rounds awaiting
    /// a participant's stance, and planned meetings tomorrow. Only active people.
    pub async fn find_notices(&self, now: i64) -> StoreResult<Vec<FoundNotice>> {
        let since = now - rules::LOOK_BACK_SECS;
        let mut found = Vec::new();

        let sign_offs: Vec<(i64, i64, i64, String, String, i64)> = sqlx::query_as(
            "SELECT r.person_id, a.id, a.submitted_at, t.name, a.month, a.team_id \
             FROM p2p_assessments a JOIN teams t ON t.id = a.team_id \
             JOIN team_roles r ON r.team_id = a.team_id AND r.role LIKE 'sponsor_%' \
             JOIN people p ON p.id = r.person_id AND p.active = 1 \
             WHERE a.status = 'submitted' AND a.submitted_at >= $1 \
             AND NOT EXISTS (SELECT 1 FROM p2p_signoffs s WHERE s.assessment_id = a.id \
                             AND s.person_id = r.person_id AND s.decision = 'approve')",
        )
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        for (person_id, id, submitted_at, team, month, team_id) in sign_offs {
            found.push(FoundNotice {
                person_id,
                kind: NoticeKind::SignOff,
                subject_id: id,
                day: rules::occasion_day(submitted_at),
                title: team,
                detail: month.clone(),
                link: format!("/teams/{team_id}/p2p/{month}"),
            });
        }

        let (from, to) = rules::task_due_range(now);
        let tasks: Vec<(i64, i64, String, String, String)> = sqlx::query_as(
            "SELECT k.owner_id, k.id, k.title, k.due_on, t.name FROM tasks k \
             JOIN teams t ON t.id = k.team_id \
             JOIN people p ON p.id = k.owner_id AND p.active = 1 \
             WHERE k.status = 'open' AND k.due_on >= $1 AND k.due_on <= $2",
        )
        .bind(&from)
        .bind(&to)
        .fetch_all(self.pool())
        .await?;
        for (person_id, id, title, due_on, team) in tasks {
            if let Some((_, day)) = rules::task_notice(&due_on, now) {
                found.push(FoundNotice {
                    person_id,
                    kind: NoticeKind::TaskDue,
                    subject_id: id,
                    day,
                    title,
                    detail: format!("{due_on} · {team}"),
                    link: format!("/tasks/{id}"),
                });
            }
        }

        let escalations: Vec<(i64, i64, String, Option<String>, i64, String)> = sqlx::query_as(
            "SELECT r.person_id, h.id, h.question, h.answer_by, h.escalated_at, t.name \
             FROM huddle_items h JOIN teams t ON t.id = h.team_id \
             JOIN team_roles r ON r.team_id = h.team_id AND r.role LIKE 'sponsor_%' \
             JOIN people p ON p.id = r.person_id AND p.active = 1 \
             WHERE h.escalated_to = 'sponsor' AND h.answered_at IS NULL AND h.escalated_at >= $1",
        )
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        for (person_id, id, question, answer_by, escalated_at, team) in escalations {
            found.push(FoundNotice {
                person_id,
                kind: NoticeKind::Escalation,
                subject_id: id,
                day: rules::occasion_day(escalated_at),
                title: question,
                detail: match answer_by {
                    Some(by) if !by.is_empty() => format!("{team} · {by}"),
                    _ => team,
                },
                link: "/escalations".into(),
            });
        }

        found.extend(self.stance_notices(since).await?);

        let (start, end) = rules::tomorrow_span(now);
        let meetings: Vec<(i64, i64, String, i64, String)> = sqlx::query_as(
            "SELECT DISTINCT r.person_id, m.id, m.title, m.starts_at, t.name FROM meetings m \
             JOIN teams t ON t.id = m.team_id JOIN team_roles r ON r.team_id = m.team_id \
             JOIN people p ON p.id = r.person_id AND p.active = 1 \
             WHERE m.status = 'planned' AND m.starts_at >= $1 AND m.starts_at < $2",
        )
        .bind(start)
        .bind(end)
        .fetch_all(self.pool())
        .await?;
        for (person_id, id, title, starts_at, team) in meetings {
            found.push(FoundNotice {
                person_id,
                kind: NoticeKind::Meeting,
                subject_id: id,
                day: rules::occasion_day(now),
                title,
                detail: format!("{} · {team}", date_time(starts_at)),
                link: format!("/meetings/{id}"),
            });
        }
        Ok(found)
    }

    /// Open consensus rounds and the participants who have given no stance yet. In an
    /// anonymous round the stance rows keep no person: a participant's key is recomputed in
    /// memory, as the round's own page does.
    async fn stance_notices(&self, since: i64) -> StoreResult<Vec<FoundNotice>> {
        const OPEN: &str = "d.status = 'open' AND d.method = 'round' AND d.created_at >= $1";
        let roster: Vec<RoundMember> =
            sqlx::query_as(&format!(
                "SELECT d.id, d.title, d.salt, d.created_at, d.meeting_id, r.person_id, r.role, t.name \
                 FROM proposals d JOIN teams t ON t.id = d.team_id \
                 JOIN team_roles r ON r.team_id = d.team_id \
                 JOIN people p ON p.id = r.person_id AND p.active = 1 WHERE {OPEN}"
            ))
            .bind(since)
            .fetch_all(self.pool())
            .await?;
        if roster.is_empty() {
            return Ok(Vec::new());
        }
        let present: Vec<(i64, i64)> = sqlx::query_as(&format!(
            "SELECT d.id, a.person_id FROM proposals d \
             JOIN meeting_attendance a ON a.meeting_id = d.meeting_id WHERE {OPEN}"
        ))
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        let keys: Vec<(i64, String)> = sqlx::query_as(&format!(
            "SELECT d.id, s.voter_key FROM proposals d \
             JOIN stances s ON s.proposal_id = d.id WHERE {OPEN}"
        ))
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        let mut present_by: HashMap<i64, Vec<i64>> = HashMap::new();
        for (proposal, person) in present {
            present_by.entry(proposal).or_default().push(person);
        }
        let keys: HashSet<(i64, String)> = keys.into_iter().collect();
        let mut seen = HashSet::new();
        let mut found = Vec::new();
        for (id, title, salt, created_at, _meeting, person_id, role, team) in roster {
            let present = present_by.get(&id).map(Vec::as_slice).unwrap_or(&[]);
            let role = lmp_domain::TeamRole::parse(&role);
            if !rules::takes_part(role, person_id, present)
                || keys.contains(&(id, voter_key(&salt, person_id)))
                || !seen.insert((id, person_id))
            {
                continue;
            }
            found.push(FoundNotice {
                person_id,
                kind: NoticeKind::Stance,
                subject_id: id,
                day: rules::occasion_day(created_at),
                title,
                detail: team,
                link: format!("/proposals/{id}"),
            });
        }
        Ok(found)
    }

    /// Records the notices not recorded before; returns how many were new. The sweep finds
    /// the same notices minute after minute, so those already recorded are left out with one
    /// read instead of being written again. Safe to run on several nodes at once: the unique
    /// key keeps one of each.
    pub async fn record_notices(&self, found: &[FoundNotice]) -> StoreResult<u64> {
        let Some(first_day) = found.iter().map(|n| n.day.as_str()).min() else {
            return Ok(0);
        };
        let recorded: Vec<(i64, String, i64, String)> =
            sqlx::query_as("SELECT person_id, kind, subject_id, day FROM notices WHERE day >= $1")
                .bind(first_day)
                .fetch_all(self.pool())
                .await?;
        let recorded: std::collections::HashSet<(i64, String, i64, String)> =
            recorded.into_iter().collect();
        let new: Vec<&FoundNotice> = found
            .iter()
            .filter(|n| {
                !recorded.contains(&(
                    n.person_id,
                    n.kind.code().to_string(),
                    n.subject_id,
                    n.day.clone(),
                ))
            })
            .collect();
        let at = now();
        let mut added = 0;
        for chunk in new.chunks(200) {
            let mut tx = self.pool().begin().await?;
            for n in chunk {
                added += sqlx::query(
                    "INSERT INTO notices (person_id, kind, subject_id, day, title, detail, link, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                     ON CONFLICT (person_id, kind, subject_id, day) DO NOTHING",
                )
                .bind(n.person_id)
                .bind(n.kind.code())
                .bind(n.subject_id)
                .bind(&n.day)
                .bind(&n.title)
                .bind(&n.detail)
                .bind(&n.link)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            }
            tx.commit().await?;
        }
        Ok(added)
    }

    /// Notices not yet mailed or dropped, oldest first, with what composing a mail needs.
    pub async fn pending_notices(&self, limit: i64) -> StoreResult<Vec<PendingNotice>> {
        Ok(sqlx::query_as(
            "SELECT n.id, n.person_id, n.kind, n.subject_id, n.day, n.title, n.detail, n.link, \
             n.created_at, p.email, p.name, pp.language, ep.delivery \
             FROM notices n JOIN people p ON p.id = n.person_id \
             LEFT JOIN person_preferences pp ON pp.person_id = n.person_id \
             LEFT JOIN email_preferences ep ON ep.person_id = n.person_id AND ep.kind = n.kind \
             WHERE n.status = 'pending' ORDER BY n.id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Marks notices the person no longer wants (their kind is off) as dropped.
    pub async fn drop_notices(&self, ids: &[i64]) -> StoreResult<()> {
        let mut tx = self.pool().begin().await?;
        for id in ids {
            sqlx::query(
                "UPDATE notices SET status = 'dropped' WHERE id = $1 AND status = 'pending'",
            )
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The person's chosen deliveries (kind code, delivery code); kinds not listed keep their
    /// default.
    pub async fn email_preferences(&self, person_id: i64) -> StoreResult<Vec<(String, String)>> {
        Ok(sqlx::query_as(
            "SELECT kind, delivery FROM email_preferences WHERE person_id = $1 ORDER BY kind",
        )
        .bind(person_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Records how the person wants one kind of notice. The caller checks both codes.
    pub async fn set_email_preference(
        &self,
        person_id: i64,
        kind: &str,
        delivery: &str,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO email_preferences (person_id, kind, delivery) VALUES ($1, $2, $3) \
             ON CONFLICT (person_id, kind) DO UPDATE SET delivery = excluded.delivery",
        )
        .bind(person_id)
        .bind(kind)
        .bind(delivery)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
