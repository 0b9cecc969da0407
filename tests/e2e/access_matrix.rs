//! Who gets what, route by route: every route of the pages and the API, asked by every kind of
//! person, with the answer each should get. The routes are read from `router.rs` itself, so a
//! route added there without a line in the table below fails this test.
//!
//! Refused writes are sent with a valid CSRF token (so the refusal is the access check, not
//! the token) and must change nothing in the database.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use lmp_domain::access::Scope;
use lmp_domain::{Side, SiteRole, TeamRole};
use lmp_tests::{on_both_databases, HttpSession, TestApp, PASSWORD};

on_both_databases!(
    every_route_answers_every_role_as_it_should,
    hidden_results_anonymous_stances_and_reflections_leak_through_no_route,
);

// ---------------------------------------------------------------------------------------------
// Roles.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Anonymous,
    Member,
    OtherTeamMember,
    CoLead,
    Sponsor,
    LeaderInScope,
    LeaderOutOfScope,
    Editor,
    Admin,
}

pub const ROLES: [Role; 9] = [
    Role::Anonymous,
    Role::Member,
    Role::OtherTeamMember,
    Role::CoLead,
    Role::Sponsor,
    Role::LeaderInScope,
    Role::LeaderOutOfScope,
    Role::Editor,
    Role::Admin,
];

/// A set of roles, as bits.
type Who = u16;
const fn bit(role: Role) -> Who {
    1 << role as u16
}
const ANON: Who = bit(Role::Anonymous);
const MEMBER: Who = bit(Role::Member);
const OTHER: Who = bit(Role::OtherTeamMember);
const COLEAD: Who = bit(Role::CoLead);
const SPONSOR: Who = bit(Role::Sponsor);
const LEAD_IN: Who = bit(Role::LeaderInScope);
const LEAD_OUT: Who = bit(Role::LeaderOutOfScope);
const EDITOR: Who = bit(Role::Editor);
const ADMIN: Who = bit(Role::Admin);

/// Everyone, signed in or not.
const PUBLIC: Who = ANON | SIGNED;
/// Everyone signed in.
const SIGNED: Who = MEMBER | OTHER | COLEAD | SPONSOR | LEAD_IN | LEAD_OUT | EDITOR | ADMIN;
/// Those who read the showcase team: its roster, leaders whose scope covers it, administrators.
const READ: Who = MEMBER | COLEAD | SPONSOR | LEAD_IN | ADMIN;
/// People on the showcase team's roster.
const ROSTER: Who = MEMBER | COLEAD | SPONSOR;
/// The roster and administrators (adding to the huddle, problem solving, raising ideas).
const CONTRIB: Who = ROSTER | ADMIN;
/// Those who run the team: its co-leads and administrators.
const RUN: Who = COLEAD | ADMIN;
/// Those who oversee teams: leaders (any scope) and administrators.
const OVERSEE: Who = LEAD_IN | LEAD_OUT | ADMIN;
const EDITORS: Who = EDITOR | ADMIN;

// ---------------------------------------------------------------------------------------------
// The table.

