//! Path to Performance as pages and API both use it: a team's current standing, saving and
//! submitting the month's self-assessment, sponsor sign-off, and roll-ups. Access is decided
//! here, once, for both.

use std::collections::HashMap;
use std::sync::Arc;

use lmp_domain::p2p::evidence::{self, EvidenceKind};
use lmp_domain::p2p::period::{Month, Quarter};
use lmp_domain::p2p::rollup::{most_missing, Rollup};
use lmp_domain::p2p::{self as rules, Criterion};
use lmp_domain::{FieldErrors, Msg, PageRequest, Side, SiteRole, TeamRole};
use lmp_store::p2p::rollup::{RollupScope, StaleTeam};
use lmp_store::p2p::{Answer, AnswerChange, Assessment, CriterionRow, HistoryPoint};

use crate::auth::User;
use crate::authz::{self, TeamView};
use crate::cache::CurrentCriteria;
use crate::error::{AppError, AppResult};
use crate::i18n::{self, Lang};
use crate::state::AppState;

/// An evidence link: a web address, or a page of the hub itself (but not `//host`, which
/// browsers read as another site).
fn is_safe_link(url: &str) -> bool {
    url.starts_with("https://")
        || url.starts_with("http://")
        || (url.starts_with('/') && !url.starts_with("//") && !url.starts_with("/\\"))
}

/// A month as a message ("November 2026"), for messages that name one.
pub fn month_msg(month: Month) -> Msg {
    Msg::new("period-month")
        .label("month", format!("month-{}", month.month))
        .text("year", month.year.to_string())
}

/// The catalogue id of a dimension's name.
pub fn dimension_id(dimension: rules::Dimension) -> &'static str {
    use rules::Dimension;
    match dimension {
        Dimension::Sponsorship => "p2p-dimension-sponsorship",
        Dimension::Leadership => "p2p-dimension-leadership",
        Dimension::Training => "p2p-dimension-training",
        Dimension::TeamProcess => "p2p-dimension-team-process",
        Dimension::MemberEngagement => "p2p-dimension-engagement",
        Dimension::UseOfTools => "p2p-dimension-tools",
        Dimension::GoalsAndPerformance => "p2p-dimension-goals",
    }
}

/// A dimension's name ("Sponsorship") in `lang`.
pub fn dimension_name(lang: Lang, dimension: rules::Dimension) -> String {
    i18n::message(lang, dimension_id(dimension), &[])
}

/// A level's name ("Foundational"; for 0, "Not yet at level 1") in `lang`.
pub fn level_name(lang: Lang, level: u8) -> String {
    let id = match level {
        1 => "p2p-level-name-1",
        2 => "p2p-level-name-2",
        3 => "p2p-level-name-3",
        4 => "p2p-level-name-4",
        5 => "p2p-level-name-5",
        _ => "p2p-level-name-none",
    };
    i18n::message(lang, id, &[])
}

/// A roll-up bucket's name ("Not rated", "Below level 1", "Level 3") in `lang`.
pub fn bucket_name(lang: Lang, bucket: usize) -> String {
    match bucket {
        0 => i18n::message(lang, "p2p-bucket-not-rated", &[]),
        1 => i18n::message(lang, "p2p-bucket-below-one", &[]),
        b => i18n::message(
            lang,
            "team-level",
            &[(
                "count",
                i18n::Arg::Number(i64::try_from(b - 1).unwrap_or(0)),
            )],
        ),
    }
}

/// The catalogue id of an assessment's status ("draft", "submitted"…).
pub fn status_id(status: &str) -> &'static str {
    match status {
        "draft" => "p2p-status-draft",
        "submitted" => "p2p-status-submitted",
        "approved" => "p2p-status-approved",
        "returned" => "p2p-status-returned",
        _ => "p2p-status-unknown",
    }
}

/// The month whose assessment is open now.
pub fn this_month() -> Month {
    Month::from_unix(lmp_store::now())
}

/// A team's standing under the agreement year in force.
pub struct Standing {
    pub current: Arc<CurrentCriteria>,
    /// The latest approved assessment and its answers, if any.
    pub approved: Option<(Assessment, Vec<Answer>)>,
    /// The level the approved answers give under today's criteria (history keeps what was
    /// approved at the time).
    pub level: u8,
    pub missing: Vec<(rules::Dimension, Vec<Criterion>)>,
}

