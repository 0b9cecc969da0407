//! The store against real databases: SQLite always, PostgreSQL whenever a server answers
//! (CI sets LMP_TEST_REQUIRE_POSTGRES=1 so it cannot be skipped there).

use lmp_domain::p2p::period::Month;
use lmp_domain::p2p::{level_held, Criterion};
use lmp_domain::{PageRequest, Side, TeamRole};
use lmp_store::demo::Scale;
use lmp_store::p2p::rollup::RollupScope;
use lmp_store::p2p::CriterionRow;
use lmp_store::teams::TeamFilter;
use lmp_store::{Store, StoreError};

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