#[derive(Clone, Copy)]
pub enum Body {
    None,
    Form(&'static [(&'static str, &'static str)]),
    Json(&'static str),
    /// A file-upload form: text fields, then one file (field name, file name, bytes).
    Upload(
        &'static [(&'static str, &'static str)],
        (&'static str, &'static str, &'static [u8]),
    ),
}

/// One row: a route (as written in router.rs), the address to ask with its ids filled in
/// (`{team}`, `{meeting}`… are objects made by [`Fixture`]), what to send, and who is allowed.
pub struct Case {
    pub method: &'static str,
    pub route: &'static str,
    pub url: &'static str,
    pub body: Body,
    pub allowed: Who,
    /// Signs in a fresh session for this request (signing in and out would end the shared one).
    pub fresh_session: bool,
}

const fn get(route: &'static str, url: &'static str, allowed: Who) -> Case {
    Case {
        method: "GET",
        route,
        url,
        body: Body::None,
        allowed,
        fresh_session: false,
    }
}

const fn post(
    route: &'static str,
    url: &'static str,
    form: &'static [(&'static str, &'static str)],
    allowed: Who,
) -> Case {
    Case {
        method: "POST",
        route,
        url,
        body: Body::Form(form),
        allowed,
        fresh_session: false,
    }
}

const fn json(
    method: &'static str,
    route: &'static str,
    url: &'static str,
    body: &'static str,
    allowed: Who,
) -> Case {
    Case {
        method,
        route,
        url,
        body: Body::Json(body),
        allowed,
        fresh_session: false,
    }
}

const CHARTER: &[(&str, &str)] = &[
    ("purpose", "Safe, timely care"),
    ("meeting_cadence", "Every other week"),
    ("ground_rules", "One conversation at a time"),
    ("decision_rules", "Consensus"),
    ("quorum", "3"),
];
const NO_FIELDS: &[(&str, &str)] = &[];

pub fn table() -> Vec<Case> {
    vec![
        // Outside the session layer.
        get("/healthz", "/healthz", PUBLIC),
        get("/metrics", "/metrics", PUBLIC),
        get("/static/{*path}", "/static/app.css", PUBLIC),
        get("/sw.js", "/sw.js", PUBLIC),
        // Installed on a phone.
        get("/manifest.webmanifest", "/manifest.webmanifest", PUBLIC),
        get("/offline", "/offline", PUBLIC),
        get("/huddle", "/huddle", SIGNED),
        // Notifications on this device (web push); the address is not a push service, so a
        // signed-in person gets 400 and nothing is stored.
        get("/push", "/push", SIGNED),
        get("/push/key", "/push/key", SIGNED),
        json(
            "POST",
            "/push/subscriptions",
            "/push/subscriptions",
            r#"{"endpoint":"https://evil.example/x","keys":{"p256dh":"AAAA","auth":"AAAA"}}"#,
            SIGNED,
        ),
        json(
            "POST",
            "/push/subscriptions/delete",
            "/push/subscriptions/delete",
            r#"{"endpoint":"https://evil.example/x"}"#,
            SIGNED,
        ),
        post("/push/test", "/push/test", NO_FIELDS, SIGNED),
        // Signing in and out.
        get("/", "/", SIGNED),
        get("/signin", "/signin", PUBLIC),
        Case {
            fresh_session: true,
            ..post(
                "/signin",
                "/signin",
                &[("email", "{email}"), ("password", PASSWORD)],
                PUBLIC,
            )
        },
        Case {
            fresh_session: true,
            ..post("/signout", "/signout", NO_FIELDS, PUBLIC)
        },
        // Single sign-on (not set up here: both send to the password form; oidc.rs tests it).
        get("/auth/oidc/start", "/auth/oidc/start", PUBLIC),
        get("/auth/oidc/callback", "/auth/oidc/callback", PUBLIC),
        post("/language", "/language", &[("language", "en")], PUBLIC),
        get("/help", "/help", SIGNED),
        get("/next-steps", "/next-steps", SIGNED),
        // Teams.
        get("/teams", "/teams", SIGNED),
        get("/teams/{id}", "/teams/{team}", READ),
        post(
            "/teams/{id}/roster",
            "/teams/{team}/roster",
            &[("person", "{victim_email}"), ("role", "member")],
            RUN,
        ),
        post(
            "/teams/{id}/roster/{entry}/remove",
            "/teams/{team}/roster/{fresh_entry}/remove",
            &[("confirm", "1")],
            RUN,
        ),
        get("/teams/{id}/charter", "/teams/{team}/charter", RUN),
        post("/teams/{id}/charter", "/teams/{team}/charter", CHARTER, RUN),
        // The team's records for its own use.
        get("/teams/{id}/export", "/teams/{team}/export", READ),
        get("/teams/{id}/export.json", "/teams/{team}/export.json", READ),
        get(
            "/teams/{id}/export.csv",
            "/teams/{team}/export.csv?section=stances",
            READ,
        ),
        get("/teams/{id}/summary", "/teams/{team}/summary", READ),
        // Path to Performance.
        get("/teams/{id}/p2p", "/teams/{team}/p2p", READ),
        get("/teams/{id}/p2p/log", "/teams/{team}/p2p/log", READ),
        get("/teams/{id}/p2p/{month}", "/teams/{team}/p2p/{month}", READ),
        post(
            "/teams/{id}/p2p/{month}",
            "/teams/{team}/p2p/{month}",
            NO_FIELDS,
            COLEAD,
        ),
        post(
            "/teams/{id}/p2p/{month}/open",
            "/teams/{team}/p2p/{month}/open",
            NO_FIELDS,
            COLEAD,
        ),
        post(
            "/teams/{id}/p2p/{month}/sign-off",
            "/teams/{team}/p2p/{month}/sign-off",
            &[("decision", "approve")],
            SPONSOR,
        ),
        get("/teams/{id}/check-ins", "/teams/{team}/check-ins", READ),
        post(
            "/teams/{id}/check-ins",
            "/teams/{team}/check-ins",
            &[("held_on", "2026-11-02"), ("notes", "Talked it through")],
            COLEAD | SPONSOR,
        ),
        get("/p2p/rollup", "/p2p/rollup", OVERSEE | SPONSOR),
        get("/p2p/rollup.csv", "/p2p/rollup.csv", OVERSEE | SPONSOR),
        get("/admin/p2p", "/admin/p2p", ADMIN),
        post(
            "/admin/p2p/years",
            "/admin/p2p/years",
            &[("name", "2031")],
            ADMIN,
        ),
        post(
            "/admin/p2p/criteria/new",
            "/admin/p2p/criteria/new",
            &[("text", "A new criterion")],
            ADMIN,
        ),
        post(
            "/admin/p2p/criteria/{id}",
            "/admin/p2p/criteria/{criterion}",
            &[("text", "Reworded")],
            ADMIN,
        ),
        // Projects.
        get("/teams/{id}/projects", "/teams/{team}/projects", READ),
        post(
            "/teams/{id}/projects",
            "/teams/{team}/projects",
            &[("title", "An idea"), ("description", "Why it matters")],
            CONTRIB,
        ),
        get("/projects", "/projects", SIGNED),
        get("/projects/{id}", "/projects/{project}", SIGNED),
        get("/projects/{id}", "/projects/{idea}", READ),
        get("/projects/{id}/edit", "/projects/{project}/edit", RUN),
        post(
            "/projects/{id}/edit",
            "/projects/{project}/edit",
            &[("title", "Renamed")],
            RUN,
        ),
        post(
            "/projects/{id}/scope",
            "/projects/{idea}/scope",
            &[("topic", "workflow")],
            RUN,
        ),
        post(
            "/projects/{id}/status",
            "/projects/{idea}/status",
            &[("status", "stopped")],
            RUN,
        ),
        post(
            "/projects/{id}/cycles",
            "/projects/{project}/cycles",
            &[("change_idea", "Try it")],
            RUN,
        ),
        get(
            "/projects/{id}/cycles/new",
            "/projects/{project}/cycles/new",
            RUN,
        ),
        get(
            "/projects/{id}/cycles/{cycle}",
            "/projects/{project}/cycles/{cycle}",
            SIGNED,
        ),
        post(
            "/projects/{id}/cycles/{cycle}",
            "/projects/{project}/cycles/{cycle}",
            &[("change_idea", "Try it again")],
            RUN,
        ),
        post(
            "/projects/{id}/measures",
            "/projects/{project}/measures",
            &[("name", "Minutes waited")],
            RUN,
        ),
        // Tools.
        post(
            "/projects/{id}/tools",
            "/projects/{project}/tools",
            &[("kind", "fishbone"), ("title", "Why the wait")],
            RUN,
        ),
        get(
            "/projects/{id}/tools/new",
            "/projects/{project}/tools/new",
            RUN,
        ),
        get(
            "/projects/{id}/tools/{tool}",
            "/projects/{project}/tools/{tool}",
            SIGNED,
        ),
        post(
            "/projects/{id}/tools/{tool}",
            "/projects/{project}/tools/{tool}",
            &[("title", "Renamed tool")],
            RUN,
        ),
        get(
            "/projects/{id}/tools/{tool}/print",
            "/projects/{project}/tools/{tool}/print",
            SIGNED,
        ),
        post(
            "/projects/{id}/tools/{tool}/delete",
            "/projects/{project}/tools/{fresh_tool}/delete",
            NO_FIELDS,
            RUN,
        ),
        post(
            "/projects/{id}/tools/{tool}/items",
            "/projects/{project}/tools/{tool}/items",
            &[("kind", "cause"), ("text", "Too few chairs")],
            RUN,
        ),
        post(
            "/projects/{id}/tools/{tool}/items/{item}",
            "/projects/{project}/tools/{tool}/items/{tool_item}",
            &[("text", "Too few chairs at noon")],
            RUN,
        ),
        post(
            "/projects/{id}/tools/{tool}/items/{item}/remove",
            "/projects/{project}/tools/{tool}/items/{fresh_tool_item}/remove",
            NO_FIELDS,
            RUN,
        ),
        post(
            "/projects/{id}/tools/{tool}/items/{item}/move",
            "/projects/{project}/tools/{tool}/items/{tool_item}/move",
            &[("direction", "up")],
            RUN,
        ),
        post(
            "/projects/{id}/tools/{tool}/items/{item}/cycle",
            "/projects/{project}/tools/{tool}/items/{tool_item}/cycle",
            NO_FIELDS,
            RUN,
        ),
        // Measures.
        get("/measures/{id}", "/measures/{measure}", SIGNED),
        post(
            "/measures/{id}/points",
            "/measures/{measure}/points",
            &[("period", "2026-11-02"), ("value", "4")],
            RUN,
        ),
        post(
            "/measures/{id}/import",
            "/measures/{measure}/import",
            &[("csv", "period,value\n2026-11-09,5\n")],
            RUN,
        ),
        get(
            "/measures/{id}/data.csv",
            "/measures/{measure}/data.csv",
            SIGNED,
        ),
        // Practices.
        get(
            "/projects/{id}/practice",
            "/projects/{project}/practice",
            RUN,
        ),
        post(
            "/projects/{id}/practice",
            "/projects/{project}/practice",
            &[("title", "A practice")],
            RUN,
        ),
        get("/practices", "/practices", SIGNED),
        get("/practices/review", "/practices/review", EDITORS),
        get("/practices/{id}", "/practices/{practice}", SIGNED),
        post(
            "/practices/{id}/review",
            "/practices/{submitted_practice}/review",
            &[
                ("decision", "return"),
                ("note", "Say more about the results"),
            ],
            EDITORS,
        ),
        post(
            "/practices/{id}/adopt",
            "/practices/{practice}/adopt",
            &[("team", "{team}")],
            RUN,
        ),
        // Meetings.
        get("/teams/{id}/meetings", "/teams/{team}/meetings", READ),
        post(
            "/teams/{id}/meetings",
            "/teams/{team}/meetings",
            &[
                ("template", "team_meeting"),
                ("title", "Planned by the matrix"),
                ("date", "2026-12-03"),
                ("time", "14:30"),
                ("location", "Room 4B"),
            ],
            RUN,
        ),
        get("/teams/{id}/decisions", "/teams/{team}/decisions", READ),
        get("/decisions", "/decisions", SIGNED),
        get("/meetings/{id}", "/meetings/{meeting}", READ),
        get(
            "/meetings/{id}/part/{part}",
            "/meetings/{meeting}/part/agenda",
            READ,
        ),
        get("/meetings/{id}/live", "/meetings/{meeting}/live", READ),
        get(
            "/meetings/{id}/calendar.ics",
            "/meetings/{meeting}/calendar.ics",
            READ,
        ),
        post(
            "/meetings/{id}/start",
            "/meetings/{fresh_planned_meeting}/start",
            NO_FIELDS,
            RUN,
        ),
        get("/meetings/{id}/end", "/meetings/{meeting}/end", RUN),
        post(
            "/meetings/{id}/end",
            "/meetings/{fresh_running_meeting}/end",
            NO_FIELDS,
            RUN,
        ),
        post(
            "/meetings/{id}/agenda",
            "/meetings/{meeting}/agenda",
            &[("title", "Added"), ("kind", "discussion"), ("minutes", "5")],
            RUN,
        ),
        post(
            "/meetings/{id}/attendance",
            "/meetings/{meeting}/attendance",
            &[("person", "{member_id}"), ("present", "1")],
            RUN,
        ),
        post(
            "/meetings/{id}/minutes",
            "/meetings/{meeting}/minutes",
            &[("kind", "note"), ("text", "Noted")],
            RUN,
        ),
        post(
            "/meetings/{id}/proposals",
            "/meetings/{meeting}/proposals",
            &[
                ("title", "A proposal"),
                ("background", "Why"),
                ("decider", "management"),
            ],
            RUN,
        ),
        post(
            "/agenda/{id}/move",
            "/agenda/{agenda_item}/move",
            &[("direction", "down")],
            RUN,
        ),
        post(
            "/agenda/{id}/notes",
            "/agenda/{agenda_item}/notes",
            &[("notes", "Some notes")],
            RUN,
        ),
        // Decisions.
        get("/proposals/{id}", "/proposals/{proposal}", READ),
        post(
            "/proposals/{id}/stance",
            "/proposals/{proposal}/stance",
            &[("stance", "support"), ("reason", "Fine by me")],
            ROSTER,
        ),
        post(
            "/proposals/{id}/reveal",
            "/proposals/{fresh_proposal}/reveal",
            NO_FIELDS,
            RUN,
        ),
        post(
            "/proposals/{id}/close",
            "/proposals/{fresh_proposal}/close",
            &[("outcome", "consensus"), ("outcome_text", "Agreed")],
            RUN,
        ),
        post(
            "/proposals/{id}/involvement",
            "/proposals/{fresh_proposal}/involvement",
            &[("side", "labor"), ("degree", "consult")],
            COLEAD | SPONSOR,
        ),
        post(
            "/proposals/{id}/fallback",
            "/proposals/{fresh_failed_proposal}/fallback",
            &[("text", "Management decides")],
            SPONSOR,
        ),
        post(
            "/proposals/{id}/share",
            "/proposals/{fresh_proposal}/share",
            &[("shared", "1")],
            RUN,
        ),
        // Interest-based problem solving.
        get("/teams/{id}/ibps", "/teams/{team}/ibps", READ),
        post(
            "/teams/{id}/ibps",
            "/teams/{team}/ibps",
            &[("problem", "How might we share the late shifts fairly?")],
            CONTRIB,
        ),
        get("/ibps/{id}", "/ibps/{ibps}", READ),
        post(
            "/ibps/{id}/problem",
            "/ibps/{ibps}/problem",
            &[("problem", "How might we share weekends fairly?")],
            CONTRIB,
        ),
        post(
            "/ibps/{id}/step",
            "/ibps/{ibps}/step",
            &[("step", "2")],
            RUN,
        ),
        post(
            "/ibps/{id}/interests",
            "/ibps/{ibps}/interests",
            &[("side", "labor"), ("text", "Predictable weekends")],
            CONTRIB,
        ),
        post(
            "/ibps/{id}/common",
            "/ibps/{ibps}/common",
            &[("item", "{interest}"), ("value", "1")],
            CONTRIB,
        ),
        post(
            "/ibps/{id}/options",
            "/ibps/{ibps}/options",
            &[("text", "A rota")],
            CONTRIB,
        ),
        post(
            "/ibps/{id}/option",
            "/ibps/{ibps}/option",
            &[("item", "{option}"), ("value", "shortlisted")],
            RUN,
        ),
        post(
            "/ibps/{id}/standards",
            "/ibps/{ibps}/standards",
            &[("text", "Fair to all")],
            CONTRIB,
        ),
        post(
            "/ibps/{id}/scores",
            "/ibps/{ibps}/scores",
            NO_FIELDS,
            CONTRIB,
        ),
        post(
            "/ibps/{id}/decide",
            "/ibps/{ibps}/decide",
            &[("option", "0")],
            RUN,
        ),
        post(
            "/ibps/{id}/actions",
            "/ibps/{ibps}/actions",
            &[("text", "Draft the rota")],
            RUN,
        ),
        post("/ibps/{id}/tasks", "/ibps/{ibps}/tasks", NO_FIELDS, RUN),
        post("/ibps/{id}/project", "/ibps/{ibps}/project", NO_FIELDS, RUN),
        // Huddle.
        get("/teams/{id}/huddle", "/teams/{team}/huddle", READ),
        post(
            "/teams/{id}/huddle",
            "/teams/{team}/huddle",
            &[("category", "issue"), ("text", "The printer jams")],
            CONTRIB,
        ),
        post(
            "/huddle/{id}/close",
            "/huddle/{huddle_item}/close",
            &[("closed", "1")],
            CONTRIB,
        ),
        post(
            "/huddle/{id}/escalate",
            "/huddle/{huddle_item}/escalate",
            &[
                ("target", "sponsor"),
                ("question", "Can we get a new printer?"),
                ("answer_by", "2027-01-15"),
            ],
            RUN,
        ),
        post(
            "/huddle/{id}/answer",
            "/huddle/{fresh_escalated_item}/answer",
            &[("answer", "Yes, ordered")],
            SPONSOR | ADMIN,
        ),
        get("/escalations", "/escalations", OVERSEE),
        // Learning.
        get("/learning", "/learning", SIGNED),
        get("/learning/tour", "/learning/tour", SIGNED),
        post(
            "/learning/tour/{stop}",
            "/learning/tour/{stop}",
            &[("done", "1")],
            SIGNED,
        ),
        get("/learning/history", "/learning/history", SIGNED),
        get("/learning/courses", "/learning/courses", SIGNED),
        get("/learning/training", "/learning/training", SIGNED),
        post(
            "/learning/training",
            "/learning/training",
            &[
                ("course", "course-co-lead-workshop"),
                ("completed_on", "2026-10-01"),
            ],
            SIGNED,
        ),
        post(
            "/learning/training/{id}/remove",
            "/learning/training/{fresh_training}/remove",
            NO_FIELDS,
            MEMBER,
        ),
        get(
            "/learning/training/import",
            "/learning/training/import",
            ADMIN,
        ),
        post(
            "/learning/training/import",
            "/learning/training/import",
            &[("csv", "email,course,completed_on\n")],
            ADMIN,
        ),
        get(
            "/learning/teams/{id}/training",
            "/learning/teams/{team}/training",
            RUN,
        ),
        get("/learning/dig-deeper", "/learning/dig-deeper", SIGNED),
        post(
            "/learning/dig-deeper/{key}",
            "/learning/dig-deeper/{dig_key}",
            &[("done", "1")],
            SIGNED,
        ),
        get("/learning/checklists", "/learning/checklists", SIGNED),
        post(
            "/learning/checklists",
            "/learning/checklists",
            &[("partner", "{victim_email}")],
            SIGNED,
        ),
        get(
            "/learning/checklists/{id}",
            "/learning/checklists/{checklist}",
            COLEAD | MEMBER | ADMIN,
        ),
        post(
            "/learning/checklists/{id}/tick",
            "/learning/checklists/{checklist}/tick",
            &[("item", "1.1"), ("done", "1")],
            COLEAD | MEMBER,
        ),
        post(
            "/learning/checklists/{id}/notes",
            "/learning/checklists/{checklist}/notes",
            &[("principle", "1"), ("text", "We talked")],
            COLEAD | MEMBER,
        ),
        get("/learning/reflection", "/learning/reflection", SIGNED),
        post(
            "/learning/reflection",
            "/learning/reflection",
            &[
                ("p1", "always"),
                ("p2", "always"),
                ("p3", "always"),
                ("p4", "always"),
                ("p5", "always"),
                ("p6", "always"),
                ("p7", "always"),
            ],
            SIGNED,
        ),
        get(
            "/learning/reflection/summary",
            "/learning/reflection/summary?team={team}",
            RUN | LEAD_IN,
        ),
        // Search and content.
        get("/search", "/search?q=partnership", SIGNED),
        get("/content", "/content", SIGNED),
        get("/content/new", "/content/new", EDITORS),
        post(
            "/content/new",
            "/content/new",
            &[("title", "A new page"), ("kind", "article")],
            EDITORS,
        ),
        get("/content/report", "/content/report", EDITORS),
        get("/content/images", "/content/images", EDITORS),
        Case {
            body: Body::Upload(
                &[("alt", "A picture")],
                ("image", "picture.png", b"not really a picture"),
            ),
            ..post("/content/images", "/content/images", NO_FIELDS, EDITORS)
        },
        // An image on no published page is for editors only.
        get("/media/{id}", "/media/{image}", EDITORS),
        get("/media/{id}/thumb", "/media/{image}/thumb", EDITORS),
        get("/content/{slug}", "/content/{slug}", SIGNED),
        post(
            "/content/{slug}/helpful",
            "/content/{slug}/helpful",
            &[("helpful", "1")],
            SIGNED,
        ),
        get("/content/{slug}/edit", "/content/{slug}/edit", EDITORS),
        post(
            "/content/{slug}/edit",
            "/content/{slug}/edit",
            &[("title", "Edited")],
            EDITORS,
        ),
        get(
            "/content/{slug}/revisions",
            "/content/{slug}/revisions",
            EDITORS,
        ),
        post(
            "/content/{slug}/revisions/{number}/restore",
            "/content/{slug}/revisions/1/restore",
            NO_FIELDS,
            EDITORS,
        ),
        // Tasks.
        get("/tasks", "/tasks", SIGNED),
        get("/tasks/{id}", "/tasks/{task}", READ),
        post(
            "/tasks/{id}/status",
            "/tasks/{task}/status",
            &[("status", "doing")],
            MEMBER | RUN,
        ),
        // People and accounts.
        get("/people", "/people", SIGNED),
        get("/people/{id}", "/people/{member_id}", SIGNED),
        get("/account", "/account", SIGNED),
        post(
            "/account/tokens",
            "/account/tokens",
            &[("name", "matrix")],
            SIGNED,
        ),
        post(
            "/account/tokens/{id}/revoke",
            "/account/tokens/{fresh_member_token}/revoke",
            NO_FIELDS,
            MEMBER,
        ),
        post(
            "/account/email",
            "/account/email",
            &[("meeting", "weekly")],
            SIGNED,
        ),
        // An unsubscribe link from a mail: its signed token is the authority, so whoever
        // holds it may use it, signed in or not (and without a CSRF token: attacks.rs).
        get(
            "/unsubscribe/{token}",
            "/unsubscribe/{unsubscribe_token}",
            PUBLIC,
        ),
        post(
            "/unsubscribe/{token}",
            "/unsubscribe/{unsubscribe_token}",
            &[("List-Unsubscribe", "One-Click")],
            PUBLIC,
        ),
        // A calendar feed is read by whoever holds its secret address (calendar apps send no
        // cookie); the fixture's feed belongs to someone no row below resets.
        get(
            "/calendar/{secret}",
            "/calendar/{calendar_secret}.ics",
            PUBLIC,
        ),
        post("/account/calendar", "/account/calendar", NO_FIELDS, SIGNED),
        post(
            "/account/calendar/off",
            "/account/calendar/off",
            NO_FIELDS,
            SIGNED,
        ),
        // Administration.
        get("/admin", "/admin", ADMIN),
        get("/admin/audit", "/admin/audit", ADMIN),
        get("/admin/audit/{id}", "/admin/audit/{audit_entry}", ADMIN),
        get("/admin/import", "/admin/import", ADMIN),
        post(
            "/admin/import",
            "/admin/import",
            &[("csv", "email,team,role\n")],
            ADMIN,
        ),
        post(
            "/admin/org",
            "/admin/org",
            &[("kind", "region"), ("name", "Matrix Region")],
            ADMIN,
        ),
        get("/admin/people", "/admin/people", ADMIN),
        get("/admin/people/new", "/admin/people/new", ADMIN),
        post(
            "/admin/people/new",
            "/admin/people/new",
            &[
                ("name", "New Person"),
                ("email", "new.person@example.org"),
                ("side", "labor"),
            ],
            ADMIN,
        ),
        get("/admin/people/{id}", "/admin/people/{victim}", ADMIN),
        post(
            "/admin/people/{id}",
            "/admin/people/{victim}",
            &[
                ("name", "Victim Person"),
                ("email", "{victim_email}"),
                ("side", "labor"),
            ],
            ADMIN,
        ),
        post(
            "/admin/people/{id}/roles",
            "/admin/people/{victim}/roles",
            &[("role", "consultant"), ("scope", "national")],
            ADMIN,
        ),
        post(
            "/admin/people/{id}/roles/{grant}/revoke",
            "/admin/people/{victim}/roles/{fresh_grant}/revoke",
            NO_FIELDS,
            ADMIN,
        ),
        post(
            "/admin/people/{id}/password",
            "/admin/people/{victim}/password",
            &[("password", "a-long-new-password-1")],
            ADMIN,
        ),
        // The API.
        get("/api/v1/openapi.json", "/api/v1/openapi.json", PUBLIC),
        get("/api/v1/teams", "/api/v1/teams", SIGNED),
        get("/api/v1/teams/{id}", "/api/v1/teams/{team}", READ),
        get(
            "/api/v1/teams/{id}/export",
            "/api/v1/teams/{team}/export",
            READ,
        ),
        json(
            "POST",
            "/api/v1/teams/{id}/roster",
            "/api/v1/teams/{team}/roster",
            r#"{"person_id": {victim}, "role": "member"}"#,
            RUN,
        ),
        json(
            "DELETE",
            "/api/v1/teams/{id}/roster/{entry_id}",
            "/api/v1/teams/{team}/roster/{fresh_entry}",
            "{}",
            RUN,
        ),
        json(
            "PUT",
            "/api/v1/teams/{id}/charter",
            "/api/v1/teams/{team}/charter",
            r#"{"purpose": "Safe care", "meeting_cadence": "Weekly", "ground_rules": "Kindness", "decision_rules": "Consensus", "quorum": 3}"#,
            RUN,
        ),
        get("/api/v1/people/{id}", "/api/v1/people/{member_id}", SIGNED),
        get("/api/v1/me", "/api/v1/me", SIGNED),
        get("/api/v1/org", "/api/v1/org", SIGNED),
        get(
            "/api/v1/measures/{id}/chart",
            "/api/v1/measures/{measure}/chart",
            SIGNED,
        ),
        get(
            "/api/v1/proposals/{id}",
            "/api/v1/proposals/{proposal}",
            READ,
        ),
        json(
            "PUT",
            "/api/v1/proposals/{id}/stance",
            "/api/v1/proposals/{proposal}/stance",
            r#"{"stance": "support", "reason": "Fine"}"#,
            ROSTER,
        ),
        get("/api/v1/meetings/{id}", "/api/v1/meetings/{meeting}", READ),
        get("/api/v1/p2p/criteria", "/api/v1/p2p/criteria", SIGNED),
        get(
            "/api/v1/p2p/rollup",
            "/api/v1/p2p/rollup",
            OVERSEE | SPONSOR,
        ),
        json(
            "POST",
            "/api/v1/p2p/assessments/{id}/sign-off",
            "/api/v1/p2p/assessments/{assessment}/sign-off",
            r#"{"decision": "approve"}"#,
            SPONSOR,
        ),
        get("/api/v1/teams/{id}/p2p", "/api/v1/teams/{team}/p2p", READ),
        json(
            "POST",
            "/api/v1/teams/{id}/p2p/assessments",
            "/api/v1/teams/{team}/p2p/assessments",
            r#"{"month": "{month}", "answers": []}"#,
            COLEAD,
        ),
    ]
}

// ---------------------------------------------------------------------------------------------
// Route discovery.

/// Every `(METHOD, path)` that `router.rs` declares with `.route(…)`.
pub fn routes_in_router() -> BTreeSet<(String, String)> {
    let source = include_str!("../../crates/web/src/router.rs");
    let text: String = source
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut routes = BTreeSet::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find(".route(") {
        rest = &rest[at + ".route(".len()..];
        // The argument list runs to the matching parenthesis.
        let mut depth = 1;
        let mut end = rest.len();
        for (i, c) in rest.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i;
                        break;
                    }
                }
                _ => {}
            }
        }
        let args = &rest[..end];
        let open = args.find('"').expect("a route path in quotes");
        let close = open
            + 1
            + args[open + 1..]
                .find('"')
                .expect("the path's closing quote");
        let path = &args[open + 1..close];
        let handlers = &args[close + 1..];
        let mut found = false;
        for (i, _) in handlers.match_indices('(') {
            let before = &handlers[..i];
            let word_start = before
                .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .map_or(0, |p| p + 1);
            let word = &before[word_start..];
            let method = match word {
                "get" => "GET",
                "post" => "POST",
                "put" => "PUT",
                "patch" => "PATCH",
                "delete" => "DELETE",
                _ => continue,
            };
            // A method router, not a handler path such as `api::get`.
            let prefix = before[..word_start].trim_end();
            if prefix.ends_with("::") {
                continue;
            }
            routes.insert((method.to_string(), path.to_string()));
            found = true;
        }
        assert!(found, "no method found for route {path}: {args}");
        rest = &rest[end..];
    }
    assert!(
        !text.contains(".nest(") && !text.contains(".route_service("),
        "router.rs nests routers or services: teach the access matrix to read them"
    );
    routes
}

