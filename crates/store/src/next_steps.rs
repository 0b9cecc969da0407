//! What "Your next steps" reads: the teams a person co-leads or sponsors with each one's latest
//! approved self-assessment, and the published guides, tools and courses with how many people
//! found each helpful. Two queries whatever the number of teams or pages; the choosing and
//! ranking are `lmp_domain::next_steps`.

use lmp_domain::content::ContentType;
use lmp_domain::next_steps::{Candidate, KINDS};
use lmp_domain::TeamRole;

use crate::p2p::{Answer, Assessment};
use crate::{parse_json_rows, Store, StoreResult};

/// The most pages read as candidates: far more than a content library holds, a guard only.
const MAX_CANDIDATES: i64 = 5000;

/// A team the person co-leads or sponsors, with their roles in it and its latest approved
/// assessment (and answers), if any.
#[derive(Debug, Clone)]
pub struct LedTeam {
    pub team_id: i64,
    pub team_name: String,
    pub roles: Vec<TeamRole>,
    pub approved: Option<(Assessment, Vec<Answer>)>,
}

#[derive(sqlx::FromRow)]
struct RoleRow {
    team_id: i64,
    team_name: String,
    role: String,
}

#[derive(sqlx::FromRow)]
struct ApprovedRow {
    #[sqlx(flatten)]
    assessment: Assessment,
    answers_json: String,
}

#[derive(sqlx::FromRow)]
struct CandidateRow {
    slug: String,
    title: String,
    summary: String,
    kind: String,
    language: String,
    translation_of: Option<String>,
    topics: String,
    audience: String,
    extra: String,
    published_at: i64,
    helpful: i64,
}

fn split(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// `tr.role IN (…)` for the roles that lead or sponsor a team.
fn leading_roles() -> String {
    let codes: Vec<String> = TeamRole::ALL
        .into_iter()
        .filter(|r| matches!(r, TeamRole::CoLead(_) | TeamRole::Sponsor(_)))
        .map(|r| format!("'{}'", r.code()))
        .collect();
    format!("tr.role IN ({})", codes.join(", "))
}

impl Store {
    /// The teams `person_id` co-leads or sponsors, by name, with their latest approved
    /// assessment. Only the person's own roles decide which teams come back.
    pub async fn led_teams(&self, person_id: i64) -> StoreResult<Vec<LedTeam>> {
        let leading = leading_roles();
        let roles: Vec<RoleRow> = sqlx::query_as(&format!(
            "SELECT t.id AS team_id, t.name AS team_name, tr.role FROM team_roles tr \
             JOIN teams t ON t.id = tr.team_id WHERE tr.person_id = $1 AND {leading} \
             ORDER BY t.name, t.id, tr.role"
        ))
        .bind(person_id)
        .fetch_all(self.pool())
        .await?;
        let mut teams: Vec<LedTeam> = Vec::new();
        for row in roles {
            let Some(role) = TeamRole::parse(&row.role) else {
                continue;
            };
            match teams.last_mut() {
                Some(last) if last.team_id == row.team_id => last.roles.push(role),
                _ => teams.push(LedTeam {
                    team_id: row.team_id,
                    team_name: row.team_name,
                    roles: vec![role],
                    approved: None,
                }),
            }
        }
        if teams.is_empty() {
            return Ok(teams);
        }
        let answers_sql = self.json_rows_sql(
            &[
                ("criterion_id", "x.criterion_id"),
                ("met", "x.met"),
                ("comment", "x.comment"),
                ("evidence_url", "x.evidence_url"),
            ],
            "FROM p2p_answers x WHERE x.assessment_id = a.id",
        );
        let approved: Vec<ApprovedRow> = sqlx::query_as(&format!(
            "SELECT a.id, a.team_id, a.year_id, a.month, a.status, a.level, a.submitted_by, a.submitted_at, \
             a.decided_at, ({answers_sql}) AS answers_json FROM p2p_assessments a \
             WHERE a.status = 'approved' \
             AND a.team_id IN (SELECT tr.team_id FROM team_roles tr WHERE tr.person_id = $1 AND {leading}) \
             AND a.month = (SELECT MAX(b.month) FROM p2p_assessments b \
                            WHERE b.team_id = a.team_id AND b.status = 'approved')"
        ))
        .bind(person_id)
        .fetch_all(self.pool())
        .await?;
        for row in approved {
            if let Some(team) = teams
                .iter_mut()
                .find(|t| t.team_id == row.assessment.team_id)
            {
                let answers = parse_json_rows(&row.answers_json, "answers")?;
                team.approved = Some((row.assessment, answers));
            }
        }
        Ok(teams)
    }

    /// Every published guide, tool and course with how many people found it helpful (no
    /// bodies).
    pub async fn next_step_candidates(&self) -> StoreResult<Vec<Candidate>> {
        let kinds: Vec<String> = KINDS.iter().map(|k| format!("'{}'", k.code())).collect();
        let rows: Vec<CandidateRow> = sqlx::query_as(&format!(
            "SELECT p.slug, p.title, p.summary, p.kind, p.language, p.translation_of, p.topics, p.audience, \
             p.extra, COALESCE(p.published_at, p.updated_at) AS published_at, \
             (SELECT COUNT(*) FROM content_feedback f WHERE f.page_id = p.id AND f.helpful = 1) AS helpful \
             FROM content_pages p WHERE p.status = 'published' AND p.kind IN ({}) \
             ORDER BY p.id LIMIT {MAX_CANDIDATES}",
            kinds.join(", ")
        ))
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|row| {
                let extra: std::collections::BTreeMap<String, String> =
                    serde_json::from_str(&row.extra).unwrap_or_default();
                Some(Candidate {
                    kind: ContentType::parse(&row.kind)?,
                    level: extra.get("level").and_then(|l| l.parse().ok()),
                    topics: split(&row.topics),
                    audience: split(&row.audience),
                    slug: row.slug,
                    title: row.title,
                    summary: row.summary,
                    language: row.language,
                    translation_of: row.translation_of,
                    helpful: row.helpful,
                    published_at: row.published_at,
                })
            })
            .collect())
    }
}
