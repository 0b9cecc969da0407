//! Path to Performance: seven dimensions by five levels of criteria, the rule that says which
//! level a team holds, what is missing for the next, who must sign off, and the quarters
//! ratings are reported in.
//!
//! Criteria are data (they change with each national agreement); only the rules are code.

pub mod evidence;
pub mod period;
pub mod rollup;

use serde::{Deserialize, Serialize};

use crate::org::Side;

/// The seven dimensions a team's development is measured on, in poster order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Dimension {
    Sponsorship,
    Leadership,
    Training,
    TeamProcess,
    MemberEngagement,
    UseOfTools,
    GoalsAndPerformance,
}

impl Dimension {
    pub const ALL: [Dimension; 7] = [
        Dimension::Sponsorship,
        Dimension::Leadership,
        Dimension::Training,
        Dimension::TeamProcess,
        Dimension::MemberEngagement,
        Dimension::UseOfTools,
        Dimension::GoalsAndPerformance,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Dimension::Sponsorship => "sponsorship",
            Dimension::Leadership => "leadership",
            Dimension::Training => "training",
            Dimension::TeamProcess => "team_process",
            Dimension::MemberEngagement => "engagement",
            Dimension::UseOfTools => "tools",
            Dimension::GoalsAndPerformance => "goals",
        }
    }

    pub fn parse(code: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Dimension::Sponsorship => "Sponsorship",
            Dimension::Leadership => "Leadership",
            Dimension::Training => "Training",
            Dimension::TeamProcess => "Team process",
            Dimension::MemberEngagement => "Team member engagement",
            Dimension::UseOfTools => "Use of tools",
            Dimension::GoalsAndPerformance => "Goals and performance",
        }
    }
}

/// The five levels, 1 to 5; 0 means a team does not yet hold level 1.
pub const LEVELS: [u8; 5] = [1, 2, 3, 4, 5];

pub fn level_name(level: u8) -> &'static str {
    match level {
        1 => "Pre-Team Climate",
        2 => "Foundational",
        3 => "Transitional",
        4 => "Operational",
        5 => "High-Performing",
        _ => "Not yet at level 1",
    }
}

/// One criterion of one agreement year: a cell of the grid may hold several.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    pub id: i64,
    pub dimension: Dimension,
    pub level: u8,
    pub text: String,
    /// Wording not yet known: shown as such, and not counted by the level rule until an
    /// administrator writes it.
    pub placeholder: bool,
}

/// The level a team holds: the highest N for which every written criterion of every dimension
/// at levels 1 to N is met. A level with no written criteria cannot be held (a year whose
/// cells are still placeholders gives nothing away).
pub fn level_held(criteria: &[Criterion], met: impl Fn(i64) -> bool) -> u8 {
    let mut held = 0;
    for level in LEVELS {
        let mut at_level = criteria
            .iter()
            .filter(|c| c.level == level && !c.placeholder)
            .peekable();
        if at_level.peek().is_none() {
            break;
        }
        if !at_level.all(|c| met(c.id)) {
            break;
        }
        held = level;
    }
    held
}

/// What stands between a team and the level above the one it holds: the unmet written
/// criteria at every level up to the next, grouped by dimension in poster order.
pub fn missing_for_next(
    criteria: &[Criterion],
    met: impl Fn(i64) -> bool,
) -> Vec<(Dimension, Vec<&Criterion>)> {
    let next = level_held(criteria, &met) + 1;
    Dimension::ALL
        .into_iter()
        .map(|dimension| {
            let mut missing: Vec<&Criterion> = criteria
                .iter()
                .filter(|c| {
                    c.dimension == dimension && c.level <= next && !c.placeholder && !met(c.id)
                })
                .collect();
            missing.sort_by_key(|c| (c.level, c.id));
            (dimension, missing)
        })
        .filter(|(_, missing)| !missing.is_empty())
        .collect()
}

/// The sides whose sponsors must approve a team's assessment: management and labor always, a
/// physician sponsor too where the team has one.
pub fn required_sign_off(sponsor_sides: &[Side]) -> Vec<Side> {
    let mut sides = vec![Side::Management, Side::Labor];
    if sponsor_sides.contains(&Side::Physician) {
        sides.push(Side::Physician);
    }
    sides
}

