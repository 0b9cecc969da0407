//! Team meetings: the agenda, ready-made agendas to start from, the meeting's status, and what
//! the end-of-meeting summary will create from the minutes. The calendar invitation is in
//! [`super::ics`].
//!
//! - [`AgendaItemKind`] and [`AgendaItem`] — what an item is for, who leads it, its time box;
//!   [`check_agenda`] checks a whole agenda and returns its total time.
//! - [`Template`] — standard team meeting, huddle, sponsor check-in, each with default items.
//! - [`MeetingStatus`] — planned, in progress, ended.
//! - [`MinutesEntry`], [`end_of_meeting_summary`] and [`Summary`] — what ending the meeting will
//!   record (decisions, tasks, PDSA updates) and what still needs attention first.

use serde::{Deserialize, Serialize};

use super::consensus::sentences;
pub use super::ics::{ics, IcsEvent};
use super::tasks::{NewTask, TaskSource};
use super::PersonId;
use crate::validation::{required_text, FieldErrors, Msg};

/// The longest agenda item title.
pub const TITLE_MAX: usize = 200;
/// The shortest and longest time box of one item, in minutes.
pub const TIMEBOX_MIN: u32 = 1;
pub const TIMEBOX_MAX: u32 = 120;
/// The most items an agenda may hold.
pub const MAX_ITEMS: usize = 30;
/// The longest text of a minutes entry.
pub const MINUTES_TEXT_MAX: usize = 2000;

/// What an agenda item is for, so people come ready for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgendaItemKind {
    Information,
    Discussion,
    Decision,
    ProblemSolving,
    PdsaUpdate,
    Huddle,
}

impl AgendaItemKind {
    pub const ALL: [AgendaItemKind; 6] = [
        AgendaItemKind::Information,
        AgendaItemKind::Discussion,
        AgendaItemKind::Decision,
        AgendaItemKind::ProblemSolving,
        AgendaItemKind::PdsaUpdate,
        AgendaItemKind::Huddle,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AgendaItemKind::Information => "information",
            AgendaItemKind::Discussion => "discussion",
            AgendaItemKind::Decision => "decision",
            AgendaItemKind::ProblemSolving => "problem_solving",
            AgendaItemKind::PdsaUpdate => "pdsa",
            AgendaItemKind::Huddle => "huddle",
        }
    }

    pub fn parse(code: &str) -> Option<AgendaItemKind> {
        AgendaItemKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The catalogue id of the kind's name ("For a decision").
    pub fn label_id(self) -> &'static str {
        match self {
            AgendaItemKind::Information => "agenda-kind-information",
            AgendaItemKind::Discussion => "agenda-kind-discussion",
            AgendaItemKind::Decision => "agenda-kind-decision",
            AgendaItemKind::ProblemSolving => "agenda-kind-problem_solving",
            AgendaItemKind::PdsaUpdate => "agenda-kind-pdsa",
            AgendaItemKind::Huddle => "agenda-kind-huddle",
        }
    }

    /// The catalogue id of what people should expect from an item of this kind.
    pub fn hint_id(self) -> &'static str {
        match self {
            AgendaItemKind::Information => "agenda-hint-information",
            AgendaItemKind::Discussion => "agenda-hint-discussion",
            AgendaItemKind::Decision => "agenda-hint-decision",
            AgendaItemKind::ProblemSolving => "agenda-hint-problem_solving",
            AgendaItemKind::PdsaUpdate => "agenda-hint-pdsa",
            AgendaItemKind::Huddle => "agenda-hint-huddle",
        }
    }
}

/// One item of an agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub title: String,
    pub kind: AgendaItemKind,
    /// Who leads the item.
    pub owner: Option<PersonId>,
    /// Its time box.
    pub minutes: u32,
}

