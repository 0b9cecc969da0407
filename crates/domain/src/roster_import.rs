//! The HR roster import: people, their place in the organisation and their team roles, read
//! from a CSV export and compared with what the hub holds, giving a plan of every change.
//!
//! The plan is made here and only here, from the file and the current state passed in, so the
//! command line (`lmp import people`), the administration page and the store's transaction
//! all agree on what a file means. Nothing is ever deleted: a person who left is marked
//! inactive, and a team role the file no longer gives is ended (both are listed in the plan).
//!
//! The file (header names in any case, spaces, hyphens or underscores alike, any order):
//! - `email` — the key: one person per email, written in any case.
//! - `name`, `side` (management, labor or physician) — required.
//! - `local` (or `union local`), `job title`, `facility` — optional columns. A column left out
//!   of the header leaves that detail as the hub holds it; an empty cell in a column that is
//!   there clears it.
//! - `department`, `team` (its name, or its number), `role` (or `team role`) — one line per
//!   team role. The team is found by facility, department and name, or by number. The role
//!   is `member` when left empty; `co-lead` and `sponsor` mean the person's own side.
//! - `active` — yes or no (also true/false, 1/0, active/inactive); yes when left out.
//!
//! A person's lines must agree on the person's details. When the file has a team column, the
//! lines of a person list all of their team roles: a role the hub holds for them that no line
//! gives is ended. People absent from the file are left alone, unless the file is declared a
//! full export, when they are marked inactive (but not those holding a site role, such as
//! administrators: they are named in a note instead, so an import can never lock the hub's
//! administrators out). Unknown facilities, departments, teams and locals are errors, never
//! created.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

use serde::Serialize;

use crate::org::Side;
use crate::roles::TeamRole;
use crate::validation::{self, FieldErrors, Msg};

/// The format, as `lmp import people --help` prints it.
pub const FORMAT_HELP: &str = "\
The file is a CSV export with a header row; header names may be written in any case.

Columns:
  email          the key: one person per email (required)
  name           the person's name (required)
  side           management, labor or physician (required)
  local          the union local's name (labor-side people need one; others have none)
  job title      free text
  facility       the person's facility (its name or number); also where the team is found
  department     the team's department, within the facility
  team           the team's name within the department, or the team's number
  role           member (when empty), co-lead, sponsor, steward, safety champion,
                 consultant, or a role code such as co_lead_labor
  active         yes or no (yes when the column is left out)

One line per person per team role; a person with no team gets one line with the team
empty. When the file has a team column, a person's lines list all of their team roles: a
role the hub holds for them that no line gives is ended. A column left out of the header
leaves that detail unchanged; an empty cell in a column that is there clears it.

People who are not in the file are left alone, unless --full says the file is the whole
organisation: then they are marked inactive (never deleted), except people holding a site
role such as administrator, who are named instead. Unknown facilities, departments, teams
and locals are errors: add them on the administration page first. Columns the hub does
not keep (an employee number, say) are ignored and named in the plan.";

/// The problems of one line of the file (1-based, the header is line 1), each named by its
/// message (`admin.ftl`, `admin-import-…`) so a page words them in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub problems: Vec<Msg>,
}

impl RowError {
    fn new(line: usize, problem: Msg) -> RowError {
        RowError {
            line,
            problems: vec![problem],
        }
    }

    /// "Line 3: the name is empty; the side is empty (…)."
    pub fn msg(&self) -> Msg {
        Msg::new("admin-import-row-error")
            .number("line", self.line)
            .msg("problems", joined("admin-import-and-also", &self.problems))
    }

    /// Whether one of the line's problems is `id`.
    pub fn has(&self, id: &str) -> bool {
        self.problems.iter().any(|p| p.id == id)
    }
}

/// For logs and tests: the message ids and values, not a sentence for people.
impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.msg())
    }
}

/// Messages one after another, by a message `join` that takes `$first` and `$rest`
/// ("a; b; c" or "a, b, c"); nothing when there are none.
fn joined(join: &'static str, items: &[Msg]) -> Msg {
    Msg::join(join, items.iter().cloned()).unwrap_or_else(|| plain(""))
}

/// Text as it is (a column's name, an email), where a list of messages needs a message.
fn plain(value: impl Into<String>) -> Msg {
    Msg::new("admin-import-text").text("text", value)
}

/// Where each known column is in the header.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Columns {
    email: Option<usize>,
    name: Option<usize>,
    side: Option<usize>,
    local: Option<usize>,
    job_title: Option<usize>,
    facility: Option<usize>,
    department: Option<usize>,
    team: Option<usize>,
    role: Option<usize>,
    active: Option<usize>,
}

/// What the role cell asked for, before the team is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RoleCell {
    /// Empty: a member, when there is a team.
    Default,
    Role(TeamRole),
}

/// One good line of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: usize,
    pub email: String,
    pub name: String,
    pub side: Side,
    /// `None` when the file has no such column (leave the hub's value).
    pub local: Option<String>,
    pub job_title: Option<String>,
    pub facility: Option<String>,
    pub department: String,
    pub team: String,
    role: RoleCell,
    pub active: bool,
}

/// A file read line by line: the good lines, a message for each bad one, and the columns
/// that the hub does not keep.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub rows: Vec<Row>,
    pub errors: Vec<RowError>,
    pub ignored_columns: Vec<String>,
    columns: Columns,
}

/// `Job Title`, `job-title` and `job_title` are one column.
fn normalise(header: &str) -> String {
    header
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect()
}

fn role_from(cell: &str, side: Side) -> Option<RoleCell> {
    let key = normalise(cell);
    if key.is_empty() {
        return Some(RoleCell::Default);
    }
    let role = match key.as_str() {
        "co_lead" | "colead" => TeamRole::CoLead(side),
        "sponsor" => TeamRole::Sponsor(side),
        "safety_champion" | "health_and_safety_champion" => TeamRole::SafetyChampion,
        "ubt_consultant" => TeamRole::Consultant,
        _ => TeamRole::parse(&key).or_else(|| {
            TeamRole::ALL
                .into_iter()
                .find(|r| normalise(r.label()) == key)
        })?,
    };
    Some(RoleCell::Role(role))
}

fn active_from(cell: &str) -> Option<bool> {
    match normalise(cell).as_str() {
        "" | "yes" | "y" | "true" | "1" | "active" => Some(true),
        "no" | "n" | "false" | "0" | "inactive" | "left" => Some(false),
        _ => None,
    }
}

