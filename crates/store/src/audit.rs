//! The audit log: who changed what, when, and what the changed fields were before and after.
//! Written by the web layer with each change; never edited through the product — nothing here
//! (or anywhere in the store but `backup.rs`, whose restore empties every table to load a
//! backup) updates or deletes a line.
//!
//! Before and after are JSON objects of a thing's fields. Only the fields that differ are kept,
//! and secrets never are: a field named like a password, hash, token, secret, salt or key keeps
//! only the fact that it changed, and a value that looks like a hash is replaced wherever it is.

use lmp_domain::{Page, PageRequest};
use serde_json::{Map, Value};

use crate::{now, Store, StoreError, StoreResult};

/// What is written in place of a secret's old value.
pub const NOT_RECORDED: &str = "(not recorded)";
/// What is written in place of a secret's new value: the change is known, the value is not.
pub const SECRET_CHANGED: &str = "(changed; the value is never recorded)";

impl Store {
    /// Records a change without its before and after (kept for the many callers that name
    /// the change in `detail` alone).
    pub async fn audit(
        &self,
        actor_id: Option<i64>,
        action: &str,
        entity: &str,
        entity_id: Option<i64>,
        detail: &str,
    ) -> StoreResult<()> {
        self.audit_change(actor_id, action, entity, entity_id, detail, None, None)
            .await
    }

    /// Records a change with the thing's fields before it (`None`: it did not exist) and after
    /// it (`None`: it is gone). Only the fields that differ are kept; secrets are hidden.
    pub async fn audit_change(
        &self,
        actor_id: Option<i64>,
        action: &str,
        entity: &str,
        entity_id: Option<i64>,
        detail: &str,
        before: Option<&Value>,
        after: Option<&Value>,
    ) -> StoreResult<()> {
        record(
            self.pool(),
            actor_id,
            action,
            entity,
            entity_id,
            detail,
            before,
            after,
        )
        .await
    }

    /// The log of one thing (`entity`, `entity_id`), oldest first.
    pub async fn audit_of(&self, entity: &str, entity_id: i64) -> StoreResult<Vec<AuditEntry>> {
        Ok(sqlx::query_as(
            "SELECT at, actor_id, action, entity, entity_id, detail, before, after FROM audit_log \
             WHERE entity = $1 AND entity_id = $2 ORDER BY id",
        )
        .bind(entity)
        .bind(entity_id)
        .fetch_all(self.pool())
        .await?)
    }
}

/// Writes one line of the log through `executor`: the pool, or a transaction's connection
/// (`&mut *tx`) so the line is written together with the change it records.
pub async fn record<'e, E>(
    executor: E,
    actor_id: Option<i64>,
    action: &str,
    entity: &str,
    entity_id: Option<i64>,
    detail: &str,
    before: Option<&Value>,
    after: Option<&Value>,
) -> StoreResult<()>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let (before, after) = prepare(before, after);
    sqlx::query(
        "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, detail, before, after) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(now())
    .bind(actor_id)
    .bind(action)
    .bind(entity)
    .bind(entity_id)
    .bind(detail)
    .bind(before.map(|v| v.to_string()))
    .bind(after.map(|v| v.to_string()))
    .execute(executor)
    .await?;
    Ok(())
}

/// Whether a field holds a secret, by its name.
fn is_secret_field(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["password", "hash", "token", "secret", "salt", "key"]
        .iter()
        .any(|word| name.contains(word))
}

/// Whether a value looks like a secret whatever its field is called: an Argon2 hash, the 64 hex
/// digits of a SHA-256 hash (how the hub stores tokens and sessions), or an API token itself.
fn looks_secret(text: &str) -> bool {
    let hex = |t: &str| t.len() == 64 && t.chars().all(|c| c.is_ascii_hexdigit());
    text.starts_with("$argon2")
        || hex(text)
        || text.strip_prefix("lmp_").is_some_and(|t| t.len() >= 32)
}

/// `value` with every secret inside it replaced by [`NOT_RECORDED`].
fn hide_secrets(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = if is_secret_field(k) {
                        Value::String(NOT_RECORDED.into())
                    } else {
                        hide_secrets(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(hide_secrets).collect()),
        Value::String(s) if looks_secret(s) => Value::String(NOT_RECORDED.into()),
        other => other.clone(),
    }
}