/// Whether an answer set meets a criterion, also through the criterion it was copied from.
fn met_lookup<'a>(rows: &'a [CriterionRow], answers: &'a [Answer]) -> impl Fn(i64) -> bool + 'a {
    let by_id: HashMap<i64, bool> = answers
        .iter()
        .map(|a| (a.criterion_id, a.met == 1))
        .collect();
    move |id| {
        by_id.get(&id).copied().unwrap_or_else(|| {
            rows.iter()
                .find(|r| r.id == id)
                .and_then(|r| r.copied_from)
                .and_then(|from| by_id.get(&from).copied())
                .unwrap_or(false)
        })
    }
}

pub async fn standing(state: &AppState, team_id: i64) -> AppResult<Standing> {
    let approved = state.store.latest_approved_with_answers(team_id).await?;
    standing_from(state, approved).await
}

/// The standing given the team's latest approved assessment, already loaded.
pub async fn standing_from(
    state: &AppState,
    approved: Option<(Assessment, Vec<Answer>)>,
) -> AppResult<Standing> {
    let current = state.criteria().await?;
    let (level, missing) = {
        let no_answers = Vec::new();
        let answers = approved.as_ref().map(|(_, a)| a).unwrap_or(&no_answers);
        let met = met_lookup(&current.rows, answers);
        let missing = rules::missing_for_next(&current.criteria, &met)
            .into_iter()
            .map(|(d, list)| (d, list.into_iter().cloned().collect()))
            .collect();
        (rules::level_held(&current.criteria, &met), missing)
    };
    Ok(Standing {
        current,
        approved,
        level,
        missing,
    })
}

/// Where in the hub a team can act on a criterion today (the guides arrive with the content
/// capability): the address, and the catalogue id of the link's words ("Update the roster").
pub fn where_to_act(row: Option<&CriterionRow>, team_id: i64) -> Option<(String, &'static str)> {
    let kind = row?.evidence.as_deref().and_then(EvidenceKind::parse)?;
    match kind {
        EvidenceKind::SponsorsNamed | EvidenceKind::LeadersNamed => {
            Some((format!("/teams/{team_id}#roster"), "p2p-act-roster"))
        }
        EvidenceKind::CharterWritten => {
            Some((format!("/teams/{team_id}/charter"), "p2p-act-charter"))
        }
        EvidenceKind::MonthlyCheckIns => {
            Some((format!("/teams/{team_id}/check-ins"), "p2p-act-check-in"))
        }
        EvidenceKind::TwoTestCycles
        | EvidenceKind::ThreeRecentTestCycles
        | EvidenceKind::AnnotatedRunChart => {
            Some((format!("/teams/{team_id}/projects"), "p2p-act-pdsa"))
        }
        EvidenceKind::PracticeSpread => Some(("/practices".to_string(), "p2p-act-practice")),
        _ => None,
    }
}

/// "evidence found: …" per criterion id, for the month being assessed.
pub async fn evidence_found(
    state: &AppState,
    team_id: i64,
    month: Month,
    rows: &[CriterionRow],
) -> AppResult<HashMap<i64, String>> {
    let facts = state.store.team_facts(team_id, month).await?;
    Ok(rows
        .iter()
        .filter_map(|row| {
            let kind = row.evidence.as_deref().and_then(EvidenceKind::parse)?;
            evidence::find(kind, &facts).map(|text| (row.id, text))
        })
        .collect())
}

/// The sponsor sides the user holds in the team.
pub fn sponsor_sides(view: &TeamView) -> Vec<Side> {
    view.access
        .actor_roles
        .iter()
        .filter_map(|r| match r {
            TeamRole::Sponsor(side) => Some(*side),
            _ => None,
        })
        .collect()
}

pub fn is_co_lead(view: &TeamView) -> bool {
    view.access.actor_roles.iter().any(|r| r.is_co_lead())
}

