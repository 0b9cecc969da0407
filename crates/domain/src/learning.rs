//! Learning: the Learning Roadmap tour and each person's progress through it, the "Dig Deeper"
//! personal actions, training records (one entered by hand or many from a CSV file), the seven
//! partnership principles as a supervisor–steward checklist and as a private personal
//! reflection, and the rule that keeps reflection results anonymous.
//!
//! The tour, the principles and their behaviours are data here, written in our own words and in
//! step with the content pages they point to (`content/learning-roadmap.md`,
//! `content/seven-partnership-principles.md`, `content/supervisor-steward-principles-checklist.md`
//! and `content/do-you-act-in-partnership.md`).

use serde::Serialize;

use crate::decisions::valid_date;
use crate::org::Side;
use crate::roles::TeamRole;
use crate::validation::{FieldErrors, ValidationError};

// ---------------------------------------------------------------------------------------------
// The Learning Roadmap tour.

/// One stop of the tour: its code and the content pages to read there. Its title, summary and
/// the link text of each page are the interface's words, in the web crate's catalogue
/// (`tour-<code>-title`, `tour-<code>-summary`, `tour-page-<slug>`), so they follow the reader's
/// language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TourStop {
    /// Stable code stored with a person's progress; never change one once people use it.
    pub code: &'static str,
    /// Slugs of the content pages, the first one being the main read.
    pub pages: &'static [&'static str],
}

/// The tour in order: agreements, history, the Value Compass, teams, methods, principles.
pub const TOUR: [TourStop; 6] = [
    TourStop {
        code: "agreements",
        pages: &[
            "partnership-agreements",
            "national-agreement-and-local-contracts",
            "founding-partnership-agreement",
        ],
    },
    TourStop {
        code: "history",
        pages: &["our-history"],
    },
    TourStop {
        code: "compass",
        pages: &["value-compass"],
    },
    TourStop {
        code: "teams",
        pages: &["what-is-a-unit-based-team", "path-to-performance"],
    },
    TourStop {
        code: "methods",
        pages: &[
            "rapid-improvement-model-and-pdsa",
            "interest-based-problem-solving",
            "consensus-decision-making",
        ],
    },
    TourStop {
        code: "principles",
        pages: &["seven-partnership-principles", "do-you-act-in-partnership"],
    },
];

/// The stop with this code.
pub fn tour_stop(code: &str) -> Option<&'static TourStop> {
    TOUR.iter().find(|s| s.code == code)
}

/// How far one person has got: which stops are done, how many, and where to carry on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TourProgress {
    /// For each stop of [`TOUR`], in order, whether it is done.
    pub done: Vec<bool>,
    pub done_count: usize,
    pub total: usize,
    /// The first stop not done yet, in tour order; `None` when the tour is finished.
    pub next: Option<usize>,
}

impl TourProgress {
    /// Progress from the stop codes a person has marked done; unknown codes (a stop since
    /// removed) are ignored.
    pub fn from_done<S: AsRef<str>>(done_codes: &[S]) -> TourProgress {
        let done: Vec<bool> = TOUR
            .iter()
            .map(|stop| done_codes.iter().any(|c| c.as_ref() == stop.code))
            .collect();
        let done_count = done.iter().filter(|d| **d).count();
        TourProgress {
            next: done.iter().position(|d| !*d),
            total: TOUR.len(),
            done,
            done_count,
        }
    }

    pub fn finished(&self) -> bool {
        self.next.is_none()
    }
}

// ---------------------------------------------------------------------------------------------
// Dig Deeper: personal actions read from the content page's Markdown list.

/// The content page the actions come from.
pub const DIG_DEEPER_SLUG: &str = "dig-deeper";

/// One action a person can tick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    /// Derived from the wording, so a person's ticks stay with an action while the page keeps
    /// it, and an action reworded by the editors starts unticked.
    pub key: String,
    /// The heading the action is listed under ("Learn", "Connect", "Act"), or empty.
    pub group: String,
    pub text: String,
}

/// The actions of the Dig Deeper page: every Markdown list item (`- …` or `* …`), with a
/// leading tick box (☐, `[ ]`) dropped and links reduced to their text, under the nearest
/// heading. Repeated items are listed once.
pub fn parse_actions(markdown: &str) -> Vec<Action> {
    let mut actions: Vec<Action> = Vec::new();
    let mut group = String::new();
    for line in markdown.lines() {
        let trimmed = line.trim();
        if let Some(heading) = trimmed.strip_prefix('#') {
            group = heading.trim_start_matches('#').trim().to_string();
            continue;
        }
        let Some(item) = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
        else {
            continue;
        };
        let item = item.trim();
        let item = item
            .strip_prefix('☐')
            .or_else(|| item.strip_prefix("[ ]"))
            .or_else(|| item.strip_prefix("[x]"))
            .unwrap_or(item);
        let text = strip_links(item.trim());
        if text.is_empty() {
            continue;
        }
        let key = action_key(&text);
        if actions.iter().any(|a| a.key == key) {
            continue;
        }
        actions.push(Action {
            key,
            group: group.clone(),
            text,
        });
    }
    actions
}

