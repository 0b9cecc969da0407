//! Content pages: the kinds of page the hub publishes, who they are for, and the Markdown file
//! with front matter that the content folder holds (`lmp content import` / `export`).
//!
//! A file looks like this (simple `key: value` lines and `[a, b]` lists, no nesting):
//!
//! ```text
//! ---
//! slug: consensus-decision-making
//! title: Consensus decision making
//! type: guide
//! summary: How a team reaches a decision everyone can support.
//! compass: [quality, workplace]
//! topics: [decisions, partnership]
//! audience: [frontline, co-lead]
//! language: en
//! ---
//! Markdown body…
//! ```
//!
//! [`parse_file`] reads one file and says exactly what is wrong with it; [`to_file`] writes a
//! page back in the same form, so import after export changes nothing. Each problem is a
//! [`FileProblem`] (or a [`MetaProblem`]): a message the editor's page words in the reader's
//! language, and in English, as `lmp content import` prints it, through `Display`.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::improvement::CompassPoint;
use crate::message::Msg;

/// The longest title and summary.
pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 600;
/// The longest body, in bytes.
pub const BODY_MAX: usize = 200_000;

/// What a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ContentType {
    Article,
    Guide,
    Practice,
    Tool,
    Video,
    Course,
    Agreement,
    History,
    Contact,
    Page,
}

impl ContentType {
    pub const ALL: [ContentType; 10] = [
        ContentType::Article,
        ContentType::Guide,
        ContentType::Practice,
        ContentType::Tool,
        ContentType::Video,
        ContentType::Course,
        ContentType::Agreement,
        ContentType::History,
        ContentType::Contact,
        ContentType::Page,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ContentType::Article => "article",
            ContentType::Guide => "guide",
            ContentType::Practice => "practice",
            ContentType::Tool => "tool",
            ContentType::Video => "video",
            ContentType::Course => "course",
            ContentType::Agreement => "agreement",
            ContentType::History => "history",
            ContentType::Contact => "contact",
            ContentType::Page => "page",
        }
    }

    pub fn parse(code: &str) -> Option<ContentType> {
        ContentType::ALL.into_iter().find(|t| t.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            ContentType::Article => "Article",
            ContentType::Guide => "How-to guide",
            ContentType::Practice => "Team-tested practice",
            ContentType::Tool => "Tool",
            ContentType::Video => "Video",
            ContentType::Course => "Course",
            ContentType::Agreement => "Agreement",
            ContentType::History => "History",
            ContentType::Contact => "Contact",
            ContentType::Page => "Page",
        }
    }

    /// The extra front-matter keys this type may carry.
    pub fn extra_keys(self) -> &'static [&'static str] {
        match self {
            ContentType::Article => &["issue"],
            ContentType::Course => &["level", "length_minutes"],
            ContentType::Video => &["length_minutes", "url"],
            ContentType::Tool => &["printable"],
            ContentType::History => &["era", "year"],
            ContentType::Agreement => &["sections"],
            _ => &[],
        }
    }
}

/// Who a page is written for.
pub const AUDIENCES: [(&str, &str); 5] = [
    ("frontline", "Frontline staff"),
    ("co-lead", "Team co-leads"),
    ("sponsor", "Sponsors"),
    ("leader", "Mid-level leaders"),
    ("steward", "Stewards"),
];

pub fn audience_label(code: &str) -> Option<&'static str> {
    AUDIENCES.iter().find(|(c, _)| *c == code).map(|(_, l)| *l)
}

/// The languages pages are written in.
pub const LANGUAGES: [(&str, &str); 2] = [("en", "English"), ("es", "Español")];

/// A page as the content folder and the editor hold it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageMeta {
    pub slug: String,
    pub title: String,
    pub kind: ContentType,
    pub summary: String,
    pub compass: Vec<String>,
    pub topics: Vec<String>,
    pub audience: Vec<String>,
    pub language: String,
    /// The English page this one translates.
    pub translation_of: Option<String>,
    /// Type-specific keys (see [`ContentType::extra_keys`]), as written.
    pub extra: BTreeMap<String, String>,
}

/// A page file: its front matter and Markdown body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageFile {
    pub meta: PageMeta,
    pub body: String,
}

