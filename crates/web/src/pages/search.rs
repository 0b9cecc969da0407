//! Search across guides, practices, projects, decisions and people: one box on every page,
//! facets to narrow, snippets with the words found, "did you mean", and sorting by relevance
//! or date. Only what the reader may see is counted or shown; searches that find nothing are
//! logged for the editors.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use lmp_domain::content::ContentType;
use lmp_domain::Msg;
use lmp_search::{Hit, Kind, Query as SearchQuery, Sort};
use serde::Deserialize;

use super::render;
use crate::auth::{CurrentUser, Session};
use crate::error::{AppError, AppResult};
use crate::extract::Query;
use crate::i18n::{self, Lang};
use crate::state::AppState;
use crate::views::{date_input, query_string, Layout};

const PER_PAGE: usize = 20;

#[derive(Deserialize, Default, Clone)]
pub struct SearchForm {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
    #[serde(default, rename = "type")]
    content_type: String,
    #[serde(default)]
    compass: String,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    audience: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    sort: String,
    page: Option<usize>,
}

/// One facet value with its count and the link that applies (or removes) it.
pub struct FacetLink {
    label: String,
    count: u64,
    href: String,
    active: bool,
}

pub struct FacetGroup {
    name: String,
    links: Vec<FacetLink>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    layout: Layout,
    form: SearchForm,
    hits: Vec<(Hit, String, String)>,
    total: usize,
    took_ms: String,
    did_you_mean: Option<(String, String)>,
    groups: Vec<FacetGroup>,
    previous: Option<String>,
    next: Option<String>,
    sort_links: [(String, String, bool); 2],
}

/// The catalogue id naming a kind of result, as a facet (plural) or on a hit (singular).
fn kind_id(kind: Kind, plural: bool) -> &'static str {
    match (kind, plural) {
        (Kind::Content, true) => "search-kind-content",
        (Kind::Practice, true) => "search-kind-practice",
        (Kind::Project, true) => "search-kind-project",
        (Kind::Decision, true) => "search-kind-decision",
        (Kind::Person, true) => "search-kind-person",
        (Kind::Content, false) => "kind-page",
        (Kind::Practice, false) => "search-hit-practice",
        (Kind::Project, false) => "search-hit-project",
        (Kind::Decision, false) => "search-hit-decision",
        (Kind::Person, false) => "search-hit-person",
    }
}

/// A facet value's name in the reader's language (topics and regions are names already).
fn label_of(lang: Lang, group: &str, value: &str) -> String {
    let named = match group {
        "kind" => Kind::parse(value).map(|k| i18n::message(lang, kind_id(k, true), &[])),
        "type" => ContentType::parse(value).map(|t| super::content::type_label(lang, t.code())),
        "compass" => Some(super::content::compass_label(lang, value)).filter(|l| !l.is_empty()),
        "audience" => super::content::audience_label(lang, value),
        _ => None,
    };
    named.unwrap_or_else(|| value.to_string())
}

fn with(form: &SearchForm, key: &str, value: &str) -> String {
    let mut pairs = vec![
        ("q", form.q.clone()),
        ("kind", form.kind.clone()),
        ("type", form.content_type.clone()),
        ("compass", form.compass.clone()),
        ("topic", form.topic.clone()),
        ("audience", form.audience.clone()),
        ("region", form.region.clone()),
        ("sort", form.sort.clone()),
    ];
    for pair in pairs.iter_mut() {
        if pair.0 == key {
            pair.1 = value.to_string();
        }
    }
    format!("/search?{}", query_string(&pairs))
}

fn one(value: &str) -> Vec<String> {
    if value.trim().is_empty() {
        Vec::new()
    } else {
        vec![value.trim().to_string()]
    }
}