/// Checks and saves the month's answers; `submit` also hands the assessment to the sponsors.
/// Only the team's co-leads, and only while the assessment is a draft or was returned.
pub async fn save(
    state: &AppState,
    user: &User,
    team_id: i64,
    month: Month,
    changes: Vec<AnswerChange>,
    submit: bool,
) -> Result<Assessment, SaveError> {
    let view = authz::read_team_with_roster(state, user, team_id).await?.0;
    if !is_co_lead(&view) {
        return Err(AppError::Forbidden(Msg::new("p2p-refuse-fill-in")).into());
    }
    if month > this_month() {
        return Err(SaveError::Invalid(field(
            "month",
            Msg::new("p2p-error-future-month"),
        )));
    }
    let current = state.criteria().await?;
    let (year, rows) = (&current.year, &current.rows);
    let mut errors = FieldErrors::new();
    for change in &changes {
        if !rows.iter().any(|r| r.id == change.criterion_id) {
            errors.add(
                "answers",
                Msg::new("p2p-error-not-criterion")
                    .number("id", change.criterion_id)
                    .text("year", year.name.clone()),
            );
        }
        if change.comment.chars().count() > 1000 {
            errors.add(
                &format!("comment_{}", change.criterion_id),
                "p2p-error-comment-long",
            );
        }
        let url = change.evidence_url.trim();
        if !url.is_empty() && !is_safe_link(url) {
            errors.add(
                &format!("url_{}", change.criterion_id),
                "p2p-error-evidence-link",
            );
        }
    }
    errors.into_result().map_err(SaveError::Invalid)?;
    let assessment = state.store.open_assessment(team_id, year.id, month).await?;
    if !matches!(assessment.status.as_str(), "draft" | "returned") {
        return Err(AppError::Conflict(
            Msg::new("p2p-refuse-locked")
                .msg("month", month_msg(month))
                .text("status", assessment.status.clone()),
        )
        .into());
    }
    let changed = state
        .store
        .save_answers(assessment.id, &changes, user.person.id)
        .await?;
    if submit {
        state
            .store
            .submit_assessment(assessment.id, user.person.id)
            .await?;
    }
    state
        .store
        .audit(
            Some(user.person.id),
            if submit { "p2p.submit" } else { "p2p.save" },
            "team",
            Some(team_id),
            &format!("{} ({changed} answers changed)", month.code()),
        )
        .await?;
    Ok(state.store.assessment(assessment.id).await?)
}

pub enum SaveError {
    Invalid(FieldErrors),
    Other(AppError),
}

impl From<AppError> for SaveError {
    fn from(e: AppError) -> SaveError {
        SaveError::Other(e)
    }
}

impl From<lmp_store::StoreError> for SaveError {
    fn from(e: lmp_store::StoreError) -> SaveError {
        SaveError::Other(e.into())
    }
}

impl From<SaveError> for AppError {
    fn from(e: SaveError) -> AppError {
        match e {
            SaveError::Invalid(errors) => AppError::Validation(errors),
            SaveError::Other(e) => e,
        }
    }
}

fn field(name: &str, message: Msg) -> FieldErrors {
    let mut errors = FieldErrors::new();
    errors.add(name, message);
    errors
}

/// What a sponsor's decision led to.
pub enum Decision {
    Approved { level: u8 },
    WaitingForOthers(Vec<Side>),
    Returned,
}

/// A sponsor approves or returns a submitted assessment. The rating counts once sponsors of
/// every required side have approved.
pub async fn sign_off(
    state: &AppState,
    user: &User,
    assessment_id: i64,
    approve: bool,
    comment: &str,
) -> AppResult<Decision> {
    let assessment = state.store.assessment(assessment_id).await?;
    let (view, roster) = authz::read_team_with_roster(state, user, assessment.team_id).await?;
    let mine = sponsor_sides(&view);
    let Some(side) = mine.first().copied() else {
        return Err(AppError::Forbidden(Msg::new("p2p-refuse-sign-off")));
    };
    if assessment.status != "submitted" {
        return Err(AppError::Conflict(
            Msg::new("p2p-refuse-not-submitted").text("status", assessment.status.clone()),
        ));
    }
    let comment = comment.trim();
    if !approve && comment.is_empty() {
        let mut errors = FieldErrors::new();
        errors.add("comment", "p2p-error-return-comment");
        return Err(AppError::Validation(errors));
    }
    if comment.chars().count() > 2000 {
        let mut errors = FieldErrors::new();
        errors.add("comment", "p2p-error-decision-comment-long");
        return Err(AppError::Validation(errors));
    }
    state
        .store
        .record_sign_off(
            assessment.id,
            user.person.id,
            side,
            if approve { "approve" } else { "return" },
            comment,
        )
        .await?;
    if !approve {
        state.store.return_assessment(assessment.id).await?;
        state
            .store
            .audit(
                Some(user.person.id),
                "p2p.return",
                "team",
                Some(assessment.team_id),
                &assessment.month,
            )
            .await?;
        return Ok(Decision::Returned);
    }
    let team_sponsor_sides: Vec<Side> = roster
        .iter()
        .filter_map(|e| match e.team_role() {
            Some(TeamRole::Sponsor(side)) => Some(side),
            _ => None,
        })
        .collect();
    let required = rules::required_sign_off(&team_sponsor_sides);
    let approved_by: Vec<Side> = state
        .store
        .sign_offs(assessment.id)
        .await?
        .iter()
        .filter(|s| s.decision == "approve")
        .filter_map(|s| Side::parse(&s.side))
        .collect();
    if !rules::sign_off_complete(&required, &approved_by) {
        let waiting = required
            .into_iter()
            .filter(|s| !approved_by.contains(s))
            .collect();
        state
            .store
            .audit(
                Some(user.person.id),
                "p2p.approve",
                "team",
                Some(assessment.team_id),
                &assessment.month,
            )
            .await?;
        return Ok(Decision::WaitingForOthers(waiting));
    }
    let rows = state.store.p2p_criteria(assessment.year_id).await?;
    let criteria: Vec<Criterion> = rows.iter().filter_map(CriterionRow::to_domain).collect();
    let answers = state.store.answers(assessment.id).await?;
    let met = met_lookup(&rows, &answers);
    let level = rules::level_held(&criteria, &met);
    let missing: Vec<i64> = rules::missing_for_next(&criteria, &met)
        .into_iter()
        .flat_map(|(_, list)| list.into_iter().map(|c| c.id))
        .collect();
    state
        .store
        .approve_assessment(&assessment, level, &missing)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "p2p.approve",
            "team",
            Some(assessment.team_id),
            &format!("{} level {level}", assessment.month),
        )
        .await?;
    Ok(Decision::Approved { level })
}