/// Reads the file. Every bad line is named; the good ones are kept so every problem of a file
/// can be shown at once (planning refuses a file with any error).
pub fn parse(text: &str) -> Parsed {
    // Spreadsheets often start a CSV file with a byte-order mark; it is not part of the header.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Lines are numbered as an editor shows them (see `improvement::data`).
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut parsed = Parsed::default();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(normalise).collect(),
        Err(e) => {
            parsed.errors.push(RowError::new(
                1,
                Msg::new("admin-import-header-unreadable").text("why", e.to_string()),
            ));
            return parsed;
        }
    };
    let mut columns = Columns::default();
    for (at, header) in headers.iter().enumerate() {
        let slot = match header.as_str() {
            "email" | "email_address" | "e_mail" => &mut columns.email,
            "name" | "full_name" => &mut columns.name,
            "side" => &mut columns.side,
            "local" | "union_local" => &mut columns.local,
            "job_title" | "title" => &mut columns.job_title,
            "facility" => &mut columns.facility,
            "department" => &mut columns.department,
            "team" => &mut columns.team,
            "role" | "team_role" => &mut columns.role,
            "active" => &mut columns.active,
            "" => continue,
            other => {
                parsed.ignored_columns.push(other.to_string());
                continue;
            }
        };
        if slot.is_some() {
            parsed.errors.push(RowError::new(
                1,
                Msg::new("admin-import-column-twice").text("column", header.clone()),
            ));
        }
        *slot = Some(at);
    }
    let mut missing = Vec::new();
    for (name, at) in [
        ("email", columns.email),
        ("name", columns.name),
        ("side", columns.side),
    ] {
        if at.is_none() {
            missing.push(plain(name));
        }
    }
    if columns.role.is_some() && columns.team.is_none() {
        missing.push(Msg::new("admin-import-column-team-for-role"));
    }
    if !missing.is_empty() {
        parsed.errors.push(RowError::new(
            1,
            Msg::new("admin-import-header-needs")
                .msg("columns", joined("admin-import-list", &missing)),
        ));
    }
    if !parsed.errors.is_empty() {
        return parsed;
    }
    parsed.columns = columns;
    // The reader gives where it started reading a record, before the blank lines it skipped.
    let line_of = |position: Option<&csv::Position>, fallback: usize| {
        let Some(position) = position else {
            return fallback;
        };
        let blank = usize::try_from(position.byte())
            .ok()
            .and_then(|at| text.as_bytes().get(at..))
            .map_or(0, |rest| rest.iter().take_while(|b| **b == b'\n').count());
        usize::try_from(position.line()).map_or(fallback, |line| line + blank)
    };
    for (i, record) in reader.records().enumerate() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                parsed.errors.push(RowError::new(
                    line_of(e.position(), i + 2),
                    Msg::new("admin-import-line-unreadable").text("why", e.to_string()),
                ));
                continue;
            }
        };
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        let line = line_of(record.position(), i + 2);
        let cell = |at: Option<usize>| at.map(|i| record.get(i).unwrap_or("").to_string());
        let mut problems: Vec<Msg> = Vec::new();
        let mut field_errors = FieldErrors::new();
        let email = validation::email(
            &mut field_errors,
            "email",
            &cell(columns.email).unwrap_or_default(),
        );
        if field_errors.get("email").is_some() {
            problems.push(if email.is_empty() {
                Msg::new("admin-import-email-empty")
            } else {
                Msg::new("admin-import-email-bad").text("email", email.clone())
            });
        }
        let name = cell(columns.name).unwrap_or_default();
        if name.is_empty() {
            problems.push(Msg::new("admin-import-name-empty"));
        } else if name.chars().count() > 120 {
            problems.push(Msg::new("admin-import-name-long").number("max", 120));
        }
        let side_text = cell(columns.side).unwrap_or_default();
        let side = Side::parse(&side_text.to_lowercase());
        if side.is_none() {
            problems.push(if side_text.is_empty() {
                Msg::new("admin-import-side-empty")
            } else {
                Msg::new("admin-import-side-bad").text("side", side_text.clone())
            });
        }
        let job_title = cell(columns.job_title);
        if job_title.as_ref().is_some_and(|t| t.chars().count() > 120) {
            problems.push(Msg::new("admin-import-job-title-long").number("max", 120));
        }
        let role_text = cell(columns.role).unwrap_or_default();
        let role = side.and_then(|side| role_from(&role_text, side));
        if side.is_some() && role.is_none() {
            problems.push(Msg::new("admin-import-role-bad").text("role", role_text.clone()));
        }
        let active_text = cell(columns.active).unwrap_or_default();
        let active = active_from(&active_text);
        if active.is_none() {
            problems.push(Msg::new("admin-import-active-bad").text("value", active_text.clone()));
        }
        let team = cell(columns.team).unwrap_or_default();
        if team.is_empty() && !role_text.is_empty() {
            problems.push(Msg::new("admin-import-role-needs-team").text("role", role_text.clone()));
        }
        if !problems.is_empty() {
            parsed.errors.push(RowError { line, problems });
            continue;
        }
        let (Some(side), Some(role), Some(active)) = (side, role, active) else {
            continue;
        };
        parsed.rows.push(Row {
            line,
            email,
            name,
            side,
            local: cell(columns.local),
            job_title,
            facility: cell(columns.facility),
            department: cell(columns.department).unwrap_or_default(),
            team,
            role,
            active,
        });
    }
    parsed
}

/// A facility, department, team or local: its id, its parent's id and its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    pub id: i64,
    pub parent_id: i64,
    pub name: String,
}

/// The parts of the organisation a file may name. Facilities' parents are regions,
/// departments' are facilities, teams' are departments, locals' are coalitions.
#[derive(Debug, Clone, Default)]
pub struct Org {
    pub facilities: Vec<Named>,
    pub departments: Vec<Named>,
    pub teams: Vec<Named>,
    pub locals: Vec<Named>,
}

/// A person as the hub holds them now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentPerson {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub side: Side,
    pub local_id: Option<i64>,
    pub job_title: String,
    pub facility_id: Option<i64>,
    pub active: bool,
    /// Holds a site role (administrator, editor, leader, consultant).
    pub has_site_role: bool,
}

/// One team role held now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CurrentRole {
    pub person_id: i64,
    pub team_id: i64,
    pub role: TeamRole,
}

/// What the hub holds, as far as the file needs it: at least every person the file names
/// and their roles, and everyone when the file is a full export.
#[derive(Debug, Clone, Default)]
pub struct Current {
    pub org: Org,
    pub people: Vec<CurrentPerson>,
    pub roles: Vec<CurrentRole>,
    /// How many co-leads of each side each team has now (for the note about a side left
    /// without one).
    pub co_leads: HashMap<(i64, Side), i64>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// The file holds the whole organisation: people absent from it have left.
    pub full: bool,
}

/// The details of a person the hub keeps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonValues {
    pub name: String,
    pub side: Side,
    pub local_id: Option<i64>,
    pub job_title: String,
    pub facility_id: Option<i64>,
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPerson {
    pub line: usize,
    pub email: String,
    pub values: PersonValues,
    /// How the person is described in the plan ("Ana Diaz, labor, Local 39, Nurse, Valley
    /// Hospital").
    pub summary: Msg,
}

/// A detail of a person that the plan may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    Side,
    Local,
    JobTitle,
    Facility,
    Active,
}

