//! Changing a team's roster, shared by the team page and the API so the rules are applied the
//! same way: who may change it, which side a role needs, no role held twice, and confirmation
//! before removing the last co-lead of a side.

use lmp_domain::{FieldErrors, Msg, TeamRole, ValidationError};
use lmp_store::audit::snapshot;
use lmp_store::StoreError;

use crate::auth::User;
use crate::authz;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// Who to add: by email (pages) or by id (API).
pub enum PersonRef<'a> {
    Email(&'a str),
    Id(i64),
}

/// Why an addition was refused.
pub enum AddError {
    Invalid(FieldErrors),
    Other(AppError),
}

impl From<AppError> for AddError {
    fn from(e: AppError) -> AddError {
        AddError::Other(e)
    }
}

impl From<AddError> for AppError {
    fn from(e: AddError) -> AppError {
        match e {
            AddError::Invalid(errors) => AppError::Validation(errors),
            AddError::Other(e) => e,
        }
    }
}

fn invalid(field: &str, message: Msg) -> AddError {
    AddError::Invalid(ValidationError::new(field, message).into())
}

pub async fn add(
    state: &AppState,
    user: &User,
    team_id: i64,
    person: PersonRef<'_>,
    role_code: &str,
) -> Result<i64, AddError> {
    authz::edit_team(state, user, team_id).await?;
    let mut errors = FieldErrors::new();
    let role = TeamRole::parse(role_code.trim());
    if role.is_none() {
        errors.add("role", "team-error-choose-role");
    }
    let found = match person {
        PersonRef::Email(email) => {
            let email = lmp_domain::validation::email(&mut errors, "person", email);
            if errors.get("person").is_some() {
                None
            } else {
                let found = state
                    .store
                    .person_by_email(&email)
                    .await
                    .map_err(AppError::from)?;
                if found.is_none() {
                    errors.add(
                        "person",
                        Msg::new("team-error-no-email").text("email", email.clone()),
                    );
                }
                found
            }
        }
        PersonRef::Id(id) => match state.store.person(id).await {
            Ok(p) => Some(p),
            Err(StoreError::NotFound(_)) => {
                errors.add(
                    "person_id",
                    Msg::new("team-error-no-person-id").number("id", id),
                );
                None
            }
            Err(e) => return Err(AppError::from(e).into()),
        },
    };
    errors.into_result().map_err(AddError::Invalid)?;
    let (Some(role), Some(person)) = (role, found) else {
        return Err(invalid("role", Msg::new("team-error-choose-role")));
    };
    if person.active != 1 {
        return Err(invalid(
            "person",
            Msg::new("team-error-inactive").text("name", person.name),
        ));
    }
    let side = lmp_domain::Side::parse(&person.side).ok_or_else(|| {
        AppError::Internal(format!("person {} has side {}", person.id, person.side))
    })?;
    if let Err(e) = role.check_person_side(side) {
        return Err(AddError::Invalid(e.into()));
    }
    match state.store.add_role(team_id, person.id, role).await {
        Ok(id) => {
            state
                .store
                .audit_change(
                    Some(user.person.id),
                    "roster.add",
                    "team",
                    Some(team_id),
                    &format!("{} ({}) as {}", person.name, person.id, role.code()),
                    None,
                    Some(&snapshot::roster(&person.name, person.id, role.code())),
                )
                .await
                .map_err(AppError::from)?;
            metrics::counter!("lmp_roster_changes_total", "change" => "add").increment(1);
            Ok(id)
        }
        Err(StoreError::Conflict { .. }) => Err(invalid(
            "role",
            Msg::new("team-error-role-held")
                .text("name", person.name)
                .text("role", role.code()),
        )),
        Err(e) => Err(AppError::from(e).into()),
    }
}

/// What a removal did.
pub enum Removal {
    Removed,
    /// The entry is the last co-lead of its side: ask before removing.
    NeedsConfirmation(LastCoLead),
}

/// The only co-lead of a side, about to be removed.
pub struct LastCoLead {
    pub name: String,
    pub side: lmp_domain::Side,
}

impl LastCoLead {
    /// Why to ask: "Ana Diaz is the team's only labor co-lead. Without one, …".
    pub fn message(&self) -> Msg {
        let id = match self.side {
            lmp_domain::Side::Management => "confirm-last-co-lead-management",
            lmp_domain::Side::Labor => "confirm-last-co-lead-labor",
            lmp_domain::Side::Physician => "confirm-last-co-lead-physician",
        };
        Msg::new(id).text("name", self.name.clone())
    }
}

pub async fn remove(
    state: &AppState,
    user: &User,
    team_id: i64,
    entry_id: i64,
    confirmed: bool,
) -> AppResult<Removal> {
    authz::edit_team(state, user, team_id).await?;
    let entry = state.store.roster_entry(entry_id).await?;
    if entry.team_id != team_id {
        return Err(AppError::NotFound(Msg::new("team-refuse-no-entry")));
    }
    if let Some(role @ TeamRole::CoLead(side)) = entry.team_role() {
        if !confirmed && state.store.count_role(team_id, role).await? <= 1 {
            return Ok(Removal::NeedsConfirmation(LastCoLead {
                name: entry.name,
                side,
            }));
        }
    }
    state.store.remove_role(entry_id).await?;
    state
        .store
        .audit_change(
            Some(user.person.id),
            "roster.remove",
            "team",
            Some(team_id),
            &format!("{} ({}) as {}", entry.name, entry.person_id, entry.role),
            Some(&snapshot::roster(&entry.name, entry.person_id, &entry.role)),
            None,
        )
        .await?;
    metrics::counter!("lmp_roster_changes_total", "change" => "remove").increment(1);
    Ok(Removal::Removed)
}