fn covered(cases: &[Case]) -> BTreeSet<(String, String)> {
    cases
        .iter()
        .map(|c| (c.method.to_string(), c.route.to_string()))
        .collect()
}

/// Routes the router has and the table does not, and rows of the table for no route.
fn coverage_problems(cases: &[Case]) -> Vec<String> {
    let routes = routes_in_router();
    let table = covered(cases);
    let mut problems: Vec<String> = routes
        .difference(&table)
        .map(|(m, p)| format!("{m} {p} is in router.rs but not in the access matrix"))
        .collect();
    problems.extend(
        table
            .difference(&routes)
            .map(|(m, p)| format!("{m} {p} is in the access matrix but not in router.rs")),
    );
    problems
}

// ---------------------------------------------------------------------------------------------
// The objects the table's addresses name.

pub struct Fixture {
    pub ids: HashMap<&'static str, String>,
    pub emails: BTreeMap<Role, String>,
    pub team: i64,
    pub member: i64,
    pub colead: i64,
    pub victim: i64,
    pub project: i64,
    pub tool: i64,
    pub team_row_region: i64,
}

async fn new_person(app: &TestApp, name: &str, email: &str, side: Side) -> i64 {
    app.store
        .create_person(&lmp_store::people::PersonInput {
            name: name.into(),
            email: email.into(),
            side,
            local_id: None,
            job_title: "Tester".into(),
            facility_id: None,
        })
        .await
        .expect("create a person")
}

