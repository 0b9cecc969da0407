//! What goes into the index and what comes out of a search: plain data, no Tantivy types.

use serde::{Deserialize, Serialize};

/// What a document is, which is also the table its `id` belongs to.
///
/// `(kind, id)` is a document's key: upserting the same pair replaces the old version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A content page (article, guide, tool, agreement text…); see [`Doc::content_type`].
    Content,
    /// A shared practice.
    Practice,
    /// An improvement project.
    Project,
    /// A decision recorded in partnership.
    Decision,
    /// A person in the directory.
    Person,
}

impl Kind {
    /// Every kind, in the order pages list them.
    pub const ALL: [Kind; 5] = [
        Kind::Content,
        Kind::Practice,
        Kind::Project,
        Kind::Decision,
        Kind::Person,
    ];

    /// The stable code used in URLs, facets and the index (`content`, `practice`…).
    pub fn code(self) -> &'static str {
        match self {
            Kind::Content => "content",
            Kind::Practice => "practice",
            Kind::Project => "project",
            Kind::Decision => "decision",
            Kind::Person => "person",
        }
    }

    /// The kind for a code as [`Kind::code`] writes it (case and surrounding blanks ignored),
    /// so a query string can be parsed without a lookup table in the web layer.
    pub fn parse(code: &str) -> Option<Kind> {
        let code = code.trim();
        Kind::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(code))
    }

    /// A label for people (English; the web layer may translate by code).
    pub fn label(self) -> &'static str {
        match self {
            Kind::Content => "Content",
            Kind::Practice => "Practice",
            Kind::Project => "Project",
            Kind::Decision => "Decision",
            Kind::Person => "Person",
        }
    }
}

/// Who may see a document. Checked inside the search itself, so totals and facet counts never
/// include documents the reader may not see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Access {
    /// Anyone who can search (public content, shared practices).
    Everyone,
    /// Only people who may read this team: its members, people with its region or facility in
    /// scope, and those who see everything. All three ids are needed because scopes are given
    /// at any of the three levels.
    Team {
        /// The team the document belongs to.
        team_id: i64,
        /// The team's region.
        region_id: i64,
        /// The team's facility.
        facility_id: i64,
    },
}

/// One document to index. The caller flattens its row into this; the index keeps only what a
/// hit shows (title, url, snippet source, type, date) plus the searchable and facet values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    /// What the document is.
    pub kind: Kind,
    /// The row id in the kind's table; with `kind`, the document's key.
    pub id: i64,
    /// Searched with the highest weight and shown as the hit's link text.
    pub title: String,
    /// Searched with a middle weight; the snippet source when `body` is empty.
    pub summary: String,
    /// Plain text (no HTML or Markdown markup: snippets escape whatever is here).
    pub body: String,
    /// Where the hit links to.
    pub url: String,
    /// For [`Kind::Content`]: article, guide, tool, video, course, agreement, history, contact,
    /// page or practice. A facet.
    pub content_type: Option<String>,
    /// Value Compass points (facet values).
    pub compass: Vec<String>,
    /// Topics (facet values).
    pub topics: Vec<String>,
    /// Audiences (facet values).
    pub audience: Vec<String>,
    /// Region name (facet value).
    pub region: Option<String>,
    /// `"en"` or `"es"`; picks the stemmer. Anything not starting with `es` is read as English.
    pub language: String,
    /// Unix seconds; newest first when sorting by date.
    pub date: i64,
    /// Who may see it.
    pub access: Access,
}

/// What the reader may see, worked out by the web layer from their roles and scopes.
///
/// [`Access::Everyone`] documents are always visible; a [`Access::Team`] document is visible
/// when `everything` is set, or its team is in `teams`, its region in `regions` or its facility
/// in `facilities`. `Viewer::default()` sees public documents only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Viewer {
    /// Sees every document (administrators, national leaders).
    pub everything: bool,
    /// Teams the reader belongs to or sponsors.
    pub teams: Vec<i64>,
    /// Regions in the reader's scope.
    pub regions: Vec<i64>,
    /// Facilities in the reader's scope.
    pub facilities: Vec<i64>,
}

