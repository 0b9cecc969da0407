//! Improvement tools a team fills in on a project: fishbone (cause and effect), PICK chart,
//! process map, waste walk and driver diagram. Each is a structured page of items; this module
//! holds their vocabulary and rules (which items a tool holds and under what, the PICK
//! quadrant from payoff and effort, the eight wastes, and the checks of what people type).

use serde::{Deserialize, Serialize};

use crate::validation::{optional_text, required_text, FieldErrors};

/// The longest title of a tool.
pub const TITLE_MAX: usize = 160;
/// The longest subject (effect, aim, process, area) of a tool.
pub const SUBJECT_MAX: usize = 300;
/// How many items one tool may hold: enough for any real session, small enough to draw.
pub const MAX_ITEMS: usize = 200;

/// The kinds of tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ToolKind {
    Fishbone,
    Pick,
    ProcessMap,
    WasteWalk,
    DriverDiagram,
}

impl ToolKind {
    pub const ALL: [ToolKind; 5] = [
        ToolKind::Fishbone,
        ToolKind::Pick,
        ToolKind::ProcessMap,
        ToolKind::WasteWalk,
        ToolKind::DriverDiagram,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ToolKind::Fishbone => "fishbone",
            ToolKind::Pick => "pick",
            ToolKind::ProcessMap => "process",
            ToolKind::WasteWalk => "waste_walk",
            ToolKind::DriverDiagram => "driver",
        }
    }

    pub fn parse(code: &str) -> Option<ToolKind> {
        ToolKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The catalogue id of the tool's name (`tools.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            ToolKind::Fishbone => "tool-kind-fishbone",
            ToolKind::Pick => "tool-kind-pick",
            ToolKind::ProcessMap => "tool-kind-process",
            ToolKind::WasteWalk => "tool-kind-waste_walk",
            ToolKind::DriverDiagram => "tool-kind-driver",
        }
    }

    /// The catalogue id of what the tool is for, in a sentence.
    pub fn purpose_id(self) -> &'static str {
        match self {
            ToolKind::Fishbone => "tool-purpose-fishbone",
            ToolKind::Pick => "tool-purpose-pick",
            ToolKind::ProcessMap => "tool-purpose-process",
            ToolKind::WasteWalk => "tool-purpose-waste_walk",
            ToolKind::DriverDiagram => "tool-purpose-driver",
        }
    }

    /// The catalogue id of the label of the tool's subject: the effect, the aim, the process,
    /// the area.
    pub fn subject_id(self) -> &'static str {
        match self {
            ToolKind::Fishbone => "tool-subject-fishbone",
            ToolKind::Pick => "tool-subject-pick",
            ToolKind::ProcessMap => "tool-subject-process",
            ToolKind::WasteWalk => "tool-subject-waste_walk",
            ToolKind::DriverDiagram => "tool-subject-driver",
        }
    }

    /// The catalogue id of the subject's name as a message about the field names it.
    pub fn subject_field_id(self) -> &'static str {
        match self {
            ToolKind::Fishbone => "tool-field-subject-fishbone",
            ToolKind::Pick => "tool-field-subject-pick",
            ToolKind::ProcessMap => "tool-field-subject-process",
            ToolKind::WasteWalk => "tool-field-subject-waste_walk",
            ToolKind::DriverDiagram => "tool-field-subject-driver",
        }
    }

    /// The item kinds at the top of the tool (no parent).
    pub fn top_items(self) -> &'static [ItemKind] {
        match self {
            ToolKind::Fishbone => &[ItemKind::Category],
            ToolKind::Pick => &[ItemKind::Idea],
            ToolKind::ProcessMap => &[ItemKind::Step],
            ToolKind::WasteWalk => &[ItemKind::Observation],
            ToolKind::DriverDiagram => &[ItemKind::PrimaryDriver],
        }
    }

    /// Whether the tool holds items of `kind`.
    pub fn holds(self, kind: ItemKind) -> bool {
        kind.tool() == self
    }

    /// The items a new tool starts with: the six usual categories of a fishbone, each named by
    /// the catalogue id of its name (worded in the language of the person creating the tool).
    pub fn starter_items(self) -> Vec<(ItemKind, &'static str)> {
        match self {
            ToolKind::Fishbone => FISHBONE_CATEGORIES
                .iter()
                .map(|c| (ItemKind::Category, *c))
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// The usual categories of causes on a fishbone, as catalogue ids (`tools.ftl`); a team
/// renames or removes them.
pub const FISHBONE_CATEGORIES: [&str; 6] = [
    "tool-category-people",
    "tool-category-methods",
    "tool-category-equipment",
    "tool-category-materials",
    "tool-category-environment",
    "tool-category-measurement",
];

/// What one item of a tool is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemKind {
    /// A fishbone bone.
    Category,
    /// A possible cause under a category.
    Cause,
    /// A change idea on a PICK chart.
    Idea,
    /// A step of a process map.
    Step,
    /// A waste seen on a waste walk.
    Observation,
    PrimaryDriver,
    SecondaryDriver,
    /// A change idea on a driver diagram, under a secondary driver.
    ChangeIdea,
}

impl ItemKind {
    pub const ALL: [ItemKind; 8] = [
        ItemKind::Category,
        ItemKind::Cause,
        ItemKind::Idea,
        ItemKind::Step,
        ItemKind::Observation,
        ItemKind::PrimaryDriver,
        ItemKind::SecondaryDriver,
        ItemKind::ChangeIdea,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ItemKind::Category => "category",
            ItemKind::Cause => "cause",
            ItemKind::Idea => "idea",
            ItemKind::Step => "step",
            ItemKind::Observation => "observation",
            ItemKind::PrimaryDriver => "primary",
            ItemKind::SecondaryDriver => "secondary",
            ItemKind::ChangeIdea => "change",
        }
    }

    pub fn parse(code: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The catalogue id of the item's name, as messages about its text name it ("The cause").
    pub fn label_id(self) -> &'static str {
        match self {
            ItemKind::Category => "tool-item-category",
            ItemKind::Cause => "tool-item-cause",
            ItemKind::Idea => "tool-item-idea",
            ItemKind::Step => "tool-item-step",
            ItemKind::Observation => "tool-item-observation",
            ItemKind::PrimaryDriver => "tool-item-primary",
            ItemKind::SecondaryDriver => "tool-item-secondary",
            ItemKind::ChangeIdea => "tool-item-change",
        }
    }

    pub fn tool(self) -> ToolKind {
        match self {
            ItemKind::Category | ItemKind::Cause => ToolKind::Fishbone,
            ItemKind::Idea => ToolKind::Pick,
            ItemKind::Step => ToolKind::ProcessMap,
            ItemKind::Observation => ToolKind::WasteWalk,
            ItemKind::PrimaryDriver | ItemKind::SecondaryDriver | ItemKind::ChangeIdea => {
                ToolKind::DriverDiagram
            }
        }
    }

    /// The kind of item this one sits under, or `None` at the top of the tool.
    pub fn parent(self) -> Option<ItemKind> {
        match self {
            ItemKind::Cause => Some(ItemKind::Category),
            ItemKind::SecondaryDriver => Some(ItemKind::PrimaryDriver),
            ItemKind::ChangeIdea => Some(ItemKind::SecondaryDriver),
            _ => None,
        }
    }

    /// The kind of item that sits under this one, if any.
    pub fn child(self) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.parent() == Some(self))
    }

    /// The longest text the item takes.
    pub fn max_len(self) -> usize {
        match self {
            ItemKind::Category => 60,
            ItemKind::Observation => 500,
            _ => 300,
        }
    }

    /// Whether an item of this kind may sit under an item of `parent` (`None`: the top).
    pub fn fits_under(self, parent: Option<ItemKind>) -> bool {
        self.parent() == parent
    }
}

