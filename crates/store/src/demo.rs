//! The demo organisation: a deterministic, seeded organisation at the reference scale (or a
//! small one for tests), generated in memory and loaded in bulk.
//!
//! Every name here is invented. Five people get known sign-ins (see [`DEMO_ACCOUNTS`]); nobody
//! else has a password.
//!
//! Every team also gets two years of Path to Performance history (quarterly ratings, the
//! answers behind its latest one, sign-offs and sponsor check-ins), so roll-ups, charts and the
//! stale-team list have something to show from the first start.

use std::collections::HashSet;

use lmp_domain::p2p::period::{Month, Quarter};
use lmp_domain::p2p::{level_held, missing_for_next, Criterion};
use lmp_domain::{Side, SiteRole, TeamRole};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::demo_improvement::{self, Crew, Improvement};
use crate::p2p::CriterionRow;
use crate::{now, Backend, Store, StoreError, StoreResult};

pub use crate::demo_improvement::ImprovementCounts;

/// How big a demo organisation to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// The reference organisation: 8 regions, 40 facilities, ~3,700 teams, ~188,000 people.
    Full,
    /// A few teams and a few thousand people, for tests and quick looks.
    Small,
}

impl Scale {
    pub fn parse(name: &str) -> Option<Scale> {
        match name {
            "full" => Some(Scale::Full),
            "small" => Some(Scale::Small),
            _ => None,
        }
    }

    fn shape(self) -> Shape {
        match self {
            Scale::Full => Shape {
                regions: 8,
                facilities_per_region: 5,
                departments_per_facility: 16,
                teams: 3_700,
                labor: 147_000,
                management: 17_000,
                physicians: 24_000,
            },
            Scale::Small => Shape {
                regions: 2,
                facilities_per_region: 2,
                departments_per_facility: 4,
                teams: 40,
                labor: 1_600,
                management: 200,
                physicians: 260,
            },
        }
    }
}

struct Shape {
    regions: usize,
    facilities_per_region: usize,
    departments_per_facility: usize,
    teams: usize,
    labor: usize,
    management: usize,
    physicians: usize,
}

/// A demo sign-in: email, the role it demonstrates.
pub const DEMO_ACCOUNTS: [(&str, &str); 5] = [
    ("admin@example.org", "administrator"),
    ("colead@example.org", "labor co-lead of the showcase team"),
    (
        "sponsor@example.org",
        "management sponsor of the showcase team",
    ),
    ("member@example.org", "member of the showcase team"),
    ("leader@example.org", "leader of the showcase team's region"),
];

/// What a load reports while it works: rows written so far, rows in all.
pub type Progress<'a> = &'a (dyn Fn(u64, u64) + Sync);

/// What was loaded, for the message printed at the end.
#[derive(Debug, Clone)]
pub struct DemoSummary {
    pub regions: usize,
    pub facilities: usize,
    pub teams: usize,
    pub people: usize,
    pub roles: usize,
    pub showcase_team_id: i64,
    /// Projects, PDSA cycles, measures and measure points.
    pub improvement: ImprovementCounts,
}

struct Person {
    name: String,
    email: String,
    side: Side,
    local_id: Option<i64>,
    job_title: &'static str,
    facility_id: i64,
    password_hash: Option<String>,
}

struct Team {
    department_id: i64,
    facility_id: i64,
    name: String,
    description: String,
    purpose: String,
    cadence: &'static str,
    ground_rules: &'static str,
    decision_rules: &'static str,
    quorum: i64,
}

struct Org {
    regions: Vec<String>,
    facilities: Vec<(i64, String)>,
    departments: Vec<(i64, String)>,
    coalitions: Vec<String>,
    locals: Vec<(i64, String)>,
    teams: Vec<Team>,
    people: Vec<Person>,
    roles: Vec<(i64, i64, TeamRole)>,
    site_roles: Vec<(i64, SiteRole, Option<i64>)>,
}

const REGIONS: [&str; 8] = [
    "Northern Coast",
    "Southern Valley",
    "Mountain",
    "Pacific Northwest",
    "Mid-Atlantic",
    "Great Lakes",
    "Southeast",
    "Islands",
];
const PLACES: [&str; 40] = [
    "Alder Park",
    "Bayview",
    "Cedar Hills",
    "Dover Springs",
    "Elm Grove",
    "Fairhaven",
    "Glen Oaks",
    "Harbor Point",
    "Iris Lake",
    "Juniper Ridge",
    "Kestrel Bay",
    "Laurel Falls",
    "Maple Crossing",
    "Northgate",
    "Oak Meadow",
    "Pine Bluff",
    "Quarry Hill",
    "Riverside",
    "Stonebridge",
    "Tidewater",
    "Upland",
    "Vista Del Mar",
    "Willow Creek",
    "Yarrow Point",
    "Ashford",
    "Brookside",
    "Canyon View",
    "Driftwood",
    "Eastlake",
    "Foxhollow",
    "Granite Peak",
    "Highland",
    "Ironwood",
    "Lakeshore",
    "Mesa Verde",
    "Newport Heights",
    "Orchard Hill",
    "Prairie Wind",
    "Redwood Grove",
    "Summit",
];
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
const TEAM_SUFFIXES: [&str; 8] = [
    "Day Shift",
    "Night Shift",
    "Outpatient",
    "Inpatient",
    "Evening Shift",
    "Clinic North",
    "Clinic South",
    "Weekend Team",
];
const COALITIONS: [&str; 2] = [
    "United Coalition of Care Unions",
    "Allied Health Care Unions",
];
const LOCAL_TRADES: [&str; 12] = [
    "Nurses",
    "Technicians",
    "Service Workers",
    "Pharmacy Employees",
    "Office and Clerical",
    "Engineers",
    "Optical Workers",
    "Lab Professionals",
    "Therapists",
    "Food Service",
    "Clinical Staff",
    "Health Professionals",
];
const FIRST_NAMES: [&str; 48] = [
    "Ana", "Ben", "Carmen", "David", "Elena", "Farid", "Grace", "Hiro", "Imani", "Jamal", "Keiko",
    "Luis", "Maya", "Nikhil", "Olivia", "Pedro", "Quinn", "Rosa", "Samuel", "Tanya", "Uma",
    "Victor", "Wen", "Ximena", "Yusuf", "Zoe", "Aisha", "Bruno", "Chloe", "Diego", "Esther",
    "Felix", "Gloria", "Hassan", "Ines", "Jonah", "Kira", "Leon", "Mei", "Nadia", "Omar", "Priya",
    "Rafael", "Sofia", "Theo", "Valeria", "Will", "Yara",
];
const LAST_NAMES: [&str; 48] = [
    "Abbott",
    "Bautista",
    "Chen",
    "Dominguez",
    "Edwards",
    "Fong",
    "Garcia",
    "Hughes",
    "Ito",
    "Jackson",
    "Khan",
    "Lopez",
    "Morales",
    "Nguyen",
    "Okafor",
    "Park",
    "Quintero",
    "Reyes",
    "Singh",
    "Tran",
    "Usman",
    "Vasquez",
    "Walker",
    "Xu",
    "Young",
    "Zamora",
    "Alvarez",
    "Brooks",
    "Castillo",
    "Diaz",
    "Ellis",
    "Flores",
    "Gomez",
    "Harris",
    "Iqbal",
    "Johnson",
    "Kim",
    "Lee",
    "Martin",
    "Navarro",
    "Ortiz",
    "Patel",
    "Rivera",
    "Santos",
    "Taylor",
    "Vargas",
    "Wong",
    "Yamada",
];
const LABOR_TITLES: [&str; 14] = [
    "Registered Nurse",
    "Licensed Vocational Nurse",
    "Medical Assistant",
    "Pharmacy Technician",
    "Radiologic Technologist",
    "Lab Assistant",
    "Environmental Services Aide",
    "Unit Secretary",
    "Respiratory Therapist",
    "Clinical Lab Scientist",
    "Physical Therapist",
    "Call Center Representative",
    "Stationary Engineer",
    "Food Service Worker",
];
const MANAGEMENT_TITLES: [&str; 5] = [
    "Department Manager",
    "Assistant Manager",
    "Nurse Manager",
    "Department Director",
    "Supervisor",
];
const PHYSICIAN_TITLES: [&str; 5] = [
    "Physician",
    "Chief of Service",
    "Hospitalist",
    "Pediatrician",
    "Family Medicine Physician",
];
const CADENCES: [&str; 3] = [
    "Every other week, 30 minutes",
    "Weekly huddle, monthly meeting",
    "Monthly, 60 minutes",
];
const GROUND_RULES: &str =
    "Start and end on time. One conversation at a time. Everyone's view counts. Phones on silent.";
