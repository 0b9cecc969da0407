//! Every route of the hub, in one place, and the middleware around them.

use lmp_domain::Msg;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware;
use axum::routing::{delete, get, post, put};
use axum::Router;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

use crate::error::{render_errors, AppError};
use crate::pages::media;
use crate::pages::{
    account, admin, audit, content, decisions, help, home, huddle, ibps, language, learning,
    meetings, p2p, people, practices, projects, search, signin, tasks, teams, tools,
};
use crate::state::AppState;
use crate::{api, assets, auth, headers, measures, ops};

/// The largest request body accepted (forms and JSON). Uploads, when they come, get their own
/// limit on their own routes.
const BODY_LIMIT: usize = 1024 * 1024;

pub fn app(state: AppState) -> Router {
    let pages = Router::new()
        .route("/", get(home::show))
        .route("/signin", get(signin::show).post(signin::submit))
        .route("/signout", post(signin::sign_out))
        .route("/auth/oidc/start", get(crate::pages::sso::start))
        .route("/auth/oidc/callback", get(crate::pages::sso::callback))
        .route("/language", post(language::choose))
        .route("/help", get(help::show))
        .route("/teams", get(teams::directory))
        .route("/teams/{id}", get(teams::show))
        .route("/teams/{id}/roster", post(teams::add_to_roster))
        .route(
            "/teams/{id}/roster/{entry}/remove",
            post(teams::remove_from_roster),
        )
        .route(
            "/teams/{id}/charter",
            get(teams::edit_charter).post(teams::save_charter),
        )
        .route("/teams/{id}/export", get(crate::pages::team_export::page))
        .route(
            "/teams/{id}/export.json",
            get(crate::pages::team_export::json),
        )
        .route(
            "/teams/{id}/export.csv",
            get(crate::pages::team_export::csv),
        )
        .route("/teams/{id}/summary", get(crate::pages::team_summary::show))
        .route("/teams/{id}/p2p", get(p2p::team_overview))
        .route("/teams/{id}/p2p/log", get(p2p::log))
        .route(
            "/teams/{id}/p2p/{month}",
            get(p2p::show_assessment).post(p2p::save_assessment),
        )
        .route("/teams/{id}/p2p/{month}/open", post(p2p::open_month))
        .route("/teams/{id}/p2p/{month}/sign-off", post(p2p::sign_off))
        .route(
            "/teams/{id}/check-ins",
            get(p2p::check_ins).post(p2p::log_check_in),
        )
        .route("/p2p/rollup", get(p2p::rollup))
        .route("/p2p/rollup.csv", get(p2p::rollup_csv))
        .route("/admin/p2p", get(p2p::admin_criteria))
        .route("/admin/p2p/years", post(p2p::admin_new_year))
        .route("/admin/p2p/criteria/new", post(p2p::admin_add_criterion))
        .route(
            "/admin/p2p/criteria/{id}",
            post(p2p::admin_update_criterion),
        )
        .route(
            "/teams/{id}/projects",
            get(projects::list).post(projects::raise_idea),
        )
        .route("/projects", get(projects::search))
        .route(
            "/teams/{id}/meetings",
            get(meetings::list).post(meetings::plan),
        )
        .route("/teams/{id}/decisions", get(decisions::team_list))
        .route("/decisions", get(decisions::shared_list))
        .route("/meetings/{id}", get(meetings::show))
        .route("/meetings/{id}/part/{part}", get(meetings::part))
        .route("/meetings/{id}/live", get(meetings::live))
        .route("/meetings/{id}/calendar.ics", get(meetings::calendar))
        .route("/meetings/{id}/start", post(meetings::start))
        .route(
            "/meetings/{id}/end",
            get(meetings::confirm_end).post(meetings::end),
        )
        .route("/meetings/{id}/agenda", post(meetings::add_item))
        .route("/meetings/{id}/attendance", post(meetings::mark_present))
        .route("/meetings/{id}/minutes", post(meetings::add_minute))
        .route("/meetings/{id}/proposals", post(decisions::create))
        .route("/agenda/{id}/move", post(meetings::move_item))
        .route("/agenda/{id}/notes", post(meetings::save_notes))
        .route("/proposals/{id}", get(decisions::show))
        .route("/proposals/{id}/stance", post(decisions::stance))
        .route("/proposals/{id}/reveal", post(decisions::reveal))
        .route("/proposals/{id}/close", post(decisions::close))
        .route("/proposals/{id}/involvement", post(decisions::involvement))
        .route("/proposals/{id}/fallback", post(decisions::fallback))
        .route("/proposals/{id}/share", post(decisions::share))
        .route("/teams/{id}/ibps", get(ibps::list).post(ibps::start))
        .route("/ibps/{id}", get(ibps::show))
        .route("/ibps/{id}/problem", post(ibps::save_problem))
        .route("/ibps/{id}/step", post(ibps::move_step))
        .route("/ibps/{id}/interests", post(ibps::add_interest))
        .route("/ibps/{id}/common", post(ibps::mark_common))
        .route("/ibps/{id}/options", post(ibps::add_option))
        .route("/ibps/{id}/option", post(ibps::set_option))
        .route("/ibps/{id}/standards", post(ibps::add_standard))
        .route("/ibps/{id}/scores", post(ibps::save_scores))
        .route("/ibps/{id}/decide", post(ibps::decide))
        .route("/ibps/{id}/actions", post(ibps::add_action))
        .route("/ibps/{id}/tasks", post(ibps::make_tasks))
        .route("/ibps/{id}/project", post(ibps::make_project))
        .route("/teams/{id}/huddle", get(huddle::board).post(huddle::add))
        .route("/huddle/{id}/close", post(huddle::close))
        .route("/huddle/{id}/escalate", post(huddle::escalate))
        .route("/huddle/{id}/answer", post(huddle::answer))
        .route("/escalations", get(huddle::escalations))
        .route("/learning", get(learning::overview))
        .route("/learning/tour", get(learning::tour))
        .route("/learning/tour/{stop}", post(learning::mark_stop))
        .route("/learning/history", get(learning::history))
        .route("/learning/courses", get(learning::courses))
        .route(
            "/learning/training",
            get(learning::my_training).post(learning::add_training),
        )
        .route(
            "/learning/training/{id}/remove",
            post(learning::remove_training),
        )
        .route(
            "/learning/training/import",
            get(learning::import_form).post(learning::import),
        )
        .route(
            "/learning/teams/{id}/training",
            get(learning::team_training),
        )
        .route("/learning/dig-deeper", get(learning::dig_deeper))
        .route("/learning/dig-deeper/{key}", post(learning::mark_action))
        .route(
            "/learning/checklists",
            get(learning::checklists).post(learning::start_checklist),
        )
        .route("/learning/checklists/{id}", get(learning::show_checklist))
        .route(
            "/learning/checklists/{id}/tick",
            post(learning::tick_checklist),
        )
        .route(
            "/learning/checklists/{id}/notes",
            post(learning::add_checklist_note),
        )
        .route(
            "/learning/reflection",
            get(learning::reflection).post(learning::submit_reflection),
        )
        .route(
            "/learning/reflection/summary",
            get(learning::reflection_summary),
        )
        .route("/search", get(search::search))
        .route("/content", get(content::library))
        .route("/content/new", get(content::new_page).post(content::create))
        .route("/content/report", get(content::report))
        .route(
            "/content/images",
            get(media::library)
                .post(media::upload)
                .layer(DefaultBodyLimit::max(media::FORM_LIMIT)),
        )
        .route("/media/{id}", get(media::show))
        .route("/media/{id}/thumb", get(media::thumb))
        .route("/content/{slug}", get(content::show))
        .route("/content/{slug}/helpful", post(content::helpful))
        .route(
            "/content/{slug}/edit",
            get(content::edit_page).post(content::update),
        )
        .route("/content/{slug}/revisions", get(content::revisions))
        .route(
            "/content/{slug}/revisions/{number}/restore",
            post(content::restore),
        )
        .route("/tasks", get(tasks::mine))
        .route("/huddle", get(crate::pages::pwa::my_huddle))
        .route("/manifest.webmanifest", get(crate::pages::pwa::manifest))
        .route("/offline", get(crate::pages::pwa::offline))
        .route("/push", get(crate::pages::push::show))
        .route("/push/key", get(crate::pages::push::key))
        .route("/push/subscriptions", post(crate::pages::push::subscribe))
        .route(
            "/push/subscriptions/delete",
            post(crate::pages::push::unsubscribe),
        )
        .route("/push/test", post(crate::pages::push::test))
        .route("/next-steps", get(crate::pages::next_steps::show))
        .route("/tasks/{id}", get(tasks::show))
        .route("/tasks/{id}/status", post(tasks::set_status))
        .route("/projects/{id}", get(projects::show))
        .route(
            "/projects/{id}/edit",
            get(projects::edit).post(projects::save),
        )
        .route("/projects/{id}/scope", post(projects::check_scope))
        .route("/projects/{id}/status", post(projects::change_status))
        .route("/projects/{id}/cycles", post(projects::create_cycle))
        .route("/projects/{id}/cycles/new", get(projects::new_cycle))
        .route(
            "/projects/{id}/cycles/{cycle}",
            get(projects::show_cycle).post(projects::save_cycle),
        )
        .route("/projects/{id}/measures", post(projects::add_measure))
        .route("/projects/{id}/tools", post(tools::create))
        .route("/projects/{id}/tools/new", get(tools::new_tool))
        .route(
            "/projects/{id}/tools/{tool}",
            get(tools::show).post(tools::save),
        )
        .route("/projects/{id}/tools/{tool}/print", get(tools::print))
        .route("/projects/{id}/tools/{tool}/delete", post(tools::delete))
        .route("/projects/{id}/tools/{tool}/items", post(tools::add_item))
        .route(
            "/projects/{id}/tools/{tool}/items/{item}",
            post(tools::save_item),
        )
        .route(
            "/projects/{id}/tools/{tool}/items/{item}/remove",
            post(tools::remove_item),
        )
        .route(
            "/projects/{id}/tools/{tool}/items/{item}/move",
            post(tools::move_item),
        )
        .route(
            "/projects/{id}/tools/{tool}/items/{item}/cycle",
            post(tools::make_cycle),
        )
        .route("/measures/{id}", get(measures::show))
        .route("/measures/{id}/points", post(measures::save_point))
        .route("/measures/{id}/import", post(measures::import))
        .route("/measures/{id}/data.csv", get(measures::data_csv))
        .route(
            "/projects/{id}/practice",
            get(practices::write_up).post(practices::submit),
        )
        .route("/practices", get(practices::library))
        .route("/practices/review", get(practices::review_queue))
        .route("/practices/{id}", get(practices::show))
        .route("/practices/{id}/review", post(practices::review))
        .route("/practices/{id}/adopt", post(practices::adopt))
        .route("/people", get(people::list))
        .route("/people/{id}", get(people::show))
        .route("/account", get(account::show))
        .route("/account/tokens", post(account::create_token))
        .route("/account/email", post(crate::pages::email_prefs::save))
        // Signed links from mails: the token is the authority (no sign-in, no CSRF token; see
        // `email::is_unsubscribe_path`).
        .route(
            "/unsubscribe/{token}",
            get(crate::pages::unsubscribe::confirm).post(crate::pages::unsubscribe::unsubscribe),
        )
        .route("/account/tokens/{id}/revoke", post(account::revoke_token))
        .route(
            "/account/calendar",
            post(crate::pages::calendar_feed::turn_on),
        )
        .route(
            "/account/calendar/off",
            post(crate::pages::calendar_feed::turn_off),
        )
        .route("/calendar/{secret}", get(crate::pages::calendar_feed::feed))
        .route("/admin", get(admin::overview))
        .route("/admin/audit", get(audit::log))
        .route(
            "/admin/import",
            get(crate::pages::roster_import::show).post(crate::pages::roster_import::submit),
        )
        .route("/admin/audit/{id}", get(audit::entry))
        .route("/admin/org", post(admin::add_to_org))
        .route("/admin/people", get(admin::people))
        .route(
            "/admin/people/new",
            get(admin::new_person).post(admin::create_person),
        )
        .route(
            "/admin/people/{id}",
            get(admin::show_person).post(admin::update_person),
        )
        .route("/admin/people/{id}/roles", post(admin::grant_role))
        .route(
            "/admin/people/{id}/roles/{grant}/revoke",
            post(admin::revoke_role),
        )
        .route("/admin/people/{id}/password", post(admin::set_password));

    let api = Router::new()
        .route("/api/v1/openapi.json", get(api::openapi_json))
        .route("/api/v1/teams", get(api::teams::list_teams))
        .route("/api/v1/teams/{id}", get(api::teams::get_team))
        .route(
            "/api/v1/teams/{id}/export",
            get(api::team_export::get_team_export),
        )
        .route(
            "/api/v1/teams/{id}/roster",
            post(api::teams::add_roster_entry),
        )
        .route(
            "/api/v1/teams/{id}/roster/{entry_id}",
            delete(api::teams::remove_roster_entry),
        )
        .route(
            "/api/v1/teams/{id}/charter",
            put(api::teams::update_charter),
        )
        .route("/api/v1/people/{id}", get(api::people::get_person))
        .route("/api/v1/me", get(api::people::get_me))
        .route("/api/v1/org", get(api::org::get_org))
        .route("/api/v1/measures/{id}/chart", get(measures::chart_json))
        .route("/api/v1/proposals/{id}", get(api::decisions::get_proposal))
        .route(
            "/api/v1/proposals/{id}/stance",
            put(api::decisions::put_stance),
        )
        .route("/api/v1/meetings/{id}", get(api::decisions::get_meeting))
        .route("/api/v1/p2p/criteria", get(api::p2p::get_criteria))
        .route("/api/v1/p2p/rollup", get(api::p2p::get_rollup))
        .route(
            "/api/v1/p2p/assessments/{id}/sign-off",
            post(api::p2p::sign_off),
        )
        .route("/api/v1/teams/{id}/p2p", get(api::p2p::get_team_p2p))
        .route(
            "/api/v1/teams/{id}/p2p/assessments",
            post(api::p2p::submit_assessment),
        );

    let sessioned = pages
        .merge(api)
        .fallback(|| async { AppError::NoSuch(Msg::new("error-no-page")) })
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::session::middleware,
        ))
        .layer(middleware::from_fn_with_state(
            crate::limits::WriteLimits::new(&state.config),
            crate::limits::writes,
        ));

    Router::new()
        .route("/healthz", get(ops::healthz))
        .route("/metrics", get(ops::metrics))
        .route("/static/{*path}", get(assets::serve))
        .route("/sw.js", get(crate::pages::pwa::service_worker))
        .merge(sessioned)
        .layer(middleware::from_fn_with_state(
            crate::limits::InFlight::new(&state.config),
            crate::limits::shed,
        ))
        .layer(middleware::from_fn(render_errors))
        .layer(middleware::from_fn(ops::record))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            headers::security_headers,
        ))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(state.config.request_timeout_secs),
        ))
        .with_state(state)
}