impl AgendaItem {
    /// Checks one item, with errors under `title`, `owner` and `minutes`.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        required_text(
            &mut errors,
            "title",
            "meeting-field-item",
            &self.title,
            TITLE_MAX,
        );
        if self.owner.is_none() {
            errors.add("owner", "meeting-item-owner-missing");
        }
        if !(TIMEBOX_MIN..=TIMEBOX_MAX).contains(&self.minutes) {
            errors.add(
                "minutes",
                Msg::new("meeting-item-minutes-range")
                    .number("min", TIMEBOX_MIN)
                    .number("max", TIMEBOX_MAX),
            );
        }
        errors.into_result()
    }
}

/// Checks a whole agenda and returns its total minutes. An item's errors come under
/// `items[i].title`, `items[i].owner` and `items[i].minutes` (i from 0); the agenda's own under
/// `items`; an agenda longer than the meeting (when its length is known) under `total`.
pub fn check_agenda(
    items: &[AgendaItem],
    meeting_minutes: Option<u32>,
) -> Result<u32, FieldErrors> {
    let mut errors = FieldErrors::new();
    if items.is_empty() {
        errors.add("items", "meeting-agenda-no-items");
    } else if items.len() > MAX_ITEMS {
        errors.add(
            "items",
            Msg::new("meeting-agenda-too-many").number("max", MAX_ITEMS),
        );
    }
    for (i, item) in items.iter().enumerate() {
        if let Err(item_errors) = item.check() {
            for (field, message) in item_errors.iter() {
                errors.add(&format!("items[{i}].{field}"), message.clone());
            }
        }
    }
    let total: u32 = items.iter().map(|i| i.minutes.min(TIMEBOX_MAX)).sum();
    if let Some(length) = meeting_minutes {
        if total > length {
            errors.add(
                "total",
                Msg::new("meeting-agenda-too-long")
                    .number("total", total)
                    .number("length", length),
            );
        }
    }
    errors.into_result().map(|()| total)
}

/// A ready-made agenda to start from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Template {
    StandardTeamMeeting,
    Huddle,
    SponsorCheckIn,
}

impl Template {
    pub const ALL: [Template; 3] = [
        Template::StandardTeamMeeting,
        Template::Huddle,
        Template::SponsorCheckIn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Template::StandardTeamMeeting => "team_meeting",
            Template::Huddle => "huddle",
            Template::SponsorCheckIn => "sponsor_check_in",
        }
    }

    pub fn parse(code: &str) -> Option<Template> {
        Template::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The catalogue id of the template's name ("Team meeting (1 hour)").
    pub fn label_id(self) -> &'static str {
        match self {
            Template::StandardTeamMeeting => "meeting-template-team_meeting",
            Template::Huddle => "meeting-template-huddle",
            Template::SponsorCheckIn => "meeting-template-sponsor_check_in",
        }
    }

    /// The catalogue id of the title a meeting of this kind gets when none is typed.
    pub fn default_title_id(self) -> &'static str {
        match self {
            Template::StandardTeamMeeting => "meeting-default-title-team_meeting",
            Template::Huddle => "meeting-default-title-huddle",
            Template::SponsorCheckIn => "meeting-default-title-sponsor_check_in",
        }
    }

    /// The default items: the catalogue id of the title, kind and minutes.
    pub fn items(self) -> Vec<(&'static str, AgendaItemKind, u32)> {
        use AgendaItemKind::*;
        match self {
            Template::StandardTeamMeeting => vec![
                ("meeting-tpl-welcome", Information, 5),
                ("meeting-tpl-safety-first", Discussion, 5),
                ("meeting-tpl-follow-up", Information, 10),
                ("meeting-tpl-measures", PdsaUpdate, 15),
                ("meeting-tpl-problem", ProblemSolving, 15),
                ("meeting-tpl-decisions", Decision, 5),
                ("meeting-tpl-recap", Information, 5),
            ],
            Template::Huddle => vec![
                ("meeting-tpl-huddle-safety", Huddle, 3),
                ("meeting-tpl-huddle-issues", Huddle, 5),
                ("meeting-tpl-huddle-ideas", Huddle, 4),
                ("meeting-tpl-huddle-wins", Huddle, 3),
            ],
            Template::SponsorCheckIn => vec![
                ("meeting-tpl-sponsor-goals", Information, 10),
                ("meeting-tpl-sponsor-p2p", Discussion, 10),
                ("meeting-tpl-sponsor-barriers", Discussion, 5),
                ("meeting-tpl-sponsor-agreed", Decision, 5),
            ],
        }
    }

    /// The default items as an agenda, each led by `owner` until someone else is chosen.
    /// `title` words an item's title (a catalogue id) in the language of whoever plans the
    /// meeting: the titles are then the team's own, to change like any other.
    pub fn agenda(
        self,
        owner: Option<PersonId>,
        title: impl Fn(&'static str) -> String,
    ) -> Vec<AgendaItem> {
        self.items()
            .into_iter()
            .map(|(id, kind, minutes)| AgendaItem {
                title: title(id),
                kind,
                owner,
                minutes,
            })
            .collect()
    }
}

