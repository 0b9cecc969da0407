//! The printable one-page team summary (`/teams/{id}/summary`): who leads and sponsors the
//! team, its Path to Performance level and what is missing for the next, active projects with
//! their latest measure trend, recent decisions and the open task count. Laid out for a wall or
//! a sponsor meeting by the print rules in `app.css` (`.team-summary`).

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use lmp_domain::calendar::iso_date;
use lmp_domain::{Side, TeamRole};
use lmp_store::team_records::TeamPoint;

use super::render;
use crate::auth::{CurrentUser, Session};
use crate::authz;
use crate::error::AppResult;
use crate::extract::Path;
use crate::i18n::{self, Arg};
use crate::names;
use crate::state::AppState;
use crate::views::Layout;

/// How many recent decisions the summary lists.
const RECENT_DECISIONS: i64 = 5;

/// Which way a measure's latest point moved from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// Only one point so far.
    First,
    Same,
    Better,
    Worse,
}

impl Trend {
    pub fn message_id(self) -> &'static str {
        match self {
            Trend::First => "summary-trend-first",
            Trend::Same => "summary-trend-same",
            Trend::Better => "summary-trend-better",
            Trend::Worse => "summary-trend-worse",
        }
    }
}

/// A point's value: the value written, or the numerator over the denominator.
fn point_value(p: &TeamPoint) -> Option<f64> {
    p.value.or(match (p.numerator, p.denominator) {
        (Some(n), Some(d)) if d != 0.0 => Some(n / d),
        _ => None,
    })
}

/// The latest value of a measure (points in period order) and its trend, where `direction`
/// (`up` or `down`) says which way is better. `None` without any value.
pub fn latest_trend(points: &[&TeamPoint], direction: &str) -> Option<(f64, String, Trend)> {
    let mut values = points
        .iter()
        .filter_map(|p| point_value(p).map(|v| (v, p.period.clone())))
        .rev();
    let (last, period) = values.next()?;
    let trend = match values.next() {
        None => Trend::First,
        Some((before, _)) if (last - before).abs() < f64::EPSILON => Trend::Same,
        Some((before, _)) => {
            if (last > before) == (direction == "up") {
                Trend::Better
            } else {
                Trend::Worse
            }
        }
    };
    Some((last, period, trend))
}