impl Field {
    /// Its name in the audit log, which records changes in English ("job title").
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Side => "side",
            Field::Local => "local",
            Field::JobTitle => "job title",
            Field::Facility => "facility",
            Field::Active => "active",
        }
    }

    /// The catalogue id of its name.
    fn label_id(self) -> &'static str {
        match self {
            Field::Name => "admin-import-field-name",
            Field::Side => "admin-import-field-side",
            Field::Local => "admin-import-field-local",
            Field::JobTitle => "admin-import-field-job-title",
            Field::Facility => "admin-import-field-facility",
            Field::Active => "admin-import-field-active",
        }
    }
}

/// One detail that changes: its old and new values as the hub holds them (names for the local
/// and the facility, the side's code, `yes` or `no` for active; empty for none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: Field,
    pub old: String,
    pub new: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonUpdate {
    pub line: usize,
    pub person_id: i64,
    pub email: String,
    pub values: PersonValues,
    pub changes: Vec<FieldChange>,
}

/// A person absent from a full export, to be marked inactive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Departure {
    pub person_id: i64,
    pub email: String,
    pub name: String,
}

/// A team role given or ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleChange {
    /// The line that gives it (roles added), or none (roles ended).
    pub line: Option<usize>,
    /// None for a person the plan adds.
    pub person_id: Option<i64>,
    pub email: String,
    pub person_name: String,
    pub team_id: i64,
    pub team_name: String,
    pub role: TeamRole,
}

/// Every change a file makes, in file order (departures and ended roles in email order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub people_in_file: usize,
    pub lines: usize,
    pub add: Vec<NewPerson>,
    pub update: Vec<PersonUpdate>,
    pub departures: Vec<Departure>,
    pub roles_added: Vec<RoleChange>,
    pub roles_ended: Vec<RoleChange>,
    /// Things worth knowing that change nothing: columns ignored, administrators left
    /// active, a side left without a co-lead.
    pub notes: Vec<Msg>,
}

impl Plan {
    /// True when the hub already matches the file.
    pub fn is_empty(&self) -> bool {
        self.changes() == 0
    }

    pub fn changes(&self) -> usize {
        self.add.len()
            + self.update.len()
            + self.departures.len()
            + self.roles_added.len()
            + self.roles_ended.len()
    }

    /// A short fingerprint of every change, so a plan confirmed later can be checked to be
    /// the plan that was shown (FNV-1a over the changes; a check against mistakes, not
    /// against an attacker, who would be an administrator anyway).
    pub fn fingerprint(&self) -> String {
        let mut text = String::new();
        let _ = write!(
            text,
            "{:?}{:?}{:?}{:?}{:?}",
            self.add, self.update, self.departures, self.roles_added, self.roles_ended
        );
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in text.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        format!("{hash:016x}")
    }

    fn counts(&self) -> [usize; 5] {
        [
            self.add.len(),
            self.update.len(),
            self.departures.len(),
            self.roles_added.len(),
            self.roles_ended.len(),
        ]
    }

    /// "3 people to add, 1 team role to end" — or "no changes".
    pub fn summary_msg(&self) -> Msg {
        self.counted([
            "admin-import-count-to-add",
            "admin-import-count-to-update",
            "admin-import-count-to-deactivate",
            "admin-import-count-roles-to-add",
            "admin-import-count-roles-to-end",
        ])
    }

    /// The same once applied: "3 people added, 1 team role ended".
    pub fn done_msg(&self) -> Msg {
        self.counted([
            "admin-import-count-added",
            "admin-import-count-updated",
            "admin-import-count-deactivated",
            "admin-import-count-roles-added",
            "admin-import-count-roles-ended",
        ])
    }

    fn counted(&self, ids: [&'static str; 5]) -> Msg {
        let parts: Vec<Msg> = self
            .counts()
            .into_iter()
            .zip(ids)
            .filter(|(n, _)| *n > 0)
            .map(|(n, id)| Msg::new(id).number("count", n))
            .collect();
        if parts.is_empty() {
            Msg::new("admin-import-count-none")
        } else {
            joined("admin-import-list", &parts)
        }
    }

    /// The summary in English, for the audit log, which records what was done in one
    /// language ("3 people to add, 1 team role to end"; "no changes"). Pages and the command
    /// line word [`Plan::summary_msg`] instead.
    pub fn summary(&self) -> String {
        const WORDS: [(&str, &str); 5] = [
            ("person to add", "people to add"),
            ("person to update", "people to update"),
            ("person to mark inactive", "people to mark inactive"),
            ("team role to add", "team roles to add"),
            ("team role to end", "team roles to end"),
        ];
        let parts: Vec<String> = self
            .counts()
            .into_iter()
            .zip(WORDS)
            .filter(|(n, _)| *n > 0)
            .map(|(n, (one, many))| format!("{n} {}", if n == 1 { one } else { many }))
            .collect();
        if parts.is_empty() {
            "no changes".to_string()
        } else {
            parts.join(", ")
        }
    }
}

impl RoleChange {
    /// "Ana Diaz (ana@example.org): Member of Pills Team (team 12)".
    pub fn msg(&self) -> Msg {
        Msg::new("admin-import-role-change")
            .text("person", self.person_name.clone())
            .text("email", self.email.clone())
            .label("role", role_label_id(self.role))
            .text("team", self.team_name.clone())
            .number("id", self.team_id)
    }
}

impl FieldChange {
    /// "job title: Pharmacist → (none)".
    pub fn msg(&self) -> Msg {
        Msg::new("admin-import-change")
            .label("field", self.field.label_id())
            .msg("old", self.value(&self.old))
            .msg("new", self.value(&self.new))
    }

    fn value(&self, value: &str) -> Msg {
        if value.is_empty() {
            return Msg::new("admin-import-value-none");
        }
        match self.field {
            Field::Side => Msg::new("admin-import-value-side").text("side", value),
            Field::Active => Msg::new("admin-import-value-active").text("active", value),
            _ => plain(value),
        }
    }

    /// The same in English, for the audit log ("job title: Pharmacist → (none)").
    pub fn describe(&self) -> String {
        format!(
            "{}: {} → {}",
            self.field.label(),
            shown(&self.old),
            shown(&self.new)
        )
    }
}

/// The catalogue id of a team role's name (`roles.ftl`).
fn role_label_id(role: TeamRole) -> String {
    format!("role-{}", role.code().replace('_', "-"))
}

fn lookup<'a>(items: &'a [Named], parent: Option<i64>, text: &str) -> Vec<&'a Named> {
    let key = text.trim().to_lowercase();
    if let Ok(id) = key.parse::<i64>() {
        let by_id: Vec<&Named> = items.iter().filter(|n| n.id == id).collect();
        if !by_id.is_empty() {
            return by_id;
        }
    }
    items
        .iter()
        .filter(|n| parent.is_none_or(|p| n.parent_id == p) && n.name.to_lowercase() == key)
        .collect()
}

fn shown(value: &str) -> String {
    if value.is_empty() {
        "(none)".to_string()
    } else {
        value.to_string()
    }
}

/// The words of the file's `active` column.
fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