/// Where a meeting is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MeetingStatus {
    Planned,
    InProgress,
    Ended,
}

impl MeetingStatus {
    pub const ALL: [MeetingStatus; 3] = [
        MeetingStatus::Planned,
        MeetingStatus::InProgress,
        MeetingStatus::Ended,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MeetingStatus::Planned => "planned",
            MeetingStatus::InProgress => "in_progress",
            MeetingStatus::Ended => "ended",
        }
    }

    pub fn parse(code: &str) -> Option<MeetingStatus> {
        MeetingStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The catalogue id of the status's name ("Happening now").
    pub fn label_id(self) -> &'static str {
        match self {
            MeetingStatus::Planned => "meeting-status-planned",
            MeetingStatus::InProgress => "meeting-status-in_progress",
            MeetingStatus::Ended => "meeting-status-ended",
        }
    }

    /// A meeting starts, then ends; an ended meeting stays ended.
    pub fn can_move_to(self, next: MeetingStatus) -> bool {
        matches!(
            (self, next),
            (MeetingStatus::Planned, MeetingStatus::InProgress)
                | (MeetingStatus::InProgress, MeetingStatus::Ended)
        )
    }

    /// Minutes can be taken while the meeting runs.
    pub fn takes_minutes(self) -> bool {
        self == MeetingStatus::InProgress
    }
}

/// One entry of a meeting's minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind")]
pub enum MinutesEntry {
    /// Kept in the minutes only.
    Note {
        text: String,
    },
    Decision {
        text: String,
    },
    Task {
        title: String,
        owner: Option<PersonId>,
        /// `YYYY-MM-DD`.
        due: String,
    },
    /// A note for a PDSA cycle of one of the team's projects.
    PdsaUpdate {
        cycle: i64,
        note: String,
    },
}

impl MinutesEntry {
    /// Checks an entry as it is typed during the meeting, with errors under `text`, `title`,
    /// `owner`, `due` or `note`. A task may be saved before it has an owner or a date; the
    /// end-of-meeting summary asks for them.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        match self {
            MinutesEntry::Note { text } => {
                required_text(
                    &mut errors,
                    "text",
                    "meeting-field-note",
                    text,
                    MINUTES_TEXT_MAX,
                );
            }
            MinutesEntry::Decision { text } => {
                required_text(
                    &mut errors,
                    "text",
                    "meeting-field-decision",
                    text,
                    MINUTES_TEXT_MAX,
                );
            }
            MinutesEntry::Task { title, .. } => {
                required_text(
                    &mut errors,
                    "title",
                    super::tasks::TITLE_LABEL,
                    title,
                    super::tasks::TITLE_MAX,
                );
            }
            MinutesEntry::PdsaUpdate { note, .. } => {
                required_text(
                    &mut errors,
                    "note",
                    "meeting-field-update",
                    note,
                    MINUTES_TEXT_MAX,
                );
            }
        }
        errors.into_result()
    }
}

