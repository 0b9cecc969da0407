//! Learning: the Learning Roadmap as a guided tour with each person's progress, the history
//! timeline, the course catalogue, training records (a person's own, a team's for its
//! co-leads, and an administrator's CSV import), the Dig Deeper actions, and the seven
//! principles as a supervisor–steward checklist and as a private personal reflection with
//! anonymous totals. The rules are `lmp_domain::learning`; the rows `lmp_store::learning`.
//!
//! Privacy of reflections: every handler here reads reflections only for the signed-in person
//! (`user.person.id`, never an id from the request); groups see only what
//! `Store::reflection_aggregate` returns, which is nothing below five people.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::access::Scope;
use lmp_domain::content::{audience_label, AUDIENCES};
use lmp_domain::learning::{
    self as rules, checklist_access, AggregateView, Answer, ChecklistAccess, Reflection,
    TourProgress, TrainingEntry, PRINCIPLES, TOUR,
};
use lmp_domain::p2p::level_name;
use lmp_domain::validation::required_text;
use lmp_domain::{FieldErrors, Msg, Side, SiteRole};
use lmp_store::learning::{Checklist, LearningPage, ReflectionScope, TrainingRecord};
use lmp_store::StoreError;
use serde::Deserialize;

use super::{parse_id, render, render_with};
use crate::auth::{CurrentUser, Session, User};
use crate::authz;
use crate::error::{AppError, AppResult};
use crate::extract::{Form, Path, Query, TextForm};
use crate::i18n::{self, Arg, FormErrors, Lang};
use crate::names::date;
use crate::state::AppState;
use crate::views::{date_input, Layout};

const SECTION: &str = "learning";

fn today() -> String {
    date_input(lmp_store::now())
}

/// "3 of 6 done" in the reader's language, for the tour and the Dig Deeper actions.
fn progress_label(lang: Lang, done: usize, total: usize) -> String {
    done_of(lang, "learning-progress", (done, total))
}

/// "N of M": a catalogue message with `$done` and `$total`.
fn done_of(lang: Lang, id: &str, (done, total): (usize, usize)) -> String {
    let n = |v: usize| Arg::Number(i64::try_from(v).unwrap_or(i64::MAX));
    i18n::message(lang, id, &[("done", n(done)), ("total", n(total))])
}

/// "Always", "Sometimes", "Never" in the reader's language.
fn answer_name(lang: Lang, answer: Answer) -> String {
    i18n::message(lang, &format!("answer-{}", answer.code()), &[])
}

/// An audience's name in the reader's language (the content catalogue names them).
fn audience_name(lang: Lang, code: &str) -> String {
    super::content::audience_label(lang, code).unwrap_or_default()
}

/// "3. The Value Compass": a stop's number and its title in the reader's language.
fn numbered_stop(lang: Lang, index: usize) -> (&'static str, String) {
    let code = TOUR[index].code;
    let title = i18n::message(lang, &format!("tour-{code}-title"), &[]);
    (code, format!("{}. {title}", index + 1))
}

// ---------------------------------------------------------------------------------------------
// Overview.