/// Whether `slug` is lowercase letters, digits and single hyphens, 2–100 characters.
pub fn valid_slug(slug: &str) -> bool {
    (2..=100).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// A slug made from a title: "Consensus decision making" → "consensus-decision-making".
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for c in title.to_lowercase().chars() {
        let c = match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            other => other,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').chars().take(100).collect()
}

/// The items of a `[a, b]` list; `None` when the value is not one.
fn list(value: &str) -> Option<Vec<String>> {
    let value = value.trim();
    let inner = value.strip_prefix('[').and_then(|v| v.strip_suffix(']'))?;
    Some(
        inner
            .split(',')
            .map(|v| unquote(v.trim()))
            .filter(|v| !v.is_empty())
            .collect(),
    )
}

/// A value as written. In double quotes a value may hold anything — `:`, `#`, spaces at
/// either end — with `\"` for a quote and `\\` for a backslash (any other backslash stays as
/// it is); [`quoted`] writes it back that way.
fn unquote(value: &str) -> String {
    let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) else {
        return value.to_string();
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(&next @ ('"' | '\\'))) => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// One problem with the meaning of a page's front matter, about one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetaProblem {
    Slug(String),
    NoTitle,
    TitleTooLong,
    SummaryTooLong,
    Compass(String),
    Audience(String),
    Topic(String),
    Language(String),
    NoTranslationOf,
    /// A key the page's kind does not take.
    KeyNotTaken {
        key: String,
        kind: ContentType,
    },
    NotWholeNumber {
        key: String,
        value: String,
    },
    Level,
    Printable,
}

impl MetaProblem {
    /// The front-matter key the problem is about.
    pub fn key(&self) -> &str {
        match self {
            MetaProblem::Slug(_) => "slug",
            MetaProblem::NoTitle | MetaProblem::TitleTooLong => "title",
            MetaProblem::SummaryTooLong => "summary",
            MetaProblem::Compass(_) => "compass",
            MetaProblem::Audience(_) => "audience",
            MetaProblem::Topic(_) => "topics",
            MetaProblem::Language(_) => "language",
            MetaProblem::NoTranslationOf => "translation_of",
            MetaProblem::KeyNotTaken { key, .. } | MetaProblem::NotWholeNumber { key, .. } => key,
            MetaProblem::Level => "level",
            MetaProblem::Printable => "printable",
        }
    }

    /// What is wrong, without the key (`content-meta-*`).
    pub fn message(&self) -> Msg {
        match self {
            MetaProblem::Slug(v) => Msg::new("content-meta-slug").text("value", v.clone()),
            MetaProblem::NoTitle => Msg::new("content-meta-no-title"),
            MetaProblem::TitleTooLong => Msg::new("content-meta-too-long").number("max", TITLE_MAX),
            MetaProblem::SummaryTooLong => {
                Msg::new("content-meta-too-long").number("max", SUMMARY_MAX)
            }
            MetaProblem::Compass(v) => Msg::new("content-meta-compass").text("value", v.clone()),
            MetaProblem::Audience(v) => Msg::new("content-meta-audience").text("value", v.clone()),
            MetaProblem::Topic(v) => Msg::new("content-meta-topic").text("value", v.clone()),
            MetaProblem::Language(v) => Msg::new("content-meta-language").text("value", v.clone()),
            MetaProblem::NoTranslationOf => Msg::new("content-meta-translation-of"),
            MetaProblem::KeyNotTaken { kind, .. } => {
                Msg::new("content-meta-key-not-taken").text("kind", kind.code())
            }
            MetaProblem::NotWholeNumber { value, .. } => {
                Msg::new("content-meta-whole-number").text("value", value.clone())
            }
            MetaProblem::Level => Msg::new("content-meta-level"),
            MetaProblem::Printable => Msg::new("content-meta-printable"),
        }
    }
}

