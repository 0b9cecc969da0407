//! Proposals and decisions: opening a consensus round in a meeting, stances, closing with the
//! three tests, the decision continuum and the fallback, sharing, and the team's searchable
//! record of decisions (and the organisation's, for those shared).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::decisions::consensus::{self, check_close, Outcome};
use lmp_domain::decisions::continuum::{self, Involvement};
use lmp_domain::decisions::valid_date;
use lmp_domain::validation::optional_text;
use lmp_domain::{FieldErrors, Msg, PageRequest, Side};
use lmp_store::decisions::{Proposal, ProposalInput};
use serde::Deserialize;

use super::meetings::{
    meeting_page, meeting_work, proposal_part, Drafts, NewProposalForm, ProposalPart,
};
use super::{render, render_with};
use crate::auth::{CurrentUser, Session, User};
use crate::authz;
use crate::decisions;
use crate::decisions::proposal_work;
use crate::error::{AppError, AppResult};
use crate::extract::{Form, Path, Query};
use crate::i18n::{self, Arg, FormErrors, Lang};
use crate::state::AppState;
use crate::views::{query_string, Layout, Pager};

/// Where to go after acting on a proposal: its meeting, or its own page.
fn back_to(proposal: &Proposal) -> Redirect {
    match proposal.meeting_id {
        Some(m) => Redirect::to(&format!("/meetings/{m}#proposal-{}", proposal.id)),
        None => Redirect::to(&format!("/proposals/{}", proposal.id)),
    }
}

async fn changed(state: &AppState, proposal: &Proposal) {
    crate::search::refresh(
        &state.store,
        &state.search,
        lmp_search::Kind::Decision,
        proposal.id,
    )
    .await;
    if let Some(meeting) = proposal.meeting_id {
        state
            .live
            .publish(&state.store, meeting, &format!("proposal-{}", proposal.id))
            .await;
    }
}

#[derive(Template)]
#[template(path = "proposal.html")]
struct ProposalPage {
    layout: Layout,
    part: ProposalPart,
    errors: FormErrors,
}

async fn proposal_page(
    state: &AppState,
    session: &Session,
    user: &User,
    id: i64,
    errors: FieldErrors,
) -> AppResult<ProposalPage> {
    let (proposal, work) = proposal_work(state, user, id).await?;
    let part = proposal_part(
        state,
        user,
        &work,
        &proposal,
        &session.csrf_token,
        session.lang,
    )
    .await?;
    let layout = Layout::new(session, proposal.title.clone(), "teams");
    Ok(ProposalPage {
        errors: layout.errors(&errors),
        layout,
        part,
    })
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    render(&proposal_page(&state, &session, &user, id, FieldErrors::new()).await?)
}