/// True when every required side has approved.
pub fn sign_off_complete(required: &[Side], approved_by: &[Side]) -> bool {
    required.iter().all(|side| approved_by.contains(side))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A grid with one written criterion per dimension and level, id = level * 10 + dimension.
    fn grid() -> Vec<Criterion> {
        let mut criteria = Vec::new();
        for level in LEVELS {
            for (i, dimension) in Dimension::ALL.into_iter().enumerate() {
                criteria.push(Criterion {
                    id: i64::from(level) * 10 + i as i64,
                    dimension,
                    level,
                    text: format!("{} at level {level}", dimension.label()),
                    placeholder: false,
                });
            }
        }
        criteria
    }

    fn met_up_to(level: u8) -> impl Fn(i64) -> bool {
        move |id| id / 10 <= i64::from(level)
    }

    #[test]
    fn a_team_holds_the_highest_level_with_everything_met_below_it() {
        let criteria = grid();
        assert_eq!(level_held(&criteria, |_| false), 0);
        for level in LEVELS {
            assert_eq!(level_held(&criteria, met_up_to(level)), level);
        }
    }

    #[test]
    fn one_unmet_criterion_at_level_two_caps_the_team_at_one_even_with_level_three_ticked() {
        let criteria = grid();
        // Everything at levels 1 to 3 is met except Training at level 2 (id 22).
        let met = |id: i64| id / 10 <= 3 && id != 22;
        assert_eq!(level_held(&criteria, met), 1);
        let missing = missing_for_next(&criteria, met);
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].0, Dimension::Training);
        assert_eq!(missing[0].1[0].id, 22);
    }

    #[test]
    fn several_criteria_in_one_cell_must_all_be_met() {
        let mut criteria = grid();
        criteria.push(Criterion {
            id: 99,
            dimension: Dimension::Sponsorship,
            level: 1,
            text: "A second sponsorship criterion".into(),
            placeholder: false,
        });
        assert_eq!(level_held(&criteria, met_up_to(5)), 0, "id 99 is unmet");
        assert_eq!(level_held(&criteria, |id| met_up_to(5)(id) || id == 99), 5);
    }

    #[test]
    fn placeholders_do_not_count_and_an_empty_level_cannot_be_held() {
        let mut criteria = grid();
        for c in criteria
            .iter_mut()
            .filter(|c| c.level == 4 && c.dimension == Dimension::Training)
        {
            c.placeholder = true;
        }
        // Training at level 4 is a placeholder: unmet, yet level 4 is held.
        let met = |id: i64| id / 10 <= 4 && id != 42;
        assert_eq!(level_held(&criteria, met), 4);
        assert!(missing_for_next(&criteria, met)
            .iter()
            .all(|(_, m)| m.iter().all(|c| !c.placeholder)));
        // If every level-5 cell is a placeholder, level 5 cannot be reached.
        for c in criteria.iter_mut().filter(|c| c.level == 5) {
            c.placeholder = true;
        }
        assert_eq!(level_held(&criteria, |_| true), 4);
    }

    #[test]
    fn changing_the_criteria_re_evaluates_the_level_from_the_same_answers() {
        let mut criteria = grid();
        let answers = met_up_to(3);
        assert_eq!(level_held(&criteria, &answers), 3);
        // The administrator adds a new level-2 criterion: the same answers now give level 1.
        criteria.push(Criterion {
            id: 500,
            dimension: Dimension::Leadership,
            level: 2,
            text: "New in this agreement".into(),
            placeholder: false,
        });
        assert_eq!(level_held(&criteria, &answers), 1);
    }

    #[test]
    fn missing_lists_the_next_level_and_unmet_ones_below_it() {
        let criteria = grid();
        let missing = missing_for_next(&criteria, met_up_to(2));
        assert_eq!(
            missing.len(),
            7,
            "every dimension has its level-3 criterion missing"
        );
        assert!(missing.iter().all(|(_, m)| m.len() == 1 && m[0].level == 3));
        assert!(missing_for_next(&criteria, |_| true).is_empty());
    }

    #[test]
    fn sign_off_needs_management_and_labor_and_a_physician_where_there_is_one() {
        let required = required_sign_off(&[Side::Management, Side::Labor]);
        assert!(!sign_off_complete(&required, &[Side::Management]));
        assert!(sign_off_complete(
            &required,
            &[Side::Labor, Side::Management]
        ));
        let with_physician = required_sign_off(&[Side::Management, Side::Labor, Side::Physician]);
        assert!(!sign_off_complete(
            &with_physician,
            &[Side::Labor, Side::Management]
        ));
        assert!(sign_off_complete(
            &with_physician,
            &[Side::Labor, Side::Management, Side::Physician]
        ));
        for dimension in Dimension::ALL {
            assert_eq!(Dimension::parse(dimension.code()), Some(dimension));
        }
    }
}