const DECISION_RULES: &str = "We decide by consensus. If we cannot reach it, the decision-making continuum says who decides.";

impl Store {
    /// True when no organisation has been loaded yet.
    pub async fn is_empty(&self) -> StoreResult<bool> {
        let regions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM regions")
            .fetch_one(self.pool())
            .await?;
        let people: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM people")
            .fetch_one(self.pool())
            .await?;
        Ok(regions == 0 && people == 0)
    }

    /// Generates the demo organisation for `scale` and `seed` and loads it in one transaction.
    /// `password_hash` is set on the five demo accounts. Refuses a database that already holds
    /// an organisation.
    pub async fn load_demo(
        &self,
        scale: Scale,
        seed: u64,
        password_hash: &str,
        progress: Progress<'_>,
    ) -> StoreResult<DemoSummary> {
        if !self.is_empty().await? {
            return Err(StoreError::Config(
                "the database already holds an organisation; the demo loads only into an empty database \
                 (use a fresh --data-dir)"
                    .into(),
            ));
        }
        let org = generate(scale, seed, password_hash);
        let p2p = self.generate_p2p_for(&org, seed).await?;
        let improvement = demo_improvement::generate(&improvement_input(&org), seed, now());
        let summary = DemoSummary {
            regions: org.regions.len(),
            facilities: org.facilities.len(),
            teams: org.teams.len(),
            people: org.people.len(),
            roles: org.roles.len(),
            showcase_team_id: 1,
            improvement: improvement.counts(),
        };
        self.write_org(&org, &p2p, &improvement, progress).await?;
        Ok(summary)
    }

    /// The P2P history of `org` against the criteria of the agreement year in force (the
    /// starter year on a fresh store), dated back from today.
    async fn generate_p2p_for(&self, org: &Org, seed: u64) -> StoreResult<P2pHistory> {
        let year = self.current_p2p_year().await?;
        let criteria: Vec<Criterion> = self
            .p2p_criteria(year.id)
            .await?
            .iter()
            .filter_map(CriterionRow::to_domain)
            .collect();
        Ok(generate_p2p(org, seed, year.id, &criteria, now()))
    }

    async fn write_org(
        &self,
        org: &Org,
        p2p: &P2pHistory,
        improvement: &Improvement,
        progress: Progress<'_>,
    ) -> StoreResult<()> {
        let total = (org.regions.len()
            + org.facilities.len()
            + org.departments.len()
            + org.coalitions.len()
            + org.locals.len()
            + org.teams.len()
            + org.people.len()
            + org.roles.len()
            + org.site_roles.len()
            + p2p.rows()) as u64
            + improvement.rows();
        let mut done = 0u64;
        let at = now();
        let mut tx = self.pool().begin().await?;
        let mut bulk = Bulk {
            tx: &mut tx,
            done: &mut done,
            total,
            progress,
        };
        bulk.insert(
            "regions",
            &["id", "name"],
            org.regions
                .iter()
                .enumerate()
                .map(|(i, name)| vec![Value::Int(i as i64 + 1), Value::Text(name.clone())])
                .collect(),
        )
        .await?;
        bulk.insert(
            "facilities",
            &["id", "region_id", "name"],
            org.facilities
                .iter()
                .enumerate()
                .map(|(i, (region, name))| {
                    vec![
                        Value::Int(i as i64 + 1),
                        Value::Int(*region),
                        Value::Text(name.clone()),
                    ]
                })
                .collect(),
        )
        .await?;
        bulk.insert(
            "departments",
            &["id", "facility_id", "name"],
            org.departments
                .iter()
                .enumerate()
                .map(|(i, (facility, name))| {
                    vec![
                        Value::Int(i as i64 + 1),
                        Value::Int(*facility),
                        Value::Text(name.clone()),
                    ]
                })
                .collect(),
        )
        .await?;
        bulk.insert(
            "coalitions",
            &["id", "name"],
            org.coalitions
                .iter()
                .enumerate()
                .map(|(i, name)| vec![Value::Int(i as i64 + 1), Value::Text(name.clone())])
                .collect(),
        )
        .await?;
        bulk.insert(
            "locals",
            &["id", "coalition_id", "name"],
            org.locals
                .iter()
                .enumerate()
                .map(|(i, (coalition, name))| {
                    vec![
                        Value::Int(i as i64 + 1),
                        Value::Int(*coalition),
                        Value::Text(name.clone()),
                    ]
                })
                .collect(),
        )
        .await?;
        bulk.insert(
            "teams",
            &[
                "id",
                "department_id",
                "facility_id",
                "region_id",
                "name",
                "description",
                "purpose",
                "meeting_cadence",
                "ground_rules",
                "decision_rules",
                "quorum",
                "created_at",
                "updated_at",
            ],
            org.teams
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    vec![
                        Value::Int(i as i64 + 1),
                        Value::Int(t.department_id),
                        Value::Int(t.facility_id),
                        Value::Int(org.facilities[t.facility_id as usize - 1].0),
                        Value::Text(t.name.clone()),
                        Value::Text(t.description.clone()),
                        Value::Text(t.purpose.clone()),
                        Value::Text(t.cadence.to_string()),
                        Value::Text(t.ground_rules.to_string()),
                        Value::Text(t.decision_rules.to_string()),
                        Value::Int(t.quorum),
                        Value::Int(at),
                        Value::Int(at),
                    ]
                })
                .collect(),
        )
        .await?;
        bulk.insert(
            "people",
            &[
                "id",
                "name",
                "email",
                "side",
                "local_id",
                "job_title",
                "facility_id",
                "password_hash",
                "active",
                "created_at",
            ],
            org.people
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    vec![
                        Value::Int(i as i64 + 1),
                        Value::Text(p.name.clone()),
                        Value::Text(p.email.clone()),
                        Value::Text(p.side.code().to_string()),
                        Value::OptInt(p.local_id),
                        Value::Text(p.job_title.to_string()),
                        Value::Int(p.facility_id),
                        Value::OptText(p.password_hash.clone()),
                        Value::Int(1),
                        Value::Int(at),
                    ]
                })
                .collect(),
        )
        .await?;
        bulk.insert(
            "team_roles",
            &["id", "team_id", "person_id", "role", "created_at"],
            org.roles
                .iter()
                .enumerate()
                .map(|(i, (team, person, role))| {
                    vec![
                        Value::Int(i as i64 + 1),
                        Value::Int(*team),
                        Value::Int(*person),
                        Value::Text(role.code().to_string()),
                        Value::Int(at),
                    ]
                })
                .collect(),
        )
        .await?;
        bulk.insert(
            "site_roles",
            &["id", "person_id", "role", "region_id"],
            org.site_roles
                .iter()
                .enumerate()
                .map(|(i, (person, role, region))| {
                    vec![
                        Value::Int(i as i64 + 1),
                        Value::Int(*person),
                        Value::Text(role.code().to_string()),
                        Value::OptInt(*region),
                    ]
                })
                .collect(),
        )
        .await?;
        write_p2p(&mut bulk, p2p).await?;
        demo_improvement::write(&mut bulk, improvement, self.backend()).await?;
        if self.backend() == Backend::Postgres {
            // Rows were written with explicit ids; move each sequence past them.
            for table in [
                "regions",
                "facilities",
                "departments",
                "coalitions",
                "locals",
                "teams",
                "people",
                "team_roles",
                "site_roles",
                "p2p_assessments",
                "p2p_signoffs",
                "sponsor_check_ins",
                "projects",
                "pdsa_cycles",
                "measures",
                "measure_points",
                "practices",
                "practice_adoptions",
            ] {
                sqlx::query(&format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"
                ))
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}

