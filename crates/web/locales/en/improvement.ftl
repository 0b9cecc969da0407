# Improvement work: projects, PDSA cycles, measures, team-tested practices, IBPS.

## A team's projects and ideas
proj-title = Improvement work
proj-raise-title = Raise an idea
proj-raise-intro = Anyone on the team can raise an idea; a co-lead turns it into a project once it has an aim and passes the scope check.
proj-raise-not-saved = The idea was not saved. Check the fields marked below.
proj-raise-idea = The idea in a few words
proj-raise-problem = What problem it solves
proj-raise-button = Raise the idea
proj-list-title = Projects and ideas
proj-list-empty = No ideas or projects yet.
proj-col-title = Title
proj-col-status = Status
proj-col-aim = Aim
proj-aim-summary = { $what } ({ $much }, by { $when })

## Project status
proj-status-idea = Idea
proj-status-active = Active
proj-status-sustaining = Sustaining the gains
proj-status-done = Done
proj-status-stopped = Stopped

## One project
proj-status = Status
proj-adopted-from = Adopted from the team-tested practice
proj-written-up-as = Written up as a
proj-written-up-link = team-tested practice
proj-write-up = Write it up as a team-tested practice
proj-aim = Aim
proj-aim-empty = No aim yet: what will improve, by how much, by when.
proj-aim-by = by
proj-edit-aim = Edit the aim and details
proj-scope = Scope check
proj-scope-about = The team says this is about:
proj-scope-outside = This is outside what a unit-based team takes on.
proj-scope-take-to = Take it to:
proj-scope-in = In scope: the team can work on it.
proj-scope-question = What is this problem about?
proj-scope-button = Check the scope
proj-move-on = Move the project on
proj-cycles = PDSA cycles
proj-cycles-empty = No test of change yet.
proj-cycle-number = Cycle { $count }
proj-cycle-new = Plan a new cycle
proj-tools = Improvement tools
proj-tools-empty = No tool yet: a fishbone, PICK chart, process map, waste walk or driver diagram.
proj-tool-new = New tool
proj-tool = Tool
proj-tool-fishbone = Fishbone (cause and effect)
proj-tool-pick = PICK chart
proj-tool-process = Process map
proj-tool-waste_walk = Waste walk
proj-tool-driver = Driver diagram
proj-tool-create = Create the tool
proj-measures = Measures
proj-measures-empty = No measure yet.
proj-measure-add = Add a measure
proj-measure-name = Name
proj-measure-kind = Kind
proj-measure-outcome = Outcome
proj-measure-process = Process
proj-measure-balancing = Balancing
proj-measure-chart = Chart
proj-measure-unit = Unit
proj-measure-unit-example = minutes, %, falls per 1,000 patient days
proj-measure-target = Target (optional)
proj-measure-better = Better is
proj-measure-lower = Lower
proj-measure-higher = Higher
proj-measure-add-button = Add the measure

## Scope topics, and where out-of-scope problems go
proj-topic-performance = Improving how well our unit performs (quality, service, cost, wait times)
proj-topic-operations = How our day-to-day work runs (workflows, handoffs, supplies)
proj-topic-environment = Our work environment (workplace safety, how we work together)
proj-topic-individual = One person's performance or behaviour
proj-topic-individual-why = A team does not judge one colleague's performance or conduct: that is private and has its own process.
proj-topic-individual-to = The person's manager, with a steward present if the person wants one.
proj-topic-practice = What a job or licence allows someone to do
proj-topic-practice-why = What a role may do is set by licensing, professional standards and job descriptions, not by the team.
proj-topic-practice-to = The department's manager and the professional practice lead for that role.
proj-topic-strategy = The organisation's strategy or direction
proj-topic-strategy-why = Strategy is set by the organisation's leaders and the partnership at regional and national level.
proj-topic-strategy-to = The team's sponsors, who can carry the question to facility or regional leadership.
proj-topic-contract = The contract, pay, or other labor-relations matters
proj-topic-contract-why = Contract terms and labor-relations matters are bargained or handled by the union and management, outside the team.
proj-topic-contract-to = The union steward or local union representative, and labor relations.
proj-topic-legal = Legal or regulatory compliance
proj-topic-legal-why = Compliance with laws and regulations is decided by the compliance and legal functions.
proj-topic-legal-to = The facility's compliance officer.

