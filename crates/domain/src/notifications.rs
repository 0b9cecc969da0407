//! Notices: what needs a person's attention, who gets which, how each person wants them
//! delivered and how a digest groups them. Email is the first channel; another (web push) can
//! reuse the same kinds, occasions and grouping.
//!
//! A notice is keyed by person, kind, subject (the assessment, task, question, proposal or
//! meeting) and the day of its occasion, so finding the same thing again never makes a second
//! notice: a submission is announced once, a task once on the eve of its due date and once
//! after it, a meeting once on its eve.

use crate::calendar::{civil_from_days, iso_date};
use crate::roles::TeamRole;

/// What a notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NoticeKind {
    /// A submitted Path to Performance assessment awaits this sponsor's sign-off.
    SignOff,
    /// A task this person owns is due tomorrow, or is overdue.
    TaskDue,
    /// A question the team escalated to its sponsors has no answer yet.
    Escalation,
    /// A consensus round this person takes part in waits for their stance.
    Stance,
    /// A meeting of this person's team is tomorrow.
    Meeting,
}

impl NoticeKind {
    /// Every kind, in the order the account page and a digest list them.
    pub const ALL: [NoticeKind; 5] = [
        NoticeKind::SignOff,
        NoticeKind::Stance,
        NoticeKind::Escalation,
        NoticeKind::TaskDue,
        NoticeKind::Meeting,
    ];

    /// The stable code kept in the database, forms and unsubscribe links.
    pub fn code(self) -> &'static str {
        match self {
            NoticeKind::SignOff => "sign_off",
            NoticeKind::TaskDue => "task_due",
            NoticeKind::Escalation => "escalation",
            NoticeKind::Stance => "stance",
            NoticeKind::Meeting => "meeting",
        }
    }

    pub fn parse(code: &str) -> Option<NoticeKind> {
        NoticeKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// What a person gets until they choose: a sign-off or a stance holds others up, so it
    /// comes at once; the rest can wait for the daily digest.
    pub fn default_delivery(self) -> Delivery {
        match self {
            NoticeKind::SignOff | NoticeKind::Stance => Delivery::Immediate,
            NoticeKind::TaskDue | NoticeKind::Escalation | NoticeKind::Meeting => Delivery::Daily,
        }
    }
}

/// How a person wants one kind of notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Delivery {
    Immediate,
    Daily,
    Weekly,
    Off,
}

impl Delivery {
    pub const ALL: [Delivery; 4] = [
        Delivery::Immediate,
        Delivery::Daily,
        Delivery::Weekly,
        Delivery::Off,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Delivery::Immediate => "immediate",
            Delivery::Daily => "daily",
            Delivery::Weekly => "weekly",
            Delivery::Off => "off",
        }
    }

    pub fn parse(code: &str) -> Option<Delivery> {
        Delivery::ALL.into_iter().find(|d| d.code() == code)
    }

    /// Whether notices delivered this way wait for a digest.
    pub fn is_digest(self) -> bool {
        matches!(self, Delivery::Daily | Delivery::Weekly)
    }
}

/// A person's chosen deliveries, with the defaults for the kinds they have not chosen.
pub fn delivery_for(chosen: &[(NoticeKind, Delivery)], kind: NoticeKind) -> Delivery {
    chosen
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, d)| *d)
        .unwrap_or_else(|| kind.default_delivery())
}

/// The key that makes a notice unique: the same person, kind, subject and occasion day is
/// found once, however often the scan runs and on however many nodes.
pub fn notice_key(person_id: i64, kind: NoticeKind, subject_id: i64, day: &str) -> String {
    format!("{person_id}:{}:{subject_id}:{day}", kind.code())
}

