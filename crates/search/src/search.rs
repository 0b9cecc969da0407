//! Running a search: from what was typed to a page of hits with facets and a suggestion.
//!
//! How a query is built:
//! - each word becomes "any of its stems in any title, summary or body field of either
//!   language" (titles ×3, summaries ×2), plus — when the word has fewer than
//!   [`FEW_HITS`] documents — the closest words of the vocabulary within
//!   [`typo_distance`](crate::text::typo_distance) edits (as prefixes too), at a lower weight;
//! - each phrase becomes a phrase query per field, stemmed like the words;
//! - all words and phrases must match; if no document has them all, any may (best first);
//! - facet, language and access filters are required clauses that add nothing to the score,
//!   so the count and the facets are those of what the viewer may see.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;
use std::time::Instant;

use levenshtein_automata::{Distance, LevenshteinAutomatonBuilder, DFA, SINK_STATE};
use tantivy::collector::{Count, FacetCollector, FacetCounts, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, EmptyQuery, Occur, PhraseQuery,
    Query as TantivyQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentReader, TantivyDocument, Term};

use crate::index::{Inner, SearchIndex};
use crate::model::{Facets, Hit, Kind, Query, Results, Sort, Viewer};
use crate::schema::{self, Lang, BODY, PART_BOOST, SUMMARY, TITLE};
use crate::text::{self, Part, Word};
use crate::{SearchError, DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET};

/// A word found in fewer documents than this is also searched with typo tolerance.
const FEW_HITS: u64 = 3;
/// At most this many vocabulary words stand in for one misspelt word.
const MAX_EXPANSIONS: usize = 8;
/// A typo-corrected match counts this much of an exact one.
const FUZZY_BOOST: Score = 0.4;
/// "Did you mean" tries this many candidates per word for one the viewer may see.
const MAX_SUGGESTION_TRIES: usize = 5;
/// Snippet length in characters.
const SNIPPET_CHARS: usize = 200;

/// A query word with its stems per language and its typo stand-ins.
struct PlannedWord {
    /// `[lang]` → stems (normally one).
    stems: [Vec<String>; 2],
    /// Most documents any one of its exact terms is found in.
    doc_freq: u64,
    /// `(vocabulary word, its stems per language)`.
    expansions: Vec<[Vec<String>; 2]>,
}

impl SearchIndex {
    /// Searches as `query.viewer`. Never fails on what was typed; errors are I/O or index
    /// corruption only.
    pub fn search(&self, query: &Query) -> Result<Results, SearchError> {
        let started = Instant::now();
        let inner = &self.inner;
        let searcher = inner.reader.searcher();
        let parts = text::parse(&query.text, &inner.plain);
        let access = access_filter(inner, &query.viewer);
        let filters = filters(inner, query, access.as_deref());

        let mut planned: Vec<Vec<PlannedWord>> = Vec::with_capacity(parts.len());
        for part in &parts {
            let mut words = Vec::new();
            for word in part.words() {
                words.push(plan_word(
                    inner,
                    &searcher,
                    word,
                    matches!(part, Part::Word(_)),
                )?);
            }
            planned.push(words);
        }
        let clauses: Vec<Box<dyn TantivyQuery>> = parts
            .iter()
            .zip(&planned)
            .map(|(part, words)| part_query(inner, &searcher, part, words))
            .collect::<Result<_, _>>()?;

        let by_date = query.sort == Sort::Newest || clauses.is_empty();
        let limit = match query.limit {
            0 => DEFAULT_LIMIT,
            n => n.min(MAX_LIMIT),
        };
        let offset = query.offset.min(MAX_OFFSET);

        let all_words = combine(&clauses, Occur::Must, &filters);
        let (mut total, mut facet_counts, mut top) =
            execute(&searcher, all_words.as_ref(), by_date, offset, limit)?;
        if total == 0 && clauses.len() > 1 {
            let any_word = combine(&clauses, Occur::Should, &filters);
            (total, facet_counts, top) =
                execute(&searcher, any_word.as_ref(), by_date, offset, limit)?;
        }

        let snippets = Snippets::new(inner, &planned);
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            hits.push(hit(inner, &searcher, &snippets, address, score)?);
        }
        let did_you_mean = suggest(inner, &searcher, query, &parts, &planned, access.as_deref())?;
        Ok(Results {
            total,
            hits,
            facets: facets(&facet_counts),
            did_you_mean,
            took_micros: u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX),
        })
    }
}

