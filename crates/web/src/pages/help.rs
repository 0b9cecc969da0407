//! Help: the short guides to using the hub, with the one for the page the reader came from
//! first. The guides are ordinary content pages with the topic `hub`, so editors keep them.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use lmp_domain::PageRequest;
use lmp_store::content::{ContentFilter, ContentRow};
use serde::Deserialize;

use super::render;
use crate::auth::{CurrentUser, Session};
use crate::error::AppResult;
use crate::extract::Query;
use crate::state::AppState;
use crate::views::Layout;

/// The topic that marks a page as a guide to the hub itself.
const HUB_TOPIC: &str = "hub";

/// Which guide helps with a page, by the start of its path. The one place this is decided.
const GUIDE_FOR_PATH: [(&str, &str); 12] = [
    ("/meetings", "running-a-meeting-with-live-consensus"),
    ("/decisions", "running-a-meeting-with-live-consensus"),
    ("/huddle", "using-the-huddle-board"),
    ("/escalations", "using-the-huddle-board"),
    ("/p2p", "using-the-path-to-performance-self-assessment"),
    ("/measures", "entering-measure-data-and-reading-run-charts"),
    ("/projects", "entering-measure-data-and-reading-run-charts"),
    ("/cycles", "entering-measure-data-and-reading-run-charts"),
    ("/practices", "finding-and-adopting-team-tested-practices"),
    ("/tools", "finding-tools-and-templates"),
    ("/search", "using-search"),
    ("/content", "finding-how-to-guides"),
];

/// The guide for the page at `path`: a team's pages are matched on what follows `/teams/{id}`.
pub fn guide_for(path: &str) -> &'static str {
    let path = match path.strip_prefix("/teams/") {
        Some(rest) => rest.find('/').map_or("", |i| &rest[i..]),
        None => path,
    };
    GUIDE_FOR_PATH
        .iter()
        .find(|(prefix, _)| {
            path == *prefix
                || path
                    .strip_prefix(prefix)
                    .is_some_and(|r| r.starts_with('/'))
        })
        .map_or("hub-overview", |(_, slug)| slug)
}

#[derive(Template)]
#[template(path = "help.html")]
struct HelpPage {
    layout: Layout,
    this_page: Option<ContentRow>,
    guides: Vec<ContentRow>,
}

#[derive(Deserialize, Default)]
pub struct HelpQuery {
    #[serde(default)]
    from: String,
}

/// The reader's language version of a guide when there is one.
async fn in_language(state: &AppState, slug: &str, lang: &str) -> Option<ContentRow> {
    let translations = state.store.content_translations(slug).await.ok()?;
    let chosen = translations
        .iter()
        .find(|(_, l)| l == lang)
        .map_or(slug.to_string(), |(s, _)| s.clone());
    state
        .store
        .content_page(&chosen)
        .await
        .ok()
        .filter(ContentRow::is_published)
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    _signed_in: CurrentUser,
    Query(q): Query<HelpQuery>,
) -> AppResult<Response> {
    let lang = session.lang.code();
    let this_page = match q.from.as_str() {
        "" | "/help" => None,
        from => in_language(&state, guide_for(from), lang).await,
    };
    let filter = ContentFilter {
        topic: Some(HUB_TOPIC.to_string()),
        ..ContentFilter::default()
    };
    let all = state
        .store
        .content_pages(&filter, PageRequest::new(None, Some(100)))
        .await?
        .items;
    // One entry per guide: the reader's language where it exists, else the original.
    let mut guides: Vec<ContentRow> = all
        .iter()
        .filter(|r| r.translation_of.is_none())
        .map(|original| {
            all.iter()
                .find(|t| t.language == lang && t.translation_of.as_deref() == Some(&original.slug))
                .unwrap_or(original)
                .clone()
        })
        .collect();
    guides.sort_by(|a, b| {
        (a.slug != "hub-overview", &a.title).cmp(&(b.slug != "hub-overview", &b.title))
    });
    render(&HelpPage {
        layout: Layout::titled(&session, "help-title", "help"),
        this_page,
        guides,
    })
}

#[cfg(test)]
mod tests {
    use super::guide_for;

    #[test]
    fn each_page_gets_the_guide_for_what_it_does() {
        assert_eq!(guide_for("/teams/7/huddle"), "using-the-huddle-board");
        assert_eq!(
            guide_for("/teams/7/p2p/2026-05"),
            "using-the-path-to-performance-self-assessment"
        );
        assert_eq!(
            guide_for("/meetings/12"),
            "running-a-meeting-with-live-consensus"
        );
        assert_eq!(guide_for("/search"), "using-search");
        assert_eq!(guide_for("/content/value-compass"), "finding-how-to-guides");
        assert_eq!(guide_for("/teams/7"), "hub-overview");
        assert_eq!(guide_for("/"), "hub-overview");
        assert_eq!(guide_for("/searching"), "hub-overview");
    }
}