/// `[text](url)` becomes `text`; emphasis marks are dropped.
fn strip_links(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match (after.find("]("), after.find(')')) {
            (Some(close), Some(end)) if close < end => {
                out.push_str(&rest[..open]);
                out.push_str(&after[..close]);
                rest = &after[end + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace('*', "").trim().to_string()
}

/// A short stable key for an action's wording (FNV-1a over the lower-cased words).
pub fn action_key(text: &str) -> String {
    let normalised: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in normalised.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// "N of M done" for a list of actions and the keys a person has ticked; keys of actions no
/// longer on the page do not count.
pub fn actions_done<S: AsRef<str>>(actions: &[Action], ticked: &[S]) -> usize {
    actions
        .iter()
        .filter(|a| ticked.iter().any(|k| k.as_ref() == a.key))
        .count()
}

// ---------------------------------------------------------------------------------------------
// Courses and training records.

/// The course that counts as co-lead training for the Path to Performance.
pub const CO_LEAD_COURSE: &str = "course-co-lead-workshop";
/// Courses that count as team member training (any one of them).
pub const MEMBER_COURSES: [&str; 3] = [
    "course-team-member-training",
    "course-lmp-orientation",
    "course-rapid-improvement-model",
];

/// The Path to Performance level a course serves, from its `level` detail (1–5).
pub fn course_level(detail: Option<&str>) -> Option<u8> {
    detail
        .and_then(|d| d.trim().parse::<u8>().ok())
        .filter(|l| (1..=5).contains(l))
}

/// The year a history page starts at, from its `year` detail.
pub fn history_year(detail: Option<&str>) -> Option<i32> {
    detail.and_then(|d| d.trim().parse::<i32>().ok())
}

/// The earliest completion date accepted (older records are almost certainly typing mistakes).
pub const EARLIEST_TRAINING_DATE: &str = "1970-01-01";

/// Checks the date a course was completed: a real `YYYY-MM-DD` date, not after `today`.
pub fn check_completed_on(completed_on: &str, today: &str) -> Result<String, String> {
    let date = completed_on.trim();
    if date.is_empty() {
        return Err("Give the date the course was completed.".into());
    }
    if !valid_date(date) {
        return Err(format!(
            "“{date}” is not a date: write it as YYYY-MM-DD, for example 2026-03-14."
        ));
    }
    if date > today {
        return Err(format!(
            "{date} is in the future: record a course once it is completed."
        ));
    }
    if date < EARLIEST_TRAINING_DATE {
        return Err(format!("{date} is too long ago to be right."));
    }
    Ok(date.to_string())
}

/// A training record a person enters for themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingEntry {
    pub course: String,
    pub completed_on: String,
}

impl TrainingEntry {
    /// Checks the entry against the courses the hub knows (`courses`: slugs) and today's date.
    pub fn check(&self, courses: &[&str], today: &str) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        let course = self.course.trim();
        if course.is_empty() {
            errors.add("course", "Choose the course you completed.");
        } else if !courses.contains(&course) {
            errors.add("course", "Choose a course from the list.");
        }
        if let Err(message) = check_completed_on(&self.completed_on, today) {
            errors.add("completed_on", message);
        }
        errors.into_result()
    }
}

/// One good line of a training import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrainingRow {
    pub line: usize,
    pub email: String,
    pub course: String,
    pub completed_on: String,
}

/// A problem with one line (1-based; the header is line 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineError {
    pub line: usize,
    pub message: String,
}

/// What a training file holds: the good lines and a message for each bad one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TrainingImport {
    pub rows: Vec<TrainingRow>,
    pub errors: Vec<LineError>,
}

impl TrainingImport {
    /// Moves a row the caller found bad (unknown person or course) to the errors.
    pub fn reject(&mut self, line: usize, message: impl Into<String>) {
        self.rows.retain(|r| r.line != line);
        self.errors.push(LineError {
            line,
            message: message.into(),
        });
        self.errors.sort_by_key(|e| e.line);
    }
}

