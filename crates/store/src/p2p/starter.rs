//! The starter criteria loaded as the first agreement year when none exists. Written in our own
//! words from what is publicly known about the toolkit; cells nobody documented are marked as
//! placeholders for an administrator to write. (dimension, level, text, placeholder, evidence)

pub const YEAR_NAME: &str = "2015";

const TBD: &str =
    "Not documented yet: an administrator writes this criterion for the agreement year.";

pub const CRITERIA: &[(&str, u8, &str, bool, Option<&str>)] = &[
    ("sponsorship", 1, "The team knows who its sponsors are and has met them.", false, Some("sponsors_named")),
    ("sponsorship", 2, "Sponsors have been trained for their role.", false, None),
    ("sponsorship", 2, "The team charter is written.", false, Some("charter_written")),
    ("sponsorship", 2, "Sponsors and co-leads have agreed how the sponsorship will work.", false, None),
    ("sponsorship", 3, "Sponsors and co-leads meet or talk at least once a month.", false, Some("monthly_check_ins")),
    ("sponsorship", 4, "Sponsors hold both co-leads accountable together for the team's results.", false, None),
    ("sponsorship", 5, TBD, true, None),
    ("leadership", 1, "Co-leads are named, or being chosen, one by each side, each side choosing its own.", false, Some("leaders_named")),
    ("leadership", 1, "At least one health and safety champion is named.", false, Some("leaders_named")),
    ("leadership", 2, "The co-leads work well together and plan the team's growth as a pair.", false, None),
    ("leadership", 3, "Co-leads are moving from directing the team to facilitating it.", false, None),
    ("leadership", 4, "Either co-lead can run a meeting alone, and sponsors and executives hold the co-leads jointly accountable for performance.", false, None),
    ("leadership", 4, "Health and safety champions work actively with the team.", false, None),
    ("leadership", 5, "The team largely runs itself: members make most day-to-day decisions and work goes on when neither co-lead is there.", false, None),
    ("training", 1, "Co-leads have completed co-lead training.", false, Some("co_lead_training")),
    ("training", 1, "The team has a first action plan and keeps it current.", false, None),
    ("training", 2, "Team members have completed team training (for example orientation and the improvement method).", false, Some("member_training")),
    ("training", 3, TBD, true, None),
    ("training", 4, TBD, true, None),
    ("training", 5, TBD, true, None),
    ("team_process", 1, "Meetings are scheduled or the first one has been held, with the agenda set by both co-leads.", false, None),
    ("team_process", 2, "Staff meetings are run as team meetings rather than beside them, planned and led by both co-leads.", false, None),
    ("team_process", 3, "Meetings aim at outcomes; members take part and shape decisions while co-leads facilitate.", false, None),
    ("team_process", 4, TBD, true, None),
    ("team_process", 5, "The team tracks its progress with annotated run charts.", false, Some("annotated_run_chart")),
    ("team_process", 5, "The team has spread a successful practice to others or adopted one from another team.", false, Some("practice_spread")),
    ("team_process", 5, "Teams that serve patients or members bring the voice of those they serve into their work.", false, None),
    ("engagement", 1, "Members are only starting to take part.", false, None),
    ("engagement", 2, "Members understand and use partnership ways of working, such as deciding by consensus, and news reaches every member.", false, None),
    ("engagement", 3, "Members' engagement can be seen in meetings and projects.", false, None),
    ("engagement", 4, "All members are highly engaged.", false, None),
    ("engagement", 5, TBD, true, None),
    ("tools", 1, "The team is not yet using improvement tools.", false, None),
    ("tools", 2, "The team is learning improvement techniques.", false, None),
    ("tools", 3, "The team uses the improvement method and has run two test cycles in one or more projects, recorded in the hub.", false, Some("two_test_cycles")),
    ("tools", 4, "Three or more test cycles are done, with changes to workflow and not only training, and every project and cycle is updated at least every 90 days.", false, Some("three_recent_test_cycles")),
    ("tools", 5, "The team uses advanced tools such as annotated run charts.", false, Some("annotated_run_chart")),
    ("goals", 1, "The team has not set goals yet.", false, None),
    ("goals", 2, "The team's goals are tied to the Value Compass and to facility and regional priorities.", false, None),
    ("goals", 3, "The team has started projects to improve its performance.", false, None),
    ("goals", 4, "The team has several successful projects.", false, None),
    ("goals", 5, "The team meets its targets on all four points of the Value Compass.", false, Some("targets_met")),
];
