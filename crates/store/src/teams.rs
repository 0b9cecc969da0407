//! Teams: the directory, one team's page and charter, and where a team sits.

use lmp_domain::{Page, PageRequest};
use serde::{Deserialize, Serialize};

use crate::p2p::{Answer, Assessment};
use crate::people::like_pattern;
use crate::roster::{parse_roster, RosterEntry};
use crate::{bind_scalar, now, parse_json_rows, Param, Store, StoreError, StoreResult};

/// One row of the team directory.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TeamSummary {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub department_id: i64,
    pub department_name: String,
    pub facility_id: i64,
    pub facility_name: String,
    pub region_id: i64,
    pub region_name: String,
    pub people_count: i64,
}

/// A team with its charter.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Team {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub department_id: i64,
    pub department_name: String,
    pub facility_id: i64,
    pub facility_name: String,
    pub region_id: i64,
    pub region_name: String,
    pub purpose: String,
    pub meeting_cadence: String,
    pub ground_rules: String,
    pub decision_rules: String,
    pub quorum: i64,
    pub updated_at: i64,
}

#[derive(sqlx::FromRow)]
struct TeamWithRoster {
    #[sqlx(flatten)]
    team: Team,
    roster_json: String,
}

#[derive(sqlx::FromRow)]
struct TeamPageRow {
    #[sqlx(flatten)]
    team: Team,
    roster_json: String,
    assessment_json: String,
    answers_json: String,
}

/// What the team page needs, read at once.
pub struct TeamPageData {
    pub team: Team,
    pub roster: Vec<RosterEntry>,
    /// The latest approved Path to Performance assessment and its answers.
    pub approved: Option<(Assessment, Vec<Answer>)>,
}

/// Directory filters; every field is optional and they combine with AND.
#[derive(Debug, Clone, Default)]
pub struct TeamFilter {
    pub region_id: Option<i64>,
    pub facility_id: Option<i64>,
    pub department_id: Option<i64>,
    pub local_id: Option<i64>,
    pub text: String,
}

/// The charter fields a co-lead edits; validated by the caller.
#[derive(Debug, Clone, Default)]
pub struct CharterInput {
    pub description: String,
    pub purpose: String,
    pub meeting_cadence: String,
    pub ground_rules: String,
    pub decision_rules: String,
    pub quorum: i64,
}

const TEAM_FROM: &str = "FROM teams t JOIN departments d ON d.id = t.department_id \
     JOIN facilities f ON f.id = d.facility_id JOIN regions r ON r.id = f.region_id";

/// Builds the directory's WHERE clause with only the filters given, so each query can use the
/// index that fits it (a catch-all `$1 IS NULL OR …` clause defeats the planner).
fn directory_where(filter: &TeamFilter) -> (String, Vec<Param>) {
    let mut clauses = Vec::new();
    let mut params = Vec::new();
    let next = |param: Param, params: &mut Vec<Param>| {
        params.push(param);
        format!("${}", params.len())
    };
    if let Some(id) = filter.region_id {
        clauses.push(format!(
            "t.region_id = {}",
            next(Param::Int(id), &mut params)
        ));
    }
    if let Some(id) = filter.facility_id {
        clauses.push(format!(
            "t.facility_id = {}",
            next(Param::Int(id), &mut params)
        ));
    }
    if let Some(id) = filter.department_id {
        clauses.push(format!(
            "t.department_id = {}",
            next(Param::Int(id), &mut params)
        ));
    }
    if let Some(id) = filter.local_id {
        clauses.push(format!(
            "t.id IN (SELECT tr.team_id FROM team_roles tr JOIN people p ON p.id = tr.person_id \
             WHERE p.local_id = {})",
            next(Param::Int(id), &mut params)
        ));
    }
    let pattern = like_pattern(&filter.text);
    if !pattern.is_empty() {
        let n = next(Param::Text(pattern), &mut params);
        clauses.push(format!(
            "(LOWER(t.name) LIKE {n} ESCAPE '\\' OR LOWER(d.name) LIKE {n} ESCAPE '\\' \
             OR LOWER(f.name) LIKE {n} ESCAPE '\\')"
        ));
    }
    let sql = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    (sql, params)
}

impl Store {
    /// One page of the team directory, in team-name order.
    pub async fn team_directory(
        &self,
        filter: &TeamFilter,
        page: PageRequest,
    ) -> StoreResult<Page<TeamSummary>> {
        let (where_sql, params) = directory_where(filter);
        let n = params.len();
        // Without a text filter the names of department and facility are not needed to pick
        // the page: it comes from `teams` alone, on an index. Only the page's rows are then
        // joined, counted and folded into one JSON value.
        let from = if filter.text.trim().is_empty() {
            "FROM teams t"
        } else {
            TEAM_FROM
        };
        let sql = self.json_rows_sql(
            &[
                ("id", "t.id"),
                ("name", "t.name"),
                ("description", "t.description"),
                ("department_id", "d.id"),
                ("department_name", "d.name"),
                ("facility_id", "f.id"),
                ("facility_name", "f.name"),
                ("region_id", "r.id"),
                ("region_name", "r.name"),
                (
                    "people_count",
                    "(SELECT COUNT(DISTINCT x.person_id) FROM team_roles x WHERE x.team_id = t.id)",
                ),
            ],
            &format!(
                "FROM (SELECT t.id {from} {where_sql} ORDER BY t.name, t.id LIMIT ${} OFFSET ${}) chosen \
                 JOIN teams t ON t.id = chosen.id JOIN departments d ON d.id = t.department_id \
                 JOIN facilities f ON f.id = d.facility_id JOIN regions r ON r.id = f.region_id",
                n + 1,
                n + 2
            ),
        );
        let json: String = bind_scalar(sqlx::query_scalar(&sql), &params)
            .bind(page.limit())
            .bind(page.offset())
            .fetch_one(self.pool())
            .await?;
        let mut items: Vec<TeamSummary> = parse_json_rows(&json, "team directory")?;
        items.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        let count_sql = format!("SELECT COUNT(*) {from} {where_sql}");
        let total: i64 = bind_scalar(sqlx::query_scalar(&count_sql), &params)
            .fetch_one(self.pool())
            .await?;
        Ok(Page::new(items, page, total))
    }

