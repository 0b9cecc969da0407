//! `/admin/import`: the HR roster import for administrators. A file is uploaded (or pasted),
//! the plan is shown (what changes, by kind, with counts and the first changes), and a confirm
//! button applies it. The confirm form carries the file itself and the plan's fingerprint: the
//! store plans again inside its transaction and applies only when the plan is the one shown;
//! otherwise the new plan is shown to confirm instead. The rules are
//! `lmp_domain::roster_import`, the transaction `lmp_store::roster_import`.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine;
use lmp_domain::roster_import::{self as rules, Options, Plan, RowError};
use lmp_domain::Msg;
use lmp_search::Kind;
use lmp_store::roster_import::Outcome;
use serde::Deserialize;

use super::{render, render_with};
use crate::auth::{CurrentUser, Session};
use crate::authz;
use crate::error::{AppError, AppResult};
use crate::extract::{Query, TextForm};
use crate::i18n::{self, Arg, Lang};
use crate::state::AppState;
use crate::views::Layout;

/// The largest file taken here; larger exports go through `lmp import people`.
const MAX_BYTES: usize = 512 * 1024;
/// How many changes of each kind the page lists.
const SHOWN: usize = 100;
/// How many bad lines the page lists.
const ERRORS_SHOWN: usize = 200;
/// Up to this many changed people are brought up to date in search at once.
const SEARCH_REFRESH_MAX: usize = 200;

struct Section {
    /// Catalogue id.
    title: &'static str,
    count: usize,
    items: Vec<String>,
    more: usize,
}

struct PlanView {
    summary: String,
    /// "12 people on 14 lines", in the reader's language.
    people_lines: String,
    empty: bool,
    sections: Vec<Section>,
    notes: Vec<String>,
    fingerprint: String,
    /// The file, base64-encoded, so the confirm form sends back exactly what was planned.
    content: String,
}

#[derive(Template)]
#[template(path = "admin_import.html")]
struct ImportPage {
    layout: Layout,
    flash: Option<String>,
    error_intro: String,
    errors: Vec<String>,
    errors_more: usize,
    /// What was pasted, kept when the page comes back.
    pasted: String,
    full: bool,
    /// The hub changed between the plan shown and the confirmation.
    changed: bool,
    plan: Option<PlanView>,
}

impl ImportPage {
    fn new(session: &Session) -> ImportPage {
        ImportPage {
            layout: Layout::titled(session, "admin-import-title", "admin"),
            flash: None,
            error_intro: String::new(),
            errors: Vec::new(),
            errors_more: 0,
            pasted: String::new(),
            full: false,
            changed: false,
            plan: None,
        }
    }
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

pub async fn show(
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(query): Query<DoneQuery>,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let mut page = ImportPage::new(&session);
    if !query.done.is_empty() {
        page.flash = Some(i18n::message(
            session.lang,
            "admin-import-done",
            &[("name", Arg::Text(&query.done))],
        ));
    }
    render(&page)
}

fn number(n: usize) -> Arg<'static> {
    Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
}

fn section(title: &'static str, items: Vec<String>) -> Section {
    let count = items.len();
    Section {
        title,
        count,
        more: count.saturating_sub(SHOWN),
        items: items.into_iter().take(SHOWN).collect(),
    }
}

fn plan_view(lang: Lang, plan: &Plan, text: &str) -> PlanView {
    let on_line = |what: String, line: usize| {
        i18n::message(
            lang,
            "admin-import-line",
            &[("name", Arg::Text(&what)), ("count", number(line))],
        )
    };
    let sections = vec![
        section(
            "admin-import-section-add",
            plan.add
                .iter()
                .map(|p| {
                    let summary = i18n::render(lang, &p.summary);
                    on_line(format!("{} — {summary}", p.email), p.line)
                })
                .collect(),
        ),
        section(
            "admin-import-section-update",
            plan.update
                .iter()
                .map(|p| {
                    let changes: Vec<String> = p
                        .changes
                        .iter()
                        .map(|c| i18n::render(lang, &c.msg()))
                        .collect();
                    on_line(format!("{} — {}", p.email, changes.join("; ")), p.line)
                })
                .collect(),
        ),
        section(
            "admin-import-section-departures",
            plan.departures
                .iter()
                .map(|p| format!("{} — {}", p.email, p.name))
                .collect(),
        ),
        section(
            "admin-import-section-roles-added",
            plan.roles_added
                .iter()
                .map(|r| i18n::render(lang, &r.msg()))
                .collect(),
        ),
        section(
            "admin-import-section-roles-ended",
            plan.roles_ended
                .iter()
                .map(|r| i18n::render(lang, &r.msg()))
                .collect(),
        ),
    ]
    .into_iter()
    .filter(|s| s.count > 0)
    .collect();
    PlanView {
        summary: i18n::render(lang, &plan.summary_msg()),
        people_lines: i18n::message(
            lang,
            "admin-import-people-lines",
            &[
                ("people", number(plan.people_in_file)),
                ("lines", number(plan.lines)),
            ],
        ),
        empty: plan.is_empty(),
        sections,
        notes: plan.notes.iter().map(|n| i18n::render(lang, n)).collect(),
        fingerprint: plan.fingerprint(),
        content: base64::engine::general_purpose::STANDARD.encode(text),
    }
}

