//! The store against real databases: SQLite always, PostgreSQL whenever a server answers
//! (CI sets LMP_TEST_REQUIRE_POSTGRES=1 so it cannot be skipped there).

use lmp_domain::improvement::data::{self, Layout};
use lmp_domain::improvement::pdsa::{self, ActDecision, ChangeKind, Stage};
use lmp_domain::improvement::project::{can_start, is_date, Aim, ProjectStatus};
use lmp_domain::improvement::scope::ScopeTopic;
use lmp_domain::improvement::CompassPoint;
use lmp_domain::p2p::period::Month;
use lmp_domain::p2p::{level_held, Criterion};
use lmp_domain::qi::{self, ChartKind, Observation};
use lmp_domain::{PageRequest, Side, TeamRole};
use lmp_store::demo::Scale;
use lmp_store::improvement::{CycleInput, Point, PointInput};
use lmp_store::p2p::rollup::RollupScope;
use lmp_store::p2p::CriterionRow;
use lmp_store::teams::TeamFilter;
use lmp_store::testing::{count, TestDatabase};
use lmp_store::{Backend, Store, StoreError};

macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let db = lmp_store::testing::TestDatabase::sqlite().await;
                super::$name(db.open().await.expect("open sqlite")).await;
            })*
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let Some(db) = lmp_store::testing::TestDatabase::postgres().await else { return };
                super::$name(db.open().await.expect("open postgres")).await;
            })*
        }
    };
}

on_both_databases!(
    the_small_demo_loads_and_the_directory_filters_it,
    a_person_cannot_hold_the_same_role_twice_in_a_team,
    migrations_can_run_again_without_harm,
    sessions_expire_and_are_stored_hashed,
    the_small_demo_has_path_to_performance_history,
    the_small_demo_has_improvement_work_the_app_can_read,
    the_showcase_team_has_rich_projects_and_a_practice_adopted_twice,
    the_same_seed_makes_the_same_improvement_work,
    the_search_source_read_a_page_at_a_time_is_the_whole_source,
    a_notice_found_again_is_recorded_once,
);

async fn demo(store: &Store) {
    store
        .load_demo(Scale::Small, 42, "not-a-real-hash", &|_, _| {})
        .await
        .expect("demo loads");
}

async fn the_small_demo_loads_and_the_directory_filters_it(store: Store) {
    demo(&store).await;
    let all = store
        .team_directory(&TeamFilter::default(), PageRequest::new(None, Some(10)))
        .await
        .unwrap();
    assert_eq!(all.total, 40);
    assert_eq!(all.items.len(), 10);
    assert!(all.items.iter().all(|t| t.people_count > 0));

    let org = store.org_tree().await.unwrap();
    let region = &org.regions[0];
    let in_region = store
        .team_directory(
            &TeamFilter {
                region_id: Some(region.id),
                ..Default::default()
            },
            PageRequest::new(None, Some(200)),
        )
        .await
        .unwrap();
    assert!(in_region.total > 0 && in_region.total < 40);
    assert!(in_region.items.iter().all(|t| t.region_id == region.id));

    let pharmacy = store
        .team_directory(
            &TeamFilter {
                text: "PHARM".into(),
                ..Default::default()
            },
            PageRequest::new(None, None),
        )
        .await
        .unwrap();
    assert!(pharmacy.total > 0);
    assert!(pharmacy
        .items
        .iter()
        .all(|t| t.name.to_lowercase().contains("pharm")
            || t.department_name.to_lowercase().contains("pharm")));

    let local = org.locals[0].id;
    let with_local = store
        .team_directory(
            &TeamFilter {
                local_id: Some(local),
                ..Default::default()
            },
            PageRequest::new(None, Some(200)),
        )
        .await
        .unwrap();
    for team in &with_local.items {
        let roster = store.roster(team.id).await.unwrap();
        assert!(roster
            .iter()
            .any(|e| e.local_name.as_deref() == Some(org.locals[0].name.as_str())));
    }

    // A second load into the same database is refused rather than doubling the organisation.
    assert!(matches!(
        store.load_demo(Scale::Small, 42, "x", &|_, _| {}).await,
        Err(StoreError::Config(_))
    ));
}

