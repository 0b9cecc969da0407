//! The huddle board: a team's short stand-up — safety first, then issues, ideas and wins —
//! with questions escalated to the sponsors or the next tier, the date an answer is needed
//! by, and the answer. Unanswered escalations are listed for the sponsors (on My work) and
//! for leaders (`/escalations`, by region or facility).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::decisions::huddle::{
    escalation_state, Escalation, EscalationState, EscalationTarget, HuddleCategory, HuddleItem,
};
use lmp_domain::validation::required_text;
use lmp_domain::{FieldErrors, Msg};
use lmp_store::huddles::HuddleRow;
use serde::Deserialize;

use super::{parse_id, render, render_with};
use crate::auth::{CurrentUser, Session, User};
use crate::authz::{self, TeamWork};
use crate::error::{AppError, AppResult};
use crate::extract::{Form, Path, Query};
use crate::i18n::{self, Arg, FormErrors};
use crate::state::AppState;
use crate::views::{date_input, Layout};

/// A card as the board shows it.
pub struct Card {
    pub row: HuddleRow,
    pub state: Option<EscalationState>,
    /// Catalogue ids of the escalation's state and of whom it was asked (empty when none).
    pub state_label: &'static str,
    pub target_label: &'static str,
    pub overdue: bool,
    pub can_answer: bool,
}

fn state_message(state: EscalationState) -> &'static str {
    match state {
        EscalationState::Waiting => "huddle-state-waiting",
        EscalationState::Answered => "huddle-state-answered",
        EscalationState::Overdue => "huddle-state-overdue",
    }
}

fn target_message(target: EscalationTarget) -> &'static str {
    match target {
        EscalationTarget::Sponsor => "huddle-target-sponsor",
        EscalationTarget::NextTier => "huddle-target-next_tier",
    }
}

/// A column's catalogue ids: its name and the question it asks.
fn category_messages(category: HuddleCategory) -> (&'static str, &'static str) {
    match category {
        HuddleCategory::Safety => ("huddle-cat-safety", "huddle-prompt-safety"),
        HuddleCategory::Issue => ("huddle-cat-issue", "huddle-prompt-issue"),
        HuddleCategory::Idea => ("huddle-cat-idea", "huddle-prompt-idea"),
        HuddleCategory::Win => ("huddle-cat-win", "huddle-prompt-win"),
    }
}

pub(crate) fn card(row: HuddleRow, work: Option<&TeamWork>, user: &User, today: &str) -> Card {
    let target = row
        .escalated_to
        .as_deref()
        .and_then(EscalationTarget::parse);
    let state = target.map(|_| {
        escalation_state(
            row.answered_at.is_some(),
            row.answer_by.as_deref().unwrap_or(""),
            today,
        )
    });
    let can_answer = match (target, work) {
        (Some(t), Some(work)) => {
            row.answered_at.is_none()
                && user
                    .actor
                    .can_answer_escalation(&work.view.access, t == EscalationTarget::Sponsor)
        }
        _ => false,
    };
    Card {
        state,
        state_label: state.map_or("", state_message),
        target_label: target.map_or("", target_message),
        overdue: state == Some(EscalationState::Overdue),
        can_answer,
        row,
    }
}