/// The eight wastes of lean thinking, as teams name them on a walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Waste {
    Defects,
    Overproduction,
    Waiting,
    NonUtilisedTalent,
    Transport,
    Inventory,
    Motion,
    ExtraProcessing,
}

impl Waste {
    pub const ALL: [Waste; 8] = [
        Waste::Defects,
        Waste::Overproduction,
        Waste::Waiting,
        Waste::NonUtilisedTalent,
        Waste::Transport,
        Waste::Inventory,
        Waste::Motion,
        Waste::ExtraProcessing,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Waste::Defects => "defects",
            Waste::Overproduction => "overproduction",
            Waste::Waiting => "waiting",
            Waste::NonUtilisedTalent => "talent",
            Waste::Transport => "transport",
            Waste::Inventory => "inventory",
            Waste::Motion => "motion",
            Waste::ExtraProcessing => "extra_processing",
        }
    }

    pub fn parse(code: &str) -> Option<Waste> {
        Waste::ALL.into_iter().find(|w| w.code() == code)
    }

    /// The catalogue id of the waste's name (`tools.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            Waste::Defects => "tool-waste-label-defects",
            Waste::Overproduction => "tool-waste-label-overproduction",
            Waste::Waiting => "tool-waste-label-waiting",
            Waste::NonUtilisedTalent => "tool-waste-label-talent",
            Waste::Transport => "tool-waste-label-transport",
            Waste::Inventory => "tool-waste-label-inventory",
            Waste::Motion => "tool-waste-label-motion",
            Waste::ExtraProcessing => "tool-waste-label-extra_processing",
        }
    }

    /// The catalogue id of what the waste looks like in a clinic or on a ward.
    pub fn example_id(self) -> &'static str {
        match self {
            Waste::Defects => "tool-waste-example-defects",
            Waste::Overproduction => "tool-waste-example-overproduction",
            Waste::Waiting => "tool-waste-example-waiting",
            Waste::NonUtilisedTalent => "tool-waste-example-talent",
            Waste::Transport => "tool-waste-example-transport",
            Waste::Inventory => "tool-waste-example-inventory",
            Waste::Motion => "tool-waste-example-motion",
            Waste::ExtraProcessing => "tool-waste-example-extra_processing",
        }
    }
}

