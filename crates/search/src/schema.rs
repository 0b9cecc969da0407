//! The index layout: fields, analysers, and how a [`Doc`] becomes a Tantivy document.
//!
//! Language: Tantivy picks a tokenizer per field, not per document, so each searchable text
//! (title, summary, body) has one field per language — `*_en` analysed with the English
//! stemmer, `*_es` with the Spanish one — and a document fills only its own language's
//! fields. A query is run against both sets, so a Spanish word finds Spanish documents and an
//! English word English ones without the reader choosing. Both analysers fold accents *before*
//! stemming, so `decision`, `decisión` and `decisiones` meet on one stem: people often type
//! Spanish without accents, and the Snowball stemmer gives the same stem to both spellings
//! only when it sees the same letters.
//!
//! `words` holds every word of every document unstemmed (lowercased, folded): the vocabulary
//! that typo correction and "did you mean" draw from, since a stem (`decis`) is no word to
//! suggest and is too far from a misspelling (`desicion`) to be found by edit distance.

use tantivy::schema::Facet;
use tantivy::schema::{
    FacetOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
    STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, TokenizerManager,
};
use tantivy::TantivyDocument;

use crate::model::{Access, Doc};

/// Bumped whenever fields or analysers change in a way the schema itself does not show (an
/// analyser's filters, the meaning of a stored value), so an old index on disk is rebuilt.
pub(crate) const SCHEMA_VERSION: &str = "lmp-search 1";

pub(crate) const TOKENIZER_EN: &str = "lmp_en";
pub(crate) const TOKENIZER_ES: &str = "lmp_es";
pub(crate) const TOKENIZER_PLAIN: &str = "lmp_plain";

/// Longer tokens (base64, URLs glued together) are dropped: nobody searches for them.
const MAX_TOKEN_BYTES: usize = 40;

/// Facet roots, one per facet of [`crate::Facets`].
pub(crate) const FACET_KIND: &str = "kind";
pub(crate) const FACET_CTYPE: &str = "ctype";
pub(crate) const FACET_COMPASS: &str = "compass";
pub(crate) const FACET_TOPIC: &str = "topic";
pub(crate) const FACET_AUDIENCE: &str = "audience";
pub(crate) const FACET_REGION: &str = "region";

/// Index of the language in [`Fields::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    En = 0,
    Es = 1,
}

impl Lang {
    pub(crate) const BOTH: [Lang; 2] = [Lang::En, Lang::Es];

    pub(crate) fn of(code: &str) -> Lang {
        if code.trim().to_ascii_lowercase().starts_with("es") {
            Lang::Es
        } else {
            Lang::En
        }
    }
}

/// Index of the part in [`Fields::text`]`[lang]`, with its weight.
pub(crate) const TITLE: usize = 0;
pub(crate) const SUMMARY: usize = 1;
pub(crate) const BODY: usize = 2;
/// Titles count three times a body match, summaries twice.
pub(crate) const PART_BOOST: [f32; 3] = [3.0, 2.0, 1.0];

#[derive(Debug, Clone)]
pub(crate) struct Fields {
    /// `kind:id`, for replacing and deleting.
    pub key: Field,
    pub kind: Field,
    pub id: Field,
    pub title: Field,
    pub url: Field,
    pub content_type: Field,
    pub date: Field,
    pub lang: Field,
    /// The text snippets are cut from: the body, or the summary when the body is empty.
    pub snippet: Field,
    /// Access terms: `*` for everyone, else `t:<team>`, `r:<region>`, `f:<facility>`.
    pub acl: Field,
    pub facets: Field,
    pub words: Field,
    /// `[lang][TITLE | SUMMARY | BODY]`.
    pub text: [[Field; 3]; 2],
}

