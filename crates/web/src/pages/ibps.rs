//! Interest-based problem solving: a workspace a team works through in five steps — the
//! problem as a "How might we…?" question, each party's interests, options, selection by
//! standards and scores (decided by a consensus round), and an action plan whose actions
//! become tasks (and, if the team wants, an improvement project).
//!
//! People on the roster contribute (interests, options, standards, scores); co-leads move the
//! steps, mark the chosen option, and turn the plan into tasks.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::decisions::ibps::{
    self, check_problem, check_score, missing_for, missing_msg, problem_warnings, progress, rank,
    ActionItem, IbpsOption, Interest, OptionSource, OptionStatus, Party, Score, Standard, Step,
    Workspace,
};
use lmp_domain::improvement::scope::ScopeTopic;
use lmp_domain::validation::required_text;
use lmp_domain::{FieldErrors, Msg};
use lmp_store::ibps::IbpsContent;
use serde::Deserialize;

use super::projects::topic_messages;
use super::{parse_id, render, render_with};
use crate::auth::{CurrentUser, Session, User};
use crate::authz::{self, TeamWork};
use crate::error::{AppError, AppResult};
use crate::extract::{Form, Path};
use crate::i18n::{message, render as word, Arg, FormErrors, Lang};
use crate::state::AppState;
use crate::views::Layout;

// ---------------------------------------------------------------------------------------------
// The domain's steps, parties, sources, statuses and advice in the reader's language.

fn step_label(lang: Lang, step: Step) -> String {
    message(lang, step.label_id(), &[])
}

fn step_line(lang: Lang, step: Step, text: &str) -> String {
    message(
        lang,
        "ibps-step-line",
        &[
            ("number", Arg::Number(i64::from(step.number()))),
            ("text", Arg::Text(text)),
        ],
    )
}

/// The workspace in the domain's terms.
fn domain(content: &IbpsContent) -> Workspace {
    Workspace {
        problem: content.workspace.problem.clone(),
        interests: content
            .interests
            .iter()
            .filter_map(|i| {
                Some(Interest {
                    party: Party::parse(&i.party)?,
                    text: i.text.clone(),
                    common: i.common != 0,
                })
            })
            .collect(),
        options: options(content),
        standards: content
            .standards
            .iter()
            .map(|s| Standard {
                id: s.id,
                text: s.text.clone(),
            })
            .collect(),
        scores: content
            .scores
            .iter()
            .map(|s| Score {
                option: s.option_id,
                standard: s.standard_id,
                score: s.score.clamp(0, 255) as u8,
            })
            .collect(),
        actions: content
            .actions
            .iter()
            .map(|a| ActionItem {
                what: a.what.clone(),
                owner: a.owner_id,
                due: a.due_on.clone(),
            })
            .collect(),
    }
}

fn options(content: &IbpsContent) -> Vec<IbpsOption> {
    content
        .options
        .iter()
        .filter_map(|o| {
            Some(IbpsOption {
                id: o.id,
                text: o.text.clone(),
                source: OptionSource::parse(&o.source)?,
                status: OptionStatus::parse(&o.status)?,
            })
        })
        .collect()
}

async fn workspace_work(
    state: &AppState,
    user: &User,
    id: i64,
) -> AppResult<(IbpsContent, TeamWork)> {
    let content = state.store.ibps_content(id).await?;
    let work = authz::team_work(state, user, content.workspace.team_id).await?;
    Ok((content, work))
}

/// Contributions come from people on the roster and the co-leads (administrators included).
fn require_contributor(work: &TeamWork) -> AppResult<()> {
    if work.member || work.can_run() {
        Ok(())
    } else {
        Err(AppError::Forbidden(Msg::new("ibps-only-roster")))
    }
}

// ---------------------------------------------------------------------------------------------
// The team's workspaces and starting one.

