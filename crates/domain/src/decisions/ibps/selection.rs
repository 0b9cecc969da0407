//! Steps 3 and 4 of problem solving: the options, where each came from and how far it got,
//! the standards a solution must meet, and the score matrix with its totals and ranking.

use serde::{Deserialize, Serialize};

use super::ITEM_MAX;
use crate::validation::{required_text, FieldErrors, Msg};

pub const SCORE_MIN: u8 = 1;
pub const SCORE_MAX: u8 = 5;

/// Where an option came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OptionSource {
    Brainstorm,
    BestPractice,
    ExpertPanel,
    StrawDesign,
}

impl OptionSource {
    pub const ALL: [OptionSource; 4] = [
        OptionSource::Brainstorm,
        OptionSource::BestPractice,
        OptionSource::ExpertPanel,
        OptionSource::StrawDesign,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OptionSource::Brainstorm => "brainstorm",
            OptionSource::BestPractice => "best_practice",
            OptionSource::ExpertPanel => "expert_panel",
            OptionSource::StrawDesign => "straw_design",
        }
    }

    pub fn parse(code: &str) -> Option<OptionSource> {
        OptionSource::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The catalogue id of where the option came from (`ibps.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            OptionSource::Brainstorm => "ibps-source-brainstorm",
            OptionSource::BestPractice => "ibps-source-best_practice",
            OptionSource::ExpertPanel => "ibps-source-expert_panel",
            OptionSource::StrawDesign => "ibps-source-straw_design",
        }
    }
}

/// How far an option got in step 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OptionStatus {
    Listed,
    /// Set aside in screening: it cannot work here.
    ScreenedOut,
    Shortlisted,
    /// The team decided on it.
    Chosen,
}

impl OptionStatus {
    pub const ALL: [OptionStatus; 4] = [
        OptionStatus::Listed,
        OptionStatus::ScreenedOut,
        OptionStatus::Shortlisted,
        OptionStatus::Chosen,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OptionStatus::Listed => "listed",
            OptionStatus::ScreenedOut => "screened_out",
            OptionStatus::Shortlisted => "shortlisted",
            OptionStatus::Chosen => "chosen",
        }
    }

    pub fn parse(code: &str) -> Option<OptionStatus> {
        OptionStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The catalogue id of the status's name (`ibps.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            OptionStatus::Listed => "ibps-status-listed",
            OptionStatus::ScreenedOut => "ibps-status-screened_out",
            OptionStatus::Shortlisted => "ibps-status-shortlisted",
            OptionStatus::Chosen => "ibps-status-chosen",
        }
    }
}

/// One way forward (named `IbpsOption` so it does not shadow `Option`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IbpsOption {
    pub id: i64,
    pub text: String,
    pub source: OptionSource,
    pub status: OptionStatus,
}

impl IbpsOption {
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        required_text(
            &mut errors,
            "text",
            "ibps-field-option",
            &self.text,
            ITEM_MAX,
        );
        errors.into_result()
    }
}

/// A standard (criterion) a good solution must meet, such as "costs nothing extra".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standard {
    pub id: i64,
    pub text: String,
}

impl Standard {
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        required_text(
            &mut errors,
            "text",
            "ibps-field-standard",
            &self.text,
            ITEM_MAX,
        );
        errors.into_result()
    }
}

/// How well one option meets one standard, from 1 (not at all) to 5 (fully).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub option: i64,
    pub standard: i64,
    pub score: u8,
}

/// Parses a score typed in a form.
pub fn check_score(text: &str) -> Result<u8, FieldErrors> {
    match text.trim().parse::<u8>() {
        Ok(score) if (SCORE_MIN..=SCORE_MAX).contains(&score) => Ok(score),
        _ => {
            let mut errors = FieldErrors::new();
            errors.add(
                "score",
                Msg::new("ibps-score-range")
                    .number("min", SCORE_MIN)
                    .number("max", SCORE_MAX),
            );
            Err(errors)
        }
    }
}

/// The options still in the running: the shortlist (chosen ones included) once there is one,
/// otherwise every option not set aside.
pub fn candidates(options: &[IbpsOption]) -> Vec<&IbpsOption> {
    let shortlisted =
        |o: &&IbpsOption| matches!(o.status, OptionStatus::Shortlisted | OptionStatus::Chosen);
    if options.iter().any(|o| shortlisted(&o)) {
        options.iter().filter(shortlisted).collect()
    } else {
        options
            .iter()
            .filter(|o| o.status != OptionStatus::ScreenedOut)
            .collect()
    }
}

