//! Who holds which role in which team.

use lmp_domain::TeamRole;
use serde::{Deserialize, Serialize};

use crate::{now, parse_json_rows, Store, StoreError, StoreResult};

/// One role held by one person in a team.
#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct RosterEntry {
    pub id: i64,
    pub team_id: i64,
    pub person_id: i64,
    pub name: String,
    pub side: String,
    pub job_title: String,
    pub local_name: Option<String>,
    pub role: String,
}

impl RosterEntry {
    pub fn team_role(&self) -> Option<TeamRole> {
        TeamRole::parse(&self.role)
    }
}

/// A team a person belongs to, with the roles they hold there.
#[derive(Debug, Clone, Serialize)]
pub struct Membership {
    pub team_id: i64,
    pub team_name: String,
    pub department_name: String,
    pub facility_name: String,
    pub roles: Vec<TeamRole>,
}

#[derive(sqlx::FromRow)]
struct MembershipRow {
    team_id: i64,
    team_name: String,
    department_name: String,
    facility_name: String,
    role: String,
}

/// Parses a roster made by [`Store::roster_json_sql`] and puts it in roster order (roles first,
/// then names).
pub(crate) fn parse_roster(json: &str) -> StoreResult<Vec<RosterEntry>> {
    let mut entries: Vec<RosterEntry> = parse_json_rows(json, "roster")?;
    entries.sort_by(|a, b| {
        let rank = |e: &RosterEntry| e.team_role().map(TeamRole::rank).unwrap_or(usize::MAX);
        rank(a).cmp(&rank(b)).then_with(|| a.name.cmp(&b.name))
    });
    Ok(entries)
}

impl Store {
    /// The whole roster of a team, in roster order (roles first, then names).
    ///
    /// The busiest query of the hub: the database folds the rows into one JSON array, because
    /// handing fifty rows one by one through the driver costs far more than reading them.
    pub async fn roster(&self, team_id: i64) -> StoreResult<Vec<RosterEntry>> {
        let json: String = sqlx::query_scalar(&self.roster_json_sql("$1"))
            .bind(team_id)
            .fetch_one(self.pool())
            .await?;
        parse_roster(&json)
    }

    /// SQL for the roster of the team whose id is `team_id` (a parameter or a column) as one
    /// JSON array; also used as a subquery beside the team itself.
    pub(crate) fn roster_json_sql(&self, team_id: &str) -> String {
        self.json_rows_sql(
            &[
                ("id", "tr.id"),
                ("team_id", "tr.team_id"),
                ("person_id", "tr.person_id"),
                ("name", "p.name"),
                ("side", "p.side"),
                ("job_title", "p.job_title"),
                ("local_name", "l.name"),
                ("role", "tr.role"),
            ],
            &format!(
                "FROM team_roles tr JOIN people p ON p.id = tr.person_id \
                 LEFT JOIN locals l ON l.id = p.local_id WHERE tr.team_id = {team_id}"
            ),
        )
    }

    pub async fn roster_entry(&self, id: i64) -> StoreResult<RosterEntry> {
        sqlx::query_as(
            "SELECT tr.id, tr.team_id, tr.person_id, p.name, p.side, p.job_title, \
             l.name AS local_name, tr.role \
             FROM team_roles tr JOIN people p ON p.id = tr.person_id \
             LEFT JOIN locals l ON l.id = p.local_id WHERE tr.id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound("roster entry"))
    }

    /// The roles `person_id` holds in `team_id` (empty when none).
    pub async fn roles_in_team(&self, team_id: i64, person_id: i64) -> StoreResult<Vec<TeamRole>> {
        let codes: Vec<String> =
            sqlx::query_scalar("SELECT role FROM team_roles WHERE team_id = $1 AND person_id = $2")
                .bind(team_id)
                .bind(person_id)
                .fetch_all(self.pool())
                .await?;
        Ok(codes.iter().filter_map(|c| TeamRole::parse(c)).collect())
    }

    /// True when the person sponsors at least one team.
    pub async fn is_sponsor(&self, person_id: i64) -> StoreResult<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM team_roles WHERE person_id = $1 AND role LIKE 'sponsor_%'",
        )
        .bind(person_id)
        .fetch_one(self.pool())
        .await?;
        Ok(n > 0)
    }

    /// How many people hold `role` in the team.
    pub async fn count_role(&self, team_id: i64, role: TeamRole) -> StoreResult<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM team_roles WHERE team_id = $1 AND role = $2")
                .bind(team_id)
                .bind(role.code())
                .fetch_one(self.pool())
                .await?,
        )
    }

    /// Gives `person_id` a role in the team. A second copy of the same role is a `Conflict`.
    pub async fn add_role(&self, team_id: i64, person_id: i64, role: TeamRole) -> StoreResult<i64> {
        sqlx::query_scalar(
            "INSERT INTO team_roles (team_id, person_id, role, created_at) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(team_id)
        .bind(person_id)
        .bind(role.code())
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn remove_role(&self, id: i64) -> StoreResult<()> {
        let result = sqlx::query("DELETE FROM team_roles WHERE id = $1")
            .bind(id)
            .execute(self.pool())
            .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound("roster entry"));
        }
        Ok(())
    }

    /// Every team the person belongs to, with their roles there, in team-name order.
    pub async fn memberships(&self, person_id: i64) -> StoreResult<Vec<Membership>> {
        let rows: Vec<MembershipRow> = sqlx::query_as(
            "SELECT t.id AS team_id, t.name AS team_name, d.name AS department_name, \
             f.name AS facility_name, tr.role \
             FROM team_roles tr JOIN teams t ON t.id = tr.team_id \
             JOIN departments d ON d.id = t.department_id \
             JOIN facilities f ON f.id = d.facility_id \
             WHERE tr.person_id = $1 ORDER BY t.name, t.id",
        )
        .bind(person_id)
        .fetch_all(self.pool())
        .await?;
        let mut memberships: Vec<Membership> = Vec::new();
        for row in rows {
            let Some(role) = TeamRole::parse(&row.role) else {
                continue;
            };
            match memberships.last_mut() {
                Some(last) if last.team_id == row.team_id => last.roles.push(role),
                _ => memberships.push(Membership {
                    team_id: row.team_id,
                    team_name: row.team_name,
                    department_name: row.department_name,
                    facility_name: row.facility_name,
                    roles: vec![role],
                }),
            }
        }
        for membership in &mut memberships {
            membership.roles.sort_by_key(|r| r.rank());
        }
        Ok(memberships)
    }
}
