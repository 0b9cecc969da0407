//! Path to Performance records: agreement years and their criteria (with revisions), monthly
//! assessments with their answers and the log of every tick, sponsor sign-offs and check-ins,
//! and each team's rating per quarter for roll-ups.

pub mod rollup;
mod starter;

use lmp_domain::p2p::evidence::TeamFacts;
use lmp_domain::p2p::period::Month;
use lmp_domain::p2p::{Criterion, Dimension};
use lmp_domain::{Page, PageRequest, Side, TeamRole};
use serde::{Deserialize, Serialize};

use crate::{now, parse_json_rows, Store, StoreError, StoreResult};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Year {
    pub id: i64,
    pub name: String,
    pub based_on_id: Option<i64>,
    pub created_at: i64,
}

/// A criterion as stored.
#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct CriterionRow {
    pub id: i64,
    pub year_id: i64,
    pub dimension: String,
    pub level: i64,
    pub position: i64,
    pub text: String,
    pub placeholder: i64,
    pub evidence: Option<String>,
    pub copied_from: Option<i64>,
}

impl CriterionRow {
    pub fn to_domain(&self) -> Option<Criterion> {
        Some(Criterion {
            id: self.id,
            dimension: Dimension::parse(&self.dimension)?,
            level: u8::try_from(self.level).ok()?,
            text: self.text.clone(),
            placeholder: self.placeholder == 1,
        })
    }
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Revision {
    pub id: i64,
    pub text: String,
    pub placeholder: i64,
    pub changed_by_name: Option<String>,
    pub at: i64,
}

/// One month's self-assessment of one team.
#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct Assessment {
    pub id: i64,
    pub team_id: i64,
    pub year_id: i64,
    pub month: String,
    /// draft, submitted, returned or approved.
    pub status: String,
    pub level: Option<i64>,
    pub submitted_by: Option<i64>,
    pub submitted_at: Option<i64>,
    pub decided_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct AssessmentWithAnswers {
    #[sqlx(flatten)]
    assessment: Assessment,
    answers_json: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct Answer {
    pub criterion_id: i64,
    pub met: i64,
    pub comment: String,
    pub evidence_url: String,
}

/// A change to one answer, as submitted.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerChange {
    pub criterion_id: i64,
    pub met: bool,
    pub comment: String,
    pub evidence_url: String,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct LogEntry {
    pub id: i64,
    pub month: String,
    pub criterion_id: i64,
    pub criterion_text: String,
    pub met: i64,
    pub comment: String,
    pub evidence_url: String,
    pub person_name: Option<String>,
    pub at: i64,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct SignOff {
    pub id: i64,
    pub person_id: i64,
    pub person_name: String,
    pub side: String,
    pub decision: String,
    pub comment: String,
    pub at: i64,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct CheckIn {
    pub id: i64,
    pub team_id: i64,
    pub held_on: String,
    pub sponsor_id: i64,
    pub sponsor_name: String,
    pub notes: String,
    pub recorded_by_name: Option<String>,
}

/// An assessment waiting for a sponsor's decision, with its team's name.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct AwaitingSignOff {
    pub assessment_id: i64,
    pub team_id: i64,
    pub team_name: String,
    pub month: String,
    pub submitted_at: Option<i64>,
}

/// An approved assessment in a team's history.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct HistoryPoint {
    pub assessment_id: i64,
    pub month: String,
    pub level: i64,
    pub decided_at: i64,
}

const CRITERION_COLUMNS: &str =
    "id, year_id, dimension, level, position, text, placeholder, evidence, copied_from";
const ASSESSMENT_COLUMNS: &str =
    "id, team_id, year_id, month, status, level, submitted_by, submitted_at, decided_at";

impl Store {
    /// Loads the starter criteria as the first agreement year when there is none.
    pub async fn ensure_p2p_starter(&self) -> StoreResult<()> {
        let years: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM p2p_years")
            .fetch_one(self.pool())
            .await?;
        if years > 0 {
            return Ok(());
        }
        let mut tx = self.pool().begin().await?;
        let at = now();
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO p2p_years (name, created_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id",
        )
        .bind(starter::YEAR_NAME)
        .bind(at)
        .fetch_optional(&mut *tx)
        .await?;
        // Another node got there first.
        let Some(year_id) = inserted else {
            return Ok(());
        };
        let mut positions = std::collections::HashMap::new();
        for (dimension, level, text, placeholder, evidence) in starter::CRITERIA {
            let position = positions.entry((*dimension, *level)).or_insert(0i64);
            *position += 1;
            sqlx::query(
                "INSERT INTO p2p_criteria (year_id, dimension, level, position, text, placeholder, evidence, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(year_id)
            .bind(*dimension)
            .bind(i64::from(*level))
            .bind(*position)
            .bind(*text)
            .bind(i64::from(*placeholder))
            .bind(*evidence)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn p2p_years(&self) -> StoreResult<Vec<Year>> {
        Ok(sqlx::query_as(
            "SELECT id, name, based_on_id, created_at FROM p2p_years ORDER BY id DESC",
        )
        .fetch_all(self.pool())
        .await?)
    }

    /// The agreement year in force: the newest.
    pub async fn current_p2p_year(&self) -> StoreResult<Year> {
        sqlx::query_as(
            "SELECT id, name, based_on_id, created_at FROM p2p_years ORDER BY id DESC LIMIT 1",
        )
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound("agreement year"))
    }

    pub async fn p2p_year_by_name(&self, name: &str) -> StoreResult<Option<Year>> {
        Ok(sqlx::query_as(
            "SELECT id, name, based_on_id, created_at FROM p2p_years WHERE name = $1",
        )
        .bind(name)
        .fetch_optional(self.pool())
        .await?)
    }

    /// The criteria of a year in grid order.
    pub async fn p2p_criteria(&self, year_id: i64) -> StoreResult<Vec<CriterionRow>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {CRITERION_COLUMNS} FROM p2p_criteria WHERE year_id = $1 ORDER BY level, dimension, position"
        ))
        .bind(year_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn p2p_criterion(&self, id: i64) -> StoreResult<CriterionRow> {
        sqlx::query_as(&format!(
            "SELECT {CRITERION_COLUMNS} FROM p2p_criteria WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound("criterion"))
    }

    /// A new agreement year, starting as a copy of `from_year_id`'s criteria.
    pub async fn copy_p2p_year(&self, from_year_id: i64, name: &str) -> StoreResult<i64> {
        let mut tx = self.pool().begin().await?;
        let at = now();
        let year_id: i64 = sqlx::query_scalar(
            "INSERT INTO p2p_years (name, based_on_id, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(name)
        .bind(from_year_id)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(StoreError::from_write)?;
        sqlx::query(
            "INSERT INTO p2p_criteria (year_id, dimension, level, position, text, placeholder, evidence, copied_from, updated_at) \
             SELECT $1, dimension, level, position, text, placeholder, evidence, id, $2 FROM p2p_criteria WHERE year_id = $3",
        )
        .bind(year_id)
        .bind(at)
        .bind(from_year_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(year_id)
    }

    /// Rewrites a criterion, keeping the wording it had as a revision.
    pub async fn update_p2p_criterion(
        &self,
        id: i64,
        text: &str,
        placeholder: bool,
        by: i64,
    ) -> StoreResult<()> {
        let old = self.p2p_criterion(id).await?;
        let mut tx = self.pool().begin().await?;
        let at = now();
        sqlx::query("INSERT INTO p2p_criterion_revisions (criterion_id, text, placeholder, changed_by, at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(&old.text)
            .bind(old.placeholder)
            .bind(by)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE p2p_criteria SET text = $1, placeholder = $2, updated_at = $3 WHERE id = $4",
        )
        .bind(text)
        .bind(i64::from(placeholder))
        .bind(at)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a criterion to a cell of a year's grid.
    pub async fn add_p2p_criterion(
        &self,
        year_id: i64,
        dimension: Dimension,
        level: u8,
        text: &str,
    ) -> StoreResult<i64> {
        let position: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM p2p_criteria WHERE year_id = $1 AND dimension = $2 AND level = $3",
        )
        .bind(year_id)
        .bind(dimension.code())
        .bind(i64::from(level))
        .fetch_one(self.pool())
        .await?;
        sqlx::query_scalar(
            "INSERT INTO p2p_criteria (year_id, dimension, level, position, text, placeholder, updated_at) \
             VALUES ($1, $2, $3, $4, $5, 0, $6) RETURNING id",
        )
        .bind(year_id)
        .bind(dimension.code())
        .bind(i64::from(level))
        .bind(position)
        .bind(text)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    /// Earlier wordings of a criterion, newest first.
    pub async fn p2p_revisions(&self, criterion_id: i64) -> StoreResult<Vec<Revision>> {
        Ok(sqlx::query_as(
            "SELECT r.id, r.text, r.placeholder, p.name AS changed_by_name, r.at FROM p2p_criterion_revisions r \
             LEFT JOIN people p ON p.id = r.changed_by WHERE r.criterion_id = $1 ORDER BY r.id DESC",
        )
        .bind(criterion_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn assessment(&self, id: i64) -> StoreResult<Assessment> {
        sqlx::query_as(&format!(
            "SELECT {ASSESSMENT_COLUMNS} FROM p2p_assessments WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound("assessment"))
    }

    pub async fn assessment_for_month(
        &self,
        team_id: i64,
        month: Month,
    ) -> StoreResult<Option<Assessment>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {ASSESSMENT_COLUMNS} FROM p2p_assessments WHERE team_id = $1 AND month = $2"
        ))
        .bind(team_id)
        .bind(month.code())
        .fetch_optional(self.pool())
        .await?)
    }

    /// The team's most recent assessment with this status (any status when `None`).
    pub async fn latest_assessment(
        &self,
        team_id: i64,
        status: Option<&str>,
    ) -> StoreResult<Option<Assessment>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {ASSESSMENT_COLUMNS} FROM p2p_assessments WHERE team_id = $1 AND ($2 = '' OR status = $2) \
             ORDER BY month DESC LIMIT 1"
        ))
        .bind(team_id)
        .bind(status.unwrap_or(""))
        .fetch_optional(self.pool())
        .await?)
    }

    /// The team's latest approved assessment with its answers, in one query (the team page
    /// shows the level it gives).
    pub async fn latest_approved_with_answers(
        &self,
        team_id: i64,
    ) -> StoreResult<Option<(Assessment, Vec<Answer>)>> {
        let answers_sql = self.json_rows_sql(
            &[
                ("criterion_id", "x.criterion_id"),
                ("met", "x.met"),
                ("comment", "x.comment"),
                ("evidence_url", "x.evidence_url"),
            ],
            "FROM p2p_answers x WHERE x.assessment_id = a.id",
        );
        let row: Option<AssessmentWithAnswers> = sqlx::query_as(&format!(
            "SELECT a.id, a.team_id, a.year_id, a.month, a.status, a.level, a.submitted_by, a.submitted_at, \
             a.decided_at, ({answers_sql}) AS answers_json FROM p2p_assessments a \
             WHERE a.team_id = $1 AND a.status = 'approved' ORDER BY a.month DESC LIMIT 1"
        ))
        .bind(team_id)
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(row) => Ok(Some((
                row.assessment,
                parse_json_rows(&row.answers_json, "answers")?,
            ))),
            None => Ok(None),
        }
    }

    /// Starts the month's assessment as a draft, carrying over the answers of the team's latest
    /// assessment (mapped onto this year's criteria) so co-leads review rather than retype.
    pub async fn open_assessment(
        &self,
        team_id: i64,
        year_id: i64,
        month: Month,
    ) -> StoreResult<Assessment> {
        if let Some(existing) = self.assessment_for_month(team_id, month).await? {
            return Ok(existing);
        }
        let previous = self.latest_assessment(team_id, None).await?;
        let mut tx = self.pool().begin().await?;
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO p2p_assessments (team_id, year_id, month, status, created_at) VALUES ($1, $2, $3, 'draft', $4) \
             ON CONFLICT (team_id, month) DO NOTHING RETURNING id",
        )
        .bind(team_id)
        .bind(year_id)
        .bind(month.code())
        .bind(now())
        .fetch_optional(&mut *tx)
        .await?;
        if let (Some(id), Some(previous)) = (inserted, previous) {
            // Same criterion, or the one this year's criterion was copied from.
            sqlx::query(
                "INSERT INTO p2p_answers (assessment_id, criterion_id, met, comment, evidence_url) \
                 SELECT $1, c.id, a.met, a.comment, a.evidence_url FROM p2p_criteria c \
                 JOIN p2p_answers a ON a.assessment_id = $2 AND (a.criterion_id = c.id OR a.criterion_id = c.copied_from) \
                 WHERE c.year_id = $3",
            )
            .bind(id)
            .bind(previous.id)
            .bind(year_id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        self.assessment_for_month(team_id, month)
            .await?
            .ok_or(StoreError::NotFound("assessment"))
    }

    pub async fn answers(&self, assessment_id: i64) -> StoreResult<Vec<Answer>> {
        Ok(sqlx::query_as(
            "SELECT criterion_id, met, comment, evidence_url FROM p2p_answers WHERE assessment_id = $1",
        )
        .bind(assessment_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Saves the answers that changed, logging each change with who made it. Returns how many
    /// changed.
    pub async fn save_answers(
        &self,
        assessment_id: i64,
        changes: &[AnswerChange],
        by: i64,
    ) -> StoreResult<usize> {
        let current = self.answers(assessment_id).await?;
        let at = now();
        let mut tx = self.pool().begin().await?;
        let mut changed = 0;
        for change in changes {
            let before = current
                .iter()
                .find(|a| a.criterion_id == change.criterion_id);
            let same = before.is_some_and(|b| {
                (b.met == 1) == change.met
                    && b.comment == change.comment
                    && b.evidence_url == change.evidence_url
            });
            let untouched_blank = before.is_none()
                && !change.met
                && change.comment.is_empty()
                && change.evidence_url.is_empty();
            if same || untouched_blank {
                continue;
            }
            changed += 1;
            sqlx::query(
                "INSERT INTO p2p_answers (assessment_id, criterion_id, met, comment, evidence_url) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET met = $3, comment = $4, evidence_url = $5",
            )
            .bind(assessment_id)
            .bind(change.criterion_id)
            .bind(i64::from(change.met))
            .bind(&change.comment)
            .bind(&change.evidence_url)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO p2p_answer_log (assessment_id, criterion_id, met, comment, evidence_url, person_id, at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(assessment_id)
            .bind(change.criterion_id)
            .bind(i64::from(change.met))
            .bind(&change.comment)
            .bind(&change.evidence_url)
            .bind(by)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(changed)
    }

    /// Hands a draft or returned assessment to the sponsors. Approvals of an earlier round no
    /// longer apply.
    pub async fn submit_assessment(&self, id: i64, by: i64) -> StoreResult<()> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("UPDATE p2p_assessments SET status = 'submitted', submitted_by = $1, submitted_at = $2 WHERE id = $3")
            .bind(by)
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM p2p_signoffs WHERE assessment_id = $1 AND decision = 'approve'")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sends a submitted assessment back to the co-leads.
    pub async fn return_assessment(&self, id: i64) -> StoreResult<()> {
        sqlx::query(
            "UPDATE p2p_assessments SET status = 'returned', decided_at = $1 WHERE id = $2",
        )
        .bind(now())
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn record_sign_off(
        &self,
        assessment_id: i64,
        person_id: i64,
        side: Side,
        decision: &str,
        comment: &str,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO p2p_signoffs (assessment_id, person_id, side, decision, comment, at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(assessment_id)
        .bind(person_id)
        .bind(side.code())
        .bind(decision)
        .bind(comment)
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn sign_offs(&self, assessment_id: i64) -> StoreResult<Vec<SignOff>> {
        Ok(sqlx::query_as(
            "SELECT s.id, s.person_id, p.name AS person_name, s.side, s.decision, s.comment, s.at \
             FROM p2p_signoffs s JOIN people p ON p.id = s.person_id WHERE s.assessment_id = $1 ORDER BY s.id",
        )
        .bind(assessment_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Marks an assessment approved at `level` and makes it the team's rating for its quarter
    /// unless a later month of that quarter is already approved. `missing` lists the criteria
    /// that stood between the team and the next level.
    pub async fn approve_assessment(
        &self,
        assessment: &Assessment,
        level: u8,
        missing: &[i64],
    ) -> StoreResult<()> {
        let month =
            Month::parse(&assessment.month).ok_or(StoreError::NotFound("assessment month"))?;
        let quarter = month.quarter().code();
        let missing: Vec<String> = missing.iter().map(i64::to_string).collect();
        let mut tx = self.pool().begin().await?;
        sqlx::query("UPDATE p2p_assessments SET status = 'approved', level = $1, decided_at = $2 WHERE id = $3")
            .bind(i64::from(level))
            .bind(now())
            .bind(assessment.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO p2p_quarter_levels (team_id, quarter, level, assessment_id, month, missing) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (team_id, quarter) DO UPDATE SET level = $3, assessment_id = $4, month = $5, missing = $6 \
             WHERE p2p_quarter_levels.month <= $5",
        )
        .bind(assessment.team_id)
        .bind(&quarter)
        .bind(i64::from(level))
        .bind(assessment.id)
        .bind(&assessment.month)
        .bind(missing.join(","))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Submitted assessments of the teams `person_id` sponsors that they have not yet decided.
    pub async fn awaiting_sign_off(&self, person_id: i64) -> StoreResult<Vec<AwaitingSignOff>> {
        Ok(sqlx::query_as(
            "SELECT a.id AS assessment_id, a.team_id, t.name AS team_name, a.month, a.submitted_at \
             FROM p2p_assessments a JOIN teams t ON t.id = a.team_id \
             WHERE a.status = 'submitted' AND a.team_id IN \
               (SELECT team_id FROM team_roles WHERE person_id = $1 AND role LIKE 'sponsor_%') \
             AND NOT EXISTS (SELECT 1 FROM p2p_signoffs s WHERE s.assessment_id = a.id AND s.person_id = $1 AND s.decision = 'approve') \
             ORDER BY a.submitted_at",
        )
        .bind(person_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Every approved assessment of a team, oldest first.
    pub async fn p2p_history(&self, team_id: i64) -> StoreResult<Vec<HistoryPoint>> {
        Ok(sqlx::query_as(
            "SELECT id AS assessment_id, month, level, decided_at FROM p2p_assessments \
             WHERE team_id = $1 AND status = 'approved' AND level IS NOT NULL ORDER BY month",
        )
        .bind(team_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Who ticked what and when, newest first, a page at a time.
    pub async fn p2p_log(&self, team_id: i64, page: PageRequest) -> StoreResult<Page<LogEntry>> {
        let items = sqlx::query_as(
            "SELECT l.id, a.month, l.criterion_id, c.text AS criterion_text, l.met, l.comment, l.evidence_url, \
             p.name AS person_name, l.at FROM p2p_answer_log l JOIN p2p_assessments a ON a.id = l.assessment_id \
             JOIN p2p_criteria c ON c.id = l.criterion_id LEFT JOIN people p ON p.id = l.person_id \
             WHERE a.team_id = $1 ORDER BY l.id DESC LIMIT $2 OFFSET $3",
        )
        .bind(team_id)
        .bind(page.limit())
        .bind(page.offset())
        .fetch_all(self.pool())
        .await?;
        let total = sqlx::query_scalar(
            "SELECT COUNT(*) FROM p2p_answer_log l JOIN p2p_assessments a ON a.id = l.assessment_id WHERE a.team_id = $1",
        )
        .bind(team_id)
        .fetch_one(self.pool())
        .await?;
        Ok(Page::new(items, page, total))
    }

    pub async fn add_check_in(
        &self,
        team_id: i64,
        held_on: &str,
        sponsor_id: i64,
        notes: &str,
        by: i64,
    ) -> StoreResult<i64> {
        sqlx::query_scalar(
            "INSERT INTO sponsor_check_ins (team_id, held_on, sponsor_id, notes, recorded_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(team_id)
        .bind(held_on)
        .bind(sponsor_id)
        .bind(notes)
        .bind(by)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn check_ins(&self, team_id: i64, page: PageRequest) -> StoreResult<Page<CheckIn>> {
        let items = sqlx::query_as(
            "SELECT c.id, c.team_id, c.held_on, c.sponsor_id, s.name AS sponsor_name, c.notes, r.name AS recorded_by_name \
             FROM sponsor_check_ins c JOIN people s ON s.id = c.sponsor_id LEFT JOIN people r ON r.id = c.recorded_by \
             WHERE c.team_id = $1 ORDER BY c.held_on DESC, c.id DESC LIMIT $2 OFFSET $3",
        )
        .bind(team_id)
        .bind(page.limit())
        .bind(page.offset())
        .fetch_all(self.pool())
        .await?;
        let total = sqlx::query_scalar("SELECT COUNT(*) FROM sponsor_check_ins WHERE team_id = $1")
            .bind(team_id)
            .fetch_one(self.pool())
            .await?;
        Ok(Page::new(items, page, total))
    }

    /// What the hub knows about a team that can serve as evidence for criteria.
    pub async fn team_facts(&self, team_id: i64, month: Month) -> StoreResult<TeamFacts> {
        let (team, roster) = self.team_with_roster(team_id).await?;
        let roles: Vec<TeamRole> = roster.iter().filter_map(|e| e.team_role()).collect();
        let sides = |wanted: fn(TeamRole) -> Option<Side>| -> Vec<Side> {
            let mut sides: Vec<Side> = roles.iter().filter_map(|r| wanted(*r)).collect();
            sides.sort();
            sides.dedup();
            sides
        };
        let held_on: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT SUBSTR(held_on, 1, 7) FROM sponsor_check_ins WHERE team_id = $1",
        )
        .bind(team_id)
        .fetch_all(self.pool())
        .await?;
        // Completed courses on the roster (the Learning records).
        let training = self.team_training_summary(team_id).await?;
        Ok(TeamFacts {
            co_lead_training_done: Some(training.co_lead_training_done()),
            member_training_done: Some(training.member_training_done()),
            sponsor_sides: sides(|r| match r {
                TeamRole::Sponsor(side) => Some(side),
                _ => None,
            }),
            co_lead_sides: sides(|r| match r {
                TeamRole::CoLead(side) => Some(side),
                _ => None,
            }),
            safety_champions: roles
                .iter()
                .filter(|r| **r == TeamRole::SafetyChampion)
                .count(),
            charter_written: !team.purpose.trim().is_empty()
                && !team.ground_rules.trim().is_empty()
                && !team.decision_rules.trim().is_empty(),
            check_in_months: held_on.iter().filter_map(|m| Month::parse(m)).collect(),
            month: Some(month),
            practices_spread: Some(
                u32::try_from(self.practices_spread_or_adopted(team_id).await?).unwrap_or(0),
            ),
            test_cycles: Some(lmp_domain::improvement::pdsa::cycle_counts(
                &self.team_cycle_activity(team_id).await?,
                now(),
            )),
            ..TeamFacts::default()
        })
    }
}