## A PDSA cycle
cycle-title = PDSA cycle
cycle-heading = Cycle { $count }: { $name }
cycle-new-heading = Plan a new PDSA cycle
cycle-stage = Stage
cycle-stage-plan = Planning
cycle-stage-do = Doing
cycle-stage-study = Studying
cycle-stage-act = Deciding
cycle-stage-complete = Complete
cycle-not-saved = Nothing was saved. Check the fields marked below.
cycle-plan = Plan
cycle-do = Do
cycle-study = Study
cycle-act = Act
cycle-change-idea = The change we will test
cycle-question = What we want to learn
cycle-prediction = What we predict will happen
cycle-plan-details = Who, what, when, where
cycle-data = Data we will collect
cycle-started-on = Start date (YYYY-MM-DD)
cycle-do-notes = What happened, and what we observed
cycle-study-notes = The result compared with the prediction
cycle-act-notes = What we will do next, and why
cycle-change-kind = Kind of change
cycle-kind-workflow = A change to workflow or process
cycle-kind-training = Training or reminders only
cycle-kind-other = Something else
cycle-decision = Act: the decision
cycle-not-decided = Not decided yet
cycle-decision-adopt = Adopt
cycle-decision-adapt = Adapt and test again
cycle-decision-abandon = Abandon
cycle-save = Save the cycle
cycle-next = Plan the next cycle from this one

## Measures
measure-of-outcome = outcome measure
measure-of-process = process measure
measure-of-balancing = balancing measure
measure-of-other = { $kind } measure
measure-chart-run = Run chart
measure-chart-i = Control chart: individuals (I)
measure-chart-p = Control chart: proportion (p)
measure-chart-u = Control chart: rate (u)
measure-chart-c = Control chart: count (c)
measure-in-unit = in { $unit }
measure-target-higher = , target { $target } (higher is better)
measure-target-lower = , target { $target } (lower is better)
measure-summary = { $chart } of { $count } points; the table below holds the same data.
measure-no-chart = No chart yet.
measure-title = Measure
measure-download = Download the data (CSV)
measure-json = The chart as JSON
measure-data = Data
measure-data-empty = No data yet. Add a point below or paste a table.
measure-table-caption = The chart's data, with its centre line and limits
measure-col-period = Period
measure-col-value = Value
measure-col-ratio = Numerator / denominator
measure-col-centre = Centre
measure-col-lower = Lower limit
measure-col-upper = Upper limit
measure-col-phase = Phase
measure-col-note = Note
measure-outside = outside the limits
measure-add-point = Add or correct one period
measure-period = Period (e.g. 2026-11 or 2026-11-23)
measure-numerator = Numerator
measure-denominator = Denominator
measure-phase = Phase (start 2 after a change to the process)
measure-note = Note shown on the chart (optional)
measure-save-point = Save the point
measure-paste-title = Paste a table or upload a file
measure-paste-header = A CSV with a header row:
measure-paste-intro = Copy it from a spreadsheet and paste it, or choose the file saved from the spreadsheet as CSV. Existing periods are replaced. If any line has a problem, nothing is imported unless you choose to skip the bad lines.
measure-pasted = Pasted CSV
measure-file = Or a CSV file (up to 512 KB)
measure-skip = Import the good rows and skip the bad ones
measure-import = Import

## Improvement work across the organisation
proj-search-title = Improvement work across the organisation
proj-search-intro = Find what other teams have tried: their projects and the practices they published.
proj-search-label = Find projects and practices
proj-search-words = Words in the title, aim or description
proj-search-find = Find
proj-search-practices = Team-tested practices
proj-search-all-practices = All matching practices
proj-search-projects = Projects
proj-search-none = No project matches. Try another word.
proj-search-none-for = No project matches “{ $name }”. Try another word.
proj-search-project = Project
proj-search-team = Team