/// Reads a training file: a header naming `email`, `course` and `completed_on` (any order,
/// any case, other columns ignored), then one completed course per line. Each bad line gets a
/// message with its number; a line repeating an earlier one is bad too. Whether the people and
/// courses exist is for the caller, who knows them.
pub fn parse_training_csv(text: &str, today: &str) -> TrainingImport {
    let mut import = TrainingImport::default();
    // Read line by line, so every message names the line a spreadsheet shows (blank lines
    // included); no field of this file needs a line break inside quotes.
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, raw)| (i + 1, raw))
        .filter(|(_, raw)| !raw.trim().is_empty());
    let Some((header_line, header)) = lines.next() else {
        import.errors.push(LineError {
            line: 1,
            message: "the file is empty: the first line must be email,course,completed_on".into(),
        });
        return import;
    };
    let header = match cells(header) {
        Ok(header) => header,
        Err(message) => {
            import.errors.push(LineError {
                line: header_line,
                message,
            });
            return import;
        }
    };
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}').eq_ignore_ascii_case(name))
    };
    let (Some(email_at), Some(course_at), Some(date_at)) =
        (column("email"), column("course"), column("completed_on"))
    else {
        import.errors.push(LineError {
            line: header_line,
            message: "the first line must name the columns email, course and completed_on".into(),
        });
        return import;
    };
    let mut seen: Vec<(String, String, String, usize)> = Vec::new();
    for (line, raw) in lines {
        let record = match cells(raw) {
            Ok(record) => record,
            Err(message) => {
                import.errors.push(LineError { line, message });
                continue;
            }
        };
        let cell = |at: usize| record.get(at).cloned().unwrap_or_default();
        let mut problems: Vec<String> = Vec::new();
        let mut email_errors = FieldErrors::new();
        let email = crate::validation::email(&mut email_errors, "email", &cell(email_at));
        if email_errors.get("email").is_some() {
            problems.push(if email.is_empty() {
                "the email is missing".to_string()
            } else {
                format!("“{email}” is not an email address")
            });
        }
        let course = cell(course_at).to_lowercase();
        if course.is_empty() {
            problems.push("the course is missing".into());
        }
        let completed_on = match check_completed_on(&cell(date_at), today) {
            Ok(date) => date,
            Err(message) => {
                problems.push(lower_first(message.trim_end_matches('.')));
                String::new()
            }
        };
        if problems.is_empty() {
            if let Some((_, _, _, first)) = seen
                .iter()
                .find(|(e, c, d, _)| *e == email && *c == course && *d == completed_on)
            {
                problems.push(format!("the same record is already on line {first}"));
            }
        }
        if problems.is_empty() {
            seen.push((email.clone(), course.clone(), completed_on.clone(), line));
            import.rows.push(TrainingRow {
                line,
                email,
                course,
                completed_on,
            });
        } else {
            import.errors.push(LineError {
                line,
                message: problems.join("; "),
            });
        }
    }
    import
}

/// The trimmed cells of one CSV line.
fn cells(line: &str) -> Result<Vec<String>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(line.as_bytes());
    match reader.records().next() {
        Some(Ok(record)) => Ok(record.iter().map(str::to_string).collect()),
        Some(Err(_)) => Err("the line cannot be read (check its quotes)".into()),
        None => Ok(Vec::new()),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // Keep dates and quoted values as written; lower-case only a leading capital word.
        Some(first) if first.is_ascii_uppercase() => {
            first.to_ascii_lowercase().to_string() + chars.as_str()
        }
        Some(first) => first.to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// One person on a team's roster and the courses they completed (slug, first date).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonTraining {
    pub person_id: i64,
    pub name: String,
    pub roles: Vec<TeamRole>,
    pub courses: Vec<(String, String)>,
}

impl PersonTraining {
    pub fn completed(&self, course: &str) -> Option<&str> {
        self.courses
            .iter()
            .find(|(c, _)| c == course)
            .map(|(_, d)| d.as_str())
    }
}

/// A team's training at a glance: the evidence the Path to Performance training criteria can
/// be checked against.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TeamTrainingSummary {
    /// People on the roster (each counted once, whatever roles they hold).
    pub people: usize,
    /// Of them, those who completed at least one course.
    pub trained: usize,
    /// Each course completed by someone on the roster, with how many of them, most first.
    pub courses: Vec<(String, usize)>,
    pub co_leads: usize,
    /// Co-leads who completed [`CO_LEAD_COURSE`].
    pub co_leads_trained: usize,
    /// People holding the member role.
    pub members: usize,
    /// Members who completed one of [`MEMBER_COURSES`].
    pub members_trained: usize,
}

impl TeamTrainingSummary {
    /// Every co-lead has done the co-lead workshop (and the team has co-leads).
    pub fn co_lead_training_done(&self) -> bool {
        self.co_leads > 0 && self.co_leads_trained == self.co_leads
    }

    /// Every member has done one of the member courses (and the team has members).
    pub fn member_training_done(&self) -> bool {
        self.members > 0 && self.members_trained == self.members
    }
}