/// Leaders, consultants and administrators oversee teams: they see roll-ups of any scope.
pub fn oversees_teams(user: &User) -> bool {
    user.actor.is_admin()
        || user.actor.has_site_role(SiteRole::Leader)
        || user.actor.has_site_role(SiteRole::Consultant)
}

/// Who may see roll-ups of which scope: those who oversee teams any scope; a sponsor the teams
/// they sponsor; nobody else.
pub async fn check_rollup_access(
    state: &AppState,
    user: &User,
    scope: RollupScope,
) -> AppResult<()> {
    if oversees_teams(user) {
        return Ok(());
    }
    if scope == RollupScope::Sponsor(user.person.id)
        && state.store.is_sponsor(user.person.id).await?
    {
        return Ok(());
    }
    Err(AppError::Forbidden(Msg::new("p2p-refuse-rollups")))
}

/// A roll-up ready to show or export.
pub struct RollupView {
    pub rollup: Rollup,
    /// Most often missing criteria: id, text, dimension, level, teams missing it.
    pub missing: Vec<(i64, String, Option<rules::Dimension>, i64, usize)>,
    pub stale: lmp_domain::Page<StaleTeam>,
}

pub const STALE_DAYS: i64 = 90;

pub async fn rollup(
    state: &AppState,
    scope: RollupScope,
    quarter: Quarter,
    stale_page: PageRequest,
) -> AppResult<RollupView> {
    let ratings = state
        .store
        .team_ratings(scope, &quarter.code(), &quarter.previous().code())
        .await?;
    let to_level = |l: Option<i64>| l.and_then(|l| u8::try_from(l).ok());
    let rollup = Rollup::compute(
        ratings
            .iter()
            .map(|r| (to_level(r.previous), to_level(r.current))),
    );
    let missing_ids = ratings
        .iter()
        .filter_map(|r| r.missing.as_deref())
        .flat_map(|m| m.split(',').filter_map(|id| id.parse::<i64>().ok()));
    let top = most_missing(missing_ids, 10);
    // Ratings name the criteria of the year in force, which are cached; older years' criteria
    // are read one by one (at most ten).
    let current = state.criteria().await?;
    let mut missing = Vec::new();
    for (id, count) in top {
        let row = match current.rows.iter().find(|r| r.id == id) {
            Some(row) => Some(row.clone()),
            None => state.store.p2p_criterion(id).await.ok(),
        };
        if let Some(row) = row {
            let dimension = rules::Dimension::parse(&row.dimension);
            missing.push((id, row.text, dimension, row.level, count));
        }
    }
    let since = lmp_store::now() - STALE_DAYS * 86_400;
    let stale = state.store.stale_teams(scope, since, stale_page).await?;
    Ok(RollupView {
        rollup,
        missing,
        stale,
    })
}

/// The team's approved history as chart points.
pub fn history_points(history: &[HistoryPoint]) -> Vec<(String, u8)> {
    history
        .iter()
        .map(|h| (h.month.clone(), u8::try_from(h.level).unwrap_or(0)))
        .collect()
}
