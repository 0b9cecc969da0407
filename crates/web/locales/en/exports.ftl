# Calendar feed (account page and the feed itself)
calendar-feed-title = Calendar feed
calendar-feed-intro = Subscribe to your meetings and due tasks from Outlook, Google Calendar or Apple Calendar. The feed lists the meetings of your teams from the last two months onwards, and your open tasks that have a due date, as all-day entries.
calendar-feed-new = Here is your feed's address. Copy it now: for your security it is shown only this once. Anyone who has it can see your meetings and tasks, so keep it to yourself.
calendar-feed-address = Feed address
calendar-feed-how = In your calendar app, choose "Add calendar" and then "From URL" (or "Subscribe"), and paste the address.
calendar-feed-on-since = Your feed is on (address made on { $name }).
calendar-feed-secret-hint = Lost the address, or shared it by mistake? Reset it: you get a new address and the old one stops working at once.
calendar-feed-reset = Reset the address
calendar-feed-off = Turn the feed off
calendar-feed-is-off = Your feed is off.
calendar-feed-on = Turn the feed on
calendar-feed-name = Partnership hub: { $name }
calendar-feed-task = Due: { $title }
calendar-feed-task-team = A task for the team { $name }.

# Team exports
team-link-export = Export
team-link-summary = Printable summary
export-title = Export the records of { $name }
export-intro = Download the team's records for your own use: to keep, to analyse in a spreadsheet, or to bring to a meeting.
export-whole = Everything in one file
export-whole-about = One JSON file with every section below. It is also available through the API.
export-json = Download everything (JSON)
export-csv = One spreadsheet per section
export-csv-about = CSV files open in Excel, Numbers, LibreOffice or Google Sheets.
export-privacy = Decisions include closed rounds only. In anonymous rounds, stances are listed without names.
export-summary-link = See the printable one-page summary
export-section-roster = Roster
export-section-roster-about = Everyone on the team, with their role, side and job title.
export-section-projects = Projects
export-section-projects-about = Ideas and projects, with their aims and status.
export-section-cycles = PDSA cycles
export-section-cycles-about = Every Plan-Do-Study-Act cycle of the team's projects.
export-section-measures = Measures and data
export-section-measures-about = Each measure, with one row for each data point.
export-section-decisions = Decisions
export-section-decisions-about = Closed consensus rounds and decisions noted in the minutes, with their outcome and tally.
export-section-stances = Stances
export-section-stances-about = Each stance given in a closed round (no names in anonymous rounds).
export-section-p2p-quarters = Path to Performance by quarter
export-section-p2p-quarters-about = The team's level each quarter.
export-section-p2p-assessments = Approved assessments
export-section-p2p-assessments-about = Every approved monthly self-assessment and its level.

# Printable team summary
summary-title = { $name }: team summary
summary-printed-on = Summary as of { $name }
summary-people = Who leads the team
summary-co-leads = Co-leads
summary-sponsors = Sponsors
summary-none = None named yet
summary-open-tasks = { $count ->
    [one] 1 open task
   *[other] { $count } open tasks
}
summary-nothing-missing = Nothing is missing for the next level.
summary-projects = Active projects
summary-no-projects = No active projects.
summary-no-data = No measure data yet.
summary-decisions = Recent decisions
summary-no-decisions = No decisions recorded yet.
summary-back = Back to the team
summary-print-hint = Use your browser's Print command: the page fits on one sheet.
summary-trend-first = the first value
summary-trend-same = no change
summary-trend-better = better than before
summary-trend-worse = worse than before
summary-measure-latest = { $name }: { $value } ({ $period }), { $trend }