impl Fixture {
    pub async fn build(app: &TestApp) -> Fixture {
        let store = &app.store;
        let team = app.showcase_team().await;
        let colead = app.person_id("colead@example.org").await;
        let member = app.person_id("member@example.org").await;
        let other_team = app.team_in_another_region().await;
        let other_member = app.holder(other_team, "member").await;
        let other_region = store.team(other_team).await.unwrap().region_id;
        let team_row = store.team(team).await.unwrap();

        let editor = new_person(
            app,
            "Eddie Tor",
            "editor.matrix@example.org",
            Side::Management,
        )
        .await;
        store
            .grant_site_role(editor, SiteRole::ContentEditor, Scope::National)
            .await
            .unwrap();
        let leader_out = new_person(
            app,
            "Outa Scope",
            "leader.out@example.org",
            Side::Management,
        )
        .await;
        store
            .grant_site_role(leader_out, SiteRole::Leader, Scope::Region(other_region))
            .await
            .unwrap();
        let victim = new_person(app, "Victim Person", "victim@example.org", Side::Labor).await;

        let mut emails = BTreeMap::new();
        for (role, email) in [
            (Role::Member, "member@example.org"),
            (Role::CoLead, "colead@example.org"),
            (Role::Sponsor, "sponsor@example.org"),
            (Role::LeaderInScope, "leader@example.org"),
            (Role::Admin, "admin@example.org"),
        ] {
            emails.insert(role, email.to_string());
        }
        for (role, person) in [
            (Role::OtherTeamMember, other_member),
            (Role::Editor, editor),
            (Role::LeaderOutOfScope, leader_out),
        ] {
            // Gives them the test password.
            drop(app.sign_in_person(person).await);
            emails.insert(role, store.person(person).await.unwrap().email);
        }
        emails.insert(Role::Anonymous, "member@example.org".into());

        let now = lmp_store::now();
        let mut ids: HashMap<&'static str, String> = HashMap::new();
        let mut put = |k: &'static str, v: String| {
            ids.insert(k, v);
        };
        put("team", team.to_string());
        put("member_id", member.to_string());
        put("unsubscribe_token", {
            let key = lmp_web::email::link_key(store).await.expect("mail key");
            lmp_web::email::unsubscribe_token(
                &key,
                member,
                &[lmp_domain::notifications::NoticeKind::Meeting],
            )
        });
        put("victim", victim.to_string());
        put("victim_email", "victim@example.org".into());
        let calendar_secret = "c0ffee".repeat(10) + "c0ff";
        store
            .set_calendar_feed(victim, &calendar_secret)
            .await
            .unwrap();
        put("calendar_secret", calendar_secret);
        put(
            "month",
            lmp_domain::p2p::period::Month::from_unix(now)
                .previous()
                .code(),
        );
        let year = store.current_p2p_year().await.unwrap();
        put(
            "criterion",
            store.p2p_criteria(year.id).await.unwrap()[0].id.to_string(),
        );
        let assessment = store
            .latest_assessment(team, None)
            .await
            .unwrap()
            .expect("the showcase team has an assessment");
        put("assessment", assessment.id.to_string());

