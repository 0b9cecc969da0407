# Teams, their charter and roster, people, the Path to Performance pages and sponsor check-ins.

## The team directory
team-directory-title = Team directory
team-filter-label = Filter teams
team-name-contains = Name contains
team-region = Region
team-all-regions = All regions
team-facility = Facility
team-all-facilities = All facilities
team-department = Department
team-all-departments = All departments
team-choose-facility-first = Choose a facility first
team-union-local = Union local
team-any-local = Any local
team-filter = Filter
team-clear = Clear
team-no-match = No team matches these filters. Try a shorter name or clear a filter.
team-teams = Teams
team-team = Team
team-people = People

## One team
team-level = Level { $count }
team-still-to-do = Still to do for level { $count }:
team-criteria-count = { $count ->
    [one] { $count } criterion
   *[other] { $count } criteria
}
team-link-p2p = The next step, history and this month's self-assessment
team-link-projects = Improvement work: ideas, projects, PDSA cycles
team-link-meetings = Meetings and decisions
team-link-ibps = Problem solving
team-link-huddle = Huddle board
team-link-training = Training on the roster
team-charter = Charter
team-purpose = Purpose
team-meeting-cadence = Meeting cadence
team-ground-rules = Ground rules
team-decision-rules = How we decide
team-quorum = Quorum
team-not-written = Not written yet.
team-not-set = Not set.
team-quorum-people = { $count } people
team-edit-charter = Edit the charter
team-roster = Roster
team-roster-count = ({ $count } people)
team-remove = Remove
team-remove-label = Remove { $name } as { $role }
team-roster-empty = Nobody is on this team's roster yet.
team-add-title = Add someone to the roster
team-add-not-added = The person was not added. Check the fields marked below.
team-their-email = Their email
team-not-sure = Not sure?
team-look-up = Look them up in People
team-role = Role
team-choose-role = Choose a role…
team-add-button = Add to roster
team-flash-added = Added to the roster.
team-flash-removed = Removed from the roster.
team-flash-charter = Charter saved.

## Roles on a roster
team-group-co-leads = Co-leads
team-group-sponsors = Sponsors
team-group-safety-champions = Health and safety champions
team-group-stewards = Stewards
team-group-consultants = UBT consultants
team-group-members = Members

## The charter form
team-charter-title = Charter of { $name }
team-charter-heading = Edit the charter of { $name }
team-charter-not-saved = The charter was not saved. Check the fields marked below.
team-charter-save = Save the charter
team-cancel = Cancel

## People
people-title = People
people-find-label = Find people
people-name-or-email = Name or email contains
people-find = Find
people-no-match = Nobody matches “{ $name }”. Try part of a name, or an email address.
people-name = Name
people-side = Side
people-job-title = Job title
people-email = Email
people-union-local = Union local
people-facility = Facility
people-status = Status
people-inactive = No longer active
people-teams = Teams
people-no-team = Not on any team's roster.
people-administer = Administer this person

## Path to Performance
p2p-name = Path to Performance
p2p-page-title = Path to Performance · { $name }
p2p-standing = Where the team stands
p2p-approved-from = From the assessment of { $month }, approved by the sponsors, measured against the { $year } criteria.
p2p-rated-then = At approval it was rated level { $count }; the criteria have changed since.
p2p-none-approved = No self-assessment has been approved yet.
p2p-month-self-assessment = { $name } self-assessment
p2p-status = Status:
p2p-open-month = Open the { $name } assessment
p2p-not-started = Not started.
p2p-co-lead-can-start = As a co-lead you can start it; it begins with last month's answers for you to review.
p2p-start-month = Start the { $name } self-assessment
p2p-missing-for = What is missing for level { $count }
p2p-highest = The team holds the highest level
p2p-nothing-missing = Nothing is missing.
p2p-level-lower = (level { $count })
p2p-history = Level over time
p2p-history-caption = Approved self-assessments; the table below holds the same data.
p2p-no-history = No history yet.
p2p-approved-assessments = Approved assessments
p2p-month = Month
p2p-level-heading = Level
p2p-approved = Approved
p2p-log-link = Who ticked what, and when
p2p-check-ins-link = Sponsor check-ins