/// In English, as the command line prints it: "key: what is wrong".
impl fmt::Display for MetaProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.key())?;
        match self {
            MetaProblem::Slug(v) => write!(
                f,
                "“{v}” must be 2–100 lowercase letters, digits and single hyphens"
            ),
            MetaProblem::NoTitle => f.write_str("a title is needed"),
            MetaProblem::TitleTooLong => write!(f, "at most {TITLE_MAX} characters"),
            MetaProblem::SummaryTooLong => write!(f, "at most {SUMMARY_MAX} characters"),
            MetaProblem::Compass(v) => write!(
                f,
                "“{v}” is not one of quality, service, affordable, workplace"
            ),
            MetaProblem::Audience(v) => write!(
                f,
                "“{v}” is not one of frontline, co-lead, sponsor, leader, steward"
            ),
            MetaProblem::Topic(v) => {
                write!(f, "“{v}” should be a lowercase word or hyphenated words")
            }
            MetaProblem::Language(v) => write!(f, "“{v}” is not en or es"),
            MetaProblem::NoTranslationOf => {
                f.write_str("a translation names the English page it translates")
            }
            MetaProblem::KeyNotTaken { kind, .. } => {
                write!(f, "not a key a {} page takes", kind.label().to_lowercase())
            }
            MetaProblem::NotWholeNumber { value, .. } => {
                write!(f, "“{value}” should be a whole number")
            }
            MetaProblem::Level => f.write_str("a Path to Performance level from 1 to 5"),
            MetaProblem::Printable => f.write_str("true or false"),
        }
    }
}

/// Checks the meaning of the front matter; each problem names its key.
pub fn check_meta(meta: &PageMeta) -> Vec<MetaProblem> {
    let mut problems = Vec::new();
    if !valid_slug(&meta.slug) {
        problems.push(MetaProblem::Slug(meta.slug.clone()));
    }
    if meta.title.trim().is_empty() {
        problems.push(MetaProblem::NoTitle);
    } else if meta.title.chars().count() > TITLE_MAX {
        problems.push(MetaProblem::TitleTooLong);
    }
    if meta.summary.chars().count() > SUMMARY_MAX {
        problems.push(MetaProblem::SummaryTooLong);
    }
    for point in &meta.compass {
        if CompassPoint::parse(point).is_none() {
            problems.push(MetaProblem::Compass(point.clone()));
        }
    }
    for who in &meta.audience {
        if audience_label(who).is_none() {
            problems.push(MetaProblem::Audience(who.clone()));
        }
    }
    for topic in &meta.topics {
        if !valid_slug(topic) && !topic.chars().all(|c| c.is_ascii_lowercase()) {
            problems.push(MetaProblem::Topic(topic.clone()));
        }
    }
    if !LANGUAGES.iter().any(|(c, _)| *c == meta.language) {
        problems.push(MetaProblem::Language(meta.language.clone()));
    }
    if meta.language != "en" && meta.translation_of.is_none() {
        problems.push(MetaProblem::NoTranslationOf);
    }
    for key in meta.extra.keys() {
        if !meta.kind.extra_keys().contains(&key.as_str()) {
            problems.push(MetaProblem::KeyNotTaken {
                key: key.clone(),
                kind: meta.kind,
            });
        }
    }
    for (key, value) in &meta.extra {
        let numeric = matches!(
            key.as_str(),
            "level" | "length_minutes" | "year" | "sections"
        );
        if numeric && value.parse::<u32>().is_err() {
            problems.push(MetaProblem::NotWholeNumber {
                key: key.clone(),
                value: value.clone(),
            });
        }
        if key == "level" && !matches!(value.as_str(), "1" | "2" | "3" | "4" | "5") {
            problems.push(MetaProblem::Level);
        }
        if key == "printable" && !matches!(value.as_str(), "true" | "false") {
            problems.push(MetaProblem::Printable);
        }
    }
    problems
}

/// One problem with a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    /// The first line is not `---`.
    NoOpeningLine,
    GivenTwice {
        line: usize,
        key: String,
    },
    NotKeyValue {
        line: usize,
    },
    /// No `---` line ends the front matter.
    NotClosed,
    NotAList {
        key: &'static str,
        value: String,
    },
    /// The `type` is not a kind of page.
    Type(String),
    BodyTooLong,
    Meta(MetaProblem),
}

impl FileProblem {
    /// What is wrong (`content-file-*`, or the front-matter problem with its key).
    pub fn message(&self) -> Msg {
        let of_key = |key: &str, problem: Msg| {
            Msg::new("content-file-key")
                .text("key", key)
                .msg("problem", problem)
        };
        match self {
            FileProblem::NoOpeningLine => Msg::new("content-file-no-start"),
            FileProblem::GivenTwice { line, key } => Msg::new("content-file-twice")
                .number("line", *line)
                .text("key", key.clone()),
            FileProblem::NotKeyValue { line } => {
                Msg::new("content-file-not-key-value").number("line", *line)
            }
            FileProblem::NotClosed => Msg::new("content-file-not-closed"),
            FileProblem::NotAList { key, value } => of_key(
                key,
                Msg::new("content-file-not-list").text("value", value.clone()),
            ),
            FileProblem::Type(value) => of_key(
                "type",
                Msg::new("content-file-type")
                    .text("value", value.clone())
                    .text("kinds", kind_codes()),
            ),
            FileProblem::BodyTooLong => Msg::new("content-file-body-long").number("max", BODY_MAX),
            FileProblem::Meta(problem) => of_key(problem.key(), problem.message()),
        }
    }
}