#[derive(Template)]
#[template(path = "huddle.html")]
struct BoardPage {
    layout: Layout,
    team_id: i64,
    team_name: String,
    columns: Vec<(&'static str, &'static str, &'static str, Vec<Card>)>,
    categories: Vec<(&'static str, &'static str)>,
    targets: Vec<(&'static str, &'static str)>,
    owners: Vec<(i64, String)>,
    can_add: bool,
    today: String,
    errors: FormErrors,
}

async fn board_page(
    state: &AppState,
    session: &Session,
    user: &User,
    team_id: i64,
    errors: FieldErrors,
) -> AppResult<BoardPage> {
    let work = authz::team_work(state, user, team_id).await?;
    let today = date_input(lmp_store::now());
    let rows = state.store.huddle_board(team_id, 14).await?;
    let mut columns: Vec<(&'static str, &'static str, &'static str, Vec<Card>)> =
        HuddleCategory::ALL
            .iter()
            .map(|c| {
                let (name, prompt) = category_messages(*c);
                (c.code(), name, prompt, Vec::new())
            })
            .collect();
    for row in rows {
        if let Some(column) = columns.iter_mut().find(|c| c.0 == row.category) {
            column.3.push(card(row, Some(&work), user, &today));
        }
    }
    let owners = work.people();
    let layout = Layout::new(
        session,
        format!(
            "{} · {}",
            i18n::message(session.lang, "huddle-title", &[]),
            work.view.team.name
        ),
        "teams",
    );
    Ok(BoardPage {
        errors: layout.errors(&errors),
        layout,
        team_id,
        team_name: work.view.team.name.clone(),
        columns,
        categories: HuddleCategory::ALL
            .iter()
            .map(|c| (c.code(), category_messages(*c).0))
            .collect(),
        targets: EscalationTarget::ALL
            .iter()
            .map(|t| (t.code(), target_message(*t)))
            .collect(),
        owners,
        can_add: work.member || work.can_run(),
        today,
    })
}

pub async fn board(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
) -> AppResult<Response> {
    render(&board_page(&state, &session, &user, team_id, FieldErrors::new()).await?)
}

async fn refuse(
    state: &AppState,
    session: &Session,
    user: &User,
    team_id: i64,
    errors: FieldErrors,
) -> AppResult<Response> {
    let page = board_page(state, session, user, team_id, errors).await?;
    render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

#[derive(Deserialize, Default)]
pub struct ItemForm {
    #[serde(default)]
    category: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    owner: String,
}

pub async fn add(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Form(form): Form<ItemForm>,
) -> AppResult<Response> {
    let work = authz::team_work(&state, &user, team_id).await?;
    if !(work.member || work.can_run()) {
        return Err(AppError::Forbidden(Msg::new("huddle-refuse-add")));
    }
    let Some(category) = HuddleCategory::parse(&form.category) else {
        let mut errors = FieldErrors::new();
        errors.add("category", "huddle-category-missing");
        return refuse(&state, &session, &user, team_id, errors).await;
    };
    let owner = parse_id(&form.owner).filter(|o| work.roster.iter().any(|e| e.person_id == *o));
    let item = HuddleItem {
        category,
        text: form.text.trim().to_string(),
        owner,
    };
    if let Err(errors) = item.check() {
        return refuse(&state, &session, &user, team_id, errors).await;
    }
    state
        .store
        .add_huddle_item(team_id, category.code(), &item.text, owner, user.person.id)
        .await?;
    Ok(Redirect::to(&format!("/teams/{team_id}/huddle#col-{}", category.code())).into_response())
}

/// The item and its team, if the user may change the board (people on the roster, co-leads).
async fn item_work(state: &AppState, user: &User, id: i64) -> AppResult<(HuddleRow, TeamWork)> {
    let item = state.store.huddle_item(id).await?;
    let work = authz::team_work(state, user, item.team_id).await?;
    Ok((item, work))
}

#[derive(Deserialize, Default)]
pub struct CloseForm {
    #[serde(default)]
    closed: String,
}

pub async fn close(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<CloseForm>,
) -> AppResult<Response> {
    let (item, work) = item_work(&state, &user, id).await?;
    if !(work.member || work.can_run()) {
        return Err(AppError::Forbidden(Msg::new("huddle-refuse-change")));
    }
    state
        .store
        .close_huddle_item(id, form.closed == "1")
        .await?;
    Ok(Redirect::to(&format!("/teams/{}/huddle", item.team_id)).into_response())
}

#[derive(Deserialize, Default)]
pub struct EscalateForm {
    #[serde(default)]
    target: String,
    #[serde(default)]
    question: String,
    #[serde(default)]
    answer_by: String,
}

/// Co-leads pass a question up, with the date the team needs an answer by.
pub async fn escalate(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<EscalateForm>,
) -> AppResult<Response> {
    let (item, work) = item_work(&state, &user, id).await?;
    work.require_run()?;
    if item.answered_at.is_some() {
        return Err(AppError::Conflict(Msg::new("huddle-refuse-answered")));
    }
    let mut errors = FieldErrors::new();
    let target = EscalationTarget::parse(&form.target);
    if target.is_none() {
        errors.add("target", "huddle-target-missing");
    }
    let escalation = Escalation {
        target: target.unwrap_or(EscalationTarget::Sponsor),
        question: form.question.trim().to_string(),
        answer_by: form.answer_by.trim().to_string(),
    };
    if let Err(e) = escalation.check(&date_input(lmp_store::now())) {
        for (field, message) in e.iter() {
            errors.add(field, message.clone());
        }
    }
    if !errors.is_empty() {
        return refuse(&state, &session, &user, item.team_id, errors).await;
    }
    state
        .store
        .escalate_huddle_item(
            id,
            escalation.target.code(),
            &escalation.question,
            &escalation.answer_by,
        )
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "huddle.escalate",
            "huddle_item",
            Some(id),
            escalation.target.code(),
        )
        .await?;
    Ok(Redirect::to(&format!("/teams/{}/huddle#item-{id}", item.team_id)).into_response())
}

#[derive(Deserialize, Default)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
}

/// The sponsors (or leaders of the next tier) answer.
pub async fn answer(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<AnswerForm>,
) -> AppResult<Response> {
    let (item, work) = item_work(&state, &user, id).await?;
    let today = date_input(lmp_store::now());
    if !card(item.clone(), Some(&work), &user, &today).can_answer {
        return Err(AppError::Forbidden(Msg::new("huddle-refuse-answer")));
    }
    let mut errors = FieldErrors::new();
    let answer = required_text(
        &mut errors,
        "answer",
        "huddle-field-answer",
        &form.answer,
        2000,
    );
    if !errors.is_empty() {
        return refuse(&state, &session, &user, item.team_id, errors).await;
    }
    state
        .store
        .answer_huddle_item(id, &answer, user.person.id)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "huddle.answer",
            "huddle_item",
            Some(id),
            "",
        )
        .await?;
    Ok(Redirect::to(&format!("/teams/{}/huddle#item-{id}", item.team_id)).into_response())
}

