//! Step 1 of problem solving: gentle checks on the "How might we …?" question. They advise;
//! they never refuse the team's wording.

use serde::Serialize;

use super::super::first_phrase;
use crate::validation::{required_text, FieldErrors, Msg};

/// The longest problem statement.
pub const PROBLEM_MAX: usize = 300;
/// A question longer than this many words is probably more than one problem.
pub const PROBLEM_WORDS_MAX: usize = 35;

/// Something about a problem statement worth a second look. Advice only: the team may keep
/// its wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ProblemWarning {
    NotHowMightWe,
    /// Starts like a question answered yes or no ("Should we…").
    YesNo {
        word: &'static str,
    },
    /// Has an answer built in ("…by hiring…").
    Solution {
        phrase: &'static str,
    },
    /// Points at people ("…because they are careless").
    Blame {
        phrase: &'static str,
    },
    /// So long it is probably several problems.
    TooBroad {
        words: usize,
    },
}

impl ProblemWarning {
    /// The advice as a message of the catalogue (`ibps.ftl`, `ibps-warn-…`), with the words
    /// of the question it is about.
    pub fn msg(self) -> Msg {
        match self {
            ProblemWarning::NotHowMightWe => Msg::new("ibps-warn-how-might-we"),
            ProblemWarning::YesNo { word } => {
                Msg::new("ibps-warn-yes-no").text("word", capitalise(word))
            }
            ProblemWarning::Solution { phrase } => {
                Msg::new("ibps-warn-solution").text("phrase", phrase)
            }
            ProblemWarning::Blame { phrase } => Msg::new("ibps-warn-blame").text("phrase", phrase),
            ProblemWarning::TooBroad { words } => {
                Msg::new("ibps-warn-too-broad").number("count", words)
            }
        }
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// First words of a question answered yes or no.
const YES_NO: [&str; 20] = [
    "is", "are", "should", "can", "do", "does", "did", "will", "would", "could", "shall", "may",
    "must", "was", "were", "has", "have", "had", "isn't", "aren't",
];

/// Phrases that bring a solution into the question.
const SOLUTION: [&str; 16] = [
    "we should",
    "we need to",
    "we must",
    "install",
    "buy",
    "purchase",
    "hire",
    "hiring",
    "implement",
    "implementing",
    "add more",
    "adding more",
    "get more",
    "more staff",
    "new system",
    "switch to",
];

/// Words that blame people.
const BLAME: [&str; 16] = [
    "their fault",
    "your fault",
    "fault",
    "lazy",
    "careless",
    "always late",
    "incompetent",
    "blame",
    "sloppy",
    "rude",
    "don't care",
    "doesn't care",
    "never listen",
    "won't listen",
    "useless",
    "can't be bothered",
];

/// The gentle checks of step 1, in a fixed order. Nothing is returned for an empty statement:
/// that is a validation error of [`check_problem`].
pub fn problem_warnings(statement: &str) -> Vec<ProblemWarning> {
    let text = statement.trim();
    if text.is_empty() {
        return Vec::new();
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let mut warnings = Vec::new();
    let how_might_we = words.len() >= 3 && words[..3] == ["how", "might", "we"];
    if !how_might_we {
        warnings.push(ProblemWarning::NotHowMightWe);
    }
    let first = words[0].trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    let first = first.replace('\u{2019}', "'");
    if let Some(word) = YES_NO.iter().find(|w| **w == first) {
        warnings.push(ProblemWarning::YesNo { word });
    }
    if let Some(phrase) = first_phrase(text, &SOLUTION) {
        warnings.push(ProblemWarning::Solution { phrase });
    }
    if let Some(phrase) = first_phrase(text, &BLAME) {
        warnings.push(ProblemWarning::Blame { phrase });
    }
    if words.len() > PROBLEM_WORDS_MAX {
        warnings.push(ProblemWarning::TooBroad { words: words.len() });
    }
    warnings
}

/// The problem statement must be written; everything else about it is advice.
pub fn check_problem(statement: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let statement = required_text(
        &mut errors,
        "problem",
        "ibps-field-problem",
        statement,
        PROBLEM_MAX,
    );
    errors.into_result().map(|()| statement)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_how_might_we_question_has_no_warnings() {
        assert!(problem_warnings(
            "How might we cut the morning wait at the pharmacy window to under ten minutes?"
        )
        .is_empty());
        assert!(problem_warnings("  ").is_empty());
        assert_eq!(
            check_problem("  ").unwrap_err().get("problem"),
            Some(&crate::validation::required("ibps-field-problem"))
        );
        assert_eq!(check_problem(" How might we? ").unwrap(), "How might we?");
    }

    #[test]
    fn yes_no_questions_solutions_and_blame_are_pointed_out() {
        assert_eq!(
            problem_warnings("Should we open the window at 7?"),
            [
                ProblemWarning::NotHowMightWe,
                ProblemWarning::YesNo { word: "should" }
            ]
        );
        assert_eq!(
            problem_warnings("Can we fix the schedule?"),
            [
                ProblemWarning::NotHowMightWe,
                ProblemWarning::YesNo { word: "can" }
            ]
        );
        assert_eq!(
            problem_warnings("How might we hire two more techs for mornings?"),
            [ProblemWarning::Solution { phrase: "hire" }]
        );
        assert_eq!(
            problem_warnings("How might we stop night shift being so careless with handoffs?"),
            [ProblemWarning::Blame { phrase: "careless" }]
        );
        assert_eq!(
            problem_warnings("Reception is always late, so we should buy a new clock"),
            [
                ProblemWarning::NotHowMightWe,
                ProblemWarning::Solution {
                    phrase: "we should"
                },
                ProblemWarning::Blame {
                    phrase: "always late"
                },
            ]
        );
        // Words that merely contain a listed word are fine.
        assert!(problem_warnings(
            "How might we keep the default order sets current without rebuying supplies?"
        )
        .is_empty());
        // "How" alone is not "How might we".
        assert_eq!(
            problem_warnings("How can the team share the phones?"),
            [ProblemWarning::NotHowMightWe]
        );
    }

    #[test]
    fn long_questions_are_probably_several_problems() {
        let long = format!("How might we {}?", vec!["improve"; 40].join(" "));
        assert_eq!(
            problem_warnings(&long),
            [ProblemWarning::TooBroad { words: 43 }]
        );
    }

    #[test]
    fn warnings_name_their_message_and_the_words_concerned() {
        assert_eq!(
            ProblemWarning::YesNo { word: "should" }.msg(),
            Msg::new("ibps-warn-yes-no").text("word", "Should")
        );
        assert_eq!(
            ProblemWarning::Solution { phrase: "hire" }.msg(),
            Msg::new("ibps-warn-solution").text("phrase", "hire")
        );
        assert_eq!(
            ProblemWarning::TooBroad { words: 43 }.msg(),
            Msg::new("ibps-warn-too-broad").number("count", 43)
        );
    }
}
