//! The data behind Path to Performance roll-ups: each team's rating in two quarters, the
//! criteria it was missing, and teams without a recent approved assessment — for any scope.

use lmp_domain::{Page, PageRequest};
use serde::{Deserialize, Serialize};

use crate::{bind_scalar, parse_json_rows, Param, Store, StoreResult};

/// Which teams a roll-up covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RollupScope {
    National,
    Region(i64),
    Facility(i64),
    Department(i64),
    /// Teams with at least one member of this union local.
    Local(i64),
    /// Teams this person sponsors.
    Sponsor(i64),
}

impl RollupScope {
    /// "national", "region:3", "facility:12", "department:40", "local:5", "sponsor:77".
    pub fn parse(code: &str) -> Option<RollupScope> {
        if code.is_empty() || code == "national" {
            return Some(RollupScope::National);
        }
        let (kind, id) = code.split_once(':')?;
        let id: i64 = id.parse().ok().filter(|id| *id > 0)?;
        Some(match kind {
            "region" => RollupScope::Region(id),
            "facility" => RollupScope::Facility(id),
            "department" => RollupScope::Department(id),
            "local" => RollupScope::Local(id),
            "sponsor" => RollupScope::Sponsor(id),
            _ => return None,
        })
    }

    pub fn code(self) -> String {
        match self {
            RollupScope::National => "national".into(),
            RollupScope::Region(id) => format!("region:{id}"),
            RollupScope::Facility(id) => format!("facility:{id}"),
            RollupScope::Department(id) => format!("department:{id}"),
            RollupScope::Local(id) => format!("local:{id}"),
            RollupScope::Sponsor(id) => format!("sponsor:{id}"),
        }
    }

    /// A condition on `t` (teams) with its one parameter as `$n`.
    fn condition(self, n: usize) -> (String, Option<Param>) {
        match self {
            RollupScope::National => ("1 = 1".into(), None),
            RollupScope::Region(id) => (format!("t.region_id = ${n}"), Some(Param::Int(id))),
            RollupScope::Facility(id) => (format!("t.facility_id = ${n}"), Some(Param::Int(id))),
            RollupScope::Department(id) => (format!("t.department_id = ${n}"), Some(Param::Int(id))),
            RollupScope::Local(id) => (
                format!(
                    "t.id IN (SELECT tr.team_id FROM team_roles tr JOIN people p ON p.id = tr.person_id \
                     WHERE p.local_id = ${n})"
                ),
                Some(Param::Int(id)),
            ),
            RollupScope::Sponsor(id) => (
                format!("t.id IN (SELECT team_id FROM team_roles WHERE person_id = ${n} AND role LIKE 'sponsor_%')"),
                Some(Param::Int(id)),
            ),
        }
    }
}

/// One team's ratings for a roll-up.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TeamRating {
    pub team_id: i64,
    pub previous: Option<i64>,
    pub current: Option<i64>,
    /// Criterion ids missing for the next level, comma-separated.
    pub missing: Option<String>,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct StaleTeam {
    pub id: i64,
    pub name: String,
    pub facility_name: String,
    pub last_approved: Option<i64>,
}

impl Store {
    /// Every team in scope with its rating in `quarter` and in `previous` (codes like
    /// "2026-Q4"), folded into one JSON value by the database.
    pub async fn team_ratings(
        &self,
        scope: RollupScope,
        quarter: &str,
        previous: &str,
    ) -> StoreResult<Vec<TeamRating>> {
        let (condition, param) = scope.condition(3);
        let sql = self.json_rows_sql(
            &[
                ("team_id", "t.id"),
                ("previous", "a.level"),
                ("current", "b.level"),
                ("missing", "b.missing"),
            ],
            &format!(
                "FROM teams t LEFT JOIN p2p_quarter_levels a ON a.team_id = t.id AND a.quarter = $1 \
                 LEFT JOIN p2p_quarter_levels b ON b.team_id = t.id AND b.quarter = $2 WHERE {condition}"
            ),
        );
        let mut params = vec![
            Param::Text(previous.to_string()),
            Param::Text(quarter.to_string()),
        ];
        params.extend(param);
        let json: String = bind_scalar(sqlx::query_scalar(&sql), &params)
            .fetch_one(self.pool())
            .await?;
        parse_json_rows(&json, "team ratings")
    }

    /// Teams in scope whose last approved assessment was decided before `since` (or never).
    pub async fn stale_teams(
        &self,
        scope: RollupScope,
        since: i64,
        page: PageRequest,
    ) -> StoreResult<Page<StaleTeam>> {
        let (condition, param) = scope.condition(2);
        let from = format!(
            "FROM teams t JOIN facilities f ON f.id = t.facility_id \
             LEFT JOIN p2p_assessments a ON a.team_id = t.id AND a.status = 'approved' \
             WHERE {condition} GROUP BY t.id, t.name, f.name \
             HAVING MAX(a.decided_at) IS NULL OR MAX(a.decided_at) < $1"
        );
        let mut params = vec![Param::Int(since)];
        params.extend(param);
        let n = params.len();
        let sql = format!(
            "SELECT t.id, t.name, f.name AS facility_name, MAX(a.decided_at) AS last_approved {from} \
             ORDER BY t.name, t.id LIMIT ${} OFFSET ${}",
            n + 1,
            n + 2
        );
        let mut query = sqlx::query_as(&sql);
        for p in &params {
            query = match p {
                Param::Int(v) => query.bind(*v),
                Param::Text(v) => query.bind(v.as_str()),
            };
        }
        let items = query
            .bind(page.limit())
            .bind(page.offset())
            .fetch_all(self.pool())
            .await?;
        let count_sql = format!("SELECT COUNT(*) FROM (SELECT t.id {from}) stale");
        let total: i64 = bind_scalar(sqlx::query_scalar(&count_sql), &params)
            .fetch_one(self.pool())
            .await?;
        Ok(Page::new(items, page, total))
    }
}

#[cfg(test)]
mod tests {
    use super::RollupScope;

    #[test]
    fn scopes_round_trip_and_bad_ones_are_refused() {
        for code in [
            "national",
            "region:3",
            "facility:12",
            "department:40",
            "local:5",
            "sponsor:77",
        ] {
            assert_eq!(RollupScope::parse(code).unwrap().code(), code);
        }
        for bad in ["region", "region:x", "region:-1", "planet:3"] {
            assert_eq!(RollupScope::parse(bad), None, "{bad}");
        }
    }
}