/// Shows the form's errors on the proposal's own page (its meeting page links back).
async fn refuse(
    state: &AppState,
    session: &Session,
    user: &User,
    id: i64,
    errors: FieldErrors,
) -> AppResult<Response> {
    let page = proposal_page(state, session, user, id, errors).await?;
    render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

pub async fn create(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(meeting_id): Path<i64>,
    Form(form): Form<NewProposalForm>,
) -> AppResult<Response> {
    let (meeting, work) = meeting_work(&state, &user, meeting_id).await?;
    work.require_run()?;
    if meeting.status == "ended" {
        return Err(AppError::Conflict(Msg::new(
            "decision-refuse-meeting-ended",
        )));
    }
    let quorum = work.view.team.quorum.max(1);
    let proposal = consensus::Proposal {
        text: form.title.trim().to_string(),
        anonymous: form.anonymous == "1",
        results_hidden: form.hidden == "1",
        quorum: quorum as u32,
    };
    let mut errors = proposal.check().err().unwrap_or_default();
    let background = optional_text(
        &mut errors,
        "background",
        "proposal-field-background",
        &form.background,
        consensus::PROPOSAL_MAX,
    );
    let options = optional_text(
        &mut errors,
        "options",
        "proposal-field-options",
        &form.options,
        consensus::PROPOSAL_MAX,
    );
    let decider = match form.decider.as_str() {
        "labor" => Side::Labor,
        _ => Side::Management,
    };
    if !errors.is_empty() {
        let drafts = Drafts {
            open: "proposal",
            proposal: form,
            ..Drafts::default()
        };
        let page = meeting_page(
            &state,
            &session,
            &user,
            meeting_id,
            String::new(),
            drafts,
            errors,
        )
        .await?;
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let id = state
        .store
        .create_proposal(
            &ProposalInput {
                team_id: meeting.team_id,
                meeting_id: Some(meeting_id),
                title: proposal.text,
                background,
                options,
                anonymous: proposal.anonymous,
                hidden: proposal.results_hidden,
                quorum,
                decider: decider.code().into(),
                ..ProposalInput::default()
            },
            user.person.id,
        )
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "proposal.open",
            "proposal",
            Some(id),
            "",
        )
        .await?;
    state
        .live
        .publish(&state.store, meeting_id, "proposals")
        .await;
    crate::search::refresh(&state.store, &state.search, lmp_search::Kind::Decision, id).await;
    Ok(Redirect::to(&format!("/meetings/{meeting_id}#proposal-{id}")).into_response())
}

#[derive(Deserialize, Default)]
pub struct StanceForm {
    #[serde(default)]
    stance: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    behaviour: String,
}

pub async fn stance(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<StanceForm>,
) -> AppResult<Response> {
    let proposal = match decisions::give_stance(
        &state,
        &user,
        id,
        &form.stance,
        &form.reason,
        &form.behaviour,
    )
    .await?
    {
        Ok(proposal) => proposal,
        Err(errors) => return refuse(&state, &session, &user, id, errors).await,
    };
    Ok(back_to(&proposal).into_response())
}

pub async fn reveal(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (proposal, work) = proposal_work(&state, &user, id).await?;
    work.require_run()?;
    if state.store.reveal_proposal(id, user.person.id).await? {
        state
            .store
            .audit(
                Some(user.person.id),
                "proposal.reveal",
                "proposal",
                Some(id),
                "",
            )
            .await?;
        changed(&state, &proposal).await;
    }
    Ok(back_to(&proposal).into_response())
}

#[derive(Deserialize, Default)]
pub struct CloseForm {
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    outcome_text: String,
    #[serde(default)]
    review_on: String,
}

pub async fn close(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<CloseForm>,
) -> AppResult<Response> {
    let (proposal, work) = proposal_work(&state, &user, id).await?;
    work.require_run()?;
    if proposal.outcome.is_some() {
        return Err(AppError::Conflict(Msg::new(
            "decision-refuse-outcome-recorded",
        )));
    }
    if proposal.is_open() && proposal.hidden != 0 {
        return Err(AppError::Conflict(Msg::new("decision-refuse-close-first")));
    }
    let mut errors = FieldErrors::new();
    let outcome = Outcome::parse(&form.outcome);
    if outcome.is_none() {
        errors.add("outcome", "proposal-outcome-missing");
    }
    let outcome_text = optional_text(
        &mut errors,
        "outcome_text",
        "proposal-field-agreed",
        &form.outcome_text,
        consensus::PROPOSAL_MAX,
    );
    let review_on = form.review_on.trim().to_string();
    if !review_on.is_empty() && !valid_date(&review_on) {
        errors.add("review_on", "proposal-review-form");
    } else if !review_on.is_empty() && review_on < crate::views::date_input(lmp_store::now()) {
        errors.add("review_on", "proposal-review-past");
    }
    let evaluation = decisions::evaluation(&state, &work, &proposal).await?;
    if let Some(outcome) = outcome {
        if outcome == Outcome::Consensus && outcome_text.is_empty() {
            errors.add("outcome_text", "proposal-agreed-missing");
        }
        if let Err(close_errors) = check_close(outcome, &evaluation) {
            for (field, message) in close_errors.iter() {
                errors.add(field, message.clone());
            }
        }
    }
    let Some(outcome) = outcome.filter(|_| errors.is_empty()) else {
        return refuse(&state, &session, &user, id, errors).await;
    };
    let tests = [
        evaluation.tests.everyone_heard(),
        evaluation.tests.everyone_can_live_with_it,
        evaluation.tests.everyone_will_support(),
    ];
    state
        .store
        .close_proposal(
            id,
            outcome.code(),
            &outcome_text,
            Some(review_on.as_str()).filter(|r| !r.is_empty()),
            tests,
            user.person.id,
        )
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "proposal.close",
            "proposal",
            Some(id),
            outcome.code(),
        )
        .await?;
    changed(&state, &proposal).await;
    Ok(back_to(&proposal).into_response())
}