/// A record the end of the meeting will create.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind")]
pub enum Creation {
    Decision { text: String },
    Task(NewTask),
    PdsaNote { cycle: i64, note: String },
}

/// An entry that cannot become a record as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attention {
    /// Index of the entry in the minutes.
    pub entry: usize,
    pub message: Msg,
}

/// What ending the meeting will do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub creates: Vec<Creation>,
    pub needs_attention: Vec<Attention>,
    /// Notes kept in the minutes only.
    pub notes: usize,
}

impl Summary {
    pub fn decisions(&self) -> usize {
        self.count(|c| matches!(c, Creation::Decision { .. }))
    }

    pub fn tasks(&self) -> usize {
        self.count(|c| matches!(c, Creation::Task(_)))
    }

    pub fn pdsa_updates(&self) -> usize {
        self.count(|c| matches!(c, Creation::PdsaNote { .. }))
    }

    fn count(&self, f: impl Fn(&Creation) -> bool) -> usize {
        self.creates.iter().filter(|c| f(c)).count()
    }

    /// One sentence for the confirmation before ending the meeting: "Ending the meeting will
    /// record 1 decision, create 2 tasks and add 1 update to PDSA cycles."
    pub fn sentence(&self) -> Msg {
        let parts: Vec<Msg> = [
            ("meeting-will-record", self.decisions()),
            ("meeting-will-create", self.tasks()),
            ("meeting-will-add", self.pdsa_updates()),
        ]
        .into_iter()
        .filter(|(_, count)| *count > 0)
        .map(|(id, count)| Msg::new(id).number("count", count))
        .collect();
        let mut parts = parts.into_iter();
        let list = match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => return Msg::new("meeting-will-save-only"),
            (Some(one), None, _) => one,
            (Some(first), Some(second), None) => Msg::new("meeting-will-two")
                .msg("first", first)
                .msg("second", second),
            (Some(first), Some(second), Some(third)) => Msg::new("meeting-will-three")
                .msg("first", first)
                .msg("second", second)
                .msg("third", third),
        };
        Msg::new("meeting-will").msg("list", list)
    }
}

/// What the end-of-meeting summary will create from the minutes, in the order written, and
/// which entries must be fixed first (a task without an owner, an empty decision).
pub fn end_of_meeting_summary(entries: &[MinutesEntry]) -> Summary {
    let mut summary = Summary::default();
    let mut attention = |entry: usize, message: Msg| {
        summary.needs_attention.push(Attention { entry, message });
    };
    let mut creates = Vec::new();
    let mut notes = 0;
    for (i, entry) in entries.iter().enumerate() {
        match entry {
            MinutesEntry::Note { .. } => notes += 1,
            MinutesEntry::Decision { text } => {
                if text.trim().is_empty() {
                    attention(i, Msg::new("meeting-attention-decision"));
                } else {
                    creates.push(Creation::Decision {
                        text: text.trim().to_string(),
                    });
                }
            }
            MinutesEntry::Task { title, owner, due } => {
                let task = NewTask {
                    title: title.trim().to_string(),
                    owner: *owner,
                    due: due.trim().to_string(),
                    source: TaskSource::Meeting,
                };
                match task.check() {
                    Ok(()) => creates.push(Creation::Task(task)),
                    Err(errors) => {
                        let message = if task.title.is_empty() {
                            Msg::new("meeting-attention-task-untitled")
                        } else {
                            Msg::new("meeting-attention-task").text("title", task.title.clone())
                        };
                        // A refused task names at least one problem.
                        if let Some(problems) = sentences(errors.iter().map(|(_, m)| m.clone())) {
                            attention(i, message.msg("problems", problems));
                        }
                    }
                }
            }
            MinutesEntry::PdsaUpdate { cycle, note } => {
                if note.trim().is_empty() {
                    attention(i, Msg::new("meeting-attention-pdsa"));
                } else {
                    creates.push(Creation::PdsaNote {
                        cycle: *cycle,
                        note: note.trim().to_string(),
                    });
                }
            }
        }
    }
    summary.creates = creates;
    summary.notes = notes;
    summary
}

