//! Learning: each person's tour progress and Dig Deeper actions, training records, the
//! supervisor–steward principle checklists, and personal reflections. The rules (the tour,
//! the principles, the CSV checks, the aggregate threshold) are `lmp_domain::learning`.
//!
//! Reflections are private: [`Store::own_reflections`] is only ever called with the signed-in
//! person's own id, and groups are read only through [`Store::reflection_aggregate`], which
//! applies the domain's threshold before anything leaves this crate.

use std::collections::HashMap;

use lmp_domain::learning::{
    aggregate, summarise_training, AggregateView, PersonTraining, Reflection, ReflectionCounts,
    TeamTrainingSummary,
};
use lmp_domain::TeamRole;
use serde::Serialize;
use sqlx::Row;

use crate::{now, Store, StoreError, StoreResult};

/// A published content page the learning pages list (a course or a history era).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct LearningPage {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// Comma-separated audience codes.
    pub audience: String,
    /// Type-specific details as JSON (level, era, year…).
    pub extra: String,
}

impl LearningPage {
    pub fn detail(&self, key: &str) -> Option<String> {
        let map: HashMap<String, String> = serde_json::from_str(&self.extra).unwrap_or_default();
        map.get(key).cloned()
    }

    pub fn audience_list(&self) -> Vec<String> {
        self.audience
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }
}

/// One course a person completed.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct TrainingRecord {
    pub id: i64,
    pub person_id: i64,
    pub course_slug: String,
    /// The course page's title; `None` when the page has since been removed.
    pub course_title: Option<String>,
    pub completed_on: String,
    /// `self` (entered by the person) or `import` (from an administrator's file).
    pub source: String,
    pub recorded_by_name: Option<String>,
}

/// A supervisor–steward checklist and its two people.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Checklist {
    pub id: i64,
    pub started_by: i64,
    pub started_by_name: String,
    pub partner_id: i64,
    pub partner_name: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// How many behaviours are ticked.
    pub ticked: i64,
}

impl Checklist {
    pub fn people(&self) -> (i64, i64) {
        (self.started_by, self.partner_id)
    }
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ChecklistTick {
    pub item: String,
    pub ticked_by: i64,
    pub ticked_by_name: String,
    pub ticked_at: i64,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ChecklistNote {
    pub id: i64,
    pub principle: i64,
    pub text: String,
    pub author_name: String,
    pub created_at: i64,
}

/// A group whose reflections may be totalled: the people on a team's roster, or on the roster
/// of any team in a facility or a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReflectionScope {
    Team(i64),
    Facility(i64),
    Region(i64),
}

const CHECKLIST_SELECT: &str = "SELECT c.id, c.started_by, s.name AS started_by_name, c.partner_id, \
     p.name AS partner_name, c.created_at, c.updated_at, \
     (SELECT COUNT(*) FROM principle_checklist_ticks t WHERE t.checklist_id = c.id) AS ticked \
     FROM principle_checklists c JOIN people s ON s.id = c.started_by JOIN people p ON p.id = c.partner_id";

impl Store {
    // -- The tour and Dig Deeper ------------------------------------------------------------