pub async fn search(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(form): Query<SearchForm>,
) -> AppResult<Response> {
    if form.q.chars().count() > 200 {
        return Err(AppError::BadRequest(Msg::new("search-refuse-too-long")));
    }
    let page = form.page.unwrap_or(1).clamp(1, 500);
    let query = SearchQuery {
        text: form.q.clone(),
        kinds: Kind::parse(&form.kind).into_iter().collect(),
        content_types: one(&form.content_type),
        compass: one(&form.compass),
        topics: one(&form.topic),
        audience: one(&form.audience),
        regions: one(&form.region),
        language: None,
        sort: if form.sort == "newest" {
            Sort::Newest
        } else {
            Sort::Relevance
        },
        offset: (page - 1) * PER_PAGE,
        limit: PER_PAGE,
        viewer: crate::search::viewer(&state.store, &user).await,
    };
    let results = state
        .search
        .search(&query)
        .map_err(|e| AppError::Internal(format!("search failed: {e}")))?;
    // Only searches that found nothing are kept (the editors' report lists them): a write on
    // every search would make each one wait for the disk.
    if !form.q.trim().is_empty() && page == 1 && results.total == 0 {
        state
            .store
            .log_search(form.q.trim(), results.total as i64)
            .await?;
    }
    let lang = session.lang;
    let facet = |name: &'static str, key: &'static str, values: &[(String, u64)], current: &str| {
        FacetGroup {
            name: i18n::message(lang, name, &[]),
            links: values
                .iter()
                .take(12)
                .map(|(value, count)| FacetLink {
                    label: label_of(lang, key, value),
                    count: *count,
                    active: current == value,
                    href: with(&form, key, if current == value { "" } else { value }),
                })
                .collect(),
        }
    };
    let groups = vec![
        facet(
            "search-facet-kind",
            "kind",
            &results.facets.kinds,
            &form.kind,
        ),
        facet(
            "search-facet-type",
            "type",
            &results.facets.content_types,
            &form.content_type,
        ),
        facet(
            "search-facet-compass",
            "compass",
            &results.facets.compass,
            &form.compass,
        ),
        facet(
            "search-facet-topic",
            "topic",
            &results.facets.topics,
            &form.topic,
        ),
        facet(
            "search-facet-audience",
            "audience",
            &results.facets.audience,
            &form.audience,
        ),
        facet(
            "search-facet-region",
            "region",
            &results.facets.regions,
            &form.region,
        ),
    ]
    .into_iter()
    .filter(|g| !g.links.is_empty())
    .collect();
    let base_page = |n: usize| {
        let mut href = with(&form, "q", &form.q);
        href.push_str(&format!("&page={n}"));
        href
    };
    let previous = (page > 1).then(|| base_page(page - 1));
    let next = (page * PER_PAGE < results.total).then(|| base_page(page + 1));
    let did_you_mean = results
        .did_you_mean
        .clone()
        .map(|text| (with(&form, "q", &text), text));
    let hits = results
        .hits
        .into_iter()
        .map(|hit| {
            let label = match (hit.kind, hit.content_type.as_deref()) {
                (Kind::Content, Some(code)) => super::content::type_label(lang, code),
                (kind, _) => i18n::message(lang, kind_id(kind, false), &[]),
            };
            let date = date_input(hit.date);
            (hit, label, date)
        })
        .collect();
    let relevance = form.sort != "newest";
    render(&SearchPage {
        layout: Layout::new(
            &session,
            if form.q.trim().is_empty() {
                i18n::message(session.lang, "search-title", &[])
            } else {
                format!(
                    "{}: {}",
                    i18n::message(session.lang, "search-title", &[]),
                    form.q.trim()
                )
            },
            "search",
        ),
        sort_links: [
            (
                with(&form, "sort", ""),
                i18n::message(session.lang, "search-sort-relevance", &[]),
                relevance,
            ),
            (
                with(&form, "sort", "newest"),
                i18n::message(session.lang, "search-sort-newest", &[]),
                !relevance,
            ),
        ],
        total: results.total,
        took_ms: format!("{:.1}", results.took_micros as f64 / 1000.0),
        did_you_mean,
        groups,
        previous,
        next,
        hits,
        form,
    })
}
