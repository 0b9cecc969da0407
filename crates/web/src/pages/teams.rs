//! The team directory, a team's page, its roster and its charter.

use crate::extract::Form;
use crate::extract::{Path, Query};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::{FieldErrors, PageRequest, TeamRole};
use lmp_store::org::OrgTree;
use lmp_store::teams::{CharterInput, Team, TeamFilter, TeamSummary};
use serde::Deserialize;

use super::{parse_id, render, render_with};
use crate::auth::{CurrentUser, Session};
use crate::authz;
use crate::error::AppResult;
use crate::i18n::{self, Arg, FormErrors, Lang};
use crate::roster::{self, AddError, PersonRef, Removal};
use crate::state::AppState;
use crate::views::{query_string, Layout, Pager};

/// The directory's filters as typed, kept as text so the form shows exactly what was asked.
#[derive(Debug, Default, Deserialize)]
pub struct DirectoryQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub facility: String,
    #[serde(default)]
    pub department: String,
    #[serde(default)]
    pub local: String,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

impl DirectoryQuery {
    pub fn filter(&self) -> TeamFilter {
        TeamFilter {
            region_id: parse_id(&self.region),
            facility_id: parse_id(&self.facility),
            department_id: parse_id(&self.department),
            local_id: parse_id(&self.local),
            text: self.q.chars().take(100).collect(),
        }
    }

    fn base_query(&self) -> String {
        query_string(&[
            ("q", self.q.clone()),
            ("region", self.region.clone()),
            ("facility", self.facility.clone()),
            ("department", self.department.clone()),
            ("local", self.local.clone()),
        ])
    }
}

#[derive(Template)]
#[template(path = "teams.html")]
struct DirectoryPage {
    layout: Layout,
    filter: DirectoryQuery,
    org: std::sync::Arc<OrgTree>,
    /// Department choices: id and "Department — Facility", limited to the chosen facility.
    departments: Vec<(i64, String)>,
    page: lmp_domain::Page<TeamSummary>,
    pager: Pager,
}

pub async fn directory(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(_user): CurrentUser,
    Query(query): Query<DirectoryQuery>,
) -> AppResult<Response> {
    let page = state
        .store
        .team_directory(
            &query.filter(),
            PageRequest::new(query.page, query.per_page),
        )
        .await?;
    let org = state.org().await?;
    // Departments are listed once a facility is chosen: hundreds of them at once would make
    // the page heavy and the list unusable.
    let departments = match parse_id(&query.facility) {
        Some(facility) => org
            .departments_of(facility)
            .map(|d| (d.id, d.name.clone()))
            .collect(),
        None => Vec::new(),
    };
    let pager = Pager::new(&page, "/teams", &query.base_query());
    render(&DirectoryPage {
        layout: Layout::titled(&session, "team-directory-title", "teams"),
        filter: query,
        org,
        departments,
        page,
        pager,
    })
}

/// One roster line as the page shows it.
struct EntryView {
    id: i64,
    person_id: i64,
    name: String,
    role_message: &'static str,
    remove_label: String,
    job_title: String,
    local_name: Option<String>,
}

struct GroupView {
    label: &'static str,
    message: &'static str,
    entries: Vec<EntryView>,
}

/// The add-to-roster form as typed, with its errors.
#[derive(Default, Deserialize)]
pub struct AddForm {
    #[serde(default)]
    person: String,
    #[serde(default)]
    role: String,
    #[serde(skip)]
    errors: FormErrors,
}

#[derive(Template)]
#[template(path = "team.html")]
struct TeamPage {
    layout: Layout,
    team: Team,
    can_edit: bool,
    groups: Vec<GroupView>,
    people_count: usize,
    roles: Vec<(&'static str, &'static str)>,
    add: AddForm,
    flash: Option<String>,
    level: u8,
    level_name: String,
    /// Dimension and the number of criteria missing there for the next level.
    missing: Vec<(String, usize)>,
}

#[derive(Deserialize)]
pub struct FlashQuery {
    #[serde(default)]
    done: String,
}

fn flash_message(lang: Lang, done: &str) -> Option<String> {
    let id = match done {
        "added" => "team-flash-added",
        "removed" => "team-flash-removed",
        "charter" => "team-flash-charter",
        _ => return None,
    };
    Some(i18n::message(lang, id, &[]))
}

/// The catalogue id of a role's name on a roster (one place: `crate::names`).
pub fn role_message(role: TeamRole) -> &'static str {
    crate::names::team_role_id(role)
}

