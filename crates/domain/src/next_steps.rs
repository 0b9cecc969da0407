//! Personal next steps: which guides, tools and courses help a team meet the Path to
//! Performance criteria it is missing, and in what order to offer them.
//!
//! A criterion is linked to content through topics. Most of them come from data: a content
//! topic that appears as words in the criterion's text ("training", "consensus", "Value
//! Compass", "practices") counts. Two small tables fill in what the wording alone does not say:
//! [`DIMENSION_TOPICS`] (the subject of each of the seven dimensions, which never change) and
//! [`PHRASE_TOPICS`] (phrases such as "test cycles" or "run charts" whose topic has another
//! name). Nothing is keyed by criterion id, so criteria an administrator rewrites or adds for a
//! new agreement year find their content the same way.
//!
//! Pages are offered in the reader's language where a translation exists, pages written for
//! the reader's role first, then the ones most people found helpful. Among equally helpful
//! pages the closer fit comes first (a topic the criterion's own words name counts more than
//! its dimension's), then the newest.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use crate::content::ContentType;
use crate::p2p::{Criterion, Dimension};

/// The kinds of page offered as a next step.
pub const KINDS: [ContentType; 3] = [ContentType::Guide, ContentType::Tool, ContentType::Course];

/// How many pages are offered for one criterion.
pub const PER_CRITERION: usize = 3;

/// The subject of each dimension as content topics: every criterion of the dimension has them.
pub const DIMENSION_TOPICS: [(Dimension, &[&str]); 7] = [
    (Dimension::Sponsorship, &["sponsorship"]),
    (Dimension::Leadership, &["leadership"]),
    (Dimension::Training, &["training"]),
    (Dimension::TeamProcess, &["meetings"]),
    (Dimension::MemberEngagement, &["consensus", "principles"]),
    (Dimension::UseOfTools, &["improvement", "tools"]),
    (
        Dimension::GoalsAndPerformance,
        &["value-compass", "measures"],
    ),
];

/// Phrases in a criterion's text whose topic goes by another name. Matched as whole words,
/// singular or plural. ("Co-lead" and "sponsor" are left out on purpose: nearly every
/// criterion names them, so they would say nothing about it.)
pub const PHRASE_TOPICS: [(&str, &[&str]); 9] = [
    ("health and safety", &["safety"]),
    ("test cycle", &["pdsa", "improvement"]),
    ("improvement method", &["pdsa", "improvement"]),
    ("run chart", &["measures"]),
    ("target", &["measures"]),
    ("goal", &["value-compass"]),
    ("deciding", &["decisions"]),
    ("facilitate", &["meetings"]),
    ("facilitating", &["meetings"]),
];

/// Topics that say where a page lives rather than what it is about: a criterion that mentions
/// "the hub" is not asking for guides to the hub itself.
pub const NOT_SUBJECTS: [&str; 1] = ["hub"];

/// A published page that could be offered, as the store reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub kind: ContentType,
    pub language: String,
    /// The page this one translates, if it is a translation.
    pub translation_of: Option<String>,
    pub topics: Vec<String>,
    pub audience: Vec<String>,
    /// The Path to Performance level a course serves.
    pub level: Option<u8>,
    /// How many people answered "yes" to "was it helpful?".
    pub helpful: i64,
    /// When it was published (unix seconds).
    pub published_at: i64,
}

/// Who is reading: their language and the audience code of their role in the team
/// (`co-lead` or `sponsor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reader<'a> {
    pub language: &'a str,
    pub audience: &'a str,
}

/// Lowercase words of a text: letters and digits, with hyphens and other marks as breaks.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The same word, allowing a plural "s" on either side.
fn same_word(a: &str, b: &str) -> bool {
    a == b || a.strip_suffix('s') == Some(b) || b.strip_suffix('s') == Some(a)
}

/// Whether the words of `phrase` occur one after another in `text`.
fn mentions(text: &[String], phrase: &str) -> bool {
    let phrase = words(phrase);
    !phrase.is_empty()
        && text
            .windows(phrase.len())
            .any(|window| window.iter().zip(&phrase).all(|(w, p)| same_word(w, p)))
}

