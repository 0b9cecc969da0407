//! Meetings and decisions in partnership: the rules a team's meetings, consensus checks,
//! problem solving, tasks and huddles follow, free of I/O so the store and the pages only
//! have to save and show what these functions decide.
//!
//! - [`consensus`] — a proposal put to the team: the stances people take, the tally, the three
//!   tests of consensus, who may see the results when, and gentle reminders of good practice.
//! - [`continuum`] — how involved each side chooses to be in an issue, whether that means the
//!   team must reach consensus, and the decision one side records when consensus fails.
//! - [`ibps`] — interest-based problem solving: the five steps, the checks on a "How might
//!   we …?" question, interests, options, the score matrix and the action plan.
//! - [`tasks`] — follow-up work from meetings, decisions, problem solving, PDSA and huddles.
//! - [`meeting`] — agendas, agenda templates, a meeting's status and what its end-of-meeting
//!   summary creates.
//! - [`ics`] — a calendar invitation (RFC 5545) for a meeting.
//! - [`huddle`] — the short standing huddle: safety first, then issues, ideas and wins, and
//!   questions escalated to sponsors with a date an answer is needed by.
//!
//! Dates are `YYYY-MM-DD` strings, as elsewhere in this crate (see
//! [`crate::improvement::project::is_date`]); instants are unix seconds (UTC). People are
//! referred to by their person id (`i64`), as in [`crate::access::Actor`].

pub mod consensus;
pub mod continuum;
pub mod huddle;
pub mod ibps;
pub mod ics;
pub mod meeting;
pub mod tasks;

use crate::improvement::project::is_date;

/// A person's id, as stored.
pub type PersonId = i64;

/// Whether `text` is a real calendar date written `YYYY-MM-DD` (so 2027-02-30 is refused,
/// 2028-02-29 accepted). Valid dates compare correctly as strings.
pub fn valid_date(text: &str) -> bool {
    if !is_date(text) {
        return false;
    }
    let year: i32 = text[0..4].parse().unwrap_or(0);
    let month: u32 = text[5..7].parse().unwrap_or(0);
    let day: u32 = text[8..10].parse().unwrap_or(0);
    day <= days_in_month(year, month)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether the `YYYY-MM-DD` date `due` has passed on `today` (the due day itself is not late).
/// False when either date is not valid: a bad date is a validation error, not a late task.
pub(crate) fn is_past(due: &str, today: &str) -> bool {
    let (due, today) = (due.trim(), today.trim());
    valid_date(due) && valid_date(today) && due < today
}

/// Whether `phrase` occurs in `text` as whole words (case-insensitive): "vote" is found in
/// "Let's vote!" but not in "devoted". Used by the gentle checks on what people write.
pub(crate) fn has_phrase(text: &str, phrase: &str) -> bool {
    let text = normalise(text);
    let phrase = normalise(phrase);
    if phrase.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(found) = text[from..].find(&phrase) {
        let start = from + found;
        let end = start + phrase.len();
        let before_ok = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        from = start + phrase.chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// The first of `phrases` found in `text` as whole words.
pub(crate) fn first_phrase(text: &str, phrases: &[&'static str]) -> Option<&'static str> {
    phrases.iter().copied().find(|p| has_phrase(text, p))
}

/// Lower case, typographic apostrophes made plain, runs of white space made one space.
fn normalise(text: &str) -> String {
    text.to_lowercase()
        .replace(['\u{2019}', '\u{2018}'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist_on_the_calendar() {
        assert!(valid_date("2028-02-29"), "2028 is a leap year");
        assert!(!valid_date("2027-02-29"));
        assert!(!valid_date("2100-02-29"), "2100 is not a leap year");
        assert!(valid_date("2000-02-29"), "2000 is a leap year");
        assert!(!valid_date("2027-04-31"));
        assert!(valid_date("2027-12-31"));
        assert!(!valid_date("2027-1-31"));
        assert!(!valid_date("soon"));
    }

    #[test]
    fn a_date_is_past_only_from_the_next_day() {
        assert!(!is_past("2027-03-10", "2027-03-10"));
        assert!(is_past("2027-03-10", "2027-03-11"));
        assert!(is_past("2026-12-31", "2027-01-01"));
        assert!(!is_past("2027-03-10", "2027-03-09"));
        assert!(!is_past("not a date", "2027-03-11"));
    }

    #[test]
    fn phrases_match_whole_words_only() {
        assert!(has_phrase("Let's VOTE on it!", "vote"));
        assert!(!has_phrase("She is devoted to the unit", "vote"));
        assert!(has_phrase("if  you\nagree to nights", "if you agree"));
        assert!(has_phrase("It’s their fault", "it's their fault"));
        assert!(!has_phrase("the default setting", "fault"));
        // A first hit inside a word does not hide a later whole-word hit.
        assert!(has_phrase("devoted people vote", "vote"));
        assert!(!has_phrase("anything", ""));
        assert_eq!(
            first_phrase("we should buy one", &["hire", "buy", "we should"]),
            Some("buy")
        );
    }
}
