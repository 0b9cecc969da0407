//! Administration: the organisation's structure, people, site roles and passwords.
//! Every handler starts with `authz::administer`.

use crate::extract::Form;
use crate::extract::{Path, Query};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::access::Scope;
use lmp_domain::validation::{email, optional_text, required_text};
use lmp_domain::{FieldErrors, Msg, PageRequest, Side, SiteRole};
use lmp_store::audit::snapshot;
use lmp_store::org::OrgTree;
use lmp_store::people::PersonInput;
use lmp_store::teams::TeamFilter;
use lmp_store::StoreError;
use serde::Deserialize;

use super::people::{people_page, PeopleQuery};
use super::{parse_id, render, render_with};
use crate::auth::{password, CurrentUser, Session};
use crate::authz;
use crate::error::{AppError, AppResult};
use crate::i18n::{self, Arg, FormErrors};
use crate::names;
use crate::state::AppState;
use crate::views::Layout;

/// The catalogue id of a parent field's label and its choices (id, name).
type ParentChoice = (&'static str, Vec<(i64, String)>);

struct OrgForm {
    kind: &'static str,
    /// Catalogue id.
    heading: &'static str,
    parent: Option<ParentChoice>,
    parent_value: String,
    parent_error: Option<String>,
    name_value: String,
    name_error: Option<String>,
}

#[derive(Template)]
#[template(path = "admin.html")]
struct AdminPage {
    layout: Layout,
    region_rows: Vec<(String, String)>,
    coalition_rows: Vec<(String, String)>,
    people_total: i64,
    team_total: i64,
    forms: Vec<OrgForm>,
    errors: FormErrors,
    flash: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct OrgSubmission {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    parent: String,
    #[serde(default)]
    name: String,
}

#[derive(Deserialize)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

fn org_forms(org: &OrgTree, submitted: &OrgSubmission, errors: &FormErrors) -> Vec<OrgForm> {
    let facility_label = |f: &lmp_store::org::Facility| f.name.clone();
    let department_choices: Vec<(i64, String)> = org
        .departments
        .iter()
        .filter_map(|d| {
            let f = org.facilities.iter().find(|f| f.id == d.facility_id)?;
            Some((d.id, format!("{} — {}", d.name, f.name)))
        })
        .collect();
    let specs: [(&'static str, &'static str, Option<ParentChoice>); 6] = [
        ("region", "admin-add-region", None),
        (
            "facility",
            "admin-add-facility",
            Some((
                "admin-region",
                org.regions.iter().map(|r| (r.id, r.name.clone())).collect(),
            )),
        ),
        (
            "department",
            "admin-add-department",
            Some((
                "admin-facility",
                org.facilities
                    .iter()
                    .map(|f| (f.id, facility_label(f)))
                    .collect(),
            )),
        ),
        ("coalition", "admin-add-coalition", None),
        (
            "local",
            "admin-add-local",
            Some((
                "admin-coalition",
                org.coalitions
                    .iter()
                    .map(|c| (c.id, c.name.clone()))
                    .collect(),
            )),
        ),
        (
            "team",
            "admin-add-team",
            Some(("admin-department", department_choices)),
        ),
    ];
    specs
        .into_iter()
        .map(|(kind, heading, parent)| {
            let mine = submitted.kind == kind;
            OrgForm {
                kind,
                heading,
                parent,
                parent_value: if mine {
                    submitted.parent.clone()
                } else {
                    String::new()
                },
                parent_error: if mine {
                    errors.get("parent").map(str::to_string)
                } else {
                    None
                },
                name_value: if mine {
                    submitted.name.clone()
                } else {
                    String::new()
                },
                name_error: if mine {
                    errors.get("name").map(str::to_string)
                } else {
                    None
                },
            }
        })
        .collect()
}

async fn admin_page(
    state: &AppState,
    session: &Session,
    submitted: &OrgSubmission,
    errors: FieldErrors,
    flash: Option<String>,
) -> AppResult<AdminPage> {
    let org = state.org().await?;
    let errors = FormErrors::new(session.lang, &errors);
    let people_total = state
        .store
        .search_people("", PageRequest::new(None, Some(1)))
        .await?
        .total;
    let team_total = state
        .store
        .team_directory(&TeamFilter::default(), PageRequest::new(None, Some(1)))
        .await?
        .total;
    Ok(AdminPage {
        layout: Layout::titled(session, "admin-title", "admin"),
        forms: org_forms(&org, submitted, &errors),
        region_rows: org
            .regions
            .iter()
            .map(|r| {
                let facilities: Vec<String> = org
                    .facilities_of(r.id)
                    .map(|f| {
                        let departments = org.departments_of(f.id).count();
                        i18n::message(
                            session.lang,
                            "admin-facility-departments",
                            &[
                                ("name", Arg::Text(&f.name)),
                                (
                                    "count",
                                    Arg::Number(i64::try_from(departments).unwrap_or(i64::MAX)),
                                ),
                            ],
                        )
                    })
                    .collect();
                (r.name.clone(), facilities.join("; "))
            })
            .collect(),
        coalition_rows: org
            .coalitions
            .iter()
            .map(|c| {
                let locals: Vec<&str> = org.locals_of(c.id).map(|l| l.name.as_str()).collect();
                (c.name.clone(), locals.join("; "))
            })
            .collect(),
        people_total,
        team_total,
        errors,
        flash,
    })
}

pub async fn overview(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(done): Query<DoneQuery>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let flash = (done.done == "org").then(|| i18n::message(session.lang, "admin-flash-added", &[]));
    render(
        &admin_page(
            &state,
            &session,
            &OrgSubmission::default(),
            FieldErrors::new(),
            flash,
        )
        .await?,
    )
}

pub async fn add_to_org(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Form(form): Form<OrgSubmission>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let mut errors = FieldErrors::new();
    let name = required_text(&mut errors, "name", "admin-field-name", &form.name, 120);
    let parent = parse_id(&form.parent);
    let needs_parent = matches!(
        form.kind.as_str(),
        "facility" | "department" | "local" | "team"
    );
    if needs_parent && parent.is_none() {
        errors.add("parent", "admin-error-parent");
    }
    let result = if errors.is_empty() {
        let parent = parent.unwrap_or(0);
        let created = match form.kind.as_str() {
            "region" => state.store.create_region(&name).await,
            "facility" => state.store.create_facility(parent, &name).await,
            "department" => state.store.create_department(parent, &name).await,
            "coalition" => state.store.create_coalition(&name).await,
            "local" => state.store.create_local(parent, &name).await,
            "team" => state.store.create_team(parent, &name, "").await,
            _ => return Err(AppError::BadRequest(Msg::new("admin-error-unknown-kind"))),
        };
        match created {
            Ok(id) => Ok(id),
            Err(StoreError::Conflict { .. }) => {
                errors.add(
                    "name",
                    Msg::new("admin-error-name-taken").text("name", name.clone()),
                );
                Err(errors)
            }
            // A parent id that does not exist breaks a foreign key.
            Err(StoreError::Database(_)) if needs_parent => {
                errors.add("parent", "admin-error-parent-gone");
                Err(errors)
            }
            Err(e) => return Err(e.into()),
        }
    } else {
        Err(errors)
    };
    match result {
        Ok(id) => {
            state.caches.org.forget();
            state
                .store
                .audit(
                    Some(user.person.id),
                    "org.create",
                    &form.kind,
                    Some(id),
                    &name,
                )
                .await?;
            if form.kind == "team" {
                Ok(Redirect::to(&format!("/teams/{id}")).into_response())
            } else {
                Ok(Redirect::to("/admin?done=org").into_response())
            }
        }
        Err(errors) => render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &admin_page(&state, &session, &form, errors, None).await?,
        ),
    }
}

pub async fn people(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<PeopleQuery>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    render(
        &people_page(
            &state,
            &session,
            query,
            "/admin/people",
            "/admin/people/",
            "admin",
        )
        .await?,
    )
}

#[derive(Deserialize, Default, Clone)]
pub struct PersonForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    side: String,
    #[serde(default)]
    local: String,
    #[serde(default)]
    job_title: String,
    #[serde(default)]
    facility: String,
}

