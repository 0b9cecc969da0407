//! The starter content in `content/` is written in our own words and is well formed.
//!
//! The organisation's source documents ("seeds") may lend the content its facts, never its
//! sentences: no page may share a run of 8 consecutive words with a seed. CI runs on a fresh
//! clone without the seeds, so the check reads `tests/fixtures/seed-shingles.txt`, the FNV-1a
//! hashes of every 8-word run of the seeds, written by `tests/fixtures/make-seed-shingles.py`.
//! Where the seeds are at hand (`LMP_SEEDS_DIR`, or `/work/shared/seeds`), a second test
//! recomputes the hashes and asserts the fixture is still exactly right.
//!
//! Normalisation, the same here and in the script: lowercase; every character that is not
//! alphanumeric becomes a space; split on whitespace.
//!
//! The other tests check what the importer relies on: the front matter of every page (keys,
//! allowed values, slugs that match file names, translations of existing pages), enough
//! English and Spanish pages, no placeholder text, links between pages that resolve, and a
//! COVERAGE.md that names only pages that exist.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

const SHINGLE_WORDS: usize = 8;
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const DEFAULT_SEEDS_DIR: &str = "/work/shared/seeds";
const COVERAGE_FILE: &str = "COVERAGE.md";

const TYPES: [&str; 10] = [
    "article",
    "guide",
    "practice",
    "tool",
    "video",
    "course",
    "agreement",
    "history",
    "contact",
    "page",
];
const COMPASS: [&str; 4] = ["quality", "service", "affordable", "workplace"];
const AUDIENCE: [&str; 5] = ["frontline", "co-lead", "sponsor", "leader", "steward"];
const REQUIRED_KEYS: [&str; 8] = [
    "slug", "title", "type", "summary", "compass", "topics", "audience", "language",
];
/// Words that mark unfinished text, matched as whole words in any case. "todo" is also a
/// Spanish word ("all"), so in Spanish pages only the upper-case TODO counts.
const PLACEHOLDER_WORDS: [&str; 6] = ["lorem", "ipsum", "todo", "tbd", "fixme", "xxx"];
const PLACEHOLDER_PHRASES: [&[&str]; 2] = [&["coming", "soon"], &["próximamente"]];

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

fn fixture_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seed-shingles.txt")
}

// ---------------------------------------------------------------------------------------------
// Shingles

/// Lowercase, every non-alphanumeric character a space, split on whitespace.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(FNV_PRIME)
    })
}

/// Each 8-word run of the text with its hash, in order.
fn shingles(text: &str) -> Vec<(u64, String)> {
    words(text)
        .windows(SHINGLE_WORDS)
        .map(|run| {
            let joined = run.join(" ");
            (fnv1a64(joined.as_bytes()), joined)
        })
        .collect()
}

/// The runs of `text` whose hash is in `seed`.
fn copied_runs(text: &str, seed: &HashSet<u64>) -> Vec<String> {
    shingles(text)
        .into_iter()
        .filter(|(hash, _)| seed.contains(hash))
        .map(|(_, run)| run)
        .collect()
}

fn read_fixture() -> Vec<String> {
    let path = fixture_path();
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines().map(str::to_string).collect()
}

fn seed_hashes() -> HashSet<u64> {
    let lines = read_fixture();
    assert!(
        lines.len() >= 1000,
        "the fixture holds only {} hashes; regenerate it with tests/fixtures/make-seed-shingles.py",
        lines.len()
    );
    let mut previous: Option<&str> = None;
    for line in &lines {
        assert!(
            line.len() == 16
                && line
                    .chars()
                    .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)),
            "fixture line {line:?} is not 16 lowercase hex digits"
        );
        assert!(
            previous.is_none_or(|p| p < line.as_str()),
            "the fixture must be sorted and without duplicates (at {line})"
        );
        previous = Some(line);
    }
    lines
        .iter()
        .map(|line| u64::from_str_radix(line, 16).expect("checked hex"))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Pages

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    List(Vec<String>),
}

#[derive(Debug)]
struct Page {
    file: String,
    /// The front matter, by key.
    front: BTreeMap<String, Value>,
    body: String,
}

