# Administration: the overview, people and site roles, the Path to Performance criteria, the HR
# import and the audit log.

admin-title = Administration
admin-choose = Choose…
admin-none = None
admin-show = Show
admin-add = Add
admin-name = Name
admin-region = Region
admin-facility = Facility
admin-department = Department
admin-coalition = Coalition

## The overview
admin-flash-added = Added.
admin-not-added = Nothing was added. Check the fields marked below.
admin-card-people = People and accounts
admin-card-people-text = { $count ->
    [one] 1 person.
   *[other] { $count } people.
} Add people, correct their details, grant site roles, reset passwords.
admin-card-p2p-text = Agreement years and their criteria, with every earlier wording kept.
admin-card-import-text = Bring people, their places and team roles up to date from a CSV export: see every change first, then apply it.
admin-card-audit-text = Every change, who made it and when, filtered by action, kind of thing, person and dates.
admin-card-teams = Teams and rosters
admin-card-teams-text = { $count ->
    [one] 1 team.
   *[other] { $count } teams.
} As an administrator you can edit any team's roster and charter from its page.
admin-organisation = Organisation
admin-regions-caption = Regions and their facilities
admin-facilities = Facilities
admin-coalitions-caption = Union coalitions and their locals
admin-locals = Locals
admin-facility-departments = { $name } ({ $count ->
    [one] 1 department
   *[other] { $count } departments
})
admin-add-region = Add a region
admin-add-facility = Add a facility
admin-add-department = Add a department
admin-add-coalition = Add a union coalition
admin-add-local = Add a union local
admin-add-team = Add a team
admin-error-parent = Choose where this belongs.
admin-error-name-taken = “{ $name }” already exists there; choose another name.
admin-error-parent-gone = That choice no longer exists; reload the page.

## A person
admin-people = People
admin-person-title = Person
admin-person-add = Add a person
admin-not-saved = Nothing was saved. Check the fields marked below.
admin-person-name = Full name
admin-person-email = Email
admin-person-side = Side
admin-person-local = Union local (labor side only)
admin-person-job-title = Job title
admin-person-save = Save changes
admin-person-add-button = Add this person
admin-site-roles = Site roles
admin-no-site-roles = No site roles.
admin-revoke = Revoke
admin-revoke-label = Revoke { $name }
admin-role-to-grant = Role to grant
admin-scope = Scope (leaders and consultants)
admin-whole-organisation = Whole organisation
admin-grant = Grant role
admin-password-heading = Set a new password
admin-new-password = New password (at least { $count } characters)
admin-password-button = Set password and end their sessions
admin-flash-person-created = Person added.
admin-flash-person-saved = Changes saved.
admin-flash-person-role = Site roles updated.
admin-flash-person-password = Password set; their other sessions have ended.
admin-error-side = Choose the person's side: management, labor or physician.
admin-error-local-needed = A labor-side person belongs to a union local; choose it.
admin-error-local-labor-only = Only labor-side people belong to a union local.
admin-error-email-taken = Someone in the hub already has this email.
admin-error-choose-role = Choose a role to grant.
admin-error-choose-scope = Choose a scope from the list.
admin-error-role-site-wide = { $name } applies to the whole organisation; leave the scope empty.
admin-error-role-held = They already hold this role with this scope.
admin-error-password-short = Use at least { $count } characters.
admin-error-unknown-kind = Unknown kind of thing to add.
admin-error-no-such-grant = No such site role for this person.
admin-error-own-admin = You cannot revoke your own administrator role; ask another administrator.

