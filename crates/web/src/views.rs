//! What every page template shares: the layout (who is signed in, the CSRF token, the current
//! section) and the pager.

use lmp_domain::Page;

use crate::auth::Session;

/// Data the base template needs on every page.
pub struct Layout {
    pub title: String,
    pub user_name: Option<String>,
    pub user_id: i64,
    pub is_admin: bool,
    pub csrf: String,
    /// The section the page belongs to, for `aria-current` in the navigation.
    pub section: &'static str,
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
        }
    }

    pub fn current(&self, section: &str) -> &'static str {
        if self.section == section {
            "page"
        } else {
            "false"
        }
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

/// A unix time as a date people read ("3 March 2026").
pub fn date(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| {
            t.format(time::macros::format_description!(
                "[day padding:none] [month repr:long] [year]"
            ))
            .unwrap_or_default()
        })
        .unwrap_or_default()
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

/// A unix time as people read it on a meeting page: "Tue 24 Nov 2026, 09:00 (UTC)".
pub fn when(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| {
            format!(
                "{} {} {} {}, {:02}:{:02} (UTC)",
                &t.weekday().to_string()[..3],
                t.day(),
                &t.month().to_string()[..3],
                t.year(),
                t.hour(),
                t.minute()
            )
        })
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
