//! Search latency at hub scale, Tantivy (this crate) against SQLite FTS5, measured in one run.
//!
//! ```text
//! cargo run -p lmp-search --release --example search_bench
//! SEARCH_BENCH_JSONL=docs.jsonl cargo run …   # the hub's own documents (bench/search.sh)
//! SEARCH_BENCH_DOCS=100000 SEARCH_BENCH_REPS=20 SEARCH_BENCH_MEMORY=1 cargo run ...
//! ```
//!
//! Builds N synthetic documents (default 40,000: 50 content pages, then practices, projects
//! and decisions 20/60/20; most belong to a team) from word lists with a seeded RNG, indexes
//! them with [`SearchIndex`] (on disk in a temporary directory, or in memory with
//! `SEARCH_BENCH_MEMORY=1`) and in an FTS5 table (porter tokenizer, same temporary
//! directory), then runs a fixed list of queries `SEARCH_BENCH_REPS` times each (default 50)
//! and prints p50 / p95 / max per kind of query and overall.
//!
//! The two sides do not do the same work, and the table says so: a Tantivy search returns the
//! total, six facet counts, ten hits with snippets and a "did you mean" check, with the access
//! filter inside the query; the FTS5 side runs the ten best hits with `snippet()` and a
//! `count(*)`, with the same filters as SQL conditions, and no facets. FTS5 has no typo
//! tolerance (a misspelt word finds nothing), no OR fallback and only the English stemmer.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use lmp_search::{Access, Doc, Kind, Query, SearchIndex, Sort, Viewer};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{params_from_iter, Connection};

const DOMAIN: &str = "consensus decision decisions partnership labor management union steward \
sponsor colead team teams unit patient patients safety falls infection hand hygiene staffing \
schedule scheduling overtime huddle huddles meeting meetings agenda minutes charter roster nurse \
nurses physician pharmacy lab radiology clinic hospital emergency department surgery discharge \
readmission wait access appointment call center member members service quality affordability \
workplace performance improvement improvements project projects cycle test tests testing tested \
change changes measure measures data chart baseline target goal aim idea ideas practice practices \
spread sustain training coaching interest interests option options standard problem solving \
facilitation trust communication feedback recognition engagement survey wellness ergonomics \
injury lifting medication error errors reconciliation handoff bedside rounding alarm pressure \
ulcer sepsis screening vaccination diabetes hypertension outreach telehealth video visit referral \
supply inventory waste cost savings budget equipment cleaning environmental housekeeping food \
nutrition transport registration billing coding documentation electronic record workflow process \
step map value stream bottleneck delay backlog throughput capacity demand forecast vacancy hiring \
onboarding orientation retention turnover absence leave relief float pool shift night weekend \
holiday rotation seniority grievance agreement contract bargaining national local regional \
facility region leader leaders director manager supervisor consultant pdsa metric dashboard";

const FILLER: &str = "the a of and to in for with on we our by at from that this was were is \
are be will can each every all more less new after before during about into over under between \
week month quarter year day hour first second third three two four five small large better \
faster safer fewer most people staff group work working started tried learned shared agreed \
reviewed improved reduced increased tracked planned adopted adapted abandoned asked found made \
took kept moved used set up out so it its they their them who which when where how what because \
while since until also only still just well much many some other same own sure clear simple";

const SPANISH: &str = "decisión decisiones consenso reunión reuniones equipo equipos paciente \
pacientes seguridad calidad mejora mejoras proyecto proyectos prueba pruebas cambio cambios datos \
personal turno turnos horario sindicato gerencia asociación la el de que y en los las por con \
para una un se del al como más todos cada semana mes organización práctica prácticas caídas \
higiene manos servicio miembros acuerdo";

