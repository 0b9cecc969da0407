//! Team meetings: planning one from a template, the meeting page that runs on a phone or a
//! projector (agenda, attendance, minutes, proposals), its live parts, the calendar file, and
//! the end of the meeting, which creates what the minutes recorded.

use askama::Template;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::decisions::consensus::Blocker;
use lmp_domain::decisions::meeting::{
    self as rules, end_of_meeting_summary, AgendaItemKind, MeetingStatus, MinutesEntry,
};
use lmp_domain::decisions::valid_date;
use lmp_domain::improvement::scope::ScopeTopic;
use lmp_domain::validation::required_text;
use lmp_domain::{FieldErrors, Msg};
use lmp_store::meetings::{AgendaInput, AgendaItem, Meeting, MinuteEntry, MinuteInput};
use serde::Deserialize;

use super::{parse_id, render, render_with};
use crate::auth::{CurrentUser, Session, User};
use crate::authz::{self, TeamWork};
use crate::decisions::{self, ProposalView};
use crate::error::{AppError, AppResult};
use crate::extract::{Form, Path, Query};
use crate::i18n::{self, Arg, FormErrors, Lang};
use crate::state::AppState;
use crate::views::{date_input, parse_date_time, Count, Layout};

/// A meeting with the team's access for this user.
pub(crate) async fn meeting_work(
    state: &AppState,
    user: &User,
    meeting_id: i64,
) -> AppResult<(Meeting, TeamWork)> {
    let meeting = state.store.meeting(meeting_id).await?;
    let work = authz::team_work(state, user, meeting.team_id).await?;
    Ok((meeting, work))
}

fn status_of(meeting: &Meeting) -> MeetingStatus {
    MeetingStatus::parse(&meeting.status).unwrap_or(MeetingStatus::Planned)
}

// ---------------------------------------------------------------------------------------------
// The team's meetings and planning a new one.