/// Writes the P2P history with the ids it was generated with, so answers, quarter ratings and
/// sign-offs can point at their assessment without reading anything back.
async fn write_p2p(bulk: &mut Bulk<'_, '_, '_>, p2p: &P2pHistory) -> StoreResult<()> {
    bulk.insert(
        "p2p_assessments",
        &[
            "id",
            "team_id",
            "year_id",
            "month",
            "status",
            "level",
            "submitted_by",
            "submitted_at",
            "decided_at",
            "created_at",
        ],
        p2p.assessments
            .iter()
            .enumerate()
            .map(|(i, a)| {
                vec![
                    Value::Int(i as i64 + 1),
                    Value::Int(a.team_id),
                    Value::Int(p2p.year_id),
                    Value::Text(a.month.code()),
                    Value::Text("approved".into()),
                    Value::Int(i64::from(a.level)),
                    Value::Int(a.submitted_by),
                    Value::Int(a.submitted_at),
                    Value::Int(a.decided_at),
                    Value::Int(a.created_at),
                ]
            })
            .collect(),
    )
    .await?;
    bulk.insert(
        "p2p_quarter_levels",
        &[
            "team_id",
            "quarter",
            "level",
            "assessment_id",
            "month",
            "missing",
        ],
        p2p.assessments
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let missing: Vec<String> = a.missing.iter().map(i64::to_string).collect();
                vec![
                    Value::Int(a.team_id),
                    Value::Text(a.month.quarter().code()),
                    Value::Int(i64::from(a.level)),
                    Value::Int(i as i64 + 1),
                    Value::Text(a.month.code()),
                    Value::Text(missing.join(",")),
                ]
            })
            .collect(),
    )
    .await?;
    bulk.insert(
        "p2p_answers",
        &["assessment_id", "criterion_id", "met"],
        p2p.answers
            .iter()
            .map(|&(assessment, criterion, met)| {
                vec![
                    Value::Int(assessment),
                    Value::Int(criterion),
                    Value::Int(i64::from(met)),
                ]
            })
            .collect(),
    )
    .await?;
    bulk.insert(
        "p2p_signoffs",
        &[
            "id",
            "assessment_id",
            "person_id",
            "side",
            "decision",
            "comment",
            "at",
        ],
        p2p.sign_offs
            .iter()
            .enumerate()
            .map(|(i, s)| {
                vec![
                    Value::Int(i as i64 + 1),
                    Value::Int(s.assessment_id),
                    Value::Int(s.person_id),
                    Value::Text(s.side.code().to_string()),
                    Value::Text("approve".into()),
                    Value::Text(s.comment.to_string()),
                    Value::Int(s.at),
                ]
            })
            .collect(),
    )
    .await?;
    bulk.insert(
        "sponsor_check_ins",
        &[
            "id",
            "team_id",
            "held_on",
            "sponsor_id",
            "notes",
            "recorded_by",
            "created_at",
        ],
        p2p.check_ins
            .iter()
            .enumerate()
            .map(|(i, c)| {
                vec![
                    Value::Int(i as i64 + 1),
                    Value::Int(c.team_id),
                    Value::Text(c.held_on.clone()),
                    Value::Int(c.sponsor_id),
                    Value::Text(c.notes.to_string()),
                    Value::Int(c.sponsor_id),
                    Value::Int(c.created_at),
                ]
            })
            .collect(),
    )
    .await?;
    Ok(())
}

pub(crate) enum Value {
    Int(i64),
    OptInt(Option<i64>),
    Text(String),
    OptText(Option<String>),
    OptFloat(Option<f64>),
}

pub(crate) struct Bulk<'t, 'c, 'p> {
    tx: &'t mut sqlx::Transaction<'c, sqlx::Any>,
    done: &'t mut u64,
    total: u64,
    progress: Progress<'p>,
}

impl Bulk<'_, '_, '_> {
    /// Runs one statement that writes `rows` rows (an `INSERT … SELECT`, or 0 for a helper
    /// statement), with `params` bound in order.
    pub(crate) async fn execute(
        &mut self,
        sql: &str,
        params: &[Value],
        rows: u64,
    ) -> StoreResult<()> {
        let mut query = sqlx::query(sql);
        for value in params {
            query = bind(query, value);
        }
        query.execute(&mut **self.tx).await?;
        if rows > 0 {
            *self.done += rows;
            (self.progress)(*self.done, self.total);
        }
        Ok(())
    }

    /// Inserts rows in multi-row statements, staying well under both databases' limit on
    /// parameters per statement.
    pub(crate) async fn insert(
        &mut self,
        table: &str,
        columns: &[&str],
        rows: Vec<Vec<Value>>,
    ) -> StoreResult<()> {
        let rows_per_statement = (4_000 / columns.len()).max(1);
        for chunk in rows.chunks(rows_per_statement) {
            let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
            let mut n = 0;
            for (r, _) in chunk.iter().enumerate() {
                if r > 0 {
                    sql.push_str(", ");
                }
                sql.push('(');
                for c in 0..columns.len() {
                    if c > 0 {
                        sql.push_str(", ");
                    }
                    n += 1;
                    sql.push('$');
                    sql.push_str(&n.to_string());
                }
                sql.push(')');
            }
            let mut query = sqlx::query(&sql);
            for row in chunk {
                for value in row {
                    query = bind(query, value);
                }
            }
            query.execute(&mut **self.tx).await?;
            *self.done += chunk.len() as u64;
            (self.progress)(*self.done, self.total);
        }
        Ok(())
    }
}

