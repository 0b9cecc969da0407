//! Tasks: the follow-up work a team agrees on, wherever it was agreed — in a meeting, with a
//! decision, in problem solving, in a PDSA cycle or at a huddle — each with someone
//! accountable and a due date, so nothing agreed is lost.
//!
//! - [`TaskStatus`] and [`TaskStatus::can_move_to`] — open, done or cancelled.
//! - [`TaskSource`] — where the task came from, so its page can link back.
//! - [`NewTask`] — what is checked when a task is created.
//! - [`is_overdue`] — an open task past its due date.

use serde::{Deserialize, Serialize};

use super::{is_past, valid_date, PersonId};
use crate::validation::{required_text, FieldErrors};

/// The longest task title.
pub const TITLE_MAX: usize = 300;
/// The catalogue id of the title's name in messages ("What needs doing").
pub const TITLE_LABEL: &str = "tasks-field-title";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TaskStatus {
    Open,
    Done,
    Cancelled,
}

impl TaskStatus {
    pub const ALL: [TaskStatus; 3] = [TaskStatus::Open, TaskStatus::Done, TaskStatus::Cancelled];

    pub fn code(self) -> &'static str {
        match self {
            TaskStatus::Open => "open",
            TaskStatus::Done => "done",
            TaskStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(code: &str) -> Option<TaskStatus> {
        TaskStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The catalogue id of the status's name ("To do").
    pub fn label_id(self) -> &'static str {
        match self {
            TaskStatus::Open => "tasks-status-open",
            TaskStatus::Done => "tasks-status-done",
            TaskStatus::Cancelled => "tasks-status-cancelled",
        }
    }

    /// An open task can be finished or cancelled; a finished or cancelled one can be reopened.
    pub fn can_move_to(self, next: TaskStatus) -> bool {
        match self {
            TaskStatus::Open => next != TaskStatus::Open,
            TaskStatus::Done | TaskStatus::Cancelled => next == TaskStatus::Open,
        }
    }
}

/// Where a task was agreed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TaskSource {
    Meeting,
    Decision,
    Ibps,
    Pdsa,
    Huddle,
}

impl TaskSource {
    pub const ALL: [TaskSource; 5] = [
        TaskSource::Meeting,
        TaskSource::Decision,
        TaskSource::Ibps,
        TaskSource::Pdsa,
        TaskSource::Huddle,
    ];

    pub fn code(self) -> &'static str {
        match self {
            TaskSource::Meeting => "meeting",
            TaskSource::Decision => "decision",
            TaskSource::Ibps => "ibps",
            TaskSource::Pdsa => "pdsa",
            TaskSource::Huddle => "huddle",
        }
    }

    pub fn parse(code: &str) -> Option<TaskSource> {
        TaskSource::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The catalogue id of "From a meeting", shown beside the task.
    pub fn label_id(self) -> &'static str {
        match self {
            TaskSource::Meeting => "tasks-source-meeting",
            TaskSource::Decision => "tasks-source-decision",
            TaskSource::Ibps => "tasks-source-ibps",
            TaskSource::Pdsa => "tasks-source-pdsa",
            TaskSource::Huddle => "tasks-source-huddle",
        }
    }
}

/// A task as submitted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewTask {
    pub title: String,
    /// Who is accountable.
    pub owner: Option<PersonId>,
    /// `YYYY-MM-DD`.
    pub due: String,
    pub source: TaskSource,
}

impl NewTask {
    /// A task needs a title, someone accountable and a real due date.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        required_text(&mut errors, "title", TITLE_LABEL, &self.title, TITLE_MAX);
        if self.owner.is_none() {
            errors.add("owner", "tasks-owner-missing");
        }
        if self.due.trim().is_empty() {
            errors.add("due", "tasks-due-missing");
        } else if !valid_date(self.due.trim()) {
            errors.add("due", "tasks-due-form");
        }
        errors.into_result()
    }
}

/// An open task whose due date (`YYYY-MM-DD`) is before `today`. Done and cancelled tasks are
/// never overdue, and a task due today is not overdue yet.
pub fn is_overdue(due: &str, today: &str, status: TaskStatus) -> bool {
    status == TaskStatus::Open && is_past(due, today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_open_tasks_past_their_due_day_are_overdue() {
        let today = "2027-03-10";
        assert!(is_overdue("2027-03-09", today, TaskStatus::Open));
        assert!(is_overdue("2026-12-31", today, TaskStatus::Open));
        assert!(
            !is_overdue("2027-03-10", today, TaskStatus::Open),
            "due today"
        );
        assert!(!is_overdue("2027-03-11", today, TaskStatus::Open));
        assert!(!is_overdue("2027-03-09", today, TaskStatus::Done));
        assert!(!is_overdue("2027-03-09", today, TaskStatus::Cancelled));
        assert!(!is_overdue("", today, TaskStatus::Open));
    }

    #[test]
    fn tasks_are_finished_cancelled_or_reopened() {
        use TaskStatus::*;
        assert!(Open.can_move_to(Done));
        assert!(Open.can_move_to(Cancelled));
        assert!(!Open.can_move_to(Open));
        assert!(Done.can_move_to(Open));
        assert!(!Done.can_move_to(Cancelled));
        assert!(Cancelled.can_move_to(Open));
        assert!(!Cancelled.can_move_to(Done));
        for status in TaskStatus::ALL {
            assert_eq!(TaskStatus::parse(status.code()), Some(status));
            assert_eq!(status.label_id(), format!("tasks-status-{}", status.code()));
        }
        for source in TaskSource::ALL {
            assert_eq!(TaskSource::parse(source.code()), Some(source));
            assert_eq!(source.label_id(), format!("tasks-source-{}", source.code()));
        }
    }

    #[test]
    fn a_task_needs_a_title_an_owner_and_a_real_date() {
        let task = NewTask {
            title: "Order the second label printer".into(),
            owner: Some(12),
            due: "2027-04-30".into(),
            source: TaskSource::Meeting,
        };
        assert!(task.check().is_ok());
        let errors = NewTask {
            title: "".into(),
            owner: None,
            due: "2027-04-31".into(),
            ..task
        }
        .check()
        .unwrap_err();
        assert_eq!(
            errors.get("title"),
            Some(&crate::validation::required("tasks-field-title"))
        );
        assert_eq!(errors.id("owner"), Some("tasks-owner-missing"));
        assert_eq!(errors.id("due"), Some("tasks-due-form"));
    }
}