#[derive(Template)]
#[template(path = "meetings.html")]
struct MeetingsPage {
    layout: Layout,
    team_id: i64,
    team_name: String,
    cadence: String,
    can_run: bool,
    meetings: Vec<(i64, String, String, String)>,
    templates: Vec<(&'static str, String)>,
    form: PlanForm,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
pub struct PlanForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    template: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    location: String,
    /// Weeks between meetings of a series: empty or 0 for one meeting.
    #[serde(default)]
    repeat: String,
    /// How many meetings the series holds.
    #[serde(default)]
    count: String,
}

async fn meetings_page(
    state: &AppState,
    session: &Session,
    user: &User,
    team_id: i64,
    form: PlanForm,
    errors: FieldErrors,
) -> AppResult<MeetingsPage> {
    let work = authz::team_work(state, user, team_id).await?;
    let w = Words(session.lang);
    let meetings = state
        .store
        .team_meetings(team_id, 50)
        .await?
        .into_iter()
        .map(|m| {
            let status = w.t(status_of(&m).label_id());
            (
                m.id,
                m.title,
                crate::names::when(session.lang, m.starts_at),
                status,
            )
        })
        .collect();
    let layout = Layout::new(
        session,
        format!("{} · {}", w.t("meetings-title"), work.view.team.name),
        "teams",
    );
    Ok(MeetingsPage {
        errors: layout.errors(&errors),
        layout,
        team_id,
        team_name: work.view.team.name.clone(),
        cadence: work.view.team.meeting_cadence.clone(),
        can_run: work.can_run(),
        meetings,
        templates: rules::Template::ALL
            .iter()
            .map(|t| (t.code(), w.t(t.label_id())))
            .collect(),
        form,
    })
}

pub async fn list(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
) -> AppResult<Response> {
    let now = lmp_store::now() + 7 * 86_400;
    let team = state.store.team(team_id).await?;
    // The charter's cadence suggests a series of the next meetings.
    let weeks = rules::cadence_weeks(&team.meeting_cadence);
    let form = PlanForm {
        template: rules::Template::StandardTeamMeeting.code().into(),
        date: date_input(now),
        time: "09:00".into(),
        repeat: weeks.map_or(String::new(), |w| w.to_string()),
        count: if weeks.is_some() { "6" } else { "1" }.into(),
        ..PlanForm::default()
    };
    render(&meetings_page(&state, &session, &user, team_id, form, FieldErrors::new()).await?)
}

pub async fn plan(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Form(form): Form<PlanForm>,
) -> AppResult<Response> {
    let work = authz::team_work(&state, &user, team_id).await?;
    work.require_run()?;
    let mut errors = FieldErrors::new();
    let template = rules::Template::parse(&form.template);
    if template.is_none() {
        errors.add("template", "meetings-template-missing");
    }
    // Titles the hub writes for the team (the meeting's, its template's items) are in the
    // language of whoever plans it, and the team's own from then on.
    let words = Words(session.lang);
    let title = if form.title.trim().is_empty() {
        template.map_or(String::new(), |t| words.t(t.default_title_id()))
    } else {
        required_text(
            &mut errors,
            "title",
            "meetings-field-title",
            &form.title,
            rules::TITLE_MAX,
        )
    };
    let starts_at = parse_date_time(&form.date, &form.time);
    if starts_at.is_none() {
        errors.add("date", "meetings-date-form");
    }
    let location = lmp_domain::validation::optional_text(
        &mut errors,
        "location",
        "meetings-field-place",
        &form.location,
        200,
    );
    let weeks: u32 = form.repeat.trim().parse().unwrap_or(0);
    let count: u32 = if weeks == 0 {
        1
    } else {
        match form.count.trim().parse::<u32>() {
            Ok(n) if (1..=rules::SERIES_MAX).contains(&n) => n,
            _ => {
                errors.add(
                    "count",
                    Msg::new("meetings-count-range").number("max", rules::SERIES_MAX),
                );
                1
            }
        }
    };
    if ![0, 1, 2, 4].contains(&weeks) {
        errors.add("repeat", "meetings-repeat-choice");
    }
    let (Some(template), Some(starts_at), true) = (template, starts_at, errors.is_empty()) else {
        let page = meetings_page(&state, &session, &user, team_id, form, errors).await?;
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let owner = Some(user.person.id);
    let agenda = template.agenda(owner, |id| words.t(id));
    let total = rules::check_agenda(&agenda, None).unwrap_or(60);
    let items: Vec<AgendaInput> = agenda
        .iter()
        .map(|i| AgendaInput {
            title: i.title.clone(),
            kind: i.kind.code().into(),
            owner_id: i.owner,
            minutes: i64::from(i.minutes),
        })
        .collect();
    let mut first = None;
    for start in rules::series(starts_at, weeks, count) {
        let id = state
            .store
            .create_meeting(
                team_id,
                &title,
                template.code(),
                start,
                i64::from(total),
                &location,
                user.person.id,
                &items,
            )
            .await?;
        state
            .store
            .audit(
                Some(user.person.id),
                "meeting.plan",
                "meeting",
                Some(id),
                &title,
            )
            .await?;
        first.get_or_insert(id);
    }
    let first = first.unwrap_or_default();
    Ok(Redirect::to(&format!("/meetings/{first}")).into_response())
}

// ---------------------------------------------------------------------------------------------
// The meeting page and its live parts.

/// The reader's words for the live parts of a meeting, which have no layout: `w.t("id")`,
/// `w.tn("id", count)` (a `$count`), `w.ta("id", name)` (a `$name`).
pub(crate) struct Words(pub Lang);

impl Words {
    pub fn t(&self, id: &str) -> String {
        i18n::message(self.0, id, &[])
    }

    pub fn tn(&self, id: &str, count: impl Count) -> String {
        i18n::message(self.0, id, &[("count", Arg::Number(count.as_i64()))])
    }

    pub fn ta(&self, id: &str, name: &str) -> String {
        i18n::message(self.0, id, &[("name", Arg::Text(name))])
    }

    /// A message the rules named.
    pub fn msg(&self, msg: &Msg) -> String {
        i18n::render(self.0, msg)
    }
}

#[derive(Template)]
#[template(path = "meeting_agenda.html")]
struct AgendaPart {
    w: Words,
    csrf: String,
    can_run: bool,
    takes_minutes: bool,
    items: Vec<AgendaItem>,
    total: i64,
}

impl AgendaPart {
    /// The catalogue id of an agenda item's kind.
    fn kind_id(&self, code: &str) -> String {
        AgendaItemKind::parse(code)
            .unwrap_or(AgendaItemKind::Information)
            .label_id()
            .to_string()
    }
}

#[derive(Template)]
#[template(path = "meeting_attendance.html")]
struct AttendancePart {
    w: Words,
    meeting_id: i64,
    csrf: String,
    can_run: bool,
    people: Vec<(i64, String, String, bool)>,
    present: usize,
}

#[derive(Template)]
#[template(path = "meeting_minutes.html")]
struct MinutesPart {
    w: Words,
    entries: Vec<MinuteEntry>,
    ended: bool,
}

impl MinutesPart {
    fn kind_label(&self, code: &str) -> String {
        let code = match code {
            "task" | "decision" | "pdsa" => code,
            _ => "note",
        };
        self.w.t(&format!("minute-kind-{code}"))
    }
}

#[derive(Template)]
#[template(path = "proposal_panel.html")]
pub(crate) struct ProposalPart {
    pub p: ProposalView,
    pub csrf: String,
    pub w: Words,
    /// (code, the stance in words, the line under it)
    pub stances: Vec<(&'static str, String, String)>,
    pub degrees: Vec<(&'static str, String)>,
    /// The side that decides when there is no consensus, as a sentence names it.
    pub decider: String,
    pub today: String,
}

impl ProposalPart {
    fn stance(&self, code: &str) -> String {
        self.w.t(&format!("stance-{code}"))
    }

    fn degree(&self, code: &str) -> String {
        self.w.t(&format!("involvement-{code}"))
    }

    fn reminder(&self, code: &str) -> String {
        self.w.t(&format!("reminder-{code}"))
    }

    /// "2 of 3" people taking part have given a stance.
    fn responded(&self) -> String {
        i18n::message(
            self.w.0,
            "proposal-responded",
            &[
                ("done", Arg::Number(i64::from(self.p.responded))),
                ("total", Arg::Number(i64::from(self.p.eligible))),
            ],
        )
    }

    fn outcome_label(&self) -> Option<String> {
        self.p.outcome_label.as_ref()?;
        Some(match self.p.outcome.as_deref() {
            Some("fallback") => self.w.ta("outcome-fallback", &self.decider),
            Some(code) => self.w.t(&format!("outcome-{code}")),
            None => return None,
        })
    }

    fn blocker(&self, blocker: &Blocker) -> String {
        self.w.msg(&blocker.message())
    }

    fn my(&self, code: &str) -> bool {
        self.p
            .viewer
            .my_stance
            .as_ref()
            .is_some_and(|(s, _, _)| s == code)
    }

    fn my_reason(&self) -> &str {
        self.p
            .viewer
            .my_stance
            .as_ref()
            .map_or("", |(_, r, _)| r.as_str())
    }

    fn my_behaviour(&self) -> &str {
        self.p
            .viewer
            .my_stance
            .as_ref()
            .map_or("", |(_, _, b)| b.as_str())
    }

    fn records_side_code(&self) -> &'static str {
        self.p.viewer.records_side.map_or("", |s| s.code())
    }
}

pub(crate) async fn proposal_part(
    state: &AppState,
    user: &User,
    work: &TeamWork,
    proposal: &lmp_store::decisions::Proposal,
    csrf: &str,
    lang: Lang,
) -> AppResult<ProposalPart> {
    let people = decisions::participants(state, work, proposal).await?;
    proposal_part_among(state, user, work, proposal, people, csrf, lang).await
}

/// [`proposal_part`] for participants already known (the rounds of one meeting share them).
async fn proposal_part_among(
    state: &AppState,
    user: &User,
    work: &TeamWork,
    proposal: &lmp_store::decisions::Proposal,
    people: Vec<(i64, String)>,
    csrf: &str,
    lang: Lang,
) -> AppResult<ProposalPart> {
    let view = decisions::view_among(state, user, work, proposal, people).await?;
    let w = Words(lang);
    Ok(ProposalPart {
        decider: w.t(&format!("side-name-{}", view.decider)),
        p: view,
        csrf: csrf.to_string(),
        stances: lmp_domain::decisions::consensus::Stance::ALL
            .iter()
            .map(|s| {
                let code = s.code();
                let label = w.t(s.label_id());
                (code, label, w.t(s.hint_id()))
            })
            .collect(),
        degrees: lmp_domain::decisions::continuum::Involvement::ALL
            .iter()
            .map(|d| (d.code(), w.t(d.label_id())))
            .collect(),
        w,
        today: date_input(lmp_store::now()),
    })
}

#[derive(Template)]
#[template(path = "meeting.html")]
pub(crate) struct MeetingPage {
    layout: Layout,
    m: Meeting,
    team_name: String,
    when: String,
    status: MeetingStatus,
    status_label: String,
    can_run: bool,
    agenda_html: String,
    attendance_html: String,
    minutes_html: String,
    proposals_html: String,
    kinds: Vec<(&'static str, String)>,
    topics: Vec<(&'static str, String)>,
    minute_kinds: Vec<(&'static str, String)>,
    owners: Vec<(i64, String)>,
    cycles: Vec<(i64, String)>,
    done: String,
    drafts: Drafts,
    errors: FormErrors,
}

/// What was typed into the page's forms, shown again (with that form open) when it was
/// refused, so nothing is lost.
#[derive(Default)]
pub(crate) struct Drafts {
    /// `item`, `minute` or `proposal`: the form the errors belong to.
    pub open: &'static str,
    pub item: ItemForm,
    pub minute: MinuteForm,
    pub proposal: NewProposalForm,
}

impl Drafts {
    fn fresh() -> Drafts {
        Drafts {
            item: ItemForm {
                minutes: "10".into(),
                ..ItemForm::default()
            },
            minute: MinuteForm {
                kind: "note".into(),
                ..MinuteForm::default()
            },
            ..Drafts::default()
        }
    }
}

/// The fields of "Put a proposal to the team".
#[derive(Deserialize, Default)]
pub struct NewProposalForm {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub background: String,
    #[serde(default)]
    pub options: String,
    #[serde(default)]
    pub anonymous: String,
    #[serde(default)]
    pub hidden: String,
    #[serde(default)]
    pub decider: String,
}

async fn agenda_part(
    state: &AppState,
    meeting: &Meeting,
    work: &TeamWork,
    csrf: &str,
    lang: Lang,
) -> AppResult<AgendaPart> {
    let items = state.store.agenda(meeting.id).await?;
    Ok(AgendaPart {
        w: Words(lang),
        csrf: csrf.to_string(),
        can_run: work.can_run(),
        takes_minutes: status_of(meeting) == MeetingStatus::InProgress,
        total: items.iter().map(|i| i.minutes).sum(),
        items,
    })
}

async fn attendance_part(
    state: &AppState,
    meeting: &Meeting,
    work: &TeamWork,
    csrf: &str,
    lang: Lang,
) -> AppResult<AttendancePart> {
    let present = state.store.attendance(meeting.id).await?;
    let mut people: Vec<(i64, String, String, bool)> = Vec::new();
    for entry in &work.roster {
        if people.iter().any(|p| p.0 == entry.person_id) {
            continue;
        }
        let role = entry.team_role().map_or(
            crate::names::team_role(lang, lmp_domain::TeamRole::Member),
            |r| crate::names::team_role(lang, r),
        );
        people.push((
            entry.person_id,
            entry.name.clone(),
            role,
            present.contains(&entry.person_id),
        ));
    }
    Ok(AttendancePart {
        w: Words(lang),
        meeting_id: meeting.id,
        csrf: csrf.to_string(),
        can_run: work.can_run() && status_of(meeting) != MeetingStatus::Ended,
        present: people.iter().filter(|p| p.3).count(),
        people,
    })
}

async fn minutes_part(state: &AppState, meeting: &Meeting, lang: Lang) -> AppResult<MinutesPart> {
    Ok(MinutesPart {
        w: Words(lang),
        entries: state.store.minute_entries(meeting.id).await?,
        ended: status_of(meeting) == MeetingStatus::Ended,
    })
}

async fn proposals_html(
    state: &AppState,
    user: &User,
    meeting: &Meeting,
    work: &TeamWork,
    csrf: &str,
    lang: Lang,
) -> AppResult<String> {
    let mut html = String::new();
    // Every round of the meeting has the same people taking part: read attendance once.
    let people = decisions::participants_among(work, &state.store.attendance(meeting.id).await?);
    for proposal in state.store.meeting_proposals(meeting.id).await? {
        let part =
            proposal_part_among(state, user, work, &proposal, people.clone(), csrf, lang).await?;
        html.push_str(&format!(
            "<div id=\"live-proposal-{id}\" data-live=\"proposal-{id}\" data-src=\"/meetings/{m}/part/proposal-{id}\">{}</div>",
            part.render()?,
            id = proposal.id,
            m = meeting.id
        ));
    }
    Ok(html)
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: String,
}

pub(crate) async fn meeting_page(
    state: &AppState,
    session: &Session,
    user: &User,
    meeting_id: i64,
    done: String,
    drafts: Drafts,
    errors: FieldErrors,
) -> AppResult<MeetingPage> {
    let (meeting, work) = meeting_work(state, user, meeting_id).await?;
    let csrf = session.csrf_token.as_str();
    let w = Words(session.lang);
    let owners = work.people();
    let cycles = state
        .store
        .team_open_cycles(meeting.team_id)
        .await?
        .into_iter()
        .map(|(id, project, number, idea)| {
            let name = i18n::message(
                session.lang,
                "meeting-cycle-choice",
                &[
                    ("project", Arg::Text(&project)),
                    ("number", Arg::Number(number)),
                    ("idea", Arg::Text(&idea)),
                ],
            );
            (id, name)
        })
        .collect();
    let layout = Layout::new(session, meeting.title.clone(), "teams");
    Ok(MeetingPage {
        errors: layout.errors(&errors),
        layout,
        team_name: work.view.team.name.clone(),
        when: crate::names::when(session.lang, meeting.starts_at),
        status: status_of(&meeting),
        status_label: w.t(status_of(&meeting).label_id()),
        can_run: work.can_run(),
        agenda_html: agenda_part(state, &meeting, &work, csrf, session.lang)
            .await?
            .render()?,
        attendance_html: attendance_part(state, &meeting, &work, csrf, session.lang)
            .await?
            .render()?,
        minutes_html: minutes_part(state, &meeting, session.lang)
            .await?
            .render()?,
        proposals_html: proposals_html(state, user, &meeting, &work, csrf, session.lang).await?,
        kinds: AgendaItemKind::ALL
            .iter()
            .map(|k| (k.code(), w.t(k.label_id())))
            .collect(),
        topics: ScopeTopic::ALL
            .iter()
            .map(|t| (t.code(), w.t(t.label_id())))
            .collect(),
        minute_kinds: ["note", "decision", "task", "pdsa"]
            .into_iter()
            .map(|k| (k, w.t(&format!("minute-choice-{k}"))))
            .collect(),
        owners,
        cycles,
        done,
        drafts,
        m: meeting,
    })
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(meeting_id): Path<i64>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    render(
        &meeting_page(
            &state,
            &session,
            &user,
            meeting_id,
            done.done,
            Drafts::fresh(),
            FieldErrors::new(),
        )
        .await?,
    )
}

/// One live part of the meeting page, as the page fetches it after a change notice.
pub async fn part(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((meeting_id, part)): Path<(i64, String)>,
) -> AppResult<Response> {
    let (meeting, work) = meeting_work(&state, &user, meeting_id).await?;
    let csrf = session.csrf_token.as_str();
    let html = match part.as_str() {
        "agenda" => agenda_part(&state, &meeting, &work, csrf, session.lang)
            .await?
            .render()?,
        "attendance" => attendance_part(&state, &meeting, &work, csrf, session.lang)
            .await?
            .render()?,
        "minutes" => minutes_part(&state, &meeting, session.lang)
            .await?
            .render()?,
        "proposals" => proposals_html(&state, &user, &meeting, &work, csrf, session.lang).await?,
        // The status alone, so a page that connected late can tell it missed a change.
        "status" => meeting.status.clone(),
        other => {
            let id = other
                .strip_prefix("proposal-")
                .and_then(parse_id)
                .ok_or_else(|| AppError::NotFound(Msg::new("meeting-refuse-no-part")))?;
            let proposal = state.store.proposal(id).await?;
            if proposal.meeting_id != Some(meeting_id) {
                return Err(AppError::NotFound(Msg::new("meeting-refuse-no-proposal")));
            }
            proposal_part(&state, &user, &work, &proposal, csrf, session.lang)
                .await?
                .render()?
        }
    };
    Ok((
        [(header::CACHE_CONTROL, "no-store")],
        axum::response::Html(html),
    )
        .into_response())
}

/// The meeting's change notices as server-sent events.
pub async fn live(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(meeting_id): Path<i64>,
) -> AppResult<Response> {
    let _ = meeting_work(&state, &user, meeting_id).await?;
    Ok(state.live.stream(meeting_id).into_response())
}

/// The meeting as a calendar file.
pub async fn calendar(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(meeting_id): Path<i64>,
) -> AppResult<Response> {
    let (meeting, work) = meeting_work(&state, &user, meeting_id).await?;
    let agenda = state.store.agenda(meeting_id).await?;
    let description = agenda
        .iter()
        .map(|i| {
            let minutes = i18n::message(
                session.lang,
                "meeting-min",
                &[("count", Arg::Number(i.minutes))],
            );
            format!("{} ({minutes})", i.title)
        })
        .collect::<Vec<_>>()
        .join("\n");
    let event = rules::IcsEvent {
        uid: format!("meeting-{}@partnership-hub", meeting.id),
        sequence: 0,
        stamp: meeting.updated_at,
        start: meeting.starts_at,
        end: meeting.starts_at + meeting.duration_minutes * 60,
        summary: format!("{} — {}", meeting.title, work.view.team.name),
        description,
        location: meeting.location.clone(),
        url: None,
    };
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"meeting-{}.ics\"", meeting.id),
            ),
        ],
        rules::ics(&event),
    )
        .into_response())
}

// ---------------------------------------------------------------------------------------------
// Running the meeting: status, agenda, attendance, minutes.

async fn run_meeting(
    state: &AppState,
    user: &User,
    meeting_id: i64,
) -> AppResult<(Meeting, TeamWork)> {
    let (meeting, work) = meeting_work(state, user, meeting_id).await?;
    work.require_run()?;
    if status_of(&meeting) == MeetingStatus::Ended {
        return Err(AppError::Conflict(Msg::new("meeting-refuse-ended")));
    }
    Ok((meeting, work))
}

pub async fn start(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(meeting_id): Path<i64>,
) -> AppResult<Response> {
    let (meeting, _) = run_meeting(&state, &user, meeting_id).await?;
    if status_of(&meeting).can_move_to(MeetingStatus::InProgress) {
        state
            .store
            .set_meeting_status(meeting_id, MeetingStatus::InProgress.code())
            .await?;
        state.live.publish(&state.store, meeting_id, "status").await;
    }
    Ok(Redirect::to(&format!("/meetings/{meeting_id}")).into_response())
}

#[derive(Deserialize, Default)]
pub struct ItemForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    minutes: String,
    /// The scope check of a problem-solving item (`ScopeTopic` code).
    #[serde(default)]
    topic: String,
}