/// What is stored of a change: secrets hidden, and when both sides are objects only the
/// fields that differ (a secret field that changed keeps only the fact that it changed).
fn prepare(before: Option<&Value>, after: Option<&Value>) -> (Option<Value>, Option<Value>) {
    let (Some(Value::Object(b)), Some(Value::Object(a))) = (before, after) else {
        return (before.map(hide_secrets), after.map(hide_secrets));
    };
    let mut kept_before = Map::new();
    let mut kept_after = Map::new();
    let keys = b.keys().chain(a.keys().filter(|k| !b.contains_key(*k)));
    for key in keys {
        let (old, new) = (b.get(key), a.get(key));
        if old == new {
            continue;
        }
        if is_secret_field(key) {
            kept_before.insert(key.clone(), Value::String(NOT_RECORDED.into()));
            kept_after.insert(key.clone(), Value::String(SECRET_CHANGED.into()));
            continue;
        }
        if let Some(old) = old {
            kept_before.insert(key.clone(), hide_secrets(old));
        }
        if let Some(new) = new {
            kept_after.insert(key.clone(), hide_secrets(new));
        }
    }
    (
        Some(Value::Object(kept_before)),
        Some(Value::Object(kept_after)),
    )
}

/// One field a change touched, as text for people (`None`: the field had no value).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The fields that differ between `before` and `after` (stored JSON), by field name. A value
/// that is not an object is shown as one field, `value`.
pub fn changes(before: Option<&str>, after: Option<&str>) -> Vec<FieldChange> {
    let parse = |text: Option<&str>| text.and_then(|t| serde_json::from_str::<Value>(t).ok());
    let as_map = |value: Option<Value>| match value {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(map)) => map,
        Some(other) => Map::from_iter([("value".to_string(), other)]),
    };
    let (b, a) = (as_map(parse(before)), as_map(parse(after)));
    b.keys()
        .chain(a.keys().filter(|k| !b.contains_key(*k)))
        .filter_map(|key| {
            let (old, new) = (b.get(key), a.get(key));
            (old != new).then(|| FieldChange {
                field: key.clone(),
                before: old.and_then(as_text),
                after: new.and_then(as_text),
            })
        })
        .collect()
}

/// A JSON value as people read it: text as is, a list of plain values joined by commas,
/// anything else as compact JSON; null and empty lists as no value.
fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Array(items) if items.is_empty() => None,
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => Some(
            items
                .iter()
                .filter_map(as_text)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        other => Some(other.to_string()),
    }
}

/// One line of the audit log.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct AuditEntry {
    pub at: i64,
    pub actor_id: Option<i64>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub detail: String,
    /// The changed fields before the change, as a JSON object.
    pub before: Option<String>,
    /// The changed fields after the change, as a JSON object.
    pub after: Option<String>,
}

/// Which lines of the log to show.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// The action, or the start of one (`proposal.` shows every proposal action).
    pub action: String,
    pub entity: String,
    pub actor_id: Option<i64>,
    /// From this unix time (inclusive) to that one (exclusive).
    pub from: Option<i64>,
    pub to: Option<i64>,
}

/// A line of the log with the actor's name.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct AuditRow {
    pub id: i64,
    pub at: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub detail: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl AuditRow {
    /// The fields this change touched.
    pub fn changes(&self) -> Vec<FieldChange> {
        changes(self.before.as_deref(), self.after.as_deref())
    }
}

const AUDIT_COLUMNS: &str = "a.id, a.at, a.actor_id, p.name AS actor_name, a.action, a.entity, \
     a.entity_id, a.detail, a.before, a.after FROM audit_log a LEFT JOIN people p ON p.id = a.actor_id";

const AUDIT_FILTER: &str =
    "($1 = '' OR a.action LIKE $1 ESCAPE '\\') AND ($2 = '' OR a.entity = $2) \
     AND ($3 = 0 OR a.actor_id = $3) AND ($4 = 0 OR a.at >= $4) AND ($5 = 0 OR a.at < $5)";