fn bind<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    value: &'q Value,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    match value {
        Value::Int(v) => query.bind(*v),
        Value::OptInt(v) => query.bind(*v),
        Value::Text(v) => query.bind(v.as_str()),
        Value::OptText(v) => query.bind(v.as_deref()),
        Value::OptFloat(v) => query.bind(*v),
    }
}

/// What the improvement work of the demo needs from the organisation: each team's department,
/// co-leads and first few labor members, the showcase team's names and the administrator.
fn improvement_input(org: &Org) -> demo_improvement::Input {
    let mut crews: Vec<Crew> = org
        .teams
        .iter()
        .enumerate()
        .map(|(i, t)| Crew {
            team_id: i as i64 + 1,
            department: org.departments[t.department_id as usize - 1].1.clone(),
            facility_id: t.facility_id,
            labor_lead: 0,
            management_lead: 0,
            members: Vec::new(),
        })
        .collect();
    for &(team, person, role) in &org.roles {
        let crew = &mut crews[team as usize - 1];
        match role {
            TeamRole::CoLead(Side::Labor) => crew.labor_lead = person,
            TeamRole::CoLead(Side::Management) => crew.management_lead = person,
            TeamRole::Member
                if crew.members.len() < 3
                    && org.people[person as usize - 1].side == Side::Labor =>
            {
                crew.members.push(person)
            }
            _ => {}
        }
    }
    let showcase = &org.teams[0];
    demo_improvement::Input {
        crews,
        showcase_team_name: showcase.name.clone(),
        showcase_facility_name: org.facilities[showcase.facility_id as usize - 1].1.clone(),
        editor: org
            .site_roles
            .iter()
            .find(|(_, role, _)| *role == SiteRole::Administrator)
            .map_or(1, |(person, _, _)| *person),
    }
}

fn generate(scale: Scale, seed: u64, password_hash: &str) -> Org {
    let shape = scale.shape();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut org = Org {
        regions: REGIONS[..shape.regions]
            .iter()
            .map(|r| format!("{r} Region"))
            .collect(),
        facilities: Vec::new(),
        departments: Vec::new(),
        coalitions: COALITIONS.iter().map(|c| c.to_string()).collect(),
        locals: Vec::new(),
        teams: Vec::new(),
        people: Vec::new(),
        roles: Vec::new(),
        site_roles: Vec::new(),
    };
    let mut place = 0;
    for region in 1..=shape.regions as i64 {
        for _ in 0..shape.facilities_per_region {
            org.facilities.push((
                region,
                format!("{} Medical Center", PLACES[place % PLACES.len()]),
            ));
            place += 1;
        }
    }
    let mut department_facility = Vec::new();
    for facility in 1..=org.facilities.len() as i64 {
        for name in DEPARTMENTS.iter().take(shape.departments_per_facility) {
            org.departments.push((facility, name.to_string()));
            department_facility.push(facility);
        }
    }
    for (i, trade) in LOCAL_TRADES.iter().enumerate() {
        for coalition in 1..=2i64 {
            org.locals.push((
                coalition,
                format!("Local {} — {trade}", 100 + i * 20 + coalition as usize * 7),
            ));
        }
    }
    // Teams: spread over departments in order, so a facility's teams are neighbours.
    let departments = org.departments.len();
    for t in 0..shape.teams {
        let department = t * departments / shape.teams;
        let department_id = department as i64 + 1;
        let department_name = &org.departments[department].1;
        let facility_id = department_facility[department];
        let first_of_department = t == 0 || (t - 1) * departments / shape.teams != department;
        let suffix = if first_of_department {
            TEAM_SUFFIXES[0]
        } else {
            TEAM_SUFFIXES
                [(t + 1 - (department * shape.teams).div_ceil(departments)) % TEAM_SUFFIXES.len()]
        };
        let name = format!("{department_name} {suffix}");
        org.teams.push(Team {
            department_id,
            facility_id,
            description: format!(
                "The {} team of {} at {}.",
                suffix.to_lowercase(),
                department_name,
                org.facilities[facility_id as usize - 1].1
            ),
            purpose: format!("Give our patients and members the best care {department_name} can offer, and make this a good place to work."),
            name,
            cadence: CADENCES[t % CADENCES.len()],
            ground_rules: GROUND_RULES,
            decision_rules: DECISION_RULES,
            quorum: 5 + (t % 4) as i64,
        });
    }
    let n_teams = org.teams.len();
    let team_facility: Vec<i64> = org.teams.iter().map(|t| t.facility_id).collect();
    let n_locals = org.locals.len() as i64;

    let add_person = |org: &mut Org, rng: &mut ChaCha8Rng, side: Side, facility_id: i64| -> i64 {
        let first = FIRST_NAMES[rng.gen_range(0..FIRST_NAMES.len())];
        let last = LAST_NAMES[rng.gen_range(0..LAST_NAMES.len())];
        let id = org.people.len() as i64 + 1;
        let (job_title, local_id) = match side {
            Side::Labor => (
                *LABOR_TITLES.choose(rng).unwrap_or(&"Registered Nurse"),
                Some(rng.gen_range(1..=n_locals)),
            ),
            Side::Management => (
                *MANAGEMENT_TITLES.choose(rng).unwrap_or(&"Supervisor"),
                None,
            ),
            Side::Physician => (*PHYSICIAN_TITLES.choose(rng).unwrap_or(&"Physician"), None),
        };
        org.people.push(Person {
            name: format!("{first} {last}"),
            email: format!(
                "{}.{}.{id}@people.example.org",
                first.to_lowercase(),
                last.to_lowercase()
            ),
            side,
            local_id,
            job_title,
            facility_id,
            password_hash: None,
        });
        id
    };

    // Leadership of every team: a management and a labor co-lead, a health and safety
    // champion and a steward; two in five teams also have a physician co-lead.
    let sponsor_group = 6;
    let mut management_sponsors = Vec::new();
    let mut labor_sponsors = Vec::new();
    let mut physician_sponsors = Vec::new();
    for (t, &facility) in team_facility.iter().enumerate() {
        let team_id = t as i64 + 1;
        if t % sponsor_group == 0 {
            management_sponsors.push(add_person(&mut org, &mut rng, Side::Management, facility));
            labor_sponsors.push(add_person(&mut org, &mut rng, Side::Labor, facility));
            physician_sponsors.push(add_person(&mut org, &mut rng, Side::Physician, facility));
        }
        let group = t / sponsor_group;
        let m = add_person(&mut org, &mut rng, Side::Management, facility);
        org.roles
            .push((team_id, m, TeamRole::CoLead(Side::Management)));
        let l = add_person(&mut org, &mut rng, Side::Labor, facility);
        org.roles.push((team_id, l, TeamRole::CoLead(Side::Labor)));
        org.roles.push((
            team_id,
            management_sponsors[group],
            TeamRole::Sponsor(Side::Management),
        ));
        org.roles.push((
            team_id,
            labor_sponsors[group],
            TeamRole::Sponsor(Side::Labor),
        ));
        if t % 5 < 2 {
            let p = add_person(&mut org, &mut rng, Side::Physician, facility);
            org.roles
                .push((team_id, p, TeamRole::CoLead(Side::Physician)));
            org.roles.push((
                team_id,
                physician_sponsors[group],
                TeamRole::Sponsor(Side::Physician),
            ));
        }
        let champion = add_person(&mut org, &mut rng, Side::Labor, facility);
        org.roles
            .push((team_id, champion, TeamRole::SafetyChampion));
        let steward = add_person(&mut org, &mut rng, Side::Labor, facility);
        org.roles.push((team_id, steward, TeamRole::Steward));
    }
    // Everyone else is a member of one team.
    let counts = [
        (Side::Labor, shape.labor),
        (Side::Management, shape.management),
        (Side::Physician, shape.physicians),
    ];
    for (side, target) in counts {
        let already = org.people.iter().filter(|p| p.side == side).count();
        for _ in already..target {
            let t = rng.gen_range(0..n_teams);
            let id = add_person(&mut org, &mut rng, side, team_facility[t]);
            org.roles.push((t as i64 + 1, id, TeamRole::Member));
        }
    }
    // The demo sign-ins take over people with the right roles in team 1, the showcase.
    let showcase = 1i64;
    let holder = |org: &Org, role: TeamRole| {
        org.roles
            .iter()
            .find(|(team, _, r)| *team == showcase && *r == role)
            .map(|(_, person, _)| *person)
    };
    let colead = holder(&org, TeamRole::CoLead(Side::Labor));
    let sponsor = holder(&org, TeamRole::Sponsor(Side::Management));
    let member = org
        .roles
        .iter()
        .find(|(team, person, r)| {
            *team == showcase
                && *r == TeamRole::Member
                && org.people[*person as usize - 1].side == Side::Labor
        })
        .map(|(_, person, _)| *person);
    let outsider = |org: &Org, side: Side, skip: usize| {
        org.roles
            .iter()
            .filter(|(team, person, r)| {
                *team != showcase
                    && *r == TeamRole::Member
                    && org.people[*person as usize - 1].side == side
            })
            .nth(skip)
            .map(|(_, person, _)| *person)
    };
    let admin = outsider(&org, Side::Management, 0);
    let leader = outsider(&org, Side::Management, 1);
    let accounts = [
        (admin, "admin@example.org", "Alex Morgan"),
        (colead, "colead@example.org", "Jordan Rivera"),
        (sponsor, "sponsor@example.org", "Pat Okafor"),
        (member, "member@example.org", "Sam Delgado"),
        (leader, "leader@example.org", "Robin Castillo"),
    ];
    for (person, email, name) in accounts {
        if let Some(person) = person {
            let p = &mut org.people[person as usize - 1];
            p.email = email.to_string();
            p.name = name.to_string();
            p.password_hash = Some(password_hash.to_string());
        }
    }
    if let Some(admin) = admin {
        org.site_roles.push((admin, SiteRole::Administrator, None));
    }
    if let Some(leader) = leader {
        let region = org.facilities[team_facility[0] as usize - 1].0;
        org.site_roles
            .push((leader, SiteRole::Leader, Some(region)));
    }
    org
}

