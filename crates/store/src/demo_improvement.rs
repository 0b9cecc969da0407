//! The demo organisation's improvement work: projects from idea to done, their owners, PDSA
//! cycles, measures with their weekly or monthly data, and one team-tested practice.
//!
//! At full scale that is ~31,000 projects, ~95,000 cycles and ~1,000,000 measure points. The
//! choices for each project (theme, status, dates, how many cycles, whether its measure shifts)
//! are drawn in Rust from a seeded generator and sent as one packed line per project (see
//! [`pack`]); the database then makes the rows themselves with `INSERT … SELECT` inside the
//! load's transaction, joining that plan with the texts and a table of pre-drawn noise, so the
//! million points never cross the wire. Everything is in integers until the last step, so SQLite
//! and PostgreSQL make the same numbers, and every id is given, so both make the same ids.
//!
//! The showcase team (team 1) gets a few hand-written projects instead: one done and published
//! as a practice that two other teams adopted, one active with a cycle under way, one sustaining
//! its gains, and a fresh idea.
//!
//! Every text here was written for the demo.

use lmp_domain::p2p::period::Month;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::demo::{month_start, Bulk, Value};
use crate::{Backend, StoreResult};

/// The people of one team that improvement work names, taken from the generated organisation.
pub(crate) struct Crew {
    pub team_id: i64,
    pub department: String,
    pub facility_id: i64,
    pub labor_lead: i64,
    pub management_lead: i64,
    /// A few labor-side members, in roster order (the showcase team's first is member@).
    pub members: Vec<i64>,
}

/// What the generator needs to know about the organisation.
pub(crate) struct Input {
    /// One per team, in team id order; the first is the showcase team.
    pub crews: Vec<Crew>,
    pub showcase_team_name: String,
    pub showcase_facility_name: String,
    /// The administrator, who reviewed and published the showcase practice.
    pub editor: i64,
}

/// Everything the load writes for improvement work.
pub(crate) struct Improvement {
    showcase: Showcase,
    plan: Vec<PlanRow>,
    noise: Vec<(i64, i64, i64)>,
    calendar: Calendar,
    now: i64,
}

/// Row counts, for the summary and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImprovementCounts {
    pub projects: usize,
    pub cycles: usize,
    pub measures: usize,
    pub points: usize,
}

impl Improvement {
    pub(crate) fn counts(&self) -> ImprovementCounts {
        let bulk = ImprovementCounts {
            projects: self.plan.len(),
            cycles: self.plan.iter().map(|p| p.cycles as usize).sum(),
            measures: self.plan.iter().filter(|p| p.m_id > 0).count(),
            points: self.plan.iter().map(|p| p.m_npts as usize).sum(),
        };
        let show = self.showcase.counts();
        ImprovementCounts {
            projects: bulk.projects + show.projects,
            cycles: bulk.cycles + show.cycles,
            measures: bulk.measures + show.measures,
            points: bulk.points + show.points,
        }
    }

    /// Rows the load writes, helper tables included, for the progress bar.
    pub(crate) fn rows(&self) -> u64 {
        let counts = self.counts();
        let owners: usize = self
            .plan
            .iter()
            .map(|p| usize::from(p.owner1 > 0) + usize::from(p.owner2 > 0))
            .sum();
        let helpers = NUMBERS
            + self.calendar.days.len()
            + self.calendar.periods.len()
            + theme_rows().len()
            + OUT_OF_SCOPE.len()
            + change_rows().len()
            + text_rows().len()
            + self.noise.len()
            + self.plan.len();
        (helpers
            + owners
            + self.showcase.link_rows()
            + counts.projects
            + counts.cycles
            + counts.measures
            + counts.points) as u64
    }
}

// ---------------------------------------------------------------------------------------------
// Content: project themes by kind of team, texts for cycles, notes on points.
// ---------------------------------------------------------------------------------------------

/// Which themes suit a team, by its department.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    /// Inpatient units and the emergency department.
    Ward,
    /// Outpatient and diagnostic services, the pharmacy among them.
    Clinic,
    /// Environmental, nutrition and member services.
    Support,
}

impl Group {
    const ALL: [Group; 3] = [Group::Ward, Group::Clinic, Group::Support];

    /// How the SQL knows the group.
    fn id(self) -> i64 {
        match self {
            Group::Ward => 0,
            Group::Clinic => 1,
            Group::Support => 2,
        }
    }

    fn of(department: &str) -> Group {
        match department {
            "Emergency Department"
            | "Medical-Surgical"
            | "Labor and Delivery"
            | "Oncology"
            | "Intensive Care"
            | "Surgical Services" => Group::Ward,
            "Environmental Services" | "Nutrition Services" | "Member Services" => Group::Support,
            _ => Group::Clinic,
        }
    }

    /// The group's own themes, then those that suit any team.
    fn themes(self) -> Vec<&'static Theme> {
        let own: &[Theme] = match self {
            Group::Ward => &WARD_THEMES,
            Group::Clinic => &CLINIC_THEMES,
            Group::Support => &SUPPORT_THEMES,
        };
        own.iter().chain(ANY_THEMES.iter()).collect()
    }
}

/// A kind of project many teams take on, with the measure it tracks and changes worth testing.
struct Theme {
    title: &'static str,
    description: &'static str,
    aim_what: &'static str,
    aim_how_much: &'static str,
    /// Value Compass codes.
    compass: &'static str,
    /// Scope-check topic code (all in scope).
    topic: &'static str,
    question: &'static str,
    prediction: &'static str,
    data: &'static str,
    measure: MeasureShape,
    changes: [Change; 4],
}

/// A measure and the numbers its data is drawn from. Levels are integers: tenths of the value
/// for run, I and c charts, per mille for p charts, tenths of events per 1,000 units of exposure
/// for u charts.
struct MeasureShape {
    name: &'static str,
    kind: &'static str,
    unit: &'static str,
    chart: &'static str,
    monthly: bool,
    up: bool,
    target: f64,
    /// Level before any change.
    base: i64,
    /// How far a change that works moves the level.
    delta: i64,
    /// Spread of the level from period to period (one standard deviation).
    sd: i64,
    /// p charts: people or events looked at per period; u charts: units of exposure.
    size: i64,
    /// Sizes vary from `size` to `size + spread - 1`.
    spread: i64,
}

/// A change idea, and how teams usually adapt it after a first test.
struct Change {
    idea: &'static str,
    adapted: &'static str,
    kind: &'static str,
}

const fn change(idea: &'static str, adapted: &'static str, kind: &'static str) -> Change {
    Change {
        idea,
        adapted,
        kind,
    }
}

const WARD_THEMES: [Theme; 7] = [
    Theme {
        title: "Fewer patient falls",
        description: "Patients on our unit fall most often on the way to the bathroom at night, usually when they try to get up without help. A fall can mean an injury, a longer stay and a frightened patient and family.",
        aim_what: "Falls per 1,000 patient days",
        aim_how_much: "from 3.6 to 2.0 or fewer",
        compass: "quality",
        topic: "performance",
        question: "Will this prevent falls on the way to the bathroom?",
        prediction: "Falls drop below 2.5 per 1,000 patient days within two months, with no rise in bed rest orders.",
        data: "Falls from the incident reports and patient days from the census, every month.",
        measure: MeasureShape { name: "Falls per 1,000 patient days", kind: "outcome", unit: "falls per 1,000 patient days", chart: "u", monthly: true, up: false, target: 2.0, base: 36, delta: -16, sd: 12, size: 800, spread: 250 },
        changes: [
            change("Hourly rounding that asks about the bathroom, pain and position", "Hourly rounding at night, with the question asked at the bedside and not from the door", "workflow"),
            change("Bed alarms on for every patient with a high fall-risk score", "Bed alarms for high-risk patients, checked at every shift handoff", "workflow"),
            change("A commode at the bedside for patients who are unsteady at night", "Bedside commode offered at the evening round to unsteady patients", "workflow"),
            change("Non-slip socks for every patient on admission", "Non-slip socks kept in every room, with a sign by the bed", "other"),
        ],
    },
    Theme {
        title: "Discharges before noon",
        description: "Patients who are ready to go home wait until mid-afternoon while paperwork, medicines and rides are sorted out, and patients in the emergency department wait for their beds.",
        aim_what: "Discharges completed before noon",
        aim_how_much: "from 15% to 40% of discharges",
        compass: "service,affordable",
        topic: "operations",
        question: "Will this get patients who are ready to leave out of the door before noon?",
        prediction: "At least a third of discharges happen before noon within six weeks.",
        data: "Discharge time of every discharge, from the bed board, each week.",
        measure: MeasureShape { name: "Discharges before noon", kind: "outcome", unit: "share of discharges", chart: "p", monthly: false, up: true, target: 0.4, base: 150, delta: 180, sd: 40, size: 45, spread: 20 },
        changes: [
            change("Name tomorrow's likely discharges at the afternoon huddle", "Likely discharges named at the afternoon huddle, with their medicines ordered the evening before", "workflow"),
            change("Discharge medicines sent up from the pharmacy by 10 am", "Discharge medicines requested the evening before and sent up by 9:30 am", "workflow"),
            change("A discharge checklist started on the day of admission", "A shorter checklist, started on day two and reviewed at bedside report", "workflow"),
            change("Ask families about a ride home the day before", "Ride home confirmed the day before, with a taxi voucher when there is none", "other"),
        ],
    },
    Theme {
        title: "Call lights answered faster",
        description: "Patients told us they waited a long time after pressing the call light, and some got up on their own instead. The nurse-call system records how long each light stays on.",
        aim_what: "Average time to answer a call light",
        aim_how_much: "from 7 to 4 minutes",
        compass: "service,quality",
        topic: "operations",
        question: "Will this shorten the time a call light stays on?",
        prediction: "The weekly average falls below 5 minutes within a month.",
        data: "Average time to answer, from the nurse-call system report every Monday.",
        measure: MeasureShape { name: "Minutes to answer a call light", kind: "outcome", unit: "minutes", chart: "run", monthly: false, up: false, target: 4.0, base: 72, delta: -30, sd: 8, size: 0, spread: 1 },
        changes: [
            change("Anyone who passes a lit room answers the light, whatever their role", "Anyone answers, with a short script for requests they cannot help with themselves", "workflow"),
            change("A named buddy covers the lights of a nurse who is in an isolation room", "Buddy pairs set at the start of every shift on the assignment board", "workflow"),
            change("Rounding every hour to meet needs before patients call", "Hourly rounding from 8 am to 10 pm, every two hours at night", "workflow"),
            change("A reminder at every huddle about answering lights", "Reminder at the huddle with last week's average on the board", "training"),
        ],
    },
    Theme {
        title: "Shift report at the bedside",
        description: "Handoffs at the nurses' station leave patients out of the conversation and miss things they could have told us. We want every shift report to happen at the bedside, with the patient invited to take part.",
        aim_what: "Shift reports given at the bedside",
        aim_how_much: "from 30% to 90% of handoffs",
        compass: "quality,service",
        topic: "operations",
        question: "Will this make bedside report the normal way we hand off?",
        prediction: "At least 75% of the handoffs observed are at the bedside within four weeks.",
        data: "Forty handoffs observed each week across the shift changes.",
        measure: MeasureShape { name: "Handoffs given at the bedside", kind: "process", unit: "share of handoffs", chart: "p", monthly: false, up: true, target: 0.9, base: 300, delta: 420, sd: 60, size: 40, spread: 1 },
        changes: [
            change("A one-page bedside report guide in every room", "Bedside report guide with a privacy step for sensitive news", "training"),
            change("Start with the patient: ask what they want the next nurse to know", "Patient's question asked first, then the safety check together", "workflow"),
            change("Assignments set so outgoing and incoming nurses overlap for 15 minutes", "Overlap kept to 10 minutes, with the charge nurse covering call lights", "workflow"),
            change("The charge nurse joins two bedside reports each shift to coach", "Coaching of two reports each shift, with feedback at the huddle", "other"),
        ],
    },
    Theme {
        title: "Fewer pressure injuries",
        description: "Some patients develop pressure injuries while they are with us, mostly on the heels and lower back of patients who cannot move much on their own.",
        aim_what: "Pressure injuries that start on our unit",
        aim_how_much: "from 4 to 1 or fewer a month",
        compass: "quality,affordable",
        topic: "performance",
        question: "Will this catch skin at risk before an injury starts?",
        prediction: "No more than two new pressure injuries a month after two months.",
        data: "New pressure injuries from the skin audit and the incident reports, every month.",
        measure: MeasureShape { name: "New pressure injuries", kind: "outcome", unit: "injuries a month", chart: "c", monthly: true, up: false, target: 1.0, base: 42, delta: -25, sd: 14, size: 0, spread: 1 },
        changes: [
            change("A turning clock on the wall of each room", "Turning clock with a tick box, checked at each hourly round", "workflow"),
            change("Heels floated on a pillow for every patient in bed more than a day", "Heel boots for patients who push the pillows away", "workflow"),
            change("Skin checked by two nurses on admission", "Two-nurse skin check on admission and at every transfer in", "workflow"),
            change("Wound nurse teaching at the monthly meeting", "Wound nurse teaching on the unit, ten minutes at a huddle", "training"),
        ],
    },
    Theme {
        title: "Protected sleep hours for patients",
        description: "Patients say they cannot sleep: vital signs, blood draws and noise wake them several times a night. Poor sleep slows recovery.",
        aim_what: "Patients who say it was quiet enough to sleep",
        aim_how_much: "from 45% to 70% of patients asked",
        compass: "service,quality",
        topic: "environment",
        question: "Will this let patients sleep from midnight to 5 am?",
        prediction: "At least 60% of the patients asked say it was quiet at night within six weeks.",
        data: "Five patients asked each morning whether it was quiet enough to sleep.",
        measure: MeasureShape { name: "Patients who slept undisturbed", kind: "outcome", unit: "share of patients asked", chart: "p", monthly: false, up: true, target: 0.7, base: 450, delta: 200, sd: 60, size: 30, spread: 6 },
        changes: [
            change("No routine vital signs between midnight and 5 am for stable patients", "Quiet hours for stable patients, with the list agreed at the evening huddle", "workflow"),
            change("Morning blood draws moved from 4 am to 6 am", "Blood draws at 6 am, with early draws only for patients going to surgery", "workflow"),
            change("Lights dimmed and voices lowered at the station after 11 pm", "Dimmed lights and a quiet-hours sign at the station", "other"),
            change("Earplugs and eye masks offered at the evening round", "Sleep kit offered at the evening round and restocked daily", "other"),
        ],
    },
    Theme {
        title: "Beds ready sooner for admitted patients",
        description: "Patients admitted from the emergency department wait hours for a bed after the decision to admit, sometimes on a trolley in the corridor.",
        aim_what: "Time from the decision to admit to arrival on the unit",
        aim_how_much: "from 4.5 to 2.5 hours",
        compass: "service,quality",
        topic: "operations",
        question: "Will this cut the wait between the decision to admit and the bed?",
        prediction: "The weekly average falls below 3.5 hours within six weeks.",
        data: "Decision-to-admit and arrival times from the bed board, averaged each week.",
        measure: MeasureShape { name: "Hours from decision to admit to arrival", kind: "outcome", unit: "hours", chart: "i", monthly: false, up: false, target: 2.5, base: 45, delta: -15, sd: 5, size: 0, spread: 1 },
        changes: [
            change("A bed huddle with the emergency department at 10 am and 4 pm", "Bed huddles at 10 am and 4 pm, plus a call when two or more admissions wait", "workflow"),
            change("A clean-bed alert sent to the charge nurse's phone", "Clean-bed alert sent to the charge nurse and the admitting nurse", "workflow"),
            change("Report by phone instead of waiting for a call back", "Handoff by phone within 15 minutes, using the written summary", "workflow"),
            change("A transport aide kept free for admissions from noon to 6 pm", "Transport aide for admissions from 11 am to 7 pm, the busiest hours", "workflow"),
        ],
    },
];