/// Sums up a roster's training.
pub fn summarise_training(roster: &[PersonTraining]) -> TeamTrainingSummary {
    let mut summary = TeamTrainingSummary {
        people: roster.len(),
        ..Default::default()
    };
    for person in roster {
        if !person.courses.is_empty() {
            summary.trained += 1;
        }
        for (course, _) in &person.courses {
            match summary.courses.iter_mut().find(|(c, _)| c == course) {
                Some((_, n)) => *n += 1,
                None => summary.courses.push((course.clone(), 1)),
            }
        }
        if person.roles.iter().any(|r| r.is_co_lead()) {
            summary.co_leads += 1;
            if person.completed(CO_LEAD_COURSE).is_some() {
                summary.co_leads_trained += 1;
            }
        }
        if person.roles.contains(&TeamRole::Member) {
            summary.members += 1;
            if MEMBER_COURSES.iter().any(|c| person.completed(c).is_some()) {
                summary.members_trained += 1;
            }
        }
    }
    summary
        .courses
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    summary
}

// ---------------------------------------------------------------------------------------------
// The seven principles.

/// One partnership principle, its everyday behaviours as a supervisor and a steward check them
/// together ("we …"), and the statement a person rates themselves against ("I …").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Principle {
    pub number: u8,
    pub title: &'static str,
    pub summary: &'static str,
    pub behaviours: &'static [&'static str],
    pub reflection: &'static str,
}

pub const PRINCIPLES: [Principle; 7] = [
    Principle {
        number: 1,
        title: "The department's success is a shared job",
        summary: "Managers and union representatives both answer for how well the department does.",
        behaviours: &[
            "We have agreed the targets and measures that show how the department is doing.",
            "Every co-worker knows the targets, what they mean for their own work, and where we stand today.",
            "We work side by side to make this a satisfying place to work.",
        ],
        reflection: "I treat the department's success as something I am responsible for together with my partner.",
    },
    Principle {
        number: 2,
        title: "The unions' success is a shared job too",
        summary: "Managers and union representatives both care about the strength of the unions.",
        behaviours: &[
            "We take the unions' interests into account in how the unit is run.",
            "We both know the contract and apply it with care on this unit.",
            "We notice when an issue could touch the national agreements and may need bargaining.",
        ],
        reflection: "I help the union succeed, and I show it by respecting what stewards do and the role they hold.",
    },
    Principle {
        number: 3,
        title: "Co-workers get a bigger say",
        summary: "Both partners make sure employees have a larger part in how the workplace runs.",
        behaviours: &[
            "New people learn how the partnership came about and what our mission is.",
            "People are invited to speak up about how the work is done and how it could be better.",
            "Staff take part in solving problems and learn interest-based problem solving.",
            "The team understands the budget and has a part in the department's budget process.",
            "Team members share in the team's decisions and its improvement work.",
        ],
        reflection: "I make sure the people I lead take a real part in making decisions that work.",
    },
    Principle {
        number: 4,
        title: "Both sides stand behind the partnership",
        summary: "Both sides answer together for backing the partnership and making it work.",
        behaviours: &[
            "We tell partnership success stories at staff meetings and elsewhere.",
            "We take part in partnership events, fairs, conferences and team meetings.",
            "We arrange cover so people can go to trainings, meetings and committee work.",
            "We model the way: interests first, decisions by consensus, and a culture where people speak freely.",
            "We have ground rules for holding each other to account for acting in partnership, and we use them.",
        ],
        reflection: "I am accountable, with my partner, for backing the partnership and making it happen.",
    },
    Principle {
        number: 5,
        title: "Training is a shared duty",
        summary: "Both partners make sure people get the training they need.",
        behaviours: &[
            "We have both been trained in partnership skills, including resolving issues.",
            "Each of us has taken the leaders' partnership course for our own side.",
            "The steward gets the support needed to help with training.",
            "Staff working on improvement get the training, facilitation and backing they need.",
        ],
        reflection: "I make sure, with my partner, that the people I lead get the partnership training they need, and I support them in it.",
    },
    Principle {
        number: 6,
        title: "Labor relations on the unit are a shared job",
        summary: "Keeping relations between labor and management healthy on the unit is a job for both partners.",
        behaviours: &[
            "We work through concerns by interests and settle them on the unit before they become grievances.",
            "When a process keeps failing, we use improvement methods to find and fix the root cause.",
        ],
        reflection: "I help keep labor-management relations healthy where that is part of my role, whether in a unit, a facility or a service area.",
    },
    Principle {
        number: 7,
        title: "Together for a great care experience",
        summary: "The manager and the union partner work as one so that patients and members get excellent care.",
        behaviours: &[
            "The team knows what good care looks like and how it is measured.",
            "Staff help choose the unit's quality measures and keep an eye on them.",
            "Quality is talked about openly here, and we keep improving it.",
            "We work together to keep the workplace safe.",
        ],
        reflection: "My labor or management peer and I work together so that the people we lead give patients a superb experience of care.",
    },
];

