//! RFC 5545 calendars: a meeting's invitation (one `VCALENDAR` with one `VEVENT`, which any
//! calendar — Outlook, Google, Apple — can import from a download or an email attachment), and
//! a person's subscribed feed (many events, and all-day events for due dates).
//!
//! - [`IcsEvent`] — a timed event (a meeting).
//! - [`IcsAllDay`] — an all-day event (a task's due date). All-day `VEVENT`s rather than
//!   `VTODO`s, because Google Calendar and Outlook do not show `VTODO`s from a subscription.
//! - [`ics`] — one event's file; [`feed`] — a named calendar of many. Both write CRLF line
//!   ends, TEXT values escaped, lines folded at 75 octets without splitting a character,
//!   times in UTC.
//! - [`utc_stamp`] — a unix time as an iCalendar UTC date-time (`20270115T080000Z`).

use serde::{Deserialize, Serialize};

/// The longest a content line may be, in octets, before it is folded.
const LINE_OCTETS: usize = 75;

/// One meeting as a calendar event. Times are unix seconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IcsEvent {
    /// Unique everywhere and stable for the meeting, so a re-sent invitation updates the
    /// event instead of adding another, e.g. `meeting-42@hub.example.org`.
    pub uid: String,
    /// Raise it each time the meeting changes, so calendars apply the update.
    pub sequence: u32,
    /// When this invitation was made.
    pub stamp: i64,
    pub start: i64,
    /// Left out of the file unless after `start`.
    pub end: i64,
    pub summary: String,
    pub description: String,
    pub location: String,
    /// A link to the meeting's page.
    pub url: Option<String>,
}

/// A whole-day event, such as the day a task is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IcsAllDay {
    /// Unique everywhere and stable, e.g. `task-7@hub.example.org`.
    pub uid: String,
    /// When the entry last changed (unix seconds).
    pub stamp: i64,
    /// The day, `YYYY-MM-DD`; an entry whose date does not read is left out of the file.
    pub date: String,
    pub summary: String,
    pub description: String,
    pub url: Option<String>,
}

/// A calendar a person subscribes to: its name as calendar apps list it, and its entries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IcsCalendar {
    pub name: String,
    pub events: Vec<IcsEvent>,
    pub all_day: Vec<IcsAllDay>,
}

const HEADER: [&str; 5] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//LMP Partnership Hub//Meetings//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
];

/// The invitation as the text of an `.ics` file (`text/calendar; charset=utf-8`).
pub fn ics(event: &IcsEvent) -> String {
    let mut lines: Vec<String> = HEADER.iter().map(|l| l.to_string()).collect();
    lines.extend(event_lines(event));
    lines.push("END:VCALENDAR".to_string());
    write(lines)
}

/// A subscribed calendar as the text of an `.ics` file: its name (`X-WR-CALNAME`, which Apple,
/// Google and Outlook show), a hint to refresh hourly, then every event and all-day event.
pub fn feed(calendar: &IcsCalendar) -> String {
    let mut lines: Vec<String> = HEADER.iter().map(|l| l.to_string()).collect();
    lines.push(format!("X-WR-CALNAME:{}", escape_text(&calendar.name)));
    lines.push("REFRESH-INTERVAL;VALUE=DURATION:PT1H".to_string());
    lines.push("X-PUBLISHED-TTL:PT1H".to_string());
    for event in &calendar.events {
        lines.extend(event_lines(event));
    }
    for entry in &calendar.all_day {
        lines.extend(all_day_lines(entry));
    }
    lines.push("END:VCALENDAR".to_string());
    write(lines)
}

/// Folds each line and ends it with CRLF.
fn write(lines: Vec<String>) -> String {
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
        out.push_str("\r\n");
    }
    out
}

/// A URL property's value: no control characters or spaces.
fn url_line(url: &Option<String>) -> Option<String> {
    let url: String = url
        .as_deref()?
        .chars()
        .filter(|c| !c.is_control() && *c != ' ')
        .collect();
    (!url.is_empty()).then(|| format!("URL:{url}"))
}

/// `YYYY-MM-DD` as an iCalendar DATE and the day after it (`DTEND` of an all-day event is
/// the next day); `None` when it is not a calendar date.
fn date_and_next(date: &str) -> Option<(String, String)> {
    if !super::valid_date(date) {
        return None;
    }
    let mut parts = date.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    let next =
        crate::calendar::civil_from_days(crate::calendar::days_from_civil(year, month, day) + 1);
    Some((
        format!("{year:04}{month:02}{day:02}"),
        format!("{:04}{:02}{:02}", next.0, next.1, next.2),
    ))
}