        // A meeting under way, with an agenda item and an open proposal.
        let meeting = running_meeting(app, team, colead).await;
        put("meeting", meeting.to_string());
        let item = store
            .add_agenda_item(
                meeting,
                &lmp_store::meetings::AgendaInput {
                    title: "Weekend cover".into(),
                    kind: "discussion".into(),
                    owner_id: None,
                    minutes: 10,
                },
                colead,
            )
            .await
            .unwrap();
        put("agenda_item", item.to_string());
        for person in [member, colead, app.person_id("sponsor@example.org").await] {
            store.set_present(meeting, person, true).await.unwrap();
        }
        let proposal = proposal_in(app, team, meeting, colead, false, false).await;
        put("proposal", proposal.to_string());

        // Problem solving, huddle, a task for the member.
        let ibps = store
            .create_ibps(team, "How might we cover weekends fairly?", colead)
            .await
            .unwrap();
        put("ibps", ibps.to_string());
        put(
            "interest",
            store
                .add_interest(ibps, "labor", "Predictable weekends", member)
                .await
                .unwrap()
                .to_string(),
        );
        put(
            "option",
            store
                .add_option(ibps, "A rota", "team", member)
                .await
                .unwrap()
                .to_string(),
        );
        let huddle = store
            .add_huddle_item(team, "issue", "The label printer jams", None, member)
            .await
            .unwrap();
        put("huddle_item", huddle.to_string());
        let escalated = store
            .add_huddle_item(team, "issue", "We need a second printer", None, member)
            .await
            .unwrap();
        store
            .escalate_huddle_item(escalated, "sponsor", "May we buy one?", "2027-01-15")
            .await
            .unwrap();
        put("escalated_item", escalated.to_string());
        let task = store
            .create_tasks(
                &[lmp_store::tasks::TaskInput {
                    team_id: team,
                    title: "Order toner".into(),
                    owner_id: Some(member),
                    due_on: None,
                    source: "meeting".into(),
                    source_id: Some(meeting),
                }],
                colead,
            )
            .await
            .unwrap()[0];
        put("task", task.to_string());

