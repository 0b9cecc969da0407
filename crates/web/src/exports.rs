//! A team's records for its own use, as the export pages and the API share them: one document
//! ([`TeamExport`]) with the roster, projects, PDSA cycles, measures with their data, closed
//! decisions and Path to Performance history; and each section as a CSV file.
//!
//! Who may: whoever may read the team (`authz::team_work`). Decisions go through the same view
//! as the decision pages (`decisions::view_among`), so a stance in an anonymous round never
//! carries a name, and only closed rounds are exported (an open round's hidden results cannot
//! appear). CSV cells that a spreadsheet would run as a formula are defused ([`cell`]).

use std::collections::HashMap;

use lmp_domain::calendar::iso_date;
use lmp_store::team_records::QuarterLevel;
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::User;
use crate::authz;
use crate::decisions::{self, TallyRow};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// The most decisions one export carries, the latest first.
pub const DECISIONS_LIMIT: i64 = 300;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TeamExport {
    /// When the export was made, `YYYY-MM-DD` (UTC).
    pub exported_on: String,
    pub team: ExportTeam,
    pub roster: Vec<ExportRosterEntry>,
    pub projects: Vec<ExportProject>,
    pub cycles: Vec<ExportCycle>,
    pub measures: Vec<ExportMeasure>,
    /// Closed consensus rounds and decisions noted in meeting minutes, the latest first.
    pub decisions: Vec<ExportDecision>,
    pub p2p: ExportP2p,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportTeam {
    pub id: i64,
    pub name: String,
    pub region: String,
    pub facility: String,
    pub department: String,
    pub purpose: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportRosterEntry {
    pub person_id: i64,
    pub name: String,
    /// A role code, e.g. `member`, `co_lead_labor`.
    pub role: String,
    pub side: String,
    pub job_title: String,
    pub union_local: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportProject {
    pub id: i64,
    pub title: String,
    pub status: String,
    pub description: String,
    pub aim_what: String,
    pub aim_how_much: String,
    pub aim_by_when: String,
    pub compass: String,
    pub scope_topic: Option<String>,
    pub created_on: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportCycle {
    pub id: i64,
    pub project_id: i64,
    pub project_title: String,
    pub number: i64,
    pub change_idea: String,
    pub question: String,
    pub prediction: String,
    pub change_kind: String,
    pub do_notes: String,
    pub study_notes: String,
    pub act_decision: Option<String>,
    pub act_notes: String,
    pub started_on: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportMeasure {
    pub id: i64,
    pub project_id: i64,
    pub project_title: String,
    pub name: String,
    pub kind: String,
    pub unit: String,
    pub chart: String,
    pub target: Option<f64>,
    /// Which way is better: `up` or `down`.
    pub direction: String,
    pub points: Vec<ExportPoint>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportPoint {
    pub period: String,
    pub value: Option<f64>,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    pub phase: i64,
    pub note: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportDecision {
    pub id: i64,
    pub meeting_id: Option<i64>,
    pub title: String,
    /// `round` (a consensus round) or `noted` (written in the minutes).
    pub method: String,
    pub anonymous: bool,
    pub closed_on: Option<String>,
    pub outcome: Option<String>,
    pub outcome_label: Option<String>,
    pub outcome_text: String,
    pub fallback_text: String,
    pub tally: Vec<TallyRow>,
    pub stances: Vec<ExportStance>,
}

/// A stance in a closed round. `name` is always `None` in an anonymous round.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportStance {
    pub name: Option<String>,
    pub stance: String,
    pub reason: String,
    pub behaviour: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportP2p {
    /// The level the latest approved assessment gives under the criteria in force.
    pub current_level: u8,
    /// The rating of each quarter (the latest approved month of it), oldest first.
    pub quarters: Vec<ExportQuarter>,
    /// Every approved monthly assessment, oldest first.
    pub assessments: Vec<ExportAssessment>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportQuarter {
    pub quarter: String,
    pub level: i64,
    pub month: String,
    /// Ids of the criteria it was missing for the next level.
    pub missing_criteria: Vec<i64>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExportAssessment {
    pub assessment_id: i64,
    pub month: String,
    pub level: i64,
    pub approved_on: String,
}

/// The whole export of a team, if `user` may read the team.
pub async fn team_export(state: &AppState, user: &User, team_id: i64) -> AppResult<TeamExport> {
    let work = authz::team_work(state, user, team_id).await?;
    let store = &state.store;
    let team = &work.view.team;

    let roster = work
        .roster
        .iter()
        .map(|e| ExportRosterEntry {
            person_id: e.person_id,
            name: e.name.clone(),
            role: e.role.clone(),
            side: e.side.clone(),
            job_title: e.job_title.clone(),
            union_local: e.local_name.clone(),
        })
        .collect();

    let projects = store.team_all_projects(team_id).await?;
    let titles: HashMap<i64, String> = projects.iter().map(|p| (p.id, p.title.clone())).collect();
    let title_of = |id: i64| titles.get(&id).cloned().unwrap_or_default();
    let cycles = store
        .team_all_cycles(team_id)
        .await?
        .into_iter()
        .map(|c| ExportCycle {
            id: c.id,
            project_id: c.project_id,
            project_title: title_of(c.project_id),
            number: c.number,
            change_idea: c.change_idea,
            question: c.question,
            prediction: c.prediction,
            change_kind: c.change_kind,
            do_notes: c.do_notes,
            study_notes: c.study_notes,
            act_decision: c.act_decision,
            act_notes: c.act_notes,
            started_on: c.started_on,
        })
        .collect();
    let mut points: HashMap<i64, Vec<ExportPoint>> = HashMap::new();
    for p in store.team_all_points(team_id).await? {
        points.entry(p.measure_id).or_default().push(ExportPoint {
            period: p.period,
            value: p.value,
            numerator: p.numerator,
            denominator: p.denominator,
            phase: p.phase,
            note: p.note,
        });
    }
    let measures = store
        .team_all_measures(team_id)
        .await?
        .into_iter()
        .map(|m| ExportMeasure {
            points: points.remove(&m.id).unwrap_or_default(),
            id: m.id,
            project_id: m.project_id,
            project_title: title_of(m.project_id),
            name: m.name,
            kind: m.kind,
            unit: m.unit,
            chart: m.chart,
            target: m.target,
            direction: m.direction,
        })
        .collect();
    let projects = projects
        .into_iter()
        .map(|p| ExportProject {
            id: p.id,
            title: p.title,
            status: p.status,
            description: p.description,
            aim_what: p.aim_what,
            aim_how_much: p.aim_how_much,
            aim_by_when: p.aim_by_when,
            compass: p.compass,
            scope_topic: p.scope_topic,
            created_on: iso_date(p.created_at),
        })
        .collect();

    let mut decisions_out = Vec::new();
    let mut attendance: HashMap<i64, Vec<i64>> = HashMap::new();
    let closed = store
        .team_closed_decisions(team_id, DECISIONS_LIMIT)
        .await?;
    let ids: Vec<i64> = closed.iter().map(|p| p.id).collect();
    let mut stances = store.stances_of(&ids).await?;
    for proposal in closed {
        // Closed only: the store's query says so, and this makes sure of it.
        if proposal.is_open() {
            continue;
        }
        let present = match proposal.meeting_id {
            Some(meeting) => match attendance.get(&meeting) {
                Some(present) => present.clone(),
                None => {
                    let present = store.attendance(meeting).await?;
                    attendance.insert(meeting, present.clone());
                    present
                }
            },
            None => Vec::new(),
        };
        let people = decisions::participants_among(&work, &present);
        let rows = stances.remove(&proposal.id).unwrap_or_default();
        let view = decisions::view_of_round(user, &work, &proposal, people, &rows);
        if !view.results_visible && proposal.method == "round" {
            continue;
        }
        decisions_out.push(ExportDecision {
            id: view.id,
            meeting_id: view.meeting_id,
            title: view.title,
            method: view.method,
            anonymous: view.anonymous,
            closed_on: proposal.closed_at.map(iso_date),
            outcome: view.outcome,
            outcome_label: view.outcome_label,
            outcome_text: view.outcome_text,
            fallback_text: view.fallback_text,
            tally: view.tally.unwrap_or_default(),
            stances: view
                .stances
                .unwrap_or_default()
                .into_iter()
                .map(|s| ExportStance {
                    // Belt and braces: the view names nobody in an anonymous round.
                    name: if view.anonymous { None } else { s.name },
                    stance: s.stance,
                    reason: s.reason,
                    behaviour: s.behaviour,
                })
                .collect(),
        });
    }

    let standing = crate::p2p::standing(state, team_id).await?;
    let quarters = store
        .team_quarter_levels(team_id)
        .await?
        .into_iter()
        .map(export_quarter)
        .collect();
    let assessments = store
        .p2p_history(team_id)
        .await?
        .into_iter()
        .map(|h| ExportAssessment {
            assessment_id: h.assessment_id,
            month: h.month,
            level: h.level,
            approved_on: iso_date(h.decided_at),
        })
        .collect();

    Ok(TeamExport {
        exported_on: iso_date(lmp_store::now()),
        team: ExportTeam {
            id: team.id,
            name: team.name.clone(),
            region: team.region_name.clone(),
            facility: team.facility_name.clone(),
            department: team.department_name.clone(),
            purpose: team.purpose.clone(),
        },
        roster,
        projects,
        cycles,
        measures,
        decisions: decisions_out,
        p2p: ExportP2p {
            current_level: standing.level,
            quarters,
            assessments,
        },
    })
}

fn export_quarter(q: QuarterLevel) -> ExportQuarter {
    ExportQuarter {
        missing_criteria: q
            .missing
            .split(',')
            .filter_map(|id| id.trim().parse().ok())
            .collect(),
        quarter: q.quarter,
        level: q.level,
        month: q.month,
    }
}

/// The CSV files of an export, one per section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Roster,
    Projects,
    Cycles,
    Measures,
    Decisions,
    Stances,
    Quarters,
    Assessments,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Roster,
        Section::Projects,
        Section::Cycles,
        Section::Measures,
        Section::Decisions,
        Section::Stances,
        Section::Quarters,
        Section::Assessments,
    ];

    /// The name in `?section=` and in the file name.
    pub fn code(self) -> &'static str {
        match self {
            Section::Roster => "roster",
            Section::Projects => "projects",
            Section::Cycles => "cycles",
            Section::Measures => "measures",
            Section::Decisions => "decisions",
            Section::Stances => "stances",
            Section::Quarters => "p2p-quarters",
            Section::Assessments => "p2p-assessments",
        }
    }

    pub fn parse(code: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A cell a spreadsheet will not run: text starting with `=`, `+`, `-`, `@` (or a tab or
/// carriage return, which some spreadsheets skip before looking) gets a leading apostrophe.
/// Numbers are written by [`num`], never through here, so a negative value stays a number.
pub fn cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

fn num(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn opt(value: &Option<String>) -> String {
    cell(value.as_deref().unwrap_or(""))
}

/// One section of the export as a CSV file (RFC 4180: quoted where needed, CRLF line ends),
/// with a header row.
pub fn section_csv(export: &TeamExport, section: Section) -> AppResult<String> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut row = |fields: Vec<String>| -> AppResult<()> {
        out.write_record(&fields)
            .map_err(|e| AppError::Internal(format!("writing the CSV: {e}")))
    };
    let header = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    match section {
        Section::Roster => {
            row(header(&[
                "person_id",
                "name",
                "role",
                "side",
                "job_title",
                "union_local",
            ]))?;
            for e in &export.roster {
                row(vec![
                    e.person_id.to_string(),
                    cell(&e.name),
                    cell(&e.role),
                    cell(&e.side),
                    cell(&e.job_title),
                    opt(&e.union_local),
                ])?;
            }
        }
        Section::Projects => {
            row(header(&[
                "project_id",
                "title",
                "status",
                "description",
                "aim_what",
                "aim_how_much",
                "aim_by_when",
                "compass",
                "scope_topic",
                "created_on",
            ]))?;
            for p in &export.projects {
                row(vec![
                    p.id.to_string(),
                    cell(&p.title),
                    cell(&p.status),
                    cell(&p.description),
                    cell(&p.aim_what),
                    cell(&p.aim_how_much),
                    cell(&p.aim_by_when),
                    cell(&p.compass),
                    opt(&p.scope_topic),
                    cell(&p.created_on),
                ])?;
            }
        }
        Section::Cycles => {
            row(header(&[
                "cycle_id",
                "project_id",
                "project_title",
                "number",
                "change_idea",
                "question",
                "prediction",
                "change_kind",
                "do_notes",
                "study_notes",
                "act_decision",
                "act_notes",
                "started_on",
            ]))?;
            for c in &export.cycles {
                row(vec![
                    c.id.to_string(),
                    c.project_id.to_string(),
                    cell(&c.project_title),
                    c.number.to_string(),
                    cell(&c.change_idea),
                    cell(&c.question),
                    cell(&c.prediction),
                    cell(&c.change_kind),
                    cell(&c.do_notes),
                    cell(&c.study_notes),
                    opt(&c.act_decision),
                    cell(&c.act_notes),
                    cell(&c.started_on),
                ])?;
            }
        }
        Section::Measures => {
            // One row per data point; a measure without data has one row with empty data.
            row(header(&[
                "measure_id",
                "project_id",
                "project_title",
                "measure",
                "kind",
                "unit",
                "chart",
                "target",
                "direction",
                "period",
                "value",
                "numerator",
                "denominator",
                "phase",
                "note",
            ]))?;
            for m in &export.measures {
                let measure = vec![
                    m.id.to_string(),
                    m.project_id.to_string(),
                    cell(&m.project_title),
                    cell(&m.name),
                    cell(&m.kind),
                    cell(&m.unit),
                    cell(&m.chart),
                    num(m.target),
                    cell(&m.direction),
                ];
                if m.points.is_empty() {
                    let mut fields = measure.clone();
                    fields.extend(std::iter::repeat_n(String::new(), 6));
                    row(fields)?;
                }
                for p in &m.points {
                    let mut fields = measure.clone();
                    fields.extend([
                        cell(&p.period),
                        num(p.value),
                        num(p.numerator),
                        num(p.denominator),
                        p.phase.to_string(),
                        cell(&p.note),
                    ]);
                    row(fields)?;
                }
            }
        }
        Section::Decisions => {
            row(header(&[
                "decision_id",
                "meeting_id",
                "title",
                "method",
                "anonymous",
                "closed_on",
                "outcome",
                "outcome_text",
                "fallback_text",
                "tally",
            ]))?;
            for d in &export.decisions {
                let tally = d
                    .tally
                    .iter()
                    .filter(|t| t.count > 0)
                    .map(|t| format!("{} {}", t.stance, t.count))
                    .collect::<Vec<_>>()
                    .join("; ");
                row(vec![
                    d.id.to_string(),
                    d.meeting_id.map(|m| m.to_string()).unwrap_or_default(),
                    cell(&d.title),
                    cell(&d.method),
                    if d.anonymous { "yes" } else { "no" }.to_string(),
                    opt(&d.closed_on),
                    opt(&d.outcome),
                    cell(&d.outcome_text),
                    cell(&d.fallback_text),
                    cell(&tally),
                ])?;
            }
        }
        Section::Stances => {
            // Anonymous rounds: the name column stays empty.
            row(header(&[
                "decision_id",
                "decision_title",
                "name",
                "stance",
                "reason",
                "behaviour",
            ]))?;
            for d in &export.decisions {
                for s in &d.stances {
                    row(vec![
                        d.id.to_string(),
                        cell(&d.title),
                        if d.anonymous {
                            String::new()
                        } else {
                            opt(&s.name)
                        },
                        cell(&s.stance),
                        cell(&s.reason),
                        cell(&s.behaviour),
                    ])?;
                }
            }
        }
        Section::Quarters => {
            row(header(&["quarter", "level", "month", "missing_criteria"]))?;
            for q in &export.p2p.quarters {
                row(vec![
                    cell(&q.quarter),
                    q.level.to_string(),
                    cell(&q.month),
                    q.missing_criteria
                        .iter()
                        .map(i64::to_string)
                        .collect::<Vec<_>>()
                        .join(" "),
                ])?;
            }
        }
        Section::Assessments => {
            row(header(&["assessment_id", "month", "level", "approved_on"]))?;
            for a in &export.p2p.assessments {
                row(vec![
                    a.assessment_id.to_string(),
                    cell(&a.month),
                    a.level.to_string(),
                    cell(&a.approved_on),
                ])?;
            }
        }
    }
    let bytes = out
        .into_inner()
        .map_err(|e| AppError::Internal(format!("writing the CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| AppError::Internal(format!("writing the CSV: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn export() -> TeamExport {
        TeamExport {
            exported_on: "2026-12-06".into(),
            team: ExportTeam {
                id: 1,
                name: "Pharmacy".into(),
                region: "North".into(),
                facility: "Clinic".into(),
                department: "Pharmacy".into(),
                purpose: String::new(),
            },
            roster: vec![ExportRosterEntry {
                person_id: 7,
                name: "=HYPERLINK(\"http://x\")".into(),
                role: "member".into(),
                side: "labor".into(),
                job_title: "Tech, senior \"lead\"".into(),
                union_local: None,
            }],
            projects: Vec::new(),
            cycles: Vec::new(),
            measures: vec![ExportMeasure {
                id: 3,
                project_id: 2,
                project_title: "+Fewer waits".into(),
                name: "Minutes".into(),
                kind: "outcome".into(),
                unit: "min".into(),
                chart: "run".into(),
                target: Some(-1.5),
                direction: "down".into(),
                points: vec![ExportPoint {
                    period: "2026-11".into(),
                    value: Some(-2.0),
                    numerator: None,
                    denominator: None,
                    phase: 0,
                    note: "@noon\nline two".into(),
                }],
            }],
            decisions: vec![ExportDecision {
                id: 9,
                meeting_id: None,
                title: "Rota".into(),
                method: "round".into(),
                anonymous: true,
                closed_on: Some("2026-11-30".into()),
                outcome: Some("consensus".into()),
                outcome_label: None,
                outcome_text: String::new(),
                fallback_text: String::new(),
                tally: Vec::new(),
                stances: vec![ExportStance {
                    name: Some("Should Not Show".into()),
                    stance: "support".into(),
                    reason: "-fine".into(),
                    behaviour: String::new(),
                }],
            }],
            p2p: ExportP2p {
                current_level: 1,
                quarters: Vec::new(),
                assessments: Vec::new(),
            },
        }
    }

    #[test]
    fn formulas_are_defused_and_numbers_stay_numbers() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("+44 20"), "'+44 20");
        assert_eq!(cell("-x"), "'-x");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("Plain = text"), "Plain = text");
        assert_eq!(cell(""), "");
        assert_eq!(num(Some(-1.5)), "-1.5");
    }

    #[test]
    fn sections_are_rfc_4180_with_quoting_and_crlf() {
        let roster = section_csv(&export(), Section::Roster).unwrap();
        assert_eq!(
            roster,
            "person_id,name,role,side,job_title,union_local\r\n\
             7,\"'=HYPERLINK(\"\"http://x\"\")\",member,labor,\"Tech, senior \"\"lead\"\"\",\r\n"
        );
        let measures = section_csv(&export(), Section::Measures).unwrap();
        let mut reader = csv::Reader::from_reader(measures.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][2], "'+Fewer waits");
        assert_eq!(&rows[0][7], "-1.5");
        assert_eq!(&rows[0][10], "-2");
        assert_eq!(&rows[0][14], "'@noon\nline two");
    }

    #[test]
    fn anonymous_stances_never_carry_a_name() {
        let stances = section_csv(&export(), Section::Stances).unwrap();
        assert!(!stances.contains("Should Not Show"), "{stances}");
        assert!(stances.contains("9,Rota,,support,'-fine,"), "{stances}");
    }

    #[test]
    fn every_section_has_a_code_that_reads_back() {
        for section in Section::ALL {
            assert_eq!(Section::parse(section.code()), Some(section));
        }
        assert_eq!(Section::parse("people"), None);
    }
}