const CLINIC_THEMES: [Theme; 7] = [
    Theme {
        title: "Check-in in under five minutes",
        description: "Patients queue at the front desk, especially first thing in the morning, and some are late for their appointment even though they arrived on time.",
        aim_what: "Average wait at check-in",
        aim_how_much: "from 9 to 5 minutes",
        compass: "service",
        topic: "operations",
        question: "Will this shorten the queue at check-in?",
        prediction: "The weekly average wait falls below 6 minutes within four weeks.",
        data: "Time from arrival to check-in for every patient, from the queue system.",
        measure: MeasureShape { name: "Minutes waiting at check-in", kind: "outcome", unit: "minutes", chart: "run", monthly: false, up: false, target: 5.0, base: 90, delta: -38, sd: 9, size: 0, spread: 1 },
        changes: [
            change("A check-in link sent by text the day before", "Check-in link sent the day before and again an hour before the visit", "workflow"),
            change("A second desk open from 8 to 10 am", "Second desk from 7:45 to 10 am, staffed from the back office", "workflow"),
            change("Insurance checked the day before, not at the desk", "Insurance checked two days before, with a call to the patient when it fails", "workflow"),
            change("Signs that show which queue is for what", "Signs in three languages, with the kiosk marked first", "other"),
        ],
    },
    Theme {
        title: "Calls answered within a minute",
        description: "Patients calling us wait on hold and many hang up before anyone answers. They call again, or come in without an appointment.",
        aim_what: "Calls answered within 60 seconds",
        aim_how_much: "from 55% to 85% of calls",
        compass: "service",
        topic: "operations",
        question: "Will this get more calls answered within a minute?",
        prediction: "At least 75% of calls are answered within a minute within six weeks.",
        data: "Calls offered and calls answered within 60 seconds, from the phone system report.",
        measure: MeasureShape { name: "Calls answered within 60 seconds", kind: "outcome", unit: "share of calls", chart: "p", monthly: false, up: true, target: 0.85, base: 550, delta: 250, sd: 40, size: 600, spread: 200 },
        changes: [
            change("Two people on the phones from 8 to 10 am", "Two on the phones from 8 to 11 am, with lunch cover staggered", "workflow"),
            change("Refill requests moved to their own line with a call back", "Refill line with a call back within four hours", "workflow"),
            change("A recorded message pointing callers to the online portal", "Portal message cut to ten seconds", "other"),
            change("A shared script for the five most common calls", "Script for the seven most common calls kept by each phone", "training"),
        ],
    },
    Theme {
        title: "Fewer missed appointments",
        description: "About one patient in seven does not come to their appointment. The slot is lost for someone else who needed it, and the patient's own care is delayed.",
        aim_what: "Appointments missed without notice",
        aim_how_much: "from 14% to 8%",
        compass: "service,affordable",
        topic: "performance",
        question: "Will this help patients keep their appointments, or cancel in time?",
        prediction: "Missed appointments fall under 10% within two months.",
        data: "Booked and missed appointments each week, from the scheduling system.",
        measure: MeasureShape { name: "Appointments missed without notice", kind: "outcome", unit: "share of appointments", chart: "p", monthly: false, up: false, target: 0.08, base: 140, delta: -50, sd: 15, size: 400, spread: 150 },
        changes: [
            change("A reminder text three days before, with a reply to cancel", "Reminders three days and one day before, both with a reply to cancel", "workflow"),
            change("Call patients who missed two visits to ask what got in the way", "Calls to patients who missed two visits, with a ride offered when transport is the problem", "other"),
            change("Book the next visit before the patient leaves", "Next visit booked at checkout only when it is within six weeks", "workflow"),
            change("Same-day slots filled from a waiting list", "Same-day slots filled from the waiting list by 9 am", "workflow"),
        ],
    },
    Theme {
        title: "Test results to patients sooner",
        description: "Test results sit in the inbox for days before anyone tells the patient. Patients call to ask, and an abnormal result can be missed.",
        aim_what: "Results shared with the patient within two working days",
        aim_how_much: "from 60% to 90% of results",
        compass: "quality,service",
        topic: "performance",
        question: "Will this get results to patients within two working days?",
        prediction: "At least 80% of results reach the patient within two working days within a month.",
        data: "Results received and results shared within two working days, from the inbox report each week.",
        measure: MeasureShape { name: "Results shared within two working days", kind: "outcome", unit: "share of results", chart: "p", monthly: false, up: true, target: 0.9, base: 600, delta: 250, sd: 40, size: 250, spread: 100 },
        changes: [
            change("Normal results released to the patient portal with a standard note", "Normal results released with a short note the clinician writes for the week ahead", "workflow"),
            change("Twenty minutes of inbox time blocked after lunch", "Inbox blocks after lunch and at the end of the day", "workflow"),
            change("A medical assistant sorts the inbox each morning", "Inbox sorted each morning, with abnormal results flagged red", "workflow"),
            change("Inbox tips shared at a team meeting", "Inbox tips on a one-page card by each computer", "training"),
        ],
    },
    Theme {
        title: "Two identifiers at every contact",
        description: "Patients with similar names have been mixed up at check-in and at the lab. Staff do not always ask for two identifiers when they are busy or know the patient.",
        aim_what: "Patient contacts where two identifiers are checked",
        aim_how_much: "from 70% to 98%",
        compass: "quality",
        topic: "performance",
        question: "Will this make two identifiers a habit at every contact?",
        prediction: "At least 90% of the contacts observed use two identifiers within a month.",
        data: "Twenty contacts observed each week by a team member.",
        measure: MeasureShape { name: "Contacts with two identifiers checked", kind: "process", unit: "share of contacts", chart: "p", monthly: false, up: true, target: 0.98, base: 700, delta: 240, sd: 50, size: 20, spread: 1 },
        changes: [
            change("Ask for name and date of birth at every contact, even with familiar patients", "Name and date of birth at every contact, checked against the wristband or photo ID", "workflow"),
            change("A reminder sticker on each computer screen", "A reminder on screen when the chart is opened", "other"),
            change("Peer observers give feedback on the spot", "Peer feedback once a week, summed up at the huddle", "training"),
            change("Patients told why we ask every time", "A sign at each desk telling patients why we ask", "other"),
        ],
    },
    Theme {
        title: "Clinic sessions that start on time",
        description: "Morning sessions often start late because rooms are not stocked, equipment is missing or the first patient is not ready, and the delay grows all day.",
        aim_what: "Sessions where the first patient is seen on time",
        aim_how_much: "from 50% to 85% of sessions",
        compass: "service,workplace",
        topic: "operations",
        question: "Will this get the first patient seen on time?",
        prediction: "At least 70% of sessions start on time within four weeks.",
        data: "Start time of each session against the schedule, logged by the front desk.",
        measure: MeasureShape { name: "Sessions starting on time", kind: "process", unit: "share of sessions", chart: "p", monthly: false, up: true, target: 0.85, base: 500, delta: 300, sd: 70, size: 20, spread: 6 },
        changes: [
            change("Rooms stocked at the end of the day, not in the morning", "End-of-day restock, with a checklist on each door", "workflow"),
            change("The first patient roomed ten minutes before the session", "First patient called the day before and asked to arrive early", "workflow"),
            change("A five-minute huddle at 7:50 to spot problems", "Huddle at 7:50 with the day's gaps on the whiteboard", "workflow"),
            change("Equipment kept in the same place in every room", "Same layout in every room, with a photo of how it should look", "other"),
        ],
    },
    Theme {
        title: "Fewer repeated tests and scans",
        description: "Some samples and images have to be repeated because of labelling errors, missing orders or poor preparation. Patients come back, and our time is lost.",
        aim_what: "Tests or scans repeated because of an avoidable error",
        aim_how_much: "from 12 to 5 a week",
        compass: "quality,affordable",
        topic: "performance",
        question: "Will this prevent avoidable repeats?",
        prediction: "No more than eight repeats a week within six weeks.",
        data: "Every repeat logged with its reason on the shared tally sheet.",
        measure: MeasureShape { name: "Avoidable repeats", kind: "outcome", unit: "repeats a week", chart: "c", monthly: false, up: false, target: 5.0, base: 120, delta: -55, sd: 30, size: 0, spread: 1 },
        changes: [
            change("Label at the patient's side, never in batches", "Labels printed in the room and checked against the wristband", "workflow"),
            change("Preparation instructions sent with the appointment letter", "Preparation instructions by text two days before, with a number to call", "workflow"),
            change("Orders checked for completeness before the patient is called", "Orders checked by the desk at booking, not on the day", "workflow"),
            change("A short refresher on labelling at the huddle", "Refresher on labelling using last month's repeats as examples", "training"),
        ],
    },
];

const SUPPORT_THEMES: [Theme; 6] = [
    Theme {
        title: "Rooms cleaned within an hour of discharge",
        description: "After a patient leaves, the room waits to be cleaned while the next patient waits for a bed. Requests reach us late and we cross the building more than we need to.",
        aim_what: "Average time from discharge to room ready",
        aim_how_much: "from 95 to 60 minutes",
        compass: "service,affordable",
        topic: "operations",
        question: "Will this get discharged rooms cleaned sooner?",
        prediction: "The weekly average falls below 75 minutes within a month.",
        data: "Time from discharge to room ready, from the bed board, averaged each week.",
        measure: MeasureShape { name: "Minutes from discharge to room ready", kind: "outcome", unit: "minutes", chart: "i", monthly: false, up: false, target: 60.0, base: 950, delta: -300, sd: 60, size: 0, spread: 1 },
        changes: [
            change("Discharge alert sent straight to the housekeeper's phone", "Discharge alert to the nearest housekeeper, with the floor supervisor copied", "workflow"),
            change("One housekeeper for every two floors at peak discharge hours", "Zones from 11 am to 4 pm, with a float for surges", "workflow"),
            change("Cleaning carts restocked the evening before", "Carts restocked in the evening, with a checklist on the cart", "workflow"),
            change("A checklist for a discharge clean", "Checklist reordered to follow the way we move through the room", "training"),
        ],
    },
    Theme {
        title: "Meal trays on time and hot",
        description: "Trays reach some rooms late and the food is cold. Patients eat less, complain and ask for replacements.",
        aim_what: "Trays delivered within the 15-minute window",
        aim_how_much: "from 70% to 92% of trays",
        compass: "service,quality",
        topic: "operations",
        question: "Will this get trays to patients on time and hot?",
        prediction: "At least 85% of trays arrive within the window after four weeks.",
        data: "Delivery times for one meal each day, checked against the window.",
        measure: MeasureShape { name: "Trays delivered on time", kind: "outcome", unit: "share of trays", chart: "p", monthly: false, up: true, target: 0.92, base: 700, delta: 200, sd: 40, size: 140, spread: 40 },
        changes: [
            change("Trays loaded in the order of the delivery route", "Trays loaded in route order, the two farthest units first", "workflow"),
            change("A second cart for the far wing", "Second cart for the far wing at lunch and dinner only", "workflow"),
            change("A lift held for the food carts at meal times", "Service lift reserved for ten minutes at each meal", "workflow"),
            change("Heated lids checked before each meal", "Heated lids checked and swapped at the start of each meal", "other"),
        ],
    },
    Theme {
        title: "The right diet on every tray",
        description: "Now and then a patient gets a tray that does not match their diet order, such as regular food for a patient on a low-salt diet. It is a safety risk and it wastes food.",
        aim_what: "Trays with the wrong diet",
        aim_how_much: "from 6 to 1 or fewer a week",
        compass: "quality",
        topic: "performance",
        question: "Will this catch wrong-diet trays before they leave the kitchen?",
        prediction: "No more than two wrong-diet trays a week within a month.",
        data: "Every wrong-diet tray reported by the units, counted each week.",
        measure: MeasureShape { name: "Wrong-diet trays", kind: "outcome", unit: "trays a week", chart: "c", monthly: false, up: false, target: 1.0, base: 60, delta: -40, sd: 20, size: 0, spread: 1 },
        changes: [
            change("The diet's colour printed on the tray ticket", "Diet colour and an allergy symbol on the ticket", "other"),
            change("A second check at the end of the tray line", "Second check only for trays with an allergy or a special diet", "workflow"),
            change("Diet changes after 2 pm phoned to the kitchen", "Diet changes after 2 pm sent by message with a read receipt", "workflow"),
            change("Tray line staff taught the five most common diets", "Diet cards at each station of the tray line", "training"),
        ],
    },
    Theme {
        title: "Questions answered on the first call",
        description: "Members often need to call more than once because the first person cannot answer, or has to find out and call back.",
        aim_what: "Calls resolved on the first contact",
        aim_how_much: "from 65% to 85% of calls",
        compass: "service,affordable",
        topic: "performance",
        question: "Will this let us answer more questions the first time?",
        prediction: "At least 78% of calls are resolved the first time within six weeks.",
        data: "Calls sampled each week and marked resolved or not, from the call log.",
        measure: MeasureShape { name: "Calls resolved the first time", kind: "outcome", unit: "share of calls", chart: "p", monthly: false, up: true, target: 0.85, base: 650, delta: 170, sd: 30, size: 300, spread: 100 },
        changes: [
            change("A shared answer sheet for the ten most common questions", "Answer sheet kept in the call system and updated each Friday", "workflow"),
            change("A senior representative on the floor to help during calls", "A floor helper during the two busiest hours", "workflow"),
            change("Call backs booked at a time the member chooses", "Call backs the same day, at a time the member chooses", "workflow"),
            change("Short training on the new benefits at the huddle", "Benefit question of the week shared at the huddle", "training"),
        ],
    },
    Theme {
        title: "Fewer strains and sprains on our team",
        description: "Team members hurt their backs and shoulders pushing heavy carts and lifting bags. An injury means pain for them and short-staffed shifts for everyone else.",
        aim_what: "Strains and sprains reported",
        aim_how_much: "from 3 to 1 or fewer a month",
        compass: "workplace",
        topic: "environment",
        question: "Will this reduce strains from pushing and lifting?",
        prediction: "No more than one strain a month for three months in a row.",
        data: "Injury reports each month, and near misses from the team's log.",
        measure: MeasureShape { name: "Strains and sprains reported", kind: "outcome", unit: "injuries a month", chart: "c", monthly: true, up: false, target: 1.0, base: 30, delta: -18, sd: 12, size: 0, spread: 1 },
        changes: [
            change("Cart wheels checked and replaced every month", "Wheel checks on a rota, with a tag showing the date", "other"),
            change("Bags kept under 10 kg by changing them more often", "Bags changed at half full on the heavy routes", "workflow"),
            change("Two people for any lift over 20 kg", "Two-person lifts, with a call button to ask for a partner", "workflow"),
            change("A five-minute stretch before the shift", "Stretch at the start of the huddle, led by a different person each day", "training"),
        ],
    },
    Theme {
        title: "Fewer callers hanging up before we answer",
        description: "Members calling the service line wait on hold and many hang up before we answer. They call again later, or give up.",
        aim_what: "Calls abandoned before they are answered",
        aim_how_much: "from 12% to 5% of calls",
        compass: "service",
        topic: "operations",
        question: "Will this answer more calls before the member gives up?",
        prediction: "Abandoned calls fall below 8% within a month.",
        data: "Calls offered and calls abandoned each week, from the phone system.",
        measure: MeasureShape { name: "Calls abandoned", kind: "outcome", unit: "share of calls", chart: "p", monthly: false, up: false, target: 0.05, base: 120, delta: -60, sd: 15, size: 900, spread: 300 },
        changes: [
            change("Breaks staggered so the line is never short at 9 am", "Staggered breaks planned a week ahead on the rota", "workflow"),
            change("A call-back offered after two minutes on hold", "Call-back offered after one minute, with a time slot", "workflow"),
            change("Members told the expected wait when they call", "Expected wait announced, with the portal suggested for simple requests", "other"),
            change("A second line for pharmacy questions", "Pharmacy questions transferred straight to the pharmacy's own line", "workflow"),
        ],
    },
];