## One month's self-assessment
p2p-assessment-heading = Self-assessment for { $name }
p2p-criteria-of = criteria of the { $name } agreement
p2p-approved-at = approved at level { $count }
p2p-not-saved = Nothing was saved.
p2p-sponsor-decisions = Sponsor decisions
p2p-your-decision = Your decision as sponsor
p2p-decision-comment = Comment (needed when you return it)
p2p-approve = Approve
p2p-return = Return to the co-leads
p2p-grid-caption = Criteria by dimension (rows) and level (columns).
p2p-grid-tick = Tick what the team has completed.
p2p-dimension = Dimension
p2p-evidence-found = Evidence found: { $name }.
p2p-tick-to-confirm = Tick the box to confirm it.
p2p-comment-or-link = Comment or evidence link
p2p-comment = Comment
p2p-evidence-link = Evidence link
p2p-evidence = Evidence
p2p-would-hold-before = With these answers the team would hold
p2p-would-hold-level = level { $count }
p2p-save = Save
p2p-save-and-send = Save and send to the sponsors

## The log of answers
p2p-log-heading = Who ticked what
p2p-log-title = P2P log · { $name }
p2p-log-empty = No answers have been changed yet.
p2p-log-caption = Every change to an answer, newest first
p2p-when = When
p2p-who = Who
p2p-criterion = Criterion
p2p-answer = Answer

## Sponsor check-ins
p2p-check-ins-title = Check-ins · { $name }
p2p-check-ins-heading = Sponsor check-ins
p2p-check-ins-intro = Sponsors and co-leads talk at least once a month; logging each conversation here is the team's evidence of it.
p2p-log-check-in = Log a check-in
p2p-check-in-not-logged = The check-in was not logged. Check the fields marked below.
p2p-date = Date
p2p-sponsor = Sponsor
p2p-choose = Choose…
p2p-talked-about = What you talked about
p2p-log-check-in-button = Log the check-in
p2p-logged-check-ins = Logged check-ins
p2p-no-check-ins = No check-in has been logged yet.

## The roll-up
p2p-rollup-title = Path to Performance roll-up
p2p-rollup-choose = Choose what to roll up
p2p-quarter = Quarter
p2p-show = Show
p2p-download-csv = Download CSV
p2p-levels = Teams at each level
p2p-levels-caption = Teams by level
p2p-share = Share
p2p-matrix-caption = Rows: level last quarter. Columns: level this quarter. Cells: number of teams.
p2p-last-quarter = Last quarter
p2p-in-the-way = What most often stands in the way
p2p-in-the-way-empty = No rated team is missing anything for its next level.
p2p-in-the-way-caption = Criteria most often unmet for the next level
p2p-stale-empty = Every team has an approved assessment from the last 90 days.
p2p-stale-caption = Teams to follow up with
p2p-last-approved = Last approved
p2p-rollup-summary = { $scope }, { $quarter }: { $teams } teams; { $up } moved up and { $down } moved down since { $previous }.
p2p-levels-figcaption = Teams by level in { $name }; the same numbers are in the table.
p2p-moves = From { $previous } to { $quarter }
p2p-stale = No approved assessment in 90 days ({ $count })
team-field-description = Short description
team-field-quorum = Quorum (people needed to decide)
p2p-flash-approved = Approved. The team's level is updated.
p2p-flash-returned = Returned to the co-leads with your comment.
p2p-flash-saved = Saved.
p2p-flash-submitted = Sent to the sponsors for sign-off.
p2p-flash-check-in = Check-in logged.
p2p-decision-approved = approved
p2p-decision-returned = returned it
p2p-status-draft = draft
p2p-status-submitted = submitted
p2p-status-approved = approved
p2p-status-returned = returned
p2p-status-unknown = unknown
p2p-completed = completed
p2p-not-completed = not completed
p2p-log-evidence = { " " }(evidence: { $name })
p2p-scope-national = Whole organisation
p2p-scope-local = Members of { $name }
p2p-scope-sponsor = Teams I sponsor