impl PersonForm {
    fn from_person(person: lmp_store::people::Person) -> PersonForm {
        PersonForm {
            name: person.name,
            email: person.email,
            side: person.side,
            local: person.local_id.map(|i| i.to_string()).unwrap_or_default(),
            job_title: person.job_title,
            facility: person
                .facility_id
                .map(|i| i.to_string())
                .unwrap_or_default(),
        }
    }

    fn validate(&self) -> Result<PersonInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = required_text(&mut errors, "name", "admin-field-name", &self.name, 120);
        let email = email(&mut errors, "email", &self.email);
        let side = Side::parse(&self.side);
        if side.is_none() {
            errors.add("side", "admin-error-side");
        }
        let local_id = parse_id(&self.local);
        match (side, local_id) {
            (Some(Side::Labor), None) => errors.add("local", "admin-error-local-needed"),
            (Some(Side::Management | Side::Physician), Some(_)) => {
                errors.add("local", "admin-error-local-labor-only")
            }
            _ => {}
        }
        let job_title = optional_text(
            &mut errors,
            "job_title",
            "admin-field-job-title",
            &self.job_title,
            120,
        );
        errors.into_result()?;
        Ok(PersonInput {
            name,
            email,
            side: side.unwrap_or(Side::Labor),
            local_id,
            job_title,
            facility_id: parse_id(&self.facility),
        })
    }
}