#[derive(Template)]
#[template(path = "learning_overview.html")]
struct OverviewPage {
    layout: Layout,
    progress: TourProgress,
    progress_label: String,
    next_stop: Option<(&'static str, String)>,
    eras: usize,
    courses: usize,
    records: usize,
    actions_label: String,
    actions_total: usize,
    checklists: usize,
    reflections: usize,
    co_led_teams: Vec<(i64, String)>,
    is_admin: bool,
}

pub async fn overview(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let me = user.person.id;
    let lang = session.lang;
    let progress = TourProgress::from_done(&state.store.tour_done(me).await?);
    let next_stop = progress.next.map(|i| numbered_stop(lang, i));
    let actions = dig_deeper_actions(&state).await?;
    let ticked = state.store.dig_deeper_done(me).await?;
    let actions_progress =
        progress_label(lang, rules::actions_done(&actions, &ticked), actions.len());
    render(&OverviewPage {
        layout: Layout::titled(&session, "learning-title", SECTION),
        next_stop,
        progress_label: progress_label(lang, progress.done_count, progress.total),
        progress,
        eras: state.store.learning_pages("history").await?.len(),
        courses: state.store.learning_pages("course").await?.len(),
        records: state.store.training_records_of(me).await?.len(),
        actions_label: i18n::message(
            lang,
            "learning-dig-blurb",
            &[("progress", Arg::Text(&actions_progress))],
        ),
        actions_total: actions.len(),
        checklists: state.store.checklists_of(me).await?.len(),
        reflections: state.store.own_reflections(me, 100).await?.len(),
        co_led_teams: co_led_teams(&state, &user).await?,
        is_admin: user.actor.can_administer(),
    })
}

/// The teams the user co-leads (id, name).
async fn co_led_teams(state: &AppState, user: &User) -> AppResult<Vec<(i64, String)>> {
    Ok(state
        .store
        .memberships(user.person.id)
        .await?
        .into_iter()
        .filter(|m| m.roles.iter().any(|r| r.is_co_lead()))
        .map(|m| (m.team_id, m.team_name))
        .collect())
}

// ---------------------------------------------------------------------------------------------
// The tour.

/// A stop as the page shows it.
struct StopView {
    number: usize,
    code: &'static str,
    title: String,
    summary: String,
    /// (slug, link text, published)
    pages: Vec<(&'static str, String, bool)>,
    done: bool,
    next: bool,
    /// Another page of the hub worth visiting at this stop (href, text).
    extra: Option<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "learning_tour.html")]
struct TourPage {
    layout: Layout,
    progress: TourProgress,
    progress_label: String,
    stops: Vec<StopView>,
    next_stop: Option<(&'static str, String)>,
    roadmap_published: bool,
}

pub async fn tour(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let lang = session.lang;
    let t = |id: &str| i18n::message(lang, id, &[]);
    let progress = TourProgress::from_done(&state.store.tour_done(user.person.id).await?);
    let mut slugs: Vec<&str> = TOUR.iter().flat_map(|s| s.pages.iter().copied()).collect();
    slugs.push("learning-roadmap");
    let published = state.store.published_titles(&slugs).await?;
    let stops = TOUR
        .iter()
        .enumerate()
        .map(|(i, stop)| StopView {
            number: i + 1,
            code: stop.code,
            title: t(&format!("tour-{}-title", stop.code)),
            summary: t(&format!("tour-{}-summary", stop.code)),
            pages: stop
                .pages
                .iter()
                .map(|slug| {
                    let text = t(&format!("tour-page-{slug}"));
                    (*slug, text, published.contains_key(*slug))
                })
                .collect(),
            done: progress.done[i],
            next: progress.next == Some(i),
            extra: match stop.code {
                "history" => Some(("/learning/history", t("tour-extra-history"))),
                "methods" => Some(("/learning/courses", t("tour-extra-methods"))),
                "principles" => Some(("/learning/reflection", t("tour-extra-principles"))),
                _ => None,
            },
        })
        .collect();
    render(&TourPage {
        layout: Layout::titled(&session, "learning-tour-title", SECTION),
        next_stop: progress.next.map(|i| numbered_stop(lang, i)),
        progress_label: progress_label(lang, progress.done_count, progress.total),
        progress,
        stops,
        roadmap_published: published.contains_key("learning-roadmap"),
    })
}

#[derive(Deserialize, Default)]
pub struct DoneForm {
    #[serde(default)]
    done: String,
}

/// `done` must say "1" (done) or "0" (not done).
fn parse_done(value: &str) -> AppResult<bool> {
    match value.trim() {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err(AppError::BadRequest(Msg::new("learning-refuse-done-flag"))),
    }
}

pub async fn mark_stop(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(code): Path<String>,
    Form(form): Form<DoneForm>,
) -> AppResult<Response> {
    let Some(stop) = rules::tour_stop(&code) else {
        return Err(AppError::NotFound(Msg::new("learning-refuse-no-stop")));
    };
    let done = parse_done(&form.done)?;
    state
        .store
        .set_tour_stop(user.person.id, stop.code, done)
        .await?;
    Ok(Redirect::to(&format!("/learning/tour#stop-{}", stop.code)).into_response())
}

// ---------------------------------------------------------------------------------------------
// History timeline.

struct Era {
    year: Option<i32>,
    era: String,
    slug: String,
    title: String,
    summary: String,
}

#[derive(Template)]
#[template(path = "learning_history.html")]
struct HistoryPage {
    layout: Layout,
    eras: Vec<Era>,
}

pub async fn history(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(_user): CurrentUser,
) -> AppResult<Response> {
    let mut eras: Vec<Era> = state
        .store
        .learning_pages("history")
        .await?
        .into_iter()
        .map(|page| Era {
            year: rules::history_year(page.detail("year").as_deref()),
            era: page
                .detail("era")
                .filter(|e| !e.trim().is_empty())
                .unwrap_or_else(|| page.title.clone()),
            slug: page.slug,
            title: page.title,
            summary: page.summary,
        })
        .collect();
    // Dated eras in order, then any page without a year.
    eras.sort_by_key(|e| (e.year.is_none(), e.year, e.title.clone()));
    render(&HistoryPage {
        layout: Layout::titled(&session, "learning-history-title", SECTION),
        eras,
    })
}

// ---------------------------------------------------------------------------------------------
// Course catalogue.

struct CourseView {
    slug: String,
    title: String,
    summary: String,
    audiences: Vec<String>,
    completed_on: Option<String>,
}

#[derive(Template)]
#[template(path = "learning_courses.html")]
struct CoursesPage {
    layout: Layout,
    /// (level label, courses)
    groups: Vec<(String, Vec<CourseView>)>,
    levels: Vec<(String, String)>,
    audiences: Vec<(&'static str, String)>,
    level: String,
    audience: String,
    notices: Vec<String>,
    total: usize,
}

#[derive(Deserialize, Default)]
pub struct CourseQuery {
    #[serde(default)]
    level: String,
    #[serde(default)]
    audience: String,
}

/// "Level 1: Pre-Team Climate"; the level's name is Path to Performance's own and stays as is.
fn level_heading(lang: Lang, level: Option<u8>) -> String {
    match level {
        Some(l) => i18n::message(
            lang,
            "learning-level-heading",
            &[
                ("level", Arg::Number(i64::from(l))),
                ("name", Arg::Text(level_name(l))),
            ],
        ),
        None => i18n::message(lang, "learning-any-level", &[]),
    }
}

pub async fn courses(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<CourseQuery>,
) -> AppResult<Response> {
    let lang = session.lang;
    let mut notices = Vec::new();
    let level = match query.level.trim() {
        "" => None,
        text => {
            let level = rules::course_level(Some(text));
            if level.is_none() {
                notices.push(i18n::render(
                    lang,
                    &Msg::new("learning-notice-bad-level").text("value", text),
                ));
            }
            level
        }
    };
    let audience = match query.audience.trim() {
        "" => None,
        code if audience_label(code).is_some() => Some(code.to_string()),
        code => {
            notices.push(i18n::render(
                lang,
                &Msg::new("learning-notice-bad-audience").text("value", code),
            ));
            None
        }
    };
    let done: HashMap<String, String> = state
        .store
        .training_records_of(user.person.id)
        .await?
        .into_iter()
        .map(|r| (r.course_slug, r.completed_on))
        .collect();
    let mut by_level: BTreeMap<(bool, u8), Vec<CourseView>> = BTreeMap::new();
    let mut total = 0;
    for page in state.store.learning_pages("course").await? {
        let page_level = rules::course_level(page.detail("level").as_deref());
        let audiences = page.audience_list();
        if level.is_some() && page_level != level {
            continue;
        }
        if let Some(a) = &audience {
            if !audiences.contains(a) {
                continue;
            }
        }
        total += 1;
        by_level
            .entry((page_level.is_none(), page_level.unwrap_or(0)))
            .or_default()
            .push(CourseView {
                completed_on: done.get(&page.slug).cloned(),
                audiences: audiences
                    .iter()
                    .filter(|a| audience_label(a).is_some())
                    .map(|a| audience_name(lang, a))
                    .collect(),
                slug: page.slug,
                title: page.title,
                summary: page.summary,
            });
    }
    let groups = by_level
        .into_iter()
        .map(|((none, l), courses)| (level_heading(lang, (!none).then_some(l)), courses))
        .collect();
    render(&CoursesPage {
        layout: Layout::titled(&session, "learning-courses-title", SECTION),
        groups,
        levels: (1..=5u8)
            .map(|l| (l.to_string(), level_heading(lang, Some(l))))
            .collect(),
        audiences: AUDIENCES
            .iter()
            .map(|(code, _)| (*code, audience_name(lang, code)))
            .collect(),
        level: level.map(|l| l.to_string()).unwrap_or_default(),
        audience: audience.unwrap_or_default(),
        notices,
        total,
    })
}

// ---------------------------------------------------------------------------------------------
// My training records.

#[derive(Template)]
#[template(path = "learning_training.html")]
struct TrainingPage {
    layout: Layout,
    records: Vec<TrainingRecord>,
    courses: Vec<(String, String)>,
    course: String,
    completed_on: String,
    today: String,
    errors: FormErrors,
    flash: Option<String>,
    me: i64,
}

/// The course pages as (slug, title), by level then title.
async fn course_options(state: &AppState) -> AppResult<Vec<(String, String)>> {
    let mut pages: Vec<LearningPage> = state.store.learning_pages("course").await?;
    pages.sort_by_key(|p| {
        (
            rules::course_level(p.detail("level").as_deref()).unwrap_or(9),
            p.title.clone(),
        )
    });
    Ok(pages.into_iter().map(|p| (p.slug, p.title)).collect())
}

async fn training_page(
    state: &AppState,
    session: &Session,
    user: &User,
    course: String,
    completed_on: String,
    errors: FieldErrors,
    flash: Option<&'static str>,
) -> AppResult<TrainingPage> {
    let layout = Layout::titled(session, "learning-training-title", SECTION);
    Ok(TrainingPage {
        records: state.store.training_records_of(user.person.id).await?,
        courses: course_options(state).await?,
        course,
        completed_on,
        today: today(),
        errors: layout.errors(&errors),
        flash: flash.map(|id| layout.t(id)),
        me: user.person.id,
        layout,
    })
}

#[derive(Deserialize, Default)]
pub struct TrainingQuery {
    #[serde(default)]
    course: String,
    #[serde(default)]
    done: String,
}

pub async fn my_training(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<TrainingQuery>,
) -> AppResult<Response> {
    let flash = match query.done.as_str() {
        "added" => Some("learning-flash-recorded"),
        "removed" => Some("learning-flash-removed"),
        _ => None,
    };
    let page = training_page(
        &state,
        &session,
        &user,
        query.course,
        String::new(),
        FieldErrors::new(),
        flash,
    )
    .await?;
    render(&page)
}

#[derive(Deserialize, Default)]
pub struct TrainingForm {
    #[serde(default)]
    course: String,
    #[serde(default)]
    completed_on: String,
}

pub async fn add_training(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Form(form): Form<TrainingForm>,
) -> AppResult<Response> {
    let courses = course_options(&state).await?;
    let slugs: Vec<&str> = courses.iter().map(|(s, _)| s.as_str()).collect();
    let entry = TrainingEntry {
        course: form.course.trim().to_string(),
        completed_on: form.completed_on.trim().to_string(),
    };
    let refuse = |errors: FieldErrors| async {
        let page = training_page(
            &state,
            &session,
            &user,
            form.course.clone(),
            form.completed_on.clone(),
            errors,
            None,
        )
        .await?;
        render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
    };
    if let Err(errors) = entry.check(&slugs, &today()) {
        return refuse(errors).await;
    }
    let id = match state
        .store
        .add_training_record(
            user.person.id,
            &entry.course,
            &entry.completed_on,
            "self",
            user.person.id,
        )
        .await
    {
        Ok(id) => id,
        Err(StoreError::Conflict { .. }) => {
            let mut errors = FieldErrors::new();
            errors.add("course", "learning-error-already-recorded");
            return refuse(errors).await;
        }
        Err(e) => return Err(e.into()),
    };
    state
        .store
        .audit(
            Some(user.person.id),
            "training.add",
            "training_record",
            Some(id),
            &entry.course,
        )
        .await?;
    Ok(Redirect::to("/learning/training?done=added").into_response())
}

/// A person removes a course they recorded themselves; imported records are the
/// administrators' to correct.
pub async fn remove_training(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let record = state.store.training_record(id).await?;
    if record.person_id != user.person.id {
        return Err(AppError::Forbidden(Msg::new("learning-refuse-own-records")));
    }
    if record.source != "self" {
        return Err(AppError::Forbidden(Msg::new("learning-refuse-imported")));
    }
    state.store.remove_training_record(id).await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "training.remove",
            "training_record",
            Some(id),
            &record.course_slug,
        )
        .await?;
    Ok(Redirect::to("/learning/training?done=removed").into_response())
}

// ---------------------------------------------------------------------------------------------
// Training import (administrators).

#[derive(Template)]
#[template(path = "learning_import.html")]
struct ImportPage {
    layout: Layout,
    pasted: String,
    errors: Vec<String>,
    error_intro: String,
    flash: Option<String>,
    courses: Vec<(String, String)>,
}

#[derive(Deserialize, Default)]
pub struct ImportQuery {
    #[serde(default)]
    added: String,
    #[serde(default)]
    already: String,
    #[serde(default)]
    skipped: String,
}

pub async fn import_form(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<ImportQuery>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let flash = query.added.parse::<usize>().ok().map(|added| {
        let already = query.already.parse::<usize>().unwrap_or(0);
        let skipped = query.skipped.parse::<usize>().unwrap_or(0);
        i18n::render(
            session.lang,
            &Msg::new("learning-import-done")
                .number("added", added)
                .number("already", already)
                .number("skipped", skipped),
        )
    });
    render(&ImportPage {
        layout: Layout::titled(&session, "learning-import-title", SECTION),
        pasted: String::new(),
        errors: Vec::new(),
        error_intro: String::new(),
        flash,
        courses: course_options(&state).await?,
    })
}

/// The largest training file taken at once.
const IMPORT_MAX_BYTES: usize = 512 * 1024;

pub async fn import(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    fields: TextForm,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let text = if fields.get("file").is_empty() {
        fields.get("csv").to_string()
    } else {
        fields.get("file").to_string()
    };
    if text.len() > IMPORT_MAX_BYTES {
        return Err(AppError::BadRequest(Msg::new("learning-refuse-too-big")));
    }
    let skip_bad = fields.get("skip_bad") == "1";
    let mut parsed = rules::parse_training_csv(&text, &today());
    // The people and courses the file names must exist.
    let emails: Vec<String> = parsed.rows.iter().map(|r| r.email.clone()).collect();
    let people = state.store.person_ids_by_email(&emails).await?;
    let courses = course_options(&state).await?;
    let unknown: Vec<(usize, Vec<Msg>)> = parsed
        .rows
        .iter()
        .filter_map(|row| {
            let mut problems = Vec::new();
            if !people.contains_key(&row.email) {
                problems.push(
                    Msg::new("learning-line-unknown-person").text("email", row.email.clone()),
                );
            }
            if !courses.iter().any(|(slug, _)| *slug == row.course) {
                problems.push(
                    Msg::new("learning-line-unknown-course").text("course", row.course.clone()),
                );
            }
            (!problems.is_empty()).then_some((row.line, problems))
        })
        .collect();
    for (line, problems) in unknown {
        parsed.reject(line, problems);
    }
    if parsed.rows.is_empty() || (!parsed.errors.is_empty() && !skip_bad) {
        let lang = session.lang;
        // "Line 4: the course is missing; 2099-01-01 is in the future: …."
        let errors: Vec<String> = parsed
            .errors
            .iter()
            .map(|e| {
                let problems: Vec<String> =
                    e.problems.iter().map(|p| i18n::render(lang, p)).collect();
                i18n::render(
                    lang,
                    &Msg::new("learning-import-line")
                        .number("line", e.line)
                        .text("problems", problems.join("; ")),
                )
            })
            .collect();
        let bad = parsed.errors.len();
        let error_intro = i18n::render(
            lang,
            &if bad == 0 {
                Msg::new("learning-import-nothing")
            } else if parsed.rows.is_empty() {
                Msg::new("learning-import-all-bad").number("count", bad)
            } else {
                Msg::new("learning-import-some-bad").number("count", bad)
            },
        );
        let page = ImportPage {
            layout: Layout::titled(&session, "learning-import-title", SECTION),
            pasted: text,
            errors,
            error_intro,
            flash: None,
            courses,
        };
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let rows: Vec<(i64, String, String)> = parsed
        .rows
        .iter()
        .filter_map(|r| {
            people
                .get(&r.email)
                .map(|id| (*id, r.course.clone(), r.completed_on.clone()))
        })
        .collect();
    let (added, already) = state.store.import_training(&rows, user.person.id).await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "training.import",
            "training_record",
            None,
            &format!(
                "{added} added, {already} already recorded, {} skipped",
                parsed.errors.len()
            ),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/learning/training/import?added={added}&already={already}&skipped={}",
        parsed.errors.len()
    ))
    .into_response())
}