## A team's roster and charter: what is refused and why
team-error-choose-role = Choose a role from the list.
team-error-no-email = No one in the hub has the email { $email }.
team-error-no-person-id = No person has id { $id }.
team-error-inactive = { $name } is no longer active.
team-error-role-held = { $name } already holds the role { $role ->
        [co_lead_management] management co-lead
        [co_lead_labor] labor co-lead
        [co_lead_physician] physician co-lead
        [sponsor_management] management sponsor
        [sponsor_labor] labor sponsor
        [sponsor_physician] physician sponsor
        [safety_champion] health and safety champion
        [steward] steward
        [consultant] ubt consultant
       *[member] member
    } in this team.
team-refuse-no-entry = No such roster entry in this team.
# The API asks for confirm=true; { $reason } is one of confirm-last-co-lead-….
team-refuse-last-co-lead = { $reason } Send confirm=true to remove anyway.
team-refuse-page = page must be a whole number from 1 to 1000000.
team-refuse-per-page = per_page must be a whole number from 1 to { $max }.
team-charter-field-description = The description
team-charter-field-purpose = The purpose
team-charter-field-meeting-cadence = The meeting cadence
team-charter-field-ground-rules = The ground rules
team-charter-field-decision-rules = How the team decides
team-error-quorum = The quorum must be a whole number of people from 0 to 500.

## Path to Performance: names, and what is refused and why
p2p-dimension-sponsorship = Sponsorship
p2p-dimension-leadership = Leadership
p2p-dimension-training = Training
p2p-dimension-team-process = Team process
p2p-dimension-engagement = Team member engagement
p2p-dimension-tools = Use of tools
p2p-dimension-goals = Goals and performance
p2p-level-name-1 = Pre-Team Climate
p2p-level-name-2 = Foundational
p2p-level-name-3 = Transitional
p2p-level-name-4 = Operational
p2p-level-name-5 = High-Performing
p2p-level-name-none = Not yet at level 1
p2p-bucket-not-rated = Not rated
p2p-bucket-below-one = Below level 1
p2p-never = never
p2p-chart-levels = Level of { $name } at each approved self-assessment
p2p-chart-rollup = Teams by level, { $quarter }
p2p-act-roster = Update the roster
p2p-act-charter = Write the charter
p2p-act-check-in = Log a sponsor check-in
p2p-act-pdsa = Run a PDSA cycle in a project
p2p-act-practice = Find a practice to adopt
p2p-flash-waiting = Your approval is recorded; sponsors of the other side still need to approve.
p2p-field-notes = The notes
p2p-field-year-name = The name
p2p-field-wording = The wording
p2p-error-date-form = Enter the date as YYYY-MM-DD.
p2p-error-check-in-future = A check-in cannot be in the future.
p2p-error-choose-sponsor = Choose one of the team's sponsors.
p2p-error-future-month = An assessment cannot be for a month that has not started.
p2p-error-not-criterion = Criterion { $id } is not part of the { $year } criteria.
p2p-error-comment-long = Keep a comment under 1,000 characters.
p2p-error-evidence-link = An evidence link starts with https://, http:// or / (a page of the hub).
p2p-error-return-comment = Say what the co-leads should look at again.
p2p-error-decision-comment-long = Keep the comment under 2,000 characters.
p2p-refuse-bad-month = “{ $code }” is not a month (use YYYY-MM).
p2p-refuse-bad-scope = “{ $code }” is not a scope.
p2p-refuse-bad-quarter = “{ $code }” is not a quarter (use 2026-Q4).
p2p-refuse-no-such-year = No such agreement year.
p2p-refuse-no-year-named = No agreement year is named { $name }.
p2p-refuse-api-decision = decision must be approve or return, not “{ $value }”.
p2p-refuse-fill-in = Only the team's co-leads fill in and submit its self-assessment.
p2p-refuse-locked = The { $month } assessment is { $status }; it can no longer be changed.
p2p-refuse-sign-off = Only the team's sponsors sign off its self-assessment.
p2p-refuse-not-submitted = This assessment is { $status }, not waiting for sign-off.
p2p-refuse-rollups = Roll-ups are for leaders, consultants, administrators, and sponsors (for the teams they sponsor).