impl Viewer {
    /// A reader who sees every document.
    pub fn everything() -> Viewer {
        Viewer {
            everything: true,
            ..Viewer::default()
        }
    }
}

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Best match first (BM25; titles weigh more than summaries, summaries more than bodies).
    /// An empty query text has no relevance, so it lists newest first instead.
    #[default]
    Relevance,
    /// Newest `date` first; equal dates by relevance.
    Newest,
}

/// A search request. Facet filters match exactly: several values of one facet are OR-ed,
/// different facets AND-ed. An empty `text` lists documents (newest first) under the filters.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    /// What the person typed; any input is accepted (see the crate docs for the syntax).
    pub text: String,
    /// Only these kinds (empty: all).
    pub kinds: Vec<Kind>,
    /// Only these content types (empty: all).
    pub content_types: Vec<String>,
    /// Only documents with one of these compass points (empty: all).
    pub compass: Vec<String>,
    /// Only documents with one of these topics (empty: all).
    pub topics: Vec<String>,
    /// Only documents for one of these audiences (empty: all).
    pub audience: Vec<String>,
    /// Only documents of one of these regions, by name (empty: all).
    pub regions: Vec<String>,
    /// Only documents in this language (`"en"`, `"es"`).
    pub language: Option<String>,
    /// Order of hits.
    pub sort: Sort,
    /// Hits to skip (paging); at most [`crate::MAX_OFFSET`].
    pub offset: usize,
    /// Hits to return; 0 means the default of 20, and at most [`crate::MAX_LIMIT`].
    pub limit: usize,
    /// Who is searching.
    pub viewer: Viewer,
}

impl Default for Query {
    fn default() -> Self {
        Query {
            text: String::new(),
            kinds: Vec::new(),
            content_types: Vec::new(),
            compass: Vec::new(),
            topics: Vec::new(),
            audience: Vec::new(),
            regions: Vec::new(),
            language: None,
            sort: Sort::Relevance,
            offset: 0,
            limit: crate::DEFAULT_LIMIT,
            viewer: Viewer::default(),
        }
    }
}

impl Query {
    /// A query for `text` by a reader who sees public documents only; fill in the rest with
    /// struct update syntax.
    pub fn text(text: impl Into<String>) -> Query {
        Query {
            text: text.into(),
            ..Query::default()
        }
    }
}

/// One page of hits with the totals and facet counts of the whole result.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Results {
    /// How many documents match (all pages), counting only those the viewer may see.
    pub total: usize,
    /// The requested page.
    pub hits: Vec<Hit>,
    /// Counts over all matching documents the viewer may see.
    pub facets: Facets,
    /// The query text with unknown words replaced by the closest known ones, when there are
    /// such words and the corrected words occur in documents the viewer may see.
    pub did_you_mean: Option<String>,
    /// Time spent in the search, for logs and metrics.
    pub took_micros: u64,
}

/// One matching document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// What it is.
    pub kind: Kind,
    /// Its row id.
    pub id: i64,
    /// Its title (plain text: escape it when rendering).
    pub title: String,
    /// Where it links to.
    pub url: String,
    /// About 200 characters of the body (or summary) around the best match, HTML-escaped, with
    /// matched words in `<mark>…</mark>`. Safe to insert as HTML as it is.
    pub snippet_html: String,
    /// Content type, for content pages.
    pub content_type: Option<String>,
    /// Unix seconds.
    pub date: i64,
    /// Relevance (BM25 sum; 0-ish when the query has no text). Only comparable within a search.
    pub score: f32,
}

/// Facet counts: `(value, documents)` pairs, most documents first, then by value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facets {
    /// By [`Kind::code`].
    pub kinds: Vec<(String, u64)>,
    /// By content type.
    pub content_types: Vec<(String, u64)>,
    /// By compass point.
    pub compass: Vec<(String, u64)>,
    /// By topic.
    pub topics: Vec<(String, u64)>,
    /// By audience.
    pub audience: Vec<(String, u64)>,
    /// By region name.
    pub regions: Vec<(String, u64)>,
}