/// Looks up the stems of `word` and, for a rare word outside a phrase, its typo stand-ins.
fn plan_word(
    inner: &Inner,
    searcher: &Searcher,
    word: &Word,
    fuzzy: bool,
) -> Result<PlannedWord, SearchError> {
    let stems = stems_of(inner, &word.typed);
    let mut doc_freq = 0;
    for lang in Lang::BOTH {
        for stem in &stems[lang as usize] {
            for field in inner.fields.text[lang as usize] {
                doc_freq = doc_freq.max(searcher.doc_freq(&Term::from_field_text(field, stem))?);
            }
        }
    }
    let mut expansions = Vec::new();
    let distance = text::typo_distance(&word.plain);
    if fuzzy && doc_freq < FEW_HITS && distance > 0 {
        for (candidate, _) in neighbours(inner, searcher, &word.plain, distance, true)?
            .into_iter()
            .take(MAX_EXPANSIONS)
        {
            let candidate_stems = stems_of(inner, &candidate);
            if candidate_stems != stems && !expansions.contains(&candidate_stems) {
                expansions.push(candidate_stems);
            }
        }
    }
    Ok(PlannedWord {
        stems,
        doc_freq,
        expansions,
    })
}

fn stems_of(inner: &Inner, word: &str) -> [Vec<String>; 2] {
    Lang::BOTH.map(|lang| {
        let mut analyzer = inner.analyzers[lang as usize].clone();
        let mut stream = analyzer.token_stream(word);
        let mut stems = Vec::new();
        while let Some(token) = stream.next() {
            stems.push(token.text.clone());
        }
        stems
    })
}

/// Vocabulary words within `distance` edits of `word` (of a prefix of them when `prefix`),
/// with their document counts: closest first, then most frequent. `word` itself is left out.
fn neighbours(
    inner: &Inner,
    searcher: &Searcher,
    word: &str,
    distance: u8,
    prefix: bool,
) -> Result<Vec<(String, u64)>, SearchError> {
    let builder = automaton_builder(distance);
    let dfa = if prefix {
        builder.build_prefix_dfa(word)
    } else {
        builder.build_dfa(word)
    };
    let mut found: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(inner.fields.words)?;
        let mut stream = inverted.terms().search(Automaton(&dfa)).into_stream()?;
        while stream.advance() {
            let Ok(term) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            if term != word {
                *found.entry(term.to_string()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
    }
    let mut found: Vec<(usize, String, u64)> = found
        .into_iter()
        .map(|(term, df)| (text::edit_distance(word, &term), term, df))
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.2.cmp(&a.2)).then(a.1.cmp(&b.1)));
    Ok(found.into_iter().map(|(_, term, df)| (term, df)).collect())
}

/// Building the tables for a distance takes a while; they are shared by all searches.
fn automaton_builder(distance: u8) -> &'static LevenshteinAutomatonBuilder {
    static ONE: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    static TWO: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    if distance <= 1 {
        ONE.get_or_init(|| LevenshteinAutomatonBuilder::new(1, true))
    } else {
        TWO.get_or_init(|| LevenshteinAutomatonBuilder::new(2, true))
    }
}

/// A Levenshtein DFA as the term dictionary walks it.
struct Automaton<'a>(&'a DFA);