/// Names for ids, for the plan's descriptions.
struct Names<'a> {
    org: &'a Org,
}

impl Names<'_> {
    fn of(items: &[Named], id: Option<i64>) -> String {
        id.and_then(|id| items.iter().find(|n| n.id == id))
            .map(|n| n.name.clone())
            .unwrap_or_default()
    }

    fn local(&self, id: Option<i64>) -> String {
        Names::of(&self.org.locals, id)
    }

    fn facility(&self, id: Option<i64>) -> String {
        Names::of(&self.org.facilities, id)
    }

    fn team(&self, id: i64) -> String {
        Names::of(&self.org.teams, Some(id))
    }
}

/// Compares the file with the hub. Every problem is returned with its line, and then nothing
/// may be applied; otherwise the plan lists every change.
pub fn plan(parsed: &Parsed, current: &Current, options: Options) -> Result<Plan, Vec<RowError>> {
    let mut errors = parsed.errors.clone();
    let columns = parsed.columns;
    let names = Names { org: &current.org };
    let by_email: HashMap<&str, &CurrentPerson> = current
        .people
        .iter()
        .map(|p| (p.email.as_str(), p))
        .collect();
    let mut roles_of: HashMap<i64, BTreeSet<(i64, TeamRole)>> = HashMap::new();
    for role in &current.roles {
        roles_of
            .entry(role.person_id)
            .or_default()
            .insert((role.team_id, role.role));
    }

    // The lines of each person, in file order.
    let mut order: Vec<&str> = Vec::new();
    let mut lines_of: HashMap<&str, Vec<&Row>> = HashMap::new();
    for row in &parsed.rows {
        let lines = lines_of.entry(row.email.as_str()).or_default();
        if lines.is_empty() {
            order.push(row.email.as_str());
        }
        lines.push(row);
    }

    let mut plan = Plan {
        people_in_file: order.len(),
        lines: parsed.rows.len() + parsed.errors.iter().filter(|e| e.line > 1).count(),
        ..Plan::default()
    };
    if !parsed.ignored_columns.is_empty() {
        plan.notes.push(
            Msg::new("admin-import-note-ignored")
                .text("columns", parsed.ignored_columns.join(", ")),
        );
    }
    let mut ended_co_leads: BTreeMap<(i64, Side), i64> = BTreeMap::new();
    let mut added_co_leads: BTreeMap<(i64, Side), i64> = BTreeMap::new();

    for email in &order {
        let rows = &lines_of[email];
        let first = rows[0];
        // The person's details must be the same on every line.
        for row in &rows[1..] {
            let mut differ = Vec::new();
            let detail = |id: &'static str, here: &str, there: &str| {
                Msg::new(id)
                    .text("value", here)
                    .number("line", first.line)
                    .text("first", there)
            };
            if row.name != first.name {
                differ.push(detail("admin-import-differ-name", &row.name, &first.name));
            }
            if row.side != first.side {
                differ.push(detail(
                    "admin-import-differ-side",
                    row.side.code(),
                    first.side.code(),
                ));
            }
            for (id, a, b) in [
                ("admin-import-differ-local", &row.local, &first.local),
                (
                    "admin-import-differ-job-title",
                    &row.job_title,
                    &first.job_title,
                ),
                (
                    "admin-import-differ-facility",
                    &row.facility,
                    &first.facility,
                ),
            ] {
                if a.as_deref().map(str::to_lowercase) != b.as_deref().map(str::to_lowercase) {
                    differ.push(detail(
                        id,
                        a.as_deref().unwrap_or(""),
                        b.as_deref().unwrap_or(""),
                    ));
                }
            }
            if row.active != first.active {
                differ.push(detail(
                    "admin-import-differ-active",
                    yes_no(row.active),
                    yes_no(first.active),
                ));
            }
            if !differ.is_empty() {
                errors.push(RowError::new(
                    row.line,
                    Msg::new("admin-import-written-differently")
                        .text("email", email.to_string())
                        .msg("details", joined("admin-import-list", &differ)),
                ));
            }
        }

        let existing = by_email.get(email).copied();
        let mut problems: Vec<RowError> = Vec::new();
        let fail = |problems: &mut Vec<RowError>, line: usize, problem: Msg| {
            problems.push(RowError::new(line, problem));
        };

        // The person's details: the file's where it has the column, else the hub's.
        let local_id = match &first.local {
            None => existing.and_then(|p| p.local_id),
            Some(text) if text.is_empty() => None,
            Some(text) => match lookup(&current.org.locals, None, text).as_slice() {
                [one] => Some(one.id),
                [] => {
                    fail(
                        &mut problems,
                        first.line,
                        Msg::new("admin-import-no-local").text("name", text.clone()),
                    );
                    None
                }
                _ => {
                    fail(
                        &mut problems,
                        first.line,
                        Msg::new("admin-import-local-ambiguous").text("name", text.clone()),
                    );
                    None
                }
            },
        };
        let facility_id = match &first.facility {
            None => existing.and_then(|p| p.facility_id),
            Some(text) if text.is_empty() => None,
            Some(text) => match lookup(&current.org.facilities, None, text).as_slice() {
                [one] => Some(one.id),
                [] => {
                    fail(
                        &mut problems,
                        first.line,
                        Msg::new("admin-import-no-facility").text("name", text.clone()),
                    );
                    None
                }
                _ => {
                    fail(
                        &mut problems,
                        first.line,
                        Msg::new("admin-import-facility-ambiguous").text("name", text.clone()),
                    );
                    None
                }
            },
        };
        let values = PersonValues {
            name: first.name.clone(),
            side: first.side,
            local_id,
            job_title: match (&first.job_title, existing) {
                (Some(title), _) => title.clone(),
                (None, Some(p)) => p.job_title.clone(),
                (None, None) => String::new(),
            },
            facility_id,
            active: if columns.active.is_some() {
                first.active
            } else {
                existing.is_none_or(|p| p.active)
            },
        };
        // The side and local must fit together where the file speaks of them (as on the
        // person's page); a value the hub already held is not the file's problem.
        let speaks = existing.is_none_or(|p| columns.local.is_some() || p.side != values.side);
        if speaks && problems.is_empty() {
            match (values.side, values.local_id) {
                (Side::Labor, None) => fail(
                    &mut problems,
                    first.line,
                    Msg::new("admin-import-labor-needs-local"),
                ),
                (Side::Management | Side::Physician, Some(_)) => fail(
                    &mut problems,
                    first.line,
                    Msg::new("admin-import-local-labor-only").text("side", values.side.code()),
                ),
                _ => {}
            }
        }

        // The team roles the file gives this person.
        let mut wanted: BTreeMap<(i64, TeamRole), usize> = BTreeMap::new();
        if columns.team.is_some() {
            for row in rows {
                if row.team.is_empty() {
                    continue;
                }
                if !values.active {
                    fail(
                        &mut problems,
                        row.line,
                        Msg::new("admin-import-inactive-role"),
                    );
                    continue;
                }
                let Some(team) = find_team(current, row, facility_id, &mut problems) else {
                    continue;
                };
                let role = match row.role {
                    RoleCell::Default => TeamRole::Member,
                    RoleCell::Role(role) => role,
                };
                if let Err(e) = role.check_person_side(values.side) {
                    fail(&mut problems, row.line, side_problem(&e.message));
                    continue;
                }
                wanted.entry((team, role)).or_insert(row.line);
            }
        }
        let held: BTreeSet<(i64, TeamRole)> = existing
            .and_then(|p| roles_of.get(&p.id).cloned())
            .unwrap_or_default();
        let ending: Vec<(i64, TeamRole)> = if !values.active {
            held.iter().copied().collect()
        } else if columns.team.is_some() {
            held.iter()
                .filter(|r| !wanted.contains_key(r))
                .copied()
                .collect()
        } else {
            // No team column: roles stay, and must still suit the person's side.
            for (team, role) in &held {
                if let Err(e) = role.check_person_side(values.side) {
                    fail(
                        &mut problems,
                        first.line,
                        Msg::new("admin-import-held-role")
                            .msg("problem", side_problem(&e.message))
                            .text("role", role.code())
                            .text("team", names.team(*team)),
                    );
                }
            }
            Vec::new()
        };
        if !problems.is_empty() {
            errors.extend(problems);
            continue;
        }

        let person_id = existing.map(|p| p.id);
        let role_change = |line: Option<usize>, team_id: i64, role: TeamRole| RoleChange {
            line,
            person_id,
            email: email.to_string(),
            person_name: values.name.clone(),
            team_id,
            team_name: names.team(team_id),
            role,
        };
        for ((team, role), line) in &wanted {
            if !held.contains(&(*team, *role)) {
                plan.roles_added
                    .push(role_change(Some(*line), *team, *role));
                if let TeamRole::CoLead(side) = role {
                    *added_co_leads.entry((*team, *side)).or_default() += 1;
                }
            }
        }
        for (team, role) in ending {
            plan.roles_ended.push(role_change(None, team, role));
            if let TeamRole::CoLead(side) = role {
                *ended_co_leads.entry((team, side)).or_default() += 1;
            }
        }

        match existing {
            None => plan.add.push(NewPerson {
                line: first.line,
                email: email.to_string(),
                summary: describe(&values, &names),
                values,
            }),
            Some(person) => {
                let changes = changes(person, &values, &names);
                if !changes.is_empty() {
                    plan.update.push(PersonUpdate {
                        line: first.line,
                        person_id: person.id,
                        email: email.to_string(),
                        values,
                        changes,
                    });
                }
            }
        }
    }

    if options.full {
        let mut absent: Vec<&CurrentPerson> = current
            .people
            .iter()
            .filter(|p| p.active && !lines_of.contains_key(p.email.as_str()))
            .collect();
        absent.sort_by(|a, b| a.email.cmp(&b.email));
        let mut kept = Vec::new();
        for person in absent {
            if person.has_site_role {
                kept.push(person.email.clone());
                continue;
            }
            plan.departures.push(Departure {
                person_id: person.id,
                email: person.email.clone(),
                name: person.name.clone(),
            });
            for (team, role) in roles_of.get(&person.id).into_iter().flatten() {
                plan.roles_ended.push(RoleChange {
                    line: None,
                    person_id: Some(person.id),
                    email: person.email.clone(),
                    person_name: person.name.clone(),
                    team_id: *team,
                    team_name: names.team(*team),
                    role: *role,
                });
                if let TeamRole::CoLead(side) = role {
                    *ended_co_leads.entry((*team, *side)).or_default() += 1;
                }
            }
        }
        if !kept.is_empty() {
            plan.notes
                .push(Msg::new("admin-import-note-site-role").text("emails", kept.join(", ")));
        }
    }

    for ((team, side), ended) in &ended_co_leads {
        let now = current.co_leads.get(&(*team, *side)).copied().unwrap_or(0);
        let added = added_co_leads.get(&(*team, *side)).copied().unwrap_or(0);
        if now > 0 && now - ended + added <= 0 {
            plan.notes.push(
                Msg::new("admin-import-note-no-co-lead")
                    .text("team", names.team(*team))
                    .number("id", *team)
                    .text("side", side.code()),
            );
        }
    }

    if errors.is_empty() {
        return Ok(plan);
    }
    // One message per line, its problems joined, so counts are of lines.
    errors.sort_by_key(|e| e.line);
    let mut merged: Vec<RowError> = Vec::new();
    for error in errors {
        match merged.last_mut() {
            Some(last) if last.line == error.line => {
                for problem in error.problems {
                    if !last.problems.contains(&problem) {
                        last.problems.push(problem);
                    }
                }
            }
            _ => merged.push(error),
        }
    }
    Err(merged)
}