fn all_day_lines(entry: &IcsAllDay) -> Vec<String> {
    let Some((start, end)) = date_and_next(&entry.date) else {
        return Vec::new();
    };
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape_text(&entry.uid)),
        format!("DTSTAMP:{}", utc_stamp(entry.stamp)),
        format!("DTSTART;VALUE=DATE:{start}"),
        format!("DTEND;VALUE=DATE:{end}"),
        format!("SUMMARY:{}", escape_text(&entry.summary)),
    ];
    if !entry.description.trim().is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape_text(&entry.description)));
    }
    lines.extend(url_line(&entry.url));
    // A due date blocks no time in the person's calendar.
    lines.push("TRANSP:TRANSPARENT".to_string());
    lines.push("END:VEVENT".to_string());
    lines
}

fn event_lines(event: &IcsEvent) -> Vec<String> {
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape_text(&event.uid)),
        format!("SEQUENCE:{}", event.sequence),
        format!("DTSTAMP:{}", utc_stamp(event.stamp)),
        format!("DTSTART:{}", utc_stamp(event.start)),
    ];
    if event.end > event.start {
        lines.push(format!("DTEND:{}", utc_stamp(event.end)));
    }
    lines.push(format!("SUMMARY:{}", escape_text(&event.summary)));
    if !event.description.trim().is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape_text(&event.description)));
    }
    if !event.location.trim().is_empty() {
        lines.push(format!("LOCATION:{}", escape_text(&event.location)));
    }
    lines.extend(url_line(&event.url));
    lines.push("END:VEVENT".to_string());
    lines
}

/// A TEXT value with backslash, semicolon, comma and line breaks escaped, and other control
/// characters (except tab) dropped, since the format does not allow them.
fn escape_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Splits a content line into lines of at most 75 octets joined by CRLF and one space (the
/// space counts toward the next line's 75), never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out
}