#[derive(Template)]
#[template(path = "admin_person.html")]
struct PersonAdminPage {
    layout: Layout,
    person_id: Option<i64>,
    action: String,
    form: PersonForm,
    errors: FormErrors,
    flash: Option<String>,
    sides: Vec<(&'static str, String)>,
    locals: Vec<(i64, String)>,
    facilities: Vec<(i64, String)>,
    grants: Vec<(i64, String)>,
    site_role_choices: Vec<(&'static str, String)>,
    scopes: Vec<(String, String)>,
    password_min: usize,
}

async fn person_admin_page(
    state: &AppState,
    session: &Session,
    person_id: Option<i64>,
    form: PersonForm,
    errors: FieldErrors,
    flash: Option<String>,
) -> AppResult<PersonAdminPage> {
    let org = state.org().await?;
    let grants = match person_id {
        Some(id) => state
            .store
            .site_roles(id)
            .await?
            .iter()
            .map(|g| (g.id, names::site_role_grant(session.lang, g)))
            .collect(),
        None => Vec::new(),
    };
    let mut scopes: Vec<(String, String)> = org
        .regions
        .iter()
        .map(|r| (format!("region:{}", r.id), r.name.clone()))
        .collect();
    scopes.extend(
        org.facilities
            .iter()
            .map(|f| (format!("facility:{}", f.id), f.name.clone())),
    );
    Ok(PersonAdminPage {
        layout: Layout::titled(
            session,
            if person_id.is_some() {
                "admin-person-title"
            } else {
                "admin-person-add"
            },
            "admin",
        ),
        action: match person_id {
            Some(id) => format!("/admin/people/{id}"),
            None => "/admin/people/new".into(),
        },
        person_id,
        form,
        errors: FormErrors::new(session.lang, &errors),
        flash,
        sides: Side::ALL
            .iter()
            .map(|s| (s.code(), names::side(session.lang, *s)))
            .collect(),
        locals: org.locals.iter().map(|l| (l.id, l.name.clone())).collect(),
        facilities: org
            .facilities
            .iter()
            .map(|f| (f.id, f.name.clone()))
            .collect(),
        grants,
        site_role_choices: SiteRole::ALL
            .iter()
            .map(|r| (r.code(), names::site_role(session.lang, *r)))
            .collect(),
        scopes,
        password_min: password::MIN_LENGTH,
    })
}

pub async fn new_person(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    authz::administer(&user)?;
    render(
        &person_admin_page(
            &state,
            &session,
            None,
            PersonForm::default(),
            FieldErrors::new(),
            None,
        )
        .await?,
    )
}

fn email_taken(errors: &mut FieldErrors) {
    errors.add("email", "admin-error-email-taken");
}

pub async fn create_person(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Form(form): Form<PersonForm>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let errors = match form.validate() {
        Ok(input) => match state.store.create_person(&input).await {
            Ok(id) => {
                state
                    .store
                    .audit(
                        Some(user.person.id),
                        "person.create",
                        "person",
                        Some(id),
                        &input.email,
                    )
                    .await?;
                return Ok(
                    Redirect::to(&format!("/admin/people/{id}?done=created")).into_response()
                );
            }
            Err(StoreError::Conflict { .. }) => {
                let mut errors = FieldErrors::new();
                email_taken(&mut errors);
                errors
            }
            Err(e) => return Err(e.into()),
        },
        Err(errors) => errors,
    };
    render_with(
        StatusCode::UNPROCESSABLE_ENTITY,
        &person_admin_page(&state, &session, None, form, errors, None).await?,
    )
}

pub async fn show_person(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(person_id): Path<i64>,
    Query(done): Query<DoneQuery>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let person = state.store.person(person_id).await?;
    let form = PersonForm::from_person(person);
    let flash = match done.done.as_str() {
        "created" => Some("admin-flash-person-created"),
        "saved" => Some("admin-flash-person-saved"),
        "role" => Some("admin-flash-person-role"),
        "password" => Some("admin-flash-person-password"),
        _ => None,
    }
    .map(|id| i18n::message(session.lang, id, &[]));
    render(
        &person_admin_page(
            &state,
            &session,
            Some(person_id),
            form,
            FieldErrors::new(),
            flash,
        )
        .await?,
    )
}

pub async fn update_person(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(person_id): Path<i64>,
    Form(form): Form<PersonForm>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let before = state.store.person(person_id).await?;
    let errors = match form.validate() {
        Ok(input) => match state.store.update_person(person_id, &input).await {
            Ok(()) => {
                state.caches.forget_person(person_id);
                let after = state.store.person(person_id).await?;
                state
                    .store
                    .audit_change(
                        Some(user.person.id),
                        "person.update",
                        "person",
                        Some(person_id),
                        &input.email,
                        Some(&snapshot::person(&before)),
                        Some(&snapshot::person(&after)),
                    )
                    .await?;
                return Ok(
                    Redirect::to(&format!("/admin/people/{person_id}?done=saved")).into_response(),
                );
            }
            Err(StoreError::Conflict { .. }) => {
                let mut errors = FieldErrors::new();
                email_taken(&mut errors);
                errors
            }
            Err(e) => return Err(e.into()),
        },
        Err(errors) => errors,
    };
    render_with(
        StatusCode::UNPROCESSABLE_ENTITY,
        &person_admin_page(&state, &session, Some(person_id), form, errors, None).await?,
    )
}

#[derive(Deserialize)]
pub struct GrantForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    scope: String,
}

/// The catalogue id of a site role's name (`roles.ftl`), as `names::site_role` words it.
fn site_role_id(role: SiteRole) -> &'static str {
    match role {
        SiteRole::Administrator => "role-site-admin",
        SiteRole::ContentEditor => "role-site-editor",
        SiteRole::Leader => "role-site-leader",
        SiteRole::Consultant => "role-site-consultant",
    }
}