// ---------------------------------------------------------------------------------------------
// A team's training, for its co-leads.

struct TrainingRow {
    name: String,
    roles: String,
    /// For each course column, the date it was completed.
    cells: Vec<Option<String>>,
}

#[derive(Template)]
#[template(path = "learning_team_training.html")]
struct TeamTrainingPage {
    layout: Layout,
    team_id: i64,
    team_name: String,
    courses: Vec<(String, String)>,
    rows: Vec<TrainingRow>,
    people: usize,
    trained_line: String,
    /// (course title, people who completed it)
    per_course: Vec<(String, usize)>,
    co_leads_line: String,
    members_line: String,
}

pub async fn team_training(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
) -> AppResult<Response> {
    let view = authz::edit_team(&state, &user, team_id)
        .await
        .map_err(|e| match e {
            AppError::Forbidden(_) => {
                AppError::Forbidden(Msg::new("learning-refuse-team-training"))
            }
            e => e,
        })?;
    let lang = session.lang;
    let courses = course_options(&state).await?;
    let people = state.store.team_training(team_id).await?;
    let summary = rules::summarise_training(&people);
    let title_of = |slug: &str| {
        courses
            .iter()
            .find(|(s, _)| s == slug)
            .map_or_else(|| slug.to_string(), |(_, t)| t.clone())
    };
    let rows = people
        .iter()
        .map(|p| TrainingRow {
            name: p.name.clone(),
            roles: p
                .roles
                .iter()
                .map(|r| crate::names::team_role(lang, *r))
                .collect::<Vec<_>>()
                .join(", "),
            cells: courses
                .iter()
                .map(|(slug, _)| p.completed(slug).map(str::to_string))
                .collect(),
        })
        .collect();
    render(&TeamTrainingPage {
        layout: Layout::new(
            &session,
            format!(
                "{} · {}",
                i18n::message(lang, "learning-team-training-crumb", &[]),
                view.team.name
            ),
            SECTION,
        ),
        team_id,
        team_name: view.team.name.clone(),
        per_course: summary
            .courses
            .iter()
            .map(|(slug, n)| (title_of(slug), *n))
            .collect(),
        courses,
        rows,
        people: summary.people,
        trained_line: done_of(
            lang,
            "learning-team-trained",
            (summary.trained, summary.people),
        ),
        co_leads_line: done_of(
            lang,
            "learning-team-co-leads",
            (summary.co_leads_trained, summary.co_leads),
        ),
        members_line: done_of(
            lang,
            "learning-team-members",
            (summary.members_trained, summary.members),
        ),
    })
}