const PHRASES: [&str; 5] = [
    "three tests of consensus",
    "hand hygiene",
    "patient falls",
    "tests of change",
    "interest based problem solving",
];
const COMPASS: [&str; 4] = ["Quality", "Service", "Affordability", "Workplace"];
const TOPICS: [&str; 12] = [
    "Safety",
    "Staffing",
    "Meetings",
    "Decisions",
    "Infection",
    "Access",
    "Wellness",
    "Scheduling",
    "Training",
    "Supplies",
    "Communication",
    "Data",
];
const AUDIENCE: [&str; 5] = ["Co-leads", "Members", "Sponsors", "Managers", "Stewards"];
const REGIONS: [&str; 8] = [
    "Northern California",
    "Southern California",
    "Colorado",
    "Georgia",
    "Hawaii",
    "Mid-Atlantic",
    "Northwest",
    "Washington",
];
const CONTENT_TYPES: [&str; 10] = [
    "article",
    "guide",
    "tool",
    "video",
    "course",
    "agreement",
    "history",
    "contact",
    "page",
    "practice",
];
const TEAMS: i64 = 3_700;

/// Words drawn with a Zipf-like skew, as in real text.
struct Words {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Words {
    fn new(list: &str, rng: &mut ChaCha8Rng) -> Words {
        Words::of(list.split_whitespace().map(str::to_string).collect(), rng)
    }

    /// A long tail of made-up words (names, places, jargon) so the vocabulary has the size
    /// of real text: typo correction walks all of it.
    fn made_up(count: usize, rng: &mut ChaCha8Rng) -> Words {
        const SYLLABLES: [&str; 24] = [
            "ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "an", "qui", "pe", "nu", "bra",
            "shi", "tor", "el", "mar", "go", "li", "zen", "ca", "ro", "fin", "da",
        ];
        let mut seen = std::collections::HashSet::new();
        while seen.len() < count {
            let n = rng.gen_range(2..5);
            let word: String = (0..n)
                .map(|_| SYLLABLES[rng.gen_range(0..SYLLABLES.len())])
                .collect();
            seen.insert(word);
        }
        let mut words: Vec<String> = seen.into_iter().collect();
        words.sort();
        Words::of(words, rng)
    }

    fn of(mut words: Vec<String>, rng: &mut ChaCha8Rng) -> Words {
        // A fixed shuffle so that frequent words are not just the first of the list.
        for i in (1..words.len()).rev() {
            words.swap(i, rng.gen_range(0..=i));
        }
        let mut total = 0.0;
        let cumulative = (0..words.len())
            .map(|rank| {
                total += 1.0 / (rank as f64 + 1.0).powf(0.9);
                total
            })
            .collect();
        Words { words, cumulative }
    }

    fn pick(&self, rng: &mut ChaCha8Rng) -> &str {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let x = rng.gen_range(0.0..total);
        let i = self.cumulative.partition_point(|c| *c < x);
        &self.words[i.min(self.words.len() - 1)]
    }
}

struct Generator {
    rng: ChaCha8Rng,
    domain: Words,
    filler: Words,
    spanish: Words,
    rare: Words,
}

impl Generator {
    fn new(seed: u64) -> Generator {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let domain = Words::new(DOMAIN, &mut rng);
        let filler = Words::new(FILLER, &mut rng);
        let spanish = Words::new(SPANISH, &mut rng);
        let rare = Words::made_up(30_000, &mut rng);
        Generator {
            rng,
            domain,
            filler,
            spanish,
            rare,
        }
    }

    fn text(&mut self, words: usize, spanish: bool) -> String {
        let mut out = String::with_capacity(words * 8);
        let mut sentence = 0;
        for _ in 0..words {
            let word = if spanish {
                self.spanish.pick(&mut self.rng)
            } else if self.rng.gen_bool(0.08) {
                self.rare.pick(&mut self.rng)
            } else if self.rng.gen_bool(0.45) {
                self.domain.pick(&mut self.rng)
            } else {
                self.filler.pick(&mut self.rng)
            };
            if sentence == 0 {
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(chars.as_str());
                }
            } else {
                out.push_str(word);
            }
            sentence += 1;
            if !spanish && self.rng.gen_bool(0.001) {
                out.push(' ');
                out.push_str(PHRASES[self.rng.gen_range(0..PHRASES.len())]);
            }
            if sentence > 6 && self.rng.gen_bool(0.12) {
                out.push_str(". ");
                sentence = 0;
            } else {
                out.push(' ');
            }
        }
        out.trim_end().to_string() + "."
    }

