//! Learning: the Learning Roadmap tour and each person's progress through it, the "Dig Deeper"
//! personal actions, training records (one entered by hand or many from a CSV file), the seven
//! partnership principles as a supervisor–steward checklist and as a private personal
//! reflection, and the rule that keeps reflection results anonymous.
//!
//! The tour, the principles and their behaviours are data here, in step with the content pages
//! they point to (`content/learning-roadmap.md`, `content/seven-partnership-principles.md`,
//! `content/supervisor-steward-principles-checklist.md` and `content/do-you-act-in-partnership.md`);
//! their words, like every message the rules give, are the interface's, in the web crate's
//! catalogue, so they follow the reader's language.

use serde::Serialize;

use crate::decisions::valid_date;
use crate::message::Msg;
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

/// What is wrong with the date a course was completed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    Missing,
    /// Not a real `YYYY-MM-DD` date (as written).
    NotADate(String),
    InTheFuture(String),
    /// Before [`EARLIEST_TRAINING_DATE`].
    TooLongAgo(String),
}

impl DateProblem {
    /// The problem as a form says it, a sentence (`learning-error-date-*`).
    pub fn sentence(&self) -> Msg {
        self.message("learning-error-date")
    }

    /// The problem as one of those of a line of a file (`learning-line-date-*`): lower case,
    /// no full stop, so several join into one sentence.
    pub fn fragment(&self) -> Msg {
        self.message("learning-line-date")
    }

    fn message(&self, prefix: &str) -> Msg {
        let (what, date) = match self {
            DateProblem::Missing => ("missing", None),
            DateProblem::NotADate(d) => ("form", Some(d)),
            DateProblem::InTheFuture(d) => ("future", Some(d)),
            DateProblem::TooLongAgo(d) => ("too-old", Some(d)),
        };
        let msg = Msg::new(format!("{prefix}-{what}"));
        match date {
            Some(d) => msg.text("date", d.clone()),
            None => msg,
        }
    }
}

/// Checks the date a course was completed: a real `YYYY-MM-DD` date, not after `today`.
pub fn check_completed_on(completed_on: &str, today: &str) -> Result<String, DateProblem> {
    let date = completed_on.trim();
    if date.is_empty() {
        return Err(DateProblem::Missing);
    }
    if !valid_date(date) {
        return Err(DateProblem::NotADate(date.to_string()));
    }
    if date > today {
        return Err(DateProblem::InTheFuture(date.to_string()));
    }
    if date < EARLIEST_TRAINING_DATE {
        return Err(DateProblem::TooLongAgo(date.to_string()));
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
            errors.add("course", "learning-error-course-missing");
        } else if !courses.contains(&course) {
            errors.add("course", "learning-error-course-unknown");
        }
        if let Err(problem) = check_completed_on(&self.completed_on, today) {
            errors.add("completed_on", problem.sentence());
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

/// The problems of one line (1-based; the header is line 1), each a fragment of one sentence
/// (`learning-line-*`: lower case, no full stop), in the order found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    pub problems: Vec<Msg>,
}

impl LineError {
    fn new(line: usize, problem: Msg) -> LineError {
        LineError {
            line,
            problems: vec![problem],
        }
    }
}

/// What a training file holds: the good lines and the problems of each bad one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrainingImport {
    pub rows: Vec<TrainingRow>,
    pub errors: Vec<LineError>,
}

impl TrainingImport {
    /// Moves a row the caller found bad (unknown person or course) to the errors.
    pub fn reject(&mut self, line: usize, problems: Vec<Msg>) {
        self.rows.retain(|r| r.line != line);
        self.errors.push(LineError { line, problems });
        self.errors.sort_by_key(|e| e.line);
    }
}