#[derive(Deserialize, Default)]
pub struct InvolvementForm {
    #[serde(default)]
    side: String,
    #[serde(default)]
    degree: String,
}

pub async fn involvement(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<InvolvementForm>,
) -> AppResult<Response> {
    let (proposal, work) = proposal_work(&state, &user, id).await?;
    let view = decisions::view(&state, &user, &work, &proposal).await?;
    let Some(recorder_side) = view.viewer.records_side else {
        return Err(AppError::Forbidden(Msg::new("decision-refuse-own-side")));
    };
    let (Some(side), Some(degree)) = (Side::parse(&form.side), Involvement::parse(&form.degree))
    else {
        let mut errors = FieldErrors::new();
        errors.add("degree", "proposal-degree-missing");
        return refuse(&state, &session, &user, id, errors).await;
    };
    let mut issue = decisions::issue_of(&proposal);
    if let Err(errors) = issue.set_degree(side, recorder_side, degree) {
        return refuse(&state, &session, &user, id, errors).await;
    }
    state
        .store
        .set_involvement(
            id,
            issue.management.map_or("", Involvement::code),
            issue.labor.map_or("", Involvement::code),
            issue.decider.code(),
        )
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "proposal.involvement",
            "proposal",
            Some(id),
            &format!("{}: {}", side.code(), degree.code()),
        )
        .await?;
    changed(&state, &proposal).await;
    Ok(back_to(&proposal).into_response())
}

#[derive(Deserialize, Default)]
pub struct FallbackForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    action: String,
}

pub async fn fallback(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<FallbackForm>,
) -> AppResult<Response> {
    let (proposal, work) = proposal_work(&state, &user, id).await?;
    let view = decisions::view(&state, &user, &work, &proposal).await?;
    if !view.viewer.can_record_fallback {
        return Err(AppError::Forbidden(Msg::new("decision-refuse-fallback")));
    }
    let recorder_side = view.viewer.records_side.unwrap_or(Side::Management);
    let mut issue = decisions::issue_of(&proposal);
    // A side that has not chosen its degree is taken to have wanted a joint decision, which
    // is what a consensus round asked of it.
    issue.management.get_or_insert(Involvement::JointDecision);
    issue.labor.get_or_insert(Involvement::JointDecision);
    let decided = continuum::record_fallback(
        &issue,
        user.person.id,
        recorder_side,
        Some(Outcome::NoConsensus),
        &form.decision,
        &form.action,
    );
    let decided = match decided {
        Ok(d) => d,
        Err(errors) => return refuse(&state, &session, &user, id, errors).await,
    };
    state
        .store
        .record_fallback(id, &decided.decision, &decided.action, user.person.id)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "proposal.fallback",
            "proposal",
            Some(id),
            decided.decider.code(),
        )
        .await?;
    changed(&state, &proposal).await;
    Ok(back_to(&proposal).into_response())
}

#[derive(Deserialize, Default)]
pub struct ShareForm {
    #[serde(default)]
    shared: String,
}

