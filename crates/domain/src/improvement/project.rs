//! A project's life: from an idea anyone raises to a finished or stopped project, and the aim
//! it states.

use serde::{Deserialize, Serialize};

use crate::validation::FieldErrors;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProjectStatus {
    Idea,
    Active,
    Sustaining,
    Done,
    Stopped,
}

impl ProjectStatus {
    pub const ALL: [ProjectStatus; 5] = [
        ProjectStatus::Idea,
        ProjectStatus::Active,
        ProjectStatus::Sustaining,
        ProjectStatus::Done,
        ProjectStatus::Stopped,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ProjectStatus::Idea => "idea",
            ProjectStatus::Active => "active",
            ProjectStatus::Sustaining => "sustaining",
            ProjectStatus::Done => "done",
            ProjectStatus::Stopped => "stopped",
        }
    }

    pub fn parse(code: &str) -> Option<ProjectStatus> {
        ProjectStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The catalogue id of the status's name (`improvement.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            ProjectStatus::Idea => "proj-status-idea",
            ProjectStatus::Active => "proj-status-active",
            ProjectStatus::Sustaining => "proj-status-sustaining",
            ProjectStatus::Done => "proj-status-done",
            ProjectStatus::Stopped => "proj-status-stopped",
        }
    }

    /// Everything past the idea stage is shared with the whole organisation.
    pub fn is_shared(self) -> bool {
        self != ProjectStatus::Idea
    }

    /// The moves a project may make. Starting (idea → active) has its own conditions, checked
    /// by [`can_start`].
    pub fn can_move_to(self, next: ProjectStatus) -> bool {
        use ProjectStatus::*;
        matches!(
            (self, next),
            (Idea, Active)
                | (Idea, Stopped)
                | (Active, Sustaining)
                | (Active, Done)
                | (Active, Stopped)
                | (Sustaining, Done)
                | (Sustaining, Active)
                | (Sustaining, Stopped)
                | (Stopped, Idea)
        )
    }
}

/// An idea becomes an active project only with an aim and after the team has confirmed the
/// problem is in its scope.
pub fn can_start(aim: &Aim, scope_confirmed: bool) -> Result<(), FieldErrors> {
    let mut errors = FieldErrors::new();
    if !scope_confirmed {
        errors.add("scope", "proj-start-scope-first");
    }
    if let Err(aim_errors) = aim.check() {
        for (field, message) in aim_errors.iter() {
            errors.add(field, message.clone());
        }
    }
    errors.into_result()
}

/// What the project will improve, by how much, by when.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aim {
    pub what: String,
    pub how_much: String,
    /// `YYYY-MM-DD`.
    pub by_when: String,
}

impl Aim {
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.what.trim().is_empty() {
            errors.add("aim_what", "proj-aim-what-missing");
        }
        if self.how_much.trim().is_empty() {
            errors.add("aim_how_much", "proj-aim-how-much-missing");
        } else if !self.how_much.chars().any(|c| c.is_ascii_digit()) {
            errors.add("aim_how_much", "proj-aim-how-much-number");
        }
        if !is_date(self.by_when.trim()) {
            errors.add("aim_by_when", "proj-aim-date-form");
        }
        errors.into_result()
    }
}

/// A light check of `YYYY-MM-DD` (month 1–12, day 1–31).
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() != 2 || parts[2].len() != 2 {
        return false;
    }
    let numbers: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    numbers.len() == 3 && (1..=12).contains(&numbers[1]) && (1..=31).contains(&numbers[2])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aim() -> Aim {
        Aim {
            what: "Time from prescription to pick-up".into(),
            how_much: "from 40 to 20 minutes".into(),
            by_when: "2027-03-31".into(),
        }
    }

    #[test]
    fn an_idea_starts_only_with_an_aim_and_a_confirmed_scope() {
        assert!(can_start(&aim(), true).is_ok());
        let errors = can_start(&aim(), false).unwrap_err();
        assert_eq!(errors.id("scope"), Some("proj-start-scope-first"));
        let vague = Aim {
            how_much: "a lot".into(),
            by_when: "soon".into(),
            ..aim()
        };
        let errors = can_start(&vague, true).unwrap_err();
        assert_eq!(errors.id("aim_how_much"), Some("proj-aim-how-much-number"));
        assert_eq!(errors.id("aim_by_when"), Some("proj-aim-date-form"));
        let empty = can_start(&Aim::default(), true).unwrap_err();
        assert_eq!(empty.id("aim_what"), Some("proj-aim-what-missing"));
        assert_eq!(empty.id("aim_how_much"), Some("proj-aim-how-much-missing"));
    }

    #[test]
    fn projects_move_only_along_their_life() {
        use ProjectStatus::*;
        assert!(Idea.can_move_to(Active));
        assert!(Active.can_move_to(Sustaining));
        assert!(
            !Done.can_move_to(Active),
            "a finished project stays finished"
        );
        assert!(
            !Idea.can_move_to(Done),
            "an idea is not done without being worked on"
        );
        assert!(Stopped.can_move_to(Idea));
        for status in ProjectStatus::ALL {
            assert_eq!(ProjectStatus::parse(status.code()), Some(status));
            assert_eq!(status.label_id(), format!("proj-status-{}", status.code()));
        }
        assert!(is_date("2027-02-28"));
        assert!(!is_date("2027-13-01"));
        assert!(!is_date("27-1-1"));
    }
}