        // Projects: a shared one of the showcase team, with a cycle, a measure and a tool; and
        // an idea, which only the team reads.
        let projects = store
            .team_projects(team, lmp_domain::PageRequest::new(None, Some(100)))
            .await
            .unwrap()
            .items;
        let project = projects
            .iter()
            .find(|p| p.status == "active")
            .expect("the showcase team has an active project")
            .id;
        put("project", project.to_string());
        let idea = store
            .create_idea(team, "Quieter nights", "Noise keeps patients awake", member)
            .await
            .unwrap();
        put("idea", idea.to_string());
        put(
            "cycle",
            store.cycles(project).await.unwrap()[0].id.to_string(),
        );
        put(
            "measure",
            store.measures(project).await.unwrap()[0].id.to_string(),
        );
        let tool = new_tool(app, project, colead).await;
        put("tool", tool.to_string());
        put("tool_item", new_tool_item(app, tool).await.to_string());

        // Practices: the demo's published one, and one waiting for review.
        let published = store
            .practices_with_status("published", lmp_domain::PageRequest::new(None, Some(5)))
            .await
            .unwrap()
            .items;
        put(
            "practice",
            published
                .first()
                .expect("a published practice")
                .id
                .to_string(),
        );
        let submitted = store
            .submit_practice(
                project,
                team,
                &lmp_store::practices::PracticeInput {
                    title: "Named discharges".into(),
                    problem: "Late discharges".into(),
                    change_made: "Named at the huddle".into(),
                    results: "Earlier discharges".into(),
                    tips: "Start small".into(),
                    compass: "service".into(),
                    topic: "workflow".into(),
                },
                colead,
            )
            .await
            .unwrap();
        put("submitted_practice", submitted.to_string());

        // Learning.
        put("stop", lmp_domain::learning::TOUR[0].code.to_string());
        put(
            "checklist",
            store
                .start_checklist(colead, member)
                .await
                .unwrap()
                .to_string(),
        );
        put("slug", "dig-deeper".into());
        store
            .audit(
                Some(colead),
                "update",
                "team",
                Some(team),
                "A change to look at",
            )
            .await
            .unwrap();
        let audit_entry: i64 = sqlx::query_scalar("SELECT MAX(id) FROM audit_log")
            .fetch_one(store.pool())
            .await
            .unwrap();
        put("audit_entry", audit_entry.to_string());
        let image = store
            .save_image(
                &lmp_store::media::NewImage {
                    alt: "A picture on no page".into(),
                    file_name: "picture.png".into(),
                    content_type: "image/png".into(),
                    width: 1,
                    height: 1,
                    data: vec![0x89, b'P', b'N', b'G'],
                    thumb_width: 1,
                    thumb_height: 1,
                    thumb: vec![0x89, b'P', b'N', b'G'],
                    original_bytes: 4,
                },
                editor,
            )
            .await
            .unwrap();
        put("image", image.to_string());
        let member_session = app.sign_in("member@example.org").await;
        let (_, dig) = member_session.page("/learning/dig-deeper").await;
        let key = dig
            .split("action=\"/learning/dig-deeper/")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the Dig Deeper page lists an action")
            .to_string();
        put("dig_key", key);

        Fixture {
            ids,
            emails,
            team,
            member,
            colead,
            victim,
            project,
            tool,
            team_row_region: team_row.region_id,
        }
    }

    /// `url` with every `{name}` filled in; `fresh_…` names make a new object each time.
    pub async fn fill(&self, app: &TestApp, template: &str, role: Role) -> String {
        let mut out = String::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let name_len = rest[open + 1..]
                .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
                .unwrap_or(0);
            let name = &rest[open + 1..open + 1 + name_len];
            if name.is_empty() || !rest[open + 1 + name_len..].starts_with('}') {
                // Not a placeholder (a JSON brace): keep it.
                out.push('{');
                rest = &rest[open + 1..];
                continue;
            }
            let value = match name {
                "email" => self.emails[&role].clone(),
                n if n.starts_with("fresh_") => self.fresh(app, n).await,
                n => self
                    .ids
                    .get(n)
                    .unwrap_or_else(|| panic!("the fixture has no {{{n}}}"))
                    .clone(),
            };
            out.push_str(&value);
            rest = &rest[open + name_len + 2..];
        }
        out.push_str(rest);
        out
    }

    async fn fresh(&self, app: &TestApp, name: &str) -> String {
        let store = &app.store;
        let id = match name {
            "fresh_entry" => {
                let someone = new_person(
                    app,
                    "Short Stay",
                    &format!("short.stay.{}@example.org", unique()),
                    Side::Labor,
                )
                .await;
                store
                    .add_role(self.team, someone, TeamRole::Member)
                    .await
                    .unwrap()
            }
            "fresh_tool" => new_tool(app, self.project, self.colead).await,
            "fresh_tool_item" => new_tool_item(app, self.tool).await,
            "fresh_planned_meeting" => planned_meeting(app, self.team, self.colead).await,
            "fresh_running_meeting" => running_meeting(app, self.team, self.colead).await,
            "fresh_proposal" => {
                let meeting = self.ids["meeting"].parse().unwrap();
                proposal_in(app, self.team, meeting, self.colead, false, false).await
            }
            "fresh_failed_proposal" => {
                let meeting = self.ids["meeting"].parse().unwrap();
                let id = proposal_in(app, self.team, meeting, self.colead, false, false).await;
                store
                    .close_proposal(
                        id,
                        "no_consensus",
                        "No agreement",
                        None,
                        [false; 3],
                        self.colead,
                    )
                    .await
                    .unwrap();
                id
            }
            "fresh_escalated_item" => {
                let id = store
                    .add_huddle_item(self.team, "issue", "We need a printer", None, self.member)
                    .await
                    .unwrap();
                store
                    .escalate_huddle_item(id, "sponsor", "May we buy one?", "2027-01-15")
                    .await
                    .unwrap();
                id
            }
            "fresh_training" => store
                .add_training_record(
                    self.member,
                    "course-co-lead-workshop",
                    &{
                        let n = unique();
                        format!("2025-{:02}-{:02}", 1 + (n / 28) % 12, 1 + n % 28)
                    },
                    "self",
                    self.member,
                )
                .await
                .unwrap(),
            "fresh_member_token" => store
                .create_api_token(
                    self.member,
                    "matrix",
                    &format!("lmp_matrix{:0>40}", unique()),
                )
                .await
                .unwrap(),
            "fresh_grant" => {
                // The same grant may still be there when the last revoke was refused.
                let held = store.site_roles(self.victim).await.unwrap();
                match held.iter().find(|g| g.role == "consultant") {
                    Some(grant) => grant.id,
                    None => store
                        .grant_site_role(self.victim, SiteRole::Consultant, Scope::National)
                        .await
                        .unwrap(),
                }
            }
            other => panic!("no way to make {other}"),
        };
        id.to_string()
    }
}

fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

async fn planned_meeting(app: &TestApp, team: i64, by: i64) -> i64 {
    app.store
        .create_meeting(
            team,
            "Monthly meeting",
            "team_meeting",
            lmp_store::now() + 86_400,
            60,
            "Room 4B",
            by,
            &[],
        )
        .await
        .unwrap()
}

async fn running_meeting(app: &TestApp, team: i64, by: i64) -> i64 {
    let id = planned_meeting(app, team, by).await;
    app.store
        .set_meeting_status(id, "in_progress")
        .await
        .unwrap();
    id
}