const ANY_THEMES: [Theme; 8] = [
    Theme {
        title: "A huddle on every shift",
        description: "We hear about problems only once they have grown, and news reaches people by word of mouth, if at all. A short huddle at the start of each shift would give everyone the same picture.",
        aim_what: "Shifts that start with a huddle",
        aim_how_much: "from 40% to 90% of shifts",
        compass: "workplace,quality",
        topic: "environment",
        question: "Will this make the huddle happen on every shift?",
        prediction: "A huddle on at least 80% of shifts within four weeks.",
        data: "Huddle held or not, ticked on the board for each shift.",
        measure: MeasureShape { name: "Shifts with a huddle", kind: "process", unit: "share of shifts", chart: "p", monthly: false, up: true, target: 0.9, base: 400, delta: 430, sd: 60, size: 14, spread: 1 },
        changes: [
            change("A ten-minute huddle at the board at the start of each shift", "Huddle cut to seven minutes, with a fixed order of topics", "workflow"),
            change("The huddle led by a different team member each day", "Huddle leaders from a rota posted a month ahead", "workflow"),
            change("Issues raised at the huddle written on the board with an owner", "Board issues reviewed every Friday and closed or carried on", "workflow"),
            change("A huddle guide for first-time leaders", "Huddle guide with a practice run for new leaders", "training"),
        ],
    },
    Theme {
        title: "Everyday supplies where we need them",
        description: "We run out of everyday supplies at the worst moments, and staff leave the unit to borrow from others. Time is lost and patients wait.",
        aim_what: "Times a key supply runs out",
        aim_how_much: "from 8 to 2 or fewer a week",
        compass: "affordable,workplace",
        topic: "operations",
        question: "Will this stop us running out of the supplies we use most?",
        prediction: "No more than four stock-outs a week within a month.",
        data: "Every stock-out logged on the supply room sheet, counted each week.",
        measure: MeasureShape { name: "Stock-outs of key supplies", kind: "outcome", unit: "stock-outs a week", chart: "c", monthly: false, up: false, target: 2.0, base: 80, delta: -50, sd: 25, size: 0, spread: 1 },
        changes: [
            change("A two-bin system for the 20 most used items", "Two bins, with the reorder card on the front bin", "workflow"),
            change("Par levels reset from last quarter's use", "Par levels reset monthly for the items that ran out", "workflow"),
            change("The supply room laid out in the order we use things", "Supply room labelled with pictures and shelf numbers", "other"),
            change("A named person checks the supply room at noon", "Noon check on the rota, with a photo sent to the buyer", "workflow"),
        ],
    },
    Theme {
        title: "Less overtime",
        description: "We fill gaps with overtime week after week. It costs money and tires the people who work it, and the same few end up doing most of it.",
        aim_what: "Overtime hours a week",
        aim_how_much: "from 120 to 70 hours",
        compass: "affordable,workplace",
        topic: "performance",
        question: "Will this cut the overtime we need to cover the rota?",
        prediction: "Overtime falls below 90 hours a week within two months.",
        data: "Overtime hours from the payroll report each week.",
        measure: MeasureShape { name: "Overtime hours", kind: "outcome", unit: "hours a week", chart: "run", monthly: false, up: false, target: 70.0, base: 1200, delta: -400, sd: 150, size: 0, spread: 1 },
        changes: [
            change("Shift swaps posted on a shared board before overtime is offered", "Swap board checked by the scheduler every morning", "workflow"),
            change("The rota planned six weeks ahead instead of two", "Six-week rota, with requests due by the 10th", "workflow"),
            change("The float pool asked before overtime is offered", "Float pool request sent by noon the day before", "workflow"),
            change("End-of-shift handoff kept to 15 minutes", "Handoff kept to 15 minutes with a written summary", "workflow"),
        ],
    },
    Theme {
        title: "More of us at team meetings",
        description: "Only a handful of people come to team meetings, so the same few make the decisions and everyone else hears about them late.",
        aim_what: "Team members at the monthly meeting",
        aim_how_much: "from 25% to 60% of the team",
        compass: "workplace",
        topic: "environment",
        question: "Will this bring more of the team to the meeting?",
        prediction: "At least 45% of the team attend within three months.",
        data: "The attendance sheet of each monthly meeting, against the roster.",
        measure: MeasureShape { name: "Team at the monthly meeting", kind: "process", unit: "share of the team", chart: "p", monthly: true, up: true, target: 0.6, base: 250, delta: 250, sd: 40, size: 40, spread: 15 },
        changes: [
            change("The meeting repeated for the night shift at 7 am", "Two short sessions, 7 am and 3 pm, with the same agenda", "workflow"),
            change("The agenda posted a week ahead with a box for topics", "Agenda posted two weeks ahead; the first item always comes from the box", "workflow"),
            change("Cover arranged so people on shift can leave for 30 minutes", "Cover planned on the rota for meeting days", "workflow"),
            change("Meeting notes shared on the board the next day", "One page of decisions and owners, posted the next day", "other"),
        ],
    },
    Theme {
        title: "Near misses reported and acted on",
        description: "Near misses go unreported because people think nothing will change, so we learn about hazards only after someone is hurt.",
        aim_what: "Near misses reported each month",
        aim_how_much: "from 3 to 12 a month",
        compass: "workplace,quality",
        topic: "environment",
        question: "Will this make reporting a near miss easy and worthwhile?",
        prediction: "At least eight near-miss reports a month within two months.",
        data: "Near-miss reports counted each month.",
        measure: MeasureShape { name: "Near misses reported", kind: "process", unit: "reports a month", chart: "c", monthly: true, up: true, target: 12.0, base: 30, delta: 70, sd: 12, size: 0, spread: 1 },
        changes: [
            change("A near-miss card in the break room", "Cards in the break room and by the time clock, with a drop box", "other"),
            change("Every report answered at the huddle within a week", "Report, action and owner shown on the board within a week", "workflow"),
            change("The safety champion asks about near misses at every huddle", "The safety champion asks for one near miss at each huddle", "workflow"),
            change("A short talk on what counts as a near miss", "The talk given with real examples from our own unit", "training"),
        ],
    },
    Theme {
        title: "Recognising each other's work",
        description: "In the staff survey many of us said our work goes unnoticed. We want thanks and recognition to be part of every week.",
        aim_what: "Team members who feel their work is recognised",
        aim_how_much: "from 40% to 70% in the monthly pulse survey",
        compass: "workplace",
        topic: "environment",
        question: "Will this make people feel their work is noticed?",
        prediction: "At least 55% answer yes in the pulse survey within three months.",
        data: "The monthly pulse survey: one question, answered by those on shift that week.",
        measure: MeasureShape { name: "Team members who feel recognised", kind: "outcome", unit: "share of those asked", chart: "p", monthly: true, up: true, target: 0.7, base: 400, delta: 220, sd: 50, size: 30, spread: 15 },
        changes: [
            change("A thank-you board where anyone can post a note", "Thank-you notes read out at the Friday huddle", "other"),
            change("Sponsors visit once a month to thank people by name", "Sponsor visits on a set day, with the team choosing whom to thank", "workflow"),
            change("A save of the month, nominated by peers", "Save of the month chosen by the team at the meeting", "other"),
            change("Recognition training for the co-leads", "Co-leads practise specific thanks at their own meeting", "training"),
        ],
    },
    Theme {
        title: "Handoffs with nothing left out",
        description: "Things get missed when work passes from one shift to the next: tasks half done, calls to return, equipment out of service.",
        aim_what: "Handoffs that cover every item on the checklist",
        aim_how_much: "from 60% to 95% of handoffs",
        compass: "quality,workplace",
        topic: "operations",
        question: "Will this stop things being missed at handoff?",
        prediction: "At least 85% of the handoffs checked are complete within a month.",
        data: "Ten handoffs checked against the list each week.",
        measure: MeasureShape { name: "Complete handoffs", kind: "process", unit: "share of handoffs", chart: "p", monthly: false, up: true, target: 0.95, base: 600, delta: 300, sd: 60, size: 10, spread: 1 },
        changes: [
            change("A handoff checklist on a pocket card", "Checklist cut to the six items everyone agreed on", "workflow"),
            change("Handoff at the same place and time every shift", "Handoff at the board, five minutes before the shift ends", "workflow"),
            change("Outgoing staff write open tasks on the board", "Open tasks written on the board with a name beside each", "workflow"),
            change("Handoff practice in pairs at the team meeting", "Practice with real examples from last month", "training"),
        ],
    },
    Theme {
        title: "Less waste from expired supplies",
        description: "Supplies expire on the shelf because older stock sits behind newer stock, and we throw away hundreds of dollars' worth every month.",
        aim_what: "Value of expired supplies thrown away each month",
        aim_how_much: "from $900 to $300 a month",
        compass: "affordable",
        topic: "performance",
        question: "Will this stop supplies expiring before we use them?",
        prediction: "Less than $500 of expired stock a month within three months.",
        data: "Expired items logged with their value at the monthly check.",
        measure: MeasureShape { name: "Expired supplies thrown away", kind: "outcome", unit: "dollars a month", chart: "run", monthly: true, up: false, target: 300.0, base: 9000, delta: -5000, sd: 1500, size: 0, spread: 1 },
        changes: [
            change("First in, first out: new stock placed behind old", "New stock loaded from the back, with shelf labels saying so", "workflow"),
            change("A monthly expiry check with a coloured dot for items expiring soon", "Coloured dots by quarter, checked on the first Monday", "workflow"),
            change("Slow-moving items ordered in smaller packs", "Small packs for the 15 slowest items", "workflow"),
            change("Items near expiry offered to other units", "Near-expiry list shared with the department each month", "other"),
        ],
    },
];

/// Problems raised as ideas that the scope check sent elsewhere; the team stopped them.
const OUT_OF_SCOPE: [(&str, &str, &str); 5] = [
    (
        "Change how weekend shifts rotate",
        "Several of us would like weekend shifts to rotate differently. The rotation is set in the contract.",
        "contract",
    ),
    (
        "Medical assistants giving routine injections",
        "Could medical assistants on our team give routine injections, to free up nurses' time?",
        "practice",
    ),
    (
        "A clinic in the new neighbourhood",
        "Many of our patients have moved to the new estate across the river. Should there be a clinic there?",
        "strategy",
    ),
    (
        "Concerns about one colleague's timekeeping",
        "One colleague often arrives late and others cover for them.",
        "individual",
    ),
    (
        "Record keeping under the new state rule",
        "The state changed how long some records must be kept, and we are not sure we comply.",
        "legal",
    ),
];

/// How a cycle was planned, whatever it tests.
const PLAN_TEXTS: [&str; 5] = [
    "Two-week test on the day shift, Monday to Friday. The co-leads explain the change at the huddle the Friday before, and one person keeps the tally sheet.",
    "One week on one shift first, then a second week on every shift if nothing goes wrong. The owner checks in with the shift lead each morning.",
    "Four-week test with everyone on the team. Data collected as usual; a short check-in at the Wednesday huddle to hear what gets in the way.",
    "Start small: two volunteers try it for three days, then the whole shift for two weeks. Results go on the board every Friday.",
    "Three-week test on all shifts. The night shift lead and the day shift lead each own their half; the measure is checked weekly at the huddle.",
];

/// What happened when the change was tried.
const DO_TEXTS: [&str; 6] = [
    "Ran as planned. Two staff were off sick in the second week, so it was tried on fewer shifts than hoped.",
    "Ran for the full period. People needed reminding in the first days; after that it became routine.",
    "Started a day late because the materials were not ready. Otherwise ran as planned on every shift.",
    "Ran as planned. Some members of the team were unsure at first and asked good questions at the huddle.",
    "Ran for the full period on all shifts. A busy week in the middle tested it under pressure.",
    "Ran as planned, with the tally kept every day. Agency staff on two shifts had not heard about it.",
];

/// What the team learned, by what it then decided.
const STUDY_ADOPT: [&str; 4] = [
    "Better than we predicted: the measure moved in the right direction in every week of the test, and staff said the new way took no longer than the old one.",
    "About what we predicted. The gain held in the busy week too, which was our main worry.",
    "The measure improved and stayed improved after the test ended. Patients noticed: two mentioned it unprompted.",
    "Close to the prediction, and nobody wanted to go back to the old way when we asked at the huddle.",
];
const STUDY_ADAPT: [&str; 4] = [
    "Part of what we hoped: the measure improved on the day shift but not at night, where the change did not fit the way work is organised.",
    "The measure improved in the first week and slipped back in the second, when the extra step was skipped on busy days.",
    "Some improvement, less than predicted. Staff liked the idea but said one step was awkward and slowed them down.",
    "It worked when the owner was on shift and less well otherwise: the change depends on one person too much.",
];
const STUDY_ABANDON: [&str; 4] = [
    "No change in the measure. The team agreed the idea did not address the real cause.",
    "The measure did not move, and the change added work without anyone seeing a benefit.",
    "Worse than before in the first week, and no better in the second. The old way was simpler.",
    "No difference we could see. Looking at the tally sheets, the problem comes from somewhere else.",
];
/// Studied, with the decision still to be taken at the next meeting.
const STUDY_OPEN: [&str; 4] = [
    "The first results look promising; we want to talk them through at the team meeting before deciding.",
    "Mixed results: better on some days than others. The team will decide at the next meeting.",
    "The measure moved a little. We are checking whether a short-staffed week explains the rest.",
    "Results are in; the co-leads are gathering views from both shifts before the decision.",
];
const ACT_ADOPT: [&str; 4] = [
    "Adopted as our standard way of working, written into the unit's routine and the orientation of new staff.",
    "Adopted. The owner keeps an eye on the measure for the next two months to make sure the gain holds.",
    "Adopted on every shift. We will share it with the other teams in the department.",
    "Adopted. Next we test another change from the list to close the remaining gap.",
];
const ACT_ADAPT: [&str; 4] = [
    "Keep the idea and change how it is done, then test the adapted version in the next cycle.",
    "Adapt it to fit the night shift and test again.",
    "Simplify the awkward step and run another cycle.",
    "Share the job between two people so it does not depend on one, and test again.",
];
const ACT_ABANDON: [&str; 4] = [
    "Abandoned. We go back to the change list and try the next idea.",
    "Dropped. The time is better spent on a change that addresses the cause.",
    "Abandoned, and the old way restored. What we learned goes into the next cycle's plan.",
    "Stopped the test. We will look at the cause again with a fishbone before the next idea.",
];

/// Notes people write beside a period that was out of the ordinary.
const POINT_NOTES: [&str; 8] = [
    "Holiday week",
    "Two team members off sick",
    "New team member started",
    "System outage on one day",
    "Flu season: busier than usual",
    "Counted on three days only",
    "Agency staff covered several shifts",
    "Unit short of beds all week",
];

/// A cycle's decisions before the last one: D adapt, O adopt, X abandon. An adapted cycle is
/// followed by its adapted version, so no pattern has two adaptations in a row.
const PATTERNS: [&str; 5] = ["DODO", "XDOD", "DXDO", "ODOX", "DOXD"];

/// Numbers 0..NUMBERS, the generator table the SQL joins with.
const NUMBERS: usize = 64;
/// Pre-drawn noise, one row per period of a series (series start at different offsets).
const NOISE_LEN: usize = 8192;
/// Days from today the calendar table covers: aims end in the future.
const DAYS_AHEAD: i64 = 400;
const DAYS_BACK: i64 = 1_200;
const WEEKS_BACK: i64 = 130;
const MONTHS_BACK: i64 = 48;

/// Share of projects by status, in percent; ideas, active, sustaining, done, stopped.
const STATUS_PERCENT: [(&str, u32); 5] = [
    ("idea", 10),
    ("active", 38),
    ("sustaining", 15),
    ("done", 27),
    ("stopped", 10),
];
/// Of the stopped projects, the share stopped at the scope check, in percent.
const OUT_OF_SCOPE_PERCENT: u32 = 30;

/// Group id of the problems the scope check sent elsewhere.
const OUT_GROUP: i64 = 3;

/// Rows of the `demo_themes` table: (group id, index, theme). The group's own themes come first.
fn theme_rows() -> Vec<(i64, i64, &'static Theme)> {
    Group::ALL
        .iter()
        .flat_map(|g| {
            g.themes()
                .into_iter()
                .enumerate()
                .map(move |(k, t)| (g.id(), k as i64, t))
        })
        .collect()
}

/// Rows of the `demo_changes` table: (group id, theme index, change index, change).
fn change_rows() -> Vec<(i64, i64, i64, &'static Change)> {
    theme_rows()
        .into_iter()
        .flat_map(|(g, k, t)| {
            t.changes
                .iter()
                .enumerate()
                .map(move |(c, change)| (g, k, c as i64, change))
        })
        .collect()
}

