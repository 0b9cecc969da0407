# The frame of every page: header, navigation, search box, footer, language menu.
site-name = Partnership Hub
skip-to-main = Skip to main content
nav-main = Main
nav-home = My work
nav-teams = Teams
nav-improvement = Improvement
nav-practices = Practices
nav-people = People
nav-guides = Guides
nav-learning = Learning
nav-admin = Administration
nav-help = Help
search-label = Search the hub
search-placeholder = Search
search-button = Search
sign-out = Sign out
footer-tagline = Partnership Hub — the working tools of labor–management partnership.
language-label = Language
language-button = Change
language-browser = As my browser

# Lists.
pager-label = Pages
pager-nothing = Nothing to show.
pager-showing = Showing { $first }–{ $last } of { $total } · page { $page } of { $pages }
pager-previous = ← Previous
pager-next = Next →

# Sign-in.
signin-title = Sign in
signin-intro = Use the email and password your administrator gave you.
signin-email = Email
signin-password = Password
signin-button = Sign in
signin-empty = Enter your email and your password.
signin-failed = That email and password do not match an account. Check both and try again.
signin-locked = Too many failed sign-ins. For your account's safety, wait 15 minutes before trying again, or ask an administrator to reset your password.

# My work.
home-title = My work
home-welcome = Welcome, { $name }.
home-no-team = You are not on a team yet.
home-team-count = { $count ->
    [one] You take part in one team.
   *[other] You take part in { $count } teams.
}
home-site-roles = Your site roles
home-awaiting = Self-assessments waiting for your sign-off
home-awaiting-none = Nothing is waiting for you.
home-sponsor-rollup = Roll-up of the teams you sponsor
home-escalated = Questions your teams escalated to you
home-escalated-none = No question is waiting for your answer.
home-needed-by = needed by
home-rollup = Path to Performance roll-up
home-escalations = Escalations waiting for an answer
home-meetings = Coming meetings
home-meetings-none = No meeting planned for your teams.
home-my-tasks = My tasks
home-open-tasks = { $count ->
    [one] (1 open)
   *[other] ({ $count } open)
}
home-my-teams = My teams
home-my-teams-none = When a co-lead adds you to a team's roster it appears here. Meanwhile you can browse the team directory.
home-team-directory = Team directory
home-your-roles = Your roles:

# Search.
search-title = Search
search-what = Search guides, practices, projects, decisions and people
search-did-you-mean = Did you mean
search-results = { $count ->
    [one] 1 result
   *[other] { $count } results
}
search-sort = Sort:
search-sort-relevance = Most relevant
search-sort-newest = Newest first
search-type-something = Type what you are looking for above.
search-nothing = Nothing found for “{ $name }”. Try fewer or other words; editors see what people could not find.
search-pages = Pages of results
search-narrow = Narrow it down

# Account.
account-title = Your account
account-signed-in-as = Signed in as { $name }.
account-language = Language of the hub
account-language-intro = The hub's menus, buttons and messages appear in the language you choose here, on every device you sign in from. Guides written in your language are shown first.
account-language-saved = Saved. The hub now speaks your choice.
account-language-save = Save language
account-tokens = Personal API tokens
account-tokens-intro = A token lets a script read the hub's API as you: send it as an Authorization: Bearer header. The API is described at
account-new-token = Your new token — copy it now, it will not be shown again:
account-no-tokens = You have no tokens.
account-created = created
account-revoke = Revoke
account-token-name = Name of the new token
account-create-token = Create token

# Tasks.
tasks-title = My tasks
tasks-which = Which tasks
tasks-assigned = Assigned to me
tasks-created = Set by me
tasks-show-closed = Show closed tasks
tasks-show-open = Show open tasks
tasks-none-open-assigned = No open task assigned to you.
tasks-none-open-created = No open task set by you.
tasks-none-closed-assigned = No closed task assigned to you.
tasks-none-closed-created = No closed task set by you.
tasks-caption-open-assigned = Open tasks assigned to you
tasks-caption-open-created = Open tasks you set
tasks-caption-closed-assigned = Closed tasks assigned to you
tasks-caption-closed-created = Closed tasks you set
tasks-col-task = Task
tasks-col-team = Team
tasks-col-owner = Owner
tasks-col-due = Due
tasks-col-from = From
tasks-col-status = Status
tasks-overdue = Overdue
tasks-from-meeting = a meeting
tasks-done = Done
tasks-reopen = Reopen
tasks-status-open = To do
tasks-status-done = Done
tasks-status-cancelled = No longer needed

# Help.
help-title = Help
help-intro = Short guides to using the hub. Each takes a few minutes to read.
help-for-this-page = Help with the page you were on
help-all-guides = All guides to the hub
help-none = No guide to the hub is published yet.
help-more = Looking for something else? Search the hub, or browse all the guides.

# Tasks: what the task rules name (lmp_domain::Msg).
tasks-field-title = What needs doing
tasks-owner-missing = Choose who will do it.
tasks-due-missing = Give a date it is due.
tasks-due-form = Give the date as YYYY-MM-DD.
tasks-source-meeting = From a meeting
tasks-source-decision = From a decision
tasks-source-ibps = From problem solving
tasks-source-pdsa = From a PDSA cycle
tasks-source-huddle = From a huddle

## Search: the facets and what each result is
search-facet-kind = What
search-facet-type = Kind of page
search-facet-compass = Value Compass
search-facet-topic = Topic
search-facet-audience = Written for
search-facet-region = Region
search-kind-content = Guides and tools
search-kind-practice = Team-tested practices
search-kind-project = Improvement projects
search-kind-decision = Decisions
search-kind-person = People
search-hit-practice = Team-tested practice
search-hit-project = Improvement project
search-hit-decision = Decision
search-hit-person = Person