/// Counts of observations by waste, every waste listed (zero where none was seen), in the
/// order of [`Waste::ALL`].
pub fn count_by_waste(wastes: impl IntoIterator<Item = Waste>) -> Vec<(Waste, usize)> {
    let mut counts: Vec<(Waste, usize)> = Waste::ALL.iter().map(|w| (*w, 0)).collect();
    for waste in wastes {
        if let Some(entry) = counts.iter_mut().find(|(w, _)| *w == waste) {
            entry.1 += 1;
        }
    }
    counts
}

/// A change idea's payoff on a PICK chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Payoff {
    High,
    Low,
}

/// A change idea's effort on a PICK chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Effort {
    Easy,
    Hard,
}

impl Payoff {
    pub fn parse(code: &str) -> Option<Payoff> {
        match code {
            "high" => Some(Payoff::High),
            "low" => Some(Payoff::Low),
            _ => None,
        }
    }
}

impl Effort {
    pub fn parse(code: &str) -> Option<Effort> {
        match code {
            "easy" => Some(Effort::Easy),
            "hard" => Some(Effort::Hard),
            _ => None,
        }
    }
}

/// The four boxes of a PICK chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Quadrant {
    /// Low payoff, easy.
    Possible,
    /// High payoff, easy: test these first.
    Implement,
    /// High payoff, hard.
    Challenge,
    /// Low payoff, hard: set aside.
    Kill,
}