/// A role that does not suit the person's side (`roles::check_person_side`), as a problem of
/// a line: the same message with the same values, worded to follow "Line 3: ".
fn side_problem(message: &Msg) -> Msg {
    let id = match message.id.as_ref() {
        "error-role-side" => "admin-import-role-side",
        "error-steward-labor" => "admin-import-steward-labor",
        // A rule added later: its own words, as a page would show them.
        _ => return message.clone(),
    };
    Msg {
        id: id.into(),
        args: message.args.clone(),
    }
}

/// The team a line names: its number, or its name in the line's department and facility.
fn find_team(
    current: &Current,
    row: &Row,
    facility_id: Option<i64>,
    problems: &mut Vec<RowError>,
) -> Option<i64> {
    let org = &current.org;
    let mut fail = |problem: Msg| {
        problems.push(RowError::new(row.line, problem));
        None
    };
    if let Ok(id) = row.team.parse::<i64>() {
        return match org.teams.iter().find(|t| t.id == id) {
            Some(team) => Some(team.id),
            None => fail(Msg::new("admin-import-no-team-number").number("id", id)),
        };
    }
    let Some(facility_id) = facility_id else {
        if row.facility.as_deref().is_some_and(|f| !f.is_empty()) {
            // The facility itself is unknown, and that is already said.
            return None;
        }
        return fail(Msg::new("admin-import-team-needs-facility").text("team", row.team.clone()));
    };
    if row.department.is_empty() {
        return fail(Msg::new("admin-import-team-needs-department").text("team", row.team.clone()));
    }
    let facility = Names::of(&org.facilities, Some(facility_id));
    let department = match lookup(&org.departments, Some(facility_id), &row.department).as_slice() {
        [one] => one.id,
        [] => {
            return fail(
                Msg::new("admin-import-no-department")
                    .text("department", row.department.clone())
                    .text("facility", facility),
            )
        }
        _ => {
            return fail(
                Msg::new("admin-import-department-ambiguous")
                    .text("department", row.department.clone())
                    .text("facility", facility),
            )
        }
    };
    match lookup(&org.teams, Some(department), &row.team).as_slice() {
        [one] => Some(one.id),
        [] => fail(
            Msg::new("admin-import-no-team")
                .text("team", row.team.clone())
                .text("department", row.department.clone())
                .text("facility", facility),
        ),
        _ => fail(
            Msg::new("admin-import-team-ambiguous")
                .text("team", row.team.clone())
                .text("department", row.department.clone())
                .text("facility", facility),
        ),
    }
}