    fn some<const N: usize>(&mut self, values: [&str; N], max: usize) -> Vec<String> {
        let n = self.rng.gen_range(0..=max);
        let mut out: Vec<String> = Vec::new();
        for _ in 0..n {
            let v = values[self.rng.gen_range(0..N)].to_string();
            if !out.contains(&v) {
                out.push(v);
            }
        }
        out
    }

    fn doc(&mut self, n: usize, i: usize) -> Doc {
        let (kind, body_words) = if i < 50 {
            (Kind::Content, self.rng.gen_range(400..1_500))
        } else {
            let x = (i - 50) as f64 / (n.saturating_sub(50).max(1)) as f64;
            if x < 0.2 {
                (Kind::Practice, self.rng.gen_range(80..300))
            } else if x < 0.8 {
                (Kind::Project, self.rng.gen_range(60..250))
            } else {
                (Kind::Decision, self.rng.gen_range(30..120))
            }
        };
        let spanish = kind != Kind::Content && self.rng.gen_bool(0.05);
        let team = self.rng.gen_range(1..=TEAMS);
        let region = team % REGIONS.len() as i64;
        let access = if kind == Kind::Content || (kind == Kind::Practice && self.rng.gen_bool(0.7))
        {
            Access::Everyone
        } else {
            Access::Team {
                team_id: team,
                region_id: region + 1,
                facility_id: team % 150 + 1,
            }
        };
        let title_words = self.rng.gen_range(3..9);
        let summary_words = self.rng.gen_range(12..35);
        Doc {
            kind,
            id: i as i64 + 1,
            title: self
                .text(title_words, spanish)
                .trim_end_matches('.')
                .to_string(),
            summary: self.text(summary_words, spanish),
            body: self.text(body_words, spanish),
            url: format!("/{}/{}", kind.code(), i + 1),
            content_type: (kind == Kind::Content)
                .then(|| CONTENT_TYPES[i % CONTENT_TYPES.len()].to_string()),
            compass: self.some(COMPASS, 2),
            topics: self.some(TOPICS, 3),
            audience: self.some(AUDIENCE, 2),
            region: (kind != Kind::Content).then(|| REGIONS[region as usize].to_string()),
            language: if spanish { "es" } else { "en" }.to_string(),
            date: 1_600_000_000 + self.rng.gen_range(0..150_000_000),
            access,
        }
    }
}

/// One benchmark query: its kind (for grouping), the Tantivy query and the FTS5 equivalent.
struct Case {
    kind: &'static str,
    query: Query,
    fts: Option<String>,
}

fn member() -> Viewer {
    Viewer {
        teams: vec![17, 230],
        ..Viewer::default()
    }
}