impl Page {
    fn text(&self, key: &str) -> Option<&str> {
        match self.front.get(key) {
            Some(Value::Text(t)) => Some(t),
            _ => None,
        }
    }

    fn list(&self, key: &str) -> Option<&[String]> {
        match self.front.get(key) {
            Some(Value::List(l)) => Some(l),
            _ => None,
        }
    }

    fn is_spanish_file(&self) -> bool {
        self.file.ends_with(".es.md")
    }

    /// Every text value of the front matter and the body, labelled for messages.
    fn texts(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (key, value) in &self.front {
            match value {
                Value::Text(t) => out.push((format!("front matter `{key}`"), t.clone())),
                Value::List(items) => {
                    out.push((format!("front matter `{key}`"), items.join(" ")));
                }
            }
        }
        out.push(("body".to_string(), self.body.clone()));
        out
    }
}

/// The content files: every `content/*.md`, COVERAGE.md included, sorted by name.
fn markdown_files() -> Vec<(String, String)> {
    let dir = content_dir();
    let entries =
        fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut files: Vec<(String, String)> = entries
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (name, text)
        })
        .collect();
    files.sort();
    files
}

fn parse_value(raw: &str) -> Result<Value, String> {
    if let Some(inner) = raw.strip_prefix('[') {
        let inner = inner
            .strip_suffix(']')
            .ok_or_else(|| format!("list {raw:?} does not end with ]"))?;
        if inner.trim().is_empty() {
            return Ok(Value::List(Vec::new()));
        }
        let items: Vec<String> = inner.split(',').map(|i| i.trim().to_string()).collect();
        if let Some(bad) = items
            .iter()
            .find(|i| i.is_empty() || i.contains(['[', ']', '"', ':']))
        {
            return Err(format!(
                "list item {bad:?} in {raw:?} is empty or not plain"
            ));
        }
        return Ok(Value::List(items));
    }
    if let Some(inner) = raw.strip_prefix('"') {
        let inner = inner
            .strip_suffix('"')
            .ok_or_else(|| format!("quoted value {raw:?} does not end with a quote"))?;
        if inner.contains('"') {
            return Err(format!("quoted value {raw:?} holds a quote"));
        }
        return Ok(Value::Text(inner.to_string()));
    }
    if raw.contains(':') {
        return Err(format!(
            "{raw:?} holds a colon, so it must be in double quotes"
        ));
    }
    Ok(Value::Text(raw.to_string()))
}

fn parse_page(file: &str, text: &str) -> Result<Page, String> {
    let rest = text
        .strip_prefix("---\n")
        .ok_or("the file does not start with a `---` line")?;
    let (front_text, body) = rest
        .split_once("\n---\n")
        .ok_or("the front matter has no closing `---` line")?;
    let mut front = BTreeMap::new();
    for line in front_text.lines() {
        let (key, raw) = line
            .split_once(": ")
            .ok_or_else(|| format!("front matter line {line:?} is not `key: value`"))?;
        let valid_key = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit());
        if !valid_key {
            return Err(format!(
                "front matter key {key:?} is not a plain lowercase name"
            ));
        }
        let value = parse_value(raw.trim()).map_err(|e| format!("`{key}`: {e}"))?;
        if front.insert(key.to_string(), value).is_some() {
            return Err(format!("front matter key `{key}` appears twice"));
        }
    }
    Ok(Page {
        file: file.to_string(),
        front,
        body: body.to_string(),
    })
}