/// Every kind's code, as a file names it: "article, guide, …".
fn kind_codes() -> String {
    ContentType::ALL.map(ContentType::code).join(", ")
}

/// In English, as the command line prints it.
impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileProblem::NoOpeningLine => {
                f.write_str("line 1: the file must start with a --- line")
            }
            FileProblem::GivenTwice { line, key } => {
                write!(f, "line {line}: “{key}” is given twice")
            }
            FileProblem::NotKeyValue { line } => write!(f, "line {line}: expected “key: value”"),
            FileProblem::NotClosed => f.write_str("the front matter is not closed by a --- line"),
            FileProblem::NotAList { key, value } => {
                write!(f, "{key}: “{value}” should be a list like [a, b]")
            }
            FileProblem::Type(value) => {
                write!(f, "type: “{value}” is not one of {}", kind_codes())
            }
            FileProblem::BodyTooLong => write!(f, "the body is longer than {BODY_MAX} bytes"),
            FileProblem::Meta(problem) => problem.fmt(f),
        }
    }
}

/// Reads one content file. Errors name the line (1-based) or the key, in English.
pub fn parse_file(text: &str) -> Result<PageFile, Vec<String>> {
    read_file(text).map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

/// Reads one content file, naming each problem as a [`FileProblem`].
pub fn read_file(text: &str) -> Result<PageFile, Vec<FileProblem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, first)) if first.trim_end() == "---" => {}
        _ => return Err(vec![FileProblem::NoOpeningLine]),
    }
    let mut fields: BTreeMap<String, String> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut body_start = None;
    for (i, line) in lines.by_ref() {
        if line.trim_end() == "---" {
            body_start = Some(i + 1);
            break;
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        match line.split_once(':') {
            Some((key, value)) if !key.trim().is_empty() && !key.contains(' ') => {
                let key = key.trim().to_string();
                if fields.contains_key(&key) {
                    problems.push(FileProblem::GivenTwice {
                        line: i + 1,
                        key: key.clone(),
                    });
                }
                fields.insert(key, unquote(value.trim()));
            }
            _ => problems.push(FileProblem::NotKeyValue { line: i + 1 }),
        }
    }
    let Some(body_start) = body_start else {
        return Err(vec![FileProblem::NotClosed]);
    };
    // A line ends at a line feed; carriage returns before it (Windows files, or stray ones)
    // are not part of the text, so the body reads the same after `to_file`.
    let body: String = text
        .lines()
        .skip(body_start)
        .map(|line| line.trim_end_matches('\r'))
        .collect::<Vec<_>>()
        .join("\n");
    let mut take = |key: &str| fields.remove(key);
    let slug = take("slug").unwrap_or_default();
    let title = take("title").unwrap_or_default();
    let kind_text = take("type").unwrap_or_default();
    let summary = take("summary").unwrap_or_default();
    let language = take("language").unwrap_or_else(|| "en".into());
    let translation_of = take("translation_of").filter(|t| !t.is_empty());
    let mut lists = BTreeMap::new();
    for key in ["compass", "topics", "audience"] {
        let value = take(key).unwrap_or_else(|| "[]".into());
        match list(&value) {
            Some(items) => {
                lists.insert(key, items);
            }
            None => problems.push(FileProblem::NotAList {
                key,
                value: value.trim().to_string(),
            }),
        }
    }
    let kind = ContentType::parse(&kind_text);
    if kind.is_none() {
        problems.push(FileProblem::Type(kind_text));
    }
    if body.len() > BODY_MAX {
        problems.push(FileProblem::BodyTooLong);
    }
    let meta = PageMeta {
        slug,
        title,
        kind: kind.unwrap_or(ContentType::Page),
        summary,
        compass: lists.remove("compass").unwrap_or_default(),
        topics: lists.remove("topics").unwrap_or_default(),
        audience: lists.remove("audience").unwrap_or_default(),
        language,
        translation_of,
        extra: fields,
    };
    problems.extend(check_meta(&meta).into_iter().map(FileProblem::Meta));
    if problems.is_empty() {
        Ok(PageFile {
            meta,
            body: body.trim_matches('\n').to_string() + "\n",
        })
    } else {
        Err(problems)
    }
}