/// The content topics a criterion is about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CriterionTopics {
    /// Its dimension's subject.
    pub dimension: BTreeSet<String>,
    /// Named by its own words: known topics and phrases the text mentions.
    pub words: BTreeSet<String>,
}

impl CriterionTopics {
    /// Every topic, from the dimension and the words.
    pub fn all(&self) -> BTreeSet<String> {
        self.dimension.union(&self.words).cloned().collect()
    }

    /// How closely a page fits: 2 for each of its topics the criterion's words name, 1 for
    /// each only its dimension names; 0 means the page is not about the criterion.
    pub fn fit(&self, page: &Candidate) -> u32 {
        page.topics
            .iter()
            .map(|t| {
                if self.words.contains(t) {
                    2
                } else {
                    u32::from(self.dimension.contains(t))
                }
            })
            .sum()
    }
}

/// The content topics a criterion is about: its dimension's, and those of the known topics
/// and of the phrases its text mentions.
pub fn criterion_topics(criterion: &Criterion, known_topics: &BTreeSet<String>) -> CriterionTopics {
    let text = words(&criterion.text);
    let dimension = DIMENSION_TOPICS
        .iter()
        .filter(|(d, _)| *d == criterion.dimension)
        .flat_map(|(_, t)| t.iter().map(|t| t.to_string()))
        .collect();
    let mut named: BTreeSet<String> = known_topics
        .iter()
        .filter(|topic| !NOT_SUBJECTS.contains(&topic.as_str()) && mentions(&text, topic))
        .cloned()
        .collect();
    for (phrase, phrase_topics) in PHRASE_TOPICS {
        if mentions(&text, phrase) {
            named.extend(phrase_topics.iter().map(|t| t.to_string()));
        }
    }
    CriterionTopics {
        dimension,
        words: named,
    }
}

/// One page per translation family: the reader's language where there is such a page, else
/// the original, else any. Its helpful count is the family's, since a translation says the
/// same thing. Pages of other kinds than [`KINDS`] are left out.
pub fn in_language(candidates: Vec<Candidate>, language: &str) -> Vec<Candidate> {
    let mut families: BTreeMap<String, Vec<Candidate>> = BTreeMap::new();
    for page in candidates.into_iter().filter(|p| KINDS.contains(&p.kind)) {
        let family = page
            .translation_of
            .clone()
            .unwrap_or_else(|| page.slug.clone());
        families.entry(family).or_default().push(page);
    }
    families
        .into_values()
        .filter_map(|family| {
            let helpful = family.iter().map(|p| p.helpful).sum();
            let chosen = family
                .iter()
                .find(|p| p.language == language)
                .or_else(|| family.iter().find(|p| p.translation_of.is_none()))
                .or_else(|| family.first())?;
            Some(Candidate {
                helpful,
                ..chosen.clone()
            })
        })
        .collect()
}

/// Whether a page helps with a criterion: it shares a topic, and a course serves the
/// criterion's level or one below it (a course for a later level is not a next step yet).
pub fn helps_with(page: &Candidate, criterion: &Criterion, topics: &CriterionTopics) -> bool {
    topics.fit(page) > 0 && page.level.is_none_or(|level| level <= criterion.level)
}

/// The order pages are offered in: the reader's language, then written for the reader's role,
/// then most found helpful, then the closer fit, then newest, then by title.
fn rank_key<'a>(page: &'a Candidate, reader: Reader<'_>, fit: u32) -> impl Ord + 'a {
    (
        page.language != reader.language,
        !page.audience.iter().any(|a| a == reader.audience),
        Reverse(page.helpful),
        Reverse(fit),
        Reverse(page.published_at),
        page.title.as_str(),
    )
}

