//! The store's one error type. The web layer maps each variant to a response once.

/// What can go wrong talking to the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The thing asked for does not exist (or is not visible): a 404 at the web boundary.
    #[error("{0} not found")]
    NotFound(&'static str),
    /// A uniqueness rule was broken; the constraint says which one.
    #[error("conflict with existing data ({constraint})")]
    Conflict { constraint: String },
    /// The configuration cannot work (bad URL, unwritable data directory).
    #[error("{0}")]
    Config(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

pub type StoreResult<T> = Result<T, StoreError>;

impl StoreError {
    /// Turns a unique-constraint violation into `Conflict`, leaving other errors as they are,
    /// so the check lives in the database (no race) and the message can still be friendly.
    pub(crate) fn from_write(error: sqlx::Error) -> StoreError {
        if let sqlx::Error::Database(db) = &error {
            let message = db.message().to_string();
            let unique = db.is_unique_violation()
                || message.contains("UNIQUE constraint failed")
                || message.contains("duplicate key value");
            if unique {
                let constraint = db.constraint().map(str::to_string).unwrap_or(message);
                return StoreError::Conflict { constraint };
            }
        }
        StoreError::Database(error)
    }
}