// ---------------------------------------------------------------------------------------------
// Dig Deeper.

async fn dig_deeper_actions(state: &AppState) -> AppResult<Vec<rules::Action>> {
    match state.store.content_page(rules::DIG_DEEPER_SLUG).await {
        Ok(page) if page.is_published() => Ok(rules::parse_actions(&page.body)),
        Ok(_) | Err(StoreError::NotFound(_)) => Ok(Vec::new()),
        Err(e) => Err(e.into()),
    }
}

struct ActionView {
    key: String,
    text: String,
    done: bool,
}

#[derive(Template)]
#[template(path = "learning_dig_deeper.html")]
struct DigDeeperPage {
    layout: Layout,
    groups: Vec<(String, Vec<ActionView>)>,
    progress_label: String,
    done: usize,
    total: usize,
}

pub async fn dig_deeper(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let actions = dig_deeper_actions(&state).await?;
    let ticked = state.store.dig_deeper_done(user.person.id).await?;
    let mut groups: Vec<(String, Vec<ActionView>)> = Vec::new();
    for action in &actions {
        let view = ActionView {
            key: action.key.clone(),
            text: action.text.clone(),
            done: ticked.contains(&action.key),
        };
        match groups.last_mut() {
            Some((group, list)) if *group == action.group => list.push(view),
            _ => groups.push((action.group.clone(), vec![view])),
        }
    }
    let done = rules::actions_done(&actions, &ticked);
    render(&DigDeeperPage {
        layout: Layout::titled(&session, "learning-dig-title", SECTION),
        progress_label: progress_label(session.lang, done, actions.len()),
        done,
        total: actions.len(),
        groups,
    })
}

