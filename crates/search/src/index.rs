//! Opening the index and keeping it in step with the store: upsert, delete, rebuild.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Term};

use crate::model::{Doc, Kind};
use crate::schema::{self, Fields, Lang};
use crate::SearchError;

/// Memory for the writer's in-progress segments, shared by its threads. Past it Tantivy
/// flushes a segment to the directory; it bounds a rebuild's memory whatever its size.
const WRITER_HEAP_BYTES: usize = 50_000_000;
/// Two cores: one indexing thread each during a rebuild; searches wait their turn.
const WRITER_THREADS: usize = 2;
/// A rebuild reports progress after every this many documents.
const PROGRESS_EVERY: usize = 1_000;
/// The file beside the index recording [`schema::SCHEMA_VERSION`].
const VERSION_FILE: &str = "lmp-search.version";

/// The search index: a Tantivy index with one writer and one reader.
///
/// Cheap to clone and safe to share between threads (everything is behind an `Arc`). Writes
/// take a lock and commit before they return, and the reader is reloaded in the same breath,
/// so a search that starts after `upsert` returns sees its documents. Searches never wait for
/// writes.
///
/// One process per directory: Tantivy locks the directory for its writer, and with several
/// web nodes each keeps its own index, rebuilt from the database and fed its changes.
#[derive(Clone)]
pub struct SearchIndex {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) reader: IndexReader,
    writer: Mutex<IndexWriter>,
    pub(crate) fields: Fields,
    /// `[Lang::En, Lang::Es]` analysers, as the text fields use them.
    pub(crate) analyzers: [TextAnalyzer; 2],
    pub(crate) plain: TextAnalyzer,
    created: bool,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("docs", &self.doc_count())
            .field("created", &self.inner.created)
            .finish()
    }
}

impl SearchIndex {
    /// Opens the index in `dir`, creating the directory and an empty index if there is none.
    ///
    /// An index written by another version of this crate's layout (fields or analysers), or
    /// one that cannot be read, is replaced by an empty one: the index is a cache of the
    /// database, so the caller checks [`SearchIndex::created`] and rebuilds. Only Tantivy's own
    /// files in `dir` are removed.
    pub fn open(dir: &Path) -> Result<SearchIndex, SearchError> {
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = schema::build_schema();
        let version = std::fs::read_to_string(dir.join(VERSION_FILE)).ok();
        let existing = if dir.join("meta.json").exists()
            && version.as_deref().map(str::trim) == Some(schema::SCHEMA_VERSION)
        {
            match Index::open_in_dir(dir) {
                Ok(index) if index.schema() == schema => Some(index),
                _ => None,
            }
        } else {
            None
        };
        let (index, created) = match existing {
            Some(index) => (index, false),
            None => {
                remove_index_files(dir)?;
                let index = Index::create_in_dir(dir, schema)?;
                std::fs::write(dir.join(VERSION_FILE), schema::SCHEMA_VERSION)?;
                (index, true)
            }
        };
        SearchIndex::start(index, fields, created)
    }

    /// An empty index in memory, for tests and benchmarks.
    pub fn in_memory() -> Result<SearchIndex, SearchError> {
        let (schema, fields) = schema::build_schema();
        SearchIndex::start(Index::create_in_ram(schema), fields, true)
    }

