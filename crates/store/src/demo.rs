//! The demo organisation: a deterministic, seeded organisation at the reference scale (or a
//! small one for tests), generated in memory and loaded in bulk.
//!
//! Every name here is invented. Five people get known sign-ins (see [`DEMO_ACCOUNTS`]); nobody
//! else has a password.

use lmp_domain::{Side, SiteRole, TeamRole};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::{now, Backend, Store, StoreError, StoreResult};

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
        let summary = DemoSummary {
            regions: org.regions.len(),
            facilities: org.facilities.len(),
            teams: org.teams.len(),
            people: org.people.len(),
            roles: org.roles.len(),
            showcase_team_id: 1,
        };
        self.write_org(&org, progress).await?;
        Ok(summary)
    }

    async fn write_org(&self, org: &Org, progress: Progress<'_>) -> StoreResult<()> {
        let total = (org.regions.len()
            + org.facilities.len()
            + org.departments.len()
            + org.coalitions.len()
            + org.locals.len()
            + org.teams.len()
            + org.people.len()
            + org.roles.len()
            + org.site_roles.len()) as u64;
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

enum Value {
    Int(i64),
    OptInt(Option<i64>),
    Text(String),
    OptText(Option<String>),
}

struct Bulk<'t, 'c, 'p> {
    tx: &'t mut sqlx::Transaction<'c, sqlx::Any>,
    done: &'t mut u64,
    total: u64,
    progress: Progress<'p>,
}

impl Bulk<'_, '_, '_> {
    /// Inserts rows in multi-row statements, staying well under both databases' limit on
    /// parameters per statement.
    async fn insert(
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
                    query = match value {
                        Value::Int(v) => query.bind(*v),
                        Value::OptInt(v) => query.bind(*v),
                        Value::Text(v) => query.bind(v.as_str()),
                        Value::OptText(v) => query.bind(v.as_deref()),
                    };
                }
            }
            query.execute(&mut **self.tx).await?;
            *self.done += chunk.len() as u64;
            (self.progress)(*self.done, self.total);
        }
        Ok(())
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
}