pub async fn add_item(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(meeting_id): Path<i64>,
    Form(form): Form<ItemForm>,
) -> AppResult<Response> {
    let (_, work) = run_meeting(&state, &user, meeting_id).await?;
    // Who leads it: the person chosen, or whoever adds it.
    let owner = parse_id(&form.owner)
        .filter(|id| work.roster.iter().any(|e| e.person_id == *id))
        .or(Some(user.person.id));
    let item = rules::AgendaItem {
        title: form.title.trim().to_string(),
        kind: AgendaItemKind::parse(&form.kind).unwrap_or(AgendaItemKind::Discussion),
        owner,
        minutes: form.minutes.trim().parse().unwrap_or(0),
    };
    let mut errors = item.check().err().unwrap_or_default();
    // A problem enters the agenda only once the team has checked it is theirs to solve.
    if item.kind == AgendaItemKind::ProblemSolving {
        match ScopeTopic::parse(&form.topic) {
            None => errors.add("topic", "meeting-topic-missing"),
            Some(topic) => {
                if let Some((why, channel)) = topic.redirect_ids() {
                    errors.add(
                        "topic",
                        Msg::new("meeting-topic-outside")
                            .label("why", why)
                            .label("channel", channel),
                    );
                }
            }
        }
    }
    if !errors.is_empty() {
        let drafts = Drafts {
            open: "item",
            item: form,
            ..Drafts::fresh()
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
    let added = serde_json::json!({
        "title": item.title, "kind": item.kind.code(), "minutes": item.minutes
    });
    let item_id = state
        .store
        .add_agenda_item(
            meeting_id,
            &AgendaInput {
                title: item.title,
                kind: item.kind.code().into(),
                owner_id: item.owner,
                minutes: i64::from(item.minutes),
            },
            user.person.id,
        )
        .await?;
    state
        .store
        .audit_change(
            Some(user.person.id),
            "meeting.agenda.add",
            "meeting",
            Some(meeting_id),
            &format!("agenda item {item_id}"),
            None,
            Some(&added),
        )
        .await?;
    state.live.publish(&state.store, meeting_id, "agenda").await;
    Ok(Redirect::to(&format!("/meetings/{meeting_id}#agenda")).into_response())
}

#[derive(Deserialize, Default)]
pub struct MoveForm {
    #[serde(default)]
    direction: String,
}

pub async fn move_item(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(item_id): Path<i64>,
    Form(form): Form<MoveForm>,
) -> AppResult<Response> {
    let item = state.store.agenda_item(item_id).await?;
    run_meeting(&state, &user, item.meeting_id).await?;
    state
        .store
        .move_agenda_item(item_id, form.direction == "up")
        .await?;
    state
        .live
        .publish(&state.store, item.meeting_id, "agenda")
        .await;
    Ok(Redirect::to(&format!("/meetings/{}#agenda", item.meeting_id)).into_response())
}

#[derive(Deserialize, Default)]
pub struct NotesForm {
    #[serde(default)]
    notes: String,
}

pub async fn save_notes(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(item_id): Path<i64>,
    Form(form): Form<NotesForm>,
) -> AppResult<Response> {
    let item = state.store.agenda_item(item_id).await?;
    run_meeting(&state, &user, item.meeting_id).await?;
    let mut errors = FieldErrors::new();
    let notes = lmp_domain::validation::optional_text(
        &mut errors,
        "notes",
        "meeting-field-notes",
        &form.notes,
        rules::MINUTES_TEXT_MAX,
    );
    if !errors.is_empty() {
        let page = meeting_page(
            &state,
            &session,
            &user,
            item.meeting_id,
            String::new(),
            Drafts::fresh(),
            errors,
        )
        .await?;
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    state.store.save_item_notes(item_id, &notes).await?;
    state
        .store
        .audit_change(
            Some(user.person.id),
            "meeting.agenda.notes",
            "meeting",
            Some(item.meeting_id),
            &format!("agenda item {item_id}: {}", item.title),
            Some(&serde_json::json!({ "notes": item.notes })),
            Some(&serde_json::json!({ "notes": notes })),
        )
        .await?;
    state
        .live
        .publish(&state.store, item.meeting_id, "agenda")
        .await;
    Ok(Redirect::to(&format!("/meetings/{}#item-{item_id}", item.meeting_id)).into_response())
}

#[derive(Deserialize, Default)]
pub struct PresentForm {
    #[serde(default)]
    person: String,
    #[serde(default)]
    present: String,
}

pub async fn mark_present(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(meeting_id): Path<i64>,
    Form(form): Form<PresentForm>,
) -> AppResult<Response> {
    let (_, work) = run_meeting(&state, &user, meeting_id).await?;
    let person = parse_id(&form.person)
        .filter(|id| work.roster.iter().any(|e| e.person_id == *id))
        .ok_or_else(|| AppError::BadRequest(Msg::new("meeting-refuse-choose-person")))?;
    state
        .store
        .set_present(meeting_id, person, form.present == "1")
        .await?;
    state
        .live
        .publish(&state.store, meeting_id, "attendance")
        .await;
    Ok(Redirect::to(&format!("/meetings/{meeting_id}#attendance")).into_response())
}

#[derive(Deserialize, Default)]
pub struct MinuteForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due: String,
    #[serde(default)]
    cycle: String,
}

pub async fn add_minute(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(meeting_id): Path<i64>,
    Form(form): Form<MinuteForm>,
) -> AppResult<Response> {
    let (meeting, work) = run_meeting(&state, &user, meeting_id).await?;
    let owner = parse_id(&form.owner).filter(|id| work.roster.iter().any(|e| e.person_id == *id));
    let team_cycles = state.store.team_open_cycles(meeting.team_id).await?;
    let cycle = parse_id(&form.cycle).filter(|id| team_cycles.iter().any(|c| c.0 == *id));
    let text = form.text.trim().to_string();
    let entry = match form.kind.as_str() {
        "task" => MinutesEntry::Task {
            title: text.clone(),
            owner,
            due: form.due.trim().to_string(),
        },
        "decision" => MinutesEntry::Decision { text: text.clone() },
        "pdsa" => MinutesEntry::PdsaUpdate {
            cycle: cycle.unwrap_or(0),
            note: text.clone(),
        },
        _ => MinutesEntry::Note { text: text.clone() },
    };
    let mut errors = entry.check().err().unwrap_or_default();
    if form.kind == "pdsa" && cycle.is_none() {
        errors.add("cycle", "meeting-cycle-missing");
    }
    if form.kind == "task" && !form.due.trim().is_empty() && !valid_date(form.due.trim()) {
        errors.add("due", "meeting-due-form");
    }
    if !errors.is_empty() {
        let drafts = Drafts {
            open: "minute",
            minute: form,
            ..Drafts::fresh()
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
    let kind = match form.kind.as_str() {
        "task" | "decision" | "pdsa" => form.kind.clone(),
        _ => "note".to_string(),
    };
    state
        .store
        .add_minute_entry(
            meeting_id,
            &MinuteInput {
                agenda_item_id: None,
                kind,
                text,
                owner_id: owner,
                due_on: Some(form.due.trim().to_string()).filter(|d| !d.is_empty()),
                cycle_id: cycle,
            },
            user.person.id,
        )
        .await?;
    state
        .live
        .publish(&state.store, meeting_id, "minutes")
        .await;
    Ok(Redirect::to(&format!("/meetings/{meeting_id}#minutes")).into_response())
}

fn as_domain(entry: &MinuteEntry) -> MinutesEntry {
    match entry.kind.as_str() {
        "task" => MinutesEntry::Task {
            title: entry.text.clone(),
            owner: entry.owner_id,
            due: entry.due_on.clone().unwrap_or_default(),
        },
        "decision" => MinutesEntry::Decision {
            text: entry.text.clone(),
        },
        "pdsa" => MinutesEntry::PdsaUpdate {
            cycle: entry.cycle_id.unwrap_or(0),
            note: entry.text.clone(),
        },
        _ => MinutesEntry::Note {
            text: entry.text.clone(),
        },
    }
}

#[derive(Template)]
#[template(path = "meeting_end.html")]
struct EndPage {
    layout: Layout,
    meeting_id: i64,
    title: String,
    sentence: String,
    creates: Vec<String>,
    attention: Vec<String>,
}

/// The confirmation before ending: what the summary will create, and what still needs an
/// owner or a date.
pub async fn confirm_end(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(meeting_id): Path<i64>,
) -> AppResult<Response> {
    let (meeting, _) = run_meeting(&state, &user, meeting_id).await?;
    let entries = state.store.minute_entries(meeting_id).await?;
    let domain: Vec<MinutesEntry> = entries.iter().map(as_domain).collect();
    let summary = end_of_meeting_summary(&domain);
    let layout = Layout::new(
        &session,
        format!(
            "{} · {}",
            i18n::message(session.lang, "meeting-end-crumb", &[]),
            meeting.title
        ),
        "teams",
    );
    let creates = entries
        .iter()
        .filter(|e| e.kind != "note")
        .map(|e| {
            let message = match e.kind.as_str() {
                "task" => Msg::new("meeting-end-task")
                    .text("text", e.text.clone())
                    .text(
                        "owner",
                        e.owner_name
                            .clone()
                            .unwrap_or_else(|| layout.t("meeting-no-owner")),
                    )
                    .text(
                        "due",
                        e.due_on
                            .clone()
                            .unwrap_or_else(|| layout.t("meeting-no-date")),
                    ),
                "decision" => Msg::new("meeting-end-decision").text("text", e.text.clone()),
                _ => Msg::new("meeting-end-pdsa").text("text", e.text.clone()),
            };
            layout.msg(&message)
        })
        .collect();
    let attention = summary
        .needs_attention
        .iter()
        .map(|a| {
            let text = entries.get(a.entry).map_or("", |e| e.text.as_str());
            layout.msg(
                &Msg::new("meeting-end-attention-item")
                    .text("text", text)
                    .msg("problem", a.message.clone()),
            )
        })
        .collect();
    render(&EndPage {
        sentence: layout.msg(&summary.sentence()),
        layout,
        meeting_id,
        title: meeting.title,
        creates,
        attention,
    })
}

pub async fn end(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(meeting_id): Path<i64>,
) -> AppResult<Response> {
    let (meeting, _) = run_meeting(&state, &user, meeting_id).await?;
    if status_of(&meeting) != MeetingStatus::InProgress {
        return Err(AppError::Conflict(Msg::new("meeting-refuse-not-started")));
    }
    let summary = state.store.end_meeting(meeting_id, user.person.id).await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "meeting.end",
            "meeting",
            Some(meeting_id),
            &format!(
                "{} tasks, {} decisions, {} PDSA updates",
                summary.tasks.len(),
                summary.decisions.len(),
                summary.cycles_updated.len()
            ),
        )
        .await?;
    for decision in &summary.decisions {
        crate::search::refresh(
            &state.store,
            &state.search,
            lmp_search::Kind::Decision,
            *decision,
        )
        .await;
    }
    state.live.publish(&state.store, meeting_id, "status").await;
    Ok(Redirect::to(&format!("/meetings/{meeting_id}?done=ended")).into_response())
}