fn days_of(iso: &str) -> Option<i64> {
    let mut parts = iso.splitn(3, '-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.get(..2)?.parse().ok()?;
    Some(crate::calendar::days_from_civil(y, m, d))
}

fn date_of_days(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Where a task stands against its due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskDue {
    Tomorrow,
    Overdue,
}

/// How many days after its due date an open task still brings an overdue notice (older ones
/// were known long ago; a hub switching mail on should not send its whole past).
pub const OVERDUE_WINDOW_DAYS: i64 = 7;

/// Whether an open task due on `due_on` (`YYYY-MM-DD`) needs a notice at `now`, and the
/// occasion day of that notice: the eve of the due date, or the day after it.
pub fn task_notice(due_on: &str, now: i64) -> Option<(TaskDue, String)> {
    let due = days_of(due_on)?;
    let today = now.div_euclid(86_400);
    if due == today + 1 {
        Some((TaskDue::Tomorrow, date_of_days(due - 1)))
    } else if due < today && today - due <= OVERDUE_WINDOW_DAYS {
        Some((TaskDue::Overdue, date_of_days(due + 1)))
    } else {
        None
    }
}

/// The due dates (`YYYY-MM-DD`, inclusive) a scan at `now` looks for: tomorrow, and the
/// overdue window before today.
pub fn task_due_range(now: i64) -> (String, String) {
    let today = now.div_euclid(86_400);
    (
        date_of_days(today - OVERDUE_WINDOW_DAYS),
        date_of_days(today + 1),
    )
}

/// The start and end (unix seconds, end exclusive) of tomorrow, UTC: a planned meeting that
/// starts in it is announced today.
pub fn tomorrow_span(now: i64) -> (i64, i64) {
    let tomorrow = now.div_euclid(86_400) + 1;
    (tomorrow * 86_400, (tomorrow + 1) * 86_400)
}

/// The occasion day of a notice about something that happened at `at` (a submission, an
/// escalation, a round opening): one notice per occurrence.
pub fn occasion_day(at: i64) -> String {
    iso_date(at)
}

/// How far back a scan looks for submissions, escalations and open rounds, in seconds: older
/// ones were announced when they were new (or before mail was switched on).
pub const LOOK_BACK_SECS: i64 = 30 * 86_400;

/// Who takes part in a consensus round, as the stance notice addresses them: those marked
/// present at its meeting, or without attendance everyone on the roster but the sponsors
/// (the same rule as the round's own page).
pub fn takes_part(role: Option<TeamRole>, person_id: i64, present: &[i64]) -> bool {
    if present.is_empty() {
        !matches!(role, Some(TeamRole::Sponsor(_)))
    } else {
        present.contains(&person_id)
    }
}

/// The digest a notice delivered `delivery` waits for at `now`: its period's key (the day, or
/// the Monday of the week), when digests go out at `hour` UTC. A digest is sent once per
/// period, at the first run after that hour; notices found after it wait for the next one.
pub fn digest_period(delivery: Delivery, now: i64, hour: u8) -> Option<String> {
    let shifted = now - i64::from(hour.min(23)) * 3600;
    let day = shifted.div_euclid(86_400);
    match delivery {
        Delivery::Daily => Some(format!("day-{}", date_of_days(day))),
        Delivery::Weekly => {
            // 1970-01-01 was a Thursday: days since the Monday before it.
            let monday = day - (day + 3).rem_euclid(7);
            Some(format!("week-{}", date_of_days(monday)))
        }
        Delivery::Immediate | Delivery::Off => None,
    }
}

/// One notice waiting in a digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestItem<T> {
    pub kind: NoticeKind,
    pub item: T,
}

/// A digest's notices grouped by kind, in the order of [`NoticeKind::ALL`], each group in the
/// order the notices came.
pub fn group_digest<T: Clone>(items: &[DigestItem<T>]) -> Vec<(NoticeKind, Vec<T>)> {
    NoticeKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let group: Vec<T> = items
                .iter()
                .filter(|i| i.kind == kind)
                .map(|i| i.item.clone())
                .collect();
            (!group.is_empty()).then_some((kind, group))
        })
        .collect()
}

/// How many times a mail is tried before it is given up (its last error is kept).
pub const MAX_ATTEMPTS: i64 = 8;