    fn start(index: Index, fields: Fields, created: bool) -> Result<SearchIndex, SearchError> {
        schema::register_tokenizers(index.tokenizers());
        let writer = index.writer_with_num_threads(WRITER_THREADS, WRITER_HEAP_BYTES)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            inner: Arc::new(Inner {
                reader,
                writer: Mutex::new(writer),
                fields,
                analyzers: [schema::analyzer(Lang::En), schema::analyzer(Lang::Es)],
                plain: schema::plain_analyzer(),
                created,
            }),
        })
    }

    /// Whether [`SearchIndex::open`] found no usable index and made an empty one, so the
    /// caller must [`rebuild`](SearchIndex::rebuild) it from the database.
    pub fn created(&self) -> bool {
        self.inner.created
    }

    /// Adds the documents, replacing any with the same `(kind, id)` (also within `docs`: the
    /// last one wins). Committed and searchable when this returns; on error nothing of it is.
    pub fn upsert(&self, docs: &[Doc]) -> Result<(), SearchError> {
        if docs.is_empty() {
            return Ok(());
        }
        let fields = &self.inner.fields;
        self.write(|writer| {
            for doc in docs {
                writer.delete_term(key_term(fields, doc.kind, doc.id));
                writer.add_document(schema::to_document(fields, doc))?;
            }
            Ok(())
        })
    }

    /// Removes the document `(kind, id)`, if present. Committed when this returns.
    pub fn delete(&self, kind: Kind, id: i64) -> Result<(), SearchError> {
        let term = key_term(&self.inner.fields, kind, id);
        self.write(|writer| {
            writer.delete_term(term);
            Ok(())
        })
    }

    /// Replaces the whole index with `docs`, calling `progress` with the number indexed so far
    /// every thousand documents and once at the end. Returns how many were indexed.
    ///
    /// Searches see the old index until the new one is complete (one commit at the end); the
    /// writer's memory is bounded, whatever the number of documents, and `docs` may be read
    /// lazily (from the database a page at a time). An `Err` from `docs` abandons the rebuild
    /// and keeps the old index. Other writes wait until the rebuild is done. If `docs` repeats a
    /// key, the last one wins.
    pub fn rebuild(
        &self,
        docs: impl Iterator<Item = Result<Doc, SearchError>>,
        progress: &dyn Fn(usize),
    ) -> Result<usize, SearchError> {
        let fields = &self.inner.fields;
        let mut count = 0;
        // Keys seen so far: a delete is queued only for a key that repeats. Tantivy builds a
        // query for every queued delete and keeps it until the commit — about a kilobyte each,
        // which for the full demo's 216,072 documents was 247 MB of the start-up peak
        // (bench/RESULTS.md, 2026-12-07). The set costs a few bytes a key.
        let mut seen = std::collections::HashSet::new();
        self.write(|writer| {
            writer.delete_all_documents()?;
            for doc in docs {
                let doc = doc?;
                if !seen.insert((doc.kind, doc.id)) {
                    writer.delete_term(key_term(fields, doc.kind, doc.id));
                }
                writer.add_document(schema::to_document(fields, &doc))?;
                count += 1;
                if count % PROGRESS_EVERY == 0 {
                    progress(count);
                }
            }
            Ok(())
        })?;
        progress(count);
        Ok(count)
    }

    /// Documents visible to searches now (all viewers together).
    pub fn doc_count(&self) -> u64 {
        self.inner.reader.searcher().num_docs()
    }

    /// Runs `change` with the writer, commits, and reloads the reader; rolls back on error.
    fn write(
        &self,
        change: impl FnOnce(&mut IndexWriter) -> Result<(), SearchError>,
    ) -> Result<(), SearchError> {
        let mut writer = self.lock_writer();
        let result = change(&mut writer).and_then(|()| {
            writer.commit()?;
            Ok(())
        });
        match result {
            Ok(()) => {
                self.inner.reader.reload()?;
                Ok(())
            }
            Err(err) => {
                let _ = writer.rollback();
                Err(err)
            }
        }
    }

    /// The writer; after a panic in another write, its uncommitted changes are dropped first.
    fn lock_writer(&self) -> MutexGuard<'_, IndexWriter> {
        match self.inner.writer.lock() {
            Ok(guard) => guard,
            Err(poisoned) => {
                let mut guard = poisoned.into_inner();
                let _ = guard.rollback();
                self.inner.writer.clear_poison();
                guard
            }
        }
    }
}

fn key_term(fields: &Fields, kind: Kind, id: i64) -> Term {
    Term::from_field_text(fields.key, &schema::doc_key(kind, id))
}

/// Removes what Tantivy keeps in `dir` (its meta files and segment files, which are named by a
/// 32-hex-digit segment id) and our version file, and nothing else. Lock files stay: another
/// process may hold them, and Tantivy reuses them.
fn remove_index_files(dir: &Path) -> Result<(), SearchError> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let segment_id = name.split('.').next().unwrap_or("");
        let ours = name == "meta.json"
            || name == ".managed.json"
            || name == VERSION_FILE
            || (segment_id.len() == 32 && segment_id.chars().all(|c| c.is_ascii_hexdigit()));
        if ours && entry.file_type()?.is_file() {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}
