//! The store against real databases: SQLite always, PostgreSQL whenever a server answers
//! (CI sets LMP_TEST_REQUIRE_POSTGRES=1 so it cannot be skipped there).

use lmp_domain::{PageRequest, Side, TeamRole};
use lmp_store::demo::Scale;
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