// ---------------------------------------------------------------------------------------------
// Escalations waiting for an answer, for leaders.

#[derive(Template)]
#[template(path = "escalations.html")]
struct EscalationsPage {
    layout: Layout,
    scope_label: String,
    cards: Vec<Card>,
    overdue: usize,
}

impl EscalationsPage {
    /// "Questions teams passed up … in { scope }: { count }, of which { overdue } past …"
    fn intro(&self) -> String {
        let count = |n: usize| Arg::Number(i64::try_from(n).unwrap_or(i64::MAX));
        i18n::message(
            self.layout.lang,
            "huddle-escalations-intro",
            &[
                ("scope", Arg::Text(&self.scope_label)),
                ("count", count(self.cards.len())),
                ("overdue", count(self.overdue)),
            ],
        )
    }
}

#[derive(Deserialize, Default)]
pub struct ScopeQuery {
    #[serde(default)]
    region: String,
    #[serde(default)]
    facility: String,
}

pub async fn escalations(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<ScopeQuery>,
) -> AppResult<Response> {
    use lmp_domain::access::Scope;
    if !crate::p2p::oversees_teams(&user) {
        return Err(AppError::Forbidden(Msg::new("huddle-refuse-leaders")));
    }
    // A leader sees their own scope; national roles may narrow it.
    let own = user
        .actor
        .site_roles
        .iter()
        .filter(|(r, _)| r.is_scoped())
        .map(|(_, s)| *s)
        .next();
    let (region, facility) = match own {
        _ if user.actor.is_admin() => (parse_id(&query.region), parse_id(&query.facility)),
        Some(Scope::National) => (parse_id(&query.region), parse_id(&query.facility)),
        Some(Scope::Region(r)) => (Some(r), parse_id(&query.facility)),
        Some(Scope::Facility(f)) => (None, Some(f)),
        None => return Err(AppError::Forbidden(Msg::new("huddle-refuse-no-scope"))),
    };
    let org = state.org().await?;
    let t = |id: &str| i18n::message(session.lang, id, &[]);
    let scope_label = match (region, facility) {
        (_, Some(f)) => org
            .facilities
            .iter()
            .find(|x| x.id == f)
            .map_or_else(|| t("huddle-scope-facility"), |x| x.name.clone()),
        (Some(r), None) => org
            .regions
            .iter()
            .find(|x| x.id == r)
            .map_or_else(|| t("huddle-scope-region"), |x| x.name.clone()),
        (None, None) => t("huddle-scope-all"),
    };
    let today = date_input(lmp_store::now());
    let cards: Vec<Card> = state
        .store
        .open_escalations(region, facility, 200)
        .await?
        .into_iter()
        .map(|row| card(row, None, &user, &today))
        .collect();
    let overdue = cards
        .iter()
        .filter(|c| c.state == Some(EscalationState::Overdue))
        .count();
    render(&EscalationsPage {
        layout: Layout::titled(&session, "huddle-escalations-title", "home"),
        scope_label,
        cards,
        overdue,
    })
}