impl Store {
    /// The log, newest first, filtered.
    pub async fn audit_page(
        &self,
        filter: &AuditFilter,
        page: PageRequest,
    ) -> StoreResult<Page<AuditRow>> {
        let action = if filter.action.is_empty() {
            String::new()
        } else {
            format!("{}%", crate::people::like_escaped(&filter.action))
        };
        let items = sqlx::query_as(&format!(
            "SELECT {AUDIT_COLUMNS} WHERE {AUDIT_FILTER} ORDER BY a.id DESC LIMIT $6 OFFSET $7"
        ))
        .bind(&action)
        .bind(&filter.entity)
        .bind(filter.actor_id.unwrap_or(0))
        .bind(filter.from.unwrap_or(0))
        .bind(filter.to.unwrap_or(0))
        .bind(page.limit())
        .bind(page.offset())
        .fetch_all(self.pool())
        .await?;
        let total = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM audit_log a WHERE {AUDIT_FILTER}"
        ))
        .bind(&action)
        .bind(&filter.entity)
        .bind(filter.actor_id.unwrap_or(0))
        .bind(filter.from.unwrap_or(0))
        .bind(filter.to.unwrap_or(0))
        .fetch_one(self.pool())
        .await?;
        Ok(Page::new(items, page, total))
    }

    /// One line of the log, whole.
    pub async fn audit_entry(&self, id: i64) -> StoreResult<AuditRow> {
        sqlx::query_as(&format!("SELECT {AUDIT_COLUMNS} WHERE a.id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("audit entry"))
    }

    /// The kinds of thing the log names, for the filter.
    pub async fn audit_entities(&self) -> StoreResult<Vec<String>> {
        Ok(
            sqlx::query_scalar("SELECT DISTINCT entity FROM audit_log ORDER BY entity")
                .fetch_all(self.pool())
                .await?,
        )
    }
}

/// What the log records of each kind of thing: the fields people edit, as the hub names them,
/// and never a secret. One place, so every page and the API record a thing the same way.
pub mod snapshot {
    use serde_json::{json, Value};

    use crate::accounts::SiteRoleGrant;
    use crate::content::ContentRow;
    use crate::p2p::CriterionRow;
    use crate::people::Person;
    use crate::teams::{CharterInput, Team};

    /// A team's description and charter as stored.
    pub fn charter_of(team: &Team) -> Value {
        json!({
            "description": team.description,
            "purpose": team.purpose,
            "meeting_cadence": team.meeting_cadence,
            "ground_rules": team.ground_rules,
            "decision_rules": team.decision_rules,
            "quorum": team.quorum,
        })
    }

    /// A team's description and charter as saved.
    pub fn charter(charter: &CharterInput) -> Value {
        json!({
            "description": charter.description,
            "purpose": charter.purpose,
            "meeting_cadence": charter.meeting_cadence,
            "ground_rules": charter.ground_rules,
            "decision_rules": charter.decision_rules,
            "quorum": charter.quorum,
        })
    }

    /// A place on a team's roster.
    pub fn roster(name: &str, person_id: i64, role: &str) -> Value {
        json!({ "person": format!("{name} (person {person_id})"), "role": role })
    }

    /// What an administrator edits of a person (no password, no session, no token).
    pub fn person(person: &Person) -> Value {
        json!({
            "name": person.name,
            "email": person.email,
            "side": person.side,
            "union_local": person.local_name,
            "job_title": person.job_title,
            "facility": person.facility_name,
            "active": person.active != 0,
        })
    }

    /// A person's site roles, each with its scope.
    pub fn site_roles(grants: &[SiteRoleGrant]) -> Value {
        let mut roles: Vec<String> = grants
            .iter()
            .map(|g| {
                let role = g.site_role().map_or(g.role.as_str(), |r| r.label());
                match (&g.facility_name, &g.region_name) {
                    (Some(f), _) => format!("{role} (facility {f})"),
                    (None, Some(r)) => format!("{role} (region {r})"),
                    (None, None) => format!("{role} (whole organisation)"),
                }
            })
            .collect();
        roles.sort();
        json!({ "site_roles": roles })
    }

    /// A content page: what its editor and its readers see.
    pub fn content(page: &ContentRow) -> Value {
        json!({
            "title": page.title,
            "kind": page.kind,
            "language": page.language,
            "translation_of": page.translation_of,
            "summary": page.summary,
            // A page read back from its file ends in a newline nobody sees.
            "body": page.body.trim_end(),
            "compass": page.compass,
            "topics": page.topics,
            "audience": page.audience,
            "details": page.extra,
            "status": page.status,
            "publish_at": page.publish_at,
        })
    }

    /// A secret that changed, as before and after: the fact is recorded, never a value.
    pub fn secret_changed(field: &str) -> (Value, Value) {
        (
            json!({ field: super::NOT_RECORDED }),
            json!({ field: super::SECRET_CHANGED }),
        )
    }

    /// The wording of a Path to Performance criterion.
    pub fn criterion(criterion: &CriterionRow) -> Value {
        json!({ "text": criterion.text, "placeholder": criterion.placeholder != 0 })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::testing::TestDatabase;

    fn field(name: &str, before: Option<&str>, after: Option<&str>) -> FieldChange {
        FieldChange {
            field: name.into(),
            before: before.map(Into::into),
            after: after.map(Into::into),
        }
    }

    #[test]
    fn only_the_fields_that_differ_are_kept_and_shown() {
        let (b, a) = prepare(
            Some(&json!({"purpose": "Old", "quorum": 4, "cadence": "Weekly"})),
            Some(&json!({"purpose": "New", "quorum": 4, "cadence": "Weekly", "room": "B2"})),
        );
        assert_eq!(b, Some(json!({"purpose": "Old"})));
        assert_eq!(a, Some(json!({"purpose": "New", "room": "B2"})));
        let shown = changes(
            b.map(|v| v.to_string()).as_deref(),
            a.map(|v| v.to_string()).as_deref(),
        );
        assert_eq!(
            shown,
            vec![
                field("purpose", Some("Old"), Some("New")),
                field("room", None, Some("B2")),
            ]
        );
    }

    #[test]
    fn a_removal_shows_every_field_it_held_and_lists_read_as_text() {
        let shown = changes(
            Some(r#"{"person":"Ana Ruiz","roles":["co-lead","member"],"n":3}"#),
            None,
        );
        assert_eq!(
            shown,
            vec![
                field("n", Some("3"), None),
                field("person", Some("Ana Ruiz"), None),
                field("roles", Some("co-lead, member"), None),
            ]
        );
        assert_eq!(
            changes(Some("\"open\""), Some("\"done\"")),
            vec![field("value", Some("open"), Some("done"))]
        );
        assert!(changes(None, None).is_empty());
    }

    #[test]
    fn secrets_keep_only_the_fact_that_they_changed() {
        let old_hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
        let new_hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdDI$aGFzaDI";
        let token = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        let (b, a) = prepare(
            Some(&json!({"name": "Ana", "password_hash": old_hash, "same_secret": "x"})),
            Some(
                &json!({"name": "Ana", "password_hash": new_hash, "same_secret": "x",
                "devices": [{"label": "laptop", "token_hash": token}], "note": token}),
            ),
        );
        let text = format!("{b:?}{a:?}");
        for secret in [old_hash, new_hash, token] {
            assert!(!text.contains(secret), "{text}");
        }
        assert_eq!(b, Some(json!({"password_hash": NOT_RECORDED})));
        assert_eq!(
            a,
            Some(json!({"password_hash": SECRET_CHANGED,
                "devices": [{"label": "laptop", "token_hash": NOT_RECORDED}], "note": NOT_RECORDED}))
        );
    }

    /// A password and a token change written through the store: the stored line holds neither
    /// hash, on each database.
    #[tokio::test(flavor = "multi_thread")]
    async fn a_password_or_token_change_is_stored_without_any_hash() {
        let mut databases = vec![TestDatabase::sqlite().await];
        databases.extend(TestDatabase::postgres().await);
        for db in databases {
            let store = db.open().await.expect("store");
            let old_hash = "$argon2id$v=19$m=19456,t=2,p=1$b2xkc2FsdA$b2xkaGFzaA";
            let new_hash = "$argon2id$v=19$m=19456,t=2,p=1$bmV3c2FsdA$bmV3aGFzaA";
            let token_hash = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
            store
                .audit_change(
                    None,
                    "person.password",
                    "person",
                    Some(1),
                    "",
                    Some(&json!({"password_hash": old_hash})),
                    Some(&json!({"password_hash": new_hash})),
                )
                .await
                .expect("audit");
            store
                .audit_change(
                    None,
                    "api_token.create",
                    "person",
                    Some(1),
                    "laptop",
                    None,
                    Some(&json!({"label": "laptop", "token": token_hash})),
                )
                .await
                .expect("audit");
            let stored: Vec<(String, Option<String>, Option<String>)> =
                sqlx::query_as("SELECT detail, before, after FROM audit_log ORDER BY id")
                    .fetch_all(store.pool())
                    .await
                    .expect("rows");
            assert_eq!(stored.len(), 2, "{:?}", db.backend);
            let text = format!("{stored:?}");
            for secret in [old_hash, new_hash, token_hash, "argon2"] {
                assert!(!text.contains(secret), "{secret} stored: {text}");
            }
            let lines = store.audit_of("person", 1).await.expect("log");
            let password = lines[0].clone();
            assert_eq!(
                changes(password.before.as_deref(), password.after.as_deref()),
                vec![field(
                    "password_hash",
                    Some(NOT_RECORDED),
                    Some(SECRET_CHANGED)
                )]
            );
        }
    }
}
