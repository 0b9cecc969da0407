//! Each person's own settings: the language of the interface.

use crate::{Store, StoreResult};

impl Store {
    /// The interface language the person chose (`None`: follow the browser).
    pub async fn preferred_language(&self, person_id: i64) -> StoreResult<Option<String>> {
        let row: Option<(Option<String>,)> =
            sqlx::query_as("SELECT language FROM person_preferences WHERE person_id = $1")
                .bind(person_id)
                .fetch_optional(self.pool())
                .await?;
        Ok(row.and_then(|(language,)| language))
    }

    /// Records the person's interface language; `None` goes back to following the browser.
    /// The caller checks the code is one the catalogue has.
    pub async fn set_preferred_language(
        &self,
        person_id: i64,
        language: Option<&str>,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO person_preferences (person_id, language) VALUES ($1, $2) \
             ON CONFLICT (person_id) DO UPDATE SET language = excluded.language",
        )
        .bind(person_id)
        .bind(language)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