impl Quadrant {
    /// In the order the chart is read: the top row (high payoff) then the bottom row, easy
    /// before hard.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::Implement,
        Quadrant::Challenge,
        Quadrant::Possible,
        Quadrant::Kill,
    ];

    /// The quadrant of an idea with this payoff and effort.
    pub fn of(payoff: Payoff, effort: Effort) -> Quadrant {
        match (payoff, effort) {
            (Payoff::Low, Effort::Easy) => Quadrant::Possible,
            (Payoff::High, Effort::Easy) => Quadrant::Implement,
            (Payoff::High, Effort::Hard) => Quadrant::Challenge,
            (Payoff::Low, Effort::Hard) => Quadrant::Kill,
        }
    }

    /// The quadrant from the answers on a form, with a message beside each missing answer.
    pub fn from_answers(payoff: &str, effort: &str) -> Result<Quadrant, FieldErrors> {
        let mut errors = FieldErrors::new();
        let payoff = Payoff::parse(payoff);
        let effort = Effort::parse(effort);
        if payoff.is_none() {
            errors.add("payoff", "tool-payoff-missing");
        }
        if effort.is_none() {
            errors.add("effort", "tool-effort-missing");
        }
        match (payoff, effort) {
            (Some(p), Some(e)) => Ok(Quadrant::of(p, e)),
            _ => Err(errors),
        }
    }

    pub fn payoff(self) -> Payoff {
        match self {
            Quadrant::Implement | Quadrant::Challenge => Payoff::High,
            Quadrant::Possible | Quadrant::Kill => Payoff::Low,
        }
    }

    pub fn effort(self) -> Effort {
        match self {
            Quadrant::Possible | Quadrant::Implement => Effort::Easy,
            Quadrant::Challenge | Quadrant::Kill => Effort::Hard,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Quadrant::Possible => "possible",
            Quadrant::Implement => "implement",
            Quadrant::Challenge => "challenge",
            Quadrant::Kill => "kill",
        }
    }

    pub fn parse(code: &str) -> Option<Quadrant> {
        Quadrant::ALL.into_iter().find(|q| q.code() == code)
    }

    /// The catalogue id of the quadrant's name (`tools.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            Quadrant::Possible => "tool-quadrant-label-possible",
            Quadrant::Implement => "tool-quadrant-label-implement",
            Quadrant::Challenge => "tool-quadrant-label-challenge",
            Quadrant::Kill => "tool-quadrant-label-kill",
        }
    }

    /// The catalogue id of payoff and effort in words ("High payoff, easy to do").
    pub fn description_id(self) -> &'static str {
        match self {
            Quadrant::Possible => "tool-quadrant-desc-possible",
            Quadrant::Implement => "tool-quadrant-desc-implement",
            Quadrant::Challenge => "tool-quadrant-desc-challenge",
            Quadrant::Kill => "tool-quadrant-desc-kill",
        }
    }

    /// Only ideas to implement go straight to a PDSA cycle.
    pub fn can_become_cycle(self) -> bool {
        self == Quadrant::Implement
    }
}

/// The shape of a step on a process map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StepKind {
    Step,
    Decision,
    Wait,
}

impl StepKind {
    pub const ALL: [StepKind; 3] = [StepKind::Step, StepKind::Decision, StepKind::Wait];

    pub fn code(self) -> &'static str {
        match self {
            StepKind::Step => "step",
            StepKind::Decision => "decision",
            StepKind::Wait => "wait",
        }
    }

    pub fn parse(code: &str) -> Option<StepKind> {
        StepKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The catalogue id of the shape's name (`tools.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            StepKind::Step => "tool-step-step",
            StepKind::Decision => "tool-step-decision",
            StepKind::Wait => "tool-step-wait",
        }
    }
}

/// An item as checked, ready to store: its text, a note (where, for an observation), a tag
/// (the quadrant of an idea, the shape of a step) and a waste.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckedItem {
    pub text: String,
    pub note: String,
    pub tag: String,
    pub waste: Option<Waste>,
}