/// Rows of the `demo_texts` table: (kind, index, text).
fn text_rows() -> Vec<(&'static str, i64, &'static str)> {
    let pools: [(&str, &[&str]); 10] = [
        ("plan", &PLAN_TEXTS),
        ("do", &DO_TEXTS),
        ("study_adopt", &STUDY_ADOPT),
        ("study_adapt", &STUDY_ADAPT),
        ("study_abandon", &STUDY_ABANDON),
        ("study_open", &STUDY_OPEN),
        ("act_adopt", &ACT_ADOPT),
        ("act_adapt", &ACT_ADAPT),
        ("act_abandon", &ACT_ABANDON),
        ("note", &POINT_NOTES),
    ];
    pools
        .iter()
        .flat_map(|(kind, texts)| {
            texts
                .iter()
                .enumerate()
                .map(move |(k, text)| (*kind, k as i64, *text))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Dates.
// ---------------------------------------------------------------------------------------------

const DAY: i64 = 86_400;

/// Days since 1970-01-01 of a civil date (Howard Hinnant's public-domain algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = year - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The civil date of a day number (the inverse of [`days_from_civil`]).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (year_of_era + era * 400 + i64::from(month <= 2), month, day)
}

/// `YYYY-MM-DD` of a day number.
fn day_label(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-Www`, the ISO week of the week starting on the Monday `monday` (a day number).
fn week_label(monday: i64) -> String {
    let thursday = monday + 3;
    let (year, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(year, 1, 1)) / 7 + 1;
    format!("{year:04}-W{week:02}")
}

/// The Monday of the week holding day number `days`.
fn monday_of(days: i64) -> i64 {
    days - (days + 3).rem_euclid(7)
}

/// The calendar the SQL joins with: days and periods counted back from today.
struct Calendar {
    /// (days back, `YYYY-MM-DD`); negative is in the future.
    days: Vec<(i64, String)>,
    /// (cadence, periods back, label, when the period's value was entered).
    periods: Vec<(&'static str, i64, String, i64)>,
}

impl Calendar {
    fn new(now: i64) -> Calendar {
        let today = now.div_euclid(DAY);
        let days = (-DAYS_AHEAD..=DAYS_BACK)
            .map(|back| (back, day_label(today - back)))
            .collect();
        let mut periods = Vec::new();
        let this_monday = monday_of(today);
        for back in 0..=WEEKS_BACK {
            let monday = this_monday - 7 * back;
            // Entered on the Tuesday after the week, in the morning.
            let at = ((monday + 8) * DAY + 9 * 3_600).min(now - 60);
            periods.push(("week", back, week_label(monday), at));
        }
        let mut month = Month::from_unix(now);
        for back in 0..=MONTHS_BACK {
            let next = if month.month == 12 {
                Month::new(month.year + 1, 1)
            } else {
                Month::new(month.year, month.month + 1)
            }
            .unwrap_or(month);
            let at = (month_start(next) + 2 * DAY + 9 * 3_600).min(now - 60);
            periods.push(("month", back, month.code(), at));
            month = month.previous();
        }
        Calendar { days, periods }
    }

    /// The label of the period `back` periods before this one.
    fn period(&self, cadence: &str, back: i64) -> (&str, i64) {
        self.periods
            .iter()
            .find(|p| p.0 == cadence && p.1 == back)
            .map(|p| (p.2.as_str(), p.3))
            .unwrap_or(("", 0))
    }
}

/// Unix time `days` days before `now`, at a time of day that varies with `jitter`.
fn days_ago(now: i64, days: i64, jitter: i64) -> i64 {
    now - days * DAY - 600 - jitter.rem_euclid(8 * 3_600)
}

// ---------------------------------------------------------------------------------------------
// The plan: one row per project of every team but the showcase.
// ---------------------------------------------------------------------------------------------

/// What the SQL needs to make one project and everything under it. Days are counted back from
/// today; measure periods back from this week or month.
#[derive(Debug, Clone, PartialEq)]
struct PlanRow {
    id: i64,
    team_id: i64,
    /// Theme group id, or [`OUT_GROUP`] for a problem the scope check sent elsewhere.
    grp: i64,
    theme_k: i64,
    /// Index in [`STATUS_PERCENT`].
    status: i64,
    has_aim: bool,
    scoped: bool,
    /// Who confirmed the scope (0: nobody).
    confirmer: i64,
    raised_by: i64,
    owner1: i64,
    owner2: i64,
    created_at: i64,
    updated_at: i64,
    aim_back: i64,
    cycles: i64,
    /// One letter per cycle: D adapt, O adopt, X abandon; S studied, R running, N planned.
    codes: String,
    gap: i64,
    /// Days back the last cycle started.
    last_back: i64,
    idea0: i64,
    /// Picks texts for the cycles.
    v: i64,
    /// 0 when the project has no measure.
    m_id: i64,
    m_created: i64,
    m_npts: i64,
    m_back_end: i64,
    m_shift: i64,
    m_improving: bool,
    m_phase2: bool,
    m_noise: i64,
    /// Id of the measure's first point; the others follow.
    m_first_point: i64,
    /// The note on the point where the data shifts: the second cycle's change (or nothing).
    m_note: String,
    m_base: i64,
    m_delta: i64,
    m_sd: i64,
    m_dvar: i64,
}

/// A column of a packed line: its width in characters and what is added to a number so that
/// none is negative. Text columns are padded with `-`; a text column of width 0 is the rest of
/// the line, and comes last.
struct Field {
    name: &'static str,
    width: usize,
    offset: i64,
    text: bool,
}

const fn num(name: &'static str, width: usize, offset: i64) -> Field {
    Field {
        name,
        width,
        offset,
        text: false,
    }
}

const fn text(name: &'static str, width: usize) -> Field {
    Field {
        name,
        width,
        offset: 0,
        text: true,
    }
}

/// A value of a packed line.
enum Cell<'a> {
    Num(i64),
    Text(&'a str),
}

/// Rows that travel packed: every field as fixed-width characters, a row as one line, bound
/// as one parameter. The bulk loader's cost is per bound parameter (6 to 10 µs each: the plan's
/// 33 columns × 31,000 rows took 10 s), while one line per row takes a fraction of a second;
/// the database cuts each line back into columns with `SUBSTR`.
fn pack(fields: &[Field], cells: &[Cell]) -> String {
    let mut line = String::new();
    for (field, cell) in fields.iter().zip(cells) {
        let piece = match cell {
            Cell::Num(v) => format!("{:0width$}", v + field.offset, width = field.width),
            Cell::Text(t) if field.width == 0 => t.to_string(),
            Cell::Text(t) => format!("{t:-<width$}", width = field.width),
        };
        assert!(
            field.width == 0
                || piece.len() == field.width && (field.text || !piece.starts_with('-')),
            "{} = {piece} does not fit {} characters",
            field.name,
            field.width
        );
        line.push_str(&piece);
    }
    line
}

/// SQL expressions that cut `column` back into `fields`, each named after its field.
fn unpack_sql(fields: &[Field], column: &str) -> String {
    let mut at = 1;
    let mut parts = Vec::new();
    for f in fields {
        parts.push(if f.text && f.width == 0 {
            format!("SUBSTR({column}, {at}) AS {}", f.name)
        } else if f.text {
            format!("SUBSTR({column}, {at}, {}) AS {}", f.width, f.name)
        } else {
            format!(
                "CAST(SUBSTR({column}, {at}, {}) AS BIGINT) - {} AS {}",
                f.width, f.offset, f.name
            )
        });
        at += f.width;
    }
    parts.join(", ")
}

const PLAN_FIELDS: [Field; 34] = [
    num("id", 8, 0),
    num("team_id", 6, 0),
    num("grp", 1, 0),
    num("theme_k", 2, 0),
    num("status", 1, 0),
    num("has_aim", 1, 0),
    num("scoped", 1, 0),
    num("confirmer", 8, 0),
    num("raised_by", 8, 0),
    num("owner1", 8, 0),
    num("owner2", 8, 0),
    num("created_at", 11, 0),
    num("updated_at", 11, 0),
    num("aim_back", 5, 10_000),
    num("cycles", 1, 0),
    text("codes", 5),
    num("gap", 2, 0),
    num("last_back", 4, 0),
    num("idea0", 1, 0),
    num("v", 4, 0),
    num("m_id", 8, 0),
    num("m_created", 11, 0),
    num("m_npts", 2, 0),
    num("m_back_end", 3, 0),
    num("m_shift", 2, 0),
    num("m_improving", 1, 0),
    num("m_phase2", 1, 0),
    num("m_noise", 4, 0),
    num("m_first_point", 9, 0),
    num("m_base", 6, 0),
    num("m_delta", 7, 1_000_000),
    num("m_sd", 6, 0),
    num("m_dvar", 3, 0),
    text("m_note", 0),
];

impl PlanRow {
    fn line(&self) -> String {
        use Cell::Num;
        let flag = |b: bool| Num(i64::from(b));
        pack(
            &PLAN_FIELDS,
            &[
                Num(self.id),
                Num(self.team_id),
                Num(self.grp),
                Num(self.theme_k),
                Num(self.status),
                flag(self.has_aim),
                flag(self.scoped),
                Num(self.confirmer),
                Num(self.raised_by),
                Num(self.owner1),
                Num(self.owner2),
                Num(self.created_at),
                Num(self.updated_at),
                Num(self.aim_back),
                Num(self.cycles),
                Cell::Text(&self.codes),
                Num(self.gap),
                Num(self.last_back),
                Num(self.idea0),
                Num(self.v),
                Num(self.m_id),
                Num(self.m_created),
                Num(self.m_npts),
                Num(self.m_back_end),
                Num(self.m_shift),
                flag(self.m_improving),
                flag(self.m_phase2),
                Num(self.m_noise),
                Num(self.m_first_point),
                Num(self.m_base),
                Num(self.m_delta),
                Num(self.m_sd),
                Num(self.m_dvar),
                Cell::Text(&self.m_note),
            ],
        )
    }
}

/// Noise lines: index, level in thousandths of a standard deviation, note (0 for none, else
/// 1 + its index in [`POINT_NOTES`]).
const NOISE_FIELDS: [Field; 3] = [num("i", 4, 0), num("z", 4, 5_000), num("note_k", 1, 0)];
/// Calendar lines: days back (negative is ahead), `YYYY-MM-DD`.
const DAY_FIELDS: [Field; 2] = [num("back", 5, 10_000), text("day", 10)];

fn pick_status(rng: &mut ChaCha8Rng) -> &'static str {
    let mut roll = rng.gen_range(0..100);
    for (status, percent) in STATUS_PERCENT {
        if roll < percent {
            return status;
        }
        roll -= percent;
    }
    "active"
}

fn status_index(status: &str) -> i64 {
    STATUS_PERCENT
        .iter()
        .position(|(s, _)| *s == status)
        .unwrap_or(1) as i64
}

/// Plans the projects of every team but the showcase; ids follow the rows `first` counts.
fn plan(crews: &[Crew], rng: &mut ChaCha8Rng, now: i64, first: ImprovementCounts) -> Vec<PlanRow> {
    let first_id = first.projects as i64 + 1;
    let mut rows = Vec::new();
    let mut next_measure = first.measures as i64 + 1;
    let mut next_point = first.points as i64 + 1;
    for crew in crews.iter().filter(|c| c.team_id != 1) {
        let group = Group::of(&crew.department);
        let themes = group.themes();
        let count = 4 + rng.gen_range(0..10usize);
        let start = rng.gen_range(0..themes.len());
        let member = |i: usize| crew.members.get(i).copied().unwrap_or(crew.labor_lead);
        for k in 0..count.min(themes.len()) {
            let theme_k = (start + k) % themes.len();
            let theme = themes[theme_k];
            let status = pick_status(rng);
            let out_of_scope = status == "stopped" && rng.gen_range(0..100) < OUT_OF_SCOPE_PERCENT;
            let raised_by = match rng.gen_range(0..4) {
                0 => crew.labor_lead,
                n => member(n - 1),
            };
            let v = rng.gen_range(0..10_000);
            let mut row = PlanRow {
                id: first_id + rows.len() as i64,
                team_id: crew.team_id,
                grp: group.id(),
                theme_k: theme_k as i64,
                status: status_index(status),
                has_aim: false,
                scoped: false,
                confirmer: 0,
                raised_by,
                owner1: 0,
                owner2: 0,
                created_at: 0,
                updated_at: 0,
                aim_back: 0,
                cycles: 0,
                codes: String::new(),
                gap: 0,
                last_back: 0,
                idea0: 0,
                v,
                m_id: 0,
                m_created: 0,
                m_npts: 0,
                m_back_end: 0,
                m_shift: 0,
                m_improving: false,
                m_phase2: false,
                m_noise: 0,
                m_first_point: 0,
                m_note: String::new(),
                m_base: 0,
                m_delta: 0,
                m_sd: 0,
                m_dvar: 0,
            };
            if out_of_scope {
                // Raised, checked against the scope, sent elsewhere and stopped.
                row.grp = OUT_GROUP;
                row.theme_k = rng.gen_range(0..OUT_OF_SCOPE.len() as i64);
                row.scoped = true;
                let created = 30 + rng.gen_range(0..500);
                row.created_at = days_ago(now, created, v);
                row.updated_at = days_ago(now, created - rng.gen_range(2..12), v + 1);
                rows.push(row);
                continue;
            }
            if status == "idea" {
                let created = 1 + rng.gen_range(0..150);
                row.has_aim = rng.gen_bool(0.3);
                row.scoped = rng.gen_bool(0.4);
                if row.scoped {
                    row.confirmer = crew.labor_lead;
                }
                row.aim_back = created - 120 - rng.gen_range(0..200);
                row.created_at = days_ago(now, created, v);
                row.updated_at = days_ago(now, created - rng.gen_range(0..created.min(10)), v);
                rows.push(row);
                continue;
            }
            let cycles = 2 + rng.gen_range(0..4i64);
            let gap = 21 + rng.gen_range(0..22i64);
            let last_back = match status {
                "active" => 3 + rng.gen_range(0..75),
                "sustaining" => 40 + rng.gen_range(0..160),
                "done" => 90 + rng.gen_range(0..300),
                _ => 40 + rng.gen_range(0..320),
            };
            let first_back = last_back + (cycles - 1) * gap;
            let started = first_back + 3 + rng.gen_range(0..14);
            let created = started + 7 + rng.gen_range(0..40);
            let pattern = PATTERNS.choose(rng).copied().unwrap_or("DODO");
            let mut codes: String = pattern.chars().take(cycles as usize - 1).collect();
            let previous = codes.chars().last();
            let last = match status {
                "sustaining" | "done" => 'O',
                "stopped" => 'X',
                _ if last_back < 14 => *['N', 'R'].choose(rng).unwrap_or(&'R'),
                _ => match rng.gen_range(0..10) {
                    0 | 1 => 'R',
                    2 => 'S',
                    _ if previous == Some('D') || rng.gen_bool(0.6) => 'O',
                    _ => 'D',
                },
            };
            codes.push(last);
            // The day of the last change: the last cycle's end, or when the team closed it.
            let finished = match status {
                "done" => (last_back - 14 - rng.gen_range(0..40)).max(2),
                "stopped" => (last_back - 7).max(1),
                "sustaining" => (last_back - 14 - rng.gen_range(0..20)).max(1),
                _ if matches!(last, 'D' | 'O' | 'X') => (last_back - 14).max(1),
                _ => (last_back - 2).max(0),
            };
            row.has_aim = true;
            row.scoped = true;
            row.confirmer = crew.labor_lead;
            row.owner1 = if rng.gen_bool(0.5) {
                crew.labor_lead
            } else {
                crew.management_lead
            };
            let second = member(rng.gen_range(0..3));
            row.owner2 = if rng.gen_bool(0.6) && second != row.owner1 {
                second
            } else {
                0
            };
            row.created_at = days_ago(now, created, v);
            row.updated_at = days_ago(now, finished, v + 7);
            row.aim_back = started - 150 - rng.gen_range(0..200);
            row.cycles = cycles;
            row.gap = gap;
            row.last_back = last_back;
            row.idea0 = rng.gen_range(0..4);
            let cycle_two_adapted = codes.starts_with('D');
            let cycle_two =
                &theme.changes[((row.idea0 + 2 - i64::from(cycle_two_adapted)) % 4) as usize];
            row.codes = codes;
            let skip_measure = status == "active" && rng.gen_range(0..100) < 5;
            if !skip_measure {
                let m = &theme.measure;
                let period = if m.monthly { 30 } else { 7 };
                let npts = if m.monthly {
                    26 + rng.gen_range(0..10)
                } else {
                    36 + rng.gen_range(0..12)
                };
                let back_end = match status {
                    "active" | "sustaining" => 1 + i64::from(rng.gen_bool(0.2)),
                    _ => (finished / period).max(1),
                };
                // Data moves from the start of the second cycle, when the first change (or its
                // adapted version) was in place.
                let shift_back = (last_back + (cycles - 2) * gap) / period;
                let shift = (npts - 1 - (shift_back - back_end)).clamp(10, npts - 8);
                let improving = rng.gen_range(0..100)
                    < match status {
                        "done" | "sustaining" => 85,
                        "active" => 55,
                        _ => 10,
                    };
                let factor = 85 + rng.gen_range(0..31);
                row.m_id = next_measure;
                next_measure += 1;
                row.m_created = days_ago(now, started - 3, v + 3);
                row.m_npts = npts;
                row.m_back_end = back_end;
                row.m_shift = shift;
                row.m_improving = improving;
                row.m_phase2 = improving
                    && m.chart != "run"
                    && matches!(status, "done" | "sustaining")
                    && rng.gen_bool(0.4);
                row.m_noise = rng.gen_range(0..NOISE_LEN as i64);
                if rng.gen_range(0..100) < if improving { 70 } else { 20 } {
                    let change = if cycle_two_adapted {
                        cycle_two.adapted
                    } else {
                        cycle_two.idea
                    };
                    row.m_note = format!("Cycle 2: {change}");
                }
                row.m_first_point = next_point;
                next_point += npts;
                row.m_base = m.base * factor / 100;
                row.m_delta = m.delta * (80 + rng.gen_range(0..41)) / 100;
                row.m_sd = (m.sd * factor / 100).max(1);
                row.m_dvar = rng.gen_range(0..1_000);
            }
            rows.push(row);
        }
    }
    rows
}

/// Noise for the series: (index, roughly normal level in thousandths of a standard deviation,
/// note): a note on about one period in fifty.
fn noise(rng: &mut ChaCha8Rng) -> Vec<(i64, i64, i64)> {
    (0..NOISE_LEN as i64)
        .map(|i| {
            let sum: f64 = (0..12).map(|_| rng.gen::<f64>()).sum();
            let z = ((sum - 6.0) * 1000.0).round().clamp(-3000.0, 3000.0) as i64;
            let note = if rng.gen_range(0..50) == 0 {
                1 + rng.gen_range(0..POINT_NOTES.len() as i64)
            } else {
                0
            };
            (i, z, note)
        })
        .collect()
}

/// Generates the improvement work of the demo organisation as of `now`. Uses its own random
/// stream, so it does not change the organisation or the P2P history a seed makes.
pub(crate) fn generate(input: &Input, seed: u64, now: i64) -> Improvement {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x494d_5052_4f56_4500);
    let calendar = Calendar::new(now);
    let showcase = showcase(input, &mut rng, now, &calendar);
    let plan = plan(&input.crews, &mut rng, now, showcase.counts());
    let noise = noise(&mut rng);
    Improvement {
        showcase,
        plan,
        noise,
        calendar,
        now,
    }
}

// ---------------------------------------------------------------------------------------------
// Writing: helper tables, then the bulk made by the database.
// ---------------------------------------------------------------------------------------------

/// Tables the SQL reads, filled from Rust and dropped at the end of the load. The `_lines`
/// tables hold packed rows (see [`pack`]) until they are cut into the table of the same name.
const HELPER_TABLES: [(&str, &str); 12] = [
    ("demo_n", "i BIGINT PRIMARY KEY"),
    ("demo_days_lines", "line TEXT NOT NULL"),
    ("demo_days", "back BIGINT PRIMARY KEY, day TEXT NOT NULL"),
    (
        "demo_periods",
        "cadence TEXT NOT NULL, back BIGINT NOT NULL, label TEXT NOT NULL, at BIGINT NOT NULL, PRIMARY KEY (cadence, back)",
    ),
    (
        "demo_themes",
        "grp BIGINT NOT NULL, k BIGINT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, \
         aim_what TEXT NOT NULL, aim_how_much TEXT NOT NULL, compass TEXT NOT NULL, topic TEXT NOT NULL, \
         question TEXT NOT NULL, prediction TEXT NOT NULL, data_to_collect TEXT NOT NULL, m_name TEXT NOT NULL, \
         m_kind TEXT NOT NULL, m_unit TEXT NOT NULL, m_chart TEXT NOT NULL, cadence TEXT NOT NULL, \
         direction TEXT NOT NULL, target DOUBLE PRECISION, size BIGINT NOT NULL, spread BIGINT NOT NULL, \
         PRIMARY KEY (grp, k)",
    ),
    (
        "demo_changes",
        "grp BIGINT NOT NULL, theme_k BIGINT NOT NULL, k BIGINT NOT NULL, idea TEXT NOT NULL, \
         adapted TEXT NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (grp, theme_k, k)",
    ),
    (
        "demo_texts",
        "kind TEXT NOT NULL, k BIGINT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (kind, k)",
    ),
    ("demo_noise_lines", "line TEXT NOT NULL"),
    (
        "demo_noise",
        "i BIGINT PRIMARY KEY, z BIGINT NOT NULL, note TEXT NOT NULL",
    ),
    ("demo_plan_lines", "line TEXT NOT NULL"),
    (
        "demo_plan",
        "id BIGINT PRIMARY KEY, team_id BIGINT NOT NULL, grp BIGINT NOT NULL, theme_k BIGINT NOT NULL, \
         status TEXT NOT NULL, has_aim BIGINT NOT NULL, scoped BIGINT NOT NULL, confirmer BIGINT NOT NULL, \
         raised_by BIGINT NOT NULL, owner1 BIGINT NOT NULL, owner2 BIGINT NOT NULL, created_at BIGINT NOT NULL, \
         updated_at BIGINT NOT NULL, aim_back BIGINT NOT NULL, cycles BIGINT NOT NULL, codes TEXT NOT NULL, \
         gap BIGINT NOT NULL, last_back BIGINT NOT NULL, idea0 BIGINT NOT NULL, v BIGINT NOT NULL, \
         m_id BIGINT NOT NULL, m_created BIGINT NOT NULL, m_npts BIGINT NOT NULL, m_back_end BIGINT NOT NULL, \
         m_shift BIGINT NOT NULL, m_improving BIGINT NOT NULL, m_phase2 BIGINT NOT NULL, m_noise BIGINT NOT NULL, \
         m_first_point BIGINT NOT NULL, m_base BIGINT NOT NULL, m_delta BIGINT NOT NULL, m_sd BIGINT NOT NULL, \
         m_dvar BIGINT NOT NULL, m_note TEXT NOT NULL",
    ),
    (
        "demo_cycles",
        "id BIGINT PRIMARY KEY, project_id BIGINT NOT NULL, number BIGINT NOT NULL, grp BIGINT NOT NULL, \
         theme_k BIGINT NOT NULL, owner BIGINT NOT NULL, v BIGINT NOT NULL, code TEXT NOT NULL, \
         adapted BIGINT NOT NULL, back BIGINT NOT NULL, change_k BIGINT NOT NULL, plan_k BIGINT NOT NULL, \
         do_k BIGINT NOT NULL, study_kind TEXT NOT NULL, study_k BIGINT NOT NULL, act_kind TEXT NOT NULL, \
         act_k BIGINT NOT NULL",
    ),
];

/// Writes the showcase rows, then the bulk: helper tables filled from Rust, then projects,
/// owners, cycles, measures and points made by `INSERT … SELECT` inside the load's transaction.
pub(crate) async fn write(
    bulk: &mut Bulk<'_, '_, '_>,
    improvement: &Improvement,
    backend: Backend,
) -> StoreResult<()> {
    write_showcase(bulk, &improvement.showcase).await?;
    for (table, columns) in HELPER_TABLES {
        bulk.execute(
            &format!("CREATE TEMPORARY TABLE {table} ({columns})"),
            &[],
            0,
        )
        .await?;
    }
    fill_helpers(bulk, improvement).await?;
    if backend == Backend::Postgres {
        // Temporary tables are never analysed on their own; the planner needs their sizes.
        for (table, _) in HELPER_TABLES {
            bulk.execute(&format!("ANALYZE {table}"), &[], 0).await?;
        }
    }
    let plan = &improvement.plan;
    let now = Value::Int(improvement.now);
    bulk.execute(PROJECTS_SQL, &[], plan.len() as u64).await?;
    let owners = plan
        .iter()
        .map(|p| u64::from(p.owner1 > 0) + u64::from(p.owner2 > 0))
        .sum();
    bulk.execute(OWNERS_SQL, &[], owners).await?;
    let first_cycle = improvement.showcase.counts().cycles as i64;
    bulk.execute(&cycle_keys_sql(), &[Value::Int(first_cycle)], 0)
        .await?;
    if backend == Backend::Postgres {
        bulk.execute("ANALYZE demo_cycles", &[], 0).await?;
    }
    let cycles = plan.iter().map(|p| p.cycles as u64).sum();
    bulk.execute(CYCLES_SQL, &[now], cycles).await?;
    let measures = plan.iter().filter(|p| p.m_id > 0).count() as u64;
    bulk.execute(MEASURES_SQL, &[], measures).await?;
    // Points in slices of projects, so the progress bar moves.
    let points_sql = points_sql();
    for slice in plan.chunks(plan.len().div_ceil(20).max(1)) {
        let (Some(first), Some(last)) = (slice.first(), slice.last()) else {
            continue;
        };
        let points = slice.iter().map(|p| p.m_npts as u64).sum();
        bulk.execute(
            &points_sql,
            &[Value::Int(first.id), Value::Int(last.id)],
            points,
        )
        .await?;
    }
    for (table, _) in HELPER_TABLES.iter().rev() {
        bulk.execute(&format!("DROP TABLE {table}"), &[], 0).await?;
    }
    Ok(())
}

/// Inserts packed lines into `{table}_lines`.
async fn insert_lines(
    bulk: &mut Bulk<'_, '_, '_>,
    table: &str,
    lines: Vec<String>,
) -> StoreResult<()> {
    bulk.insert(
        &format!("{table}_lines"),
        &["line"],
        lines.into_iter().map(|l| vec![Value::Text(l)]).collect(),
    )
    .await
}

async fn fill_helpers(bulk: &mut Bulk<'_, '_, '_>, improvement: &Improvement) -> StoreResult<()> {
    bulk.insert(
        "demo_n",
        &["i"],
        (0..NUMBERS as i64).map(|i| vec![Value::Int(i)]).collect(),
    )
    .await?;
    let days = improvement
        .calendar
        .days
        .iter()
        .map(|(back, day)| pack(&DAY_FIELDS, &[Cell::Num(*back), Cell::Text(day)]))
        .collect();
    insert_lines(bulk, "demo_days", days).await?;
    bulk.execute(
        &format!(
            "INSERT INTO demo_days (back, day) SELECT {} FROM demo_days_lines",
            unpack_sql(&DAY_FIELDS, "line")
        ),
        &[],
        0,
    )
    .await?;
    bulk.insert(
        "demo_periods",
        &["cadence", "back", "label", "at"],
        improvement
            .calendar
            .periods
            .iter()
            .map(|(cadence, back, label, at)| {
                vec![
                    Value::Text(cadence.to_string()),
                    Value::Int(*back),
                    Value::Text(label.clone()),
                    Value::Int(*at),
                ]
            })
            .collect(),
    )
    .await?;
    let text = |s: &str| Value::Text(s.to_string());
    let mut themes: Vec<Vec<Value>> = theme_rows()
        .into_iter()
        .map(|(grp, k, t)| {
            let m = &t.measure;
            vec![
                Value::Int(grp),
                Value::Int(k),
                text(t.title),
                text(t.description),
                text(t.aim_what),
                text(t.aim_how_much),
                text(t.compass),
                text(t.topic),
                text(t.question),
                text(t.prediction),
                text(t.data),
                text(m.name),
                text(m.kind),
                text(m.unit),
                text(m.chart),
                text(if m.monthly { "month" } else { "week" }),
                text(if m.up { "up" } else { "down" }),
                Value::OptFloat(Some(m.target)),
                Value::Int(m.size),
                Value::Int(m.spread),
            ]
        })
        .collect();
    for (k, (title, description, topic)) in OUT_OF_SCOPE.iter().enumerate() {
        let mut row = vec![
            Value::Int(OUT_GROUP),
            Value::Int(k as i64),
            text(title),
            text(description),
        ];
        row.extend((0..3).map(|_| text("")));
        row.push(text(topic));
        row.extend((0..9).map(|_| text("")));
        row.push(Value::OptFloat(None));
        row.push(Value::Int(0));
        row.push(Value::Int(1));
        themes.push(row);
    }
    bulk.insert(
        "demo_themes",
        &[
            "grp",
            "k",
            "title",
            "description",
            "aim_what",
            "aim_how_much",
            "compass",
            "topic",
            "question",
            "prediction",
            "data_to_collect",
            "m_name",
            "m_kind",
            "m_unit",
            "m_chart",
            "cadence",
            "direction",
            "target",
            "size",
            "spread",
        ],
        themes,
    )
    .await?;
    bulk.insert(
        "demo_changes",
        &["grp", "theme_k", "k", "idea", "adapted", "kind"],
        change_rows()
            .into_iter()
            .map(|(grp, theme_k, k, c)| {
                vec![
                    Value::Int(grp),
                    Value::Int(theme_k),
                    Value::Int(k),
                    text(c.idea),
                    text(c.adapted),
                    text(c.kind),
                ]
            })
            .collect(),
    )
    .await?;
    bulk.insert(
        "demo_texts",
        &["kind", "k", "body"],
        text_rows()
            .into_iter()
            .map(|(kind, k, body)| vec![text(kind), Value::Int(k), text(body)])
            .collect(),
    )
    .await?;
    let noise = improvement
        .noise
        .iter()
        .map(|&(i, z, note)| {
            pack(
                &NOISE_FIELDS,
                &[Cell::Num(i), Cell::Num(z), Cell::Num(note)],
            )
        })
        .collect();
    insert_lines(bulk, "demo_noise", noise).await?;
    bulk.execute(
        &format!(
            "INSERT INTO demo_noise (i, z, note) SELECT r.i, r.z, COALESCE(t.body, '') \
             FROM (SELECT {} FROM demo_noise_lines) r \
             LEFT JOIN demo_texts t ON t.kind = 'note' AND t.k = r.note_k - 1",
            unpack_sql(&NOISE_FIELDS, "line")
        ),
        &[],
        0,
    )
    .await?;
    let plan = improvement.plan.iter().map(PlanRow::line).collect();
    insert_lines(bulk, "demo_plan", plan).await?;
    bulk.execute(&plan_sql(), &[], 0).await?;
    Ok(())
}

/// Cuts the plan lines into `demo_plan`, naming the status.
fn plan_sql() -> String {
    let columns: Vec<&str> = PLAN_FIELDS.iter().map(|f| f.name).collect();
    let statuses: String = STATUS_PERCENT
        .iter()
        .enumerate()
        .map(|(i, (status, _))| format!(" WHEN {i} THEN '{status}'"))
        .collect();
    let picked: Vec<String> = columns
        .iter()
        .map(|c| match *c {
            "status" => format!("CASE r.status{statuses} END"),
            c => format!("r.{c}"),
        })
        .collect();
    format!(
        "INSERT INTO demo_plan ({}) SELECT {} FROM (SELECT {} FROM demo_plan_lines) r",
        columns.join(", "),
        picked.join(", "),
        unpack_sql(&PLAN_FIELDS, "line")
    )
}

const PROJECTS_SQL: &str =
    "INSERT INTO projects (id, team_id, title, description, status, aim_what, aim_how_much, \
     aim_by_when, compass, scope_topic, scope_confirmed_by, raised_by, created_at, updated_at) \
     SELECT p.id, p.team_id, t.title, t.description, p.status, \
     CASE WHEN p.has_aim = 1 THEN t.aim_what ELSE '' END, \
     CASE WHEN p.has_aim = 1 THEN t.aim_how_much ELSE '' END, \
     CASE WHEN p.has_aim = 1 THEN d.day ELSE '' END, \
     CASE WHEN p.has_aim = 1 THEN t.compass ELSE '' END, \
     CASE WHEN p.scoped = 1 THEN t.topic END, \
     CASE WHEN p.confirmer > 0 THEN p.confirmer END, \
     p.raised_by, p.created_at, p.updated_at \
     FROM demo_plan p JOIN demo_themes t ON t.grp = p.grp AND t.k = p.theme_k \
     JOIN demo_days d ON d.back = p.aim_back ORDER BY p.id";

const OWNERS_SQL: &str = "INSERT INTO project_owners (project_id, person_id) \
     SELECT id, owner1 FROM demo_plan WHERE owner1 > 0 \
     UNION ALL SELECT id, owner2 FROM demo_plan WHERE owner2 > 0";

/// The keys of every planned project's cycles, numbered from 1, with ids from `$1 + 1` in
/// (project, number) order so that an adapted cycle follows the one just before it: its change
/// (the previous one's, adapted, after an adapt decision), the texts it takes and the day it
/// started. Kept as plain columns so that PostgreSQL estimates the join that follows well.
fn cycle_keys_sql() -> String {
    let plans = PLAN_TEXTS.len();
    let dos = DO_TEXTS.len();
    let studies = STUDY_ADOPT.len();
    let acts = ACT_ADOPT.len();
    format!(
        "INSERT INTO demo_cycles (id, project_id, number, grp, theme_k, owner, v, code, adapted, back, change_k, \
         plan_k, do_k, study_kind, study_k, act_kind, act_k) \
         SELECT c.id, c.project_id, c.number, c.grp, c.theme_k, c.owner, c.v, c.code, c.adapted, c.back, \
         (c.idea0 + c.number - c.adapted) % 4, (c.v + c.number) % {plans}, (c.v + 2 * c.number) % {dos}, \
         CASE c.code WHEN 'D' THEN 'study_adapt' WHEN 'O' THEN 'study_adopt' WHEN 'X' THEN 'study_abandon' \
              WHEN 'S' THEN 'study_open' ELSE '' END, (c.v + 3 * c.number) % {studies}, \
         CASE c.code WHEN 'D' THEN 'act_adapt' WHEN 'O' THEN 'act_adopt' WHEN 'X' THEN 'act_abandon' ELSE '' END, \
         (c.v + c.number) % {acts} \
         FROM (SELECT ROW_NUMBER() OVER (ORDER BY p.id, n.i) + $1 AS id, p.id AS project_id, n.i AS number, \
               p.grp, p.theme_k, p.owner1 AS owner, p.v, p.idea0, \
               SUBSTR(p.codes, CAST(n.i AS INTEGER), 1) AS code, \
               CASE WHEN n.i > 1 AND SUBSTR(p.codes, CAST(n.i - 1 AS INTEGER), 1) = 'D' THEN 1 ELSE 0 END AS adapted, \
               p.last_back + (p.cycles - n.i) * p.gap AS back \
               FROM demo_plan p JOIN demo_n n ON n.i >= 1 AND n.i <= p.cycles) c"
    )
}

/// The cycles themselves, from their keys. `$1` is now.
const CYCLES_SQL: &str = "INSERT INTO pdsa_cycles (id, project_id, number, follows_id, change_idea, question, prediction, \
     plan_details, data_to_collect, change_kind, do_notes, study_notes, act_decision, act_notes, started_on, \
     created_by, created_at, updated_at) \
     SELECT c.id, c.project_id, c.number, \
     CASE WHEN c.adapted = 1 THEN c.id - 1 END, \
     CASE WHEN c.adapted = 1 THEN ch.adapted ELSE ch.idea END, \
     t.question, t.prediction, tp.body, t.data_to_collect, ch.kind, \
     CASE WHEN c.code = 'N' THEN '' ELSE td.body END, \
     COALESCE(ts.body, ''), \
     CASE c.code WHEN 'D' THEN 'adapt' WHEN 'O' THEN 'adopt' WHEN 'X' THEN 'abandon' END, \
     COALESCE(ta.body, ''), \
     d.day, c.owner, \
     $1 - (c.back + 3) * 86400 - c.v * 3, \
     CASE WHEN c.code = 'D' OR c.code = 'O' OR c.code = 'X' \
          THEN $1 - (CASE WHEN c.back > 15 THEN c.back - 14 ELSE 1 END) * 86400 - c.v * 2 \
          ELSE $1 - (CASE WHEN c.back > 2 THEN c.back - 2 ELSE 0 END) * 86400 - 3600 - c.v END \
     FROM demo_cycles c \
     JOIN demo_themes t ON t.grp = c.grp AND t.k = c.theme_k \
     JOIN demo_changes ch ON ch.grp = c.grp AND ch.theme_k = c.theme_k AND ch.k = c.change_k \
     JOIN demo_texts tp ON tp.kind = 'plan' AND tp.k = c.plan_k \
     JOIN demo_texts td ON td.kind = 'do' AND td.k = c.do_k \
     LEFT JOIN demo_texts ts ON ts.kind = c.study_kind AND ts.k = c.study_k \
     LEFT JOIN demo_texts ta ON ta.kind = c.act_kind AND ta.k = c.act_k \
     JOIN demo_days d ON d.back = c.back \
     ORDER BY c.id";

const MEASURES_SQL: &str = "INSERT INTO measures (id, project_id, name, kind, unit, chart, target, direction, created_at) \
     SELECT p.m_id, p.id, t.m_name, t.m_kind, t.m_unit, t.m_chart, t.target, t.direction, p.m_created \
     FROM demo_plan p JOIN demo_themes t ON t.grp = p.grp AND t.k = p.theme_k \
     WHERE p.m_id > 0 ORDER BY p.m_id";

/// The points of the measures of projects `$1` to `$2`. A level (see [`MeasureShape`]) is the
/// measure's base, plus noise, plus — for a change that worked — its effect from the shift on,
/// reached over three periods; then it becomes a value, a count or a numerator over a size.
fn points_sql() -> String {
    format!(
        "INSERT INTO measure_points (id, measure_id, period, value, numerator, denominator, phase, note, created_at) \
     SELECT x.id, x.m_id, x.label, \
     CASE WHEN x.chart = 'p' OR x.chart = 'u' THEN NULL \
          WHEN x.chart = 'c' THEN CAST((x.lvl + 5) / 10 AS DOUBLE PRECISION) \
          ELSE CAST(x.lvl AS DOUBLE PRECISION) / 10 END, \
     CASE WHEN x.chart = 'p' THEN CAST(x.size * (CASE WHEN x.lvl > 1000 THEN 1000 ELSE x.lvl END) / 1000 AS DOUBLE PRECISION) \
          WHEN x.chart = 'u' THEN CAST((x.size * x.lvl / 1000 + 5) / 10 AS DOUBLE PRECISION) END, \
     CASE WHEN x.chart = 'p' THEN CAST(x.size AS DOUBLE PRECISION) \
          WHEN x.chart = 'u' THEN CAST(x.size AS DOUBLE PRECISION) / 1000 END, \
     x.phase, x.note, x.at \
     FROM (SELECT y.id, y.m_id, y.i, y.chart, y.label, y.at, y.phase, y.note, y.size, \
           CASE WHEN y.raw < 0 THEN 0 ELSE y.raw END AS lvl \
           FROM (SELECT p.m_first_point + n.i AS id, p.m_id, n.i, t.m_chart AS chart, per.label, \
                 CASE WHEN per.at < p.m_created THEN p.m_created ELSE per.at END AS at, \
                 CASE WHEN p.m_phase2 = 1 AND n.i >= p.m_shift THEN 2 ELSE 1 END AS phase, \
                 CASE WHEN n.i = p.m_shift AND p.m_note <> '' THEN p.m_note ELSE z.note END AS note, \
                 t.size + (p.m_dvar + 37 * n.i) % t.spread AS size, \
                 p.m_base + z.z * p.m_sd / 1000 \
                 + CASE WHEN p.m_improving = 1 AND n.i >= p.m_shift \
                        THEN p.m_delta * (CASE WHEN n.i - p.m_shift >= 2 THEN 3 ELSE n.i - p.m_shift + 1 END) / 3 \
                        ELSE 0 END AS raw \
                 FROM demo_plan p \
                 JOIN demo_themes t ON t.grp = p.grp AND t.k = p.theme_k \
                 JOIN demo_n n ON n.i < p.m_npts \
                 JOIN demo_periods per ON per.cadence = t.cadence AND per.back = p.m_back_end + p.m_npts - 1 - n.i \
                 JOIN demo_noise z ON z.i = (p.m_noise + n.i) % {NOISE_LEN} \
                 WHERE p.m_id > 0 AND p.id >= $1 AND p.id <= $2) y) x \
     ORDER BY x.id"
    )
}

// ---------------------------------------------------------------------------------------------
// The showcase: the demo accounts' own team, written by hand.
// ---------------------------------------------------------------------------------------------

struct Showcase {
    projects: Vec<ShowProject>,
    practice: ShowPractice,
    now: i64,
}

struct ShowProject {
    team_id: i64,
    title: String,
    description: String,
    status: &'static str,
    /// What, how much, and by when (days back; negative is ahead).
    aim: Option<(&'static str, &'static str, i64)>,
    compass: &'static str,
    /// Topic and who confirmed it.
    scope: Option<(&'static str, i64)>,
    raised_by: i64,
    owners: Vec<i64>,
    created_back: i64,
    updated_back: i64,
    cycles: Vec<ShowCycle>,
    measures: Vec<ShowMeasure>,
}

struct ShowCycle {
    change_idea: String,
    question: &'static str,
    prediction: &'static str,
    plan: &'static str,
    data: &'static str,
    kind: &'static str,
    do_notes: &'static str,
    study: &'static str,
    decision: Option<&'static str>,
    act: &'static str,
    started_back: i64,
    updated_back: i64,
    /// Adapted from the cycle before it.
    follows_previous: bool,
}

struct ShowMeasure {
    name: &'static str,
    kind: &'static str,
    unit: &'static str,
    chart: &'static str,
    target: f64,
    up: bool,
    points: Vec<ShowPoint>,
}

struct ShowPoint {
    period: String,
    at: i64,
    value: Option<f64>,
    numerator: Option<f64>,
    denominator: Option<f64>,
    phase: i64,
    note: &'static str,
}

struct ShowPractice {
    /// Index in `projects` of the finished project it was written from.
    project: usize,
    title: &'static str,
    problem: &'static str,
    change_made: &'static str,
    results: &'static str,
    tips: &'static str,
    compass: &'static str,
    topic: &'static str,
    written_by: i64,
    reviewed_by: i64,
    review_comment: &'static str,
    created_back: i64,
    published_back: i64,
    /// (index in `projects` of the adopting project, adopted by, days back).
    adoptions: Vec<(usize, i64, i64)>,
}

impl Showcase {
    fn counts(&self) -> ImprovementCounts {
        ImprovementCounts {
            projects: self.projects.len(),
            cycles: self.projects.iter().map(|p| p.cycles.len()).sum(),
            measures: self.projects.iter().map(|p| p.measures.len()).sum(),
            points: self
                .projects
                .iter()
                .flat_map(|p| &p.measures)
                .map(|m| m.points.len())
                .sum(),
        }
    }

    /// Owners, the practice and its adoptions.
    fn link_rows(&self) -> usize {
        self.projects.iter().map(|p| p.owners.len()).sum::<usize>()
            + 1
            + self.practice.adoptions.len()
    }
}

/// One stretch of a series: periods, mean, standard deviation.
type Stretch = (usize, f64, f64);

/// A roughly normal draw.
fn normal(rng: &mut ChaCha8Rng) -> f64 {
    (0..12).map(|_| rng.gen::<f64>()).sum::<f64>() - 6.0
}

/// Weekly points ending `last_back` weeks ago, drawn stretch by stretch. With `size`, each
/// point is a proportion of a count drawn from `size.0..size.1`; without, a value rounded to
/// `decimals`. `notes` and `fixed` (exact values) are keyed by weeks back; points from
/// `phase_from` weeks back on are phase 2.
#[allow(clippy::too_many_arguments)]
fn weekly_series(
    rng: &mut ChaCha8Rng,
    calendar: &Calendar,
    last_back: i64,
    stretches: &[Stretch],
    size: Option<(i64, i64)>,
    decimals: i32,
    notes: &[(i64, &'static str)],
    fixed: &[(i64, f64)],
    phase_from: Option<i64>,
) -> Vec<ShowPoint> {
    let total: usize = stretches.iter().map(|s| s.0).sum();
    let mut back = last_back + total as i64 - 1;
    let mut points = Vec::new();
    let scale = 10f64.powi(decimals);
    for &(len, mean, sd) in stretches {
        for _ in 0..len {
            let (period, at) = calendar.period("week", back);
            let mut level = mean + sd * normal(rng);
            if let Some(&(_, v)) = fixed.iter().find(|f| f.0 == back) {
                level = v;
            }
            let (value, numerator, denominator) = match size {
                Some((low, high)) => {
                    let n = rng.gen_range(low..high) as f64;
                    let k = (n * level.clamp(0.0, 1.0)).round();
                    (None, Some(k), Some(n))
                }
                None => (Some((level.max(0.0) * scale).round() / scale), None, None),
            };
            points.push(ShowPoint {
                period: period.to_string(),
                at,
                value,
                numerator,
                denominator,
                phase: if phase_from.is_some_and(|p| back <= p) {
                    2
                } else {
                    1
                },
                note: notes.iter().find(|n| n.0 == back).map_or("", |n| n.1),
            });
            back -= 1;
        }
    }
    points
}

const PRACTICE_TITLE: &str = "Fill tomorrow's refills the afternoon before";
const PRACTICE_CHANGE: &str = "Every afternoon at 2 pm a technician prints the next day's refill pick-up list from the pharmacy system, and two technicians fill it before closing, each taking half by last name. On Mondays the list starts at noon to absorb the weekend's electronic prescriptions. When a refill is bagged, the system texts the member that it is ready.";

/// The showcase team's projects (team 1), and the two projects of other pharmacy teams that
/// adopted its practice.
fn showcase(input: &Input, rng: &mut ChaCha8Rng, now: i64, calendar: &Calendar) -> Showcase {
    let team = &input.crews[0];
    let colead = team.labor_lead;
    let member = team.members.first().copied().unwrap_or(colead);
    let manager = team.management_lead;
    // Pharmacy teams at other facilities adopt the practice; any other teams will do if there
    // are not two.
    let mut adopters: Vec<&Crew> = input
        .crews
        .iter()
        .filter(|c| {
            c.team_id != team.team_id
                && c.department == team.department
                && c.facility_id != team.facility_id
        })
        .take(2)
        .collect();
    for crew in input.crews.iter().skip(1) {
        if adopters.len() == 2 {
            break;
        }
        if !adopters.iter().any(|a| a.team_id == crew.team_id) {
            adopters.push(crew);
        }
    }

    let refills = ShowProject {
        team_id: team.team_id,
        title: "Refills ready before members arrive".into(),
        description: "Members who came in for a refill often found it was not ready yet. They waited at the window while we filled it or were asked to come back later, the queue grew at lunchtime, and the phones rang with people checking whether their medicine was ready.".into(),
        status: "done",
        aim: Some((
            "Refill prescriptions ready when the member arrives to pick them up",
            "from about 70% to 95% of refills",
            130,
        )),
        compass: "service,affordable",
        scope: Some(("operations", colead)),
        raised_by: member,
        owners: vec![colead, member],
        created_back: 430,
        updated_back: 235,
        cycles: vec![
            ShowCycle {
                change_idea: "Print the next day's refill pick-up list at 2 pm and fill those orders before closing".into(),
                question: "If we fill tomorrow's refills the afternoon before, will they be ready when members arrive?",
                prediction: "At least 85% of refills will be ready on arrival, up from about 70%, and the lunchtime queue will be shorter.",
                plan: "Two-week test, Monday to Friday, day shift only. The co-lead prints the list at 2 pm; whichever technician is free fills from it until 5 pm. At the window we tick whether each refill was ready.",
                data: "For every refill picked up: ready on arrival, yes or no, ticked at the window. Calls asking whether a prescription is ready, from the phone system.",
                kind: "workflow",
                do_notes: "Ran for two weeks as planned. The list printed on time every day. On three afternoons, all of them Mondays or the day after a holiday, the list was too long to finish before closing.",
                study: "Ready on arrival rose to 83% in the first week and 86% in the second, close to our prediction. The misses were almost all orders left over on Monday afternoons, when the weekend's electronic prescriptions arrive together.",
                decision: Some("adapt"),
                act: "Keep the list. Start it at noon on Mondays and split it between two technicians from the start, then test again.",
                started_back: 392,
                updated_back: 376,
                follows_previous: false,
            },
            ShowCycle {
                change_idea: "The next-day list split between two technicians, starting at noon on Mondays".into(),
                question: "Does splitting the list and starting early on Mondays clear the backlog?",
                prediction: "Refills ready on arrival reach 90%, with no afternoon running over.",
                plan: "Four weeks. The list is printed at 2 pm (noon on Mondays) and cut in half by last name; each technician takes one half. The lead technician checks at 4:30 pm what is left.",
                data: "Ready on arrival, ticked at the window as before. Calls asking whether a prescription is ready, from the phone system.",
                kind: "workflow",
                do_notes: "Four weeks as planned. Only one afternoon ran over, when a technician was called to the front counter. The technicians asked to keep the split by last name because it made bagging easier too.",
                study: "Ready on arrival averaged 92% over the four weeks, and every week was above 89%. Calls asking whether a prescription was ready fell by about a third.",
                decision: Some("adopt"),
                act: "Adopted as standard work from the next Monday. Added to the technicians' daily checklist and to the orientation of new staff.",
                started_back: 371,
                updated_back: 343,
                follows_previous: true,
            },
            ShowCycle {
                change_idea: "Text members when their refill is bagged".into(),
                question: "Will a ready text stop members arriving before their refill is ready, and calling to check?",
                prediction: "Ready on arrival goes above 94%, and calls asking about refills fall by another quarter.",
                plan: "Three weeks. The bagging station sends the standard message from the pharmacy system as each refill is bagged. Members without a mobile number on file are asked for one at the window.",
                data: "Ready on arrival as before; calls about refills from the phone report; texts sent, from the pharmacy system.",
                kind: "workflow",
                do_notes: "Texts went out for 78% of refills; the rest had no mobile number on file. We collected 140 new numbers at the window in three weeks.",
                study: "Ready on arrival held at 94 to 95%. Calls asking about refills fell from about 80 to about 60 a week. Several members said they liked knowing before they set off.",
                decision: Some("adopt"),
                act: "Adopted. Asking for a mobile number is now part of the pick-up conversation.",
                started_back: 329,
                updated_back: 305,
                follows_previous: false,
            },
        ],
        measures: vec![
            ShowMeasure {
                name: "Refills ready when the member arrives",
                kind: "outcome",
                unit: "share of refills",
                chart: "p",
                target: 0.95,
                up: true,
                points: weekly_series(
                    rng,
                    calendar,
                    37,
                    &[(10, 0.70, 0.025), (3, 0.845, 0.015), (6, 0.92, 0.012), (11, 0.945, 0.01)],
                    Some((180, 231)),
                    0,
                    &[
                        (61, "Holiday week: closed on Monday"),
                        (56, "Cycle 1: next-day list from 2 pm"),
                        (53, "Cycle 2: list split between two technicians"),
                        (47, "Cycle 3: ready texts to members"),
                    ],
                    &[],
                    None,
                ),
            },
            ShowMeasure {
                name: "Calls asking whether a prescription is ready",
                kind: "balancing",
                unit: "calls a week",
                chart: "run",
                target: 60.0,
                up: false,
                points: weekly_series(
                    rng,
                    calendar,
                    37,
                    &[(10, 120.0, 7.0), (3, 104.0, 5.0), (6, 82.0, 5.0), (11, 61.0, 4.0)],
                    None,
                    0,
                    &[(53, "Cycle 2: list split between two technicians"), (47, "Cycle 3: ready texts")],
                    &[],
                    None,
                ),
            },
        ],
    };

    let interruptions = ShowProject {
        team_id: team.team_id,
        title: "Fewer interruptions while pharmacists check orders".into(),
        description: "Pharmacists checking prescriptions are interrupted by phone calls, questions at the counter and requests to find stock. Every interruption breaks their concentration at the moment an error is most likely to slip through, and checks take longer.".into(),
        status: "active",
        aim: Some((
            "Interruptions while a pharmacist is checking prescriptions",
            "from about 11 to 4 or fewer in a two-hour sample",
            -60,
        )),
        compass: "quality,workplace",
        scope: Some(("performance", colead)),
        raised_by: colead,
        owners: vec![colead, manager],
        created_back: 165,
        updated_back: 6,
        cycles: vec![
            ShowCycle {
                change_idea: "A \"checking in progress\" sign and a marked quiet zone at the checking bench".into(),
                question: "Will a visible quiet zone keep people from interrupting the pharmacist who is checking?",
                prediction: "Interruptions in a two-hour sample fall from about 11 to 7.",
                plan: "Two weeks. Tape on the floor marks the quiet zone, and the sign goes up whenever a pharmacist is checking. A team member counts interruptions in a two-hour sample on Tuesday and Thursday mornings.",
                data: "Interruptions counted by an observer in a two-hour sample, twice a week, with who interrupted and why.",
                kind: "other",
                do_notes: "Ran for two weeks. The sign was up about two thirds of the time; at the busiest times nobody remembered to put it up.",
                study: "Interruptions fell to about 9 when the sign was up, and not at all when it was not. Most of those left were phone calls for the pharmacist and technicians asking where to find stock: they had nowhere else to take the question.",
                decision: Some("adapt"),
                act: "Keep the quiet zone, and give people somewhere else to take their questions: a named technician each hour.",
                started_back: 119,
                updated_back: 103,
                follows_previous: false,
            },
            ShowCycle {
                change_idea: "The quiet zone, plus a named floor technician each hour who takes calls and counter questions".into(),
                question: "With someone else to turn to, will staff stop interrupting the checking pharmacist?",
                prediction: "Interruptions fall to 5 or fewer in a two-hour sample.",
                plan: "Four weeks. The floor technician for each hour is written on the whiteboard, and the phones forward to their handset. The quiet zone and the sign stay.",
                data: "Interruptions in the two-hour samples as before, with who interrupted and why.",
                kind: "workflow",
                do_notes: "Four weeks as planned. Two days were short-staffed, and the floor technician also had to fill orders.",
                study: "Interruptions averaged 5 in the two-hour samples, down from 11, and the pharmacists said checking felt calmer. On the short-staffed days they went back up to about 8.",
                decision: Some("adopt"),
                act: "Adopted: the floor technician is now on the daily rota. Next we look at the stock phone, which still rings at the bench.",
                started_back: 88,
                updated_back: 58,
                follows_previous: true,
            },
            ShowCycle {
                change_idea: "Move the stock phone extension from the checking bench to the floor technician's station".into(),
                question: "Will moving the stock phone remove the last regular interruption?",
                prediction: "Interruptions fall to 4 or fewer in a two-hour sample, with no stock calls missed.",
                plan: "Three weeks. IT moves the extension on a Monday, and the old number forwards to the new one.",
                data: "Interruptions in the two-hour samples as before; missed stock calls from the phone report.",
                kind: "workflow",
                do_notes: "Extension moved on the first Monday. Counting as before; two of the three weeks are done.",
                study: "",
                decision: None,
                act: "",
                started_back: 21,
                updated_back: 6,
                follows_previous: false,
            },
        ],
        measures: vec![ShowMeasure {
            name: "Interruptions during a two-hour check",
            kind: "outcome",
            unit: "interruptions per two-hour sample",
            chart: "run",
            target: 4.0,
            up: false,
            points: weekly_series(
                rng,
                calendar,
                1,
                &[(9, 11.0, 0.9), (5, 9.4, 0.7), (9, 5.2, 0.5), (3, 4.3, 0.4)],
                None,
                1,
                &[
                    (17, "Cycle 1: quiet zone and sign"),
                    (12, "Cycle 2: floor technician each hour"),
                    (7, "Two short-staffed days"),
                    (3, "Cycle 3: stock phone moved"),
                ],
                &[(7, 7.5)],
                None,
            ),
        }],
    };

    let fridge = ShowProject {
        team_id: team.team_id,
        title: "Fridge temperatures logged on every shift".into(),
        description: "Vaccines and insulin must be kept between 2 and 8 °C, and the fridge temperature has to be written down at the start and end of every day. Readings were missed on busy mornings, and a missed reading means we cannot show the medicines are safe to use.".into(),
        status: "sustaining",
        aim: Some((
            "Fridge temperature readings logged",
            "from about 80% to 100% of readings",
            30,
        )),
        compass: "quality,affordable",
        scope: Some(("operations", colead)),
        raised_by: manager,
        owners: vec![colead, member],
        created_back: 185,
        updated_back: 60,
        cycles: vec![
            ShowCycle {
                change_idea: "A reminder at the morning huddle and an email to the team".into(),
                question: "Will reminders alone get every reading logged?",
                prediction: "At least 95% of readings logged.",
                plan: "Two weeks. The co-lead reminds the team at every huddle, and the email goes out on Monday.",
                data: "Each week, readings logged out of the 14 due, from the log sheets.",
                kind: "training",
                do_notes: "Reminders given every day for two weeks.",
                study: "Logging rose to 93% in the first week, then fell back to 81% in the second, the same as before. Reminders worked only while they were new.",
                decision: Some("abandon"),
                act: "Stop relying on reminders and change the routine itself.",
                started_back: 140,
                updated_back: 126,
                follows_previous: false,
            },
            ShowCycle {
                change_idea: "The log sheet moved onto the fridge door, and the morning reading added to the opening checklist".into(),
                question: "If the log is where the reading is taken, and part of opening, will it happen every time?",
                prediction: "At least 97% of readings logged, and no week below 12 of 14.",
                plan: "Four weeks. The sheet hangs on the fridge door with a pen; the opening checklist gets a line for the reading. The closing technician takes the evening reading.",
                data: "Readings logged out of the 14 due each week, from the log sheets.",
                kind: "workflow",
                do_notes: "Four weeks as planned. The evening reading was missed twice, when the closing technician left early.",
                study: "97% of readings logged over the four weeks, with 14 of 14 in two of them. Both misses were evening readings.",
                decision: Some("adapt"),
                act: "Keep it, and put the evening reading on the closing checklist as well.",
                started_back: 126,
                updated_back: 98,
                follows_previous: false,
            },
            ShowCycle {
                change_idea: "The evening reading added to the closing checklist, signed by the closing technician".into(),
                question: "With both readings on a checklist, will any still be missed?",
                prediction: "Every reading logged, morning and evening.",
                plan: "Four weeks. The closing checklist gets a line for the evening reading, signed by whoever closes.",
                data: "Readings logged out of the 14 due each week, from the log sheets.",
                kind: "workflow",
                do_notes: "Ran for four weeks on every day.",
                study: "Every reading logged in all four weeks. The log now takes under a minute.",
                decision: Some("adopt"),
                act: "Adopted. We look at the log at the monthly meeting to keep the gain.",
                started_back: 98,
                updated_back: 70,
                follows_previous: true,
            },
        ],
        measures: vec![ShowMeasure {
            name: "Fridge readings logged",
            kind: "process",
            unit: "share of readings due",
            chart: "p",
            target: 1.0,
            up: true,
            points: weekly_series(
                rng,
                calendar,
                1,
                &[(10, 0.80, 0.05), (2, 0.86, 0.0), (4, 0.96, 0.02), (14, 1.0, 0.012)],
                Some((14, 15)),
                0,
                &[
                    (18, "Cycle 2: log sheet on the fridge door"),
                    (14, "Cycle 3: evening reading on the closing checklist"),
                ],
                &[(20, 0.93), (19, 0.79)],
                Some(18),
            ),
        }],
    };

    let phones = ShowProject {
        team_id: team.team_id,
        title: "Answer the pharmacy phone within a minute".into(),
        description: "Members tell us they give up after waiting on hold, then come to the window to ask instead. Could the floor technician help with the phones at the busiest hours?".into(),
        status: "idea",
        aim: None,
        compass: "",
        scope: None,
        raised_by: member,
        owners: vec![],
        created_back: 9,
        updated_back: 9,
        cycles: vec![],
        measures: vec![],
    };

    let adopted_description = format!(
        "Adopted from the team-tested practice of {} ({}). The change they made: {PRACTICE_CHANGE}",
        input.showcase_team_name, input.showcase_facility_name
    );
    let mut projects = vec![refills, interruptions, fridge, phones];
    let mut adoptions = Vec::new();
    for (i, crew) in adopters.into_iter().enumerate() {
        let lead = crew.labor_lead;
        let helper = crew
            .members
            .first()
            .copied()
            .unwrap_or(crew.management_lead);
        let project = if i == 0 {
            ShowProject {
                team_id: crew.team_id,
                title: format!("Adopting: {PRACTICE_TITLE}"),
                description: adopted_description.clone(),
                status: "active",
                aim: Some((
                    "Refill prescriptions ready when the member arrives to pick them up",
                    "from about 75% to 95% of refills",
                    -90,
                )),
                compass: "service,affordable",
                scope: Some(("operations", lead)),
                raised_by: lead,
                owners: vec![lead, helper],
                created_back: 150,
                updated_back: 72,
                cycles: vec![
                    ShowCycle {
                        change_idea: format!(
                            "The next-day refill list at 2 pm, split between two technicians, as {} does it",
                            input.showcase_facility_name
                        ),
                        question: "Does the practice work as well with our volumes?",
                        prediction: "Ready on arrival rises from about 76% to 90%.",
                        plan: "Two weeks, copying the practice as written, with the early start on Mondays.",
                        data: "Ready on arrival, ticked at the window for every refill picked up.",
                        kind: "workflow",
                        do_notes: "Ran as written for two weeks. Tuesdays ran over twice.",
                        study: "Ready on arrival rose from 76% to 88%. Our busiest day is Tuesday, not Monday, because of the clinics next door, so the early start was on the wrong day.",
                        decision: Some("adapt"),
                        act: "Move the early start to Tuesdays and test again.",
                        started_back: 130,
                        updated_back: 116,
                        follows_previous: false,
                    },
                    ShowCycle {
                        change_idea: "The next-day list with the early start moved to Tuesdays".into(),
                        question: "With the early start on our busiest day, do we reach 90%?",
                        prediction: "Ready on arrival at 90% or more in every week.",
                        plan: "Four weeks, the same as before except for the day of the early start.",
                        data: "Ready on arrival, ticked at the window for every refill picked up.",
                        kind: "workflow",
                        do_notes: "Four weeks as planned.",
                        study: "Ready on arrival averaged 93% over the four weeks, and no afternoon ran over.",
                        decision: Some("adopt"),
                        act: "Adopted. Next we add the ready texts, as the original team did.",
                        started_back: 100,
                        updated_back: 72,
                        follows_previous: true,
                    },
                ],
                measures: vec![ShowMeasure {
                    name: "Refills ready when the member arrives",
                    kind: "outcome",
                    unit: "share of refills",
                    chart: "p",
                    target: 0.95,
                    up: true,
                    points: weekly_series(
                        rng,
                        calendar,
                        3,
                        &[(10, 0.76, 0.025), (4, 0.87, 0.015), (12, 0.93, 0.012)],
                        Some((150, 191)),
                        0,
                        &[
                            (18, "Cycle 1: next-day list from 2 pm"),
                            (14, "Cycle 2: early start moved to Tuesday"),
                        ],
                        &[],
                        None,
                    ),
                }],
            }
        } else {
            ShowProject {
                team_id: crew.team_id,
                title: format!("Adopting: {PRACTICE_TITLE}"),
                description: adopted_description.clone(),
                status: "idea",
                aim: None,
                compass: "service,affordable",
                scope: None,
                raised_by: lead,
                owners: vec![],
                created_back: 40,
                updated_back: 40,
                cycles: vec![],
                measures: vec![],
            }
        };
        adoptions.push((projects.len(), lead, project.created_back));
        projects.push(project);
    }

    Showcase {
        projects,
        practice: ShowPractice {
            project: 0,
            title: PRACTICE_TITLE,
            problem: "Members arriving for a refill often found it was not ready. They waited at the window while we filled it, or were asked to come back, and the phones filled with calls asking whether a prescription was ready. Only about 7 refills in 10 were ready when the member arrived.",
            change_made: PRACTICE_CHANGE,
            results: "Refills ready on arrival rose from about 70% to 94% within eight weeks and stayed there. Calls asking whether a prescription was ready fell from about 120 to about 60 a week.",
            tips: "Split the list between two people from the start: one person alone falls behind on the busiest day. Find out which day is your busiest before you copy the early start. Check that members' mobile numbers are on file before you rely on the text. Put the list on the daily checklist so it survives changes of staff.",
            compass: "service,affordable",
            topic: "Access and waiting times",
            written_by: colead,
            reviewed_by: input.editor,
            review_comment: "Clear, measured and easy to copy. Published.",
            created_back: 232,
            published_back: 225,
            adoptions,
        },
        now,
    }
}

async fn write_showcase(bulk: &mut Bulk<'_, '_, '_>, show: &Showcase) -> StoreResult<()> {
    let now = show.now;
    let at = |back: i64, salt: i64| days_ago(now, back, salt * 4_111);
    let mut projects = Vec::new();
    let mut owners = Vec::new();
    let mut cycles = Vec::new();
    let mut measures = Vec::new();
    let mut points = Vec::new();
    let mut cycle_id = 0i64;
    let mut measure_id = 0i64;
    for (i, p) in show.projects.iter().enumerate() {
        let id = i as i64 + 1;
        let created = at(p.created_back, id);
        let (what, how_much, by_when) = match p.aim {
            Some((what, how_much, back)) => (
                what.to_string(),
                how_much.to_string(),
                day_label(now.div_euclid(DAY) - back),
            ),
            None => Default::default(),
        };
        projects.push(vec![
            Value::Int(id),
            Value::Int(p.team_id),
            Value::Text(p.title.clone()),
            Value::Text(p.description.clone()),
            Value::Text(p.status.to_string()),
            Value::Text(what),
            Value::Text(how_much),
            Value::Text(by_when),
            Value::Text(p.compass.to_string()),
            Value::OptText(p.scope.map(|s| s.0.to_string())),
            Value::OptInt(p.scope.map(|s| s.1)),
            Value::Int(p.raised_by),
            Value::Int(created),
            Value::Int(at(p.updated_back, id + 1).max(created)),
        ]);
        for &person in &p.owners {
            owners.push(vec![Value::Int(id), Value::Int(person)]);
        }
        for (n, c) in p.cycles.iter().enumerate() {
            cycle_id += 1;
            cycles.push(vec![
                Value::Int(cycle_id),
                Value::Int(id),
                Value::Int(n as i64 + 1),
                Value::OptInt(c.follows_previous.then_some(cycle_id - 1)),
                Value::Text(c.change_idea.clone()),
                Value::Text(c.question.to_string()),
                Value::Text(c.prediction.to_string()),
                Value::Text(c.plan.to_string()),
                Value::Text(c.data.to_string()),
                Value::Text(c.kind.to_string()),
                Value::Text(c.do_notes.to_string()),
                Value::Text(c.study.to_string()),
                Value::OptText(c.decision.map(str::to_string)),
                Value::Text(c.act.to_string()),
                Value::Text(day_label(now.div_euclid(DAY) - c.started_back)),
                Value::Int(p.owners.first().copied().unwrap_or(p.raised_by)),
                Value::Int(at(c.started_back + 3, cycle_id)),
                Value::Int(at(c.updated_back, cycle_id + 1)),
            ]);
        }
        for m in &p.measures {
            measure_id += 1;
            let first_cycle = p.cycles.first().map_or(p.created_back, |c| c.started_back);
            let measure_created = at(first_cycle + 7, measure_id);
            measures.push(vec![
                Value::Int(measure_id),
                Value::Int(id),
                Value::Text(m.name.to_string()),
                Value::Text(m.kind.to_string()),
                Value::Text(m.unit.to_string()),
                Value::Text(m.chart.to_string()),
                Value::OptFloat(Some(m.target)),
                Value::Text(if m.up { "up" } else { "down" }.to_string()),
                Value::Int(measure_created),
            ]);
            for point in &m.points {
                points.push(vec![
                    Value::Int(measure_id),
                    Value::Text(point.period.clone()),
                    Value::OptFloat(point.value),
                    Value::OptFloat(point.numerator),
                    Value::OptFloat(point.denominator),
                    Value::Int(point.phase),
                    Value::Text(point.note.to_string()),
                    // Data from before the measure existed was entered when it was set up.
                    Value::Int(point.at.max(measure_created)),
                ]);
            }
        }
    }
    bulk.insert(
        "projects",
        &[
            "id",
            "team_id",
            "title",
            "description",
            "status",
            "aim_what",
            "aim_how_much",
            "aim_by_when",
            "compass",
            "scope_topic",
            "scope_confirmed_by",
            "raised_by",
            "created_at",
            "updated_at",
        ],
        projects,
    )
    .await?;
    bulk.insert("project_owners", &["project_id", "person_id"], owners)
        .await?;
    bulk.insert(
        "pdsa_cycles",
        &[
            "id",
            "project_id",
            "number",
            "follows_id",
            "change_idea",
            "question",
            "prediction",
            "plan_details",
            "data_to_collect",
            "change_kind",
            "do_notes",
            "study_notes",
            "act_decision",
            "act_notes",
            "started_on",
            "created_by",
            "created_at",
            "updated_at",
        ],
        cycles,
    )
    .await?;
    bulk.insert(
        "measures",
        &[
            "id",
            "project_id",
            "name",
            "kind",
            "unit",
            "chart",
            "target",
            "direction",
            "created_at",
        ],
        measures,
    )
    .await?;
    bulk.insert(
        "measure_points",
        &[
            "measure_id",
            "period",
            "value",
            "numerator",
            "denominator",
            "phase",
            "note",
            "created_at",
        ],
        points,
    )
    .await?;
    let x = &show.practice;
    let team_id = show.projects[x.project].team_id;
    bulk.insert(
        "practices",
        &[
            "id",
            "project_id",
            "team_id",
            "title",
            "problem",
            "change_made",
            "results",
            "tips",
            "compass",
            "topic",
            "status",
            "written_by",
            "reviewed_by",
            "review_comment",
            "published_at",
            "created_at",
        ],
        vec![vec![
            Value::Int(1),
            Value::Int(x.project as i64 + 1),
            Value::Int(team_id),
            Value::Text(x.title.to_string()),
            Value::Text(x.problem.to_string()),
            Value::Text(x.change_made.to_string()),
            Value::Text(x.results.to_string()),
            Value::Text(x.tips.to_string()),
            Value::Text(x.compass.to_string()),
            Value::Text(x.topic.to_string()),
            Value::Text("published".into()),
            Value::Int(x.written_by),
            Value::Int(x.reviewed_by),
            Value::Text(x.review_comment.to_string()),
            Value::Int(at(x.published_back, 91)),
            Value::Int(at(x.created_back, 92)),
        ]],
    )
    .await?;
    bulk.insert(
        "practice_adoptions",
        &[
            "id",
            "practice_id",
            "project_id",
            "team_id",
            "adopted_by",
            "created_at",
        ],
        x.adoptions
            .iter()
            .enumerate()
            .map(|(i, &(project, by, back))| {
                vec![
                    Value::Int(i as i64 + 1),
                    Value::Int(1),
                    Value::Int(project as i64 + 1),
                    Value::Int(show.projects[project].team_id),
                    Value::Int(by),
                    Value::Int(at(back, 93 + i as i64)),
                ]
            })
            .collect(),
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-11-23T12:00:00Z, a Monday.
    const NOV_23_2026: i64 = 1_795_435_200;

    const DEPARTMENTS: [&str; 16] = [
        "Pharmacy",
        "Radiology",
        "Emergency Department",
        "Laboratory",
        "Medical-Surgical",
        "Labor and Delivery",
        "Primary Care",
        "Pediatrics",
        "Behavioral Health",
        "Oncology",
        "Environmental Services",
        "Nutrition Services",
        "Member Services",
        "Physical Therapy",
        "Intensive Care",
        "Surgical Services",
    ];

    /// Teams shaped like the demo's, with made-up people ids.
    fn input(teams: i64) -> Input {
        Input {
            crews: (1..=teams)
                .map(|t| Crew {
                    team_id: t,
                    department: DEPARTMENTS[(t as usize * 16 / teams as usize).min(15)].into(),
                    facility_id: 1 + t * 40 / teams,
                    labor_lead: t * 100,
                    management_lead: t * 100 + 1,
                    members: vec![t * 100 + 2, t * 100 + 3, t * 100 + 4],
                })
                .collect(),
            showcase_team_name: "Pharmacy Day Shift".into(),
            showcase_facility_name: "Alder Park Medical Center".into(),
            editor: 7,
        }
    }

    #[test]
    fn dates_and_iso_weeks_are_right_at_the_edges_of_years() {
        for days in -1_000..30_000 {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(day_label(NOV_23_2026.div_euclid(DAY)), "2026-11-23");
        let week = |y, m, d| week_label(monday_of(days_from_civil(y, m, d)));
        assert_eq!(week(2026, 1, 1), "2026-W01");
        assert_eq!(week(2024, 12, 30), "2025-W01");
        assert_eq!(week(2021, 1, 3), "2020-W53");
        assert_eq!(week(2021, 1, 4), "2021-W01");
        assert_eq!(week(2026, 11, 23), "2026-W48");
        let calendar = Calendar::new(NOV_23_2026);
        assert_eq!(calendar.period("week", 0).0, "2026-W48");
        assert_eq!(calendar.period("week", 48).0, "2025-W52");
        assert_eq!(calendar.period("month", 11).0, "2025-12");
        // Labels sort in time order, so points read back by period are in order.
        let weeks: Vec<&str> = (0..=WEEKS_BACK)
            .rev()
            .map(|b| calendar.period("week", b).0)
            .collect();
        assert!(weeks.windows(2).all(|w| w[0] < w[1]));
        assert!(calendar.periods.iter().all(|p| p.3 < NOV_23_2026));
    }

    #[test]
    fn packed_lines_cut_back_into_their_columns() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let plan = plan(
            &input(40).crews,
            &mut rng,
            NOV_23_2026,
            ImprovementCounts::default(),
        );
        let row = plan.iter().find(|p| !p.m_note.is_empty()).unwrap();
        let line = row.line();
        // What the SQL does, in Rust: SUBSTR at each field's place.
        let mut at = 0;
        let mut cut = Vec::new();
        for f in &PLAN_FIELDS {
            let end = if f.width == 0 {
                line.len()
            } else {
                at + f.width
            };
            cut.push((f, &line[at..end]));
            at = end;
        }
        let number = |name: &str| {
            let (f, text) = cut.iter().find(|(f, _)| f.name == name).unwrap();
            text.parse::<i64>().unwrap() - f.offset
        };
        assert_eq!(number("id"), row.id);
        assert_eq!(number("aim_back"), row.aim_back);
        assert_eq!(number("m_delta"), row.m_delta);
        assert_eq!(number("m_first_point"), row.m_first_point);
        assert_eq!(cut.last().unwrap().1, row.m_note);
        assert!(unpack_sql(&PLAN_FIELDS, "line").ends_with(&format!(
            "SUBSTR(line, {}) AS m_note",
            line.len() - row.m_note.len() + 1
        )));
        assert_eq!(&cut[15].1[..row.codes.len()], row.codes);
    }

    #[test]
    fn full_scale_makes_what_the_issue_asks_for() {
        let improvement = generate(&input(3_700), 1, NOV_23_2026);
        let counts = improvement.counts();
        assert!((29_000..34_000).contains(&counts.projects), "{counts:?}");
        assert!((85_000..110_000).contains(&counts.cycles), "{counts:?}");
        assert!((950_000..1_100_000).contains(&counts.points), "{counts:?}");
        let plan = &improvement.plan;
        for (i, (status, percent)) in STATUS_PERCENT.iter().enumerate() {
            let n = plan.iter().filter(|p| p.status == i as i64).count();
            let share = n * 100 / plan.len();
            assert!(share.abs_diff(*percent as usize) <= 2, "{status}: {share}%");
        }
        let mut next_point = counts.points as i64 - plan.iter().map(|p| p.m_npts).sum::<i64>() + 1;
        let themes = theme_rows();
        for p in plan {
            // Every line fits its columns (`pack` panics otherwise).
            let _ = p.line();
            assert!(p.aim_back >= -DAYS_AHEAD && p.aim_back <= DAYS_BACK);
            assert!(p.last_back + (p.cycles - 1) * p.gap <= DAYS_BACK);
            assert!(p.created_at <= p.updated_at && p.updated_at < NOV_23_2026);
            // An adapted change is tested again as it was adapted, once.
            let decided = &p.codes[..p.codes.len().saturating_sub(1)];
            assert!(!decided.contains("DD"), "{}", p.codes);
            assert_eq!(p.codes.len() as i64, p.cycles);
            if p.m_id > 0 {
                let theme = themes
                    .iter()
                    .find(|(g, k, _)| *g == p.grp && *k == p.theme_k)
                    .unwrap()
                    .2;
                let oldest = p.m_back_end + p.m_npts - 1;
                let cadence = if theme.measure.monthly {
                    "month"
                } else {
                    "week"
                };
                assert!(
                    !improvement.calendar.period(cadence, oldest).0.is_empty(),
                    "the calendar covers every point: {p:?}"
                );
                assert!(p.m_shift >= 10 && p.m_shift <= p.m_npts - 8, "{p:?}");
                assert_eq!(p.m_first_point, next_point, "points are numbered in order");
                next_point += p.m_npts;
            }
        }
        // The showcase team's projects are hand-written, and nobody else's are in team 1.
        assert!(plan.iter().all(|p| p.team_id != 1));
        assert_eq!(improvement.showcase.projects.len(), 6);
    }

    #[test]
    fn the_same_seed_makes_the_same_plan() {
        let a = generate(&input(40), 9, NOV_23_2026);
        let b = generate(&input(40), 9, NOV_23_2026);
        let c = generate(&input(40), 10, NOV_23_2026);
        assert_eq!(a.plan, b.plan);
        assert_eq!(a.noise, b.noise);
        assert_ne!(a.plan, c.plan);
    }

    #[test]
    fn texts_are_the_pools_the_sql_counts_on() {
        for (pool, len) in [
            (STUDY_ADAPT.len(), STUDY_ADOPT.len()),
            (STUDY_ABANDON.len(), STUDY_ADOPT.len()),
            (STUDY_OPEN.len(), STUDY_ADOPT.len()),
            (ACT_ADAPT.len(), ACT_ADOPT.len()),
            (ACT_ABANDON.len(), ACT_ADOPT.len()),
        ] {
            assert_eq!(pool, len);
        }
        for (_, _, theme) in theme_rows() {
            let m = &theme.measure;
            assert!(m.spread >= 1);
            assert!(["run", "i", "p", "u", "c"].contains(&m.chart));
            assert_eq!(m.chart == "p" || m.chart == "u", m.size > 0, "{}", m.name);
            assert!(m.base + m.delta > 0, "{}: the level stays positive", m.name);
            assert_eq!(
                m.delta > 0,
                m.up,
                "{}: a change moves the right way",
                m.name
            );
            if m.chart == "p" {
                assert!(m.base + m.delta <= 1000);
            }
            for code in theme.compass.split(',') {
                assert!(lmp_domain::improvement::CompassPoint::parse(code).is_some());
            }
            let topic = lmp_domain::improvement::scope::ScopeTopic::parse(theme.topic).unwrap();
            assert!(topic.in_scope());
            for change in &theme.changes {
                assert!(lmp_domain::improvement::pdsa::ChangeKind::parse(change.kind).is_some());
            }
        }
        for (_, _, topic) in OUT_OF_SCOPE {
            let topic = lmp_domain::improvement::scope::ScopeTopic::parse(topic).unwrap();
            assert!(!topic.in_scope());
        }
        // A group's themes outnumber any team's projects, so no team repeats one.
        for group in Group::ALL {
            assert!(group.themes().len() >= 13);
        }
    }
}