/// Reads a training file: a header naming `email`, `course` and `completed_on` (any order,
/// any case, other columns ignored), then one completed course per line. Each bad line gets a
/// problem with its number; a line repeating an earlier one is bad too. Whether the people and
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
        import
            .errors
            .push(LineError::new(1, Msg::new("learning-line-empty-file")));
        return import;
    };
    let header = match cells(header) {
        Ok(header) => header,
        Err(problem) => {
            import.errors.push(LineError::new(header_line, problem));
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
        import.errors.push(LineError::new(
            header_line,
            Msg::new("learning-line-bad-header"),
        ));
        return import;
    };
    let mut seen: Vec<(String, String, String, usize)> = Vec::new();
    for (line, raw) in lines {
        let record = match cells(raw) {
            Ok(record) => record,
            Err(problem) => {
                import.errors.push(LineError::new(line, problem));
                continue;
            }
        };
        let cell = |at: usize| record.get(at).cloned().unwrap_or_default();
        let mut problems: Vec<Msg> = Vec::new();
        let mut email_errors = FieldErrors::new();
        let email = crate::validation::email(&mut email_errors, "email", &cell(email_at));
        if email_errors.get("email").is_some() {
            problems.push(if email.is_empty() {
                Msg::new("learning-line-no-email")
            } else {
                Msg::new("learning-line-bad-email").text("email", email.clone())
            });
        }
        let course = cell(course_at).to_lowercase();
        if course.is_empty() {
            problems.push(Msg::new("learning-line-no-course"));
        }
        let completed_on = match check_completed_on(&cell(date_at), today) {
            Ok(date) => date,
            Err(problem) => {
                problems.push(problem.fragment());
                String::new()
            }
        };
        if problems.is_empty() {
            if let Some((_, _, _, first)) = seen
                .iter()
                .find(|(e, c, d, _)| *e == email && *c == course && *d == completed_on)
            {
                problems.push(Msg::new("learning-line-repeat").number("line", *first));
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
            import.errors.push(LineError { line, problems });
        }
    }
    import
}

/// The trimmed cells of one CSV line.
fn cells(line: &str) -> Result<Vec<String>, Msg> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(line.as_bytes());
    match reader.records().next() {
        Some(Ok(record)) => Ok(record.iter().map(str::to_string).collect()),
        Some(Err(_)) => Err(Msg::new("learning-line-unreadable")),
        None => Ok(Vec::new()),
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

/// One partnership principle: its number and how many everyday behaviours a supervisor and a
/// steward check together ("we …"). Its words are the interface's, in the web crate's catalogue:
/// `learning-principle-<n>-title`, `-summary`, `-behaviour-<i>` (from 1) and `-reflection`, the
/// statement a person rates themselves against ("I …").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Principle {
    pub number: u8,
    pub behaviours: usize,
}

impl Principle {
    /// Its title ("The department's success is a shared job").
    pub fn title(&self) -> Msg {
        self.message("title")
    }

    /// What it asks of both partners, in a sentence.
    pub fn summary(&self) -> Msg {
        self.message("summary")
    }

    /// Behaviour `index` (from 0), as the checklist lists it.
    pub fn behaviour(&self, index: usize) -> Msg {
        self.message(&format!("behaviour-{}", index + 1))
    }

    /// The statement of the personal reflection.
    pub fn reflection(&self) -> Msg {
        self.message("reflection")
    }

    fn message(&self, part: &str) -> Msg {
        Msg::new(format!("learning-principle-{}-{part}", self.number))
    }
}

pub const PRINCIPLES: [Principle; 7] = [
    Principle {
        number: 1,
        behaviours: 3,
    },
    Principle {
        number: 2,
        behaviours: 3,
    },
    Principle {
        number: 3,
        behaviours: 5,
    },
    Principle {
        number: 4,
        behaviours: 5,
    },
    Principle {
        number: 5,
        behaviours: 4,
    },
    Principle {
        number: 6,
        behaviours: 2,
    },
    Principle {
        number: 7,
        behaviours: 4,
    },
];

/// The key of behaviour `index` (from 0) of principle `number`: "3.2" is the second behaviour
/// of principle 3.
pub fn behaviour_key(number: u8, index: usize) -> String {
    format!("{number}.{}", index + 1)
}

/// The principle and the behaviour's index (from 0) a key names, if it names one.
pub fn parse_behaviour_key(key: &str) -> Option<(&'static Principle, usize)> {
    let (number, item) = key.trim().split_once('.')?;
    let number: u8 = number.parse().ok()?;
    let item: usize = item.parse().ok()?;
    let principle = PRINCIPLES.iter().find(|p| p.number == number)?;
    let index = item.checked_sub(1)?;
    (index < principle.behaviours).then_some((principle, index))
}

/// How many behaviours the checklist holds.
pub fn behaviour_count() -> usize {
    PRINCIPLES.iter().map(|p| p.behaviours).sum()
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
            "learning-error-partner-self",
        ));
    }
    let pair = (starter_side, partner_side);
    if pair == (Side::Management, Side::Labor) || pair == (Side::Labor, Side::Management) {
        Ok(())
    } else {
        // The sides as codes: the message words each for the sentence it is in.
        Err(ValidationError::new(
            "partner",
            Msg::new("learning-error-partner-sides")
                .text("you", starter_side.code())
                .text("them", partner_side.code()),
        ))
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
                    Msg::new("learning-error-answer").number("number", i + 1),
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

/// The catalogue id of what a hidden aggregate says instead.
pub const NOT_ENOUGH_ANSWERS: &str = "learning-not-enough-answers";

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
        assert_eq!(errors.id("course"), Some("learning-error-course-missing"));
        assert_eq!(
            errors.get("completed_on"),
            Some(&Msg::new("learning-error-date-future").text("date", "2026-03-11"))
        );
        let errors = entry("basket-weaving", "2026-02-30")
            .check(&courses, today)
            .unwrap_err();
        assert_eq!(errors.id("course"), Some("learning-error-course-unknown"));
        assert_eq!(
            errors.get("completed_on"),
            Some(&Msg::new("learning-error-date-form").text("date", "2026-02-30"))
        );
        let errors = entry("course-lmp-orientation", "1960-01-01")
            .check(&courses, today)
            .unwrap_err();
        assert_eq!(
            errors.id("completed_on"),
            Some("learning-error-date-too-old")
        );
        let errors = entry("course-lmp-orientation", " ")
            .check(&courses, today)
            .unwrap_err();
        assert_eq!(
            errors.id("completed_on"),
            Some("learning-error-date-missing")
        );
        assert_eq!(errors.get("course"), None);
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
        assert_eq!(
            import.errors[0].problems,
            [Msg::new("learning-line-bad-email").text("email", "not-an-email")]
        );
        assert_eq!(
            import.errors[1].problems,
            [
                Msg::new("learning-line-no-course"),
                Msg::new("learning-line-date-future").text("date", "2099-01-01"),
            ],
            "every problem of a line, in order"
        );
        assert_eq!(
            import.errors[2].problems,
            [Msg::new("learning-line-repeat").number("line", 2)]
        );

        let mut import = import;
        import.reject(
            2,
            vec![Msg::new("learning-line-unknown-person").text("email", "ana@example.org")],
        );
        assert_eq!(import.rows.len(), 1);
        assert_eq!(import.errors[0].line, 2);

        let bad_header = parse_training_csv("who,what\nx,y\n", "2026-03-10");
        assert!(bad_header.rows.is_empty());
        assert_eq!(bad_header.errors[0].line, 1);
        assert_eq!(
            bad_header.errors[0].problems,
            [Msg::new("learning-line-bad-header")]
        );
        let empty = parse_training_csv("", "2026-03-10");
        assert_eq!(empty.errors.len(), 1);
        assert_eq!(empty.errors[0].problems[0].id, "learning-line-empty-file");
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
            assert!(p.behaviours > 0);
            for j in 0..p.behaviours {
                let key = behaviour_key(p.number, j);
                assert_eq!(parse_behaviour_key(&key), Some((p, j)));
            }
            assert_eq!(
                parse_behaviour_key(&behaviour_key(p.number, p.behaviours)),
                None,
                "one past the last behaviour of {}",
                p.number
            );
        }
        assert_eq!(behaviour_count(), 26);
        assert_eq!(PRINCIPLES[2].title().id, "learning-principle-3-title");
        assert_eq!(
            PRINCIPLES[2].behaviour(1).id,
            "learning-principle-3-behaviour-2"
        );
        assert_eq!(
            PRINCIPLES[6].reflection().id,
            "learning-principle-7-reflection"
        );
        for bad in ["", "8.1", "1.0", "1.4", "x.1", "1"] {
            assert_eq!(parse_behaviour_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_checklist_pairs_a_manager_and_a_labor_person() {
        assert!(check_checklist_pair(1, Side::Labor, 2, Side::Management).is_ok());
        assert!(check_checklist_pair(1, Side::Management, 2, Side::Labor).is_ok());
        assert!(check_checklist_pair(1, Side::Labor, 1, Side::Management).is_err());
        let alone = check_checklist_pair(1, Side::Labor, 1, Side::Management).unwrap_err();
        assert_eq!(alone.message.id, "learning-error-partner-self");
        let same = check_checklist_pair(1, Side::Labor, 2, Side::Labor).unwrap_err();
        assert_eq!(same.field, "partner");
        assert_eq!(
            same.message,
            Msg::new("learning-error-partner-sides")
                .text("you", "labor")
                .text("them", "labor")
        );
        let doctor = check_checklist_pair(1, Side::Physician, 2, Side::Labor).unwrap_err();
        assert_eq!(
            doctor.message.arg("you"),
            Some(&crate::MsgArg::Text("physician".into()))
        );
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
        assert_eq!(
            errors.get("p3"),
            Some(&Msg::new("learning-error-answer").number("number", 3))
        );
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