/// What was typed for one item, before the checks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemAnswers {
    pub text: String,
    pub note: String,
    pub tag: String,
    pub waste: String,
    pub payoff: String,
    pub effort: String,
}

/// Checks an item of `kind` as typed on its form; errors are keyed by the form's field names
/// (`text`, `note`, `waste`, `tag`, `payoff`, `effort`).
pub fn check_item(kind: ItemKind, answers: &ItemAnswers) -> Result<CheckedItem, FieldErrors> {
    let mut errors = FieldErrors::new();
    let text = required_text(
        &mut errors,
        "text",
        kind.label_id(),
        &answers.text,
        kind.max_len(),
    );
    let mut item = CheckedItem {
        text,
        ..CheckedItem::default()
    };
    let waste = answers.waste.trim();
    match kind {
        ItemKind::Idea => {
            // An idea is placed either by its quadrant or by payoff and effort.
            match Quadrant::parse(answers.tag.trim()) {
                Some(q) => item.tag = q.code().to_string(),
                None => {
                    match Quadrant::from_answers(answers.payoff.trim(), answers.effort.trim()) {
                        Ok(q) => item.tag = q.code().to_string(),
                        Err(e) => {
                            for (field, message) in e.iter() {
                                errors.add(field, message.clone());
                            }
                        }
                    }
                }
            }
        }
        ItemKind::Step => {
            match StepKind::parse(answers.tag.trim()) {
                Some(s) => item.tag = s.code().to_string(),
                None => errors.add("tag", "tool-step-kind-missing"),
            }
            if !waste.is_empty() {
                match Waste::parse(waste) {
                    Some(w) => item.waste = Some(w),
                    None => errors.add("waste", "tool-waste-unknown"),
                }
            }
        }
        ItemKind::Observation => {
            item.note = required_text(&mut errors, "note", "tool-field-where", &answers.note, 160);
            match Waste::parse(waste) {
                Some(w) => item.waste = Some(w),
                None => errors.add("waste", "tool-waste-missing"),
            }
        }
        _ => {
            item.note = optional_text(&mut errors, "note", "tool-field-note", &answers.note, 300);
        }
    }
    if errors.is_empty() {
        Ok(item)
    } else {
        Err(errors)
    }
}

/// Checks a tool's title and subject (named for the kind of tool in messages).
pub fn check_tool(
    kind: ToolKind,
    title: &str,
    subject: &str,
) -> Result<(String, String), FieldErrors> {
    let mut errors = FieldErrors::new();
    let title = required_text(
        &mut errors,
        "title",
        "tool-field-tool-title",
        title,
        TITLE_MAX,
    );
    let subject = optional_text(
        &mut errors,
        "subject",
        kind.subject_field_id(),
        subject,
        SUBJECT_MAX,
    );
    if errors.is_empty() {
        Ok((title, subject))
    } else {
        Err(errors)
    }
}

