//! Reading what people type, and small text helpers.
//!
//! The syntax is deliberately small: text in double quotes is a phrase; everything else is
//! words. There are no operators — `AND`, `field:value`, `*`, `-` are words or separators like
//! any other punctuation — so no input can be a syntax error. An unbalanced quote quotes
//! nothing: the text after it is read as words.

use tantivy::tokenizer::TextAnalyzer;

/// Words and phrases beyond these are ignored: they cannot make a better query, only a
/// slower one.
const MAX_WORDS: usize = 16;

/// A word of the query, as typed and as normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// The text as typed (for analysing with each language's stemmer).
    pub typed: String,
    /// Lowercased and accent-folded: the form in the `words` vocabulary.
    pub plain: String,
    /// Byte range in the query text, for writing "did you mean".
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Part {
    /// Matched with stemming and, when rare, with typo tolerance.
    Word(Word),
    /// Two or more words that must appear together in this order (stemmed).
    Phrase(Vec<Word>),
}

impl Part {
    pub(crate) fn words(&self) -> &[Word] {
        match self {
            Part::Word(w) => std::slice::from_ref(w),
            Part::Phrase(ws) => ws,
        }
    }
}

/// Splits `text` into words and phrases. `plain` is the analyser of the `words` field, so a
/// query word is cut exactly as document words were.
pub(crate) fn parse(text: &str, plain: &TextAnalyzer) -> Vec<Part> {
    let mut analyzer = plain.clone();
    let quotes: Vec<usize> = text.match_indices('"').map(|(i, _)| i).collect();
    // Segments between quotes; odd ones are quoted, unless the last quote has no partner.
    let paired = quotes.len() - quotes.len() % 2;
    let mut segments: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = 0;
    for (n, &q) in quotes[..paired].iter().enumerate() {
        segments.push((start, q, n % 2 == 1));
        start = q + 1;
    }
    segments.push((start, text.len(), false));

    let mut parts = Vec::new();
    let mut count = 0;
    for (from, to, quoted) in segments {
        let segment = &text[from..to];
        let mut words = Vec::new();
        let mut stream = analyzer.token_stream(segment);
        while let Some(token) = stream.next() {
            words.push(Word {
                typed: segment[token.offset_from..token.offset_to].to_string(),
                plain: token.text.clone(),
                start: from + token.offset_from,
                end: from + token.offset_to,
            });
        }
        if quoted && words.len() > 1 {
            words.truncate(MAX_WORDS.saturating_sub(count));
            count += words.len();
            if words.len() > 1 {
                parts.push(Part::Phrase(words));
            } else {
                parts.extend(words.into_iter().map(Part::Word));
            }
        } else {
            for w in words {
                if count < MAX_WORDS {
                    count += 1;
                    parts.push(Part::Word(w));
                }
            }
        }
    }
    parts
}

/// How many edits a word may be away from an indexed word and still match it: none for short
/// words (too many neighbours), one for 4–7 letters, two for longer ones.
pub(crate) fn typo_distance(word: &str) -> u8 {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// How far "did you mean" looks for a correction: one edit for 3–5 letters, two beyond.
pub(crate) fn suggestion_distance(word: &str) -> u8 {
    match word.chars().count() {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    }
}

/// Optimal-string-alignment distance (Levenshtein plus swapping two neighbours), matching
/// what the automata accept, to rank the candidates they find.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Escapes text for HTML content and attribute values, like the snippet generator does.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

/// The first `max_chars` characters of `text`, cut at a word boundary when one is near, with
/// an ellipsis when something was cut.
pub(crate) fn lead(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    match text.char_indices().nth(max_chars) {
        None => text.to_string(),
        Some((cut, _)) => {
            let head = &text[..cut];
            let head = match head.rfind(char::is_whitespace) {
                Some(space) if space > cut / 2 => &head[..space],
                _ => head,
            };
            format!("{}…", head.trim_end())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::plain_analyzer;

    fn shape(text: &str) -> Vec<String> {
        parse(text, &plain_analyzer())
            .iter()
            .map(|p| match p {
                Part::Word(w) => w.plain.clone(),
                Part::Phrase(ws) => format!(
                    "\"{}\"",
                    ws.iter()
                        .map(|w| w.plain.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
            })
            .collect()
    }

    #[test]
    fn words_and_phrases() {
        assert_eq!(
            shape(r#"Consensus "three Tests" decisión"#),
            ["consensus", "\"three tests\"", "decision"]
        );
        assert_eq!(shape(r#""single" word"#), ["single", "word"]);
        assert_eq!(
            shape(r#"an "unbalanced quote"#),
            ["an", "unbalanced", "quote"]
        );
        assert_eq!(shape(r#""a b" "c d" "e"#), ["\"a b\"", "\"c d\"", "e"]);
        assert_eq!(
            shape("title:foo AND bar* -baz"),
            ["title", "foo", "and", "bar", "baz"]
        );
        assert!(shape("").is_empty());
        assert!(shape(" \" \"\" * : ").is_empty());
        assert_eq!(shape("日本語 ü"), ["日本語", "u"]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = r#"x "concensus  tests" ÿy"#;
        for part in parse(text, &plain_analyzer()) {
            for w in part.words() {
                assert_eq!(&text[w.start..w.end], w.typed);
            }
        }
    }

    #[test]
    fn word_count_is_bounded() {
        let long = "word ".repeat(100);
        assert_eq!(parse(&long, &plain_analyzer()).len(), MAX_WORDS);
        let phrase = format!("\"{}\" more", "w ".repeat(40));
        let parts = parse(&phrase, &plain_analyzer());
        assert_eq!(
            parts.iter().map(|p| p.words().len()).sum::<usize>(),
            MAX_WORDS
        );
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("concensus", "consensus"), 1);
        assert_eq!(edit_distance("desicion", "decision"), 2);
        assert_eq!(edit_distance("teh", "the"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(typo_distance("team"), 1);
        assert_eq!(typo_distance("desicion"), 2);
        assert_eq!(typo_distance("the"), 0);
    }

    #[test]
    fn lead_cuts_at_words() {
        assert_eq!(lead("short", 10), "short");
        assert_eq!(lead("one two three four", 10), "one two…");
        assert_eq!(lead("ééééééééééééé", 3), "ééé…");
    }

    #[test]
    fn escapes() {
        assert_eq!(
            escape_html(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/a&gt;"
        );
    }
}