pub async fn mark_action(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(key): Path<String>,
    Form(form): Form<DoneForm>,
) -> AppResult<Response> {
    let done = parse_done(&form.done)?;
    let actions = dig_deeper_actions(&state).await?;
    if !actions.iter().any(|a| a.key == key) {
        return Err(AppError::NotFound(Msg::new("learning-refuse-no-action")));
    }
    state
        .store
        .set_dig_deeper_action(user.person.id, &key, done)
        .await?;
    Ok(Redirect::to(&format!("/learning/dig-deeper#action-{key}")).into_response())
}

// ---------------------------------------------------------------------------------------------
// Supervisor–steward checklists.

#[derive(Template)]
#[template(path = "learning_checklists.html")]
struct ChecklistsPage {
    layout: Layout,
    checklists: Vec<(Checklist, String)>,
    total: usize,
    partner: String,
    errors: FormErrors,
    me: i64,
}

async fn checklists_page(
    state: &AppState,
    session: &Session,
    user: &User,
    partner: String,
    errors: FieldErrors,
) -> AppResult<ChecklistsPage> {
    let checklists = state
        .store
        .checklists_of(user.person.id)
        .await?
        .into_iter()
        .map(|c| {
            let changed = date(session.lang, c.updated_at);
            (c, changed)
        })
        .collect();
    let layout = Layout::titled(session, "learning-checklists-crumb", SECTION);
    Ok(ChecklistsPage {
        checklists,
        total: rules::behaviour_count(),
        partner,
        errors: layout.errors(&errors),
        me: user.person.id,
        layout,
    })
}

pub async fn checklists(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let page = checklists_page(&state, &session, &user, String::new(), FieldErrors::new()).await?;
    render(&page)
}

#[derive(Deserialize, Default)]
pub struct StartForm {
    #[serde(default)]
    partner: String,
}

pub async fn start_checklist(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Form(form): Form<StartForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let email = lmp_domain::validation::email(&mut errors, "partner", &form.partner);
    let mut partner = None;
    if errors.is_empty() {
        match state.store.person_by_email(&email).await? {
            Some(person) if person.active != 0 => partner = Some(person),
            _ => errors.add("partner", "learning-error-no-partner"),
        }
    }
    if let Some(other) = &partner {
        let side = |code: &str| Side::parse(code).unwrap_or(Side::Physician);
        if let Err(e) = rules::check_checklist_pair(
            user.person.id,
            side(&user.person.side),
            other.id,
            side(&other.side),
        ) {
            errors.push(e);
        }
    }
    let Some(other) = partner.filter(|_| errors.is_empty()) else {
        let page = checklists_page(&state, &session, &user, form.partner, errors).await?;
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let id = state
        .store
        .start_checklist(user.person.id, other.id)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "checklist.start",
            "principle_checklist",
            Some(id),
            "",
        )
        .await?;
    Ok(Redirect::to(&format!("/learning/checklists/{id}")).into_response())
}

/// The checklist, if the user may see it: its two people, and administrators (to look only).
async fn checklist_for(
    state: &AppState,
    user: &User,
    id: i64,
) -> AppResult<(Checklist, ChecklistAccess)> {
    let checklist = state.store.checklist(id).await.map_err(|e| match e {
        StoreError::NotFound(_) => AppError::NotFound(Msg::new("learning-refuse-no-checklist")),
        e => e.into(),
    })?;
    match checklist_access(user.person.id, user.actor.is_admin(), checklist.people()) {
        ChecklistAccess::None => Err(AppError::Forbidden(Msg::new(
            "learning-refuse-checklist-private",
        ))),
        access => Ok((checklist, access)),
    }
}

struct BehaviourView {
    key: String,
    /// The key as an HTML id ("3-2").
    anchor: String,
    text: String,
    /// Who ticked it and when, if ticked.
    ticked: Option<(String, String)>,
}

struct PrincipleView {
    number: u8,
    title: String,
    summary: String,
    behaviours: Vec<BehaviourView>,
    /// (author, date, text)
    notes: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "learning_checklist.html")]