pub async fn share(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ShareForm>,
) -> AppResult<Response> {
    let (proposal, work) = proposal_work(&state, &user, id).await?;
    work.require_run()?;
    if proposal.is_open() {
        return Err(AppError::Conflict(Msg::new("decision-refuse-share-open")));
    }
    let shared = form.shared == "1";
    state.store.set_shared(id, shared).await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "proposal.share",
            "proposal",
            Some(id),
            if shared { "shared" } else { "team only" },
        )
        .await?;
    changed(&state, &proposal).await;
    Ok(back_to(&proposal).into_response())
}

// ---------------------------------------------------------------------------------------------
// The record of decisions.

#[derive(Template)]
#[template(path = "decisions.html")]
struct DecisionsPage {
    layout: Layout,
    heading: String,
    team: Option<(i64, String)>,
    q: String,
    rows: Vec<(i64, String, String, String, String)>,
    pager: Pager,
}

#[derive(Deserialize, Default)]
pub struct DecisionQuery {
    #[serde(default)]
    q: String,
    page: Option<u32>,
}

fn outcome_name(lang: Lang, p: &Proposal) -> String {
    let t = |id: &str| i18n::message(lang, id, &[]);
    match p.outcome.as_deref() {
        None if p.is_open() => t("decisions-row-open"),
        None => t("decisions-row-to-record"),
        Some("fallback") => {
            let side = Side::parse(&p.decider).unwrap_or(Side::Management);
            let name = t(continuum::side_name_id(side));
            i18n::message(
                lang,
                "decisions-row-fallback",
                &[("name", Arg::Text(&name))],
            )
        }
        Some("noted") => t("decisions-row-noted"),
        Some(code) => match Outcome::parse(code) {
            Some(o) => t(o.label_id()),
            None => code.to_string(),
        },
    }
}

fn decision_rows(lang: Lang, items: &[Proposal]) -> Vec<(i64, String, String, String, String)> {
    items
        .iter()
        .map(|p| {
            (
                p.id,
                p.title.clone(),
                outcome_name(lang, p),
                crate::views::date_input(p.created_at),
                p.team_name.clone(),
            )
        })
        .collect()
}

pub async fn team_list(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Query(query): Query<DecisionQuery>,
) -> AppResult<Response> {
    let work = authz::team_work(&state, &user, team_id).await?;
    let page = state
        .store
        .team_decisions(team_id, query.q.trim(), PageRequest::new(query.page, None))
        .await?;
    let path = format!("/teams/{team_id}/decisions");
    render(&DecisionsPage {
        layout: Layout::new(
            &session,
            format!(
                "{} · {}",
                i18n::message(session.lang, "decisions-title", &[]),
                work.view.team.name
            ),
            "teams",
        ),
        heading: i18n::message(
            session.lang,
            "decisions-team-title",
            &[("name", Arg::Text(&work.view.team.name))],
        ),
        team: Some((team_id, work.view.team.name.clone())),
        pager: Pager::new(&page, &path, &query_string(&[("q", query.q.clone())])),
        rows: decision_rows(session.lang, &page.items),
        q: query.q,
    })
}

/// Decisions teams chose to share with the whole organisation.
pub async fn shared_list(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(_user): CurrentUser,
    Query(query): Query<DecisionQuery>,
) -> AppResult<Response> {
    let page = state
        .store
        .shared_decisions(query.q.trim(), PageRequest::new(query.page, None))
        .await?;
    render(&DecisionsPage {
        layout: Layout::titled(&session, "decisions-org-title", "teams"),
        heading: i18n::message(session.lang, "decisions-org-title", &[]),
        team: None,
        pager: Pager::new(
            &page,
            "/decisions",
            &query_string(&[("q", query.q.clone())]),
        ),
        rows: decision_rows(session.lang, &page.items),
        q: query.q,
    })
}