/// The key of behaviour `index` (from 0) of principle `number`: "3.2" is the second behaviour
/// of principle 3.
pub fn behaviour_key(number: u8, index: usize) -> String {
    format!("{number}.{}", index + 1)
}

/// The principle and behaviour a key names, if it names one.
pub fn parse_behaviour_key(key: &str) -> Option<(&'static Principle, &'static str)> {
    let (number, item) = key.trim().split_once('.')?;
    let number: u8 = number.parse().ok()?;
    let item: usize = item.parse().ok()?;
    let principle = PRINCIPLES.iter().find(|p| p.number == number)?;
    let behaviour = principle.behaviours.get(item.checked_sub(1)?)?;
    Some((principle, behaviour))
}

/// How many behaviours the checklist holds.
pub fn behaviour_count() -> usize {
    PRINCIPLES.iter().map(|p| p.behaviours.len()).sum()
}

// ---------------------------------------------------------------------------------------------
// The supervisor–steward checklist.

/// Checks who a checklist is started with: another person, and between them one management
/// (the supervisor) and one labor person (the steward).
pub fn check_checklist_pair(
    starter_id: i64,
    starter_side: Side,
    partner_id: i64,
    partner_side: Side,
) -> Result<(), ValidationError> {
    if starter_id == partner_id {
        return Err(ValidationError::new(
            "partner",
            "Name the other person: the checklist is filled in by two people together.",
        ));
    }
    let pair = (starter_side, partner_side);
    if pair == (Side::Management, Side::Labor) || pair == (Side::Labor, Side::Management) {
        Ok(())
    } else {
        Err(ValidationError::new(
            "partner",
            format!(
                "The checklist is for a supervisor and a steward: one of you on the management side and the other on the labor side. You are {} and they are {}.",
                side_phrase(starter_side),
                side_phrase(partner_side)
            ),
        ))
    }
}

fn side_phrase(side: Side) -> &'static str {
    match side {
        Side::Management => "on the management side",
        Side::Labor => "on the labor side",
        Side::Physician => "a physician",
    }
}

/// What a person may do with a checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChecklistAccess {
    /// Neither of its two people nor an administrator: they do not see it at all.
    None,
    /// An administrator who is not one of the two: may look, never tick or write.
    Read,
    /// One of the two people.
    Work,
}

pub fn checklist_access(viewer: i64, is_admin: bool, people: (i64, i64)) -> ChecklistAccess {
    if viewer == people.0 || viewer == people.1 {
        ChecklistAccess::Work
    } else if is_admin {
        ChecklistAccess::Read
    } else {
        ChecklistAccess::None
    }
}

/// The longest note on a checklist.
pub const NOTE_MAX: usize = 2000;

// ---------------------------------------------------------------------------------------------
// The personal reflection.

/// How often a person finds a principle true of themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Answer {
    Always,
    Sometimes,
    Never,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Always, Answer::Sometimes, Answer::Never];

    pub fn code(self) -> &'static str {
        match self {
            Answer::Always => "always",
            Answer::Sometimes => "sometimes",
            Answer::Never => "never",
        }
    }

    pub fn parse(code: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.code() == code.trim())
    }

    pub fn label(self) -> &'static str {
        match self {
            Answer::Always => "Always",
            Answer::Sometimes => "Sometimes",
            Answer::Never => "Never",
        }
    }

    /// The one letter each answer is stored as.
    fn letter(self) -> char {
        match self {
            Answer::Always => 'a',
            Answer::Sometimes => 's',
            Answer::Never => 'n',
        }
    }

    fn from_letter(letter: char) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.letter() == letter)
    }

    /// Points for the trend line: always 2, sometimes 1, never 0.
    pub fn points(self) -> u32 {
        match self {
            Answer::Always => 2,
            Answer::Sometimes => 1,
            Answer::Never => 0,
        }
    }

    fn index(self) -> usize {
        match self {
            Answer::Always => 0,
            Answer::Sometimes => 1,
            Answer::Never => 2,
        }
    }
}

/// One completed reflection: an answer for each of the seven principles, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reflection {
    pub answers: [Answer; 7],
}