impl tantivy_fst::Automaton for Automaton<'_> {
    type State = u32;

    fn start(&self) -> u32 {
        self.0.initial_state()
    }

    fn is_match(&self, state: &u32) -> bool {
        matches!(self.0.distance(*state), Distance::Exact(_))
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        self.0.transition(*state, byte)
    }
}

/// The query of one word or phrase; matches nothing when none of its terms is indexed.
fn part_query(
    inner: &Inner,
    searcher: &Searcher,
    part: &Part,
    words: &[PlannedWord],
) -> Result<Box<dyn TantivyQuery>, SearchError> {
    let mut should: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();
    match part {
        Part::Word(_) => {
            let word = &words[0];
            term_clauses(inner, searcher, &word.stems, 1.0, &mut should)?;
            for expansion in &word.expansions {
                term_clauses(inner, searcher, expansion, FUZZY_BOOST, &mut should)?;
            }
        }
        Part::Phrase(_) => {
            for lang in Lang::BOTH {
                // One term per word; a word the analyser drops entirely cannot be in a phrase.
                let stems: Option<Vec<&String>> = words
                    .iter()
                    .map(|w| w.stems[lang as usize].first())
                    .collect();
                let Some(stems) = stems else { continue };
                for part in [TITLE, SUMMARY, BODY] {
                    let field = inner.fields.text[lang as usize][part];
                    let terms: Vec<Term> = stems
                        .iter()
                        .map(|s| Term::from_field_text(field, s))
                        .collect();
                    if !all_indexed(searcher, &terms)? {
                        continue;
                    }
                    let phrase = PhraseQuery::new(terms);
                    should.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(phrase), PART_BOOST[part])),
                    ));
                }
            }
        }
    }
    Ok(match should.len() {
        0 => Box::new(EmptyQuery),
        1 => should
            .pop()
            .map(|(_, q)| q)
            .unwrap_or_else(|| Box::new(EmptyQuery)),
        _ => Box::new(BooleanQuery::new(should)),
    })
}

fn all_indexed(searcher: &Searcher, terms: &[Term]) -> Result<bool, SearchError> {
    for term in terms {
        if searcher.doc_freq(term)? == 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Adds a boosted term query for each stem in each text field where it is indexed.
fn term_clauses(
    inner: &Inner,
    searcher: &Searcher,
    stems: &[Vec<String>; 2],
    boost: Score,
    out: &mut Vec<(Occur, Box<dyn TantivyQuery>)>,
) -> Result<(), SearchError> {
    for lang in Lang::BOTH {
        for stem in &stems[lang as usize] {
            for part in [TITLE, SUMMARY, BODY] {
                let term = Term::from_field_text(inner.fields.text[lang as usize][part], stem);
                if searcher.doc_freq(&term)? == 0 {
                    continue;
                }
                let query = TermQuery::new(term, IndexRecordOption::WithFreqs);
                out.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(query), PART_BOOST[part] * boost)),
                ));
            }
        }
    }
    Ok(())
}

/// The viewer's access as a filter, or none for a viewer who sees everything.
fn access_filter(inner: &Inner, viewer: &Viewer) -> Option<Box<dyn TantivyQuery>> {
    if viewer.everything {
        return None;
    }
    let field = inner.fields.acl;
    let mut terms = vec![Term::from_field_text(field, schema::ACL_EVERYONE)];
    terms.extend(
        viewer
            .teams
            .iter()
            .map(|id| Term::from_field_text(field, &format!("t:{id}"))),
    );
    terms.extend(
        viewer
            .regions
            .iter()
            .map(|id| Term::from_field_text(field, &format!("r:{id}"))),
    );
    terms.extend(
        viewer
            .facilities
            .iter()
            .map(|id| Term::from_field_text(field, &format!("f:{id}"))),
    );
    Some(Box::new(TermSetQuery::new(terms)))
}