fn with_errors(mut page: ImportPage, errors: &[RowError]) -> AppResult<Response> {
    let lang = page.layout.lang;
    page.error_intro = i18n::message(
        lang,
        "admin-import-bad-lines",
        &[("count", number(errors.len()))],
    );
    page.errors = errors
        .iter()
        .take(ERRORS_SHOWN)
        .map(|e| i18n::render(lang, &e.msg()))
        .collect();
    page.errors_more = errors.len().saturating_sub(ERRORS_SHOWN);
    render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// The upload (`step` empty or `preview`): shows the plan. The confirmation (`step=apply`):
/// applies it when it is still the plan shown.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    fields: TextForm,
) -> AppResult<Response> {
    authz::administer(&user)?;
    let applying = fields.get("step") == "apply";
    let mut page = ImportPage::new(&session);
    page.full = fields.get("full") == "1";
    let text = if applying {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(fields.get("content").trim())
            .map_err(|_| AppError::BadRequest(Msg::new("admin-import-refuse-no-file")))?;
        String::from_utf8(bytes)
            .map_err(|_| AppError::BadRequest(Msg::new("admin-import-refuse-no-file")))?
    } else if fields.get("file").is_empty() {
        page.pasted = fields.get("csv").to_string();
        fields.get("csv").to_string()
    } else {
        fields.get("file").to_string()
    };
    if text.len() > MAX_BYTES {
        page.error_intro = i18n::message(session.lang, "admin-import-too-large", &[]);
        page.pasted.clear();
        return render_with(StatusCode::PAYLOAD_TOO_LARGE, &page);
    }
    if text.trim().is_empty() {
        page.error_intro = i18n::message(session.lang, "admin-import-nothing", &[]);
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let parsed = rules::parse(&text);
    let options = Options { full: page.full };
    if !applying {
        return match state.store.plan_roster_import(&parsed, options).await? {
            Ok(plan) => {
                page.plan = Some(plan_view(session.lang, &plan, &text));
                render(&page)
            }
            Err(errors) => with_errors(page, &errors),
        };
    }
    let expected = fields.get("fingerprint").to_string();
    let outcome = state
        .store
        .apply_roster_import(
            &parsed,
            options,
            Some(&expected),
            Some(user.person.id),
            &|_, _| {},
        )
        .await?;
    match outcome {
        Outcome::Applied(plan, people) => {
            metrics::counter!("lmp_roster_imports_total").increment(1);
            if people.len() <= SEARCH_REFRESH_MAX {
                for id in people {
                    crate::search::refresh(&state.store, &state.search, Kind::Person, id).await;
                }
            } else {
                tracing::info!(
                    "roster import changed {} people; run `lmp reindex` to bring search up to date",
                    people.len()
                );
            }
            let done = i18n::render(session.lang, &plan.done_msg());
            let query = serde_urlencoded::to_string([("done", done.as_str())])
                .map_err(|e| AppError::Internal(e.to_string()))?;
            Ok(Redirect::to(&format!("/admin/import?{query}")).into_response())
        }
        Outcome::Changed(plan) => {
            page.changed = true;
            page.plan = Some(plan_view(session.lang, &plan, &text));
            render_with(StatusCode::CONFLICT, &page)
        }
        Outcome::Invalid(errors) => with_errors(page, &errors),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use lmp_domain::roster_import::{Current, CurrentPerson, CurrentRole, Named, Org};
    use lmp_domain::{Side, TeamRole};

    use super::*;

    fn named(id: i64, parent_id: i64, name: &str) -> Named {
        Named {
            id,
            parent_id,
            name: name.into(),
        }
    }

    /// One facility with one department and team, one local, and Ana, its labor co-lead.
    fn hub() -> Current {
        let mut co_leads = HashMap::new();
        co_leads.insert((100, Side::Labor), 1);
        Current {
            org: Org {
                facilities: vec![named(1, 1, "North Hospital")],
                departments: vec![named(10, 1, "Pharmacy")],
                teams: vec![named(100, 10, "Pills Team")],
                locals: vec![named(7, 1, "Local 39")],
            },
            people: vec![CurrentPerson {
                id: 1,
                email: "ana@example.org".into(),
                name: "Ana Diaz".into(),
                side: Side::Labor,
                local_id: Some(7),
                job_title: "Pharmacist".into(),
                facility_id: Some(1),
                active: true,
                has_site_role: false,
            }],
            roles: vec![CurrentRole {
                person_id: 1,
                team_id: 100,
                role: TeamRole::CoLead(Side::Labor),
            }],
            co_leads,
        }
    }

    fn plan_of(text: &str) -> Result<Plan, Vec<RowError>> {
        rules::plan(&rules::parse(text), &hub(), Options::default())
    }

    /// The command line and `/admin/import` print these words; tests and people rely on them.
    #[test]
    fn the_english_of_problems_is_as_it_was() {
        let errors = plan_of(
            "email,name,side,local,facility,department,team,role\n\
             bo@example.org,Bo Lee,management,,North Hospital,Pharmacy,Pills Team,co_lead_labor\n\
             cy@example.org,,labour,Local 39,North Hospital,Pharmacy,Day Team,\n",
        )
        .unwrap_err();
        let lines: Vec<String> = errors.iter().map(|e| i18n::english(&e.msg())).collect();
        assert_eq!(
            lines,
            vec![
                "Line 2: a labor co-lead must be on the labor side; this person is on the \
                 management side."
                    .to_string(),
                "Line 3: the name is empty; the side “labour” is not management, labor or \
                 physician."
                    .to_string(),
            ]
        );
        let errors =
            plan_of("email,name,side,local\nana@example.org,Ana Diaz,management,\n").unwrap_err();
        assert_eq!(
            i18n::english(&errors[0].msg()),
            "Line 2: a labor co-lead must be on the labor side; this person is on the \
             management side (they are labor co-lead in Pills Team; add a team column to end \
             that role)."
        );
        let spanish = i18n::render(Lang::Es, &errors[0].msg());
        assert!(
            spanish.starts_with("Línea 2: un colíder sindical"),
            "{spanish}"
        );
    }

    #[test]
    fn the_english_of_a_plan_is_as_it_was() {
        let plan = plan_of(
            "employee id,email,name,side,local,job title,facility,department,team,role,active\n\
             E1,ana@example.org,Ana Diaz,labor,Local 39,,North Hospital,Pharmacy,,,yes\n\
             E2,cy@example.org,Cy Park,labor,Local 39,Tech,North Hospital,Pharmacy,Pills Team,,yes\n",
        )
        .unwrap();
        let en = i18n::english;
        assert_eq!(
            en(&plan.summary_msg()),
            "1 person to add, 1 person to update, 1 team role to add, 1 team role to end"
        );
        assert_eq!(
            en(&plan.summary_msg()),
            plan.summary(),
            "the audit log's words"
        );
        assert_eq!(
            en(&plan.done_msg()),
            "1 person added, 1 person updated, 1 team role added, 1 team role ended"
        );
        assert_eq!(
            en(&plan.add[0].summary),
            "Cy Park, labor, Local 39, Tech, North Hospital"
        );
        assert_eq!(
            en(&plan.update[0].changes[0].msg()),
            "job title: Pharmacist → (none)"
        );
        assert_eq!(
            en(&plan.update[0].changes[0].msg()),
            plan.update[0].changes[0].describe()
        );
        assert_eq!(
            en(&plan.roles_added[0].msg()),
            "Cy Park (cy@example.org): Member of Pills Team (team 100)"
        );
        assert_eq!(
            en(&plan.roles_ended[0].msg()),
            "Ana Diaz (ana@example.org): Labor co-lead of Pills Team (team 100)"
        );
        let notes: Vec<String> = plan.notes.iter().map(en).collect();
        assert_eq!(
            notes,
            vec![
                "The hub does not keep these columns, so they were ignored: employee_id."
                    .to_string(),
                "Pills Team (team 100) will have no labor co-lead until someone is named."
                    .to_string(),
            ]
        );
        assert_eq!(
            i18n::render(Lang::Es, &plan.summary_msg()),
            "1 persona por agregar, 1 persona por actualizar, 1 rol de equipo por agregar, \
             1 rol de equipo por terminar"
        );
    }
}