struct ChecklistPage {
    layout: Layout,
    started: String,
    checklist: Checklist,
    can_work: bool,
    principles: Vec<PrincipleView>,
    general_notes: Vec<(String, String, String)>,
    ticked: usize,
    total: usize,
    note_principle: String,
    note_text: String,
    errors: FormErrors,
}

async fn checklist_page(
    state: &AppState,
    session: &Session,
    user: &User,
    id: i64,
    note_principle: String,
    note_text: String,
    errors: FieldErrors,
) -> AppResult<ChecklistPage> {
    let lang = session.lang;
    let (checklist, access) = checklist_for(state, user, id).await?;
    let ticks = state.store.checklist_ticks(id).await?;
    let notes = state.store.checklist_notes(id).await?;
    let note_view = |n: &lmp_store::learning::ChecklistNote| {
        (
            n.author_name.clone(),
            date(lang, n.created_at),
            n.text.clone(),
        )
    };
    let principles: Vec<PrincipleView> = PRINCIPLES
        .iter()
        .map(|p| PrincipleView {
            number: p.number,
            title: i18n::render(lang, &p.title()),
            summary: i18n::render(lang, &p.summary()),
            behaviours: (0..p.behaviours)
                .map(|i| {
                    let key = rules::behaviour_key(p.number, i);
                    let ticked = ticks
                        .iter()
                        .find(|t| t.item == key)
                        .map(|t| (t.ticked_by_name.clone(), date(lang, t.ticked_at)));
                    BehaviourView {
                        anchor: key.replace('.', "-"),
                        key,
                        text: i18n::render(lang, &p.behaviour(i)),
                        ticked,
                    }
                })
                .collect(),
            notes: notes
                .iter()
                .filter(|n| n.principle == i64::from(p.number))
                .map(note_view)
                .collect(),
        })
        .collect();
    let ticked = principles
        .iter()
        .flat_map(|p| p.behaviours.iter())
        .filter(|b| b.ticked.is_some())
        .count();
    let layout = Layout::new(
        session,
        format!(
            "{}: {} {} {}",
            i18n::message(lang, "learning-checklist-title", &[]),
            checklist.started_by_name,
            i18n::message(lang, "learning-and", &[]),
            checklist.partner_name
        ),
        SECTION,
    );
    Ok(ChecklistPage {
        errors: layout.errors(&errors),
        layout,
        can_work: access == ChecklistAccess::Work,
        started: date(lang, checklist.created_at),
        general_notes: notes
            .iter()
            .filter(|n| n.principle == 0)
            .map(note_view)
            .collect(),
        checklist,
        principles,
        ticked,
        total: rules::behaviour_count(),
        note_principle,
        note_text,
    })
}

pub async fn show_checklist(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let page = checklist_page(
        &state,
        &session,
        &user,
        id,
        String::new(),
        String::new(),
        FieldErrors::new(),
    )
    .await?;
    render(&page)
}

fn require_work(access: ChecklistAccess) -> AppResult<()> {
    if access == ChecklistAccess::Work {
        Ok(())
    } else {
        Err(AppError::Forbidden(Msg::new(
            "learning-refuse-checklist-work",
        )))
    }
}

#[derive(Deserialize, Default)]
pub struct TickForm {
    #[serde(default)]
    item: String,
    #[serde(default)]
    done: String,
}

pub async fn tick_checklist(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<TickForm>,
) -> AppResult<Response> {
    let (_, access) = checklist_for(&state, &user, id).await?;
    require_work(access)?;
    let done = parse_done(&form.done)?;
    if rules::parse_behaviour_key(&form.item).is_none() {
        return Err(AppError::BadRequest(Msg::new(
            "learning-refuse-no-behaviour",
        )));
    }
    let item = form.item.trim();
    state
        .store
        .set_checklist_tick(id, item, user.person.id, done)
        .await?;
    Ok(Redirect::to(&format!(
        "/learning/checklists/{id}#item-{}",
        item.replace('.', "-")
    ))
    .into_response())
}

#[derive(Deserialize, Default)]
pub struct NoteForm {
    #[serde(default)]
    principle: String,
    #[serde(default)]
    text: String,
}