/// One candidate's line in the score matrix summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ranked {
    pub option: i64,
    /// Sum of its scores; a missing score counts 0.
    pub total: u32,
    /// How many standards it has a score for.
    pub scored: u32,
    /// Scored against every standard.
    pub complete: bool,
    /// 1 is best; equal totals share a rank (1, 1, 3).
    pub rank: u32,
}

/// The score for each (option, standard) pair: the last valid one given, ignoring scores out
/// of range or for standards that no longer exist.
fn score_of(scores: &[Score], standards: &[Standard], option: i64, standard: i64) -> Option<u8> {
    if !standards.iter().any(|s| s.id == standard) {
        return None;
    }
    scores
        .iter()
        .rev()
        .find(|s| {
            s.option == option
                && s.standard == standard
                && (SCORE_MIN..=SCORE_MAX).contains(&s.score)
        })
        .map(|s| s.score)
}

/// Totals and ranks the [`candidates`], best first (ties in option id order).
pub fn rank(options: &[IbpsOption], standards: &[Standard], scores: &[Score]) -> Vec<Ranked> {
    let mut ranked: Vec<Ranked> = candidates(options)
        .into_iter()
        .map(|option| {
            let given: Vec<u8> = standards
                .iter()
                .filter_map(|s| score_of(scores, standards, option.id, s.id))
                .collect();
            Ranked {
                option: option.id,
                total: given.iter().map(|s| u32::from(*s)).sum(),
                scored: given.len() as u32,
                complete: given.len() == standards.len(),
                rank: 0,
            }
        })
        .collect();
    ranked.sort_by(|a, b| b.total.cmp(&a.total).then(a.option.cmp(&b.option)));
    let totals: Vec<u32> = ranked.iter().map(|r| r.total).collect();
    for r in &mut ranked {
        r.rank = 1 + totals.iter().filter(|t| **t > r.total).count() as u32;
    }
    ranked
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;

    #[test]
    fn sources_and_statuses_round_trip() {
        for source in OptionSource::ALL {
            assert_eq!(OptionSource::parse(source.code()), Some(source));
        }
        for status in OptionStatus::ALL {
            assert_eq!(OptionStatus::parse(status.code()), Some(status));
        }
    }

    #[test]
    fn scores_are_totalled_and_ranked_with_shared_ranks_for_ties() {
        let options = [
            option(1, OptionStatus::Listed),
            option(2, OptionStatus::Listed),
            option(3, OptionStatus::Listed),
            option(4, OptionStatus::ScreenedOut),
        ];
        let standards = [standard(10), standard(20)];
        let scores = [
            score(1, 10, 4),
            score(1, 20, 5),
            score(2, 10, 1),
            score(2, 10, 3), // changed: the later score counts
            score(2, 20, 3),
            score(2, 20, 9), // out of range: ignored
            score(3, 10, 5),
            score(3, 20, 4),
            score(3, 99, 5), // no such standard: ignored
            score(4, 10, 5), // set aside: not ranked
        ];
        // Option 1: 4+5 = 9; option 2: 3+3 = 6; option 3: 5+4 = 9.
        assert_eq!(
            rank(&options, &standards, &scores),
            vec![
                Ranked {
                    option: 1,
                    total: 9,
                    scored: 2,
                    complete: true,
                    rank: 1
                },
                Ranked {
                    option: 3,
                    total: 9,
                    scored: 2,
                    complete: true,
                    rank: 1
                },
                Ranked {
                    option: 2,
                    total: 6,
                    scored: 2,
                    complete: true,
                    rank: 3
                },
            ]
        );
    }

    #[test]
    fn once_there_is_a_shortlist_only_it_is_scored() {
        let options = [
            option(1, OptionStatus::Listed),
            option(2, OptionStatus::Shortlisted),
            option(3, OptionStatus::Chosen),
        ];
        let ids: Vec<i64> = candidates(&options).iter().map(|o| o.id).collect();
        assert_eq!(ids, [2, 3]);
        let ranked = rank(&options, &[standard(10)], &[score(3, 10, 2)]);
        assert_eq!(
            ranked
                .iter()
                .map(|r| (r.option, r.total, r.complete, r.rank))
                .collect::<Vec<_>>(),
            [(3, 2, true, 1), (2, 0, false, 2)]
        );
    }

    #[test]
    fn a_score_must_be_one_to_five() {
        assert_eq!(check_score(" 4 "), Ok(4));
        for bad in ["0", "6", "-1", "four", ""] {
            assert_eq!(
                check_score(bad).unwrap_err().get("score"),
                Some(
                    &Msg::new("ibps-score-range")
                        .number("min", 1)
                        .number("max", 5)
                ),
                "{bad}"
            );
        }
    }
}