/// The pages that help with a criterion, best first, at most [`PER_CRITERION`].
pub fn suggestions<'a>(
    criterion: &Criterion,
    known_topics: &BTreeSet<String>,
    pages: &'a [Candidate],
    reader: Reader<'_>,
) -> Vec<&'a Candidate> {
    let topics = criterion_topics(criterion, known_topics);
    let mut matching: Vec<&Candidate> = pages
        .iter()
        .filter(|p| helps_with(p, criterion, &topics))
        .collect();
    matching.sort_by_cached_key(|p| rank_key(p, reader, topics.fit(p)));
    matching.truncate(PER_CRITERION);
    matching
}

/// The first `n` steps across several gaps: criteria nearest to be met first (lowest level,
/// then in the order given), each contributing its best page not already taken, round after
/// round until `n` are found. Returns (gap index, page) pairs.
pub fn first_steps<'a, G>(
    gaps: &'a [G],
    n: usize,
    level: impl Fn(&G) -> u8,
    pages: impl Fn(&'a G) -> &'a [&'a Candidate],
) -> Vec<(usize, &'a Candidate)> {
    let mut order: Vec<usize> = (0..gaps.len()).collect();
    order.sort_by_key(|&i| (level(&gaps[i]), i));
    let mut taken: Vec<(usize, &Candidate)> = Vec::new();
    let deepest = order
        .iter()
        .map(|&i| pages(&gaps[i]).len())
        .max()
        .unwrap_or(0);
    for round in 0..deepest {
        for &i in &order {
            if taken.len() == n {
                return taken;
            }
            if let Some(page) = pages(&gaps[i]).get(round) {
                if !taken.iter().any(|(_, p)| p.slug == page.slug) {
                    taken.push((i, page));
                }
            }
        }
    }
    taken
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criterion(dimension: Dimension, level: u8, text: &str) -> Criterion {
        Criterion {
            id: 1,
            dimension,
            level,
            text: text.into(),
            placeholder: false,
        }
    }

    fn page(slug: &str, kind: ContentType, topics: &[&str], audience: &[&str]) -> Candidate {
        Candidate {
            slug: slug.into(),
            title: slug.replace('-', " "),
            summary: String::new(),
            kind,
            language: "en".into(),
            translation_of: None,
            topics: topics.iter().map(|t| t.to_string()).collect(),
            audience: audience.iter().map(|a| a.to_string()).collect(),
            level: None,
            helpful: 0,
            published_at: 100,
        }
    }

    fn known(topics: &[&str]) -> BTreeSet<String> {
        topics.iter().map(|t| t.to_string()).collect()
    }

    const CO_LEAD: Reader<'static> = Reader {
        language: "en",
        audience: "co-lead",
    };

    fn topics(c: &Criterion, known_topics: &[&str]) -> Vec<String> {
        criterion_topics(c, &known(known_topics))
            .all()
            .into_iter()
            .collect()
    }

    #[test]
    fn topics_come_from_the_dimension_the_words_of_the_text_and_the_phrase_table() {
        let all = [
            "training",
            "consensus",
            "practices",
            "value-compass",
            "tools",
            "meetings",
            "safety",
        ];
        // Dimension only: nothing in the text is a topic, and naming co-leads says nothing.
        let c = criterion(
            Dimension::Sponsorship,
            4,
            "Both co-leads are held to account together.",
        );
        assert_eq!(topics(&c, &all), ["sponsorship"]);
        // A known topic in the text, in the plural or singular, and a hyphenated topic as words.
        let c = criterion(
            Dimension::TeamProcess,
            5,
            "The team spread a successful practice; goals tied to the Value Compass.",
        );
        assert_eq!(
            topics(&c, &all),
            ["meetings", "practices", "value-compass"],
            "“goal” gives value-compass through the phrase table too, without duplicates"
        );
        // A phrase whose topic has another name.
        let c = criterion(
            Dimension::UseOfTools,
            3,
            "Two test cycles are recorded in the hub.",
        );
        assert_eq!(topics(&c, &all), ["improvement", "pdsa", "tools"]);
        let c = criterion(
            Dimension::Leadership,
            1,
            "A health and safety champion is named.",
        );
        assert_eq!(topics(&c, &all), ["leadership", "safety"]);
        // Deciding by consensus: the word is a topic, and "deciding" names decisions.
        let c = criterion(
            Dimension::MemberEngagement,
            2,
            "Members use partnership ways of working, such as deciding by consensus.",
        );
        assert_eq!(topics(&c, &all), ["consensus", "decisions", "principles"]);
    }

    #[test]
    fn words_match_whole_words_only() {
        let c = criterion(Dimension::Training, 1, "Retraining the toolsmith.");
        assert_eq!(
            topics(&c, &["tools", "training"]),
            ["training"],
            "dimension topic only"
        );
        let c = criterion(Dimension::Leadership, 1, "Co-lead training is done.");
        assert_eq!(topics(&c, &["training"]), ["leadership", "training"]);
        let c = criterion(Dimension::Training, 1, "Training is recorded in the hub.");
        assert_eq!(
            topics(&c, &["hub", "training"]),
            ["training"],
            "the hub is not a subject"
        );
    }

    #[test]
    fn every_dimension_has_topics() {
        for dimension in Dimension::ALL {
            let c = criterion(dimension, 1, "");
            assert!(!topics(&c, &[]).is_empty(), "{dimension:?} has no topic");
        }
    }

    #[test]
    fn only_pages_sharing_a_topic_help_and_courses_not_above_the_criterions_level() {
        let c = criterion(Dimension::Training, 2, "Team members are trained.");
        let t = criterion_topics(&c, &known(&[]));
        let guide = page("guide", ContentType::Guide, &["training"], &[]);
        let other = page("other", ContentType::Guide, &["history"], &[]);
        let mut course_2 = page("course-2", ContentType::Course, &["training"], &[]);
        course_2.level = Some(2);
        let mut course_3 = page("course-3", ContentType::Course, &["training"], &[]);
        course_3.level = Some(3);
        assert!(helps_with(&guide, &c, &t));
        assert!(!helps_with(&other, &c, &t));
        assert!(helps_with(&course_2, &c, &t));
        assert!(!helps_with(&course_3, &c, &t));
    }

    #[test]
    fn ranking_is_role_then_helpful_then_newest_and_at_most_three() {
        let c = criterion(Dimension::UseOfTools, 3, "");
        let mut pages = vec![
            page("a", ContentType::Tool, &["tools"], &["co-lead"]),
            page("b", ContentType::Tool, &["tools"], &["co-lead"]),
            page("c", ContentType::Tool, &["tools"], &["frontline"]),
            page("d", ContentType::Guide, &["improvement"], &["co-lead"]),
            page("e", ContentType::Guide, &["history"], &["co-lead"]),
        ];
        pages[1].helpful = 4;
        pages[2].helpful = 50;
        pages[3].published_at = 200;
        let slugs = |pages: &[Candidate], reader| -> Vec<String> {
            suggestions(&c, &known(&[]), pages, reader)
                .iter()
                .map(|p| p.slug.clone())
                .collect()
        };
        // b (4 helpful), then d (newer) before a; c is for frontline staff and comes after.
        assert_eq!(slugs(&pages, CO_LEAD), ["b", "d", "a"]);
        // For frontline staff c is theirs and comes first.
        let frontline = Reader {
            language: "en",
            audience: "frontline",
        };
        assert_eq!(slugs(&pages, frontline), ["c", "b", "d"]);
        // More people find a helpful than b: a moves up.
        pages[0].helpful = 5;
        assert_eq!(slugs(&pages, CO_LEAD), ["a", "b", "d"]);
    }

    #[test]
    fn a_translation_replaces_its_original_for_its_readers_and_counts_share() {
        let mut en = page(
            "consensus",
            ContentType::Guide,
            &["consensus"],
            &["co-lead"],
        );
        en.helpful = 3;
        let mut es = page(
            "consensus-es",
            ContentType::Guide,
            &["consensus"],
            &["co-lead"],
        );
        es.language = "es".into();
        es.translation_of = Some("consensus".into());
        es.helpful = 2;
        let only_en = page("tools", ContentType::Tool, &["consensus"], &["co-lead"]);
        let article = page("story", ContentType::Article, &["consensus"], &["co-lead"]);
        let all = vec![en, es, only_en, article];

        let for_es = in_language(all.clone(), "es");
        let slugs: Vec<&str> = for_es.iter().map(|p| p.slug.as_str()).collect();
        assert_eq!(
            slugs,
            ["consensus-es", "tools"],
            "no article, one page per family"
        );
        assert_eq!(for_es[0].helpful, 5);
        let for_en = in_language(all.clone(), "en");
        let slugs: Vec<&str> = for_en.iter().map(|p| p.slug.as_str()).collect();
        assert_eq!(slugs, ["consensus", "tools"]);
        // A language with no translation at all gets the originals.
        let for_fr = in_language(all, "fr");
        assert!(for_fr.iter().all(|p| p.language == "en"));

        // The reader's language comes first even when less helpful.
        let c = criterion(Dimension::MemberEngagement, 2, "");
        let mut pages = for_es;
        pages[1].helpful = 99;
        let es_reader = Reader {
            language: "es",
            audience: "co-lead",
        };
        let ranked = suggestions(&c, &known(&[]), &pages, es_reader);
        assert_eq!(ranked[0].slug, "consensus-es");
    }

    #[test]
    fn among_equally_helpful_pages_the_topic_the_words_name_fits_best() {
        // Leadership, and "health and safety" in the words.
        let c = criterion(
            Dimension::Leadership,
            4,
            "Health and safety champions work actively with the team.",
        );
        let t = criterion_topics(&c, &known(&["safety", "leadership"]));
        let leading = page("leading", ContentType::Guide, &["leadership"], &["co-lead"]);
        let mut huddles = page(
            "huddles",
            ContentType::Tool,
            &["safety", "huddles"],
            &["co-lead"],
        );
        let unrelated = page("history", ContentType::Guide, &["history"], &["co-lead"]);
        assert_eq!(t.fit(&leading), 1);
        assert_eq!(t.fit(&huddles), 2);
        assert_eq!(t.fit(&unrelated), 0);
        let mut pages = vec![leading, huddles.clone(), unrelated];
        let slugs = |pages: &[Candidate]| -> Vec<String> {
            suggestions(&c, &known(&["safety"]), pages, CO_LEAD)
                .iter()
                .map(|p| p.slug.clone())
                .collect()
        };
        assert_eq!(slugs(&pages), ["huddles", "leading"]);
        // Helpfulness still comes before fit.
        pages[0].helpful = 1;
        assert_eq!(slugs(&pages), ["leading", "huddles"]);
        huddles.helpful = 1;
        pages[1] = huddles;
        assert_eq!(slugs(&pages), ["huddles", "leading"]);
    }

    #[test]
    fn first_steps_take_the_nearest_criteria_first_without_repeating_a_page() {
        let a = page("a", ContentType::Guide, &[], &[]);
        let b = page("b", ContentType::Guide, &[], &[]);
        let c = page("c", ContentType::Guide, &[], &[]);
        let d = page("d", ContentType::Guide, &[], &[]);
        // (level, pages) per gap, as a page would hold them.
        let gaps: Vec<(u8, Vec<&Candidate>)> =
            vec![(3, vec![&d, &a]), (2, vec![&a, &b]), (2, vec![&a, &c])];
        let steps = first_steps(&gaps, 3, |g| g.0, |g| g.1.as_slice());
        let chosen: Vec<(usize, &str)> = steps.iter().map(|(i, p)| (*i, p.slug.as_str())).collect();
        // Round one: gap 1 gives a, gap 2's a is taken, gap 0 gives d; round two: gap 1 gives b.
        assert_eq!(chosen, [(1, "a"), (0, "d"), (1, "b")]);
        assert!(first_steps(&gaps[..0], 3, |g| g.0, |g| g.1.as_slice()).is_empty());
        assert_eq!(first_steps(&gaps, 10, |g| g.0, |g| g.1.as_slice()).len(), 4);
    }
}