/// A unix time as an iCalendar date-time in UTC, e.g. `20270115T080000Z`.
pub fn utc_stamp(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let in_day = seconds.rem_euclid(86_400);
    let (year, month, day) = crate::calendar::civil_from_days(days);
    format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        in_day / 3_600,
        in_day % 3_600 / 60,
        in_day % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> IcsEvent {
        IcsEvent {
            uid: "meeting-42@hub.example.org".into(),
            sequence: 0,
            // 2026-11-23T12:00:00Z
            stamp: 1_795_435_200,
            // 2027-01-15T08:00:00Z to 09:00:00Z
            start: 1_800_000_000,
            end: 1_800_003_600,
            summary: "Pharmacy team meeting".into(),
            description: String::new(),
            location: String::new(),
            url: None,
        }
    }

    #[test]
    fn a_plain_event_is_written_line_by_line_with_crlf() {
        let expected = "BEGIN:VCALENDAR\r\n\
            VERSION:2.0\r\n\
            PRODID:-//LMP Partnership Hub//Meetings//EN\r\n\
            CALSCALE:GREGORIAN\r\n\
            METHOD:PUBLISH\r\n\
            BEGIN:VEVENT\r\n\
            UID:meeting-42@hub.example.org\r\n\
            SEQUENCE:0\r\n\
            DTSTAMP:20261123T120000Z\r\n\
            DTSTART:20270115T080000Z\r\n\
            DTEND:20270115T090000Z\r\n\
            SUMMARY:Pharmacy team meeting\r\n\
            END:VEVENT\r\n\
            END:VCALENDAR\r\n";
        assert_eq!(ics(&event()), expected);
    }

    #[test]
    fn text_is_escaped_and_the_url_and_location_are_included() {
        let text = ics(&IcsEvent {
            summary: "Huddle; safety, wins".into(),
            description: "Bring ideas.\r\nRoom C\\D\nBell\u{7}".into(),
            location: "Clinic 2, floor 3".into(),
            url: Some("https://hub.example.org/meetings/42".into()),
            ..event()
        });
        assert!(text.contains("\r\nSUMMARY:Huddle\\; safety\\, wins\r\n"));
        assert!(text.contains("\r\nDESCRIPTION:Bring ideas.\\nRoom C\\\\D\\nBell\r\n"));
        assert!(text.contains("\r\nLOCATION:Clinic 2\\, floor 3\r\n"));
        assert!(text.contains("\r\nURL:https://hub.example.org/meetings/42\r\n"));
        // No bare line feed anywhere: every line ends CRLF.
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    }

    #[test]
    fn long_lines_fold_at_75_octets() {
        // "SUMMARY:" is 8 octets; with 100 letters the line is 108: 75 on the first line, then
        // a space and the remaining 33.
        let summary = "a".repeat(100);
        let text = ics(&IcsEvent {
            summary: summary.clone(),
            ..event()
        });
        let expected = format!(
            "\r\nSUMMARY:{}\r\n {}\r\nEND:VEVENT",
            "a".repeat(67),
            "a".repeat(33)
        );
        assert!(text.contains(&expected), "{text}");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
    }

    #[test]
    fn folding_never_splits_a_character() {
        // "é" is 2 octets: 8 + 33 × 2 = 74 fits, a 34th would make 76.
        let folded = fold(&format!("SUMMARY:{}", "é".repeat(40)));
        assert_eq!(
            folded,
            format!("SUMMARY:{}\r\n {}", "é".repeat(33), "é".repeat(7))
        );
        // Unfolding gives the line back.
        assert_eq!(
            folded.replace("\r\n ", ""),
            format!("SUMMARY:{}", "é".repeat(40))
        );
        // A line of exactly 75 octets is not folded; 76 is.
        assert_eq!(fold(&"x".repeat(75)), "x".repeat(75));
        assert_eq!(fold(&"x".repeat(76)), format!("{}\r\n x", "x".repeat(75)));
        // Continuation lines hold 74 octets after their space.
        assert_eq!(
            fold(&"x".repeat(150)),
            format!("{}\r\n {}\r\n {}", "x".repeat(75), "x".repeat(74), "x")
        );
    }

    #[test]
    fn times_are_written_in_utc() {
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        assert_eq!(utc_stamp(1_709_251_199), "20240229T235959Z");
        assert_eq!(utc_stamp(1_798_761_599), "20261231T235959Z");
        assert_eq!(utc_stamp(-1), "19691231T235959Z");
    }

    #[test]
    fn a_feed_names_itself_and_lists_events_and_all_day_entries() {
        let text = feed(&IcsCalendar {
            name: "Hub: Ana, meetings and tasks".into(),
            events: vec![
                event(),
                IcsEvent {
                    uid: "meeting-43@hub.example.org".into(),
                    summary: "Huddle".into(),
                    ..event()
                },
            ],
            all_day: vec![IcsAllDay {
                uid: "task-7@hub.example.org".into(),
                stamp: 1_795_435_200,
                date: "2028-02-29".into(),
                summary: "Due: order toner".into(),
                description: String::new(),
                url: Some("https://hub.example.org/tasks/7".into()),
            }],
        });
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("\r\nX-WR-CALNAME:Hub: Ana\\, meetings and tasks\r\n"));
        assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), 3);
        assert_eq!(text.matches("END:VEVENT\r\n").count(), 3);
        assert!(text.contains("\r\nUID:meeting-43@hub.example.org\r\n"));
        // A leap day ends on 1 March.
        assert!(text.contains(
            "\r\nUID:task-7@hub.example.org\r\nDTSTAMP:20261123T120000Z\r\n\
             DTSTART;VALUE=DATE:20280229\r\nDTEND;VALUE=DATE:20280301\r\n\
             SUMMARY:Due: order toner\r\nURL:https://hub.example.org/tasks/7\r\n\
             TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
        ));
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    }

    #[test]
    fn an_all_day_entry_ends_the_next_day_and_a_bad_date_is_left_out() {
        let entry = |date: &str| IcsAllDay {
            uid: "task-1@hub".into(),
            stamp: 0,
            date: date.into(),
            summary: "Due".into(),
            description: String::new(),
            url: None,
        };
        let text = feed(&IcsCalendar {
            name: "Hub".into(),
            events: Vec::new(),
            all_day: vec![entry("2026-12-31"), entry("2027-02-30"), entry("soon")],
        });
        assert!(text.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
        // An empty feed is still a calendar.
        let empty = feed(&IcsCalendar::default());
        assert!(empty.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(!empty.contains("VEVENT"));
    }

    #[test]
    fn an_end_not_after_the_start_is_left_out() {
        let text = ics(&IcsEvent {
            end: 1_800_000_000,
            ..event()
        });
        assert!(!text.contains("DTEND"));
        assert!(text.contains("DTSTART:20270115T080000Z\r\n"));
    }
}