/// Every page (all content files but COVERAGE.md), parsed; panics listing every file that
/// does not parse.
fn pages() -> Vec<Page> {
    let mut pages = Vec::new();
    let mut problems = Vec::new();
    for (file, text) in markdown_files() {
        if file == COVERAGE_FILE {
            continue;
        }
        match parse_page(&file, &text) {
            Ok(page) => pages.push(page),
            Err(e) => problems.push(format!("{file}: {e}")),
        }
    }
    assert!(
        problems.is_empty(),
        "pages whose front matter does not parse:\n{}",
        problems.join("\n")
    );
    pages
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

fn positive_integer(value: &str) -> Option<u32> {
    value.parse::<u32>().ok().filter(|n| *n > 0)
}

/// What is wrong with one page's front matter, on its own (not against other pages).
fn front_matter_problems(page: &Page) -> Vec<String> {
    let mut problems = Vec::new();
    let mut problem = |message: String| problems.push(message);

    for key in REQUIRED_KEYS {
        if !page.front.contains_key(key) {
            problem(format!("`{key}` is missing"));
        }
    }
    for key in ["slug", "title", "type", "summary", "language"] {
        match page.front.get(key) {
            Some(Value::Text(t)) if t.trim().is_empty() => problem(format!("`{key}` is empty")),
            Some(Value::List(_)) => problem(format!("`{key}` must be a single value")),
            _ => {}
        }
    }
    for key in ["compass", "topics", "audience"] {
        if let Some(Value::Text(_)) = page.front.get(key) {
            problem(format!("`{key}` must be a [list]"));
        }
    }

    let slug = page.text("slug").unwrap_or_default();
    if !is_slug(slug) {
        problem(format!("slug {slug:?} is not lowercase-hyphenated"));
    }
    let kind = page.text("type").unwrap_or_default();
    if !TYPES.contains(&kind) {
        problem(format!("type {kind:?} is not one of {TYPES:?}"));
    }
    for point in page.list("compass").unwrap_or_default() {
        if !COMPASS.contains(&point.as_str()) {
            problem(format!("compass point {point:?} is not one of {COMPASS:?}"));
        }
    }
    let audience = page.list("audience").unwrap_or_default();
    if page.front.contains_key("audience") && audience.is_empty() {
        problem("`audience` names nobody".to_string());
    }
    for who in audience {
        if !AUDIENCE.contains(&who.as_str()) {
            problem(format!("audience {who:?} is not one of {AUDIENCE:?}"));
        }
    }
    let topics = page.list("topics").unwrap_or_default();
    if page.front.contains_key("topics") && topics.is_empty() {
        problem("`topics` is empty".to_string());
    }
    for topic in topics {
        if !is_slug(topic) {
            problem(format!("topic {topic:?} is not lowercase-hyphenated"));
        }
    }

    // The file name follows from the slug and the language.
    let language = page.text("language").unwrap_or_default();
    match language {
        "en" => {
            if page.file != format!("{slug}.md") || page.is_spanish_file() {
                problem(format!(
                    "an English page with slug {slug:?} must be `{slug}.md`"
                ));
            }
            if page.front.contains_key("translation_of") {
                problem("an English page is not a translation".to_string());
            }
        }
        "es" => {
            let base = page.file.strip_suffix(".es.md").unwrap_or_default();
            if base.is_empty() || slug != format!("{base}-es") {
                problem(format!(
                    "a Spanish page must be `<english slug>.es.md` with slug `<english slug>-es`, \
                     not slug {slug:?}"
                ));
            }
            if page.text("translation_of") != Some(base) {
                problem(format!(
                    "`translation_of` must be {base:?}, the English slug"
                ));
            }
        }
        other => problem(format!("language {other:?} is not en or es")),
    }

    // Keys that only some types may have, and what they must hold.
    let allowed_extra: &[&str] = match kind {
        "article" => &["issue"],
        "course" => &["level", "length_minutes"],
        "video" => &["length_minutes", "url"],
        "tool" => &["printable"],
        "history" => &["era", "year"],
        "agreement" => &["sections"],
        _ => &[],
    };
    for key in page.front.keys() {
        let known = REQUIRED_KEYS.contains(&key.as_str())
            || key == "translation_of"
            || allowed_extra.contains(&key.as_str());
        if !known {
            problem(format!(
                "key `{key}` does not belong on a page of type {kind:?}"
            ));
        }
    }
    let required_extra: &[&str] = match kind {
        "article" => &["issue"],
        "course" => &["level"],
        "history" => &["era", "year"],
        _ => &[],
    };
    for key in required_extra {
        if page.text(key).is_none_or(|v| v.trim().is_empty()) {
            problem(format!("a page of type {kind:?} needs `{key}`"));
        }
    }
    if let Some(level) = page.text("level") {
        if !matches!(level, "1" | "2" | "3" | "4" | "5") {
            problem(format!(
                "level {level:?} is not a Path to Performance level 1-5"
            ));
        }
    }
    for key in ["length_minutes", "sections"] {
        if let Some(n) = page.text(key) {
            if positive_integer(n).is_none() {
                problem(format!("`{key}` {n:?} is not a positive whole number"));
            }
        }
    }
    if let Some(year) = page.text("year") {
        if !year
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y) && year.len() == 4)
        {
            problem(format!("year {year:?} is not YYYY"));
        }
    }
    if let Some(printable) = page.text("printable") {
        if printable != "true" && printable != "false" {
            problem(format!("printable {printable:?} is not true or false"));
        }
    }
    if let Some(url) = page.text("url") {
        if !url.starts_with("https://") && !url.starts_with("http://") {
            problem(format!("url {url:?} is not a full address"));
        }
    }
    if kind == "video" && !page.body.contains("## Transcript") {
        problem("a video page needs a `## Transcript` section".to_string());
    }
    problems
}