/// The required, score-neutral clauses: access, facets, language.
fn filters(
    inner: &Inner,
    query: &Query,
    access: Option<&dyn TantivyQuery>,
) -> Vec<Box<dyn TantivyQuery>> {
    let f = &inner.fields;
    let mut out: Vec<Box<dyn TantivyQuery>> = Vec::new();
    if let Some(access) = access {
        out.push(access.box_clone());
    }
    let kinds: Vec<&str> = query.kinds.iter().map(|k| k.code()).collect();
    let facet_filters: [(&str, Vec<&str>); 6] = [
        (schema::FACET_KIND, kinds),
        (schema::FACET_CTYPE, strs(&query.content_types)),
        (schema::FACET_COMPASS, strs(&query.compass)),
        (schema::FACET_TOPIC, strs(&query.topics)),
        (schema::FACET_AUDIENCE, strs(&query.audience)),
        (schema::FACET_REGION, strs(&query.regions)),
    ];
    for (root, values) in facet_filters {
        if values.is_empty() {
            continue;
        }
        let terms: Vec<Term> = values
            .iter()
            .map(|v| Term::from_facet(f.facets, &schema::facet(root, v)))
            .collect();
        out.push(any_term(terms));
    }
    if let Some(lang) = query.language.as_deref().map(str::trim) {
        if !lang.is_empty() {
            let lang = lang.to_ascii_lowercase();
            out.push(any_term(vec![Term::from_field_text(f.lang, &lang)]));
        }
    }
    out
}

/// Blank values (an empty `?topic=` in a URL) filter nothing.
fn strs(values: &[String]) -> Vec<&str> {
    values
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .collect()
}

fn any_term(terms: Vec<Term>) -> Box<dyn TantivyQuery> {
    let mut queries: Vec<(Occur, Box<dyn TantivyQuery>)> = terms
        .into_iter()
        .map(|t| {
            let q: Box<dyn TantivyQuery> = Box::new(TermQuery::new(t, IndexRecordOption::Basic));
            (Occur::Should, q)
        })
        .collect();
    if queries.len() == 1 {
        if let Some((_, q)) = queries.pop() {
            return q;
        }
    }
    Box::new(BooleanQuery::new(queries))
}

