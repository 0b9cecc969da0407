//! The HR roster import against the database: reading what the hub holds for a file, and
//! applying the plan `lmp_domain::roster_import` makes, in one transaction.
//!
//! The plan is made again inside the applying transaction, from the state that transaction
//! reads, so what is applied is exactly what that state and the file give; when a caller
//! passes the fingerprint of the plan a person looked at and the plan is no longer the same,
//! nothing is applied and the new plan comes back instead.
//!
//! Every change gets its own audit line (`person.create`, `person.update`,
//! `person.deactivate`, `roster.add`, `roster.remove`, each with "import" in its detail),
//! written in the same transaction, so a person's or a team's history shows the import like
//! any other change; one `people.import` line sums the import up.

use std::collections::HashMap;

use lmp_domain::roster_import::{
    self as rules, Current, CurrentPerson, CurrentRole, Named, Options, Org, Parsed, Plan, RowError,
};
use lmp_domain::{Side, TeamRole};
use serde::Deserialize;
use sqlx::AnyConnection;

use crate::demo::Progress;
use crate::{now, parse_json_rows, Store, StoreError, StoreResult};

/// What became of an import.
#[derive(Debug)]
pub enum Outcome {
    /// The file has problems (every one, with its line); nothing was changed.
    Invalid(Vec<RowError>),
    /// The hub changed since the plan was shown; nothing was changed, and this is the plan
    /// as it stands now.
    Changed(Plan),
    /// This plan was applied (an empty plan changes nothing); the ids of the people added,
    /// updated or marked inactive.
    Applied(Plan, Vec<i64>),
}

#[derive(Deserialize)]
struct PersonRow {
    id: i64,
    email: String,
    name: String,
    side: String,
    local_id: Option<i64>,
    job_title: String,
    facility_id: Option<i64>,
    active: i64,
    site_roles: i64,
}

#[derive(Deserialize)]
struct RoleRow {
    person_id: i64,
    team_id: i64,
    role: String,
}

/// How many people or emails go into one `IN (…)` list.
const CHUNK: usize = 500;

impl Store {
    /// The plan for `parsed`, against the hub as it is now; changes nothing.
    pub async fn plan_roster_import(
        &self,
        parsed: &Parsed,
        options: Options,
    ) -> StoreResult<Result<Plan, Vec<RowError>>> {
        let mut conn = self.pool().acquire().await?;
        let current = self.import_state(&mut conn, parsed, options).await?;
        Ok(rules::plan(parsed, &current, options))
    }