/// The catalogue id of the heading a role is grouped under on a roster.
fn role_group_message(role: TeamRole) -> &'static str {
    match role {
        TeamRole::CoLead(_) => "team-group-co-leads",
        TeamRole::Sponsor(_) => "team-group-sponsors",
        TeamRole::SafetyChampion => "team-group-safety-champions",
        TeamRole::Steward => "team-group-stewards",
        TeamRole::Consultant => "team-group-consultants",
        TeamRole::Member => "team-group-members",
    }
}

async fn team_page(
    state: &AppState,
    session: &Session,
    user: &crate::auth::User,
    team_id: i64,
    add: AddForm,
    flash: Option<String>,
) -> AppResult<(TeamPage, bool)> {
    let data = state.store.team_page(team_id).await?;
    let view = authz::check_read(user, data.team, &data.roster)?;
    let roster = data.roster;
    let people_count = {
        let mut ids: Vec<i64> = roster.iter().map(|e| e.person_id).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    };
    let mut groups: Vec<GroupView> = Vec::new();
    for entry in roster {
        let Some(role) = entry.team_role() else {
            continue;
        };
        let role_name = i18n::message(session.lang, role_message(role), &[]);
        let remove_label = i18n::message(
            session.lang,
            "team-remove-label",
            &[
                ("name", Arg::Text(&entry.name)),
                ("role", Arg::Text(&role_name)),
            ],
        );
        let line = EntryView {
            id: entry.id,
            person_id: entry.person_id,
            name: entry.name,
            role_message: role_message(role),
            remove_label,
            job_title: entry.job_title,
            local_name: entry.local_name,
        };
        match groups.last_mut() {
            Some(group) if group.label == role.group_label() => group.entries.push(line),
            _ => groups.push(GroupView {
                label: role.group_label(),
                message: role_group_message(role),
                entries: vec![line],
            }),
        }
    }
    let has_errors = !add.errors.is_empty();
    let standing = crate::p2p::standing_from(state, data.approved).await?;
    let page = TeamPage {
        level: standing.level,
        level_name: crate::p2p::level_name(session.lang, standing.level),
        missing: standing
            .missing
            .iter()
            .map(|(d, list)| (crate::p2p::dimension_name(session.lang, *d), list.len()))
            .collect(),
        layout: Layout::new(session, view.team.name.clone(), "teams"),
        can_edit: view.can_edit,
        team: view.team,
        groups,
        people_count,
        roles: TeamRole::ALL
            .iter()
            .map(|r| (r.code(), role_message(*r)))
            .collect(),
        add,
        flash,
    };
    Ok((page, has_errors))
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Query(flash): Query<FlashQuery>,
) -> AppResult<Response> {
    let (page, _) = team_page(
        &state,
        &session,
        &user,
        team_id,
        AddForm::default(),
        flash_message(session.lang, &flash.done),
    )
    .await?;
    render(&page)
}