/// `clauses` joined by `occur`, all of it required together with the filters, which count
/// nothing towards the score. No clauses and no filters: every document.
fn combine(
    clauses: &[Box<dyn TantivyQuery>],
    occur: Occur,
    filters: &[Box<dyn TantivyQuery>],
) -> Box<dyn TantivyQuery> {
    let mut all: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();
    if occur == Occur::Must {
        all.extend(clauses.iter().map(|c| (Occur::Must, c.box_clone())));
    } else if !clauses.is_empty() {
        let any = clauses
            .iter()
            .map(|c| (Occur::Should, c.box_clone()))
            .collect();
        all.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    for filter in filters {
        all.push((
            Occur::Must,
            Box::new(ConstScoreQuery::new(filter.box_clone(), 0.0)),
        ));
    }
    if all.is_empty() {
        Box::new(AllQuery)
    } else {
        Box::new(BooleanQuery::new(all))
    }
}

type Top = Vec<(Score, DocAddress)>;

/// Counts, facet counts and one page of hits, in one pass over the matching documents.
fn execute(
    searcher: &Searcher,
    query: &dyn TantivyQuery,
    by_date: bool,
    offset: usize,
    limit: usize,
) -> Result<(usize, FacetCounts, Top), SearchError> {
    let mut facets = FacetCollector::for_field("facets");
    for root in [
        schema::FACET_KIND,
        schema::FACET_CTYPE,
        schema::FACET_COMPASS,
        schema::FACET_TOPIC,
        schema::FACET_AUDIENCE,
        schema::FACET_REGION,
    ] {
        facets.add_facet(tantivy::schema::Facet::from_path([root]));
    }
    let top = TopDocs::with_limit(limit).and_offset(offset);
    if by_date {
        let top = top.tweak_score(|segment: &SegmentReader| {
            let dates = segment
                .fast_fields()
                .i64("date")
                .ok()
                .map(|column| column.first_or_default_col(0));
            move |doc: DocId, score: Score| {
                let date = dates.as_ref().map_or(0, |d| d.get_val(doc));
                (date, score)
            }
        });
        let (count, facets, docs) = searcher.search(query, &(Count, facets, top))?;
        let docs = docs
            .into_iter()
            .map(|((_, score), address)| (score, address))
            .collect();
        Ok((count, facets, docs))
    } else {
        Ok(searcher.search(query, &(Count, facets, top))?)
    }
}

fn facets(counts: &FacetCounts) -> Facets {
    let of = |root: &str| {
        let mut values: Vec<(String, u64)> = counts
            .get(tantivy::schema::Facet::from_path([root]))
            .filter_map(|(facet, count)| {
                facet
                    .to_path()
                    .get(1)
                    .map(|value| (value.to_string(), count))
            })
            .collect();
        values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        values
    };
    Facets {
        kinds: of(schema::FACET_KIND),
        content_types: of(schema::FACET_CTYPE),
        compass: of(schema::FACET_COMPASS),
        topics: of(schema::FACET_TOPIC),
        audience: of(schema::FACET_AUDIENCE),
        regions: of(schema::FACET_REGION),
    }
}

/// Highlighting per language: the stems of the query words (typo stand-ins weigh less).
struct Snippets {
    generators: [SnippetGenerator; 2],
    /// Without query words there is nothing to mark: no need to tokenize the text.
    any_terms: bool,
}

impl Snippets {
    fn new(inner: &Inner, planned: &[Vec<PlannedWord>]) -> Snippets {
        let generators = Lang::BOTH.map(|lang| {
            let l = lang as usize;
            let mut terms: BTreeMap<String, Score> = BTreeMap::new();
            for word in planned.iter().flatten() {
                for stem in &word.stems[l] {
                    terms.insert(stem.clone(), 1.0);
                }
                for expansion in &word.expansions {
                    for stem in &expansion[l] {
                        terms.entry(stem.clone()).or_insert(FUZZY_BOOST);
                    }
                }
            }
            SnippetGenerator::new(
                terms,
                inner.analyzers[l].clone(),
                inner.fields.text[l][BODY],
                SNIPPET_CHARS,
            )
        });
        let any_terms = planned.iter().flatten().next().is_some();
        Snippets {
            generators,
            any_terms,
        }
    }

    /// The best fragment of `text` with matches marked, or its beginning when nothing matches.
    fn html(&self, lang: Lang, text: &str) -> String {
        if !self.any_terms {
            return text::escape_html(&text::lead(text, SNIPPET_CHARS));
        }
        let mut snippet = self.generators[lang as usize].snippet(text);
        if snippet.is_empty() {
            return text::escape_html(&text::lead(text, SNIPPET_CHARS));
        }
        snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
        // The fragment runs from the first to the last token it holds: punctuation at the ends
        // of the text is put back, and an ellipsis stands for words left out.
        let fragment = snippet.fragment();
        let (before, after) = match text.find(fragment) {
            Some(at) => (&text[..at], &text[at + fragment.len()..]),
            None => ("", ""),
        };
        let mut html = String::with_capacity(fragment.len() + 64);
        if before.chars().any(char::is_alphanumeric) {
            html.push('…');
        } else {
            html.push_str(&text::escape_html(before.trim_start()));
        }
        html.push_str(&snippet.to_html());
        if after.chars().any(char::is_alphanumeric) {
            html.push('…');
        } else {
            html.push_str(&text::escape_html(after.trim_end()));
        }
        html
    }
}

fn hit(
    inner: &Inner,
    searcher: &Searcher,
    snippets: &Snippets,
    address: DocAddress,
    score: Score,
) -> Result<Hit, SearchError> {
    let f = &inner.fields;
    let doc: TantivyDocument = searcher.doc(address)?;
    let text = |field: Field| {
        doc.get_first(field)
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    let kind = Kind::parse(&text(f.kind)).ok_or_else(|| {
        SearchError::Corrupt(format!("document without a known kind: {:?}", text(f.kind)))
    })?;
    let content_type = Some(text(f.content_type)).filter(|t| !t.is_empty());
    let lang = Lang::of(&text(f.lang));
    Ok(Hit {
        kind,
        id: doc
            .get_first(f.id)
            .and_then(|v| v.as_i64())
            .unwrap_or_default(),
        title: text(f.title),
        url: text(f.url),
        snippet_html: snippets.html(lang, &text(f.snippet)),
        content_type,
        date: doc
            .get_first(f.date)
            .and_then(|v| v.as_i64())
            .unwrap_or_default(),
        score,
    })
}

/// "Did you mean": each word found in no document the viewer may see is replaced by the
/// closest vocabulary word that is in such a document; `None` when nothing was replaced.
///
/// Candidates are checked against the viewer's access so a suggestion never reveals a word
/// that only occurs in documents they may not read.
fn suggest(
    inner: &Inner,
    searcher: &Searcher,
    query: &Query,
    parts: &[Part],
    planned: &[Vec<PlannedWord>],
    access: Option<&dyn TantivyQuery>,
) -> Result<Option<String>, SearchError> {
    let mut replacements: Vec<(usize, usize, String)> = Vec::new();
    for (part, words) in parts.iter().zip(planned) {
        for (word, plan) in part.words().iter().zip(words) {
            let distance = text::suggestion_distance(&word.plain);
            if distance == 0 || word.plain.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            if plan.doc_freq > 0 {
                let known = match access {
                    None => true,
                    Some(access) => {
                        let mut exact = Vec::new();
                        term_clauses(inner, searcher, &plan.stems, 1.0, &mut exact)?;
                        let exact: Box<dyn TantivyQuery> = Box::new(BooleanQuery::new(exact));
                        visible(searcher, exact, access)?
                    }
                };
                if known {
                    continue;
                }
            }
            let candidates = neighbours(inner, searcher, &word.plain, distance, false)?;
            for (candidate, _) in candidates.into_iter().take(MAX_SUGGESTION_TRIES) {
                let ok = match access {
                    None => true,
                    Some(access) => {
                        let term = Term::from_field_text(inner.fields.words, &candidate);
                        let q = Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                        visible(searcher, q, access)?
                    }
                };
                if ok {
                    replacements.push((word.start, word.end, match_case(&word.typed, candidate)));
                    break;
                }
            }
        }
    }
    if replacements.is_empty() {
        return Ok(None);
    }
    let mut corrected = String::with_capacity(query.text.len());
    let mut at = 0;
    replacements.sort_by_key(|r| r.0);
    for (start, end, replacement) in replacements {
        corrected.push_str(&query.text[at..start]);
        corrected.push_str(&replacement);
        at = end;
    }
    corrected.push_str(&query.text[at..]);
    Ok(Some(corrected.trim().to_string()))
}

/// Whether `query` matches a document the viewer may see.
fn visible(
    searcher: &Searcher,
    query: Box<dyn TantivyQuery>,
    access: &dyn TantivyQuery,
) -> Result<bool, SearchError> {
    let both = BooleanQuery::new(vec![
        (Occur::Must, query),
        (Occur::Must, access.box_clone()),
    ]);
    Ok(searcher.search(&both, &Count)? > 0)
}

/// `Consensus` for `concensus` typed as `Concensus`; all capitals are kept too.
fn match_case(typed: &str, suggestion: String) -> String {
    let letters: Vec<char> = typed.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return suggestion.to_uppercase();
    }
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        let mut chars = suggestion.chars();
        if let Some(first) = chars.next() {
            return first.to_uppercase().chain(chars).collect();
        }
    }
    suggestion
}