/// How many weeks apart a team's charter says it meets ("every other week" → 2, "weekly
/// huddle, monthly meeting" → 1, "monthly" → 4), to suggest a series when planning; `None`
/// when the charter does not say.
pub fn cadence_weeks(charter_cadence: &str) -> Option<u32> {
    let text = charter_cadence.to_lowercase();
    let fortnightly = [
        "other week",
        "two weeks",
        "2 weeks",
        "biweekly",
        "fortnight",
    ];
    if fortnightly.iter().any(|p| text.contains(p)) {
        Some(2)
    } else if text.contains("week") {
        Some(1)
    } else if text.contains("month") {
        Some(4)
    } else {
        None
    }
}

/// The most meetings planned at once as a series.
pub const SERIES_MAX: u32 = 12;

/// The start times of a series: `count` meetings `weeks` apart from `first` (unix seconds).
pub fn series(first: i64, weeks: u32, count: u32) -> Vec<i64> {
    let count = count.clamp(1, SERIES_MAX);
    (0..count)
        .map(|i| first + i64::from(i) * i64::from(weeks.max(1)) * 7 * 86_400)
        .collect()
}

#[cfg(test)]
mod cadence_tests {
    use super::*;

    #[test]
    fn the_charter_cadence_suggests_how_far_apart_meetings_are() {
        assert_eq!(cadence_weeks("Every other week, 30 minutes"), Some(2));
        assert_eq!(cadence_weeks("Weekly huddle, monthly meeting"), Some(1));
        assert_eq!(cadence_weeks("Monthly, 60 minutes"), Some(4));
        assert_eq!(cadence_weeks("Biweekly"), Some(2));
        assert_eq!(cadence_weeks("When needed"), None);
    }