pub async fn add_to_roster(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Form(mut form): Form<AddForm>,
) -> AppResult<Response> {
    match roster::add(
        &state,
        &user,
        team_id,
        PersonRef::Email(&form.person),
        &form.role,
    )
    .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/teams/{team_id}?done=added#roster")).into_response()),
        Err(AddError::Invalid(errors)) => {
            form.errors = FormErrors::new(session.lang, &errors);
            let (page, _) = team_page(&state, &session, &user, team_id, form, None).await?;
            render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(AddError::Other(e)) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage {
    layout: Layout,
    heading: String,
    message: String,
    action: String,
    confirm_label: String,
    cancel_href: String,
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    confirm: String,
}

pub async fn remove_from_roster(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((team_id, entry_id)): Path<(i64, i64)>,
    Form(form): Form<ConfirmForm>,
) -> AppResult<Response> {
    match roster::remove(&state, &user, team_id, entry_id, form.confirm == "yes").await? {
        Removal::Removed => {
            Ok(Redirect::to(&format!("/teams/{team_id}?done=removed#roster")).into_response())
        }
        Removal::NeedsConfirmation(last) => render(&ConfirmPage {
            layout: Layout::titled(&session, "confirm-last-co-lead-title", "teams"),
            heading: i18n::message(session.lang, "confirm-last-co-lead-heading", &[]),
            message: i18n::render(session.lang, &last.message()),
            action: format!("/teams/{team_id}/roster/{entry_id}/remove"),
            confirm_label: i18n::message(session.lang, "confirm-last-co-lead-button", &[]),
            cancel_href: format!("/teams/{team_id}#roster"),
        }),
    }
}

struct CharterField {
    name: &'static str,
    label: &'static str,
    value: String,
    multiline: bool,
}

#[derive(Template)]
#[template(path = "charter.html")]
struct CharterPage {
    layout: Layout,
    team_id: i64,
    team_name: String,
    fields: Vec<CharterField>,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
pub struct CharterForm {
    #[serde(default)]
    description: String,
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    meeting_cadence: String,
    #[serde(default)]
    ground_rules: String,
    #[serde(default)]
    decision_rules: String,
    #[serde(default)]
    quorum: String,
}

impl CharterForm {
    fn from_team(team: &Team) -> CharterForm {
        CharterForm {
            description: team.description.clone(),
            purpose: team.purpose.clone(),
            meeting_cadence: team.meeting_cadence.clone(),
            ground_rules: team.ground_rules.clone(),
            decision_rules: team.decision_rules.clone(),
            quorum: if team.quorum == 0 {
                String::new()
            } else {
                team.quorum.to_string()
            },
        }
    }

    fn fields(self) -> Vec<CharterField> {
        let field = |name, label, value, multiline| CharterField {
            name,
            label,
            value,
            multiline,
        };
        vec![
            field(
                "description",
                "team-field-description",
                self.description,
                false,
            ),
            field("purpose", "team-purpose", self.purpose, true),
            field(
                "meeting_cadence",
                "team-meeting-cadence",
                self.meeting_cadence,
                false,
            ),
            field("ground_rules", "team-ground-rules", self.ground_rules, true),
            field(
                "decision_rules",
                "team-decision-rules",
                self.decision_rules,
                true,
            ),
            field("quorum", "team-field-quorum", self.quorum, false),
        ]
    }
}

/// Checks a charter submission; shared with the API.
pub fn validate_charter(
    description: &str,
    purpose: &str,
    meeting_cadence: &str,
    ground_rules: &str,
    decision_rules: &str,
    quorum: &str,
) -> Result<CharterInput, FieldErrors> {
    use lmp_domain::validation::optional_text;
    let mut errors = FieldErrors::new();
    let input = CharterInput {
        description: optional_text(
            &mut errors,
            "description",
            "team-charter-field-description",
            description,
            300,
        ),
        purpose: optional_text(
            &mut errors,
            "purpose",
            "team-charter-field-purpose",
            purpose,
            4000,
        ),
        meeting_cadence: optional_text(
            &mut errors,
            "meeting_cadence",
            "team-charter-field-meeting-cadence",
            meeting_cadence,
            200,
        ),
        ground_rules: optional_text(
            &mut errors,
            "ground_rules",
            "team-charter-field-ground-rules",
            ground_rules,
            4000,
        ),
        decision_rules: optional_text(
            &mut errors,
            "decision_rules",
            "team-charter-field-decision-rules",
            decision_rules,
            4000,
        ),
        quorum: match quorum.trim() {
            "" => 0,
            text => match text.parse::<i64>() {
                Ok(n) if (0..=500).contains(&n) => n,
                _ => {
                    errors.add("quorum", "team-error-quorum");
                    0
                }
            },
        },
    };
    errors.into_result().map(|_| input)
}

pub async fn edit_charter(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
) -> AppResult<Response> {
    let view = authz::edit_team(&state, &user, team_id).await?;
    render(&CharterPage {
        layout: Layout::new(
            &session,
            i18n::message(
                session.lang,
                "team-charter-title",
                &[("name", Arg::Text(&view.team.name))],
            ),
            "teams",
        ),
        team_id,
        team_name: view.team.name.clone(),
        fields: CharterForm::from_team(&view.team).fields(),
        errors: FormErrors::none(),
    })
}

pub async fn save_charter(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
    Form(form): Form<CharterForm>,
) -> AppResult<Response> {
    let view = authz::edit_team(&state, &user, team_id).await?;
    match validate_charter(
        &form.description,
        &form.purpose,
        &form.meeting_cadence,
        &form.ground_rules,
        &form.decision_rules,
        &form.quorum,
    ) {
        Ok(charter) => {
            state.store.update_charter(team_id, &charter).await?;
            state
                .store
                .audit_change(
                    Some(user.person.id),
                    "charter.update",
                    "team",
                    Some(team_id),
                    "",
                    Some(&lmp_store::audit::snapshot::charter_of(&view.team)),
                    Some(&lmp_store::audit::snapshot::charter(&charter)),
                )
                .await?;
            Ok(Redirect::to(&format!("/teams/{team_id}?done=charter")).into_response())
        }
        Err(errors) => render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &CharterPage {
                layout: Layout::new(
                    &session,
                    i18n::message(
                        session.lang,
                        "team-charter-title",
                        &[("name", Arg::Text(&view.team.name))],
                    ),
                    "teams",
                ),
                team_id,
                team_name: view.team.name.clone(),
                fields: form.fields(),
                errors: FormErrors::new(session.lang, &errors),
            },
        ),
    }
}
