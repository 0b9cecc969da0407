//! What every page template shares: the layout (who is signed in, the CSRF token, the current
//! section) and the pager.

use lmp_domain::Page;

use crate::auth::Session;
use crate::i18n::{self, Arg, Lang};

/// Data the base template needs on every page.
pub struct Layout {
    pub title: String,
    pub user_name: Option<String>,
    pub user_id: i64,
    pub is_admin: bool,
    pub csrf: String,
    /// The section the page belongs to, for `aria-current` in the navigation.
    pub section: &'static str,
    /// The language the page is shown in; templates take their words from its catalogue.
    pub lang: Lang,
    /// The Help link, naming the page it was followed from.
    pub help_href: String,
}

impl Layout {
    pub fn new(session: &Session, title: impl Into<String>, section: &'static str) -> Layout {
        Layout {
            title: title.into(),
            user_name: session.user.as_ref().map(|u| u.person.name.clone()),
            user_id: session.user.as_ref().map(|u| u.person.id).unwrap_or(0),
            is_admin: session
                .user
                .as_ref()
                .is_some_and(|u| u.actor.can_administer()),
            csrf: session.csrf_token.clone(),
            section,
            lang: session.lang,
            help_href: format!("/help?{}", query_string(&[("from", session.path.clone())])),
        }
    }

    /// A layout whose title is the catalogue's message `title_id` in the reader's language.
    pub fn titled(session: &Session, title_id: &str, section: &'static str) -> Layout {
        Layout::new(session, i18n::message(session.lang, title_id, &[]), section)
    }

    /// "Showing 1–24 of 75 · page 1 of 4" in the page's language.
    pub fn pager_summary(&self, pager: &Pager) -> String {
        let page = |v: u32| Arg::Number(i64::from(v));
        i18n::message(
            self.lang,
            "pager-showing",
            &[
                ("first", Arg::Number(pager.first)),
                ("last", Arg::Number(pager.last)),
                ("total", Arg::Number(pager.total)),
                ("page", page(pager.page)),
                ("pages", page(pager.page_count)),
            ],
        )
    }

    /// A form's problems in the page's language, for its template.
    pub fn errors(&self, errors: &lmp_domain::FieldErrors) -> i18n::FormErrors {
        i18n::FormErrors::new(self.lang, errors)
    }

    /// A message the rules named, in the page's language.
    pub fn msg(&self, msg: &lmp_domain::Msg) -> String {
        i18n::render(self.lang, msg)
    }

    /// The catalogue's message `id` in the page's language.
    pub fn t(&self, id: &str) -> String {
        i18n::message(self.lang, id, &[])
    }

    /// A message with a `$count` (for plurals).
    pub fn tn(&self, id: &str, count: impl Count) -> String {
        i18n::message(self.lang, id, &[("count", Arg::Number(count.as_i64()))])
    }

    /// A message with one text argument `$name`.
    pub fn ta(&self, id: &str, name: &str) -> String {
        i18n::message(self.lang, id, &[("name", Arg::Text(name))])
    }

    /// A team role's name in the page's language (`crate::names`).
    pub fn role(&self, role: &lmp_domain::TeamRole) -> String {
        crate::names::team_role(self.lang, *role)
    }

    /// The languages of the menu, with whether each is the page's.
    pub fn languages(&self) -> Vec<(&'static str, &'static str, bool)> {
        Lang::ALL
            .into_iter()
            .map(|l| (l.code(), l.own_name(), l == self.lang))
            .collect()
    }

    pub fn current(&self, section: &str) -> &'static str {
        if self.section == section {
            "page"
        } else {
            "false"
        }
    }
}

/// A number a message can count with (templates hold counts of several integer types).
pub trait Count {
    fn as_i64(&self) -> i64;
}

macro_rules! count_for {
    ($($t:ty),*) => {$(
        impl Count for $t {
            fn as_i64(&self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        }
    )*};
}
count_for!(i64, i32, u8, u32, u64, usize);

impl<T: Count> Count for &T {
    fn as_i64(&self) -> i64 {
        (*self).as_i64()
    }
}

/// Links and counts for the "previous / next" navigation under a list.
pub struct Pager {
    pub page: u32,
    pub page_count: u32,
    pub first: i64,
    pub last: i64,
    pub total: i64,
    pub previous_href: Option<String>,
    pub next_href: Option<String>,
}

impl Pager {
    /// `base_query` holds the list's other parameters (filters), already URL-encoded.
    pub fn new<T>(page: &Page<T>, path: &str, base_query: &str) -> Pager {
        let href = |n: u32| {
            if base_query.is_empty() {
                format!("{path}?page={n}")
            } else {
                format!("{path}?{base_query}&page={n}")
            }
        };
        Pager {
            page: page.page,
            page_count: page.page_count(),
            first: page.first_index(),
            last: page.last_index(),
            total: page.total,
            previous_href: page.has_previous().then(|| href(page.page - 1)),
            next_href: page.has_next().then(|| href(page.page + 1)),
        }
    }
}

/// Encodes query parameters, leaving out empty ones.
pub fn query_string(pairs: &[(&str, String)]) -> String {
    let kept: Vec<(&str, &str)> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (*k, v.as_str()))
        .collect();
    serde_urlencoded::to_string(kept).unwrap_or_default()
}

/// A unix time as the value of an `<input type="date">` (YYYY-MM-DD).
pub fn date_input(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day()))
        .unwrap_or_default()
}

/// The unix time of a date (`YYYY-MM-DD`) and a time of day (`HH:MM`) in UTC, if both are real.
pub fn parse_date_time(date: &str, time_of_day: &str) -> Option<i64> {
    let date = time::Date::parse(
        date.trim(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()?;
    let clock = time::Time::parse(
        time_of_day.trim(),
        time::macros::format_description!("[hour]:[minute]"),
    )
    .ok()?;
    Some(date.with_time(clock).assume_utc().unix_timestamp())
}