/// "region:3" / "facility:12" / "" as a scope.
fn parse_scope(value: &str) -> Option<Scope> {
    match value.split_once(':') {
        None if value.is_empty() => Some(Scope::National),
        Some(("region", id)) => parse_id(id).map(Scope::Region),
        Some(("facility", id)) => parse_id(id).map(Scope::Facility),
        _ => None,
    }
}

pub async fn grant_role(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(person_id): Path<i64>,
    Form(form): Form<GrantForm>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let person = state.store.person(person_id).await?;
    let mut errors = FieldErrors::new();
    let role = SiteRole::parse(&form.role);
    let scope = parse_scope(&form.scope);
    match (role, scope) {
        (None, _) => errors.add("role", "admin-error-choose-role"),
        (_, None) => errors.add("role", "admin-error-choose-scope"),
        (Some(role), Some(scope)) if !role.is_scoped() && scope != Scope::National => errors.add(
            "role",
            Msg::new("admin-error-role-site-wide").label("name", site_role_id(role)),
        ),
        (Some(role), Some(scope)) => {
            let held = state.store.site_roles(person_id).await?;
            match state.store.grant_site_role(person_id, role, scope).await {
                Ok(id) => {
                    state.caches.forget_person(person_id);
                    let now_held = state.store.site_roles(person_id).await?;
                    state
                        .store
                        .audit_change(
                            Some(user.person.id),
                            "site_role.grant",
                            "person",
                            Some(person_id),
                            &format!("{} ({id})", role.code()),
                            Some(&snapshot::site_roles(&held)),
                            Some(&snapshot::site_roles(&now_held)),
                        )
                        .await?;
                    return Ok(
                        Redirect::to(&format!("/admin/people/{person_id}?done=role"))
                            .into_response(),
                    );
                }
                Err(StoreError::Conflict { .. }) => errors.add("role", "admin-error-role-held"),
                Err(e) => return Err(e.into()),
            }
        }
    }
    let form = PersonForm::from_person(person);
    render_with(
        StatusCode::UNPROCESSABLE_ENTITY,
        &person_admin_page(&state, &session, Some(person_id), form, errors, None).await?,
    )
}