/// Path to Performance history of every demo team, generated in memory and written in bulk.
struct P2pHistory {
    year_id: i64,
    /// Approved assessments, one per rated quarter; the id of each is its index + 1. Each one
    /// is also its team's rating for its quarter (`p2p_quarter_levels`).
    assessments: Vec<DemoAssessment>,
    /// (assessment id, criterion id, met), for each team's latest assessment only: that is the
    /// one the hub reads answers from (standing, carry-over into a new month), and answering
    /// every historical month would multiply the load time for nothing anyone sees.
    answers: Vec<(i64, i64, bool)>,
    sign_offs: Vec<DemoSignOff>,
    check_ins: Vec<DemoCheckIn>,
}

impl P2pHistory {
    /// Rows the load will write, for the progress bar (each assessment is also a quarter row).
    fn rows(&self) -> usize {
        self.assessments.len() * 2
            + self.answers.len()
            + self.sign_offs.len()
            + self.check_ins.len()
    }
}

struct DemoAssessment {
    team_id: i64,
    month: Month,
    level: u8,
    /// Criteria standing between the team and the next level, as the approval stores them.
    missing: Vec<i64>,
    submitted_by: i64,
    created_at: i64,
    submitted_at: i64,
    decided_at: i64,
}

struct DemoSignOff {
    assessment_id: i64,
    person_id: i64,
    side: Side,
    comment: &'static str,
    at: i64,
}

struct DemoCheckIn {
    team_id: i64,
    held_on: String,
    sponsor_id: i64,
    notes: &'static str,
    created_at: i64,
}

/// How recently a team has been rated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pace {
    /// Rated this quarter too, in a month before this one.
    Current,
    /// Rated up to last quarter; this quarter's assessment is not approved yet.
    LastQuarter,
    /// Nothing approved for the last two quarters: listed as stale (nothing in 90 days).
    Stale,
}

/// The people of a team the history names.
#[derive(Default, Clone)]
struct TeamPeople {
    labor_co_lead: i64,
    /// Sponsors in side order (management, labor, physician): every one signs off.
    sponsors: Vec<(Side, i64)>,
}

/// Quarters of ratings before the current one: two years.
const PAST_QUARTERS: usize = 8;
/// Share of teams with nothing approved lately, in percent.
const STALE_PERCENT: usize = 6;
/// Share of the other teams already rated this quarter, in percent.
const RATED_THIS_QUARTER_PERCENT: u32 = 75;
/// Months back (this one included) that sponsor check-ins are logged for.
const CHECK_IN_MONTHS: usize = 6;
/// Where teams stood two years ago, in percent for levels 1 to 5. Teams mostly climb from
/// here, so the latest quarters end up mostly at levels 2 to 4 with a few at 1 and 5.
const START_LEVEL_PERCENT: [u32; 5] = [35, 40, 18, 6, 1];
/// Per quarter and by current level 1 to 5: the chance, in percent, of climbing one level and
/// of dropping one. Higher levels are harder to reach, so a team rarely runs up to 5 and stays.
const CLIMB_PERCENT: [u32; 5] = [30, 25, 18, 8, 0];
const DROP_PERCENT: [u32; 5] = [0, 8, 8, 8, 15];
/// Written for the demo; none are quotations.
const CHECK_IN_NOTES: [&str; 8] = [
    "Reviewed the team's action plan and next month's priorities.",
    "Talked through staffing for the coming weeks and how the team will cover its meetings.",
    "Went over the latest results and agreed what to celebrate at the next huddle.",
    "Discussed a test of change the team wants to try and the support it needs.",
    "Checked progress on the charter and who will bring it to the next meeting.",
    "Agreed how both co-leads will share running the next team meeting.",
    "Heard members' concerns about workload and agreed to follow up together.",
    "Looked at the self-assessment together and what stands between the team and the next level.",
];
const SIGN_OFF_COMMENTS: [&str; 4] = [
    "",
    "Agreed: this matches what we see on the unit.",
    "Good progress. Keep the action plan current.",
    "Approved. Let's talk about the next level at our check-in.",
];