async fn a_person_cannot_hold_the_same_role_twice_in_a_team(store: Store) {
    demo(&store).await;
    let member = store
        .person_by_email("member@example.org")
        .await
        .unwrap()
        .unwrap();
    let memberships = store.memberships(member.id).await.unwrap();
    assert_eq!(memberships.len(), 1);
    let team_id = memberships[0].team_id;
    assert_eq!(memberships[0].roles, vec![TeamRole::Member]);
    let again = store.add_role(team_id, member.id, TeamRole::Member).await;
    assert!(
        matches!(again, Err(StoreError::Conflict { .. })),
        "{again:?}"
    );
    let champion = store
        .add_role(team_id, member.id, TeamRole::SafetyChampion)
        .await
        .unwrap();
    assert_eq!(
        store.roles_in_team(team_id, member.id).await.unwrap().len(),
        2
    );
    store.remove_role(champion).await.unwrap();
    assert!(matches!(
        store.remove_role(champion).await,
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(
        store
            .count_role(team_id, TeamRole::CoLead(Side::Labor))
            .await
            .unwrap(),
        1
    );
}

async fn migrations_can_run_again_without_harm(store: Store) {
    store.migrate().await.unwrap();
    assert!(store.is_empty().await.unwrap());
    let id = store.create_region("Test Region").await.unwrap();
    assert!(id > 0);
    assert!(matches!(
        store.create_region("Test Region").await,
        Err(StoreError::Conflict { .. })
    ));
}

async fn sessions_expire_and_are_stored_hashed(store: Store) {
    demo(&store).await;
    let person = store
        .person_by_email("colead@example.org")
        .await
        .unwrap()
        .unwrap();
    store
        .create_session("secret-token", person.id, 3600)
        .await
        .unwrap();
    store
        .create_session("old-token", person.id, -1)
        .await
        .unwrap();
    assert_eq!(
        store.session_person("secret-token").await.unwrap(),
        Some(person.id)
    );
    assert_eq!(store.session_person("old-token").await.unwrap(), None);
    let stored: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE token_hash = 'secret-token'")
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert_eq!(stored, 0, "the token itself is never stored");
    assert_eq!(store.delete_expired_sessions().await.unwrap(), 1);
    store.delete_session("secret-token").await.unwrap();
    assert_eq!(store.session_person("secret-token").await.unwrap(), None);
}

async fn the_small_demo_has_path_to_performance_history(store: Store) {
    demo(&store).await;
    let now = lmp_store::now();
    let month = Month::from_unix(now);
    let quarter = month.quarter();
    let ratings = store
        .team_ratings(
            RollupScope::National,
            &quarter.code(),
            &quarter.previous().code(),
        )
        .await
        .unwrap();
    assert_eq!(ratings.len(), 40);
    let stale = store
        .stale_teams(
            RollupScope::National,
            now - 90 * 86_400,
            PageRequest::new(None, Some(200)),
        )
        .await
        .unwrap();
    assert!(
        stale.total > 0,
        "some teams have nothing approved in 90 days"
    );
    let stale_ids: Vec<i64> = stale.items.iter().map(|t| t.id).collect();
    for rating in &ratings {
        assert!(
            rating.previous.is_some() || stale_ids.contains(&rating.team_id),
            "team {} has no rating last quarter and is not stale",
            rating.team_id
        );
    }
    let rated: Vec<i64> = ratings.iter().filter_map(|r| r.previous).collect();
    let middle = rated.iter().filter(|l| (2..=4).contains(*l)).count();
    assert!(
        middle * 2 > rated.len(),
        "most teams at levels 2 to 4: {rated:?}"
    );

    // The current month is left for the browser tests to open.
    assert!(store
        .assessment_for_month(1, month)
        .await
        .unwrap()
        .is_none());

    let year = store.current_p2p_year().await.unwrap();
    let criteria: Vec<Criterion> = store
        .p2p_criteria(year.id)
        .await
        .unwrap()
        .iter()
        .filter_map(CriterionRow::to_domain)
        .collect();
    let latest = store
        .latest_assessment(1, Some("approved"))
        .await
        .unwrap()
        .expect("the showcase team has an approved assessment");
    let answers = store.answers(latest.id).await.unwrap();
    let met = |id: i64| answers.iter().any(|a| a.criterion_id == id && a.met == 1);
    assert_eq!(
        latest.level,
        Some(i64::from(level_held(&criteria, met))),
        "the stored level is the one its answers give"
    );
    let sign_offs = store.sign_offs(latest.id).await.unwrap();
    assert!(sign_offs.len() >= 2 && sign_offs.iter().all(|s| s.decision == "approve"));
    let check_ins = store
        .check_ins(1, PageRequest::new(None, None))
        .await
        .unwrap();
    assert!(check_ins.total > 0);

    // New rows get fresh ids after the bulk load (PostgreSQL sequences were moved past it),
    // and the current month opens with the latest answers carried over.
    let opened = store.open_assessment(1, year.id, month).await.unwrap();
    assert!(opened.id > latest.id);
    assert_eq!(store.answers(opened.id).await.unwrap().len(), answers.len());
    let sponsor = sign_offs[0].person_id;
    store
        .record_sign_off(opened.id, sponsor, Side::Management, "approve", "")
        .await
        .unwrap();
    store
        .add_check_in(1, &format!("{}-01", month.code()), sponsor, "", sponsor)
        .await
        .unwrap();
}

/// The points of a measure as the CSV people paste, checked by the same parser as their data.
fn points_csv(points: &[Point], kind: ChartKind) -> String {
    let ratio = kind.needs_denominator();
    let mut csv = if ratio {
        String::from("period,numerator,denominator,phase,note\n")
    } else {
        String::from("period,value,phase,note\n")
    };
    let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    for p in points {
        let note = format!("\"{}\"", p.note.replace('"', "\"\""));
        if ratio {
            csv.push_str(&format!(
                "{},{},{},{},{note}\n",
                p.period,
                number(p.numerator),
                number(p.denominator),
                p.phase
            ));
        } else {
            csv.push_str(&format!(
                "{},{},{},{note}\n",
                p.period,
                number(p.value),
                p.phase
            ));
        }
    }
    csv
}

/// The chart of a measure's points, as the measure page computes it.
fn chart_of(kind: ChartKind, points: &[Point]) -> qi::Chart {
    let observations: Vec<Observation> = points
        .iter()
        .map(|p| {
            match (p.numerator, p.denominator) {
                (Some(n), Some(d)) => Observation::ratio(n, d),
                _ => Observation::value(p.value.expect("a value")),
            }
            .with_period(p.period.clone())
            .with_phase(p.phase.to_string())
        })
        .collect();
    qi::compute(
        kind,
        &observations,
        &qi::Options {
            freeze: None,
            ihi: kind == ChartKind::Run,
        },
    )
    .unwrap_or_else(|e| panic!("chart of {} points: {e}", points.len()))
}

/// What a measure's data shows.
struct MeasureCheck {
    points: usize,
    signal: bool,
    annotated: bool,
}

/// Checks that a measure's points parse as pasted data and chart without error.
async fn check_measure(store: &Store, measure: &lmp_store::improvement::Measure) -> MeasureCheck {
    let kind: ChartKind = measure.chart.parse().expect("a chart kind");
    assert!(matches!(
        measure.kind.as_str(),
        "outcome" | "process" | "balancing"
    ));
    assert!(matches!(measure.direction.as_str(), "up" | "down"));
    let points = store.points(measure.id).await.unwrap();
    let parsed = data::parse(&points_csv(&points, kind), Layout::measure(kind));
    assert!(
        parsed.errors.is_empty(),
        "measure {} ({}): {:?}",
        measure.id,
        measure.name,
        parsed.errors
    );
    assert_eq!(parsed.rows.len(), points.len());
    let mut periods: Vec<&str> = points.iter().map(|p| p.period.as_str()).collect();
    periods.dedup();
    assert_eq!(periods.len(), points.len(), "one point per period");
    let chart = chart_of(kind, &points);
    MeasureCheck {
        points: points.len(),
        signal: chart.runs_signal || !chart.outside_limits.is_empty(),
        annotated: points.iter().any(|p| !p.note.is_empty()),
    }
}

async fn the_small_demo_has_improvement_work_the_app_can_read(store: Store) {
    let progress = std::sync::Mutex::new((0, 0));
    let summary = store
        .load_demo(Scale::Small, 42, "not-a-real-hash", &|done, total| {
            *progress.lock().unwrap() = (done, total);
        })
        .await
        .expect("demo loads");
    let (done, total) = *progress.lock().unwrap();
    assert_eq!(done, total, "the progress bar ends full");
    let now = lmp_store::now();
    let counts = summary.improvement;
    for (table, expected) in [
        ("projects", counts.projects),
        ("pdsa_cycles", counts.cycles),
        ("measures", counts.measures),
        ("measure_points", counts.points),
    ] {
        let stored = count(&store, &format!("SELECT COUNT(*) FROM {table}")).await;
        assert_eq!(stored as usize, expected, "{table}");
    }
    // The full demo's proportions: 8 to 9 projects a team, 2 to 5 cycles for each project
    // past the idea stage, one measure for most, 26 to 47 points each.
    let teams = summary.teams;
    assert!(
        (teams * 7..=teams * 10).contains(&counts.projects),
        "{counts:?}"
    );
    assert!(
        (counts.projects * 2..=counts.projects * 4).contains(&counts.cycles),
        "{counts:?}"
    );
    assert!(
        (counts.measures * 26..=counts.measures * 47).contains(&counts.points),
        "{counts:?}"
    );
    for status in ProjectStatus::ALL {
        let n = count(
            &store,
            &format!(
                "SELECT COUNT(*) FROM projects WHERE status = '{}'",
                status.code()
            ),
        )
        .await;
        assert!(n as usize * 30 > counts.projects, "{status:?}: {n}");
    }

    let (mut charts, mut signals, mut annotated, mut adapted, mut recent) = (0, 0, 0, 0, 0);
    for team in 1..=teams as i64 {
        let projects = store
            .team_projects(team, PageRequest::new(None, Some(200)))
            .await
            .unwrap();
        assert_eq!(projects.total as usize, projects.items.len());
        for p in &projects.items {
            let status = ProjectStatus::parse(&p.status).expect("a status");
            let codes = p.compass.split(',').filter(|c| !c.is_empty()).count();
            assert_eq!(
                CompassPoint::parse_list(&p.compass).len(),
                codes,
                "{}",
                p.compass
            );
            let topic = p
                .scope_topic
                .as_deref()
                .map(|t| ScopeTopic::parse(t).expect("a scope topic"));
            assert!(p.aim_by_when.is_empty() || is_date(&p.aim_by_when));
            assert!(p.created_at <= p.updated_at && p.updated_at < now, "{p:?}");
            assert!(p.created_at > now - 3 * 365 * 86_400, "recent: {p:?}");
            let cycles = store.cycles(p.id).await.unwrap();
            let started = status != ProjectStatus::Idea && topic.is_some_and(ScopeTopic::in_scope);
            if started {
                let aim = Aim {
                    what: p.aim_what.clone(),
                    how_much: p.aim_how_much.clone(),
                    by_when: p.aim_by_when.clone(),
                };
                assert!(
                    can_start(&aim, p.scope_confirmed_by.is_some()).is_ok(),
                    "a started project passed the checks for starting: {p:?}"
                );
                assert!(!store.project_owners(p.id).await.unwrap().is_empty());
                assert!((2..=5).contains(&cycles.len()), "{p:?}");
            } else {
                assert!(cycles.is_empty(), "no cycles before a project starts");
                if status == ProjectStatus::Stopped {
                    assert!(
                        topic.is_some_and(|t| !t.in_scope()),
                        "stopped at the scope check"
                    );
                }
            }
            for (i, c) in cycles.iter().enumerate() {
                assert_eq!(c.number, i as i64 + 1);
                assert!(ChangeKind::parse(&c.change_kind).is_some());
                assert!(is_date(&c.started_on), "{}", c.started_on);
                assert!(c.updated_at < now);
                let decision = c
                    .act_decision
                    .as_deref()
                    .map(|d| ActDecision::parse(d).expect("a decision"));
                let stage = pdsa::stage(
                    !c.prediction.is_empty(),
                    !c.do_notes.is_empty(),
                    !c.study_notes.is_empty(),
                    decision,
                );
                if i + 1 < cycles.len() {
                    assert_eq!(stage, Stage::Complete, "only the last cycle is under way");
                }
                assert_eq!(decision.is_some(), stage == Stage::Complete);
                if let Some(follows) = c.follows_id {
                    assert_eq!(Some(follows), i.checked_sub(1).map(|j| cycles[j].id));
                    assert_eq!(cycles[i - 1].act_decision.as_deref(), Some("adapt"));
                    adapted += 1;
                }
                if decision.is_some() && now - c.updated_at <= 90 * 86_400 {
                    recent += 1;
                }
            }
            for m in store.measures(p.id).await.unwrap() {
                assert!(started, "measures belong to started projects");
                let check = check_measure(&store, &m).await;
                assert!((24..=47).contains(&check.points), "{}", check.points);
                charts += 1;
                signals += usize::from(check.signal);
                annotated += usize::from(check.annotated);
            }
        }
    }
    assert_eq!(charts, counts.measures);
    assert!(
        adapted > 0 && recent > 0,
        "{adapted} adapted, {recent} recent"
    );
    // Some series shift after a change; others are stable noise.
    assert!(
        signals * 10 > charts * 3 && signals * 10 < charts * 9,
        "{signals} of {charts} charts signal"
    );
    assert!(annotated * 3 > charts, "{annotated} of {charts} annotated");

    // New rows get fresh ids after the bulk load (PostgreSQL sequences were moved past it).
    let member = store
        .person_by_email("member@example.org")
        .await
        .unwrap()
        .unwrap();
    let idea = store
        .create_idea(1, "After the load", "", member.id)
        .await
        .unwrap();
    assert_eq!(idea as usize, counts.projects + 1);
    let cycle = store
        .create_cycle(
            idea,
            &CycleInput {
                change_idea: "Try it".into(),
                change_kind: "workflow".into(),
                started_on: "2026-01-05".into(),
                ..Default::default()
            },
            member.id,
        )
        .await
        .unwrap();
    assert_eq!(cycle as usize, counts.cycles + 1);
    let measure = store
        .create_measure(idea, "Minutes", "outcome", "", "run", None, "down")
        .await
        .unwrap();
    assert_eq!(measure as usize, counts.measures + 1);
    let point = PointInput {
        period: "2026-W02".into(),
        value: Some(3.0),
        numerator: None,
        denominator: None,
        phase: 1,
        note: String::new(),
    };
    store.save_points(measure, &[point]).await.unwrap();
    assert_eq!(
        store.points(measure).await.unwrap()[0].id as usize,
        counts.points + 1
    );
}

async fn the_showcase_team_has_rich_projects_and_a_practice_adopted_twice(store: Store) {
    demo(&store).await;
    let colead = store
        .person_by_email("colead@example.org")
        .await
        .unwrap()
        .unwrap();
    let team = store.memberships(colead.id).await.unwrap()[0].team_id;
    let projects = store
        .team_projects(team, PageRequest::new(None, None))
        .await
        .unwrap()
        .items;
    let started: Vec<_> = projects.iter().filter(|p| p.status != "idea").collect();
    assert!(started.len() >= 3, "{projects:?}");
    assert!(
        projects.iter().any(|p| p.status == "idea"),
        "and a fresh idea"
    );
    for p in &started {
        assert!(!p.aim_what.is_empty() && p.aim_how_much.chars().any(|c| c.is_ascii_digit()));
        assert!(!p.compass.is_empty() && p.scope_confirmed_by.is_some());
        assert!(store
            .project_owners(p.id)
            .await
            .unwrap()
            .iter()
            .any(|(id, _)| *id == colead.id));
        let cycles = store.cycles(p.id).await.unwrap();
        assert!(cycles.len() >= 3, "{}", p.title);
        assert!(
            cycles.iter().any(|c| c.follows_id.is_some()),
            "{}: an adapted cycle and the next one",
            p.title
        );
        let measures = store.measures(p.id).await.unwrap();
        assert!(!measures.is_empty());
        let check = check_measure(&store, &measures[0]).await;
        assert!(
            (24..=30).contains(&check.points) && check.signal && check.annotated,
            "{}: {} points",
            p.title,
            check.points
        );
    }
    // One cycle is under way: the team is working now.
    assert!(store
        .team_cycle_activity(team)
        .await
        .unwrap()
        .iter()
        .any(|(complete, _)| !complete));
    let facts = store
        .team_facts(team, Month::from_unix(lmp_store::now()))
        .await
        .unwrap();
    let (done, recent) = facts.test_cycles.unwrap();
    assert!(done >= 3 && recent >= 1, "{done} done, {recent} recent");

    let finished = started.iter().find(|p| p.status == "done").unwrap();
    let practice = store
        .practice_of_project(finished.id)
        .await
        .unwrap()
        .expect("the finished project was written up");
    assert_eq!(practice.status, "published");
    assert_eq!(practice.adoptions, 2);
    assert!(!practice.results.is_empty() && !practice.tips.is_empty());
    let library = store
        .published_practices(&Default::default(), PageRequest::new(None, None))
        .await
        .unwrap();
    assert_eq!(library.items[0].id, practice.id);
    assert_eq!(store.practices_spread_or_adopted(team).await.unwrap(), 2);
    let adoptions: Vec<(i64, i64)> =
        sqlx::query_as("SELECT project_id, team_id FROM practice_adoptions ORDER BY id")
            .fetch_all(store.pool())
            .await
            .unwrap();
    assert_eq!(adoptions.len(), 2);
    for (project, other) in adoptions {
        assert_ne!(other, team);
        assert_eq!(store.practices_spread_or_adopted(other).await.unwrap(), 1);
        let (id, title) = store.adopted_from(project).await.unwrap().unwrap();
        assert_eq!((id, title.as_str()), (practice.id, practice.title.as_str()));
        assert_eq!(store.project(project).await.unwrap().team_id, other);
    }
}

/// What a load made, independent of the moment it ran.
async fn improvement_digest(store: &Store) -> Vec<String> {
    let projects: Vec<(i64, i64, String, String, String, Option<String>)> = sqlx::query_as(
        "SELECT id, team_id, title, status, aim_how_much, scope_topic FROM projects ORDER BY id",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    type CycleRow = (i64, i64, i64, Option<i64>, String, Option<String>);
    let cycles: Vec<CycleRow> = sqlx::query_as(
        "SELECT id, project_id, number, follows_id, change_idea, act_decision FROM pdsa_cycles ORDER BY id",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    type PointRow = (i64, i64, Option<f64>, Option<f64>, Option<f64>, i64, String);
    let points: Vec<PointRow> = sqlx::query_as(
        "SELECT id, measure_id, value, numerator, denominator, phase, note FROM measure_points ORDER BY id",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    let mut digest: Vec<String> = projects.iter().map(|r| format!("{r:?}")).collect();
    digest.extend(cycles.iter().map(|r| format!("{r:?}")));
    digest.extend(points.iter().map(|r| format!("{r:?}")));
    digest
}

async fn the_same_seed_makes_the_same_improvement_work(store: Store) {
    demo(&store).await;
    let fresh = || async {
        match store.backend() {
            Backend::Sqlite => TestDatabase::sqlite().await,
            Backend::Postgres => TestDatabase::postgres().await.expect("postgres"),
        }
    };
    let (same_db, other_db) = (fresh().await, fresh().await);
    let same = same_db.open().await.unwrap();
    demo(&same).await;
    let other = other_db.open().await.unwrap();
    other
        .load_demo(Scale::Small, 43, "not-a-real-hash", &|_, _| {})
        .await
        .unwrap();
    let digest = improvement_digest(&store).await;
    assert!(digest.len() > 10_000);
    assert!(
        digest == improvement_digest(&same).await,
        "same seed, same data"
    );
    assert!(
        digest != improvement_digest(&other).await,
        "another seed, other data"
    );
}

/// A full search rebuild reads each kind a page at a time; small pages must add up to exactly
/// the rows read in one go, in id order, none twice, and the counts must agree.
async fn the_search_source_read_a_page_at_a_time_is_the_whole_source(store: Store) {
    use lmp_store::search_source::IndexSource;
    demo(&store).await;
    for which in IndexSource::ALL {
        let whole = match which {
            IndexSource::Projects => store.index_projects(None).await,
            IndexSource::Practices => store.index_practices(None).await,
            IndexSource::Decisions => store.index_decisions(None).await,
            IndexSource::People => store.index_people(None).await,
        }
        .unwrap();
        let mut paged = Vec::new();
        let mut after = i64::MIN;
        loop {
            let page = store.index_page(which, after, 7).await.unwrap();
            assert!(page.len() <= 7);
            let Some(last) = page.last() else { break };
            after = last.id;
            paged.extend(page.into_iter().map(|r| r.id));
        }
        let mut ids: Vec<i64> = whole.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        assert_eq!(paged, ids, "{which:?}");
        assert_eq!(
            store.index_count(which).await.unwrap(),
            ids.len() as i64,
            "{which:?}"
        );
        if which != IndexSource::Decisions {
            assert!(!ids.is_empty(), "the small demo has {which:?}");
        }
    }
}

/// The minute's sweep finds the same notices again and again: each is recorded once, and a new
/// one found beside them still is.
async fn a_notice_found_again_is_recorded_once(store: Store) {
    use lmp_domain::notifications::NoticeKind;
    use lmp_store::notices::FoundNotice;
    demo(&store).await;
    let person = store
        .person_by_email("member@example.org")
        .await
        .expect("query")
        .expect("the demo member");
    let notice = |subject_id: i64, day: &str| FoundNotice {
        person_id: person.id,
        kind: NoticeKind::TaskDue,
        subject_id,
        day: day.to_string(),
        title: format!("Task {subject_id}"),
        detail: String::new(),
        link: format!("/tasks/{subject_id}"),
    };
    let first = [notice(1, "2026-12-06"), notice(2, "2026-12-07")];
    assert_eq!(store.record_notices(&first).await.expect("record"), 2);
    assert_eq!(store.record_notices(&first).await.expect("again"), 0);
    let more = [
        notice(1, "2026-12-06"),
        notice(2, "2026-12-07"),
        notice(3, "2026-12-07"),
    ];
    assert_eq!(
        store.record_notices(&more).await.expect("with a new one"),
        1
    );
    // The same subject on another day is another notice (a task still overdue tomorrow).
    assert_eq!(
        store
            .record_notices(&[notice(1, "2026-12-08")])
            .await
            .expect("next day"),
        1
    );
    assert_eq!(store.record_notices(&[]).await.expect("nothing"), 0);
    let sql = format!(
        "SELECT COUNT(*) FROM notices WHERE person_id = {}",
        person.id
    );
    assert_eq!(count(&store, &sql).await, 4);
}