pub(crate) fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let stored_text = TextOptions::default().set_stored();
    let analysed = |tokenizer: &str, record: IndexRecordOption| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(record),
        )
    };
    let positions = IndexRecordOption::WithFreqsAndPositions;
    let key = b.add_text_field("key", STRING);
    let kind = b.add_text_field("kind", STRING | STORED);
    let id = b.add_i64_field("id", NumericOptions::default().set_stored());
    let title = b.add_text_field("title", stored_text.clone());
    let url = b.add_text_field("url", stored_text.clone());
    let content_type = b.add_text_field("content_type", stored_text.clone());
    let date = b.add_i64_field("date", NumericOptions::default().set_stored().set_fast());
    let lang = b.add_text_field("lang", STRING | STORED);
    let snippet = b.add_text_field("snippet", stored_text);
    let acl = b.add_text_field("acl", STRING);
    let facets = b.add_facet_field("facets", FacetOptions::default());
    let words = b.add_text_field("words", analysed(TOKENIZER_PLAIN, IndexRecordOption::Basic));
    let mut text_field =
        |name: &str, tokenizer: &str| b.add_text_field(name, analysed(tokenizer, positions));
    let text = [
        [
            text_field("title_en", TOKENIZER_EN),
            text_field("summary_en", TOKENIZER_EN),
            text_field("body_en", TOKENIZER_EN),
        ],
        [
            text_field("title_es", TOKENIZER_ES),
            text_field("summary_es", TOKENIZER_ES),
            text_field("body_es", TOKENIZER_ES),
        ],
    ];
    let fields = Fields {
        key,
        kind,
        id,
        title,
        url,
        content_type,
        date,
        lang,
        snippet,
        acl,
        facets,
        words,
        text,
    };
    (b.build(), fields)
}

/// The analyser of one language's text fields: split on non-alphanumerics, drop overlong
/// tokens, lowercase, fold accents, stem.
pub(crate) fn analyzer(lang: Lang) -> TextAnalyzer {
    let language = match lang {
        Lang::En => Language::English,
        Lang::Es => Language::Spanish,
    };
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(language))
        .build()
}

/// The analyser of `words` and of query words: as [`analyzer`] without stemming.
pub(crate) fn plain_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Tokenizers are not saved in the index: every open registers them again.
pub(crate) fn register_tokenizers(manager: &TokenizerManager) {
    manager.register(TOKENIZER_EN, analyzer(Lang::En));
    manager.register(TOKENIZER_ES, analyzer(Lang::Es));
    manager.register(TOKENIZER_PLAIN, plain_analyzer());
}

pub(crate) fn doc_key(kind: crate::Kind, id: i64) -> String {
    format!("{}:{id}", kind.code())
}

/// A facet value as a path step: the separator Tantivy uses inside paths cannot occur in it.
pub(crate) fn facet(root: &str, value: &str) -> Facet {
    let value = value.replace('\0', "");
    Facet::from_path([root, value.trim()])
}

pub(crate) fn acl_terms(access: &Access) -> Vec<String> {
    match access {
        Access::Everyone => vec![ACL_EVERYONE.to_string()],
        Access::Team {
            team_id,
            region_id,
            facility_id,
        } => vec![
            format!("t:{team_id}"),
            format!("r:{region_id}"),
            format!("f:{facility_id}"),
        ],
    }
}

pub(crate) const ACL_EVERYONE: &str = "*";

pub(crate) fn to_document(f: &Fields, doc: &Doc) -> TantivyDocument {
    let mut d = TantivyDocument::default();
    d.add_text(f.key, doc_key(doc.kind, doc.id));
    d.add_text(f.kind, doc.kind.code());
    d.add_i64(f.id, doc.id);
    d.add_text(f.title, &doc.title);
    d.add_text(f.url, &doc.url);
    if let Some(ct) = non_empty(doc.content_type.as_deref()) {
        d.add_text(f.content_type, ct);
        d.add_facet(f.facets, facet(FACET_CTYPE, ct));
    }
    d.add_i64(f.date, doc.date);
    let lang_code = doc.language.trim().to_ascii_lowercase();
    d.add_text(f.lang, &lang_code);
    let snippet = if doc.body.trim().is_empty() {
        &doc.summary
    } else {
        &doc.body
    };
    d.add_text(f.snippet, snippet);
    for term in acl_terms(&doc.access) {
        d.add_text(f.acl, term);
    }
    d.add_facet(f.facets, facet(FACET_KIND, doc.kind.code()));
    let multi = [
        (FACET_COMPASS, &doc.compass),
        (FACET_TOPIC, &doc.topics),
        (FACET_AUDIENCE, &doc.audience),
    ];
    for (root, values) in multi {
        let mut seen: Vec<&str> = Vec::new();
        for v in values.iter().filter_map(|v| non_empty(Some(v))) {
            if !seen.contains(&v) {
                seen.push(v);
                d.add_facet(f.facets, facet(root, v));
            }
        }
    }
    if let Some(region) = non_empty(doc.region.as_deref()) {
        d.add_facet(f.facets, facet(FACET_REGION, region));
    }
    let lang = Lang::of(&lang_code) as usize;
    let parts = [&doc.title, &doc.summary, &doc.body];
    for (part, text) in parts.into_iter().enumerate() {
        if !text.is_empty() {
            d.add_text(f.text[lang][part], text);
            d.add_text(f.words, text);
        }
    }
    d
}

fn non_empty(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}