/// Generates every team's P2P history as of `now`: ratings for the last eight quarters and, for
/// most teams, this one, answers and sign-offs for each team's latest assessment, and sponsor
/// check-ins for the last six months. Nothing is dated in the current month except check-ins,
/// so the current month's assessment is always still to be opened (the browser tests open it
/// for the showcase team).
///
/// Uses its own random stream, so adding this history did not change the organisation a seed
/// makes.
fn generate_p2p(
    org: &Org,
    seed: u64,
    year_id: i64,
    criteria: &[Criterion],
    now: i64,
) -> P2pHistory {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5032_5000);
    let written: Vec<Criterion> = criteria
        .iter()
        .filter(|c| !c.placeholder)
        .cloned()
        .collect();
    // The highest level these criteria allow at all; a team is never rated above it.
    let ceiling = level_held(&written, |_| true);
    let today = Month::from_unix(now);
    let day_of_month = ((now - month_start(today)) / 86_400 + 1) as u8;
    let people = team_people(org);
    let paces = team_paces(&mut rng, org.teams.len());
    let mut history = P2pHistory {
        year_id,
        assessments: Vec::new(),
        answers: Vec::new(),
        sign_offs: Vec::new(),
        check_ins: Vec::new(),
    };
    for (t, pace) in paces.into_iter().enumerate() {
        let team_id = t as i64 + 1;
        let team = &people[t];
        if ceiling > 0 {
            let months = rated_months(&mut rng, today, pace);
            let levels = level_path(&mut rng, months.len(), ceiling);
            for (i, (&month, &level)) in months.iter().zip(&levels).enumerate() {
                let latest = i + 1 == months.len();
                add_assessment(
                    &mut history,
                    &mut rng,
                    &written,
                    team_id,
                    team,
                    month,
                    level,
                    latest,
                );
            }
        }
        add_check_ins(
            &mut history,
            &mut rng,
            team_id,
            team,
            today,
            day_of_month,
            now,
        );
    }
    history
}

/// Each team's labor co-lead and sponsors, indexed by team id - 1.
fn team_people(org: &Org) -> Vec<TeamPeople> {
    let mut people = vec![TeamPeople::default(); org.teams.len()];
    for &(team, person, role) in &org.roles {
        let entry = &mut people[team as usize - 1];
        match role {
            TeamRole::CoLead(Side::Labor) => entry.labor_co_lead = person,
            TeamRole::Sponsor(side) => entry.sponsors.push((side, person)),
            _ => {}
        }
    }
    for entry in &mut people {
        entry.sponsors.sort();
    }
    people
}

/// How recently each team was rated. A fixed share is stale, so even the small demo has some;
/// the showcase team (1) is always up to date.
fn team_paces(rng: &mut ChaCha8Rng, teams: usize) -> Vec<Pace> {
    let stale_count = (teams * STALE_PERCENT)
        .div_ceil(100)
        .min(teams.saturating_sub(1));
    let others: Vec<usize> = (1..teams).collect();
    let stale: HashSet<usize> = others.choose_multiple(rng, stale_count).copied().collect();
    (0..teams)
        .map(|t| {
            if stale.contains(&t) {
                Pace::Stale
            } else if t == 0 || rng.gen_range(0..100) < RATED_THIS_QUARTER_PERCENT {
                Pace::Current
            } else {
                Pace::LastQuarter
            }
        })
        .collect()
}

/// The months whose approved assessment gave a team its rating, oldest first: the last month
/// of each past quarter (the rating a quarter closes with), and for teams rated this quarter a
/// month of it before the current one. When the current month opens its quarter there is no
/// such month, and nobody is rated this quarter yet.
fn rated_months(rng: &mut ChaCha8Rng, today: Month, pace: Pace) -> Vec<Month> {
    let this_quarter = today.quarter();
    let mut past = this_quarter.previous().back(PAST_QUARTERS);
    past.reverse();
    if pace == Pace::Stale {
        // Nothing since the quarter before last: last approval is more than 90 days ago.
        past.pop();
    }
    let mut months: Vec<Month> = past.into_iter().map(|q| quarter_months(q)[2]).collect();
    if pace == Pace::Current {
        let earlier: Vec<Month> = quarter_months(this_quarter)
            .into_iter()
            .filter(|m| *m < today)
            .collect();
        months.extend(earlier.choose(rng));
    }
    months
}

/// A team's level in each of `quarters` consecutive ratings: a start drawn from
/// [`START_LEVEL_PERCENT`], then one step up or down or none per quarter.
fn level_path(rng: &mut ChaCha8Rng, quarters: usize, ceiling: u8) -> Vec<u8> {
    let mut level = pick_by_percent(rng, &START_LEVEL_PERCENT);
    let mut path = Vec::with_capacity(quarters);
    for q in 0..quarters {
        if q > 0 {
            let i = usize::from(level - 1);
            let roll = rng.gen_range(0..100);
            if roll < CLIMB_PERCENT[i] {
                level += 1;
            } else if roll < CLIMB_PERCENT[i] + DROP_PERCENT[i] {
                level -= 1;
            }
        }
        level = level.clamp(1, 5);
        path.push(level.min(ceiling));
    }
    path
}

/// A level 1 to 5 drawn with the given percentages.
fn pick_by_percent(rng: &mut ChaCha8Rng, percent: &[u32; 5]) -> u8 {
    let mut roll = rng.gen_range(0..percent.iter().sum::<u32>());
    for (i, p) in percent.iter().enumerate() {
        if roll < *p {
            return i as u8 + 1;
        }
        roll -= p;
    }
    5
}

/// Answers that hold exactly `level` by [`level_held`]: every written criterion up to it met;
/// at the next level about 40% met but never all (the one that is not keeps the team where it
/// is); above that, an occasional one.
fn answers_for_level(rng: &mut ChaCha8Rng, written: &[Criterion], level: u8) -> Vec<(i64, bool)> {
    let mut answers: Vec<(i64, bool)> = written
        .iter()
        .map(|c| {
            let met = match c.level {
                l if l <= level => true,
                l if l == level + 1 => rng.gen_bool(0.4),
                _ => rng.gen_bool(0.1),
            };
            (c.id, met)
        })
        .collect();
    let next: Vec<usize> = (0..written.len())
        .filter(|&i| written[i].level == level + 1)
        .collect();
    if next.iter().all(|&i| answers[i].1) {
        if let Some(&i) = next.choose(rng) {
            answers[i].1 = false;
        }
    }
    answers
}