fn cases() -> Vec<Case> {
    let all = Viewer::everything;
    let q = |text: &str| Query {
        viewer: all(),
        limit: 10,
        ..Query::text(text)
    };
    let fts = |s: &str| Some(s.to_string());
    vec![
        Case {
            kind: "one word",
            query: q("consensus"),
            fts: fts("\"consensus\""),
        },
        Case {
            kind: "one word",
            query: q("staffing"),
            fts: fts("\"staffing\""),
        },
        Case {
            kind: "one word",
            query: q("huddle"),
            fts: fts("\"huddle\""),
        },
        Case {
            kind: "one word",
            query: q("sepsis"),
            fts: fts("\"sepsis\""),
        },
        Case {
            kind: "one word",
            query: q("the"),
            fts: fts("\"the\""),
        },
        Case {
            kind: "two words",
            query: q("hand hygiene"),
            fts: fts("\"hand\" \"hygiene\""),
        },
        Case {
            kind: "two words",
            query: q("patient falls"),
            fts: fts("\"patient\" \"falls\""),
        },
        Case {
            kind: "two words",
            query: q("discharge delay"),
            fts: fts("\"discharge\" \"delay\""),
        },
        Case {
            kind: "two words",
            query: q("staffing overtime"),
            fts: fts("\"staffing\" \"overtime\""),
        },
        Case {
            kind: "phrase",
            query: q("\"three tests\""),
            fts: fts("\"three tests\""),
        },
        Case {
            kind: "phrase",
            query: q("\"tests of change\""),
            fts: fts("\"tests of change\""),
        },
        Case {
            kind: "phrase",
            query: q("\"interest based problem solving\""),
            fts: fts("\"interest based problem solving\""),
        },
        Case {
            kind: "typo",
            query: q("concensus"),
            fts: fts("\"concensus\""),
        },
        Case {
            kind: "typo",
            query: q("desicion"),
            fts: fts("\"desicion\""),
        },
        Case {
            kind: "typo",
            query: q("stafing schedule"),
            fts: fts("\"stafing\" \"schedule\""),
        },
        Case {
            kind: "typo",
            query: q("hygene"),
            fts: fts("\"hygene\""),
        },
        Case {
            kind: "filtered",
            query: Query {
                kinds: vec![Kind::Project],
                ..q("consensus")
            },
            fts: fts("\"consensus\""),
        },
        Case {
            kind: "filtered",
            query: Query {
                compass: vec!["Quality".into()],
                ..q("falls")
            },
            fts: fts("\"falls\""),
        },
        Case {
            kind: "filtered",
            query: Query {
                regions: vec!["Colorado".into()],
                topics: vec!["Staffing".into(), "Scheduling".into()],
                ..q("staffing")
            },
            fts: fts("\"staffing\""),
        },
        Case {
            kind: "filtered",
            query: Query {
                kinds: vec![Kind::Content],
                content_types: vec!["guide".into()],
                ..q("meeting agenda")
            },
            fts: fts("\"meeting\" \"agenda\""),
        },
        Case {
            kind: "newest",
            query: Query {
                sort: Sort::Newest,
                ..q("consensus")
            },
            fts: fts("\"consensus\""),
        },
        Case {
            kind: "newest",
            query: Query {
                sort: Sort::Newest,
                ..q("hand hygiene")
            },
            fts: fts("\"hand\" \"hygiene\""),
        },
        Case {
            kind: "newest",
            query: Query {
                sort: Sort::Newest,
                offset: 40,
                ..q("patient")
            },
            fts: fts("\"patient\""),
        },
        Case {
            kind: "list (no text)",
            query: Query {
                kinds: vec![Kind::Content],
                ..q("")
            },
            fts: None,
        },
        Case {
            kind: "list (no text)",
            query: Query {
                compass: vec!["Service".into()],
                ..q("")
            },
            fts: None,
        },
        Case {
            kind: "list (no text)",
            query: q(""),
            fts: None,
        },
        Case {
            kind: "member viewer",
            query: Query {
                viewer: member(),
                ..q("consensus")
            },
            fts: fts("\"consensus\""),
        },
        Case {
            kind: "member viewer",
            query: Query {
                viewer: Viewer {
                    regions: vec![2],
                    ..Viewer::default()
                },
                ..q("patient falls")
            },
            fts: fts("\"patient\" \"falls\""),
        },
        Case {
            kind: "member viewer",
            query: Query {
                viewer: member(),
                ..q("")
            },
            fts: None,
        },
        Case {
            kind: "member viewer",
            query: Query {
                viewer: member(),
                ..q("concensus")
            },
            fts: fts("\"concensus\""),
        },
        Case {
            kind: "spanish",
            query: q("decisiones"),
            fts: fts("\"decisiones\""),
        },
        Case {
            kind: "spanish",
            query: q("reunion equipo"),
            fts: fts("\"reunion\" \"equipo\""),
        },
    ]
}

