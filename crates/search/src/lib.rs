//! Full-text search of the hub: content pages, practices, projects, decisions and people in
//! one Tantivy index, searched with stemming (English and Spanish), typo tolerance, phrases,
//! facets, highlighted snippets and "did you mean", under the reader's access.
//!
//! The index is a cache of the database: the caller (the web layer) feeds it every change with
//! [`SearchIndex::upsert`] / [`SearchIndex::delete`] and [`SearchIndex::rebuild`]s it when it
//! was [`created`](SearchIndex::created) empty. This crate knows nothing of the store or HTTP.
//!
//! What people type: words, and phrases in double quotes. There are no operators; any other
//! character separates words, so no input is an error (see [`Query::text`]). Words are
//! stemmed, all must match (or, when no document has them all, any), and a word found in fewer
//! than three documents is also matched to the closest words of the index's vocabulary (one
//! edit for words of 4–7 letters, two for longer ones, as prefixes too), so `concensus` finds
//! "consensus" and `desicion` finds "decision".
//!
//! The layout of the index (one text field per part and language, accent folding, the
//! vocabulary field) is explained in the `schema` module.

mod index;
mod model;
mod schema;
mod search;
mod text;

pub use index::SearchIndex;
pub use model::{Access, Doc, Facets, Hit, Kind, Query, Results, Sort, Viewer};

/// Hits per page when [`Query::limit`] is 0.
pub const DEFAULT_LIMIT: usize = 20;
/// Most hits one search returns.
pub const MAX_LIMIT: usize = 100;
/// Deepest page: further offsets are cut to this (nobody pages ten thousand hits deep, and
/// each skipped hit costs memory in the collector).
pub const MAX_OFFSET: usize = 10_000;

/// Why the index could not be opened, written or searched. Input never causes one.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// Tantivy failed (I/O under the index, a lock held by another process, corruption).
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// The index directory could not be created or cleaned.
    #[error("search index directory: {0}")]
    Io(#[from] std::io::Error),
    /// A stored document did not have the shape this crate writes.
    #[error("search index is inconsistent: {0}")]
    Corrupt(String),
    /// The documents to index could not be read (a rebuild then keeps the old index).
    #[error("documents for the search index could not be read: {0}")]
    Source(String),
}
