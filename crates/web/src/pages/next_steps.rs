//! "Your next steps": for each team the signed-in person co-leads or sponsors, the Path to
//! Performance criteria missing for its next level, each with the guides, tools and courses
//! that help (chosen and ranked by `lmp_domain::next_steps`), and the top three of them as a
//! panel on My work.
//!
//! Access: the page takes no team from the request; the teams are those where the person
//! holds a co-lead or sponsor role (`Store::led_teams`), so nobody sees another team's gaps.

use std::collections::BTreeSet;

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use lmp_domain::content::ContentType;
use lmp_domain::next_steps::{self as rules, Candidate, Reader};
use lmp_domain::p2p::{level_name, Criterion, LEVELS};
use lmp_domain::TeamRole;
use lmp_store::next_steps::LedTeam;

use super::render;
use crate::auth::{CurrentUser, Session, User};
use crate::error::AppResult;
use crate::i18n::{self, Arg, Lang};
use crate::p2p;
use crate::state::AppState;
use crate::views::Layout;

/// A page offered as a step.
pub struct Suggestion {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub kind: String,
    pub helpful: i64,
}

/// One missing criterion and what helps with it.
pub struct Gap {
    pub criterion_id: i64,
    pub text: String,
    /// The criterion's dimension, in the reader's language.
    pub dimension: String,
    pub level: u8,
    /// Where in the hub the team can act on it, if anywhere.
    pub act: Option<(String, &'static str)>,
    pub pages: Vec<Suggestion>,
}

/// One team's standing and gaps.
pub struct TeamSteps {
    pub team_id: i64,
    pub team_name: String,
    /// "co-lead" or "sponsor": the role the pages are chosen for.
    pub role: &'static str,
    pub level: u8,
    pub level_name: &'static str,
    pub top_level: bool,
    pub gaps: Vec<Gap>,
}

/// A step on My work: a page and the gap it helps with.
pub struct Step {
    pub slug: String,
    pub title: String,
    pub kind: String,
    pub team_name: String,
    pub criterion: String,
}

/// The kind of page as a reader sees it, with a course's level.
fn kind_label(page: &Candidate, language: &str) -> String {
    let lang = Lang::parse(language).unwrap_or_default();
    match (page.kind, page.level) {
        (ContentType::Course, Some(level)) => i18n::message(
            lang,
            "next-course-for-level",
            &[("count", Arg::Number(i64::from(level)))],
        ),
        (kind, _) => super::content::type_label(lang, kind.code()),
    }
}

fn suggestion(page: &Candidate, language: &str) -> Suggestion {
    Suggestion {
        slug: page.slug.clone(),
        title: page.title.clone(),
        summary: page.summary.clone(),
        kind: kind_label(page, language),
        helpful: page.helpful,
    }
}

/// The audience a person's roles in a team make them: co-lead where they are one.
fn audience(roles: &[TeamRole]) -> &'static str {
    if roles.iter().any(|r| r.is_co_lead()) {
        "co-lead"
    } else {
        "sponsor"
    }
}

/// A missing criterion, where to act on it, and the pages that help (indexes into
/// [`Computed::pages`], best first).
struct ComputedGap {
    criterion: Criterion,
    act: Option<(String, &'static str)>,
    chosen: Vec<usize>,
}

struct ComputedTeam {
    team: LedTeam,
    level: u8,
    gaps: Vec<ComputedGap>,
}

/// Each led team's gaps, and the candidate pages in the reader's language.
struct Computed {
    teams: Vec<ComputedTeam>,
    pages: Vec<Candidate>,
}

async fn compute(state: &AppState, user: &User, language: &str) -> AppResult<Computed> {
    let led = state.store.led_teams(user.person.id).await?;
    if led.is_empty() {
        return Ok(Computed {
            teams: Vec::new(),
            pages: Vec::new(),
        });
    }
    if state.store.publish_due_content().await? > 0 {
        super::content::reindex_all_content(state).await;
    }
    let all = state.store.next_step_candidates().await?;
    let known: BTreeSet<String> = all.iter().flat_map(|p| p.topics.iter().cloned()).collect();
    let pages = rules::in_language(all, language);
    let mut teams = Vec::new();
    for team in led {
        let standing = p2p::standing_from(state, team.approved.clone()).await?;
        let reader = Reader {
            language,
            audience: audience(&team.roles),
        };
        let mut gaps = Vec::new();
        for (_, criteria) in standing.missing {
            for criterion in criteria {
                let chosen = rules::suggestions(&criterion, &known, &pages, reader)
                    .into_iter()
                    .filter_map(|p| pages.iter().position(|q| std::ptr::eq(p, q)))
                    .collect();
                let act = p2p::where_to_act(
                    standing.current.rows.iter().find(|r| r.id == criterion.id),
                    team.team_id,
                );
                gaps.push(ComputedGap {
                    criterion,
                    act,
                    chosen,
                });
            }
        }
        teams.push(ComputedTeam {
            team,
            level: standing.level,
            gaps,
        });
    }
    Ok(Computed { teams, pages })
}

/// The signed-in person's teams with their gaps and pages.
pub async fn team_steps(
    state: &AppState,
    user: &User,
    language: &str,
) -> AppResult<Vec<TeamSteps>> {
    let computed = compute(state, user, language).await?;
    let top = *LEVELS.last().unwrap_or(&5);
    Ok(computed
        .teams
        .into_iter()
        .map(|t| TeamSteps {
            role: audience(&t.team.roles),
            team_id: t.team.team_id,
            team_name: t.team.team_name,
            level: t.level,
            level_name: level_name(t.level),
            top_level: t.level >= top,
            gaps: t
                .gaps
                .into_iter()
                .map(|g| Gap {
                    criterion_id: g.criterion.id,
                    dimension: i18n::message(
                        Lang::parse(language).unwrap_or_default(),
                        &format!("next-dimension-{}", g.criterion.dimension.code()),
                        &[],
                    ),
                    level: g.criterion.level,
                    text: g.criterion.text,
                    act: g.act,
                    pages: g
                        .chosen
                        .iter()
                        .map(|&i| suggestion(&computed.pages[i], language))
                        .collect(),
                })
                .collect(),
        })
        .collect())
}

/// The first three steps across all the person's teams, for My work (nearest level first).
pub async fn top_steps(state: &AppState, user: &User, language: &str) -> AppResult<Vec<Step>> {
    let computed = compute(state, user, language).await?;
    // (level, team name, criterion text, pages) per gap, in team order.
    let gaps: Vec<(u8, &str, &str, Vec<&Candidate>)> = computed
        .teams
        .iter()
        .flat_map(|t| {
            t.gaps.iter().map(|g| {
                (
                    g.criterion.level,
                    t.team.team_name.as_str(),
                    g.criterion.text.as_str(),
                    g.chosen.iter().map(|&i| &computed.pages[i]).collect(),
                )
            })
        })
        .collect();
    Ok(rules::first_steps(&gaps, 3, |g| g.0, |g| g.3.as_slice())
        .into_iter()
        .map(|(i, page)| Step {
            slug: page.slug.clone(),
            title: page.title.clone(),
            kind: kind_label(page, language),
            team_name: gaps[i].1.to_string(),
            criterion: gaps[i].2.to_string(),
        })
        .collect())
}

#[derive(Template)]
#[template(path = "next_steps.html")]
struct NextStepsPage {
    layout: Layout,
    teams: Vec<TeamSteps>,
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let teams = team_steps(&state, &user, session.lang.code()).await?;
    render(&NextStepsPage {
        layout: Layout::titled(&session, "next-title", "home"),
        teams,
    })
}