    #[test]
    fn a_series_is_spaced_by_whole_weeks_and_bounded() {
        assert_eq!(series(0, 2, 3), vec![0, 14 * 86_400, 28 * 86_400]);
        assert_eq!(series(100, 1, 0), vec![100], "at least one");
        assert_eq!(series(0, 1, 99).len(), SERIES_MAX as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(title: &str, owner: Option<PersonId>, minutes: u32) -> AgendaItem {
        AgendaItem {
            title: title.into(),
            kind: AgendaItemKind::Discussion,
            owner,
            minutes,
        }
    }

    #[test]
    fn an_agenda_is_checked_item_by_item_and_against_the_meeting_length() {
        let agenda = [item("Safety", Some(1), 10), item("Wait times", Some(2), 40)];
        assert_eq!(check_agenda(&agenda, Some(60)), Ok(50));
        assert_eq!(check_agenda(&agenda, None), Ok(50));

        let errors = check_agenda(&agenda, Some(45)).unwrap_err();
        assert_eq!(
            errors.get("total"),
            Some(
                &Msg::new("meeting-agenda-too-long")
                    .number("total", 50)
                    .number("length", 45)
            )
        );

        let bad = [
            item("Safety", Some(1), 10),
            item("  ", None, 0),
            item("Long one", Some(3), 121),
        ];
        let errors = check_agenda(&bad, None).unwrap_err();
        assert_eq!(
            errors.get("items[1].title"),
            Some(&crate::validation::required("meeting-field-item"))
        );
        assert_eq!(
            errors.id("items[1].owner"),
            Some("meeting-item-owner-missing")
        );
        assert_eq!(
            errors.get("items[1].minutes"),
            Some(
                &Msg::new("meeting-item-minutes-range")
                    .number("min", 1)
                    .number("max", 120)
            )
        );
        assert!(errors.get("items[2].minutes").is_some());
        assert!(errors.get("items[0].title").is_none());

        assert_eq!(
            check_agenda(&[], None).unwrap_err().id("items"),
            Some("meeting-agenda-no-items")
        );
        let too_many = vec![item("x", Some(1), 1); MAX_ITEMS + 1];
        assert_eq!(
            check_agenda(&too_many, None).unwrap_err().get("items"),
            Some(&Msg::new("meeting-agenda-too-many").number("max", MAX_ITEMS))
        );
    }

    #[test]
    fn templates_fill_their_time_and_pass_the_checks() {
        // Hand-added: 5+5+10+15+15+5+5, 3+5+4+3, 10+10+5+5.
        let expected = [
            (Template::StandardTeamMeeting, 60, 7),
            (Template::Huddle, 15, 4),
            (Template::SponsorCheckIn, 30, 4),
        ];
        for (template, minutes, count) in expected {
            let agenda = template.agenda(Some(42), |id| format!("[{id}]"));
            assert_eq!(agenda.len(), count, "{template:?}");
            assert_eq!(
                check_agenda(&agenda, Some(minutes)),
                Ok(minutes),
                "{template:?}"
            );
            assert!(agenda.iter().all(|i| i.owner == Some(42)));
            assert!(agenda.iter().all(|i| i.title.starts_with("[meeting-tpl-")));
            assert!(template.label_id().ends_with(template.code()));
            assert!(template.default_title_id().ends_with(template.code()));
            assert_eq!(Template::parse(template.code()), Some(template));
        }
        // Without an owner, the agenda cannot be saved until someone leads each item.
        let errors =
            check_agenda(&Template::Huddle.agenda(None, str::to_string), None).unwrap_err();
        assert!(errors.get("items[0].owner").is_some());
        assert!(Template::Huddle
            .items()
            .iter()
            .all(|(_, kind, _)| *kind == AgendaItemKind::Huddle));
        assert_eq!(Template::Huddle.items()[0].0, "meeting-tpl-huddle-safety");
    }

    #[test]
    fn a_meeting_starts_then_ends() {
        use MeetingStatus::*;
        assert!(Planned.can_move_to(InProgress));
        assert!(InProgress.can_move_to(Ended));
        assert!(!Planned.can_move_to(Ended));
        assert!(!Ended.can_move_to(InProgress));
        assert!(!Ended.can_move_to(Planned));
        assert!(InProgress.takes_minutes() && !Planned.takes_minutes() && !Ended.takes_minutes());
        for status in MeetingStatus::ALL {
            assert_eq!(MeetingStatus::parse(status.code()), Some(status));
            assert_eq!(
                status.label_id(),
                format!("meeting-status-{}", status.code())
            );
        }
        for kind in AgendaItemKind::ALL {
            assert_eq!(AgendaItemKind::parse(kind.code()), Some(kind));
            assert_eq!(kind.hint_id(), format!("agenda-hint-{}", kind.code()));
            assert_eq!(kind.label_id(), format!("agenda-kind-{}", kind.code()));
        }
    }

    #[test]
    fn the_summary_lists_what_ending_the_meeting_creates_and_what_to_fix() {
        let minutes = vec![
            MinutesEntry::Note {
                text: "Jo welcomed two new clerks".into(),
            },
            MinutesEntry::Decision {
                text: " Open the second window at 7:30 ".into(),
            },
            MinutesEntry::Task {
                title: "Post the new hours".into(),
                owner: Some(5),
                due: "2027-03-05".into(),
            },
            MinutesEntry::Task {
                title: "Tell the night shift".into(),
                owner: None,
                due: "2027-03-05".into(),
            },
            MinutesEntry::PdsaUpdate {
                cycle: 77,
                note: "Wait fell from 22 to 14 minutes in week one".into(),
            },
            MinutesEntry::Decision { text: "  ".into() },
        ];
        let summary = end_of_meeting_summary(&minutes);
        assert_eq!(
            summary.creates,
            vec![
                Creation::Decision {
                    text: "Open the second window at 7:30".into()
                },
                Creation::Task(NewTask {
                    title: "Post the new hours".into(),
                    owner: Some(5),
                    due: "2027-03-05".into(),
                    source: TaskSource::Meeting,
                }),
                Creation::PdsaNote {
                    cycle: 77,
                    note: "Wait fell from 22 to 14 minutes in week one".into()
                },
            ]
        );
        assert_eq!(
            summary.needs_attention,
            vec![
                Attention {
                    entry: 3,
                    message: Msg::new("meeting-attention-task")
                        .text("title", "Tell the night shift")
                        .msg("problems", Msg::new("tasks-owner-missing")),
                },
                Attention {
                    entry: 5,
                    message: Msg::new("meeting-attention-decision"),
                },
            ]
        );
        assert_eq!(summary.notes, 1);
        let one = |id: &'static str| Msg::new(id).number("count", 1);
        assert_eq!(
            summary.sentence(),
            Msg::new("meeting-will").msg(
                "list",
                Msg::new("meeting-will-three")
                    .msg("first", one("meeting-will-record"))
                    .msg("second", one("meeting-will-create"))
                    .msg("third", one("meeting-will-add"))
            )
        );
    }

    #[test]
    fn minutes_entries_are_checked_as_they_are_typed() {
        assert!(MinutesEntry::Task {
            title: "Call facilities".into(),
            owner: None,
            due: String::new(),
        }
        .check()
        .is_ok());
        let errors = MinutesEntry::Decision { text: " ".into() }
            .check()
            .unwrap_err();
        assert_eq!(
            errors.get("text"),
            Some(&crate::validation::required("meeting-field-decision"))
        );
        let errors = MinutesEntry::PdsaUpdate {
            cycle: 1,
            note: "x".repeat(MINUTES_TEXT_MAX + 1),
        }
        .check()
        .unwrap_err();
        assert_eq!(
            errors.get("note"),
            Some(&crate::validation::too_long("meeting-field-update", 2000))
        );
    }

    #[test]
    fn the_summary_sentence_reads_naturally() {
        let decisions = end_of_meeting_summary(&[
            MinutesEntry::Decision { text: "A".into() },
            MinutesEntry::Decision { text: "B".into() },
        ]);
        assert_eq!(
            decisions.sentence(),
            Msg::new("meeting-will")
                .msg("list", Msg::new("meeting-will-record").number("count", 2))
        );
        let tasks_and_pdsa = end_of_meeting_summary(&[
            MinutesEntry::Task {
                title: "Call facilities".into(),
                owner: Some(1),
                due: "2027-03-05".into(),
            },
            MinutesEntry::PdsaUpdate {
                cycle: 3,
                note: "Fewer calls".into(),
            },
        ]);
        assert_eq!(
            tasks_and_pdsa.sentence(),
            Msg::new("meeting-will").msg(
                "list",
                Msg::new("meeting-will-two")
                    .msg("first", Msg::new("meeting-will-create").number("count", 1))
                    .msg("second", Msg::new("meeting-will-add").number("count", 1))
            )
        );
        let untitled = end_of_meeting_summary(&[MinutesEntry::Task {
            title: " ".into(),
            owner: None,
            due: "soon".into(),
        }]);
        let problems = [
            crate::validation::required("tasks-field-title"),
            Msg::new("tasks-owner-missing"),
            Msg::new("tasks-due-form"),
        ];
        assert_eq!(
            untitled.needs_attention[0].message,
            Msg::new("meeting-attention-task-untitled").msg(
                "problems",
                Msg::new("decision-sentences")
                    .msg("first", problems[2].clone())
                    .msg(
                        "rest",
                        Msg::new("decision-sentences")
                            .msg("first", problems[1].clone())
                            .msg("rest", problems[0].clone())
                    )
            ),
            "the problems in field order: due, owner, title"
        );
        let empty = end_of_meeting_summary(&[MinutesEntry::Note { text: "Hi".into() }]);
        assert_eq!(empty.sentence(), Msg::new("meeting-will-save-only"));
    }
}