/// A number as people read it: at most two decimals, no trailing zeros.
fn shown(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

struct ProjectLine {
    id: i64,
    title: String,
    aim: String,
    /// "Minutes waited: 12 min (Nov 2026), better than before" in the reader's language.
    trend: Option<String>,
}

struct DecisionLine {
    title: String,
    date: String,
    outcome: String,
}

#[derive(Template)]
#[template(path = "team_summary.html")]
struct SummaryPage {
    layout: Layout,
    team_id: i64,
    team_name: String,
    place: String,
    co_leads: Vec<(String, String)>,
    sponsors: Vec<(String, String)>,
    level: u8,
    level_name: &'static str,
    /// Each dimension with the criteria still missing for the next level.
    missing: Vec<(&'static str, Vec<String>)>,
    projects: Vec<ProjectLine>,
    decisions: Vec<DecisionLine>,
    open_tasks: i64,
    printed_on: String,
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(team_id): Path<i64>,
) -> AppResult<Response> {
    let (view, roster) = authz::read_team_with_roster(&state, &user, team_id).await?;
    let lang = session.lang;
    let mut co_leads = Vec::new();
    let mut sponsors = Vec::new();
    for entry in &roster {
        match entry.team_role() {
            Some(role @ TeamRole::CoLead(_)) => {
                co_leads.push((entry.name.clone(), names::team_role(lang, role)))
            }
            Some(role @ TeamRole::Sponsor(_)) => {
                sponsors.push((entry.name.clone(), names::team_role(lang, role)))
            }
            _ => {}
        }
    }

    let standing = crate::p2p::standing(&state, team_id).await?;
    let missing = standing
        .missing
        .iter()
        .map(|(d, list)| (d.label(), list.iter().map(|c| c.text.clone()).collect()))
        .collect();

    let store = &state.store;
    let active: Vec<_> = store
        .team_all_projects(team_id)
        .await?
        .into_iter()
        .filter(|p| p.status == "active")
        .collect();
    let measures = store.team_all_measures(team_id).await?;
    let points = store.team_all_points(team_id).await?;
    let mut by_measure: HashMap<i64, Vec<&TeamPoint>> = HashMap::new();
    for p in &points {
        by_measure.entry(p.measure_id).or_default().push(p);
    }
    let projects = active
        .into_iter()
        .map(|p| {
            // The project's first measure that has data.
            let trend = measures
                .iter()
                .filter(|m| m.project_id == p.id)
                .find_map(|m| {
                    let list = by_measure.get(&m.id)?;
                    let (value, period, trend) = latest_trend(list, &m.direction)?;
                    let value = if m.unit.is_empty() {
                        shown(value)
                    } else {
                        format!("{} {}", shown(value), m.unit)
                    };
                    Some(i18n::message(
                        lang,
                        "summary-measure-latest",
                        &[
                            ("name", Arg::Text(&m.name)),
                            ("value", Arg::Text(&value)),
                            ("period", Arg::Text(&period)),
                            (
                                "trend",
                                Arg::Text(&i18n::message(lang, trend.message_id(), &[])),
                            ),
                        ],
                    ))
                });
            let aim = [
                p.aim_what.trim(),
                p.aim_how_much.trim(),
                p.aim_by_when.trim(),
            ]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · ");
            ProjectLine {
                id: p.id,
                title: p.title,
                aim,
                trend,
            }
        })
        .collect();

    let decisions = store
        .team_closed_decisions(team_id, RECENT_DECISIONS)
        .await?
        .into_iter()
        .map(|d| {
            let outcome = match d.outcome.as_deref() {
                Some("fallback") => {
                    let side = Side::parse(&d.decider).unwrap_or(Side::Management);
                    i18n::message(
                        lang,
                        "outcome-fallback",
                        &[("name", Arg::Text(&names::side(lang, side)))],
                    )
                }
                Some(code @ ("consensus" | "no_consensus" | "withdrawn" | "noted")) => {
                    i18n::message(lang, &format!("outcome-{code}"), &[])
                }
                _ => String::new(),
            };
            DecisionLine {
                title: d.title,
                date: d.closed_at.map(iso_date).unwrap_or_default(),
                outcome,
            }
        })
        .collect();

    let open_tasks = store.team_open_task_count(team_id).await?;
    let team = view.team;
    render(&SummaryPage {
        layout: Layout::new(
            &session,
            i18n::message(lang, "summary-title", &[("name", Arg::Text(&team.name))]),
            "teams",
        ),
        team_id,
        place: format!(
            "{} · {} · {}",
            team.region_name, team.facility_name, team.department_name
        ),
        team_name: team.name,
        co_leads,
        sponsors,
        level: standing.level,
        level_name: lmp_domain::p2p::level_name(standing.level),
        missing,
        projects,
        decisions,
        open_tasks,
        printed_on: iso_date(lmp_store::now()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(period: &str, value: Option<f64>, n: Option<f64>, d: Option<f64>) -> TeamPoint {
        TeamPoint {
            measure_id: 1,
            period: period.into(),
            value,
            numerator: n,
            denominator: d,
            phase: 0,
            note: String::new(),
        }
    }

    #[test]
    fn the_trend_compares_the_last_two_values_the_better_way() {
        let a = point("2026-09", Some(15.0), None, None);
        let b = point("2026-10", Some(12.0), None, None);
        let c = point("2026-11", None, None, None);
        let list = vec![&a, &b, &c];
        assert_eq!(
            latest_trend(&list, "down"),
            Some((12.0, "2026-10".into(), Trend::Better))
        );
        assert_eq!(
            latest_trend(&list, "up"),
            Some((12.0, "2026-10".into(), Trend::Worse))
        );
        assert_eq!(
            latest_trend(&[&a], "down"),
            Some((15.0, "2026-09".into(), Trend::First))
        );
        let same = point("2026-10", Some(15.0), None, None);
        assert_eq!(latest_trend(&[&a, &same], "up").unwrap().2, Trend::Same);
        assert_eq!(latest_trend(&[&c], "up"), None);
        // A proportion counts as numerator over denominator.
        let p = point("2026-12", None, Some(3.0), Some(4.0));
        assert_eq!(latest_trend(&[&p], "up").unwrap().0, 0.75);
    }

    #[test]
    fn numbers_show_at_most_two_decimals() {
        assert_eq!(shown(12.0), "12");
        assert_eq!(shown(0.75), "0.75");
        assert_eq!(shown(1.0 / 3.0), "0.33");
        assert_eq!(shown(-2.5), "-2.5");
    }
}