## Path to Performance criteria
admin-p2p-title = Path to Performance criteria
admin-p2p-not-changed = Nothing was changed.
admin-p2p-intro = Criteria belong to an agreement year. Teams are rated against the newest year; approved assessments keep the level they were given.
admin-p2p-choose-year = Choose a year
admin-p2p-year = Agreement year
admin-p2p-new-year = Start a new agreement year
admin-p2p-year-name = Name (for example 2027)
admin-p2p-copy-year = Copy the newest year's criteria into a new year
admin-p2p-criteria-of = Criteria of { $name }
admin-p2p-add-criterion = Add a criterion to { $name }
admin-p2p-dimension = Dimension
admin-p2p-level = Level
admin-p2p-wording = Wording
admin-p2p-add-button = Add the criterion
admin-p2p-level-n = level { $count }
admin-p2p-placeholder = placeholder
admin-p2p-still-placeholder = Still a placeholder (not counted until written)
admin-p2p-save = Save this criterion
admin-p2p-earlier = { $count ->
    [one] 1 earlier wording kept.
   *[other] { $count } earlier wordings kept.
}
admin-p2p-flash-year = New agreement year created from the previous one. Teams are now rated against it.
admin-p2p-flash-criterion = Criterion saved; its earlier wording is kept.
admin-p2p-error-year-taken = A year named “{ $name }” already exists.
admin-p2p-error-dimension = Choose a dimension.
admin-p2p-error-level = Choose a level from 1 to 5.

## Import people from HR
admin-import-title = Import people from HR
admin-import-lead = Bring people, their facility and union local, and their team roles up to date from your HR system's export. You will see every change before anything is saved.
admin-import-more = …and { $count } more.
admin-import-plan-heading = What this file changes
admin-import-changed = The hub changed since you looked at the plan, so nothing was saved. This is the plan as it stands now; confirm it if it is still right.
admin-import-people-lines = { $people ->
    [one] 1 person
   *[other] { $people } people
} on { $lines ->
    [one] 1 line
   *[other] { $lines } lines
}
admin-import-whole = , read as the whole organisation
admin-import-no-changes = No changes: the hub already matches this file.
admin-import-plan = Plan: { $name }.
admin-import-more-unlisted = …and { $count } more, not listed here.
admin-import-good-to-know = Good to know
admin-import-apply = Apply these changes
admin-import-another = Another file
admin-import-file = The CSV file (up to 512 KB)
admin-import-paste = Or paste the table
admin-import-full = This file is the whole organisation
admin-import-full-hint = Then people who are not in it are marked inactive (never deleted). People with a site role, such as administrators, are left active and named.
admin-import-preview = Show what would change
admin-import-the-file = The file
admin-import-file-intro = A CSV file with a header row, one line per person per team role; a person with no team gets one line with the team left empty. Header names may be written in any case, and a file saved by a spreadsheet as “CSV UTF-8” is fine.
admin-import-columns = Columns
admin-import-column = Column
admin-import-holds = What it holds
admin-import-col-email = Required. The key: one person per email.
admin-import-col-name = Required. The person's name.
admin-import-col-side = Required. <code>management</code>, <code>labor</code> or <code>physician</code>.
admin-import-col-local = The union local's name, as on the administration page. Labor-side people need one; others have none.
admin-import-col-job-title = Free text.
admin-import-col-facility = The person's facility, by name or number. A team named on the line is looked for there.
admin-import-col-department = The team's department in that facility.
admin-import-col-team = The team's name in that department, or the team's number (for a team in another facility).
admin-import-col-role = <code>member</code> when left empty; <code>co-lead</code> and <code>sponsor</code> are for the person's own side; also <code>steward</code> (labor side only), <code>safety champion</code>, <code>consultant</code>, or a role code such as <code>co_lead_labor</code>.
admin-import-col-active = <code>yes</code> or <code>no</code>; yes when the column is left out. People who have left are marked inactive and leave their teams; nobody is ever deleted.
admin-import-rules = When the file has a team column, a person's lines list all of their team roles: a role the hub holds for them that no line gives is ended. A column left out of the header leaves that detail as it is; an empty cell in a column that is there clears it. People who are not in the file are left alone unless the file is the whole organisation. Facilities, departments, teams and union locals are never created by an import: add them on the <a href="/admin">administration page</a> first. Columns the hub does not keep, such as an employee number, are ignored.
admin-import-all-or-nothing = If any line has a problem, nothing is changed and every such line is listed. Importing the same file again changes nothing. Larger files can be imported on the server with <code>lmp import people FILE.csv</code>.
admin-import-example = For example:
admin-import-then = then
admin-import-done = The import is done: { $name }.
admin-import-section-add = People to add
admin-import-section-update = People to update
admin-import-section-departures = People to mark inactive (not in the full export)
admin-import-section-roles-added = Team roles to add
admin-import-section-roles-ended = Team roles to end
admin-import-line = { $name } (line { $count })
admin-import-bad-lines = Nothing was changed: { $count ->
    [one] 1 line needs attention
   *[other] { $count } lines need attention
}. Correct the file and upload it again.
admin-import-too-large = The file is larger than 512 KB. Import it with the command lmp import people on the server, or split it by facility.
admin-import-nothing = There is nothing to import: choose a file or paste the table.

