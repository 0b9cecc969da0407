//! Search across guides, practices, projects, decisions and people: one box on every page,
//! facets to narrow, snippets with the words found, "did you mean", and sorting by relevance
//! or date. Only what the reader may see is counted or shown; searches that find nothing are
//! logged for the editors.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use lmp_domain::content::{audience_label, ContentType};
use lmp_domain::improvement::CompassPoint;
use lmp_search::{Hit, Kind, Query as SearchQuery, Sort};
use serde::Deserialize;

use super::render;
use crate::auth::{CurrentUser, Session};
use crate::error::{AppError, AppResult};
use crate::extract::Query;
use crate::i18n;
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
    name: &'static str,
    links: Vec<FacetLink>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    layout: Layout,
    form: SearchForm,
    hits: Vec<(Hit, &'static str, String)>,
    total: usize,
    took_ms: String,
    did_you_mean: Option<(String, String)>,
    groups: Vec<FacetGroup>,
    previous: Option<String>,
    next: Option<String>,
    sort_links: [(String, String, bool); 2],
}

fn label_of(group: &str, value: &str) -> String {
    match group {
        "kind" => Kind::parse(value).map_or(value.to_string(), |k| match k {
            Kind::Content => "Guides and tools".to_string(),
            Kind::Practice => "Team-tested practices".to_string(),
            Kind::Project => "Improvement projects".to_string(),
            Kind::Decision => "Decisions".to_string(),
            Kind::Person => "People".to_string(),
        }),
        "type" => ContentType::parse(value).map_or(value.to_string(), |t| t.label().to_string()),
        "compass" => {
            CompassPoint::parse(value).map_or(value.to_string(), |c| c.label().to_string())
        }
        "audience" => audience_label(value).unwrap_or(value).to_string(),
        _ => value.to_string(),
    }
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
        return Err(AppError::BadRequest(crate::i18n::message(
            session.lang,
            "search-refuse-too-long",
            &[],
        )));
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
    let facet = |name: &'static str, key: &'static str, values: &[(String, u64)], current: &str| {
        FacetGroup {
            name,
            links: values
                .iter()
                .take(12)
                .map(|(value, count)| FacetLink {
                    label: label_of(key, value),
                    count: *count,
                    active: current == value,
                    href: with(&form, key, if current == value { "" } else { value }),
                })
                .collect(),
        }
    };
    let groups = vec![
        facet("What", "kind", &results.facets.kinds, &form.kind),
        facet(
            "Kind of page",
            "type",
            &results.facets.content_types,
            &form.content_type,
        ),
        facet(
            "Value Compass",
            "compass",
            &results.facets.compass,
            &form.compass,
        ),
        facet("Topic", "topic", &results.facets.topics, &form.topic),
        facet(
            "Written for",
            "audience",
            &results.facets.audience,
            &form.audience,
        ),
        facet("Region", "region", &results.facets.regions, &form.region),
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
            let label = match hit.kind {
                Kind::Content => hit
                    .content_type
                    .as_deref()
                    .and_then(ContentType::parse)
                    .map_or("Page", ContentType::label),
                Kind::Practice => "Team-tested practice",
                Kind::Project => "Improvement project",
                Kind::Decision => "Decision",
                Kind::Person => "Person",
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
