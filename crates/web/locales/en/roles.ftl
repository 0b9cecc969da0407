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