## Problems the rules name on projects, cycles and measures
proj-only-editors = Only the team's co-leads and the project's owners can change a project.
proj-flash-idea = Idea raised. A co-lead can now give it an aim and a scope check.
proj-flash-saved = Saved.
proj-flash-scope = Scope check recorded.
proj-flash-status = Status changed.
proj-flash-measure = Measure added. Enter its data on the measure's page.
proj-flash-adopted = Adopted. Give it an aim and a scope check, then start it.
proj-start-scope-first = Confirm the scope check first: a team takes on only what is in its scope.
proj-aim-what-missing = Say what the project will improve.
proj-aim-how-much-missing = Say by how much (a number people can check).
proj-aim-how-much-number = Put a number in it, for example “from 40 to 20 minutes” or “by 15%”.
proj-aim-date-form = Give the date as YYYY-MM-DD.
proj-field-idea = The idea
proj-field-description = The description
proj-field-title = The title
proj-field-aim = The aim
proj-field-how-much = How much
proj-field-measure-name = The measure's name
proj-field-unit = The unit
proj-scope-choose = Choose what the problem is about.
proj-measure-kind-choose = Choose outcome, process or balancing.
proj-measure-chart-choose = Choose a chart from the list.
proj-measure-target-number = The target must be a number.
cycle-field-change-idea = The change to test
cycle-field-question = The question
cycle-field-prediction = The prediction
cycle-field-plan = The plan
cycle-field-data = The data
cycle-field-do = What happened
cycle-field-study = The study
cycle-field-act = The next step
cycle-start-date-form = Give the start date as YYYY-MM-DD.
cycle-prediction-first = Write the prediction before recording what happened: the study compares the two.
cycle-study-first = Study the result against the prediction before deciding to adopt, adapt or abandon.
cycle-adapted = { $name } (adapted)
measure-only-editors = Only the team's co-leads and the project's owners enter its data.
measure-flash-point = Point saved.
measure-flash-import = Data imported.
measure-point-fill = Fill in the period and the value.
measure-point-not-saved = The point was not saved.
measure-import-too-big = Import at most 512 KB at once; split the table into smaller files.
measure-import-no-rows = There are no rows to import.
measure-import-nothing = Nothing was imported: { $count ->
    [one] 1 line needs
   *[other] { $count } lines need
    } attention. Correct them, or tick “skip the bad ones”.
measure-chart-empty = No data yet.
measure-chart-cannot = The chart cannot be drawn yet: { $why }.
measure-signal-outside = { $count ->
    [one] 1 point
   *[other] { $count } points
    } outside the control limits.
measure-signal-run = Phase { $phase }: a run of { $run } points on one side of the centre line (more than { $limit } is a signal of change).
measure-signal-crossings = Phase { $phase }: only { $count ->
    [one] 1 crossing
   *[other] { $count } crossings
    } of the centre line (fewer than { $limit } is a signal of change).

## A line of measure data that cannot be taken (pages, and `lmp chart` in English)
measure-csv-line = Line { $line }: { $problem }.
measure-csv-header-unreadable = the header row cannot be read: { $why }
measure-csv-header-needs = the header row needs the { $count ->
    [one] column
   *[other] columns
    } { $columns }
measure-csv-line-unreadable = the line cannot be read: { $why }
measure-csv-empty = column { $column } is empty
measure-csv-not-number = “{ $text }” in column { $column } is not a number
measure-csv-period-empty = the period is empty
measure-csv-period-twice = the period { $period } appears twice
measure-csv-denominator-positive = the denominator { $value } must be more than 0
measure-csv-numerator-negative = the numerator { $value } cannot be negative
measure-csv-numerator-above = the numerator { $numerator } is larger than the denominator { $denominator }
measure-csv-phase = the phase “{ $phase }” is not a whole number from 1

## Why a chart cannot be drawn
measure-qi-no-data = there are no data points
measure-qi-point = point { $number }: { $problem }
measure-qi-not-finite = { $value } is not a finite number
measure-qi-missing-denominator = a { $chart } chart needs a numerator and a denominator
measure-qi-denominator = denominator { $value } must be greater than 0
measure-qi-above = numerator { $numerator } is greater than denominator { $denominator }: a proportion cannot exceed 1
measure-qi-negative = { $value } is negative: a { $chart } chart counts events, which cannot be negative
measure-qi-ratio-in-c = a c chart takes counts, not ratios: use a u chart for events per unit
measure-qi-freeze-short = the freeze period must have at least { $minimum } point(s) for a { $chart } chart
measure-qi-freeze-long = the freeze period ({ $freeze } points) is longer than the data ({ $points } points)
measure-qi-freeze-phases = a freeze period cannot be combined with phases: each phase computes its own limits
measure-qi-phase-short = phase { $phase } has { $points } point(s); a { $chart } chart needs at least 2 per phase
