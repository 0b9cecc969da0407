//! The interface's words in each language. The catalogues are Fluent files in
//! `crates/web/locales/<language>/*.ftl`, compiled into the binary; templates ask for a message
//! by its id through [`crate::views::Layout`]. A message missing in Spanish falls back to English
//! (and the catalogue test fails), so a page never shows an empty label.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{include_dir, Dir};
use lmp_domain::{FieldErrors, Msg, MsgArg};

static LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The code used in `lang` attributes, cookies and the database.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// `en`, `es`, or a regional tag of either (`es-MX`, `en_US`).
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best of our languages for an `Accept-Language` header, by the weights it gives;
    /// `None` when it names none of them.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("");
            let weight = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map(|q| q.trim().parse::<f32>().unwrap_or(0.0))
                .unwrap_or(1.0);
            if weight <= 0.0 {
                continue;
            }
            if let Some(lang) = Lang::parse(tag) {
                if best.is_none_or(|(w, _)| weight > w) {
                    best = Some((weight, lang));
                }
            }
        }
        best.map(|(_, lang)| lang)
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Es => 1,
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(load))
}

/// Every `.ftl` file of one language, in one bundle. A syntax error or a message defined twice
/// is a bug in the shipped catalogue and stops the server at its first page, loudly.
fn load(lang: Lang) -> Bundle {
    let id = lang.code().parse().expect("language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around arguments would show up in plain-text contexts and tests.
    bundle.set_use_isolating(false);
    let folder = LOCALES
        .get_dir(lang.code())
        .unwrap_or_else(|| panic!("no catalogue folder for {}", lang.code()));
    let mut files: Vec<_> = folder.files().collect();
    files.sort_by_key(|f| f.path());
    for file in files {
        let source = file
            .contents_utf8()
            .expect("catalogue is UTF-8")
            .to_string();
        let resource = FluentResource::try_new(source)
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.path().display()));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{}: {errors:?}", file.path().display()));
    }
    bundle
}

/// A value given to a message (`{ $count }`, `{ $name }`).
pub enum Arg<'a> {
    Number(i64),
    Text(&'a str),
}

/// The message `id` in `lang`, with `args`; English when the language lacks it, the id itself
/// when no catalogue has it (the catalogue tests make sure that never ships).
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => a.set(*name, FluentValue::from(*n)),
                Arg::Text(t) => a.set(*name, FluentValue::from(*t)),
            }
        }
        a
    });
    for bundle in [&bundles()[lang.index()], &bundles()[Lang::En.index()]] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// A message the rules named ([`Msg`]) in `lang`: its labels are worded first, in the same
/// language, then given to it with its other values.
pub fn render(lang: Lang, msg: &Msg) -> String {
    let labels: Vec<String> = msg
        .args
        .iter()
        .filter_map(|(_, value)| match value {
            MsgArg::Msg(inner) => Some(render(lang, inner)),
            _ => None,
        })
        .collect();
    let mut labels = labels.iter();
    let args: Vec<(&str, Arg<'_>)> = msg
        .args
        .iter()
        .map(|(name, value)| {
            let arg = match value {
                MsgArg::Text(t) => Arg::Text(t),
                MsgArg::Number(n) => Arg::Number(*n),
                MsgArg::Msg(_) => Arg::Text(labels.next().map(String::as_str).unwrap_or("")),
            };
            (*name, arg)
        })
        .collect();
    message(lang, &msg.id, &args)
}

/// A message the rules named, in English: the API's problem documents and the command line.
pub fn english(msg: &Msg) -> String {
    render(Lang::En, msg)
}

/// A form's problems worded in the page's language, by field, for its template.
#[derive(Debug, Clone, Default)]
pub struct FormErrors(BTreeMap<String, String>);

impl FormErrors {
    pub fn new(lang: Lang, errors: &FieldErrors) -> FormErrors {
        FormErrors(
            errors
                .iter()
                .map(|(field, msg)| (field.to_string(), render(lang, msg)))
                .collect(),
        )
    }

    /// No problems (a form shown for the first time).
    pub fn none() -> FormErrors {
        FormErrors::default()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// The message ids one language defines, for the catalogue tests.
pub fn ids(lang: Lang) -> Vec<String> {
    let folder = LOCALES.get_dir(lang.code()).expect("catalogue folder");
    let mut ids = Vec::new();
    for file in folder.files() {
        let resource = FluentResource::try_new(file.contents_utf8().unwrap_or("").to_string())
            .unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_string());
            }
        }
    }
    ids.sort();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_heaviest_language_we_speak() {
        assert_eq!(
            Lang::from_accept_language("es-MX,es;q=0.9,en;q=0.8"),
            Some(Lang::Es)
        );
        assert_eq!(
            Lang::from_accept_language("fr-FR, en;q=0.5, es;q=0.7"),
            Some(Lang::Es)
        );
        assert_eq!(Lang::from_accept_language("en-US,en;q=0.9"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("fr, de;q=0.4"), None);
        assert_eq!(
            Lang::from_accept_language("es;q=0, en;q=0.1"),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_accept_language(""), None);
    }

    #[test]
    fn both_catalogues_load_and_define_the_same_messages() {
        let en = ids(Lang::En);
        let es = ids(Lang::Es);
        assert!(
            en.len() > 100,
            "the English catalogue has {} messages",
            en.len()
        );
        let missing_in_es: Vec<_> = en.iter().filter(|id| !es.contains(id)).collect();
        let missing_in_en: Vec<_> = es.iter().filter(|id| !en.contains(id)).collect();
        assert!(
            missing_in_es.is_empty(),
            "not in Spanish: {missing_in_es:?}"
        );
        assert!(
            missing_in_en.is_empty(),
            "not in English: {missing_in_en:?}"
        );
        // Loading parses every file and refuses duplicates.
        let _ = bundles();
    }

    #[test]
    fn every_message_a_template_asks_for_exists() {
        let known = ids(Lang::En);
        let templates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut unknown = Vec::new();
        let mut checked = 0;
        for entry in std::fs::read_dir(templates).expect("templates") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("template");
            for (_, rest) in text.match_indices(".t").map(|(i, _)| ((), &text[i + 2..])) {
                // layout.t("id"), layout.tn("id", n), layout.ta("id", …)
                let rest = rest.trim_start_matches(['n', 'a']);
                if let Some(quoted) = rest.strip_prefix("(\"") {
                    let id = quoted.split('"').next().unwrap_or("");
                    checked += 1;
                    if !known.iter().any(|k| k == id) {
                        unknown.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
        assert!(checked > 100, "only {checked} messages found in templates");
        assert!(
            unknown.is_empty(),
            "templates ask for unknown messages: {unknown:?}"
        );
    }

    #[test]
    fn messages_take_numbers_and_fall_back_to_english() {
        assert_eq!(
            message(Lang::En, "helpful-count", &[("count", Arg::Number(1))]),
            "1 person found this helpful"
        );
        assert_eq!(
            message(Lang::Es, "helpful-count", &[("count", Arg::Number(3))]),
            "A 3 personas les resultó útil"
        );
        assert_eq!(message(Lang::Es, "no-such-message", &[]), "no-such-message");
    }
}