pub async fn proposal_in(
    app: &TestApp,
    team: i64,
    meeting: i64,
    by: i64,
    anonymous: bool,
    hidden: bool,
) -> i64 {
    app.store
        .create_proposal(
            &lmp_store::decisions::ProposalInput {
                team_id: team,
                meeting_id: Some(meeting),
                title: "Rotate who opens the front desk".into(),
                background: "Mornings are rushed".into(),
                options: String::new(),
                anonymous,
                hidden,
                quorum: 2,
                involvement_management: String::new(),
                involvement_labor: String::new(),
                decider: "management".into(),
                shared: false,
            },
            by,
        )
        .await
        .unwrap()
}

async fn new_tool(app: &TestApp, project: i64, by: i64) -> i64 {
    app.store
        .create_tool(project, "fishbone", "Why we wait", "Waiting", by, &[])
        .await
        .unwrap()
}

async fn new_tool_item(app: &TestApp, tool: i64) -> i64 {
    app.store
        .add_tool_item(
            tool,
            None,
            &lmp_store::tools::ItemInput {
                kind: "category".into(),
                text: "People".into(),
                note: String::new(),
                tag: String::new(),
                waste: String::new(),
            },
        )
        .await
        .unwrap()
}

// ---------------------------------------------------------------------------------------------
// Sessions and requests.

pub struct Actors {
    pub sessions: BTreeMap<Role, HttpSession>,
}

/// A session for `role`, with the CSRF token of its current cookie.
pub async fn session_for(app: &TestApp, fixture: &Fixture, role: Role) -> HttpSession {
    let session = if role == Role::Anonymous {
        app.anonymous()
    } else {
        app.sign_in(&fixture.emails[&role]).await
    };
    // The token is bound to the cookie: read it again after sign-in changed the cookie.
    session
        .page(if role == Role::Anonymous {
            "/signin"
        } else {
            "/account"
        })
        .await;
    assert!(!session.csrf().is_empty(), "{role:?} has a CSRF token");
    session
}

impl Actors {
    pub async fn sign_in(app: &TestApp, fixture: &Fixture) -> Actors {
        let mut sessions = BTreeMap::new();
        for role in ROLES {
            sessions.insert(role, session_for(app, fixture, role).await);
        }
        Actors { sessions }
    }
}

/// Sends one request of the table, with or without the CSRF token; waits out the write limit
/// (429 with `Retry-After`) so the answer is the route's own.
pub async fn send(
    session: &HttpSession,
    method: &str,
    url: &str,
    body: &Body,
    fill: &dyn Fn(&str) -> String,
    with_csrf: bool,
) -> reqwest::Response {
    for _ in 0..200 {
        let method_value = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = session
            .client
            .request(method_value, format!("{}{url}", session.base));
        match body {
            Body::None => {
                if method != "GET" && with_csrf {
                    request = request.header("x-csrf-token", session.csrf());
                }
            }
            Body::Form(fields) => {
                let mut all: Vec<(String, String)> = Vec::new();
                if with_csrf {
                    all.push(("csrf".into(), session.csrf()));
                }
                all.extend(fields.iter().map(|(k, v)| (k.to_string(), fill(v))));
                request = request.form(&all);
            }
            Body::Json(text) => {
                if with_csrf {
                    request = request.header("x-csrf-token", session.csrf());
                }
                request = request
                    .header("content-type", "application/json")
                    .body(fill(text));
            }
            Body::Upload(fields, (name, file_name, bytes)) => {
                let mut form = reqwest::multipart::Form::new();
                if with_csrf {
                    form = form.text("csrf", session.csrf());
                }
                for (k, v) in fields.iter() {
                    form = form.text(k.to_string(), fill(v));
                }
                form = form.part(
                    name.to_string(),
                    reqwest::multipart::Part::bytes(bytes.to_vec())
                        .file_name(file_name.to_string()),
                );
                request = request.multipart(form);
            }
        }
        let response = request.send().await.expect("request");
        if response.status().as_u16() == 429 && url != "/signin" {
            let wait = response
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(1);
            tokio::time::sleep(std::time::Duration::from_millis(wait.max(1) * 300)).await;
            continue;
        }
        return response;
    }
    panic!("{method} {url} was still limited after many tries");
}

// ---------------------------------------------------------------------------------------------
// "Nothing changed": every table's row count and a checksum of its columns.

pub struct Fingerprint {
    sql: String,
}

impl Fingerprint {
    pub async fn new(app: &TestApp) -> Fingerprint {
        use sqlx::Row;
        let pool = app.store.pool();
        let postgres = app.store.backend() == lmp_store::Backend::Postgres;
        let columns_sql = if postgres {
            "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT), CAST(data_type AS TEXT) \
             FROM information_schema.columns \
             WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        } else {
            "SELECT m.name, p.name, p.type FROM sqlite_master m, pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid"
        };
        let rows = sqlx::query(columns_sql).fetch_all(pool).await.unwrap();
        let mut tables: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for row in rows {
            let table: String = row.get(0);
            let column: String = row.get(1);
            let kind: String = row.get(2);
            tables
                .entry(table)
                .or_default()
                .push((column, kind.to_lowercase()));
        }
        let mut parts = Vec::new();
        for (table, columns) in tables {
            // Sessions and failed sign-ins change with signing in, not with the request.
            if table.starts_with("_sqlx")
                || table == "sessions"
                || table == "sign_in_failures"
                || table.contains("search_log")
            {
                continue;
            }
            let sum: Vec<String> = columns
                .iter()
                .enumerate()
                .map(|(i, (c, kind))| {
                    if kind.contains("int") && !kind.contains("point") {
                        format!("COALESCE(\"{c}\", 0) * {}", i + 1)
                    } else {
                        format!("COALESCE(LENGTH(CAST(\"{c}\" AS TEXT)), 0) * {}", i + 1)
                    }
                })
                .collect();
            parts.push(format!(
                "SELECT '{table}' AS t, CAST(COUNT(*) AS TEXT) || ':' || \
                 CAST(COALESCE(SUM(({}) % 1000000007), 0) AS TEXT) AS f FROM \"{table}\"",
                sum.join(" + ")
            ));
        }
        Fingerprint {
            sql: parts.join(" UNION ALL "),
        }
    }

    pub async fn take(&self, app: &TestApp) -> BTreeMap<String, String> {
        use sqlx::Row;
        sqlx::query(&self.sql)
            .fetch_all(app.store.pool())
            .await
            .unwrap()
            .into_iter()
            .map(|r| (r.get::<String, _>(0), r.get::<String, _>(1)))
            .collect()
    }
}

pub fn changed_tables(
    before: &BTreeMap<String, String>,
    after: &BTreeMap<String, String>,
) -> Vec<String> {
    before
        .iter()
        .filter(|(t, v)| after.get(*t) != Some(*v))
        .map(|(t, _)| t.clone())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The test.

fn is_api(url: &str) -> bool {
    url.starts_with("/api/")
}

/// Whether `status` (and the redirect target) is the answer `role` should get.
fn judge(case: &Case, url: &str, role: Role, status: u16, location: &str) -> Result<(), String> {
    let allowed = case.allowed & bit(role) != 0;
    let write = case.method != "GET";
    let ok = if allowed {
        if write {
            (200..400).contains(&status) || [400, 409, 422].contains(&status)
        } else {
            // 409: the object is not in a state for this page (a project not finished yet).
            (200..400).contains(&status) || status == 409
        }
    } else if role == Role::Anonymous {
        if is_api(url) {
            status == 401
        } else {
            status == 303 && location.starts_with("/signin")
        }
    } else {
        status == 403 || status == 404
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{} {url} as {role:?}: got {status}{}, expected {}",
            case.method,
            if location.is_empty() {
                String::new()
            } else {
                format!(" to {location}")
            },
            if allowed {
                "to be let through"
            } else if role == Role::Anonymous {
                "to be sent to sign in (401 under /api)"
            } else {
                "403 or 404"
            }
        ))
    }
}

