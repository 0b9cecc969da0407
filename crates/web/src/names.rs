//! The domain's roles and periods named in the reader's language. The domain keeps its English
//! names (`TeamRole::label`, `Month::label`…) for the API and CSV files; pages name them here,
//! from the catalogue (`roles.ftl`: `role-…`, `month-1`…`month-12`, `period-…`).

use lmp_domain::p2p::period::{Month, Quarter};
use lmp_domain::{Side, SiteRole, TeamRole};
use lmp_store::accounts::SiteRoleGrant;

use crate::i18n::{self, Arg, Lang};

/// The catalogue id of a team role's name.
pub fn team_role_id(role: TeamRole) -> &'static str {
    match role {
        TeamRole::CoLead(Side::Management) => "role-co-lead-management",
        TeamRole::CoLead(Side::Labor) => "role-co-lead-labor",
        TeamRole::CoLead(Side::Physician) => "role-co-lead-physician",
        TeamRole::Sponsor(Side::Management) => "role-sponsor-management",
        TeamRole::Sponsor(Side::Labor) => "role-sponsor-labor",
        TeamRole::Sponsor(Side::Physician) => "role-sponsor-physician",
        TeamRole::SafetyChampion => "role-safety-champion",
        TeamRole::Steward => "role-steward",
        TeamRole::Consultant => "role-consultant",
        TeamRole::Member => "role-member",
    }
}

/// A team role's name ("Labor co-lead") in `lang`.
pub fn team_role(lang: Lang, role: TeamRole) -> String {
    i18n::message(lang, team_role_id(role), &[])
}

/// A site role's name ("Administrator") in `lang`.
pub fn site_role(lang: Lang, role: SiteRole) -> String {
    let id = match role {
        SiteRole::Administrator => "role-site-admin",
        SiteRole::ContentEditor => "role-site-editor",
        SiteRole::Leader => "role-site-leader",
        SiteRole::Consultant => "role-site-consultant",
    };
    i18n::message(lang, id, &[])
}

/// A granted site role with its scope: "Leader — North region", "Administrator".
pub fn site_role_grant(lang: Lang, grant: &SiteRoleGrant) -> String {
    let label = grant.site_role().map_or_else(
        || i18n::message(lang, "role-site-unknown", &[]),
        |r| site_role(lang, r),
    );
    match (&grant.facility_name, &grant.region_name) {
        (Some(place), _) | (None, Some(place)) => format!("{label} — {place}"),
        (None, None) => label,
    }
}

/// A side of the partnership ("Labor") in `lang`.
pub fn side(lang: Lang, side: Side) -> String {
    i18n::message(lang, &format!("side-{}", side.code()), &[])
}

/// A month's name with its year ("November 2026", "noviembre de 2026") in `lang`.
pub fn month(lang: Lang, month: Month) -> String {
    let name = i18n::message(lang, &format!("month-{}", month.month), &[]);
    i18n::message(
        lang,
        "period-month",
        &[
            ("month", Arg::Text(&name)),
            ("year", Arg::Text(&month.year.to_string())),
        ],
    )
}

/// A unix time as a date people read ("3 March 2026", "3 de marzo de 2026") in `lang`.
pub fn date(lang: Lang, unix: i64) -> String {
    let Ok(t) = time::OffsetDateTime::from_unix_timestamp(unix) else {
        return String::new();
    };
    let name = i18n::message(lang, &format!("month-{}", u8::from(t.month())), &[]);
    i18n::message(
        lang,
        "period-date",
        &[
            ("day", Arg::Number(i64::from(t.day()))),
            ("month", Arg::Text(&name)),
            ("year", Arg::Text(&t.year().to_string())),
        ],
    )
}

/// A moment as a meeting page shows it, in `lang`: "Tue 24 Nov 2026, 09:00 (UTC)",
/// "mar 24 nov 2026, 09:00 (UTC)".
pub fn when(lang: Lang, unix: i64) -> String {
    let Ok(t) = time::OffsetDateTime::from_unix_timestamp(unix) else {
        return String::new();
    };
    let weekday = i18n::message(
        lang,
        &format!("weekday-short-{}", t.weekday().number_from_monday()),
        &[],
    );
    let month = i18n::message(lang, &format!("month-short-{}", u8::from(t.month())), &[]);
    i18n::message(
        lang,
        "period-when",
        &[
            ("weekday", Arg::Text(&weekday)),
            ("day", Arg::Number(i64::from(t.day()))),
            ("month", Arg::Text(&month)),
            ("year", Arg::Text(&t.year().to_string())),
            (
                "time",
                Arg::Text(&format!("{:02}:{:02}", t.hour(), t.minute())),
            ),
        ],
    )
}

/// A quarter ("Q4 2026", "T4 2026") in `lang`.
pub fn quarter(lang: Lang, quarter: Quarter) -> String {
    i18n::message(
        lang,
        "period-quarter",
        &[
            ("quarter", Arg::Number(i64::from(quarter.quarter))),
            ("year", Arg::Text(&quarter.year.to_string())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_months_have_names_in_both_languages() {
        for role in TeamRole::ALL {
            assert_eq!(team_role(Lang::En, role), role.label(), "{role:?}");
            assert_ne!(team_role(Lang::Es, role), team_role_id(role));
        }
        for role in SiteRole::ALL {
            assert_eq!(site_role(Lang::En, role), role.label(), "{role:?}");
        }
        for s in Side::ALL {
            assert_eq!(side(Lang::En, s), s.label(), "{s:?}");
        }
        assert_eq!(
            team_role(Lang::Es, TeamRole::CoLead(Side::Labor)),
            "Colíder sindical"
        );
        for m in 1..=12 {
            let m = Month::new(2026, m).expect("month");
            assert_eq!(month(Lang::En, m), m.label(), "English matches the domain");
        }
        let november = Month::new(2026, 11).expect("month");
        assert_eq!(month(Lang::Es, november), "noviembre de 2026");
        assert_eq!(quarter(Lang::En, november.quarter()), "Q4 2026");
        assert_eq!(quarter(Lang::Es, november.quarter()), "T4 2026");
        // 2026-03-03T12:00:00Z
        assert_eq!(date(Lang::En, 1_772_539_200), "3 March 2026");
        assert_eq!(date(Lang::Es, 1_772_539_200), "3 de marzo de 2026");
        // 2026-11-24T09:00:00Z, a Tuesday
        assert_eq!(
            when(Lang::En, 1_795_510_800),
            "Tue 24 Nov 2026, 09:00 (UTC)"
        );
        assert_eq!(
            when(Lang::Es, 1_795_510_800),
            "mar 24 nov 2026, 09:00 (UTC)"
        );
    }
}