/// Placeholder words found in a text, for messages.
fn placeholders(text: &str, spanish: bool) -> Vec<String> {
    let raw: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let lower: Vec<String> = raw.iter().map(|w| w.to_lowercase()).collect();
    let mut found = Vec::new();
    for (word, low) in raw.iter().zip(&lower) {
        let spanish_word = spanish && low == "todo" && *word != "TODO";
        if PLACEHOLDER_WORDS.contains(&low.as_str()) && !spanish_word {
            found.push(word.to_string());
        }
    }
    for phrase in PLACEHOLDER_PHRASES {
        let hit = lower
            .windows(phrase.len())
            .any(|w| w.iter().zip(phrase.iter()).all(|(a, b)| a == b));
        if hit {
            found.push(phrase.join(" "));
        }
    }
    found
}

/// The slugs that `[text](/content/<slug>)` links point to, in order.
fn linked_slugs(body: &str) -> Vec<String> {
    body.split("](/content/")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| *c != ')' && *c != '#' && *c != '?')
                .collect()
        })
        .collect()
}

/// The `slug`s written in backticks in COVERAGE.md.
fn coverage_slugs(coverage: &str) -> Vec<String> {
    coverage
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| is_slug(s))
        .map(str::to_string)
        .collect()
}

fn seeds_dir() -> PathBuf {
    std::env::var_os("LMP_SEEDS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_SEEDS_DIR))
}

/// The seed files (every regular file in the directory), sorted, or None where there are none.
fn seed_files() -> Option<Vec<PathBuf>> {
    let dir = seeds_dir();
    let entries = fs::read_dir(&dir).ok()?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    (!files.is_empty()).then_some(files)
}

// ---------------------------------------------------------------------------------------------
// Tests

#[test]
fn no_page_shares_an_eight_word_run_with_a_seed() {
    let seed = seed_hashes();
    let mut offences = Vec::new();
    let mut checked = 0;
    for (file, text) in markdown_files() {
        let parts = if file == COVERAGE_FILE {
            vec![("text".to_string(), text)]
        } else {
            match parse_page(&file, &text) {
                Ok(page) => page.texts(),
                // A page that does not parse is reported by the front matter test; check all
                // of its text here all the same.
                Err(_) => vec![("whole file".to_string(), text)],
            }
        };
        for (part, text) in parts {
            for run in copied_runs(&text, &seed) {
                offences.push(format!("{file} ({part}): \"{run}\""));
            }
        }
        checked += 1;
    }
    assert!(checked > 40, "only {checked} content files were found");
    assert!(
        offences.is_empty(),
        "these runs of {SHINGLE_WORDS} words are copied from a seed document; say it in our own \
         words:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_copy_check_catches_a_copied_sentence() {
    // A fixture made from one sentence flags that sentence inside other text, whatever its
    // case and punctuation, and nothing else.
    let source = "Every team-tested practice started as one small idea on a huddle board.";
    let fixture: HashSet<u64> = shingles(source).into_iter().map(|(h, _)| h).collect();
    assert_eq!(fixture.len(), 13 - SHINGLE_WORDS + 1);
    let page =
        "Our story. EVERY team tested practice started as one small idea — on a Huddle board!";
    let runs = copied_runs(page, &fixture);
    assert_eq!(runs.len(), fixture.len(), "{runs:?}");
    assert_eq!(runs[0], "every team tested practice started as one small");
    assert!(copied_runs(
        "Every team-tested practice began as a small idea.",
        &fixture
    )
    .is_empty());
    // The hash is the published 64-bit FNV-1a.
    assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
}

#[test]
fn the_seed_fixture_matches_the_seeds_where_they_are_available() {
    let Some(files) = seed_files() else {
        eprintln!(
            "skipped: no seed documents in {} (set LMP_SEEDS_DIR to check the fixture against \
             them)",
            seeds_dir().display()
        );
        return;
    };
    let mut hashes = BTreeSet::new();
    for path in &files {
        let text = fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        hashes.extend(shingles(&text).into_iter().map(|(hash, _)| hash));
    }
    let expected: Vec<String> = hashes.iter().map(|h| format!("{h:016x}")).collect();
    let fixture = read_fixture();
    let missing = expected.iter().filter(|h| !fixture.contains(h)).count();
    assert!(
        fixture == expected,
        "tests/fixtures/seed-shingles.txt is stale: {} hashes from {} seed files, {} in the \
         fixture, {missing} missing from it. Run `python3 tests/fixtures/make-seed-shingles.py` \
         and commit the result.",
        expected.len(),
        files.len(),
        fixture.len()
    );
}

#[test]
fn every_page_has_valid_front_matter_and_no_placeholder_text() {
    let pages = pages();
    let mut problems = Vec::new();
    for page in &pages {
        for p in front_matter_problems(page) {
            problems.push(format!("{}: {p}", page.file));
        }
        let spanish = page.text("language") == Some("es");
        for (part, text) in page.texts() {
            for word in placeholders(&text, spanish) {
                problems.push(format!("{} ({part}): placeholder text {word:?}", page.file));
            }
        }
    }
    for word in placeholders(
        &fs::read_to_string(content_dir().join(COVERAGE_FILE)).unwrap(),
        false,
    ) {
        problems.push(format!("{COVERAGE_FILE}: placeholder text {word:?}"));
    }

    // Slugs are unique, and translations name an English page.
    let mut slugs = BTreeMap::new();
    for page in &pages {
        let slug = page.text("slug").unwrap_or_default();
        if let Some(other) = slugs.insert(slug, &page.file) {
            problems.push(format!(
                "{}: slug {slug:?} is also used by {other}",
                page.file
            ));
        }
    }
    let english: BTreeSet<&str> = pages
        .iter()
        .filter(|p| p.text("language") == Some("en"))
        .filter_map(|p| p.text("slug"))
        .collect();
    for page in &pages {
        if let Some(original) = page.text("translation_of") {
            if !english.contains(original) {
                problems.push(format!(
                    "{}: translation_of {original:?} is not an English page",
                    page.file
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "content problems:\n{}",
        problems.join("\n")
    );

    let spanish = pages
        .iter()
        .filter(|p| p.text("language") == Some("es"))
        .count();
    assert!(
        english.len() >= 40,
        "{} English pages; the starter pack needs at least 40",
        english.len()
    );
    assert!(
        spanish >= 6,
        "{spanish} Spanish pages; the starter pack needs at least 6"
    );
    for kind in TYPES
        .iter()
        .filter(|k| !matches!(**k, "practice" | "video"))
    {
        assert!(
            pages.iter().any(|p| p.text("type") == Some(*kind)),
            "no page of type {kind}"
        );
    }
}

#[test]
fn the_front_matter_parser_refuses_what_the_importer_cannot_read() {
    let good =
        "---\nslug: a-b\ntitle: \"Level 1: start\"\ncompass: []\ntopics: [x, y-z]\n---\nBody\n";
    let page = parse_page("a-b.md", good).unwrap();
    assert_eq!(page.text("title"), Some("Level 1: start"));
    assert_eq!(page.list("compass"), Some(&[][..]));
    assert_eq!(page.list("topics").unwrap(), ["x", "y-z"]);
    assert_eq!(page.body, "Body\n");
    for bad in [
        "slug: a\n---\nBody\n",
        "---\nslug: a\nBody\n",
        "---\ntitle: Level 1: start\n---\n",
        "---\ntopics: [a, b\n---\n",
        "---\nslug: a\nslug: b\n---\n",
        "---\nnested:\n  key: value\n---\n",
    ] {
        assert!(parse_page("a.md", bad).is_err(), "{bad:?} was accepted");
    }
    let mut page = parse_page(
        "a-b.md",
        "---\nslug: a-b\ntitle: T\ntype: course\nsummary: S\ncompass: [north]\ntopics: [t]\n\
         audience: [everyone]\nlanguage: en\nlevel: 6\n---\nBody\n",
    )
    .unwrap();
    let problems = front_matter_problems(&page).join("\n");
    for expected in ["north", "everyone", "level \"6\""] {
        assert!(problems.contains(expected), "{expected} in {problems}");
    }
    page.file = "a-b.es.md".to_string();
    assert!(front_matter_problems(&page)
        .join("\n")
        .contains("English page with slug"));
    assert_eq!(
        placeholders("Wording TBD, coming soon", false),
        ["TBD", "coming soon"]
    );
    assert!(placeholders("todo el equipo", true).is_empty());
    assert_eq!(placeholders("TODO: traducir", true), ["TODO"]);
    assert_eq!(placeholders("todo: write this", false), ["todo"]);
}

#[test]
fn the_hubs_importer_reads_every_page_as_written() {
    // The hub loads the pack with the domain's parser; it must accept every page and read the
    // same slug, language and translation as this test's own reading.
    let mut problems = Vec::new();
    for page in pages() {
        let text = fs::read_to_string(content_dir().join(&page.file)).unwrap();
        match lmp_domain::content::parse_file(&text) {
            Ok(read) => {
                let same = Some(read.meta.slug.as_str()) == page.text("slug")
                    && Some(read.meta.language.as_str()) == page.text("language")
                    && read.meta.translation_of.as_deref() == page.text("translation_of")
                    && Some(read.meta.kind.code()) == page.text("type");
                if !same {
                    problems.push(format!("{}: the importer reads {:?}", page.file, read.meta));
                }
            }
            Err(errors) => problems.push(format!("{}: {}", page.file, errors.join("; "))),
        }
    }
    assert!(
        problems.is_empty(),
        "the importer refuses or misreads pages:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_link_between_pages_leads_to_a_page() {
    let pages = pages();
    let slugs: HashSet<&str> = pages.iter().filter_map(|p| p.text("slug")).collect();
    let mut broken = Vec::new();
    for page in &pages {
        for target in linked_slugs(&page.body) {
            if !slugs.contains(target.as_str()) {
                broken.push(format!("{} links to /content/{target}", page.file));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "links to pages that do not exist:\n{}",
        broken.join("\n")
    );
}

#[test]
fn coverage_names_only_existing_pages_and_every_seed() {
    let coverage = fs::read_to_string(content_dir().join(COVERAGE_FILE))
        .expect("content/COVERAGE.md maps each seed section to the pages that cover it");
    let pages = pages();
    let slugs: HashSet<&str> = pages.iter().filter_map(|p| p.text("slug")).collect();
    let named = coverage_slugs(&coverage);
    assert!(
        named.len() >= 40,
        "COVERAGE.md names only {} pages",
        named.len()
    );
    let unknown: Vec<&String> = named
        .iter()
        .filter(|s| !slugs.contains(s.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "COVERAGE.md names pages that do not exist: {unknown:?}"
    );

    // Every table row maps a seed section to at least one page.
    for row in coverage.lines().filter(|l| l.starts_with('|')) {
        let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
        let header = cells
            .first()
            .is_some_and(|c| *c == "Seed section" || c.starts_with("---"));
        if header {
            continue;
        }
        let last = cells.last().copied().unwrap_or_default();
        assert!(
            !coverage_slugs(last).is_empty(),
            "COVERAGE.md row covered by no page: {row}"
        );
    }

    // Where the seeds are at hand, each one has its own section.
    if let Some(files) = seed_files() {
        for path in files {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            assert!(
                coverage.contains(&format!("## {name}")),
                "COVERAGE.md has no section for the seed {name}"
            );
        }
    }
}