pub async fn revoke_role(
    State(state): State<AppState>,
    _session: Session,
    CurrentUser(user): CurrentUser,
    Path((person_id, grant_id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let grants = state.store.site_roles(person_id).await?;
    if !grants.iter().any(|g| g.id == grant_id) {
        return Err(AppError::NotFound(Msg::new("admin-error-no-such-grant")));
    }
    if person_id == user.person.id
        && grants
            .iter()
            .any(|g| g.id == grant_id && g.role == SiteRole::Administrator.code())
    {
        return Err(AppError::BadRequest(Msg::new("admin-error-own-admin")));
    }
    state.store.revoke_site_role(grant_id).await?;
    state.caches.forget_person(person_id);
    let now_held = state.store.site_roles(person_id).await?;
    state
        .store
        .audit_change(
            Some(user.person.id),
            "site_role.revoke",
            "person",
            Some(person_id),
            &grant_id.to_string(),
            Some(&snapshot::site_roles(&grants)),
            Some(&snapshot::site_roles(&now_held)),
        )
        .await?;
    Ok(Redirect::to(&format!("/admin/people/{person_id}?done=role")).into_response())
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
}

pub async fn set_password(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(person_id): Path<i64>,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let person = state.store.person(person_id).await?;
    if form.password.chars().count() < password::MIN_LENGTH {
        let mut errors = FieldErrors::new();
        errors.add(
            "password",
            Msg::new("admin-error-password-short").number("count", password::MIN_LENGTH),
        );
        let person_form = PersonForm::from_person(person);
        return render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &person_admin_page(&state, &session, Some(person_id), person_form, errors, None)
                .await?,
        );
    }
    let hash = password::hash_async(form.password).await?;
    state.store.set_password_hash(person_id, &hash).await?;
    state.store.delete_sessions_of(person_id).await?;
    state.caches.forget_person(person_id);
    let (before, after) = snapshot::secret_changed("password");
    state
        .store
        .audit_change(
            Some(user.person.id),
            "person.password",
            "person",
            Some(person_id),
            "",
            Some(&before),
            Some(&after),
        )
        .await?;
    Ok(Redirect::to(&format!("/admin/people/{person_id}?done=password")).into_response())
}