fn fts_schema(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;
         CREATE TABLE meta (
             rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, ctype TEXT, region TEXT,
             lang TEXT NOT NULL, date INTEGER NOT NULL,
             team_id INTEGER, region_id INTEGER, facility_id INTEGER,
             compass TEXT NOT NULL, topics TEXT NOT NULL, title TEXT NOT NULL, url TEXT NOT NULL);
         CREATE INDEX meta_date ON meta (date);
         CREATE INDEX meta_kind_date ON meta (kind, date);
         CREATE VIRTUAL TABLE fts USING fts5(
             title, summary, body, tokenize = 'porter unicode61 remove_diacritics 2');",
    )
}

fn fts_load(conn: &mut Connection, docs: &[Doc]) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    {
        let mut meta = tx.prepare(
            "INSERT INTO meta (rowid, kind, ctype, region, lang, date, team_id, region_id,
                               facility_id, compass, topics, title, url)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )?;
        let mut fts =
            tx.prepare("INSERT INTO fts (rowid, title, summary, body) VALUES (?1, ?2, ?3, ?4)")?;
        for (rowid, d) in docs.iter().enumerate() {
            let (t, r, f) = match d.access {
                Access::Everyone => (None, None, None),
                Access::Team {
                    team_id,
                    region_id,
                    facility_id,
                } => (Some(team_id), Some(region_id), Some(facility_id)),
            };
            // Multi-valued facets as `|a|b|` so a filter is a LIKE '%|a|%'.
            let multi = |v: &[String]| format!("|{}|", v.join("|"));
            meta.execute(rusqlite::params![
                rowid as i64,
                d.kind.code(),
                d.content_type,
                d.region,
                d.language,
                d.date,
                t,
                r,
                f,
                multi(&d.compass),
                multi(&d.topics),
                d.title,
                d.url,
            ])?;
            fts.execute(rusqlite::params![rowid as i64, d.title, d.summary, d.body])?;
        }
    }
    tx.commit()
}