impl Reflection {
    /// Reads the form: `values[i]` is what was chosen for principle `i + 1` (the field
    /// `p{i+1}`), if anything. Every principle needs one of always, sometimes or never.
    pub fn from_form(values: [&str; 7]) -> Result<Reflection, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut answers = [Answer::Never; 7];
        for (i, value) in values.iter().enumerate() {
            match Answer::parse(value) {
                Some(answer) => answers[i] = answer,
                None => errors.add(
                    &format!("p{}", i + 1),
                    format!("Choose always, sometimes or never for principle {}.", i + 1),
                ),
            }
        }
        errors.into_result().map(|_| Reflection { answers })
    }

    /// The answers as stored: seven letters, principle 1 first ("assanas").
    pub fn code(&self) -> String {
        self.answers.iter().map(|a| a.letter()).collect()
    }

    pub fn parse_code(code: &str) -> Option<Reflection> {
        let letters: Vec<Answer> = code
            .chars()
            .map(Answer::from_letter)
            .collect::<Option<_>>()?;
        let answers: [Answer; 7] = letters.try_into().ok()?;
        Some(Reflection { answers })
    }

    /// The sum of the points of each answer, 0 to 14: one number for the trend.
    pub fn score(&self) -> u32 {
        self.answers.iter().map(|a| a.points()).sum()
    }

    pub fn count(&self, answer: Answer) -> usize {
        self.answers.iter().filter(|a| **a == answer).count()
    }
}

/// The fewest different people whose answers may be shown together. Below this, a total could
/// point at someone.
pub const MIN_PEOPLE_FOR_AGGREGATE: u32 = 5;

/// How a group answered: how many people (their latest reflection each), and for each
/// principle how many said always, sometimes and never.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ReflectionCounts {
    pub people: u32,
    pub counts: [[u32; 3]; 7],
}

impl ReflectionCounts {
    /// Adds one person's reflection.
    pub fn add(&mut self, reflection: &Reflection) {
        self.people += 1;
        for (i, answer) in reflection.answers.iter().enumerate() {
            self.counts[i][answer.index()] += 1;
        }
    }

    pub fn of(&self, principle: usize, answer: Answer) -> u32 {
        self.counts
            .get(principle)
            .map_or(0, |row| row[answer.index()])
    }
}

/// What a group's reflections may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum AggregateView {
    /// Fewer than [`MIN_PEOPLE_FOR_AGGREGATE`] people answered: nothing is shown, not even
    /// how many.
    Hidden,
    Shown(ReflectionCounts),
}

/// The one rule for showing a group's reflections.
pub fn aggregate(counts: ReflectionCounts) -> AggregateView {
    if counts.people >= MIN_PEOPLE_FOR_AGGREGATE {
        AggregateView::Shown(counts)
    } else {
        AggregateView::Hidden
    }
}