/// `value` as [`unquote`] reads it back: in double quotes, escaped, when it would otherwise
/// read as something else (a comment, a list, a quoted value, spaces trimmed away).
fn quoted(value: &str) -> String {
    let plain =
        !value.contains([':', '#', '"', '\\']) && !value.starts_with('[') && value.trim() == value;
    if plain {
        value.to_string()
    } else {
        format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// The file for a page, in the form [`parse_file`] reads.
pub fn to_file(page: &PageFile) -> String {
    let m = &page.meta;
    let mut out = String::from("---\n");
    out.push_str(&format!("slug: {}\n", m.slug));
    out.push_str(&format!("title: {}\n", quoted(&m.title)));
    out.push_str(&format!("type: {}\n", m.kind.code()));
    out.push_str(&format!("summary: {}\n", quoted(&m.summary)));
    out.push_str(&format!("compass: [{}]\n", m.compass.join(", ")));
    out.push_str(&format!("topics: [{}]\n", m.topics.join(", ")));
    out.push_str(&format!("audience: [{}]\n", m.audience.join(", ")));
    out.push_str(&format!("language: {}\n", m.language));
    if let Some(t) = &m.translation_of {
        out.push_str(&format!("translation_of: {}\n", quoted(t)));
    }
    for (key, value) in &m.extra {
        out.push_str(&format!("{key}: {}\n", quoted(value)));
    }
    out.push_str("---\n");
    out.push_str(page.body.trim_matches('\n'));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "---\nslug: consensus-decision-making\ntitle: \"Consensus: how we decide\"\ntype: guide\nsummary: How a team decides together.\ncompass: [quality, workplace]\ntopics: [decisions]\naudience: [frontline, co-lead]\nlanguage: en\n---\n## Why\n\nEveryone is heard.\n";

    #[test]
    fn a_good_file_is_read_and_written_back_unchanged() {
        let page = parse_file(GOOD).expect("good");
        assert_eq!(page.meta.title, "Consensus: how we decide");
        assert_eq!(page.meta.kind, ContentType::Guide);
        assert_eq!(page.meta.compass, vec!["quality", "workplace"]);
        assert_eq!(page.body, "## Why\n\nEveryone is heard.\n");
        let again = parse_file(&to_file(&page)).expect("round trip");
        assert_eq!(again, page);
        assert_eq!(to_file(&again), to_file(&page));
    }

    #[test]
    fn any_value_and_any_line_ending_survive_export_and_import() {
        // Found by fuzzing (fuzz/regressions/content_file): a title holding a double quote came
        // back from export with single quotes, and spaces at either end of a quoted value or a
        // carriage return before a line end changed the page too.
        let mut page = parse_file(GOOD).expect("good");
        for value in [
            "\"Revisión\": qué \"puede\" hacer",
            "  spaces around  ",
            "back\\slash \\\" and \\\\ both",
            "[not a list]",
            "# not a comment",
            "\"",
        ] {
            page.meta.title = value.to_string();
            page.meta.summary = value.to_string();
            page.meta.translation_of = Some(value.to_string());
            let file = to_file(&page);
            assert_eq!(parse_file(&file).as_ref(), Ok(&page), "{file}");
        }
        let windows = "---\r\nslug: a-b\r\ntitle: T\r\ntype: guide\r\n---\r\none\r\r\ntwo\r\n";
        let page = parse_file(windows).expect("a file with Windows line ends");
        assert_eq!(page.body, "one\ntwo\n");
        assert_eq!(parse_file(&to_file(&page)), Ok(page));
    }

    #[test]
    fn every_problem_is_named() {
        let bad = "---\nslug: Bad Slug\ntitle: \ntype: leaflet\ncompass: [gold]\naudience: [everyone]\nlanguage: fr\nissue: Spring\n---\nbody\n";
        let problems = parse_file(bad).unwrap_err();
        let joined = problems.join("\n");
        for expected in [
            "type: “leaflet” is not one of",
            "slug: “Bad Slug”",
            "title: a title is needed",
            "compass: “gold”",
            "audience: “everyone”",
            "language: “fr”",
        ] {
            assert!(joined.contains(expected), "{expected} in {joined}");
        }
        assert_eq!(
            parse_file("no front matter").unwrap_err(),
            vec!["line 1: the file must start with a --- line"]
        );
        assert!(parse_file("---\nslug: a-b\n").unwrap_err()[0].contains("not closed"));
        assert!(parse_file("---\nslug a-b\n---\n").unwrap_err()[0].starts_with("line 2:"));
    }

    #[test]
    fn each_problem_is_a_message_and_english_for_the_command_line() {
        let bad = "---\nslug: Bad Slug\ntitle: \ntype: leaflet\ncompass: gold\nissue: Spring\n---\nbody\n";
        let problems = read_file(bad).unwrap_err();
        let english: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(parse_file(bad).unwrap_err(), english);
        let messages: Vec<Msg> = problems.iter().map(FileProblem::message).collect();
        let of_key = |key: &str, problem: Msg| {
            Msg::new("content-file-key")
                .text("key", key)
                .msg("problem", problem)
        };
        for expected in [
            of_key(
                "compass",
                Msg::new("content-file-not-list").text("value", "gold"),
            ),
            of_key(
                "type",
                Msg::new("content-file-type")
                    .text("value", "leaflet")
                    .text("kinds", kind_codes()),
            ),
            of_key(
                "slug",
                Msg::new("content-meta-slug").text("value", "Bad Slug"),
            ),
            of_key("title", Msg::new("content-meta-no-title")),
            of_key(
                "issue",
                Msg::new("content-meta-key-not-taken").text("kind", "page"),
            ),
        ] {
            assert!(messages.contains(&expected), "{expected} in {messages:?}");
        }
        assert!(english.contains(&"compass: “gold” should be a list like [a, b]".to_string()));
        assert!(english.contains(&"issue: not a key a page page takes".to_string()));
        assert_eq!(
            read_file("---\nslug: a-b\nslug: c-d\nbad line\n").unwrap_err(),
            vec![FileProblem::NotClosed]
        );
        let twice = read_file("---\nslug: a-b\nslug: c-d\nbad line\n---\nx\n").unwrap_err();
        assert_eq!(
            twice[..2],
            [
                FileProblem::GivenTwice {
                    line: 3,
                    key: "slug".into()
                },
                FileProblem::NotKeyValue { line: 4 }
            ]
        );
        assert_eq!(
            twice[0].message(),
            Msg::new("content-file-twice")
                .number("line", 3)
                .text("key", "slug")
        );
        let meta = PageMeta {
            title: "t".repeat(TITLE_MAX + 1),
            ..parse_file(GOOD).expect("good").meta
        };
        let problems = check_meta(&meta);
        assert_eq!(problems, [MetaProblem::TitleTooLong]);
        assert_eq!(problems[0].key(), "title");
        assert_eq!(
            problems[0].message(),
            Msg::new("content-meta-too-long").number("max", TITLE_MAX)
        );
        assert_eq!(problems[0].to_string(), "title: at most 200 characters");
    }

    #[test]
    fn type_keys_and_translations_are_checked() {
        let course = "---\nslug: cdm-course\ntitle: CDM\ntype: course\nlevel: 7\nlength_minutes: ninety\nlanguage: en\n---\nx\n";
        let problems = parse_file(course).unwrap_err().join("\n");
        assert!(
            problems.contains("level: a Path to Performance level"),
            "{problems}"
        );
        assert!(problems.contains("length_minutes: “ninety”"), "{problems}");
        let spanish = "---\nslug: consenso\ntitle: Consenso\ntype: guide\nlanguage: es\n---\nx\n";
        assert!(parse_file(spanish).unwrap_err()[0].contains("translation_of"));
        let guide_with_issue = "---\nslug: g-one\ntitle: G\ntype: guide\nissue: Spring\n---\nx\n";
        assert!(parse_file(guide_with_issue).unwrap_err()[0].contains("issue: not a key"));
    }

    #[test]
    fn slugs_are_made_from_titles() {
        assert_eq!(
            slugify("Consensus decision making"),
            "consensus-decision-making"
        );
        assert_eq!(
            slugify("¿Qué es la colaboración?"),
            "que-es-la-colaboracion"
        );
        assert!(valid_slug(&slugify("The 7 principles — and why")));
        assert!(!valid_slug("-a"));
        assert!(!valid_slug("a--b"));
    }
}