pub async fn add_checklist_note(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<NoteForm>,
) -> AppResult<Response> {
    let (_, access) = checklist_for(&state, &user, id).await?;
    require_work(access)?;
    let mut errors = FieldErrors::new();
    let principle = match form.principle.trim() {
        "" | "0" => Some(0),
        text => text
            .parse::<i64>()
            .ok()
            .filter(|n| PRINCIPLES.iter().any(|p| i64::from(p.number) == *n)),
    };
    if principle.is_none() {
        errors.add("principle", "learning-error-note-principle");
    }
    let text = required_text(
        &mut errors,
        "text",
        "learning-field-note",
        &form.text,
        rules::NOTE_MAX,
    );
    if !errors.is_empty() {
        let page = checklist_page(
            &state,
            &session,
            &user,
            id,
            form.principle,
            form.text,
            errors,
        )
        .await?;
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let principle = principle.unwrap_or(0);
    state
        .store
        .add_checklist_note(id, principle, &text, user.person.id)
        .await?;
    let anchor = if principle == 0 {
        "notes".to_string()
    } else {
        format!("principle-{principle}")
    };
    Ok(Redirect::to(&format!("/learning/checklists/{id}#{anchor}")).into_response())
}

// ---------------------------------------------------------------------------------------------
// The personal reflection.

struct ReflectionQuestion {
    number: u8,
    title: String,
    statement: String,
    /// What is chosen in the form (kept on a refused submission).
    chosen: String,
    error: Option<String>,
}

/// One past submission as the trend table shows it.
struct TrendRow {
    date: String,
    answers: Vec<String>,
    score: u32,
}

#[derive(Template)]
#[template(path = "learning_reflection.html")]
struct ReflectionPage {
    layout: Layout,
    questions: Vec<ReflectionQuestion>,
    answers: Vec<(&'static str, String)>,
    errors: FormErrors,
    trend: Vec<TrendRow>,
    trend_svg: String,
    summaries: Vec<(String, String)>,
    flash: Option<String>,
}

/// How many past submissions the trend shows.
const TREND_LENGTH: i64 = 12;

async fn reflection_page(
    state: &AppState,
    session: &Session,
    user: &User,
    chosen: [String; 7],
    errors: FieldErrors,
    flash: Option<&'static str>,
) -> AppResult<ReflectionPage> {
    let lang = session.lang;
    // The signed-in person's own answers only.
    let mut own = state
        .store
        .own_reflections(user.person.id, TREND_LENGTH)
        .await?;
    own.reverse();
    let trend: Vec<TrendRow> = own
        .iter()
        .map(|(at, r)| TrendRow {
            date: date(lang, *at),
            answers: r.answers.iter().map(|a| answer_name(lang, *a)).collect(),
            score: r.score(),
        })
        .collect();
    let trend_svg = trend_svg(lang, &trend);
    let layout = Layout::titled(session, "learning-reflection-title", SECTION);
    let errors = layout.errors(&errors);
    Ok(ReflectionPage {
        questions: PRINCIPLES
            .iter()
            .zip(chosen)
            .map(|(p, chosen)| ReflectionQuestion {
                number: p.number,
                title: layout.msg(&p.title()),
                statement: layout.msg(&p.reflection()),
                chosen,
                error: errors.get(&format!("p{}", p.number)).map(str::to_string),
            })
            .collect(),
        answers: Answer::ALL
            .iter()
            .map(|a| (a.code(), answer_name(lang, *a)))
            .collect(),
        errors,
        trend,
        trend_svg,
        summaries: summary_links(state, user, lang).await?,
        flash: flash.map(|id| layout.t(id)),
        layout,
    })
}

/// The anonymous totals the user may open: their co-led teams, their area as a leader, every
/// region for administrators.
async fn summary_links(
    state: &AppState,
    user: &User,
    lang: Lang,
) -> AppResult<Vec<(String, String)>> {
    let mut links: Vec<(String, String)> = co_led_teams(state, user)
        .await?
        .into_iter()
        .map(|(id, name)| (format!("/learning/reflection/summary?team={id}"), name))
        .collect();
    let org = state.org().await?;
    let region_name = |id: i64| {
        org.regions.iter().find(|r| r.id == id).map_or_else(
            || i18n::message(lang, "learning-region-fallback", &[("id", Arg::Number(id))]),
            |r| r.name.clone(),
        )
    };
    if user.actor.is_admin() {
        for region in &org.regions {
            links.push((
                format!("/learning/reflection/summary?region={}", region.id),
                region.name.clone(),
            ));
        }
        return Ok(links);
    }
    for (role, scope) in &user.actor.site_roles {
        if !role.is_scoped() {
            continue;
        }
        match scope {
            Scope::National => {
                for region in &org.regions {
                    links.push((
                        format!("/learning/reflection/summary?region={}", region.id),
                        region.name.clone(),
                    ));
                }
            }
            Scope::Region(id) => links.push((
                format!("/learning/reflection/summary?region={id}"),
                region_name(*id),
            )),
            Scope::Facility(id) => links.push((
                format!("/learning/reflection/summary?facility={id}"),
                org.facilities.iter().find(|f| f.id == *id).map_or_else(
                    || {
                        i18n::message(
                            lang,
                            "learning-facility-fallback",
                            &[("id", Arg::Number(*id))],
                        )
                    },
                    |f| f.name.clone(),
                ),
            )),
        }
    }
    links.sort();
    links.dedup();
    Ok(links)
}

/// A small line chart of the score (0–14) of each past submission, oldest first. The table
/// beside it holds the same numbers.
fn trend_svg(lang: Lang, trend: &[TrendRow]) -> String {
    if trend.len() < 2 {
        return String::new();
    }
    let (width, height, left, top, bottom) = (560.0, 200.0, 40.0, 12.0, 36.0);
    let plot_w = width - left - 20.0;
    let plot_h = height - top - bottom;
    let x = |i: usize| left + plot_w * i as f64 / (trend.len() - 1) as f64;
    let y = |score: u32| top + plot_h * (1.0 - f64::from(score) / 14.0);
    let first = trend.first().map_or(0, |t| t.score);
    let last = trend.last().map_or(0, |t| t.score);
    let label = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let n = |v: u32| Arg::Number(i64::from(v));
    let summary = i18n::message(
        lang,
        "learning-trend-label",
        &[
            (
                "count",
                Arg::Number(i64::try_from(trend.len()).unwrap_or(i64::MAX)),
            ),
            ("first", n(first)),
            ("last", n(last)),
        ],
    );
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        label(&summary)
    );
    for score in [0u32, 7, 14] {
        let _ = write!(
            svg,
            r##"<line x1="{left}" x2="{}" y1="{y:.1}" y2="{y:.1}" stroke="#d0d7de"/><text x="{}" y="{:.1}" text-anchor="end" font-size="12" fill="#4a5560">{score}</text>"##,
            left + plot_w,
            left - 6.0,
            y(score) + 4.0,
            y = y(score)
        );
    }
    let points: Vec<String> = trend
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{:.1},{:.1}", x(i), y(t.score)))
        .collect();
    let _ = write!(
        svg,
        r##"<polyline fill="none" stroke="#0b5563" stroke-width="2" points="{}"/>"##,
        points.join(" ")
    );
    for (i, t) in trend.iter().enumerate() {
        let _ = write!(
            svg,
            r##"<circle cx="{:.1}" cy="{:.1}" r="4" fill="#0b5563"/>"##,
            x(i),
            y(t.score)
        );
    }
    let _ = write!(
        svg,
        r##"<text x="{left}" y="{}" font-size="12" fill="#4a5560">{}</text><text x="{}" y="{}" text-anchor="end" font-size="12" fill="#4a5560">{}</text>"##,
        height - 10.0,
        label(&trend[0].date),
        left + plot_w,
        height - 10.0,
        label(&trend[trend.len() - 1].date)
    );
    svg.push_str("</svg>");
    svg
}

pub async fn reflection(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<TrainingQuery>,
) -> AppResult<Response> {
    let flash = (query.done == "saved").then_some("learning-flash-reflection-saved");
    let page = reflection_page(
        &state,
        &session,
        &user,
        Default::default(),
        FieldErrors::new(),
        flash,
    )
    .await?;
    render(&page)
}

#[derive(Deserialize, Default)]
pub struct ReflectionForm {
    #[serde(default)]
    p1: String,
    #[serde(default)]
    p2: String,
    #[serde(default)]
    p3: String,
    #[serde(default)]
    p4: String,
    #[serde(default)]
    p5: String,
    #[serde(default)]
    p6: String,
    #[serde(default)]
    p7: String,
}

pub async fn submit_reflection(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Form(form): Form<ReflectionForm>,
) -> AppResult<Response> {
    let values = [
        form.p1, form.p2, form.p3, form.p4, form.p5, form.p6, form.p7,
    ];
    let parsed = Reflection::from_form([
        values[0].as_str(),
        values[1].as_str(),
        values[2].as_str(),
        values[3].as_str(),
        values[4].as_str(),
        values[5].as_str(),
        values[6].as_str(),
    ]);
    match parsed {
        Ok(reflection) => {
            // Deliberately not audited: the log is readable by administrators, and even the
            // fact of when someone reflected is theirs alone.
            state
                .store
                .add_reflection(user.person.id, &reflection)
                .await?;
            Ok(Redirect::to("/learning/reflection?done=saved#trend").into_response())
        }
        Err(errors) => {
            let page = reflection_page(&state, &session, &user, values, errors, None).await?;
            render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Anonymous totals of reflections.

#[derive(Template)]
#[template(path = "learning_summary.html")]
struct SummaryPage {
    layout: Layout,
    scope_label: String,
    /// (principle number, title, always, sometimes, never); empty when hidden.
    rows: Vec<(u8, String, u32, u32, u32)>,
    people: u32,
    hidden: bool,
    not_enough: String,
}

#[derive(Deserialize, Default)]
pub struct SummaryQuery {
    #[serde(default)]
    team: String,
    #[serde(default)]
    facility: String,
    #[serde(default)]
    region: String,
}

/// Whether a scoped site role of the user (leader or consultant) covers the region or facility.
fn scope_covers(user: &User, region_id: i64, facility_id: Option<i64>) -> bool {
    user.actor.site_roles.iter().any(|(role, scope)| {
        role.is_scoped()
            && matches!(role, SiteRole::Leader | SiteRole::Consultant)
            && match scope {
                Scope::National => true,
                Scope::Region(r) => *r == region_id,
                Scope::Facility(f) => Some(*f) == facility_id,
            }
    })
}

pub async fn reflection_summary(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<SummaryQuery>,
) -> AppResult<Response> {
    let lang = session.lang;
    let refuse = || AppError::Forbidden(Msg::new("learning-refuse-totals"));
    let (scope, scope_label) = if let Some(team_id) = parse_id(&query.team) {
        let team = state.store.team(team_id).await?;
        let co_lead = state
            .store
            .roles_in_team(team_id, user.person.id)
            .await?
            .iter()
            .any(|r| r.is_co_lead());
        if !(co_lead
            || user.actor.is_admin()
            || scope_covers(&user, team.region_id, Some(team.facility_id)))
        {
            return Err(refuse());
        }
        (ReflectionScope::Team(team_id), team.name)
    } else if let Some(facility_id) = parse_id(&query.facility) {
        let org = state.org().await?;
        let facility = org
            .facilities
            .iter()
            .find(|f| f.id == facility_id)
            .ok_or_else(|| AppError::NotFound(Msg::new("learning-refuse-no-facility")))?;
        if !(user.actor.is_admin() || scope_covers(&user, facility.region_id, Some(facility_id))) {
            return Err(refuse());
        }
        (
            ReflectionScope::Facility(facility_id),
            facility.name.clone(),
        )
    } else if let Some(region_id) = parse_id(&query.region) {
        let org = state.org().await?;
        let region = org
            .regions
            .iter()
            .find(|r| r.id == region_id)
            .ok_or_else(|| AppError::NotFound(Msg::new("learning-refuse-no-region")))?;
        if !(user.actor.is_admin() || scope_covers(&user, region_id, None)) {
            return Err(refuse());
        }
        (ReflectionScope::Region(region_id), region.name.clone())
    } else {
        return Err(AppError::BadRequest(Msg::new(
            "learning-refuse-which-total",
        )));
    };
    let view = state.store.reflection_aggregate(scope).await?;
    let (rows, people, hidden) = match view {
        AggregateView::Hidden => (Vec::new(), 0, true),
        AggregateView::Shown(counts) => (
            PRINCIPLES
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    (
                        p.number,
                        i18n::render(lang, &p.title()),
                        counts.of(i, Answer::Always),
                        counts.of(i, Answer::Sometimes),
                        counts.of(i, Answer::Never),
                    )
                })
                .collect(),
            counts.people,
            false,
        ),
    };
    render(&SummaryPage {
        layout: Layout::new(
            &session,
            i18n::message(
                lang,
                "learning-summary-title",
                &[("name", Arg::Text(&scope_label))],
            ),
            SECTION,
        ),
        scope_label,
        rows,
        people,
        hidden,
        not_enough: i18n::message(lang, rules::NOT_ENOUGH_ANSWERS, &[]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_principle_is_worded_in_the_catalogue() {
        let known = i18n::ids(Lang::En);
        for p in &PRINCIPLES {
            let behaviours = (0..p.behaviours).map(|i| p.behaviour(i));
            for msg in [p.title(), p.summary(), p.reflection()]
                .into_iter()
                .chain(behaviours)
            {
                assert!(known.iter().any(|k| *k == msg.id), "{msg}");
            }
        }
        assert!(known.iter().any(|k| k == rules::NOT_ENOUGH_ANSWERS));
    }
}