/// One approved assessment at `level` in `month`, with the missing criteria its answers leave.
/// The latest one of a team keeps its answers and sign-offs.
fn add_assessment(
    history: &mut P2pHistory,
    rng: &mut ChaCha8Rng,
    written: &[Criterion],
    team_id: i64,
    team: &TeamPeople,
    month: Month,
    level: u8,
    latest: bool,
) {
    let answers = answers_for_level(rng, written, level);
    let met: HashSet<i64> = answers.iter().filter(|a| a.1).map(|a| a.0).collect();
    let is_met = |id| met.contains(&id);
    debug_assert_eq!(level_held(written, is_met), level);
    let missing = missing_for_next(written, is_met)
        .into_iter()
        .flat_map(|(_, list)| list.into_iter().map(|c| c.id))
        .collect();
    // Inside the month: opened at its start, submitted in its first weeks, approved within a
    // week (day 27 at the latest, so every month has room).
    let start = month_start(month);
    let created_at = start + rng.gen_range(0..2) * 86_400 + 8 * 3_600;
    let submitted_at = start + rng.gen_range(3..20) * 86_400 + rng.gen_range(9..17) * 3_600;
    let decided_at = submitted_at + rng.gen_range(1..7) * 86_400 + rng.gen_range(0..3_600);
    history.assessments.push(DemoAssessment {
        team_id,
        month,
        level,
        missing,
        submitted_by: team.labor_co_lead,
        created_at,
        submitted_at,
        decided_at,
    });
    if !latest {
        return;
    }
    let assessment_id = history.assessments.len() as i64;
    history.answers.extend(
        answers
            .into_iter()
            .map(|(criterion, met)| (assessment_id, criterion, met)),
    );
    // Every sponsor approves in turn; the last approval is the decision.
    let n = team.sponsors.len() as i64;
    for (i, &(side, person_id)) in team.sponsors.iter().enumerate() {
        history.sign_offs.push(DemoSignOff {
            assessment_id,
            person_id,
            side,
            comment: SIGN_OFF_COMMENTS.choose(rng).copied().unwrap_or(""),
            at: submitted_at + (decided_at - submitted_at) * (i as i64 + 1) / n,
        });
    }
}

/// A check-in with the management or labor sponsor in most of the last six months (this one
/// included, never after today). The showcase team misses none, so its check-in evidence shows.
fn add_check_ins(
    history: &mut P2pHistory,
    rng: &mut ChaCha8Rng,
    team_id: i64,
    team: &TeamPeople,
    today: Month,
    day_of_month: u8,
    now: i64,
) {
    let sponsors: Vec<i64> = team
        .sponsors
        .iter()
        .filter(|(side, _)| *side != Side::Physician)
        .map(|&(_, person)| person)
        .collect();
    let mut month = today;
    for _ in 0..CHECK_IN_MONTHS {
        let skipped = team_id != 1 && rng.gen_bool(0.2);
        let last_day = if month == today {
            day_of_month.min(28)
        } else {
            28
        };
        let day = rng.gen_range(1..=last_day);
        if let (false, Some(&sponsor_id)) = (skipped, sponsors.choose(rng)) {
            history.check_ins.push(DemoCheckIn {
                team_id,
                held_on: format!("{}-{day:02}", month.code()),
                sponsor_id,
                notes: CHECK_IN_NOTES.choose(rng).copied().unwrap_or(""),
                created_at: (month_start(month) + i64::from(day - 1) * 86_400 + 16 * 3_600)
                    .min(now),
            });
        }
        month = month.previous();
    }
}

/// The three months of a quarter.
fn quarter_months(quarter: Quarter) -> [Month; 3] {
    let first = (quarter.quarter - 1) * 3 + 1;
    [first, first + 1, first + 2].map(|month| Month {
        year: quarter.year,
        month,
    })
}

