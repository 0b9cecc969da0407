//! Team meetings: the agenda the co-leads build, who came, the minutes written during the
//! meeting, and the end of the meeting, which turns what the minutes recorded into tasks,
//! noted decisions and PDSA updates in one transaction. The rules (kinds, time boxes,
//! templates) are `lmp_domain::decisions::meeting`; this module only reads and writes.

use serde::Serialize;

use crate::{now, Store, StoreError, StoreResult};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Meeting {
    pub id: i64,
    pub team_id: i64,
    pub title: String,
    pub template: String,
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub location: String,
    pub status: String,
    pub notes: String,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub ended_at: Option<i64>,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct AgendaItem {
    pub id: i64,
    pub meeting_id: i64,
    pub position: i64,
    pub title: String,
    pub kind: String,
    pub owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub minutes: i64,
    pub notes: String,
}

/// An agenda item to add; `kind` as the domain writes it.
#[derive(Debug, Clone)]
pub struct AgendaInput {
    pub title: String,
    pub kind: String,
    pub owner_id: Option<i64>,
    pub minutes: i64,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct MinuteEntry {
    pub id: i64,
    pub meeting_id: i64,
    pub agenda_item_id: Option<i64>,
    pub kind: String,
    pub text: String,
    pub owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub due_on: Option<String>,
    pub cycle_id: Option<i64>,
    pub created_id: Option<i64>,
}

/// Something the minutes record, to be created when the meeting ends.
#[derive(Debug, Clone)]
pub struct MinuteInput {
    pub agenda_item_id: Option<i64>,
    pub kind: String,
    pub text: String,
    pub owner_id: Option<i64>,
    pub due_on: Option<String>,
    pub cycle_id: Option<i64>,
}

/// What ending a meeting created.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EndSummary {
    pub tasks: Vec<i64>,
    pub decisions: Vec<i64>,
    pub cycles_updated: Vec<i64>,
}

const MEETING_COLUMNS: &str =
    "id, team_id, title, template, starts_at, duration_minutes, location, status, notes, \
     created_by, created_at, updated_at, ended_at FROM meetings";

const ITEM_SELECT: &str =
    "SELECT a.id, a.meeting_id, a.position, a.title, a.kind, a.owner_id, p.name AS owner_name, \
     a.minutes, a.notes FROM agenda_items a LEFT JOIN people p ON p.id = a.owner_id";

const ENTRY_SELECT: &str = "SELECT m.id, m.meeting_id, m.agenda_item_id, m.kind, m.text, m.owner_id, p.name AS owner_name, \
     m.due_on, m.cycle_id, m.created_id FROM minute_entries m LEFT JOIN people p ON p.id = m.owner_id";

impl Store {
    /// A planned meeting with its first agenda items, in order.
    #[allow(clippy::too_many_arguments)]
    pub async fn create_meeting(
        &self,
        team_id: i64,
        title: &str,
        template: &str,
        starts_at: i64,
        duration_minutes: i64,
        location: &str,
        by: i64,
        items: &[AgendaInput],
    ) -> StoreResult<i64> {
        let at = now();
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO meetings (team_id, title, template, starts_at, duration_minutes, location, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
        )
        .bind(team_id)
        .bind(title)
        .bind(template)
        .bind(starts_at)
        .bind(duration_minutes)
        .bind(location)
        .bind(by)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(StoreError::from_write)?;
        for (i, item) in items.iter().enumerate() {
            insert_item(&mut tx, id, i as i64 + 1, item, by, at).await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    pub async fn meeting(&self, id: i64) -> StoreResult<Meeting> {
        sqlx::query_as(&format!("SELECT {MEETING_COLUMNS} WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("meeting"))
    }

    /// The team's meetings, the latest first.
    pub async fn team_meetings(&self, team_id: i64, limit: i64) -> StoreResult<Vec<Meeting>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {MEETING_COLUMNS} WHERE team_id = $1 ORDER BY starts_at DESC, id DESC LIMIT $2"
        ))
        .bind(team_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Meetings of any of `team_ids` starting from `from`, the soonest first.
    pub async fn upcoming_meetings(
        &self,
        person_id: i64,
        from: i64,
        limit: i64,
    ) -> StoreResult<Vec<Meeting>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {MEETING_COLUMNS} WHERE team_id IN (SELECT team_id FROM team_roles WHERE person_id = $1) \
             AND starts_at + duration_minutes * 60 >= $2 AND status <> 'ended' ORDER BY starts_at, id LIMIT $3"
        ))
        .bind(person_id)
        .bind(from)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn agenda(&self, meeting_id: i64) -> StoreResult<Vec<AgendaItem>> {
        Ok(sqlx::query_as(&format!(
            "{ITEM_SELECT} WHERE a.meeting_id = $1 ORDER BY a.position, a.id"
        ))
        .bind(meeting_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn agenda_item(&self, id: i64) -> StoreResult<AgendaItem> {
        sqlx::query_as(&format!("{ITEM_SELECT} WHERE a.id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("agenda item"))
    }

    /// Adds an item at the end of the agenda.
    pub async fn add_agenda_item(
        &self,
        meeting_id: i64,
        item: &AgendaInput,
        by: i64,
    ) -> StoreResult<i64> {
        let mut tx = self.pool().begin().await?;
        let position: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM agenda_items WHERE meeting_id = $1",
        )
        .bind(meeting_id)
        .fetch_one(&mut *tx)
        .await?;
        let id = insert_item(&mut tx, meeting_id, position, item, by, now()).await?;
        touch(&mut tx, meeting_id).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Swaps an item with its neighbour above (`up`) or below.
    pub async fn move_agenda_item(&self, item_id: i64, up: bool) -> StoreResult<()> {
        let item = self.agenda_item(item_id).await?;
        let agenda = self.agenda(item.meeting_id).await?;
        let at = agenda.iter().position(|i| i.id == item_id).unwrap_or(0);
        let other = if up {
            at.checked_sub(1).and_then(|i| agenda.get(i))
        } else {
            agenda.get(at + 1)
        };
        let Some(other) = other else {
            return Ok(());
        };
        let mut tx = self.pool().begin().await?;
        for (id, position) in [(item.id, other.position), (other.id, item.position)] {
            sqlx::query("UPDATE agenda_items SET position = $1 WHERE id = $2")
                .bind(position)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn save_item_notes(&self, item_id: i64, notes: &str) -> StoreResult<()> {
        sqlx::query("UPDATE agenda_items SET notes = $1 WHERE id = $2")
            .bind(notes)
            .bind(item_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn set_meeting_status(&self, id: i64, status: &str) -> StoreResult<()> {
        sqlx::query("UPDATE meetings SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(status)
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The people marked present.
    pub async fn attendance(&self, meeting_id: i64) -> StoreResult<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT person_id FROM meeting_attendance WHERE meeting_id = $1 ORDER BY person_id",
        )
        .bind(meeting_id)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn set_present(
        &self,
        meeting_id: i64,
        person_id: i64,
        present: bool,
    ) -> StoreResult<()> {
        let sql = if present {
            "INSERT INTO meeting_attendance (meeting_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"
        } else {
            "DELETE FROM meeting_attendance WHERE meeting_id = $1 AND person_id = $2"
        };
        sqlx::query(sql)
            .bind(meeting_id)
            .bind(person_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn add_minute_entry(
        &self,
        meeting_id: i64,
        entry: &MinuteInput,
        by: i64,
    ) -> StoreResult<i64> {
        sqlx::query_scalar(
            "INSERT INTO minute_entries (meeting_id, agenda_item_id, kind, text, owner_id, due_on, cycle_id, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(meeting_id)
        .bind(entry.agenda_item_id)
        .bind(&entry.kind)
        .bind(&entry.text)
        .bind(entry.owner_id)
        .bind(entry.due_on.as_deref())
        .bind(entry.cycle_id)
        .bind(by)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn minute_entries(&self, meeting_id: i64) -> StoreResult<Vec<MinuteEntry>> {
        Ok(sqlx::query_as(&format!(
            "{ENTRY_SELECT} WHERE m.meeting_id = $1 ORDER BY m.id"
        ))
        .bind(meeting_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The PDSA cycles of the team's active projects that have no "act" decision yet, for the
    /// minutes' PDSA updates: (cycle id, project title, cycle number, change idea).
    pub async fn team_open_cycles(
        &self,
        team_id: i64,
    ) -> StoreResult<Vec<(i64, String, i64, String)>> {
        Ok(sqlx::query_as(
            "SELECT c.id, p.title, c.number, c.change_idea FROM pdsa_cycles c JOIN projects p ON p.id = c.project_id \
             WHERE p.team_id = $1 AND p.status IN ('active', 'sustaining') AND c.act_decision IS NULL \
             ORDER BY p.title, c.number LIMIT 50",
        )
        .bind(team_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Ends the meeting and creates, in one transaction, what its minutes recorded: a task per
    /// task entry, a noted decision per decision entry, a dated line in the "Do" notes of each
    /// PDSA cycle updated; notes stay in the minutes. Ending twice creates nothing the second time.
    pub async fn end_meeting(&self, meeting_id: i64, by: i64) -> StoreResult<EndSummary> {
        let meeting = self.meeting(meeting_id).await?;
        let entries = self.minute_entries(meeting_id).await?;
        let at = now();
        let mut summary = EndSummary::default();
        let mut tx = self.pool().begin().await?;
        let changed = sqlx::query(
            "UPDATE meetings SET status = 'ended', ended_at = $1, updated_at = $1 WHERE id = $2 AND status <> 'ended'",
        )
        .bind(at)
        .bind(meeting_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(summary);
        }
        for entry in entries.iter().filter(|e| e.created_id.is_none()) {
            let created: i64 = match entry.kind.as_str() {
                "task" => {
                    let id = crate::tasks::insert_task(
                        &mut tx,
                        &crate::tasks::TaskInput {
                            team_id: meeting.team_id,
                            title: entry.text.clone(),
                            owner_id: entry.owner_id,
                            due_on: entry.due_on.clone(),
                            source: "meeting".into(),
                            source_id: Some(meeting_id),
                        },
                        by,
                        at,
                    )
                    .await?;
                    summary.tasks.push(id);
                    id
                }
                "decision" => {
                    let id = crate::decisions::insert_noted_decision(
                        &mut tx,
                        meeting.team_id,
                        meeting_id,
                        &entry.text,
                        by,
                        at,
                    )
                    .await?;
                    summary.decisions.push(id);
                    id
                }
                "pdsa" => {
                    let Some(cycle) = entry.cycle_id else {
                        continue;
                    };
                    let date = crate::tasks::iso_date(at);
                    let line = format!("{date} (meeting “{}”): {}", meeting.title, entry.text);
                    let sql = if self.backend() == crate::Backend::Postgres {
                        "UPDATE pdsa_cycles SET do_notes = CASE WHEN do_notes = '' THEN $1 ELSE do_notes || chr(10) || $1 END, updated_at = $2 WHERE id = $3"
                    } else {
                        "UPDATE pdsa_cycles SET do_notes = CASE WHEN do_notes = '' THEN $1 ELSE do_notes || char(10) || $1 END, updated_at = $2 WHERE id = $3"
                    };
                    sqlx::query(sql)
                        .bind(&line)
                        .bind(at)
                        .bind(cycle)
                        .execute(&mut *tx)
                        .await?;
                    summary.cycles_updated.push(cycle);
                    cycle
                }
                _ => continue,
            };
            sqlx::query("UPDATE minute_entries SET created_id = $1 WHERE id = $2")
                .bind(created)
                .bind(entry.id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(summary)
    }
}

async fn insert_item(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    meeting_id: i64,
    position: i64,
    item: &AgendaInput,
    by: i64,
    at: i64,
) -> StoreResult<i64> {
    sqlx::query_scalar(
        "INSERT INTO agenda_items (meeting_id, position, title, kind, owner_id, minutes, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(meeting_id)
    .bind(position)
    .bind(&item.title)
    .bind(&item.kind)
    .bind(item.owner_id)
    .bind(item.minutes)
    .bind(by)
    .bind(at)
    .fetch_one(&mut **tx)
    .await
    .map_err(StoreError::from_write)
}

async fn touch(tx: &mut sqlx::Transaction<'_, sqlx::Any>, meeting_id: i64) -> StoreResult<()> {
    sqlx::query("UPDATE meetings SET updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(meeting_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