/// The move of an item one place up or down among its siblings, as the index it swaps with;
/// `None` at either end.
pub fn swap_index(index: usize, len: usize, up: bool) -> Option<usize> {
    if index >= len {
        return None;
    }
    if up {
        index.checked_sub(1)
    } else if index + 1 < len {
        Some(index + 1)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::{required, too_long};

    #[test]
    fn the_quadrant_follows_payoff_and_effort() {
        assert_eq!(
            Quadrant::of(Payoff::High, Effort::Easy),
            Quadrant::Implement
        );
        assert_eq!(Quadrant::of(Payoff::Low, Effort::Easy), Quadrant::Possible);
        assert_eq!(
            Quadrant::of(Payoff::High, Effort::Hard),
            Quadrant::Challenge
        );
        assert_eq!(Quadrant::of(Payoff::Low, Effort::Hard), Quadrant::Kill);
        for q in Quadrant::ALL {
            assert_eq!(Quadrant::of(q.payoff(), q.effort()), q, "{q:?} round-trips");
            assert_eq!(Quadrant::parse(q.code()), Some(q));
        }
        assert!(Quadrant::Implement.can_become_cycle());
        assert!(!Quadrant::Challenge.can_become_cycle());
    }

    #[test]
    fn missing_answers_are_named() {
        assert_eq!(
            Quadrant::from_answers("high", "easy"),
            Ok(Quadrant::Implement)
        );
        let errors = Quadrant::from_answers("", "hard").unwrap_err();
        assert_eq!(errors.id("payoff"), Some("tool-payoff-missing"));
        assert!(errors.get("effort").is_none());
        let errors = Quadrant::from_answers("huge", "").unwrap_err();
        assert_eq!(errors.id("payoff"), Some("tool-payoff-missing"));
        assert_eq!(errors.id("effort"), Some("tool-effort-missing"));
    }

    #[test]
    fn there_are_eight_wastes_with_distinct_codes() {
        assert_eq!(Waste::ALL.len(), 8);
        let mut codes: Vec<&str> = Waste::ALL.iter().map(|w| w.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 8);
        for w in Waste::ALL {
            assert_eq!(Waste::parse(w.code()), Some(w));
        }
        assert_eq!(
            Waste::NonUtilisedTalent.label_id(),
            "tool-waste-label-talent"
        );
        for w in Waste::ALL {
            assert_eq!(w.label_id(), format!("tool-waste-label-{}", w.code()));
            assert_eq!(w.example_id(), format!("tool-waste-example-{}", w.code()));
        }
        assert_eq!(Waste::parse("boredom"), None);
    }

    #[test]
    fn wastes_are_counted_with_zeros() {
        let counts = count_by_waste([Waste::Waiting, Waste::Motion, Waste::Waiting]);
        assert_eq!(counts.len(), 8);
        assert!(counts.contains(&(Waste::Waiting, 2)));
        assert!(counts.contains(&(Waste::Motion, 1)));
        assert!(counts.contains(&(Waste::Defects, 0)));
    }

    #[test]
    fn items_sit_only_where_the_tool_allows() {
        assert!(ItemKind::Cause.fits_under(Some(ItemKind::Category)));
        assert!(!ItemKind::Cause.fits_under(None));
        assert!(ItemKind::Category.fits_under(None));
        assert!(ItemKind::SecondaryDriver.fits_under(Some(ItemKind::PrimaryDriver)));
        assert!(!ItemKind::ChangeIdea.fits_under(Some(ItemKind::PrimaryDriver)));
        assert_eq!(
            ItemKind::PrimaryDriver.child(),
            Some(ItemKind::SecondaryDriver)
        );
        assert_eq!(ItemKind::ChangeIdea.child(), None);
        assert!(ToolKind::DriverDiagram.holds(ItemKind::ChangeIdea));
        assert!(!ToolKind::Pick.holds(ItemKind::Cause));
        for tool in ToolKind::ALL {
            assert_eq!(ToolKind::parse(tool.code()), Some(tool));
            for top in tool.top_items() {
                assert!(tool.holds(*top) && top.parent().is_none());
            }
        }
        for kind in ItemKind::ALL {
            assert_eq!(ItemKind::parse(kind.code()), Some(kind));
        }
    }

    #[test]
    fn a_fishbone_starts_with_six_categories() {
        let starters = ToolKind::Fishbone.starter_items();
        assert_eq!(starters.len(), 6);
        assert_eq!(starters[0], (ItemKind::Category, "tool-category-people"));
        assert_eq!(
            starters[5],
            (ItemKind::Category, "tool-category-measurement")
        );
        assert!(ToolKind::Pick.starter_items().is_empty());
    }

    fn answers(text: &str) -> ItemAnswers {
        ItemAnswers {
            text: text.into(),
            ..ItemAnswers::default()
        }
    }

    #[test]
    fn items_are_checked_by_kind() {
        let item = check_item(ItemKind::Cause, &answers("  Short-staffed at lunch ")).unwrap();
        assert_eq!(item.text, "Short-staffed at lunch");
        let errors = check_item(ItemKind::Cause, &answers("  ")).unwrap_err();
        assert_eq!(errors.get("text"), Some(&required("tool-item-cause")));
        let errors = check_item(ItemKind::Category, &answers(&"x".repeat(61))).unwrap_err();
        assert_eq!(
            errors.get("text"),
            Some(&too_long("tool-item-category", 60))
        );

        let idea = ItemAnswers {
            payoff: "high".into(),
            effort: "easy".into(),
            ..answers("Second window at lunch")
        };
        assert_eq!(check_item(ItemKind::Idea, &idea).unwrap().tag, "implement");
        let moved = ItemAnswers {
            tag: "kill".into(),
            ..answers("Hire ten pharmacists")
        };
        assert_eq!(check_item(ItemKind::Idea, &moved).unwrap().tag, "kill");
        let errors = check_item(ItemKind::Idea, &answers("Unsorted")).unwrap_err();
        assert_eq!(errors.id("payoff"), Some("tool-payoff-missing"));
        assert_eq!(errors.id("effort"), Some("tool-effort-missing"));

        let step = ItemAnswers {
            tag: "wait".into(),
            waste: "waiting".into(),
            ..answers("Patient waits for the label")
        };
        let item = check_item(ItemKind::Step, &step).unwrap();
        assert_eq!(
            (item.tag.as_str(), item.waste),
            ("wait", Some(Waste::Waiting))
        );
        let plain = ItemAnswers {
            tag: "step".into(),
            ..answers("Scan the prescription")
        };
        assert_eq!(check_item(ItemKind::Step, &plain).unwrap().waste, None);
        let bad = ItemAnswers {
            tag: "loop".into(),
            waste: "boredom".into(),
            ..answers("Something")
        };
        let errors = check_item(ItemKind::Step, &bad).unwrap_err();
        assert_eq!(errors.id("tag"), Some("tool-step-kind-missing"));
        assert_eq!(errors.id("waste"), Some("tool-waste-unknown"));

        let errors = check_item(ItemKind::Observation, &answers("Boxes in the hall")).unwrap_err();
        assert_eq!(errors.get("note"), Some(&required("tool-field-where")));
        assert_eq!(errors.id("waste"), Some("tool-waste-missing"));
        let seen = ItemAnswers {
            note: "Corridor B".into(),
            waste: "inventory".into(),
            ..answers("Boxes in the hall")
        };
        let item = check_item(ItemKind::Observation, &seen).unwrap();
        assert_eq!(item.waste, Some(Waste::Inventory));
        assert_eq!(item.note, "Corridor B");
    }

    #[test]
    fn a_tool_needs_a_title() {
        assert_eq!(
            check_tool(ToolKind::Fishbone, " Why waits are long ", " Long waits "),
            Ok(("Why waits are long".into(), "Long waits".into()))
        );
        let errors = check_tool(ToolKind::Pick, "", "").unwrap_err();
        assert_eq!(
            errors.get("title"),
            Some(&required("tool-field-tool-title"))
        );
        let errors =
            check_tool(ToolKind::DriverDiagram, "Ok", &"y".repeat(SUBJECT_MAX + 1)).unwrap_err();
        assert_eq!(
            errors.get("subject"),
            Some(&too_long("tool-field-subject-driver", SUBJECT_MAX))
        );
    }

    #[test]
    fn items_swap_with_their_neighbours() {
        assert_eq!(swap_index(0, 3, true), None);
        assert_eq!(swap_index(1, 3, true), Some(0));
        assert_eq!(swap_index(1, 3, false), Some(2));
        assert_eq!(swap_index(2, 3, false), None);
        assert_eq!(swap_index(5, 3, false), None);
    }
}