## The audit log
admin-audit-title = Audit log
admin-audit-lead = Every change made through the hub, newest first: who, when, what, and for the main edits each changed field with its old and new value. Nobody can change or remove a line. A stance in an anonymous round is logged without its author, and passwords and tokens are never written here.
admin-audit-bad-dates = Give dates as YYYY-MM-DD; the date that could not be read was left out of the filter.
admin-audit-filter = Filter the log
admin-audit-action-filter = Action (or its start, e.g. proposal.)
admin-audit-entity = Kind of thing
admin-audit-any = Any
admin-audit-actor = Person (id)
admin-audit-from = From
admin-audit-to = To
admin-audit-none = No line matches these filters.
admin-audit-when = When
admin-audit-who = Who
admin-audit-action = Action
admin-audit-what = What
admin-audit-detail-changes = Detail and changes
admin-audit-detail = Detail
admin-audit-was = was
admin-audit-now = now
admin-audit-no-value = (none)
admin-audit-see-whole = See the whole change
admin-audit-line-paren = (line { $count })
admin-audit-line = Line { $count }
admin-audit-line-title = Audit log, line { $count }
admin-audit-not-recorded = Not recorded (the hub itself, the command line, or a stance in an anonymous round)
admin-audit-what-changed = What changed
admin-audit-names-only = This line names the change only; its fields before and after were not recorded.
admin-audit-no-field-changed = Saved without changing any field.
admin-audit-field = Field
admin-audit-before = Before
admin-audit-after = After
admin-audit-back = Back to the audit log

## What the HR import says about a file and its plan (lmp_domain::roster_import); the command
## line prints the English
admin-import-row-error = Line { $line }: { $problems }.
# Problems of one line, one after another.
admin-import-and-also = { $first }; { $rest }
# Items of a list, one after another.
admin-import-list = { $first }, { $rest }
# Text as the file or the hub holds it.
admin-import-text = { $text }
admin-import-refuse-no-file = The confirmation did not carry the file; upload it again.
admin-import-header-unreadable = the header row cannot be read: { $why }
admin-import-column-twice = the column { $column } appears twice
admin-import-header-needs = the header row needs the columns { $columns }
admin-import-column-team-for-role = team (the role column needs it)
admin-import-line-unreadable = the line cannot be read: { $why }
admin-import-email-empty = the email is empty
admin-import-email-bad = “{ $email }” is not an email address
admin-import-name-empty = the name is empty
admin-import-name-long = the name is longer than { $max } characters
admin-import-side-empty = the side is empty (write management, labor or physician)
admin-import-side-bad = the side “{ $side }” is not management, labor or physician
admin-import-job-title-long = the job title is longer than { $max } characters
admin-import-role-bad = “{ $role }” is not a team role (write member, co-lead, sponsor, steward, safety champion or consultant)
admin-import-active-bad = “{ $value }” in column active is not yes or no
admin-import-role-needs-team = the role “{ $role }” needs a team
admin-import-written-differently = the same person ({ $email }) is written differently here: { $details }
admin-import-differ-name = name “{ $value }” (line { $line } has “{ $first }”)
admin-import-differ-side = side { $value } (line { $line } has { $first })
admin-import-differ-local = local “{ $value }” (line { $line } has “{ $first }”)
admin-import-differ-job-title = job title “{ $value }” (line { $line } has “{ $first }”)
admin-import-differ-facility = facility “{ $value }” (line { $line } has “{ $first }”)
admin-import-differ-active = active { $value } (line { $line } has { $first })
admin-import-no-local = there is no union local named “{ $name }” (add it on the administration page first)
admin-import-local-ambiguous = more than one union local is named “{ $name }”
admin-import-no-facility = there is no facility named “{ $name }” (add it on the administration page first)
admin-import-facility-ambiguous = more than one facility is named “{ $name }”; write the facility's number instead
admin-import-labor-needs-local = a labor-side person belongs to a union local; write it in the local column
admin-import-local-labor-only = only labor-side people belong to a union local, and this person is on the { $side } side
admin-import-inactive-role = an inactive person cannot hold a team role; leave the team empty or write yes in the active column
admin-import-role-side = a { $side } { $kind } must be on the { $side } side; this person is on the { $person } side
admin-import-steward-labor = a steward is a union role: only a labor-side person can be a steward
admin-import-held-role = { $problem } (they are { $role ->
        [co_lead_management] management co-lead
        [co_lead_labor] labor co-lead
        [co_lead_physician] physician co-lead
        [sponsor_management] management sponsor
        [sponsor_labor] labor sponsor
        [sponsor_physician] physician sponsor
        [safety_champion] health and safety champion
        [steward] steward
        [consultant] UBT consultant
       *[member] member
    } in { $team }; add a team column to end that role)