/// The SQL conditions on `meta m` equivalent to the query's filters and access, with params.
///
/// With a MATCH, the columns are written `+m.kind` so that SQLite's planner does not drive the
/// query from the `meta` index and run MATCH row by row (300 ms for "consensus" in projects).
fn fts_filters(q: &Query, with_match: bool) -> (String, Vec<rusqlite::types::Value>) {
    let plus = if with_match { "+" } else { "" };
    use rusqlite::types::Value;
    let mut sql = String::new();
    let mut params: Vec<Value> = Vec::new();
    let mut any_of = |column: &str, values: Vec<String>, like: bool| {
        if values.is_empty() {
            return;
        }
        let ors: Vec<String> = values
            .into_iter()
            .map(|v| {
                if like {
                    params.push(Value::Text(format!("%|{v}|%")));
                    format!("{plus}m.{column} LIKE ?")
                } else {
                    params.push(Value::Text(v));
                    format!("{plus}m.{column} = ?")
                }
            })
            .collect();
        sql.push_str(&format!(" AND ({})", ors.join(" OR ")));
    };
    any_of(
        "kind",
        q.kinds.iter().map(|k| k.code().to_string()).collect(),
        false,
    );
    any_of("ctype", q.content_types.clone(), false);
    any_of("region", q.regions.clone(), false);
    any_of("compass", q.compass.clone(), true);
    any_of("topics", q.topics.clone(), true);
    if !q.viewer.everything {
        let list = |ids: &[i64]| {
            ids.iter()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        sql.push_str(&format!(
            " AND (m.team_id IS NULL OR m.team_id IN ({}) OR m.region_id IN ({}) OR m.facility_id IN ({}))",
            list(&q.viewer.teams),
            list(&q.viewer.regions),
            list(&q.viewer.facilities)
        ));
    }
    (sql, params)
}

/// The FTS5 page: ten hits with snippets and the total. Returns the total.
fn fts_search(conn: &Connection, case: &Case) -> rusqlite::Result<usize> {
    use rusqlite::types::Value;
    let (filters, mut params) = fts_filters(&case.query, case.fts.is_some());
    let q = &case.query;
    let (top_sql, count_sql) = match &case.fts {
        Some(matched) => {
            params.insert(0, Value::Text(matched.clone()));
            let order = if q.sort == Sort::Newest {
                "m.date DESC"
            } else {
                "bm25(fts, 3.0, 2.0, 1.0)"
            };
            (
                format!(
                    "SELECT m.rowid, m.title, m.url, snippet(fts, 2, '<mark>', '</mark>', '…', 30)
                     FROM fts JOIN meta m ON m.rowid = fts.rowid
                     WHERE fts MATCH ?{filters} ORDER BY {order} LIMIT 10 OFFSET {}",
                    q.offset
                ),
                format!(
                    "SELECT count(*) FROM fts JOIN meta m ON m.rowid = fts.rowid
                     WHERE fts MATCH ?{filters}"
                ),
            )
        }
        None => (
            format!(
                "SELECT m.rowid, m.title, m.url, substr(f.body, 1, 200)
                 FROM meta m JOIN fts f ON f.rowid = m.rowid
                 WHERE 1{filters} ORDER BY m.date DESC LIMIT 10 OFFSET {}",
                q.offset
            ),
            format!("SELECT count(*) FROM meta m WHERE 1{filters}"),
        ),
    };
    let mut top = conn.prepare_cached(&top_sql)?;
    let mut rows = top.query(params_from_iter(params.iter()))?;
    while let Some(row) = rows.next()? {
        let _: (i64, String, String, String) = (row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?);
    }
    let mut count = conn.prepare_cached(&count_sql)?;
    let total: i64 = count.query_row(params_from_iter(params.iter()), |row| row.get(0))?;
    Ok(total as usize)
}

#[derive(Default)]
struct Stats {
    samples: Vec<Duration>,
}

impl Stats {
    fn add(&mut self, d: Duration) {
        self.samples.push(d);
    }

    fn summary(&self) -> (f64, f64, f64) {
        let mut s: Vec<f64> = self.samples.iter().map(|d| d.as_secs_f64() * 1e3).collect();
        if s.is_empty() {
            return (0.0, 0.0, 0.0);
        }
        s.sort_by(f64::total_cmp);
        let at = |p: f64| s[((s.len() as f64 * p).ceil() as usize).clamp(1, s.len()) - 1];
        (at(0.5), at(0.95), s[s.len() - 1])
    }
}

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n = env("SEARCH_BENCH_DOCS", 40_000);
    let reps = env("SEARCH_BENCH_REPS", 50).max(1);
    let in_memory = std::env::var("SEARCH_BENCH_MEMORY").is_ok_and(|v| v == "1");
    let dir = tempfile::tempdir()?;

    let started = Instant::now();
    // The hub's own documents (`lmp reindex --dump FILE`, see bench/search.sh), or synthetic ones.
    let docs: Vec<Doc> = match std::env::var("SEARCH_BENCH_JSONL") {
        Ok(path) => std::fs::read_to_string(&path)?
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(serde_json::from_str)
            .collect::<Result<_, _>>()?,
        Err(_) => {
            let mut generator = Generator::new(20_240_601);
            (0..n).map(|i| generator.doc(n, i)).collect()
        }
    };
    let n = docs.len();
    let words: usize = docs
        .iter()
        .map(|d| d.body.split(' ').count() + d.summary.split(' ').count())
        .sum();
    println!(
        "{n} documents, {words} words, generated in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let index = if in_memory {
        SearchIndex::in_memory()?
    } else {
        SearchIndex::open(&dir.path().join("tantivy"))?
    };
    let started = Instant::now();
    index.rebuild(docs.iter().cloned().map(Ok), &|_| {})?;
    println!(
        "tantivy ({}): indexed in {:.1} s, {} docs",
        if in_memory { "in memory" } else { "on disk" },
        started.elapsed().as_secs_f64(),
        index.doc_count()
    );

    let mut conn = Connection::open(dir.path().join("fts.db"))?;
    fts_schema(&conn)?;
    let started = Instant::now();
    fts_load(&mut conn, &docs)?;
    println!(
        "fts5 (on disk, WAL): indexed in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    drop(docs);

    let cases = cases();
    let mut tantivy: BTreeMap<&str, Stats> = BTreeMap::new();
    let mut fts: BTreeMap<&str, Stats> = BTreeMap::new();
    let mut tantivy_all = Stats::default();
    let mut fts_all = Stats::default();
    println!();
    println!(
        "{:<44} {:>8} {:>9} {:>9} {:>8} {:>9}",
        "query", "total", "t p50 ms", "t p95 ms", "fts total", "f p95 ms"
    );
    for case in &cases {
        // Warm caches once; then measure.
        let first = index.search(&case.query)?;
        let fts_total = fts_search(&conn, case)?;
        let mut t = Stats::default();
        let mut f = Stats::default();
        for _ in 0..reps {
            let started = Instant::now();
            let r = index.search(&case.query)?;
            t.add(started.elapsed());
            std::hint::black_box(r);
            let started = Instant::now();
            std::hint::black_box(fts_search(&conn, case)?);
            f.add(started.elapsed());
        }
        let mut label = format!("{}: {:?}", case.kind, case.query.text);
        if let Some(dym) = &first.did_you_mean {
            label.push_str(&format!(" →{dym:?}"));
        }
        label.truncate(44);
        println!(
            "{:<44} {:>8} {:>9.2} {:>9.2} {:>8} {:>9.2}",
            label,
            first.total,
            t.summary().0,
            t.summary().1,
            fts_total,
            f.summary().1
        );
        for s in &t.samples {
            tantivy.entry(case.kind).or_default().add(*s);
            tantivy_all.add(*s);
        }
        for s in &f.samples {
            fts.entry(case.kind).or_default().add(*s);
            fts_all.add(*s);
        }
    }

    println!();
    println!("Summary: {n} documents, {reps} runs per query, one thread, milliseconds");
    println!(
        "| {:<16} | {:>11} | {:>11} | {:>11} | {:>8} | {:>8} | {:>8} |",
        "query kind",
        "tantivy p50",
        "tantivy p95",
        "tantivy max",
        "fts5 p50",
        "fts5 p95",
        "fts5 max"
    );
    println!(
        "|{:-<18}|{:->13}|{:->13}|{:->13}|{:->10}|{:->10}|{:->10}|",
        "", "", "", "", "", "", ""
    );
    let mut kinds: Vec<&str> = Vec::new();
    for case in &cases {
        if !kinds.contains(&case.kind) {
            kinds.push(case.kind);
        }
    }
    let row = |name: &str, t: &Stats, f: &Stats| {
        let (t50, t95, tmax) = t.summary();
        let (f50, f95, fmax) = f.summary();
        println!(
            "| {name:<16} | {t50:>11.2} | {t95:>11.2} | {tmax:>11.2} | {f50:>8.2} | {f95:>8.2} | {fmax:>8.2} |"
        );
    };
    for kind in kinds {
        row(kind, &tantivy[kind], &fts[kind]);
    }
    row("overall", &tantivy_all, &fts_all);
    println!();
    println!(
        "tantivy: total + 6 facets + 10 hits with snippets + did-you-mean, typo-tolerant, access inside the query."
    );
    println!(
        "fts5: 10 hits by bm25 (or date) with snippet() + count(*), same filters in SQL, no facets, no typo tolerance (typo queries find nothing), English stemmer only."
    );
    Ok(())
}