    pub async fn team(&self, id: i64) -> StoreResult<Team> {
        sqlx::query_as(&format!(
            "SELECT t.id, t.name, t.description, d.id AS department_id, d.name AS department_name, \
             f.id AS facility_id, f.name AS facility_name, r.id AS region_id, r.name AS region_name, \
             t.purpose, t.meeting_cadence, t.ground_rules, t.decision_rules, t.quorum, t.updated_at \
             {TEAM_FROM} WHERE t.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound("team"))
    }

    /// A team and its whole roster in one query, for the team page.
    pub async fn team_with_roster(&self, id: i64) -> StoreResult<(Team, Vec<RosterEntry>)> {
        let roster_sql = self.roster_json_sql("t.id");
        let row: Option<TeamWithRoster> = sqlx::query_as(&format!(
            "SELECT t.id, t.name, t.description, d.id AS department_id, d.name AS department_name, \
             f.id AS facility_id, f.name AS facility_name, r.id AS region_id, r.name AS region_name, \
             t.purpose, t.meeting_cadence, t.ground_rules, t.decision_rules, t.quorum, t.updated_at, \
             ({roster_sql}) AS roster_json {TEAM_FROM} WHERE t.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let row = row.ok_or(StoreError::NotFound("team"))?;
        Ok((row.team, parse_roster(&row.roster_json)?))
    }

    /// Everything the team page shows, in one query: the team, its roster, and its latest
    /// approved Path to Performance assessment with the answers.
    pub async fn team_page(&self, id: i64) -> StoreResult<TeamPageData> {
        let roster_sql = self.roster_json_sql("t.id");
        let latest = "(SELECT la.id FROM p2p_assessments la WHERE la.team_id = t.id AND la.status = 'approved' \
             ORDER BY la.month DESC LIMIT 1)";
        let assessment_sql = self.json_rows_sql(
            &[
                ("id", "a.id"),
                ("team_id", "a.team_id"),
                ("year_id", "a.year_id"),
                ("month", "a.month"),
                ("status", "a.status"),
                ("level", "a.level"),
                ("submitted_by", "a.submitted_by"),
                ("submitted_at", "a.submitted_at"),
                ("decided_at", "a.decided_at"),
            ],
            &format!("FROM p2p_assessments a WHERE a.id = {latest}"),
        );
        let answers_sql = self.json_rows_sql(
            &[
                ("criterion_id", "x.criterion_id"),
                ("met", "x.met"),
                ("comment", "x.comment"),
                ("evidence_url", "x.evidence_url"),
            ],
            &format!("FROM p2p_answers x WHERE x.assessment_id = {latest}"),
        );
        let row: Option<TeamPageRow> = sqlx::query_as(&format!(
            "SELECT t.id, t.name, t.description, d.id AS department_id, d.name AS department_name, \
             f.id AS facility_id, f.name AS facility_name, r.id AS region_id, r.name AS region_name, \
             t.purpose, t.meeting_cadence, t.ground_rules, t.decision_rules, t.quorum, t.updated_at, \
             ({roster_sql}) AS roster_json, ({assessment_sql}) AS assessment_json, \
             ({answers_sql}) AS answers_json {TEAM_FROM} WHERE t.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let row = row.ok_or(StoreError::NotFound("team"))?;
        let assessments: Vec<Assessment> = parse_json_rows(&row.assessment_json, "assessment")?;
        let approved = match assessments.into_iter().next() {
            Some(assessment) => Some((assessment, parse_json_rows(&row.answers_json, "answers")?)),
            None => None,
        };
        Ok(TeamPageData {
            team: row.team,
            roster: parse_roster(&row.roster_json)?,
            approved,
        })
    }

    pub async fn create_team(
        &self,
        department_id: i64,
        name: &str,
        description: &str,
    ) -> StoreResult<i64> {
        let at = now();
        sqlx::query_scalar(
            "INSERT INTO teams (department_id, facility_id, region_id, name, description, created_at, updated_at) \
             SELECT d.id, f.id, f.region_id, $2, $3, $4, $4 FROM departments d \
             JOIN facilities f ON f.id = d.facility_id WHERE d.id = $1 RETURNING id",
        )
        .bind(department_id)
        .bind(name)
        .bind(description)
        .bind(at)
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn update_charter(&self, team_id: i64, charter: &CharterInput) -> StoreResult<()> {
        let result = sqlx::query(
            "UPDATE teams SET description = $1, purpose = $2, meeting_cadence = $3, \
             ground_rules = $4, decision_rules = $5, quorum = $6, updated_at = $7 WHERE id = $8",
        )
        .bind(&charter.description)
        .bind(&charter.purpose)
        .bind(&charter.meeting_cadence)
        .bind(&charter.ground_rules)
        .bind(&charter.decision_rules)
        .bind(charter.quorum)
        .bind(now())
        .bind(team_id)
        .execute(self.pool())
        .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound("team"));
        }
        Ok(())
    }
}