    /// Plans `parsed` again inside one transaction and applies it, unless the file has
    /// problems or the plan's fingerprint is not `expected` (when given). `progress` hears
    /// (changes done, changes in all).
    pub async fn apply_roster_import(
        &self,
        parsed: &Parsed,
        options: Options,
        expected: Option<&str>,
        actor_id: Option<i64>,
        progress: Progress<'_>,
    ) -> StoreResult<Outcome> {
        let mut tx = self.pool().begin().await?;
        let current = self.import_state(&mut tx, parsed, options).await?;
        let plan = match rules::plan(parsed, &current, options) {
            Ok(plan) => plan,
            Err(errors) => return Ok(Outcome::Invalid(errors)),
        };
        if expected.is_some_and(|f| f != plan.fingerprint()) {
            return Ok(Outcome::Changed(plan));
        }
        if plan.is_empty() {
            return Ok(Outcome::Applied(plan, Vec::new()));
        }
        let total = plan.changes() as u64;
        let mut done = 0u64;
        let step = |done: &mut u64| {
            *done += 1;
            if done.is_multiple_of(200) || *done == total {
                progress(*done, total);
            }
        };
        let at = now();
        let mut ids: HashMap<String, i64> = HashMap::new();
        for new in &plan.add {
            let v = &new.values;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO people (name, email, side, local_id, job_title, facility_id, active, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind(&v.name)
            .bind(&new.email)
            .bind(v.side.code())
            .bind(v.local_id)
            .bind(&v.job_title)
            .bind(v.facility_id)
            .bind(i64::from(v.active))
            .bind(at)
            .fetch_one(&mut *tx)
            .await
            .map_err(StoreError::from_write)?;
            ids.insert(new.email.clone(), id);
            audit(
                &mut tx,
                actor_id,
                "person.create",
                "person",
                id,
                &format!("{} — import, line {}", new.email, new.line),
            )
            .await?;
            step(&mut done);
        }
        for update in &plan.update {
            let v = &update.values;
            sqlx::query(
                "UPDATE people SET name = $1, side = $2, local_id = $3, job_title = $4, \
                 facility_id = $5, active = $6 WHERE id = $7",
            )
            .bind(&v.name)
            .bind(v.side.code())
            .bind(v.local_id)
            .bind(&v.job_title)
            .bind(v.facility_id)
            .bind(i64::from(v.active))
            .bind(update.person_id)
            .execute(&mut *tx)
            .await
            .map_err(StoreError::from_write)?;
            let changes: Vec<String> = update.changes.iter().map(|c| c.describe()).collect();
            audit(
                &mut tx,
                actor_id,
                "person.update",
                "person",
                update.person_id,
                &format!(
                    "{} — import, line {}: {}",
                    update.email,
                    update.line,
                    changes.join("; ")
                ),
            )
            .await?;
            step(&mut done);
        }
        for departure in &plan.departures {
            sqlx::query("UPDATE people SET active = 0 WHERE id = $1")
                .bind(departure.person_id)
                .execute(&mut *tx)
                .await?;
            audit(
                &mut tx,
                actor_id,
                "person.deactivate",
                "person",
                departure.person_id,
                &format!("{} — import: not in the full export", departure.email),
            )
            .await?;
            step(&mut done);
        }
        for ended in &plan.roles_ended {
            let Some(person_id) = ended.person_id else {
                continue;
            };
            sqlx::query(
                "DELETE FROM team_roles WHERE team_id = $1 AND person_id = $2 AND role = $3",
            )
            .bind(ended.team_id)
            .bind(person_id)
            .bind(ended.role.code())
            .execute(&mut *tx)
            .await?;
            audit(
                &mut tx,
                actor_id,
                "roster.remove",
                "team",
                ended.team_id,
                &format!(
                    "{} ({person_id}) as {} — import",
                    ended.person_name,
                    ended.role.code()
                ),
            )
            .await?;
            step(&mut done);
        }
        for added in &plan.roles_added {
            let person_id = match added.person_id {
                Some(id) => id,
                None => *ids
                    .get(&added.email)
                    .ok_or_else(|| StoreError::Config(format!("no id for {}", added.email)))?,
            };
            sqlx::query(
                "INSERT INTO team_roles (team_id, person_id, role, created_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(added.team_id)
            .bind(person_id)
            .bind(added.role.code())
            .bind(at)
            .execute(&mut *tx)
            .await
            .map_err(StoreError::from_write)?;
            audit(
                &mut tx,
                actor_id,
                "roster.add",
                "team",
                added.team_id,
                &format!(
                    "{} ({person_id}) as {} — import, line {}",
                    added.person_name,
                    added.role.code(),
                    added.line.unwrap_or(0)
                ),
            )
            .await?;
            step(&mut done);
        }
        sqlx::query(
            "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, detail) \
             VALUES ($1, $2, 'people.import', 'person', NULL, $3)",
        )
        .bind(at)
        .bind(actor_id)
        .bind(format!(
            "{} people in the file{}: {}",
            plan.people_in_file,
            if options.full { " (full export)" } else { "" },
            plan.summary()
        ))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        let mut touched: Vec<i64> = ids.into_values().collect();
        touched.extend(plan.update.iter().map(|u| u.person_id));
        touched.extend(plan.departures.iter().map(|d| d.person_id));
        Ok(Outcome::Applied(plan, touched))
    }

    /// What the plan needs: the organisation, the people the file names (everyone for a full
    /// export) with their roles, and the co-lead counts.
    async fn import_state(
        &self,
        conn: &mut AnyConnection,
        parsed: &Parsed,
        options: Options,
    ) -> StoreResult<Current> {
        let named = |sql: &'static str| sqlx::query_as::<_, (i64, i64, String)>(sql);
        let to_named = |rows: Vec<(i64, i64, String)>| -> Vec<Named> {
            rows.into_iter()
                .map(|(id, parent_id, name)| Named {
                    id,
                    parent_id,
                    name,
                })
                .collect()
        };
        let org = Org {
            facilities: to_named(
                named("SELECT id, region_id, name FROM facilities ORDER BY id")
                    .fetch_all(&mut *conn)
                    .await?,
            ),
            departments: to_named(
                named("SELECT id, facility_id, name FROM departments ORDER BY id")
                    .fetch_all(&mut *conn)
                    .await?,
            ),
            teams: to_named(
                named("SELECT id, department_id, name FROM teams ORDER BY id")
                    .fetch_all(&mut *conn)
                    .await?,
            ),
            locals: to_named(
                named("SELECT id, coalition_id, name FROM locals ORDER BY id")
                    .fetch_all(&mut *conn)
                    .await?,
            ),
        };

        let person_fields = [
            ("id", "p.id"),
            ("email", "p.email"),
            ("name", "p.name"),
            ("side", "p.side"),
            ("local_id", "p.local_id"),
            ("job_title", "p.job_title"),
            ("facility_id", "p.facility_id"),
            ("active", "p.active"),
            (
                "site_roles",
                "(SELECT COUNT(*) FROM site_roles s WHERE s.person_id = p.id)",
            ),
        ];
        let role_fields = [
            ("person_id", "tr.person_id"),
            ("team_id", "tr.team_id"),
            ("role", "tr.role"),
        ];
        let mut people_rows: Vec<PersonRow> = Vec::new();
        let mut role_rows: Vec<RoleRow> = Vec::new();
        if options.full {
            let json: String =
                sqlx::query_scalar(&self.json_rows_sql(&person_fields, "FROM people p"))
                    .fetch_one(&mut *conn)
                    .await?;
            people_rows = parse_json_rows(&json, "people")?;
            let json: String =
                sqlx::query_scalar(&self.json_rows_sql(&role_fields, "FROM team_roles tr"))
                    .fetch_one(&mut *conn)
                    .await?;
            role_rows = parse_json_rows(&json, "team roles")?;
        } else {
            let mut emails: Vec<&str> = parsed.rows.iter().map(|r| r.email.as_str()).collect();
            emails.sort_unstable();
            emails.dedup();
            for chunk in emails.chunks(CHUNK) {
                let sql = self.json_rows_sql(
                    &person_fields,
                    &format!(
                        "FROM people p WHERE p.email IN ({})",
                        placeholders(chunk.len())
                    ),
                );
                let mut query = sqlx::query_scalar::<_, String>(&sql);
                for email in chunk {
                    query = query.bind(*email);
                }
                let json = query.fetch_one(&mut *conn).await?;
                people_rows.extend(parse_json_rows::<PersonRow>(&json, "people")?);
            }
            let ids: Vec<i64> = people_rows.iter().map(|p| p.id).collect();
            for chunk in ids.chunks(CHUNK) {
                let sql = self.json_rows_sql(
                    &role_fields,
                    &format!(
                        "FROM team_roles tr WHERE tr.person_id IN ({})",
                        placeholders(chunk.len())
                    ),
                );
                let mut query = sqlx::query_scalar::<_, String>(&sql);
                for id in chunk {
                    query = query.bind(*id);
                }
                let json = query.fetch_one(&mut *conn).await?;
                role_rows.extend(parse_json_rows::<RoleRow>(&json, "team roles")?);
            }
        }
        let people = people_rows
            .into_iter()
            .map(|p| {
                let side = Side::parse(&p.side).ok_or_else(|| {
                    StoreError::Config(format!("person {} has the side {}", p.id, p.side))
                })?;
                Ok(CurrentPerson {
                    id: p.id,
                    email: p.email,
                    name: p.name,
                    side,
                    local_id: p.local_id,
                    job_title: p.job_title,
                    facility_id: p.facility_id,
                    active: p.active == 1,
                    has_site_role: p.site_roles > 0,
                })
            })
            .collect::<StoreResult<Vec<_>>>()?;
        let roles = role_rows
            .into_iter()
            .filter_map(|r| {
                Some(CurrentRole {
                    person_id: r.person_id,
                    team_id: r.team_id,
                    role: TeamRole::parse(&r.role)?,
                })
            })
            .collect();
        let counts: Vec<(i64, String, i64)> = sqlx::query_as(
            "SELECT team_id, role, COUNT(*) FROM team_roles WHERE role LIKE 'co_lead_%' \
             GROUP BY team_id, role",
        )
        .fetch_all(&mut *conn)
        .await?;
        let co_leads = counts
            .into_iter()
            .filter_map(|(team, role, n)| match TeamRole::parse(&role)? {
                TeamRole::CoLead(side) => Some(((team, side), n)),
                _ => None,
            })
            .collect();
        Ok(Current {
            org,
            people,
            roles,
            co_leads,
        })
    }
}

fn placeholders(n: usize) -> String {
    (1..=n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

async fn audit(
    conn: &mut AnyConnection,
    actor_id: Option<i64>,
    action: &str,
    entity: &str,
    entity_id: i64,
    detail: &str,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, detail) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(now())
    .bind(actor_id)
    .bind(action)
    .bind(entity)
    .bind(entity_id)
    .bind(detail)
    .execute(conn)
    .await?;
    Ok(())
}
