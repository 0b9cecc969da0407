//! People: every worker, manager and physician, whether or not they ever sign in.

use lmp_domain::{Page, PageRequest};
use serde::Serialize;

use crate::{now, Store, StoreError, StoreResult};

/// A person as pages and the API show them.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub side: String,
    pub local_id: Option<i64>,
    pub local_name: Option<String>,
    pub job_title: String,
    pub facility_id: Option<i64>,
    pub facility_name: Option<String>,
    pub active: i64,
}

/// What is needed to create or update a person; validated by the caller.
#[derive(Debug, Clone)]
pub struct PersonInput {
    pub name: String,
    pub email: String,
    pub side: lmp_domain::Side,
    pub local_id: Option<i64>,
    pub job_title: String,
    pub facility_id: Option<i64>,
}

const PERSON_COLUMNS: &str = "p.id, p.name, p.email, p.side, p.local_id, l.name AS local_name, \
     p.job_title, p.facility_id, f.name AS facility_name, p.active \
     FROM people p LEFT JOIN locals l ON l.id = p.local_id \
     LEFT JOIN facilities f ON f.id = p.facility_id";

impl Store {
    pub async fn person(&self, id: i64) -> StoreResult<Person> {
        sqlx::query_as(&format!("SELECT {PERSON_COLUMNS} WHERE p.id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound("person"))
    }

    pub async fn person_by_email(&self, email: &str) -> StoreResult<Option<Person>> {
        Ok(
            sqlx::query_as(&format!("SELECT {PERSON_COLUMNS} WHERE p.email = $1"))
                .bind(email.to_lowercase())
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// People whose name or email contains `text`, in name order, one page at a time.
    pub async fn search_people(&self, text: &str, page: PageRequest) -> StoreResult<Page<Person>> {
        let pattern = like_pattern(text);
        let filter =
            "($1 = '' OR LOWER(p.name) LIKE $1 ESCAPE '\\' OR p.email LIKE $1 ESCAPE '\\')";
        let items = sqlx::query_as(&format!(
            "SELECT {PERSON_COLUMNS} WHERE {filter} ORDER BY p.name, p.id LIMIT $2 OFFSET $3"
        ))
        .bind(&pattern)
        .bind(page.limit())
        .bind(page.offset())
        .fetch_all(self.pool())
        .await?;
        let total = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM people p WHERE {filter}"))
            .bind(&pattern)
            .fetch_one(self.pool())
            .await?;
        Ok(Page::new(items, page, total))
    }

    pub async fn create_person(&self, input: &PersonInput) -> StoreResult<i64> {
        sqlx::query_scalar(
            "INSERT INTO people (name, email, side, local_id, job_title, facility_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(&input.name)
        .bind(input.email.to_lowercase())
        .bind(input.side.code())
        .bind(input.local_id)
        .bind(&input.job_title)
        .bind(input.facility_id)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(StoreError::from_write)
    }

    pub async fn update_person(&self, id: i64, input: &PersonInput) -> StoreResult<()> {
        let result = sqlx::query(
            "UPDATE people SET name = $1, email = $2, side = $3, local_id = $4, job_title = $5, \
             facility_id = $6 WHERE id = $7",
        )
        .bind(&input.name)
        .bind(input.email.to_lowercase())
        .bind(input.side.code())
        .bind(input.local_id)
        .bind(&input.job_title)
        .bind(input.facility_id)
        .bind(id)
        .execute(self.pool())
        .await
        .map_err(StoreError::from_write)?;
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound("person"));
        }
        Ok(())
    }
}

/// `%text%`, lower-cased, with LIKE's wildcards in `text` taken literally: every query that
/// uses it writes `LIKE $n ESCAPE '\'`.
pub(crate) fn like_pattern(text: &str) -> String {
    let text = text.trim().to_lowercase();
    if text.is_empty() {
        return String::new();
    }
    format!("%{}%", like_escaped(&text))
}

/// `text` with LIKE's wildcards and the escape character itself escaped by a backslash.
pub(crate) fn like_escaped(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

#[cfg(test)]
mod like_tests {
    use super::{like_escaped, like_pattern};

    #[test]
    fn wildcards_typed_by_a_person_are_taken_literally() {
        assert_eq!(like_escaped("50%_off\\"), "50\\%\\_off\\\\");
        assert_eq!(like_pattern("  Ward 4  "), "%ward 4%");
        assert_eq!(like_pattern("%"), "%\\%%");
        assert_eq!(like_pattern("   "), "");
    }
}