/// Unix time of the first second of `month` (UTC), after Howard Hinnant's public-domain
/// days-from-civil algorithm (the inverse of what `Month::from_unix` uses).
pub(crate) fn month_start(month: Month) -> i64 {
    let year = i64::from(month.year) - i64::from(month.month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    // Days from 1 March to the first of the month.
    let day_of_year = (153 * ((i64::from(month.month) + 9) % 12) + 2) / 5;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    (era * 146_097 + day_of_era - 719_468) * 86_400
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_makes_the_same_organisation() {
        let a = generate(Scale::Small, 7, "hash");
        let b = generate(Scale::Small, 7, "hash");
        assert_eq!(a.people.len(), b.people.len());
        assert!(a
            .people
            .iter()
            .zip(&b.people)
            .all(|(x, y)| x.email == y.email));
        let c = generate(Scale::Small, 8, "hash");
        assert!(a
            .people
            .iter()
            .zip(&c.people)
            .any(|(x, y)| x.name != y.name));
    }

    #[test]
    fn every_team_has_co_leads_and_sponsors_of_the_right_side() {
        let org = generate(Scale::Small, 1, "hash");
        for team in 1..=org.teams.len() as i64 {
            for role in [
                TeamRole::CoLead(Side::Management),
                TeamRole::CoLead(Side::Labor),
                TeamRole::Sponsor(Side::Management),
                TeamRole::Sponsor(Side::Labor),
            ] {
                let holders: Vec<_> = org
                    .roles
                    .iter()
                    .filter(|(t, _, r)| *t == team && *r == role)
                    .collect();
                assert_eq!(holders.len(), 1, "team {team} role {role:?}");
                let person = &org.people[holders[0].1 as usize - 1];
                assert!(role.check_person_side(person.side).is_ok());
            }
        }
        let emails: std::collections::HashSet<_> =
            org.people.iter().map(|p| p.email.as_str()).collect();
        assert_eq!(emails.len(), org.people.len(), "emails are unique");
        for (email, _) in DEMO_ACCOUNTS {
            assert!(emails.contains(email), "{email} exists");
        }
    }

    #[test]
    fn full_scale_matches_the_reference_organisation() {
        let org = generate(Scale::Full, 1, "hash");
        assert_eq!(org.regions.len(), 8);
        assert_eq!(org.facilities.len(), 40);
        assert_eq!(org.teams.len(), 3_700);
        let count = |side| org.people.iter().filter(|p| p.side == side).count();
        assert_eq!(count(Side::Labor), 147_000);
        assert_eq!(count(Side::Management), 17_000);
        assert_eq!(count(Side::Physician), 24_000);
    }

    /// A grid shaped like the starter year: several criteria in some cells, placeholders in
    /// others (training above level 2, team process at 4, level 5 of three dimensions).
    fn starter_like_criteria() -> Vec<Criterion> {
        use lmp_domain::p2p::Dimension;
        let mut criteria = Vec::new();
        for level in 1..=5u8 {
            for dimension in Dimension::ALL {
                let placeholder = matches!(
                    (dimension, level),
                    (Dimension::Training, 3..=5)
                        | (Dimension::TeamProcess, 4)
                        | (Dimension::Sponsorship, 5)
                        | (Dimension::MemberEngagement, 5)
                );
                let cell = match (dimension, level) {
                    (Dimension::Sponsorship, 2) | (Dimension::TeamProcess, 5) => 3,
                    (Dimension::Leadership, 1 | 4) | (Dimension::Training, 1) => 2,
                    _ => 1,
                };
                for _ in 0..cell {
                    criteria.push(Criterion {
                        id: criteria.len() as i64 + 1,
                        dimension,
                        level,
                        text: format!("{} at level {level}", dimension.label()),
                        placeholder,
                    });
                }
            }
        }
        criteria
    }

    /// 2026-11-23T12:00:00Z, the middle month of a quarter.
    const NOV_23_2026: i64 = 1_795_435_200;

    fn history_at(now: i64) -> (Org, P2pHistory) {
        let org = generate(Scale::Small, 3, "hash");
        let history = generate_p2p(&org, 3, 1, &starter_like_criteria(), now);
        (org, history)
    }

    #[test]
    fn answers_hold_exactly_the_level_they_were_made_for() {
        let criteria = starter_like_criteria();
        let written: Vec<Criterion> = criteria
            .iter()
            .filter(|c| !c.placeholder)
            .cloned()
            .collect();
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        for level in 1..=5u8 {
            for _ in 0..300 {
                let answers = answers_for_level(&mut rng, &written, level);
                assert_eq!(
                    answers.len(),
                    written.len(),
                    "every written criterion answered"
                );
                let met = |id: i64| answers.iter().any(|&(c, m)| c == id && m);
                assert_eq!(level_held(&criteria, met), level);
                let missing = missing_for_next(&criteria, met);
                assert_eq!(missing.is_empty(), level == 5, "level {level}");
                assert!(missing
                    .iter()
                    .flat_map(|(_, list)| list)
                    .all(|c| c.level == level + 1));
            }
        }
    }

    #[test]
    fn stored_levels_and_missing_criteria_agree_with_the_latest_answers() {
        let (org, history) = history_at(NOV_23_2026);
        let criteria = starter_like_criteria();
        let mut latest_seen = 0;
        for (i, assessment) in history.assessments.iter().enumerate() {
            let id = i as i64 + 1;
            let answers: Vec<_> = history.answers.iter().filter(|a| a.0 == id).collect();
            if answers.is_empty() {
                continue;
            }
            latest_seen += 1;
            let met = |c: i64| answers.iter().any(|a| a.1 == c && a.2);
            assert_eq!(
                level_held(&criteria, met),
                assessment.level,
                "assessment {id}"
            );
            let missing: Vec<i64> = missing_for_next(&criteria, met)
                .into_iter()
                .flat_map(|(_, list)| list.into_iter().map(|c| c.id))
                .collect();
            assert_eq!(missing, assessment.missing);
            let signed: Vec<Side> = history
                .sign_offs
                .iter()
                .filter(|s| s.assessment_id == id)
                .map(|s| s.side)
                .collect();
            let sponsors: Vec<Side> = org
                .roles
                .iter()
                .filter_map(|(team, _, role)| match role {
                    TeamRole::Sponsor(side) if *team == assessment.team_id => Some(*side),
                    _ => None,
                })
                .collect();
            assert!(lmp_domain::p2p::sign_off_complete(
                &lmp_domain::p2p::required_sign_off(&sponsors),
                &signed
            ));
        }
        assert_eq!(
            latest_seen,
            org.teams.len(),
            "one answered assessment per team"
        );
    }

    #[test]
    fn teams_are_rated_quarterly_up_to_last_month_and_a_few_are_stale() {
        let (org, history) = history_at(NOV_23_2026);
        let today = Month::from_unix(NOV_23_2026);
        let last_quarter = today.quarter().previous();
        assert!(history.assessments.iter().all(|a| a.month < today));
        assert!(history
            .assessments
            .iter()
            .all(|a| a.decided_at < NOV_23_2026));
        let mut stale = 0;
        let mut rated_now = 0;
        let mut middle_levels = 0;
        for team_id in 1..=org.teams.len() as i64 {
            let ratings: Vec<&DemoAssessment> = history
                .assessments
                .iter()
                .filter(|a| a.team_id == team_id)
                .collect();
            let quarters: HashSet<Quarter> = ratings.iter().map(|a| a.month.quarter()).collect();
            assert_eq!(quarters.len(), ratings.len(), "one rating per quarter");
            let last_decided = ratings.iter().map(|a| a.decided_at).max().unwrap();
            let is_stale = last_decided < NOV_23_2026 - 90 * 86_400;
            stale += usize::from(is_stale);
            rated_now += usize::from(quarters.contains(&today.quarter()));
            match ratings.iter().find(|a| a.month.quarter() == last_quarter) {
                Some(rating) => middle_levels += usize::from((2..=4).contains(&rating.level)),
                None => assert!(
                    is_stale,
                    "team {team_id} is unrated last quarter yet not stale"
                ),
            }
        }
        assert!(stale > 0 && stale <= org.teams.len() / 10, "{stale} stale");
        assert!(
            rated_now * 2 > org.teams.len(),
            "{rated_now} rated this quarter"
        );
        assert!(
            middle_levels * 2 > org.teams.len(),
            "{middle_levels} at levels 2 to 4"
        );
        assert!(history
            .check_ins
            .iter()
            .all(|c| c.held_on.as_str() <= "2026-11-23"));
        assert_eq!(
            history.check_ins.iter().filter(|c| c.team_id == 1).count(),
            CHECK_IN_MONTHS,
            "the showcase team misses no check-in"
        );
    }

    #[test]
    fn nobody_is_rated_this_quarter_in_its_first_month() {
        // 2026-10-05T12:00:00Z: only last quarter's ratings exist, from its last month.
        let (org, history) = history_at(NOV_23_2026 - 49 * 86_400);
        let september = Month::new(2026, 9).unwrap();
        assert!(history.assessments.iter().all(|a| a.month <= september));
        let rated_in_september = history
            .assessments
            .iter()
            .filter(|a| a.month == september)
            .count();
        assert!(rated_in_september > org.teams.len() * 9 / 10);
    }

    #[test]
    fn the_same_seed_and_day_make_the_same_history() {
        let (_, a) = history_at(NOV_23_2026);
        let (_, b) = history_at(NOV_23_2026);
        assert_eq!(a.assessments.len(), b.assessments.len());
        assert!(a.assessments.iter().zip(&b.assessments).all(|(x, y)| (
            x.team_id,
            x.month,
            x.level,
            x.decided_at
        ) == (
            y.team_id,
            y.month,
            y.level,
            y.decided_at
        )));
        assert_eq!(a.answers, b.answers);
    }

    #[test]
    fn a_month_starts_at_its_first_second() {
        let mut month = Month::new(2101, 1).unwrap();
        while month.year >= 1968 {
            let start = month_start(month);
            assert_eq!(Month::from_unix(start), month);
            assert_eq!(Month::from_unix(start - 1), month.previous());
            assert_eq!(start.rem_euclid(86_400), 0);
            month = month.previous();
        }
    }
}