    /// The tour stops `person_id` has marked done.
    pub async fn tour_done(&self, person_id: i64) -> StoreResult<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT stop FROM learning_tour_progress WHERE person_id = $1 ORDER BY stop",
        )
        .bind(person_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Marks a stop done (again is harmless) or not done.
    pub async fn set_tour_stop(&self, person_id: i64, stop: &str, done: bool) -> StoreResult<()> {
        if done {
            sqlx::query(
                "INSERT INTO learning_tour_progress (person_id, stop, done_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (person_id, stop) DO NOTHING",
            )
            .bind(person_id)
            .bind(stop)
            .bind(now())
            .execute(self.pool())
            .await?;
        } else {
            sqlx::query("DELETE FROM learning_tour_progress WHERE person_id = $1 AND stop = $2")
                .bind(person_id)
                .bind(stop)
                .execute(self.pool())
                .await?;
        }
        Ok(())
    }

    /// The Dig Deeper actions (keys) `person_id` has ticked.
    pub async fn dig_deeper_done(&self, person_id: i64) -> StoreResult<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT action_key FROM learning_actions_done WHERE person_id = $1 ORDER BY action_key",
        )
        .bind(person_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn set_dig_deeper_action(
        &self,
        person_id: i64,
        key: &str,
        done: bool,
    ) -> StoreResult<()> {
        if done {
            sqlx::query(
                "INSERT INTO learning_actions_done (person_id, action_key, done_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (person_id, action_key) DO NOTHING",
            )
            .bind(person_id)
            .bind(key)
            .bind(now())
            .execute(self.pool())
            .await?;
        } else {
            sqlx::query(
                "DELETE FROM learning_actions_done WHERE person_id = $1 AND action_key = $2",
            )
            .bind(person_id)
            .bind(key)
            .execute(self.pool())
            .await?;
        }
        Ok(())
    }

    // -- Content the learning pages list ------------------------------------------------------

    /// Published pages of one kind (`course`, `history`), originals only (not translations).
    /// There are tens of these, so they are read whole and ordered by the caller.
    pub async fn learning_pages(&self, kind: &str) -> StoreResult<Vec<LearningPage>> {
        Ok(sqlx::query_as(
            "SELECT slug, title, summary, audience, extra FROM content_pages \
             WHERE kind = $1 AND status = 'published' AND translation_of IS NULL \
             ORDER BY title, id LIMIT 500",
        )
        .bind(kind)
        .fetch_all(self.pool())
        .await?)
    }

    /// Which of `slugs` are published pages, with their titles.
    pub async fn published_titles(&self, slugs: &[&str]) -> StoreResult<HashMap<String, String>> {
        if slugs.is_empty() {
            return Ok(HashMap::new());
        }
        let placeholders: Vec<String> = (1..=slugs.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT slug, title FROM content_pages WHERE status = 'published' AND slug IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query_as::<_, (String, String)>(&sql);
        for slug in slugs {
            query = query.bind(*slug);
        }
        Ok(query.fetch_all(self.pool()).await?.into_iter().collect())
    }

    // -- Training records ---------------------------------------------------------------------

    /// A person's completed courses, most recent first.
    pub async fn training_records_of(&self, person_id: i64) -> StoreResult<Vec<TrainingRecord>> {
        Ok(sqlx::query_as(
            "SELECT r.id, r.person_id, r.course_slug, c.title AS course_title, r.completed_on, r.source, \
             b.name AS recorded_by_name FROM training_records r \
             LEFT JOIN content_pages c ON c.slug = r.course_slug \
             LEFT JOIN people b ON b.id = r.recorded_by \
             WHERE r.person_id = $1 ORDER BY r.completed_on DESC, r.id DESC LIMIT 500",
        )
        .bind(person_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn training_record(&self, id: i64) -> StoreResult<TrainingRecord> {
        sqlx::query_as(
            "SELECT r.id, r.person_id, r.course_slug, c.title AS course_title, r.completed_on, r.source, \
             b.name AS recorded_by_name FROM training_records r \
             LEFT JOIN content_pages c ON c.slug = r.course_slug \
             LEFT JOIN people b ON b.id = r.recorded_by WHERE r.id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound("training record"))
    }

    /// Records one completed course. The same course on the same date twice is a `Conflict`.
    pub async fn add_training_record(
        &self,
        person_id: i64,
        course: &str,
        completed_on: &str,
        source: &str,
        by: i64,
    ) -> StoreResult<i64> {
        sqlx::query_scalar(
            "INSERT INTO training_records (person_id, course_slug, completed_on, source, recorded_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(person_id)
        .bind(course)
        .bind(completed_on)
        .bind(source)
        .bind(by)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn remove_training_record(&self, id: i64) -> StoreResult<()> {
        sqlx::query("DELETE FROM training_records WHERE id = $1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The people with these (lower-case) emails: email → id. Unknown emails are left out.
    pub async fn person_ids_by_email(
        &self,
        emails: &[String],
    ) -> StoreResult<HashMap<String, i64>> {
        let mut found = HashMap::new();
        let mut unique: Vec<&String> = emails.iter().collect();
        unique.sort();
        unique.dedup();
        for chunk in unique.chunks(500) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT LOWER(email), id FROM people WHERE LOWER(email) IN ({})",
                placeholders.join(", ")
            );
            let mut query = sqlx::query_as::<_, (String, i64)>(&sql);
            for email in chunk {
                query = query.bind(email.as_str());
            }
            found.extend(query.fetch_all(self.pool()).await?);
        }
        Ok(found)
    }

    /// Imports completed courses (person, course, date) in one transaction. A record already
    /// held is left alone. Returns (added, already held).
    pub async fn import_training(
        &self,
        rows: &[(i64, String, String)],
        by: i64,
    ) -> StoreResult<(usize, usize)> {
        let at = now();
        let mut added = 0;
        let mut tx = self.pool().begin().await?;
        for (person_id, course, completed_on) in rows {
            let result = sqlx::query(
                "INSERT INTO training_records (person_id, course_slug, completed_on, source, recorded_by, created_at) \
                 VALUES ($1, $2, $3, 'import', $4, $5) ON CONFLICT (person_id, course_slug, completed_on) DO NOTHING",
            )
            .bind(person_id)
            .bind(course)
            .bind(completed_on)
            .bind(by)
            .bind(at)
            .execute(&mut *tx)
            .await?;
            added += usize::try_from(result.rows_affected()).unwrap_or(0);
        }
        tx.commit().await?;
        Ok((added, rows.len() - added))
    }

    /// Everyone on a team's roster (once each, with all their roles, in roster order) and the
    /// courses they completed, each with the first date.
    pub async fn team_training(&self, team_id: i64) -> StoreResult<Vec<PersonTraining>> {
        let roster = self.roster(team_id).await?;
        let mut people: Vec<PersonTraining> = Vec::new();
        for entry in &roster {
            let role = entry.team_role();
            match people.iter_mut().find(|p| p.person_id == entry.person_id) {
                Some(person) => person.roles.extend(role),
                None => people.push(PersonTraining {
                    person_id: entry.person_id,
                    name: entry.name.clone(),
                    roles: role.into_iter().collect(),
                    courses: Vec::new(),
                }),
            }
        }
        let records: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT person_id, course_slug, MIN(completed_on) FROM training_records \
             WHERE person_id IN (SELECT person_id FROM team_roles WHERE team_id = $1) \
             GROUP BY person_id, course_slug ORDER BY person_id, course_slug",
        )
        .bind(team_id)
        .fetch_all(self.pool())
        .await?;
        for (person_id, course, date) in records {
            if let Some(person) = people.iter_mut().find(|p| p.person_id == person_id) {
                person.courses.push((course, date));
            }
        }
        for person in &mut people {
            person.roles.sort_by_key(|r: &TeamRole| r.rank());
        }
        Ok(people)
    }

    /// A team's training for the Path to Performance evidence: how many people on the roster
    /// completed at least one course, which courses, and whether the co-leads and members have
    /// done the courses the training criteria ask for.
    pub async fn team_training_summary(&self, team_id: i64) -> StoreResult<TeamTrainingSummary> {
        Ok(summarise_training(&self.team_training(team_id).await?))
    }

    // -- Supervisor–steward checklists --------------------------------------------------------

    pub async fn start_checklist(&self, started_by: i64, partner_id: i64) -> StoreResult<i64> {
        let at = now();
        sqlx::query_scalar(
            "INSERT INTO principle_checklists (started_by, partner_id, created_at, updated_at) \
             VALUES ($1, $2, $3, $3) RETURNING id",
        )
        .bind(started_by)
        .bind(partner_id)
        .bind(at)
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn checklist(&self, id: i64) -> StoreResult<Checklist> {
        sqlx::query_as(&format!("{CHECKLIST_SELECT} WHERE c.id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("checklist"))
    }

    /// The checklists `person_id` is one of the two people of, most recently changed first.
    pub async fn checklists_of(&self, person_id: i64) -> StoreResult<Vec<Checklist>> {
        Ok(sqlx::query_as(&format!(
            "{CHECKLIST_SELECT} WHERE c.started_by = $1 OR c.partner_id = $1 \
             ORDER BY c.updated_at DESC, c.id DESC LIMIT 200"
        ))
        .bind(person_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn checklist_ticks(&self, id: i64) -> StoreResult<Vec<ChecklistTick>> {
        Ok(sqlx::query_as(
            "SELECT t.item, t.ticked_by, p.name AS ticked_by_name, t.ticked_at \
             FROM principle_checklist_ticks t JOIN people p ON p.id = t.ticked_by \
             WHERE t.checklist_id = $1 ORDER BY t.item",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Ticks a behaviour (recording who, unless it is already ticked) or clears the tick.
    pub async fn set_checklist_tick(
        &self,
        id: i64,
        item: &str,
        by: i64,
        ticked: bool,
    ) -> StoreResult<()> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        if ticked {
            sqlx::query(
                "INSERT INTO principle_checklist_ticks (checklist_id, item, ticked_by, ticked_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (checklist_id, item) DO NOTHING",
            )
            .bind(id)
            .bind(item)
            .bind(by)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        } else {
            sqlx::query(
                "DELETE FROM principle_checklist_ticks WHERE checklist_id = $1 AND item = $2",
            )
            .bind(id)
            .bind(item)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("UPDATE principle_checklists SET updated_at = $1 WHERE id = $2")
            .bind(at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn add_checklist_note(
        &self,
        id: i64,
        principle: i64,
        text: &str,
        by: i64,
    ) -> StoreResult<i64> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        let note: i64 = sqlx::query_scalar(
            "INSERT INTO principle_checklist_notes (checklist_id, principle, text, author_id, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(id)
        .bind(principle)
        .bind(text)
        .bind(by)
        .bind(at)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("UPDATE principle_checklists SET updated_at = $1 WHERE id = $2")
            .bind(at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(note)
    }

    pub async fn checklist_notes(&self, id: i64) -> StoreResult<Vec<ChecklistNote>> {
        Ok(sqlx::query_as(
            "SELECT n.id, n.principle, n.text, p.name AS author_name, n.created_at \
             FROM principle_checklist_notes n JOIN people p ON p.id = n.author_id \
             WHERE n.checklist_id = $1 ORDER BY n.id LIMIT 500",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?)
    }

    // -- Personal reflections -----------------------------------------------------------------

    pub async fn add_reflection(
        &self,
        person_id: i64,
        reflection: &Reflection,
    ) -> StoreResult<i64> {
        Ok(sqlx::query_scalar(
            "INSERT INTO principle_reflections (person_id, answers, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(person_id)
        .bind(reflection.code())
        .bind(now())
        .fetch_one(self.pool())
        .await?)
    }

    /// The person's own latest reflections (time, answers), newest first. Private: the web
    /// layer passes only the signed-in person's id, never one taken from a request.
    pub async fn own_reflections(
        &self,
        person_id: i64,
        limit: i64,
    ) -> StoreResult<Vec<(i64, Reflection)>> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT created_at, answers FROM principle_reflections WHERE person_id = $1 \
             ORDER BY id DESC LIMIT $2",
        )
        .bind(person_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(at, code)| Reflection::parse_code(&code).map(|r| (at, r)))
            .collect())
    }

    /// The totals of a group's reflections (each person's latest one), or `Hidden` when fewer
    /// people than the domain's threshold answered. Raw counts never leave this function.
    pub async fn reflection_aggregate(&self, scope: ReflectionScope) -> StoreResult<AggregateView> {
        let (people, id) = match scope {
            ReflectionScope::Team(id) => ("SELECT person_id FROM team_roles WHERE team_id = $1", id),
            ReflectionScope::Facility(id) => (
                "SELECT tr.person_id FROM team_roles tr JOIN teams t ON t.id = tr.team_id WHERE t.facility_id = $1",
                id,
            ),
            ReflectionScope::Region(id) => (
                "SELECT tr.person_id FROM team_roles tr JOIN teams t ON t.id = tr.team_id WHERE t.region_id = $1",
                id,
            ),
        };
        let mut sums = Vec::new();
        for principle in 1..=7 {
            for letter in ['a', 's', 'n'] {
                sums.push(format!(
                    "COALESCE(SUM(CASE WHEN SUBSTR(r.answers, {principle}, 1) = '{letter}' THEN 1 ELSE 0 END), 0)"
                ));
            }
        }
        let sql = format!(
            "SELECT COUNT(*), {} FROM principle_reflections r WHERE r.id IN \
             (SELECT MAX(r2.id) FROM principle_reflections r2 WHERE r2.person_id IN ({people}) GROUP BY r2.person_id)",
            sums.join(", ")
        );
        let row = sqlx::query(&sql).bind(id).fetch_one(self.pool()).await?;
        let mut counts = ReflectionCounts {
            people: u32::try_from(row.try_get::<i64, _>(0)?).unwrap_or(0),
            ..Default::default()
        };
        for principle in 0..7 {
            for answer in 0..3 {
                let value: i64 = row.try_get(1 + principle * 3 + answer)?;
                counts.counts[principle][answer] = u32::try_from(value).unwrap_or(0);
            }
        }
        Ok(aggregate(counts))
    }
}