#[derive(Template)]
#[template(path = "ibps_list.html")]
struct ListPage {
    layout: Layout,
    team_id: i64,
    team_name: String,
    can_start: bool,
    rows: Vec<(i64, String, String, String)>,
    problem: String,
    topics: Vec<(&'static str, String)>,
    topic: String,
    /// Why an out-of-scope problem was turned away, and where to take it.
    redirect: Option<(String, String)>,
    errors: FormErrors,
}

async fn list_page(
    state: &AppState,
    session: &Session,
    user: &User,
    team_id: i64,
    form: ProblemForm,
    errors: FieldErrors,
) -> AppResult<ListPage> {
    let work = authz::team_work(state, user, team_id).await?;
    let lang = session.lang;
    let rows = state
        .store
        .team_ibps(team_id)
        .await?
        .into_iter()
        .map(|w| {
            let step = Step::parse(&w.step).unwrap_or(Step::Problem);
            (
                w.id,
                w.problem,
                step_line(lang, step, &step_label(lang, step)),
                crate::names::when(lang, w.updated_at),
            )
        })
        .collect();
    Ok(ListPage {
        layout: Layout::new(
            session,
            message(
                lang,
                "ibps-title-of",
                &[("name", Arg::Text(&work.view.team.name))],
            ),
            "teams",
        ),
        team_id,
        team_name: work.view.team.name.clone(),
        can_start: work.member || work.can_run(),
        rows,
        topics: ScopeTopic::ALL
            .iter()
            .map(|t| (t.code(), message(lang, topic_messages(*t).0, &[])))
            .collect(),
        redirect: ScopeTopic::parse(&form.topic)
            .and_then(|t| topic_messages(t).1)
            .map(|(why, to)| (message(lang, why, &[]), message(lang, to, &[]))),
        topic: form.topic,
        problem: form.problem,
        errors: FormErrors::new(lang, &errors),
    })
}

pub async fn list(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
) -> AppResult<Response> {
    render(
        &list_page(
            &state,
            &session,
            &user,
            team_id,
            ProblemForm::default(),
            FieldErrors::new(),
        )
        .await?,
    )
}

#[derive(Deserialize, Default)]
pub struct ProblemForm {
    #[serde(default)]
    problem: String,
    /// The scope check: what the problem is about (`ScopeTopic` code). Asked when a problem
    /// enters the team's problem solving, not when it is reworded.
    #[serde(default)]
    topic: String,
}

pub async fn start(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Form(form): Form<ProblemForm>,
) -> AppResult<Response> {
    let work = authz::team_work(&state, &user, team_id).await?;
    require_contributor(&work)?;
    let (problem, mut errors) = match check_problem(&form.problem) {
        Ok(problem) => (problem, FieldErrors::new()),
        Err(errors) => (String::new(), errors),
    };
    match ScopeTopic::parse(&form.topic) {
        None => errors.add("topic", "ibps-topic-missing"),
        Some(topic) if !topic.in_scope() => errors.add("topic", "ibps-topic-outside"),
        Some(_) => {}
    }
    if !errors.is_empty() {
        let page = list_page(&state, &session, &user, team_id, form, errors).await?;
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let id = state
        .store
        .create_ibps(team_id, &problem, user.person.id)
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "ibps.start",
            "ibps",
            Some(id),
            &problem,
        )
        .await?;
    Ok(Redirect::to(&format!("/ibps/{id}")).into_response())
}

// ---------------------------------------------------------------------------------------------
// The workspace.

struct StepView {
    code: &'static str,
    number: u8,
    label: String,
    current: bool,
}

struct RankedRow {
    id: i64,
    text: String,
    status: String,
    status_label: String,
    total: u32,
    rank: u32,
    complete: bool,
    /// (standard id, score or 0) per standard, in the standards' order.
    cells: Vec<(i64, i64)>,
}

#[derive(Template)]
#[template(path = "ibps.html")]
struct WorkspacePage {
    layout: Layout,
    c: IbpsContent,
    team_name: String,
    step: Step,
    steps: Vec<StepView>,
    /// "Step 2: what the team does in it".
    lead: String,
    warnings: Vec<String>,
    missing_next: Vec<String>,
    next: Option<(&'static str, String)>,
    /// "Move to step 3: …" on the button that moves on.
    move_label: String,
    parties: Vec<(&'static str, String)>,
    sources: Vec<(&'static str, String)>,
    ranked: Vec<RankedRow>,
    screened: Vec<(i64, String)>,
    owners: Vec<(i64, String)>,
    meetings: Vec<(i64, String)>,
    can_run: bool,
    can_contribute: bool,
    errors: FormErrors,
}

impl WorkspacePage {
    fn source_label(&self, code: &str) -> String {
        OptionSource::parse(code).map_or_else(String::new, |s| {
            message(self.layout.lang, s.label_id(), &[])
        })
    }

    fn score_label(&self, option: &str, standard: &usize) -> String {
        message(
            self.layout.lang,
            "ibps-score-of",
            &[
                ("name", Arg::Text(option)),
                ("count", Arg::Number(i64::try_from(*standard).unwrap_or(0))),
            ],
        )
    }

    fn interests_of(&self, party: &str) -> Vec<&lmp_store::ibps::InterestRow> {
        self.c
            .interests
            .iter()
            .filter(|i| i.party == party)
            .collect()
    }
}

async fn workspace_page(
    state: &AppState,
    session: &Session,
    user: &User,
    id: i64,
    errors: FieldErrors,
) -> AppResult<WorkspacePage> {
    let (content, work) = workspace_work(state, user, id).await?;
    let lang = session.lang;
    let ws = domain(&content);
    let step = Step::parse(&content.workspace.step).unwrap_or(Step::Problem);
    let next = step.next();
    let missing_next = next
        .map(|n| missing_for(&ws, n))
        .unwrap_or_else(|| ibps::missing_to_finish(&ws))
        .into_iter()
        .map(|m| word(lang, &m.msg()))
        .collect();
    let ranking = rank(&ws.options, &ws.standards, &ws.scores);
    let ranked = ranking
        .iter()
        .filter_map(|r| {
            let option = content.options.iter().find(|o| o.id == r.option)?;
            Some(RankedRow {
                id: option.id,
                text: option.text.clone(),
                status: option.status.clone(),
                status_label: OptionStatus::parse(&option.status)
                    .map_or_else(String::new, |s| message(lang, s.label_id(), &[])),
                total: r.total,
                rank: r.rank,
                complete: r.complete,
                cells: content
                    .standards
                    .iter()
                    .map(|s| {
                        let score = content
                            .scores
                            .iter()
                            .find(|x| x.option_id == option.id && x.standard_id == s.id)
                            .map_or(0, |x| x.score);
                        (s.id, score)
                    })
                    .collect(),
            })
        })
        .collect();
    let screened = content
        .options
        .iter()
        .filter(|o| !ranking.iter().any(|r| r.option == o.id))
        .map(|o| (o.id, o.text.clone()))
        .collect();
    let owners = work.people();
    let meetings = state
        .store
        .team_meetings(content.workspace.team_id, 20)
        .await?
        .into_iter()
        .filter(|m| m.status != "ended")
        .map(|m| {
            (
                m.id,
                format!("{} — {}", m.title, crate::names::when(lang, m.starts_at)),
            )
        })
        .collect();
    Ok(WorkspacePage {
        layout: Layout::titled(session, "ibps-title", "teams"),
        team_name: work.view.team.name.clone(),
        steps: Step::ALL
            .iter()
            .map(|s| StepView {
                code: s.code(),
                number: s.number(),
                label: step_label(lang, *s),
                current: *s == step,
            })
            .collect(),
        lead: step_line(lang, step, &message(lang, step.purpose_id(), &[])),
        warnings: problem_warnings(&content.workspace.problem)
            .into_iter()
            .map(|w| word(lang, &w.msg()))
            .collect(),
        missing_next,
        next: next.map(|n| (n.code(), step_label(lang, n))),
        move_label: next.map_or_else(String::new, |n| {
            message(
                lang,
                "ibps-move-to",
                &[
                    ("number", Arg::Number(i64::from(n.number()))),
                    ("name", Arg::Text(&step_label(lang, n))),
                ],
            )
        }),
        parties: Party::ALL
            .iter()
            .map(|p| (p.code(), message(lang, p.label_id(), &[])))
            .collect(),
        sources: OptionSource::ALL
            .iter()
            .map(|s| (s.code(), message(lang, s.label_id(), &[])))
            .collect(),
        ranked,
        screened,
        owners,
        meetings,
        can_run: work.can_run(),
        can_contribute: work.member || work.can_run(),
        errors: FormErrors::new(lang, &errors),
        step,
        c: content,
    })
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    render(&workspace_page(&state, &session, &user, id, FieldErrors::new()).await?)
}

async fn refuse(
    state: &AppState,
    session: &Session,
    user: &User,
    id: i64,
    errors: FieldErrors,
) -> AppResult<Response> {
    let page = workspace_page(state, session, user, id, errors).await?;
    render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

fn back(id: i64, anchor: &str) -> Response {
    Redirect::to(&format!("/ibps/{id}#{anchor}")).into_response()
}

pub async fn save_problem(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ProblemForm>,
) -> AppResult<Response> {
    let (_, work) = workspace_work(&state, &user, id).await?;
    require_contributor(&work)?;
    match check_problem(&form.problem) {
        Ok(problem) => {
            state.store.set_ibps_problem(id, &problem).await?;
            Ok(back(id, "step-problem"))
        }
        Err(errors) => refuse(&state, &session, &user, id, errors).await,
    }
}

#[derive(Deserialize, Default)]
pub struct StepForm {
    #[serde(default)]
    step: String,
}

/// Moves to another step: back freely, forward only when the steps before it are done.
pub async fn move_step(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<StepForm>,
) -> AppResult<Response> {
    let (content, work) = workspace_work(&state, &user, id).await?;
    work.require_run()?;
    let target =
        Step::parse(&form.step).ok_or(AppError::BadRequest(Msg::new("ibps-choose-step")))?;
    if let Some(missing) = missing_msg(&missing_for(&domain(&content), target)) {
        let mut errors = FieldErrors::new();
        errors.add(
            "step",
            Msg::new("ibps-step-not-yet")
                .number("number", target.number())
                .msg("missing", missing),
        );
        return refuse(&state, &session, &user, id, errors).await;
    }
    state.store.set_ibps_step(id, target.code()).await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "ibps.step",
            "ibps",
            Some(id),
            target.code(),
        )
        .await?;
    Ok(back(id, &format!("step-{}", target.code())))
}

#[derive(Deserialize, Default)]
pub struct InterestForm {
    #[serde(default)]
    party: String,
    #[serde(default)]
    text: String,
}

pub async fn add_interest(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<InterestForm>,
) -> AppResult<Response> {
    let (_, work) = workspace_work(&state, &user, id).await?;
    require_contributor(&work)?;
    let Some(party) = Party::parse(&form.party) else {
        let mut errors = FieldErrors::new();
        errors.add("party", "ibps-say-whose");
        return refuse(&state, &session, &user, id, errors).await;
    };
    let interest = Interest {
        party,
        text: form.text.trim().to_string(),
        common: false,
    };
    if let Err(errors) = interest.check() {
        return refuse(&state, &session, &user, id, errors).await;
    }
    state
        .store
        .add_interest(id, party.code(), &interest.text, user.person.id)
        .await?;
    Ok(back(id, "step-interests"))
}

#[derive(Deserialize, Default)]
pub struct MarkForm {
    #[serde(default)]
    item: String,
    #[serde(default)]
    value: String,
}

pub async fn mark_common(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<MarkForm>,
) -> AppResult<Response> {
    let (content, work) = workspace_work(&state, &user, id).await?;
    require_contributor(&work)?;
    let interest = parse_id(&form.item)
        .filter(|i| content.interests.iter().any(|x| x.id == *i))
        .ok_or(AppError::NotFound(Msg::new("ibps-no-interest")))?;
    state
        .store
        .set_interest_common(id, interest, form.value == "1")
        .await?;
    Ok(back(id, "step-interests"))
}

#[derive(Deserialize, Default)]
pub struct OptionForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    source: String,
}

pub async fn add_option(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<OptionForm>,
) -> AppResult<Response> {
    let (_, work) = workspace_work(&state, &user, id).await?;
    require_contributor(&work)?;
    let option = IbpsOption {
        id: 0,
        text: form.text.trim().to_string(),
        source: OptionSource::parse(&form.source).unwrap_or(OptionSource::Brainstorm),
        status: OptionStatus::Listed,
    };
    if let Err(errors) = option.check() {
        return refuse(&state, &session, &user, id, errors).await;
    }
    state
        .store
        .add_option(id, &option.text, option.source.code(), user.person.id)
        .await?;
    Ok(back(id, "step-options"))
}

/// Screening, the shortlist and the final choice are the co-leads' to record.
pub async fn set_option(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<MarkForm>,
) -> AppResult<Response> {
    let (content, work) = workspace_work(&state, &user, id).await?;
    work.require_run()?;
    let option = parse_id(&form.item)
        .filter(|i| content.options.iter().any(|x| x.id == *i))
        .ok_or(AppError::NotFound(Msg::new("ibps-no-option")))?;
    let status = OptionStatus::parse(&form.value)
        .ok_or(AppError::BadRequest(Msg::new("ibps-choose-option-status")))?;
    state
        .store
        .set_option_status(id, option, status.code())
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "ibps.option",
            "ibps",
            Some(id),
            status.code(),
        )
        .await?;
    Ok(back(id, "step-selection"))
}

pub async fn add_standard(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<OptionForm>,
) -> AppResult<Response> {
    let (_, work) = workspace_work(&state, &user, id).await?;
    require_contributor(&work)?;
    let standard = Standard {
        id: 0,
        text: form.text.trim().to_string(),
    };
    if let Err(errors) = standard.check() {
        return refuse(&state, &session, &user, id, errors).await;
    }
    state.store.add_standard(id, &standard.text).await?;
    Ok(back(id, "step-selection"))
}

/// The score matrix: fields named `score-{option}-{standard}`, each 1–5 or empty.
pub async fn save_scores(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<std::collections::BTreeMap<String, String>>,
) -> AppResult<Response> {
    let (content, work) = workspace_work(&state, &user, id).await?;
    require_contributor(&work)?;
    if let Err(missing) = ibps::can_score(&domain(&content)) {
        let mut errors = FieldErrors::new();
        errors.add("scores", missing.msg());
        return refuse(&state, &session, &user, id, errors).await;
    }
    let mut errors = FieldErrors::new();
    let mut scores = Vec::new();
    for (name, value) in &form {
        let Some(rest) = name.strip_prefix("score-") else {
            continue;
        };
        let Some((option, standard)) = rest.split_once('-') else {
            continue;
        };
        let (Some(option), Some(standard)) = (parse_id(option), parse_id(standard)) else {
            continue;
        };
        let known = content.options.iter().any(|o| o.id == option)
            && content.standards.iter().any(|s| s.id == standard);
        if !known || value.trim().is_empty() {
            continue;
        }
        match check_score(value) {
            Ok(score) => scores.push((option, standard, i64::from(score))),
            Err(e) => {
                for (_, problem) in e.iter() {
                    errors.add(name, problem.clone());
                }
            }
        }
    }
    if !errors.is_empty() {
        return refuse(&state, &session, &user, id, errors).await;
    }
    state.store.save_scores(id, &scores).await?;
    Ok(back(id, "step-selection"))
}

#[derive(Deserialize, Default)]
pub struct DecideForm {
    #[serde(default)]
    meeting: String,
}

/// Puts the best-ranked shortlisted option to a consensus round, in a meeting of the team
/// that has not ended, or between meetings.
pub async fn decide(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<DecideForm>,
) -> AppResult<Response> {
    let (content, work) = workspace_work(&state, &user, id).await?;
    work.require_run()?;
    let ws = domain(&content);
    let ranking = rank(&ws.options, &ws.standards, &ws.scores);
    let Some(best) = ranking
        .iter()
        .find(|r| r.rank == 1)
        .and_then(|r| content.options.iter().find(|o| o.id == r.option))
    else {
        let mut errors = FieldErrors::new();
        errors.add("decide", "ibps-score-first");
        return refuse(&state, &session, &user, id, errors).await;
    };
    let meeting = match parse_id(&form.meeting) {
        Some(m) => {
            let meeting = state.store.meeting(m).await?;
            if meeting.team_id != content.workspace.team_id || meeting.status == "ended" {
                return Err(AppError::BadRequest(Msg::new("ibps-meeting-not-ended")));
            }
            Some(m)
        }
        None => None,
    };
    let mut errors = FieldErrors::new();
    // The proposal's background is written once, in the words of the person putting it.
    let background = required_text(
        &mut errors,
        "decide",
        "ibps-field-background",
        &message(
            session.lang,
            "ibps-proposal-background",
            &[("problem", Arg::Text(&content.workspace.problem))],
        ),
        lmp_domain::decisions::consensus::PROPOSAL_MAX,
    );
    let proposal = state
        .store
        .create_proposal(
            &lmp_store::decisions::ProposalInput {
                team_id: content.workspace.team_id,
                meeting_id: meeting,
                title: best.text.clone(),
                background,
                options: ranking
                    .iter()
                    .filter(|r| r.option != best.id)
                    .filter_map(|r| content.options.iter().find(|o| o.id == r.option))
                    .map(|o| o.text.clone())
                    .collect::<Vec<_>>()
                    .join("; "),
                quorum: work.view.team.quorum.max(1),
                decider: "management".into(),
                ..Default::default()
            },
            user.person.id,
        )
        .await?;
    state.store.link_ibps(id, Some(proposal), None).await?;
    if let Some(m) = meeting {
        state.live.publish(&state.store, m, "proposals").await;
    }
    Ok(Redirect::to(&format!("/proposals/{proposal}")).into_response())
}

#[derive(Deserialize, Default)]
pub struct ActionForm {
    #[serde(default)]
    what: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due: String,
}

pub async fn add_action(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> AppResult<Response> {
    let (_, work) = workspace_work(&state, &user, id).await?;
    work.require_run()?;
    let owner = parse_id(&form.owner).filter(|o| work.roster.iter().any(|e| e.person_id == *o));
    let action = ActionItem {
        what: form.what.trim().to_string(),
        owner,
        due: form.due.trim().to_string(),
    };
    if let Err(errors) = action.check() {
        return refuse(&state, &session, &user, id, errors).await;
    }
    state
        .store
        .add_action(id, &action.what, action.owner, &action.due)
        .await?;
    Ok(back(id, "step-action_plan"))
}

/// Turns the plan's actions into tasks, once the plan is complete.
pub async fn make_tasks(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (content, work) = workspace_work(&state, &user, id).await?;
    work.require_run()?;
    let missing = missing_msg(&progress(&domain(&content)).missing);
    if content.workspace.step != Step::ActionPlan.code() || missing.is_some() {
        let refusal = Msg::new("ibps-plan-not-ready");
        let refusal = match missing {
            Some(missing) => refusal.msg("missing", missing),
            None => refusal.text("missing", ""),
        };
        let mut errors = FieldErrors::new();
        errors.add("tasks", refusal);
        return refuse(&state, &session, &user, id, errors).await;
    }
    let made = state.store.tasks_from_plan(id, user.person.id).await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "ibps.tasks",
            "ibps",
            Some(id),
            &format!("{} tasks", made.len()),
        )
        .await?;
    Ok(back(id, "step-action_plan"))
}

/// Starts an improvement project (an idea of the team) from the chosen option.
pub async fn make_project(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (content, work) = workspace_work(&state, &user, id).await?;
    work.require_run()?;
    if let Some(project) = content.workspace.project_id {
        return Ok(Redirect::to(&format!("/projects/{project}")).into_response());
    }
    let chosen = content
        .options
        .iter()
        .find(|o| o.status == OptionStatus::Chosen.code())
        .ok_or(AppError::Conflict(Msg::new("ibps-mark-chosen")))?;
    // The idea's description is written once, in the words of the person starting it.
    let description = message(
        session.lang,
        "ibps-project-from",
        &[("problem", Arg::Text(&content.workspace.problem))],
    );
    let project = state
        .store
        .create_idea(
            content.workspace.team_id,
            &chosen.text,
            &description,
            user.person.id,
        )
        .await?;
    state.store.link_ibps(id, None, Some(project)).await?;
    Ok(Redirect::to(&format!("/projects/{project}")).into_response())
}