admin-import-no-team-number = there is no team number { $id }
admin-import-team-needs-facility = the team “{ $team }” is written by name, so the line needs its facility (or write the team's number)
admin-import-team-needs-department = the team “{ $team }” is written by name, so the line needs its department (or write the team's number)
admin-import-no-department = there is no department named “{ $department }” in { $facility } (add it on the administration page first)
admin-import-department-ambiguous = more than one department in { $facility } is named “{ $department }”
admin-import-no-team = there is no team named “{ $team }” in { $department } at { $facility } (add it on the administration page first)
admin-import-team-ambiguous = more than one team in { $department } at { $facility } is named “{ $team }”; write the team's number instead
# A person to add: "Ana Diaz, labor, Local 39, Pharmacist, North Hospital".
admin-import-person = { $name }, { $side }{ $details }{ $active ->
        [no] , inactive
       *[yes] {""}
    }
admin-import-change = { $field }: { $old } → { $new }
admin-import-field-name = name
admin-import-field-side = side
admin-import-field-local = local
admin-import-field-job-title = job title
admin-import-field-facility = facility
admin-import-field-active = active
admin-import-value-none = (none)
admin-import-value-side = { $side }
admin-import-value-active = { $active }
admin-import-role-change = { $person } ({ $email }): { $role } of { $team } (team { $id })
admin-import-count-none = no changes
admin-import-count-to-add = { $count ->
        [one] { $count } person to add
       *[other] { $count } people to add
    }
admin-import-count-to-update = { $count ->
        [one] { $count } person to update
       *[other] { $count } people to update
    }
admin-import-count-to-deactivate = { $count ->
        [one] { $count } person to mark inactive
       *[other] { $count } people to mark inactive
    }
admin-import-count-roles-to-add = { $count ->
        [one] { $count } team role to add
       *[other] { $count } team roles to add
    }
admin-import-count-roles-to-end = { $count ->
        [one] { $count } team role to end
       *[other] { $count } team roles to end
    }
admin-import-count-added = { $count ->
        [one] { $count } person added
       *[other] { $count } people added
    }
admin-import-count-updated = { $count ->
        [one] { $count } person updated
       *[other] { $count } people updated
    }
admin-import-count-deactivated = { $count ->
        [one] { $count } person marked inactive
       *[other] { $count } people marked inactive
    }
admin-import-count-roles-added = { $count ->
        [one] { $count } team role added
       *[other] { $count } team roles added
    }
admin-import-count-roles-ended = { $count ->
        [one] { $count } team role ended
       *[other] { $count } team roles ended
    }
admin-import-note-ignored = The hub does not keep these columns, so they were ignored: { $columns }.
admin-import-note-site-role = Not in the file but left active because they hold a site role (such as administrator): { $emails }. Mark them inactive on their page if they have left.
admin-import-note-no-co-lead = { $team } (team { $id }) will have no { $side } co-lead until someone is named.

## Field names in the administration's messages
admin-field-name = The name
admin-field-job-title = The job title