async fn every_route_answers_every_role_as_it_should(app: TestApp) {
    let cases = table();
    let problems = coverage_problems(&cases);
    assert!(
        problems.is_empty(),
        "the access matrix must name every route:\n{}",
        problems.join("\n")
    );

    let fixture = Fixture::build(&app).await;
    let actors = Actors::sign_in(&app, &fixture).await;
    let fingerprint = Fingerprint::new(&app).await;

    // The OpenAPI document names no operation the router and the matrix do not know.
    let (status, doc) = actors.sessions[&Role::Member]
        .get_json("/api/v1/openapi.json")
        .await;
    assert_eq!(status, 200);
    let table_routes = covered(&cases);
    let mut api_problems = Vec::new();
    for (path, operations) in doc["paths"].as_object().expect("paths") {
        for method in operations.as_object().expect("operations").keys() {
            let key = (method.to_uppercase(), path.clone());
            if !table_routes.contains(&key) {
                api_problems.push(format!(
                    "{} {path} is in openapi.json but not in the matrix",
                    key.0
                ));
            }
        }
    }
    for (method, path) in &table_routes {
        if path.starts_with("/api/v1/") && path != "/api/v1/openapi.json" {
            let documented = doc["paths"][path.as_str()][method.to_lowercase()].is_object();
            if !documented {
                api_problems.push(format!("{method} {path} is routed but not in openapi.json"));
            }
        }
    }
    assert!(api_problems.is_empty(), "{}", api_problems.join("\n"));

    let mut failures = Vec::new();
    for case in &cases {
        // Refused people first, so the allowed ones cannot have used the object up.
        let mut order: Vec<Role> = ROLES
            .iter()
            .copied()
            .filter(|r| case.allowed & bit(*r) == 0)
            .collect();
        order.extend(
            ROLES
                .iter()
                .copied()
                .filter(|r| case.allowed & bit(*r) != 0),
        );
        for role in order {
            let url = fixture.fill(&app, case.url, role).await;
            let fresh;
            let session = if case.fresh_session {
                fresh = session_for(&app, &fixture, role).await;
                &fresh
            } else {
                &actors.sessions[&role]
            };
            let filled: HashMap<String, String> = {
                let mut m = HashMap::new();
                if let Body::Form(fields) = case.body {
                    for (_, v) in fields {
                        m.insert(v.to_string(), fixture.fill(&app, v, role).await);
                    }
                }
                if let Body::Json(text) = case.body {
                    m.insert(text.to_string(), fixture.fill(&app, text, role).await);
                }
                m
            };
            let fill = |v: &str| filled.get(v).cloned().unwrap_or_else(|| v.to_string());
            let refused = case.allowed & bit(role) == 0;
            let write = case.method != "GET";
            let before = if refused && write {
                Some(fingerprint.take(&app).await)
            } else {
                None
            };
            let response = send(session, case.method, &url, &case.body, &fill, true).await;
            let status = response.status().as_u16();
            let location = response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            drop(response);
            if let Err(problem) = judge(case, &url, role, status, &location) {
                failures.push(problem);
            }
            if status >= 500 {
                failures.push(format!(
                    "{} {url} as {role:?}: server error {status}",
                    case.method
                ));
            }
            if let Some(before) = before {
                let after = fingerprint.take(&app).await;
                let changed = changed_tables(&before, &after);
                if !changed.is_empty() {
                    failures.push(format!(
                        "{} {url} as {role:?} was refused ({status}) but changed {changed:?}",
                        case.method
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} answers were not what the access rules say:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// What must stay secret, checked on every page a role can open.

/// Every GET address of the table, filled in for `role` (no live stream, no fresh objects).
async fn readable_urls(app: &TestApp, fixture: &Fixture, role: Role) -> Vec<String> {
    let mut urls = Vec::new();
    for case in table() {
        if case.method == "GET" && !case.url.contains("/live") && !case.url.contains("fresh_") {
            urls.push(fixture.fill(app, case.url, role).await);
        }
    }
    urls.extend([
        "/search?q=Zanzibar".to_string(),
        "/admin/audit".to_string(),
        format!("/admin/people/{}", fixture.member),
        format!("/people/{}", fixture.member),
        format!(
            "/learning/reflection/summary?region={}",
            fixture.team_row_region
        ),
    ]);
    urls
}

async fn hidden_results_anonymous_stances_and_reflections_leak_through_no_route(app: TestApp) {
    let fixture = Fixture::build(&app).await;
    let team = fixture.team;
    let meeting: i64 = fixture.ids["meeting"].parse().unwrap();
    let member = session_for(&app, &fixture, Role::Member).await;

    // A hidden round and an anonymous round, each with the member's stance and a reason
    // nobody else may read while the round is open (hidden) or tie to the member (anonymous).
    let hidden = proposal_in(&app, team, meeting, fixture.colead, false, true).await;
    let anonymous = proposal_in(&app, team, meeting, fixture.colead, true, false).await;
    const HIDDEN_REASON: &str = "Zanzibar hidden reason";
    const ANONYMOUS_REASON: &str = "Quixotic anonymous reason";
    for (proposal, reason) in [(hidden, HIDDEN_REASON), (anonymous, ANONYMOUS_REASON)] {
        member.page(&format!("/proposals/{proposal}")).await;
        let response = member
            .post_form(
                &format!("/proposals/{proposal}/stance"),
                &[("stance", "block"), ("reason", reason), ("behaviour", "")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303, "the member gives a stance");
    }
    // A reflection with a distinctive pattern of answers.
    member.page("/learning/reflection").await;
    let response = member
        .post_form(
            "/learning/reflection",
            &[
                ("p1", "never"),
                ("p2", "sometimes"),
                ("p3", "never"),
                ("p4", "always"),
                ("p5", "never"),
                ("p6", "sometimes"),
                ("p7", "never"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303, "the member reflects");
    let (_, own) = member.page("/learning/reflection").await;
    const PATTERN: &str = "<td>Never</td><td>Sometimes</td><td>Never</td>";
    assert!(own.contains(PATTERN), "the member sees their own answers");
    let member_name = app.store.person(fixture.member).await.unwrap().name;

    let mut leaks = Vec::new();
    for role in [
        Role::CoLead,
        Role::Sponsor,
        Role::LeaderInScope,
        Role::Admin,
        Role::Editor,
        Role::OtherTeamMember,
    ] {
        let session = session_for(&app, &fixture, role).await;
        let mut urls = readable_urls(&app, &fixture, role).await;
        urls.extend([
            format!("/proposals/{hidden}"),
            format!("/proposals/{anonymous}"),
            format!("/meetings/{meeting}/part/proposal-{hidden}"),
            format!("/meetings/{meeting}/part/proposal-{anonymous}"),
            format!("/api/v1/proposals/{hidden}"),
            format!("/api/v1/proposals/{anonymous}"),
        ]);
        for url in urls {
            let response = session.client.get(app.url(&url)).send().await.unwrap();
            let body = response.text().await.unwrap_or_default();
            if body.contains(HIDDEN_REASON) {
                leaks.push(format!("{role:?} reads the hidden round's reason on {url}"));
            }
            if body.contains("Your last 1 reflection") || body.contains(PATTERN) {
                leaks.push(format!("{role:?} reads the member's reflection on {url}"));
            }
            if let Some(at) = body.find(ANONYMOUS_REASON) {
                let from = body[..at]
                    .char_indices()
                    .rev()
                    .nth(400)
                    .map_or(0, |(i, _)| i);
                let to = (at + 400).min(body.len());
                let to = (to..=body.len())
                    .find(|i| body.is_char_boundary(*i))
                    .unwrap();
                if body[from..to].contains(&member_name) {
                    leaks.push(format!(
                        "{role:?} sees the member's name beside an anonymous stance on {url}"
                    ));
                }
            }
        }
    }
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}