/// "Ana Diaz, labor, Local 39, Pharmacist, North Hospital" (", inactive" when so).
fn describe(values: &PersonValues, names: &Names) -> Msg {
    let details: String = [
        names.local(values.local_id),
        values.job_title.clone(),
        names.facility(values.facility_id),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .map(|part| format!(", {part}"))
    .collect();
    Msg::new("admin-import-person")
        .text("name", values.name.clone())
        .text("side", values.side.code())
        .text("details", details)
        .text("active", yes_no(values.active))
}

fn changes(person: &CurrentPerson, values: &PersonValues, names: &Names) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    let mut compare = |field: Field, differ: bool, old: String, new: String| {
        if differ {
            changes.push(FieldChange { field, old, new });
        }
    };
    compare(
        Field::Name,
        person.name != values.name,
        person.name.clone(),
        values.name.clone(),
    );
    compare(
        Field::Side,
        person.side != values.side,
        person.side.code().into(),
        values.side.code().into(),
    );
    compare(
        Field::Local,
        person.local_id != values.local_id,
        names.local(person.local_id),
        names.local(values.local_id),
    );
    compare(
        Field::JobTitle,
        person.job_title != values.job_title,
        person.job_title.clone(),
        values.job_title.clone(),
    );
    compare(
        Field::Facility,
        person.facility_id != values.facility_id,
        names.facility(person.facility_id),
        names.facility(values.facility_id),
    );
    compare(
        Field::Active,
        person.active != values.active,
        yes_no(person.active).to_string(),
        yes_no(values.active).to_string(),
    );
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::MsgArg;

    fn text_arg(value: &str) -> Option<MsgArg> {
        Some(MsgArg::Text(value.to_string()))
    }

    fn named(id: i64, parent_id: i64, name: &str) -> Named {
        Named {
            id,
            parent_id,
            name: name.into(),
        }
    }

    /// Two facilities; Pharmacy in each; two teams in North's pharmacy; one local.
    fn hub() -> Current {
        let org = Org {
            facilities: vec![named(1, 1, "North Hospital"), named(2, 1, "South Clinic")],
            departments: vec![named(10, 1, "Pharmacy"), named(20, 2, "Pharmacy")],
            teams: vec![
                named(100, 10, "Pills Team"),
                named(101, 10, "Night Team"),
                named(200, 20, "Pills Team"),
            ],
            locals: vec![named(7, 1, "Local 39")],
        };
        let people = vec![
            CurrentPerson {
                id: 1,
                email: "ana@example.org".into(),
                name: "Ana Diaz".into(),
                side: Side::Labor,
                local_id: Some(7),
                job_title: "Pharmacist".into(),
                facility_id: Some(1),
                active: true,
                has_site_role: false,
            },
            CurrentPerson {
                id: 2,
                email: "bo@example.org".into(),
                name: "Bo Lee".into(),
                side: Side::Management,
                local_id: None,
                job_title: "Manager".into(),
                facility_id: Some(1),
                active: true,
                has_site_role: false,
            },
            CurrentPerson {
                id: 3,
                email: "admin@example.org".into(),
                name: "Ada Admin".into(),
                side: Side::Management,
                local_id: None,
                job_title: String::new(),
                facility_id: None,
                active: true,
                has_site_role: true,
            },
        ];
        let roles = vec![
            CurrentRole {
                person_id: 1,
                team_id: 100,
                role: TeamRole::CoLead(Side::Labor),
            },
            CurrentRole {
                person_id: 2,
                team_id: 100,
                role: TeamRole::CoLead(Side::Management),
            },
        ];
        let mut co_leads = HashMap::new();
        co_leads.insert((100, Side::Labor), 1);
        co_leads.insert((100, Side::Management), 1);
        Current {
            org,
            people,
            roles,
            co_leads,
        }
    }

    const HEADER: &str = "email,name,side,local,job title,facility,department,team,role";

    /// The same file as the hub holds (Ana and Bo with their roles).
    fn matching() -> String {
        format!(
            "{HEADER}\n\
             ana@example.org,Ana Diaz,labor,Local 39,Pharmacist,North Hospital,Pharmacy,Pills Team,co-lead\n\
             bo@example.org,Bo Lee,management,,Manager,North Hospital,Pharmacy,Pills Team,co-lead\n"
        )
    }

    fn plan_of(text: &str, current: &Current, full: bool) -> Result<Plan, Vec<RowError>> {
        plan(&parse(text), current, Options { full })
    }

    /// What the store does with a plan, done to the test's `Current`.
    fn apply(current: &mut Current, plan: &Plan) {
        for new in &plan.add {
            let id = current.people.iter().map(|p| p.id).max().unwrap_or(0) + 1;
            current.people.push(CurrentPerson {
                id,
                email: new.email.clone(),
                name: new.values.name.clone(),
                side: new.values.side,
                local_id: new.values.local_id,
                job_title: new.values.job_title.clone(),
                facility_id: new.values.facility_id,
                active: new.values.active,
                has_site_role: false,
            });
        }
        let id_of = |current: &Current, email: &str| {
            current
                .people
                .iter()
                .find(|p| p.email == email)
                .map(|p| p.id)
                .unwrap()
        };
        for update in &plan.update {
            let person = current
                .people
                .iter_mut()
                .find(|p| p.id == update.person_id)
                .unwrap();
            person.name = update.values.name.clone();
            person.side = update.values.side;
            person.local_id = update.values.local_id;
            person.job_title = update.values.job_title.clone();
            person.facility_id = update.values.facility_id;
            person.active = update.values.active;
        }
        for departure in &plan.departures {
            let person = current
                .people
                .iter_mut()
                .find(|p| p.id == departure.person_id)
                .unwrap();
            person.active = false;
        }
        for ended in &plan.roles_ended {
            let id = id_of(current, &ended.email);
            current.roles.retain(|r| {
                !(r.person_id == id && r.team_id == ended.team_id && r.role == ended.role)
            });
        }
        for added in &plan.roles_added {
            let id = id_of(current, &added.email);
            current.roles.push(CurrentRole {
                person_id: id,
                team_id: added.team_id,
                role: added.role,
            });
        }
    }

    #[test]
    fn a_file_matching_the_hub_changes_nothing() {
        let plan = plan_of(&matching(), &hub(), false).unwrap();
        assert!(plan.is_empty(), "{plan:?}");
        assert_eq!(plan.summary(), "no changes");
        assert_eq!(plan.summary_msg(), Msg::new("admin-import-count-none"));
        assert_eq!(plan.people_in_file, 2);
    }

    #[test]
    fn headers_are_read_in_any_case_after_a_byte_order_mark_and_unknown_columns_are_named() {
        let text = "\u{feff}Employee ID,EMAIL,Name,Side,Union Local,Job-Title,Facility,Department,Team,Team Role\n\
                    E1,ANA@example.org,Ana Diaz,Labor,local 39,Pharmacist,north hospital,pharmacy,pills team,Labor co-lead\n";
        let parsed = parse(text);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        assert_eq!(parsed.ignored_columns, vec!["employee_id".to_string()]);
        assert_eq!(parsed.rows[0].email, "ana@example.org");
        let mut current = hub();
        current.people.retain(|p| p.id == 1);
        current.roles.retain(|r| r.person_id == 1);
        let plan = plan(&parsed, &current, Options::default()).unwrap();
        assert!(plan.is_empty(), "{plan:?}");
        assert_eq!(plan.notes[0].id, "admin-import-note-ignored");
        assert_eq!(
            plan.notes[0].arg("columns").cloned(),
            text_arg("employee_id")
        );
    }

    #[test]
    fn new_people_changed_details_and_new_roles_are_planned_with_old_and_new_values() {
        let text = format!(
            "{}cy@example.org,Cy Park,labor,Local 39,Tech,North Hospital,Pharmacy,Night Team,\n\
             bo@example.org,Bo Lee,management,,Director,North Hospital,Pharmacy,Night Team,sponsor\n",
            matching().replace("bo@example.org,Bo Lee,management,,Manager,North Hospital,Pharmacy,Pills Team,co-lead\n", "")
        );
        let plan = plan_of(&text, &hub(), false).unwrap();
        assert_eq!(plan.add.len(), 1);
        assert_eq!(plan.add[0].email, "cy@example.org");
        assert_eq!(plan.add[0].line, 3);
        assert_eq!(plan.add[0].values.local_id, Some(7));
        assert_eq!(plan.update.len(), 1);
        assert_eq!(plan.update[0].person_id, 2);
        assert_eq!(
            plan.update[0].changes,
            vec![FieldChange {
                field: Field::JobTitle,
                old: "Manager".into(),
                new: "Director".into()
            }]
        );
        let added: Vec<(String, i64, TeamRole)> = plan
            .roles_added
            .iter()
            .map(|r| (r.email.clone(), r.team_id, r.role))
            .collect();
        assert_eq!(
            added,
            vec![
                ("cy@example.org".to_string(), 101, TeamRole::Member),
                (
                    "bo@example.org".to_string(),
                    101,
                    TeamRole::Sponsor(Side::Management)
                ),
            ]
        );
        // Bo's lines no longer give the Pills Team co-lead role: it ends, and the team is left
        // without a management co-lead, which the plan notes.
        assert_eq!(plan.roles_ended.len(), 1);
        assert_eq!(plan.roles_ended[0].team_id, 100);
        assert_eq!(plan.roles_ended[0].role, TeamRole::CoLead(Side::Management));
        assert!(
            plan.notes
                .iter()
                .any(|n| n.id == "admin-import-note-no-co-lead"
                    && n.arg("team").cloned() == text_arg("Pills Team")
                    && n.arg("side").cloned() == text_arg("management")),
            "{:?}",
            plan.notes
        );
        assert_eq!(
            plan.summary(),
            "1 person to add, 1 person to update, 2 team roles to add, 1 team role to end"
        );
        let count = |id: &'static str, n: i64| Msg::new(id).number("count", n);
        assert_eq!(
            plan.summary_msg(),
            joined(
                "admin-import-list",
                &[
                    count("admin-import-count-to-add", 1),
                    count("admin-import-count-to-update", 1),
                    count("admin-import-count-roles-to-add", 2),
                    count("admin-import-count-roles-to-end", 1),
                ]
            )
        );
        assert_eq!(
            plan.done_msg(),
            joined(
                "admin-import-list",
                &[
                    count("admin-import-count-added", 1),
                    count("admin-import-count-updated", 1),
                    count("admin-import-count-roles-added", 2),
                    count("admin-import-count-roles-ended", 1),
                ]
            )
        );
        assert_eq!(
            plan.roles_added[1].msg(),
            Msg::new("admin-import-role-change")
                .text("person", "Bo Lee")
                .text("email", "bo@example.org")
                .label("role", "role-sponsor-management")
                .text("team", "Night Team")
                .number("id", 101)
        );
        assert_eq!(
            plan.add[0].summary,
            Msg::new("admin-import-person")
                .text("name", "Cy Park")
                .text("side", "labor")
                .text("details", ", Local 39, Tech, North Hospital")
                .text("active", "yes")
        );
    }

    #[test]
    fn applying_a_plan_and_planning_again_gives_no_changes() {
        let mut current = hub();
        let text = format!(
            "{}cy@example.org,Cy Park,labor,Local 39,Tech,South Clinic,Pharmacy,Pills Team,member\n",
            matching()
        );
        let first = plan_of(&text, &current, true).unwrap();
        assert!(!first.is_empty());
        apply(&mut current, &first);
        let again = plan_of(&text, &current, true).unwrap();
        assert!(again.is_empty(), "{again:?}");
        // Cy's team is the South Clinic's Pills Team: the facility decides which one.
        assert_eq!(first.roles_added[0].team_id, 200);
    }

    #[test]
    fn absent_people_are_left_alone_unless_the_file_is_a_full_export() {
        let text = format!("{HEADER}\nana@example.org,Ana Diaz,labor,Local 39,Pharmacist,North Hospital,Pharmacy,Pills Team,co-lead\n");
        let partial = plan_of(&text, &hub(), false).unwrap();
        assert!(partial.is_empty(), "{partial:?}");
        let full = plan_of(&text, &hub(), true).unwrap();
        let gone: Vec<&str> = full.departures.iter().map(|d| d.email.as_str()).collect();
        assert_eq!(gone, vec!["bo@example.org"], "the administrator stays");
        assert_eq!(full.roles_ended.len(), 1, "Bo's co-lead role ends");
        assert_eq!(full.roles_ended[0].email, "bo@example.org");
        assert!(
            full.notes
                .iter()
                .any(|n| n.id == "admin-import-note-site-role"
                    && n.arg("emails").cloned() == text_arg("admin@example.org")),
            "{:?}",
            full.notes
        );
    }

    #[test]
    fn a_person_marked_inactive_keeps_their_record_and_leaves_their_teams() {
        let text = "email,name,side,local,active,team\n\
                    ana@example.org,Ana Diaz,labor,Local 39,no,\n";
        let plan = plan_of(text, &hub(), false).unwrap();
        assert_eq!(plan.update.len(), 1);
        assert_eq!(plan.update[0].changes[0].describe(), "active: yes → no");
        assert_eq!(
            plan.update[0].changes[0].msg(),
            Msg::new("admin-import-change")
                .label("field", "admin-import-field-active")
                .msg(
                    "old",
                    Msg::new("admin-import-value-active").text("active", "yes")
                )
                .msg(
                    "new",
                    Msg::new("admin-import-value-active").text("active", "no")
                )
        );
        assert!(!plan.update[0].values.active);
        assert_eq!(plan.roles_ended.len(), 1);
        assert!(plan.departures.is_empty());
    }

    #[test]
    fn a_column_left_out_keeps_the_hubs_value_and_an_empty_cell_clears_it() {
        let without_title = "email,name,side,local\nana@example.org,Ana Diaz,labor,Local 39\n";
        let plan = plan_of(without_title, &hub(), false).unwrap();
        assert!(plan.is_empty(), "no title column, no team column: {plan:?}");
        let empty_title =
            "email,name,side,local,job title\nana@example.org,Ana Diaz,labor,Local 39,\n";
        let plan = plan_of(empty_title, &hub(), false).unwrap();
        assert_eq!(
            plan.update[0].changes[0].describe(),
            "job title: Pharmacist → (none)"
        );
        assert_eq!(
            plan.update[0].changes[0].msg(),
            Msg::new("admin-import-change")
                .label("field", "admin-import-field-job-title")
                .msg("old", plain("Pharmacist"))
                .label("new", "admin-import-value-none")
        );
    }

    #[test]
    fn side_rules_are_errors_with_the_line_number() {
        let text = format!(
            "{HEADER}\n\
             bo@example.org,Bo Lee,management,,Manager,North Hospital,Pharmacy,Pills Team,co_lead_labor\n\
             bo@example.org,Bo Lee,management,,Manager,North Hospital,Pharmacy,Night Team,steward\n\
             ana@example.org,Ana Diaz,labor,Local 39,Pharmacist,North Hospital,Pharmacy,Pills Team,co-lead\n"
        );
        let errors = plan_of(&text, &hub(), false).unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 3], "{errors:?}");
        assert_eq!(
            errors[0].problems,
            vec![Msg::new("admin-import-role-side")
                .text("kind", "co-lead")
                .text("side", "labor")
                .text("person", "management")],
            "{}",
            errors[0]
        );
        assert_eq!(
            errors[1].problems,
            vec![Msg::new("admin-import-steward-labor")],
            "{}",
            errors[1]
        );
        assert_eq!(errors[0].msg().arg("line"), Some(&MsgArg::Number(2)));
        // Changing side while keeping a role of the old side, with no team column to end it.
        let text = "email,name,side,local\nbo@example.org,Bo Lee,labor,Local 39\n";
        let errors = plan_of(text, &hub(), false).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(
            errors[0].problems,
            vec![Msg::new("admin-import-held-role")
                .msg(
                    "problem",
                    Msg::new("admin-import-role-side")
                        .text("kind", "co-lead")
                        .text("side", "management")
                        .text("person", "labor")
                )
                .text("role", "co_lead_management")
                .text("team", "Pills Team")],
            "{}",
            errors[0]
        );
        // And a labor-side person needs their local.
        let text = "email,name,side,local\nbo@example.org,Bo Lee,labor,\n";
        let errors = plan_of(text, &hub(), false).unwrap_err();
        assert!(
            errors[0].has("admin-import-labor-needs-local"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn every_bad_line_is_named_and_unknown_places_are_never_created() {
        let text = format!(
            "{HEADER}\n\
             not-an-email,Someone,labor,Local 39,,North Hospital,,,\n\
             \n\
             cy@example.org,Cy Park,union,Local 39,,North Hospital,,,\n\
             di@example.org,Di Ray,labor,Local 1,,North Hospital,,,\n\
             ed@example.org,Ed Fox,labor,Local 39,,East Clinic,,,\n\
             fi@example.org,Fi Gao,labor,Local 39,,North Hospital,Radiology,Pills Team,\n\
             gu@example.org,Gu Ho,labor,Local 39,,North Hospital,Pharmacy,Day Team,\n\
             ha@example.org,Ha Li,labor,Local 39,,,,,boss\n\
             io@example.org,Io Ma,labor,Local 39,,North Hospital,Pharmacy,999,\n\
             ju@example.org,Ju Ng,labor,Local 39,,North Hospital,Pharmacy,Pills Team,\n\
             ju@example.org,Ju Ng,labor,Local 39,,South Clinic,Pharmacy,Pills Team,\n"
        );
        let errors = plan_of(&text, &hub(), false).unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 4, 5, 6, 7, 8, 9, 10, 12], "{errors:?}");
        let says = |line: usize, id: &str, name: &str, value: MsgArg| {
            let e = errors.iter().find(|e| e.line == line).unwrap();
            assert!(
                e.problems
                    .iter()
                    .any(|p| p.id == id && p.arg(name) == Some(&value)),
                "line {line}: {e}"
            );
        };
        let text = |t: &str| MsgArg::Text(t.to_string());
        says(2, "admin-import-email-bad", "email", text("not-an-email"));
        says(4, "admin-import-side-bad", "side", text("union"));
        says(5, "admin-import-no-local", "name", text("Local 1"));
        says(6, "admin-import-no-facility", "name", text("East Clinic"));
        says(
            7,
            "admin-import-no-department",
            "department",
            text("Radiology"),
        );
        says(8, "admin-import-no-team", "team", text("Day Team"));
        says(9, "admin-import-role-bad", "role", text("boss"));
        says(10, "admin-import-no-team-number", "id", MsgArg::Number(999));
        says(
            12,
            "admin-import-written-differently",
            "details",
            MsgArg::Msg(Box::new(
                Msg::new("admin-import-differ-facility")
                    .text("value", "South Clinic")
                    .number("line", 11)
                    .text("first", "North Hospital"),
            )),
        );
    }

    #[test]
    fn a_missing_header_column_is_reported_on_line_one() {
        let errors = plan_of("email,side\na@example.org,labor\n", &hub(), false).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 1);
        assert_eq!(
            errors[0].problems,
            vec![Msg::new("admin-import-header-needs").msg("columns", plain("name"))],
            "{}",
            errors[0]
        );
    }

    #[test]
    fn an_ambiguous_team_name_asks_for_the_number_and_the_number_works() {
        let mut current = hub();
        current.org.teams.push(named(102, 10, "Night Team"));
        let text = "email,name,side,local,facility,department,team\n\
                    ana@example.org,Ana Diaz,labor,Local 39,North Hospital,Pharmacy,Night Team\n";
        let errors = plan_of(text, &current, false).unwrap_err();
        assert!(
            errors[0].has("admin-import-team-ambiguous"),
            "{}",
            errors[0]
        );
        let plan = plan_of(&text.replace(",Night Team", ",102"), &current, false).unwrap();
        assert_eq!(plan.roles_added[0].team_id, 102);
    }

    #[test]
    fn the_fingerprint_follows_the_changes() {
        let text = format!("{}cy@example.org,Cy Park,labor,Local 39,,,,,\n", matching());
        let a = plan_of(&text, &hub(), false).unwrap();
        let b = plan_of(&text, &hub(), false).unwrap();
        assert_eq!(a.fingerprint(), b.fingerprint());
        let mut changed = hub();
        changed.people[0].job_title = "Chief pharmacist".into();
        let c = plan_of(&text, &changed, false).unwrap();
        assert_ne!(a.fingerprint(), c.fingerprint());
    }
}
