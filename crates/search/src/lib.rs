//! Full-text search, kept in step with the store.
//!
//! Deliberately empty for now: the spine has only the team directory, which the store filters
//! with indexed SQL. The content and search capability fills this crate with a Tantivy index.