/// How long to wait before trying a mail again after its `attempts`-th failure: doubling from
/// `base_secs`, at most six hours.
pub fn retry_delay(attempts: i64, base_secs: i64) -> i64 {
    let doublings = (attempts - 1).clamp(0, 20) as u32;
    base_secs
        .max(1)
        .saturating_mul(1_i64 << doublings)
        .min(6 * 3600)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::days_from_civil;
    use crate::org::Side;

    fn at(date: &str, hour: i64) -> i64 {
        days_of(date).unwrap() * 86_400 + hour * 3600
    }

    #[test]
    fn codes_round_trip_and_defaults_follow_urgency() {
        for kind in NoticeKind::ALL {
            assert_eq!(NoticeKind::parse(kind.code()), Some(kind));
        }
        for d in Delivery::ALL {
            assert_eq!(Delivery::parse(d.code()), Some(d));
        }
        assert_eq!(NoticeKind::parse("nonsense"), None);
        assert_eq!(NoticeKind::SignOff.default_delivery(), Delivery::Immediate);
        assert_eq!(NoticeKind::Stance.default_delivery(), Delivery::Immediate);
        for kind in [
            NoticeKind::TaskDue,
            NoticeKind::Escalation,
            NoticeKind::Meeting,
        ] {
            assert_eq!(kind.default_delivery(), Delivery::Daily);
        }
        let chosen = [(NoticeKind::Meeting, Delivery::Off)];
        assert_eq!(delivery_for(&chosen, NoticeKind::Meeting), Delivery::Off);
        assert_eq!(
            delivery_for(&chosen, NoticeKind::SignOff),
            Delivery::Immediate
        );
    }

    #[test]
    fn a_task_is_noticed_on_its_eve_and_once_after_it() {
        let due = "2026-03-10";
        assert_eq!(
            task_notice(due, at("2026-03-09", 8)),
            Some((TaskDue::Tomorrow, "2026-03-09".to_string()))
        );
        assert_eq!(task_notice(due, at("2026-03-10", 8)), None, "due today");
        let after = task_notice(due, at("2026-03-11", 8));
        assert_eq!(after, Some((TaskDue::Overdue, "2026-03-11".to_string())));
        // Later scans find the same occasion, so the same key: one overdue notice.
        assert_eq!(task_notice(due, at("2026-03-14", 23)), after);
        assert_eq!(task_notice(due, at("2026-03-18", 0)), None, "too old");
        assert_eq!(task_notice(due, at("2026-03-01", 0)), None, "far ahead");
        assert_eq!(task_notice("not a date", 0), None);
        assert_eq!(
            task_due_range(at("2026-03-09", 8)),
            ("2026-03-02".to_string(), "2026-03-10".to_string())
        );
    }

    #[test]
    fn keys_differ_by_person_kind_subject_and_day_only() {
        let a = notice_key(7, NoticeKind::TaskDue, 3, "2026-03-09");
        assert_eq!(a, notice_key(7, NoticeKind::TaskDue, 3, "2026-03-09"));
        assert_ne!(a, notice_key(8, NoticeKind::TaskDue, 3, "2026-03-09"));
        assert_ne!(a, notice_key(7, NoticeKind::Meeting, 3, "2026-03-09"));
        assert_ne!(a, notice_key(7, NoticeKind::TaskDue, 4, "2026-03-09"));
        assert_ne!(a, notice_key(7, NoticeKind::TaskDue, 3, "2026-03-11"));
    }

    #[test]
    fn tomorrow_is_the_next_utc_day() {
        let (start, end) = tomorrow_span(at("2026-12-31", 22));
        assert_eq!(start, days_from_civil(2027, 1, 1) * 86_400);
        assert_eq!(end - start, 86_400);
    }

    #[test]
    fn sponsors_take_part_only_when_marked_present() {
        let sponsor = Some(TeamRole::Sponsor(Side::Labor));
        let member = Some(TeamRole::Member);
        assert!(takes_part(member, 1, &[]));
        assert!(!takes_part(sponsor, 2, &[]));
        assert!(takes_part(sponsor, 2, &[2, 3]));
        assert!(!takes_part(member, 1, &[2, 3]));
    }

    #[test]
    fn digests_go_once_a_day_or_week_after_the_hour() {
        // Before 06:00 the period is still yesterday's (already sent, or sent now).
        assert_eq!(
            digest_period(Delivery::Daily, at("2026-12-07", 5), 6).unwrap(),
            "day-2026-12-06"
        );
        assert_eq!(
            digest_period(Delivery::Daily, at("2026-12-07", 6), 6).unwrap(),
            "day-2026-12-07"
        );
        // 2026-12-07 is a Monday: the whole week to the next Monday 06:00 shares its key.
        let week = digest_period(Delivery::Weekly, at("2026-12-07", 7), 6).unwrap();
        assert_eq!(week, "week-2026-12-07");
        assert_eq!(
            digest_period(Delivery::Weekly, at("2026-12-13", 23), 6).unwrap(),
            week
        );
        assert_eq!(
            digest_period(Delivery::Weekly, at("2026-12-07", 5), 6).unwrap(),
            "week-2026-11-30"
        );
        assert_eq!(digest_period(Delivery::Immediate, 0, 6), None);
        assert_eq!(digest_period(Delivery::Off, 0, 6), None);
    }

    #[test]
    fn a_digest_groups_by_kind_in_a_fixed_order() {
        let items = [
            DigestItem {
                kind: NoticeKind::Meeting,
                item: "m1",
            },
            DigestItem {
                kind: NoticeKind::TaskDue,
                item: "t1",
            },
            DigestItem {
                kind: NoticeKind::Meeting,
                item: "m2",
            },
            DigestItem {
                kind: NoticeKind::TaskDue,
                item: "t2",
            },
        ];
        let groups = group_digest(&items);
        assert_eq!(
            groups,
            vec![
                (NoticeKind::TaskDue, vec!["t1", "t2"]),
                (NoticeKind::Meeting, vec!["m1", "m2"]),
            ]
        );
        assert!(group_digest::<&str>(&[]).is_empty());
    }

    #[test]
    fn retries_back_off_and_are_bounded() {
        assert_eq!(retry_delay(1, 60), 60);
        assert_eq!(retry_delay(2, 60), 120);
        assert_eq!(retry_delay(4, 60), 480);
        assert_eq!(retry_delay(30, 60), 6 * 3600);
        assert_eq!(retry_delay(1, 0), 1);
        const { assert!(MAX_ATTEMPTS > 1) };
    }
}
