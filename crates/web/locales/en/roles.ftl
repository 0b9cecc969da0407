# Names of roles and of periods that pages show (crates/web/src/names.rs). The domain keeps its
# own English names for the API and CSV files.

## Team roles
role-co-lead-management = Management co-lead
role-co-lead-labor = Labor co-lead
role-co-lead-physician = Physician co-lead
role-sponsor-management = Management sponsor
role-sponsor-labor = Labor sponsor
role-sponsor-physician = Physician sponsor
role-safety-champion = Health and safety champion
role-steward = Steward
role-consultant = UBT consultant
role-member = Member

## Site roles
role-site-admin = Administrator
role-site-editor = Content editor
role-site-leader = Leader
role-site-consultant = Consultant
role-site-unknown = Unknown role

## Months and quarters
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# "November 2026"
period-month = { $month } { $year }
# "3 March 2026"
period-date = { $day } { $month } { $year }
# "Q4 2026"
period-quarter = Q{ $quarter } { $year }

## Sides of the partnership
side-management = Management
side-labor = Labor
side-physician = Physician

## Who may hold a role (lmp_domain::roles)
error-role-side = A { $side ->
        [labor] labor
        [physician] physician
       *[management] management
    } { $kind ->
        [sponsor] sponsor
       *[co-lead] co-lead
    } must be on the { $side ->
        [labor] labor
        [physician] physician
       *[management] management
    } side; this person is on the { $person ->
        [labor] labor
        [physician] physician
       *[management] management
    } side.
error-steward-labor = A steward is a union role: only a labor-side person can be a steward.

## A moment on a meeting page: "Tue 24 Nov 2026, 09:00 (UTC)"
period-when = { $weekday } { $day } { $month } { $year }, { $time } (UTC)
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