/// What a hidden aggregate says instead.
pub const NOT_ENOUGH_ANSWERS: &str =
    "Not enough answers to show without identifying anyone. Totals appear once at least five different people have done the reflection.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tour_runs_from_agreements_to_principles_and_codes_are_unique() {
        let codes: Vec<&str> = TOUR.iter().map(|s| s.code).collect();
        assert_eq!(
            codes,
            [
                "agreements",
                "history",
                "compass",
                "teams",
                "methods",
                "principles"
            ]
        );
        for stop in &TOUR {
            assert!(!stop.pages.is_empty(), "{} links to a page", stop.code);
            assert_eq!(tour_stop(stop.code), Some(stop));
        }
        assert_eq!(tour_stop("nowhere"), None);
    }

    #[test]
    fn progress_counts_done_stops_and_continues_at_the_first_not_done() {
        let none = TourProgress::from_done::<&str>(&[]);
        assert_eq!((none.done_count, none.total, none.next), (0, 6, Some(0)));

        // Done out of order: the next stop is the earliest one left.
        let some = TourProgress::from_done(&["history", "agreements", "methods", "gone-stop"]);
        assert_eq!(some.done_count, 3, "an unknown code does not count");
        assert_eq!(some.next, Some(2));
        assert_eq!(TOUR[some.next.unwrap()].code, "compass");
        assert_eq!(some.done, vec![true, true, false, false, true, false]);
        assert!(!some.finished());

        let all: Vec<&str> = TOUR.iter().map(|s| s.code).collect();
        let all = TourProgress::from_done(&all);
        assert!(all.finished());
        assert_eq!(all.done_count, 6);
    }

    #[test]
    fn dig_deeper_actions_are_the_list_items_under_their_headings() {
        let page = "## How to use it\n\nRead the list.\n\n## Learn\n\n\
            - ☐ I will read the agreement.\n\
            - ☐ I will sign up for a class. (See [Training](/content/training-and-learning).)\n\n\
            ## Act\n\n* [ ] I will **coach** co-leads.\n- ☐ I will read the agreement.\n\n\
            | What | When |\n|---|---|\n| 1. | |\n";
        let actions = parse_actions(page);
        let texts: Vec<(&str, &str)> = actions
            .iter()
            .map(|a| (a.group.as_str(), a.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            [
                ("Learn", "I will read the agreement."),
                ("Learn", "I will sign up for a class. (See Training.)"),
                ("Act", "I will coach co-leads."),
            ],
            "tick boxes, links and emphasis dropped, the repeat listed once, tables ignored"
        );
        assert_eq!(
            actions[0].key,
            action_key("I  will READ the agreement."),
            "keys ignore case and spacing"
        );
        assert_ne!(actions[0].key, actions[1].key);
        let ticked = [actions[2].key.clone(), "an-old-action".to_string()];
        assert_eq!(actions_done(&actions, &ticked), 1);
    }

    #[test]
    fn the_dig_deeper_page_in_the_content_pack_has_actions() {
        let page = include_str!("../../../content/dig-deeper.md");
        let actions = parse_actions(page);
        assert!(actions.len() >= 6, "{actions:?}");
        assert!(actions.iter().all(|a| !a.text.contains('☐')));
        assert!(actions.iter().all(|a| !a.text.contains("](")));
    }

    #[test]
    fn a_training_entry_needs_a_known_course_and_a_real_date_not_in_the_future() {
        let courses = ["course-co-lead-workshop", "course-lmp-orientation"];
        let today = "2026-03-10";
        let entry = |course: &str, date: &str| TrainingEntry {
            course: course.into(),
            completed_on: date.into(),
        };
        assert!(entry("course-co-lead-workshop", "2026-03-10")
            .check(&courses, today)
            .is_ok());
        let errors = entry("", "2026-03-11").check(&courses, today).unwrap_err();
        assert!(errors.get("course").is_some());
        assert!(errors.get("completed_on").unwrap().contains("future"));
        let errors = entry("basket-weaving", "2026-02-30")
            .check(&courses, today)
            .unwrap_err();
        assert_eq!(errors.get("course"), Some("Choose a course from the list."));
        assert!(errors.get("completed_on").unwrap().contains("not a date"));
        assert!(entry("course-lmp-orientation", "1960-01-01")
            .check(&courses, today)
            .is_err());
    }

    #[test]
    fn a_training_file_reports_each_bad_line_by_number() {
        let csv = "Email,Course,Completed_On\n\
            ana@example.org,course-lmp-orientation,2026-01-05\n\
            not-an-email,course-lmp-orientation,2026-01-05\n\
            ben@example.org,,2099-01-01\n\
            \n\
            ana@example.org,course-lmp-orientation,2026-01-05\n\
            Cy@Example.org,COURSE-RAPID-IMPROVEMENT-MODEL,2025-12-31\n";
        let import = parse_training_csv(csv, "2026-03-10");
        assert_eq!(import.rows.len(), 2);
        assert_eq!(import.rows[1].email, "cy@example.org");
        assert_eq!(import.rows[1].course, "course-rapid-improvement-model");
        assert_eq!(import.rows[1].line, 7);
        let lines: Vec<usize> = import.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 4, 6]);
        assert!(import.errors[0].message.contains("not an email"));
        assert!(import.errors[1].message.contains("course is missing"));
        assert!(import.errors[1].message.contains("future"));
        assert!(import.errors[2].message.contains("line 2"));

        let mut import = import;
        import.reject(2, "nobody has the email ana@example.org");
        assert_eq!(import.rows.len(), 1);
        assert_eq!(import.errors[0].line, 2);

        let bad_header = parse_training_csv("who,what\nx,y\n", "2026-03-10");
        assert!(bad_header.rows.is_empty());
        assert_eq!(bad_header.errors[0].line, 1);
        assert_eq!(parse_training_csv("", "2026-03-10").errors.len(), 1);
    }

    #[test]
    fn team_training_counts_people_once_and_checks_co_leads_and_members() {
        let person = |id: i64, roles: Vec<TeamRole>, courses: &[&str]| PersonTraining {
            person_id: id,
            name: format!("P{id}"),
            roles,
            courses: courses
                .iter()
                .map(|c| (c.to_string(), "2026-01-01".to_string()))
                .collect(),
        };
        let roster = vec![
            person(
                1,
                vec![TeamRole::CoLead(Side::Labor), TeamRole::Steward],
                &[CO_LEAD_COURSE, "course-lmp-orientation"],
            ),
            person(2, vec![TeamRole::CoLead(Side::Management)], &[]),
            person(3, vec![TeamRole::Member], &["course-lmp-orientation"]),
            person(
                4,
                vec![TeamRole::Member],
                &["course-consensus-decision-making"],
            ),
        ];
        let summary = summarise_training(&roster);
        assert_eq!(summary.people, 4);
        assert_eq!(summary.trained, 3);
        assert_eq!(
            summary.courses[0],
            ("course-lmp-orientation".to_string(), 2)
        );
        assert_eq!((summary.co_leads, summary.co_leads_trained), (2, 1));
        assert!(!summary.co_lead_training_done());
        assert_eq!((summary.members, summary.members_trained), (2, 1));
        assert!(
            !summary.member_training_done(),
            "CDM is not member training"
        );

        let mut roster = roster;
        roster[1]
            .courses
            .push((CO_LEAD_COURSE.into(), "2026-02-01".into()));
        roster[3]
            .courses
            .push(("course-team-member-training".into(), "2026-02-01".into()));
        let summary = summarise_training(&roster);
        assert!(summary.co_lead_training_done());
        assert!(summary.member_training_done());
        assert!(!summarise_training(&[]).co_lead_training_done());
    }

    #[test]
    fn courses_and_history_read_their_details() {
        assert_eq!(course_level(Some("2")), Some(2));
        assert_eq!(course_level(Some("9")), None);
        assert_eq!(course_level(None), None);
        assert_eq!(history_year(Some(" 1995")), Some(1995));
        assert_eq!(history_year(Some("soon")), None);
    }

    #[test]
    fn there_are_seven_principles_with_behaviours_and_keys_that_round_trip() {
        assert_eq!(PRINCIPLES.len(), 7);
        for (i, p) in PRINCIPLES.iter().enumerate() {
            assert_eq!(usize::from(p.number), i + 1);
            assert!(!p.behaviours.is_empty());
            for (j, behaviour) in p.behaviours.iter().enumerate() {
                let key = behaviour_key(p.number, j);
                assert_eq!(parse_behaviour_key(&key), Some((p, *behaviour)));
            }
        }
        assert_eq!(behaviour_count(), 26);
        for bad in ["", "8.1", "1.0", "1.4", "x.1", "1"] {
            assert_eq!(parse_behaviour_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_checklist_pairs_a_manager_and_a_labor_person() {
        assert!(check_checklist_pair(1, Side::Labor, 2, Side::Management).is_ok());
        assert!(check_checklist_pair(1, Side::Management, 2, Side::Labor).is_ok());
        assert!(check_checklist_pair(1, Side::Labor, 1, Side::Management).is_err());
        let same = check_checklist_pair(1, Side::Labor, 2, Side::Labor).unwrap_err();
        assert!(same.message.contains("both") || same.message.contains("one of you"));
        assert!(check_checklist_pair(1, Side::Physician, 2, Side::Labor).is_err());
    }

    #[test]
    fn only_the_two_people_work_on_a_checklist_and_administrators_only_look() {
        assert_eq!(checklist_access(1, false, (1, 2)), ChecklistAccess::Work);
        assert_eq!(checklist_access(2, false, (1, 2)), ChecklistAccess::Work);
        assert_eq!(checklist_access(3, false, (1, 2)), ChecklistAccess::None);
        assert_eq!(checklist_access(3, true, (1, 2)), ChecklistAccess::Read);
        assert_eq!(checklist_access(2, true, (1, 2)), ChecklistAccess::Work);
    }

    #[test]
    fn a_reflection_needs_an_answer_for_every_principle() {
        let full = [
            "always",
            "sometimes",
            "never",
            "always",
            "always",
            "sometimes",
            "never",
        ];
        let reflection = Reflection::from_form(full).unwrap();
        assert_eq!(reflection.code(), "asnaasn");
        assert_eq!(Reflection::parse_code("asnaasn"), Some(reflection));
        // always 2, sometimes 1, never 0: 2 + 1 + 0 + 2 + 2 + 1 + 0.
        assert_eq!(reflection.score(), 8);
        assert_eq!(reflection.count(Answer::Always), 3);

        let mut partial = full;
        partial[2] = "";
        partial[6] = "often";
        let errors = Reflection::from_form(partial).unwrap_err();
        assert!(errors.get("p3").unwrap().contains("principle 3"));
        assert!(errors.get("p7").is_some(), "an unknown answer is refused");
        assert!(errors.get("p1").is_none());
        assert_eq!(Reflection::parse_code("asnaas"), None);
        assert_eq!(Reflection::parse_code("asnaasx"), None);
    }

    #[test]
    fn aggregates_are_hidden_below_five_people_and_shown_at_five() {
        let reflection = Reflection::parse_code("aaasnnn").unwrap();
        let mut counts = ReflectionCounts::default();
        for _ in 0..4 {
            counts.add(&reflection);
        }
        assert_eq!(counts.people, 4);
        assert_eq!(aggregate(counts), AggregateView::Hidden);
        counts.add(&Reflection::parse_code("nnnnnnn").unwrap());
        match aggregate(counts) {
            AggregateView::Shown(shown) => {
                assert_eq!(shown.people, 5);
                assert_eq!(shown.of(0, Answer::Always), 4);
                assert_eq!(shown.of(0, Answer::Never), 1);
                assert_eq!(shown.of(3, Answer::Sometimes), 4);
                assert_eq!(shown.of(9, Answer::Always), 0);
            }
            AggregateView::Hidden => panic!("five people are enough"),
        }
        assert_eq!(
            aggregate(ReflectionCounts::default()),
            AggregateView::Hidden
        );
    }
}
