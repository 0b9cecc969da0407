# Learning: the overview, the Learning Roadmap tour, history, courses, training, Dig Deeper.
learning-title = Learning
learning-intro = Everything for learning about the partnership in one place: a guided tour, the history, courses, your own training record, personal actions and the seven principles.
learning-your-progress = Your progress
learning-progress = { $done } of { $total } done
learning-next = Next: { $name }
learning-continue = Continue where you left off
learning-overview-tour-blurb = Six short stops through the essentials, from the agreements to the principles. Your progress is saved as you go.
learning-start-tour = Start the tour
learning-tour-finished = You have finished the tour. Well done.
learning-history-title = History timeline
learning-history-none = No history pages are published yet.
learning-history-count = { $count } eras of the organisation and the partnership, in order.
learning-courses-title = Courses
learning-courses-none = No courses are published yet.
learning-courses-count = { $count } courses, by Path to Performance level and by who they are for.
learning-training-title = My training
learning-training-none = You have not recorded any courses yet.
learning-training-count = You have recorded { $count ->
    [one] 1 completed course
   *[other] { $count } completed courses
}.
learning-teams-training = Your teams' training:
learning-import-title = Import training records
learning-dig-title = Dig Deeper
learning-dig-none = The Dig Deeper list has no actions yet.
learning-dig-blurb = Personal actions to learn more and take a bigger part: { $progress }.
learning-principles-title = The seven principles
learning-checklists-link = Supervisor and steward checklist
learning-checklists-started = ({ $count } started)
learning-reflection-link = Do you act in partnership? A private reflection
learning-reflection-times = (done { $count ->
    [one] 1 time
   *[other] { $count } times
})
learning-read-principles = Read the principles

# The tour.
learning-tour-title = The Learning Roadmap tour
learning-tour-crumb = Tour
learning-tour-intro = Six stops through the essentials of the partnership. Read the pages at each stop, then mark it done. Take it a stop at a time: the hub remembers where you got to.
learning-tour-about = About the roadmap
learning-tour-start = Start with the first stop
learning-tour-finished-next = You have finished the tour. Next, try a <a href="/learning/courses">course</a> or the <a href="/learning/dig-deeper">Dig Deeper</a> actions.
learning-tag-done = Done
learning-tag-next = Next
learning-not-published = (not published yet)
learning-undo = Undo
learning-undo-stop = Undo: { $name } is not done yet
learning-mark-done = Mark as done
learning-mark-done-stop = Mark as done: { $name }
tour-agreements-title = Partnership agreements
tour-agreements-summary = Where the partnership comes from on paper: the founding agreement, the national agreements that renew it, and how they sit beside your own local contract.
tour-history-title = Our history
tour-history-summary = Five eras, from the years of fast growth through hard times to the partnership we have today. Knowing the story helps explain why we work this way.
tour-compass-title = The Value Compass
tour-compass-summary = The four points every team steers by, with the patient or member in the middle: best quality, best service, most affordable, best place to work.
tour-teams-title = Unit-based teams
tour-teams-summary = What a team is, who leads it, what it can take on, and how it grows level by level on the Path to Performance.
tour-methods-title = Ways of working
tour-methods-summary = The methods teams use every week: testing changes in small cycles, solving problems by looking at everyone's interests, and deciding by consensus.
tour-principles-title = The seven principles
tour-principles-summary = What managers and union representatives owe each other and their co-workers, with the everyday behaviours that show it. End with a look at yourself.
tour-page-partnership-agreements = The agreements behind the partnership
tour-page-national-agreement-and-local-contracts = National agreement and local contracts
tour-page-founding-partnership-agreement = The founding Partnership Agreement
tour-page-our-history = Our history, era by era
tour-page-value-compass = The Value Compass
tour-page-what-is-a-unit-based-team = What a unit-based team is
tour-page-path-to-performance = Path to Performance
tour-page-rapid-improvement-model-and-pdsa = RIM+ and the PDSA cycle
tour-page-interest-based-problem-solving = Interest-based problem solving
tour-page-consensus-decision-making = Consensus decision making
tour-page-seven-partnership-principles = The seven partnership principles
tour-page-do-you-act-in-partnership = Do you act in partnership?
tour-extra-history = The history timeline, era by era
tour-extra-methods = Courses on these methods
tour-extra-principles = Do the reflection in the hub

# History.
learning-history-crumb = History
learning-history-intro = The eras that shaped the organisation and the partnership, oldest first. Each links to its own page.
learning-undated = Undated
learning-back-to-tour = Back to the tour

# Dig Deeper.
learning-dig-intro = Actions for your own learning. Pick the ones that fit your role and tick them off as you do them; your ticks are yours and are saved.
learning-dig-printable = The printable version
learning-dig-actions = Actions
learning-tag-todo = To do
learning-undo-action = Undo: { $name }
learning-done = Done
learning-done-action = Done: { $name }

# Courses. / Cursos.
learning-courses-intro = Partnership courses, grouped by the Path to Performance level they help a team reach. Choose a level or who you are to narrow the list.
learning-level = Level
learning-level-heading = Level { $level }: { $name }
learning-any-level = Any level
learning-every-level = Every level
learning-written-for = Written for
learning-everyone = Everyone
learning-show-courses = Show courses
learning-course-total = { $count ->
    [one] 1 course
   *[other] { $count } courses
}
learning-courses-no-match = No course matches. Try every level or everyone.
learning-for = For: { $name }
learning-completed = Completed { $name }
learning-record-completed = Record it as completed

# My training. / Mi capacitación.
learning-training-intro = The partnership courses you have completed. Your co-leads see them too, because they count toward your team's Path to Performance.
learning-courses-completed = Courses completed
learning-training-empty = Nothing recorded yet. Add a course below once you have completed it.
learning-courses-you-completed = Courses you completed
learning-course = Course
learning-completed-on = Completed on
learning-recorded-by = Recorded by
learning-actions = Actions
learning-by-you = You
learning-imported = Imported
learning-imported-by = Imported by { $name }
learning-remove = Remove
learning-record-title = Record a completed course
learning-nothing-to-record = No courses are published yet, so there is nothing to record.
learning-record-refused = The course was not recorded. Check the fields marked below.
learning-choose-course = Choose a course
learning-date-completed = Date completed
learning-date-hint = Today or earlier, as YYYY-MM-DD.
learning-record-button = Record the course
learning-see-all-courses = See all courses

# A team's training. / La capacitación de un equipo.
learning-team-training-crumb = Training
learning-team-training-title = Training in { $name }
learning-team-training-intro = Who on the roster has completed which partnership course. People record their own courses; administrators import class lists.
learning-team-no-roster = The team has nobody on its roster yet.
learning-at-a-glance = At a glance
learning-team-trained = { $done } of { $total } people on the roster have completed at least one course.
learning-team-co-leads = Co-leads with the co-lead workshop: { $done } of { $total }.
learning-team-members = Members with team member training (orientation, team member training or RIM+): { $done } of { $total }.
learning-team-no-course = Nobody on the roster has recorded a course yet.
learning-team-per-course = People who completed each course
learning-people = People
learning-roster = Roster
learning-team-grid-caption = Courses completed by each person on the roster, with the date
learning-person = Person
learning-not-yet = not yet
learning-date-on = on

# Importing training records. / Importar registros de capacitación.
learning-import-intro = Add many completed courses at once, for example from a class sign-in sheet.
learning-import-format = A CSV with a header row naming the columns <code>email</code>, <code>course</code> and <code>completed_on</code>, then one completed course per line. The course is the last part of the course page's address; the date is written YYYY-MM-DD and may not be in the future. A record already held is left as it is. If any line has a problem, nothing is imported unless you choose to skip the bad lines.
learning-import-course-names = Course names to use
learning-import-pasted = Pasted CSV
learning-import-example = For example: email,course,completed_on then sam@example.org,course-lmp-orientation,2026-02-03
learning-import-file = Or a CSV file (up to 512 KB)
learning-import-skip = Import the good lines and skip the bad ones
learning-import-button = Import

# Supervisor and steward checklists. / Listas para supervisores y delegados.
learning-checklists-crumb = Principles checklists
learning-checklists-title = Supervisor and steward checklists
learning-checklists-intro = A supervisor and a steward go through the seven principles together and tick the behaviours they already live. Both of you can tick and add notes, and each tick shows who made it. Only the two of you can see the checklist.
learning-checklist-start-title = Start a checklist
learning-checklist-not-started = The checklist was not started. Check the field marked below.
learning-checklist-partner = The other person's email
learning-checklist-partner-hint = If you are the supervisor, name your steward; if you are the steward, name your supervisor.
learning-checklist-start = Start the checklist
learning-my-checklists = My checklists
learning-checklists-none = You have no checklists yet. Start one above, or ask your partner to start one with you.
learning-checklists-caption = Checklists you fill in with someone
learning-with = With
learning-ticked = Ticked
learning-last-change = Last change
learning-of = of

# One checklist. / Una lista.
learning-checklist-title = Principles checklist
learning-and = and
learning-started-on = started
learning-checklist-intro = Tick each behaviour you both agree you already live; talk about the rest and note what you will work on.
learning-checklist-admin = You are looking as an administrator. Only the two people can tick behaviours and write notes.
learning-behaviours-ticked = Behaviours ticked
learning-note-refused = The note was not added. Check the fields marked below.
learning-tag-ticked = Ticked
learning-tag-not-yet = Not yet
learning-ticked-by = Ticked by { $name }
learning-ticked-on = on
learning-untick = Untick
learning-untick-item = Untick: { $name }
learning-tick = Tick
learning-tick-item = Tick: { $name }
learning-notes = Notes
learning-notes-whole = Notes on the checklist as a whole
learning-no-notes = No notes yet.
learning-add-note-title = Add a note
learning-note-about = About
learning-note-whole = The checklist as a whole
learning-note = Note
learning-add-note = Add the note

# The private reflection. / La reflexión privada.
learning-reflection-crumb = Reflection
learning-reflection-title = Do you act in partnership?
learning-reflection-intro = Seven statements, one for each principle. For each, ask yourself honestly whether it is true of you always, sometimes or never.
learning-reflection-private = Private to you.
learning-reflection-private-text = Nobody else sees your answers: not your co-leads, not your leaders, not the administrators. Groups only ever see totals, and only once at least five people have answered.
learning-reflection-refused = Your reflection was not saved: answer every statement. The ones still to answer are marked below.
learning-principle-is = Principle: { $name }
learning-reflection-save = Save my reflection
learning-reflection-trend = Your reflections over time
learning-reflection-none = You have not saved a reflection yet. Come back every few months to see how you change.
learning-reflection-score = Each time you save, the hub keeps a dated copy, so you can see how your answers change. The score counts 2 for always, 1 for sometimes and 0 for never, out of 14.
learning-reflection-figure = Your score at each reflection; the table holds the same answers.
learning-reflection-last = { $count ->
    [one] Your last 1 reflection, oldest first
   *[other] Your last { $count } reflections, oldest first
}
learning-date = Date
learning-score = Score
learning-totals-title = Totals you can see
learning-totals-intro = Anonymous totals of everyone's latest reflection, shown once at least five people have answered.
learning-principles-explained = The seven principles explained
answer-always = Always
answer-sometimes = Sometimes
answer-never = Never

# Reflection totals. / Totales de las reflexiones.
learning-totals = Totals
learning-summary-title = Reflections in total: { $name }
learning-summary-intro = How people answered “Do you act in partnership?”, counting each person's latest reflection once. Nobody's own answers are shown.
learning-summary-people = Answers of { $count } people
learning-principle = Principle

## Problems and refusals the learning pages name (lmp_domain::learning, pages/learning.rs)
learning-error-course-missing = Choose the course you completed.
learning-error-course-unknown = Choose a course from the list.
learning-error-already-recorded = You have already recorded this course on that date.
learning-error-date-missing = Give the date the course was completed.
learning-error-date-form = “{ $date }” is not a date: write it as YYYY-MM-DD, for example 2026-03-14.
learning-error-date-future = { $date } is in the future: record a course once it is completed.
learning-error-date-too-old = { $date } is too long ago to be right.
learning-error-partner-self = Name the other person: the checklist is filled in by two people together.
learning-error-partner-sides = The checklist is for a supervisor and a steward: one of you on the management side and the other on the labor side. You are { $you ->
        [management] on the management side
        [labor] on the labor side
       *[physician] a physician
    } and they are { $them ->
        [management] on the management side
        [labor] on the labor side
       *[physician] a physician
    }.
learning-error-no-partner = Nobody in the hub has that email. Check it with the other person.
learning-error-note-principle = Choose one of the seven principles, or the checklist as a whole.
learning-field-note = The note
learning-error-answer = Choose always, sometimes or never for principle { $number }.
learning-not-enough-answers = Not enough answers to show without identifying anyone. Totals appear once at least five different people have done the reflection.
learning-refuse-done-flag = Say whether this is done (1) or not (0).
learning-refuse-no-checklist = There is no such checklist.
learning-refuse-checklist-private = A principles checklist is seen only by the two people filling it in.
learning-refuse-checklist-work = Only the two people filling in the checklist can tick it or add notes.
learning-notice-bad-level = “{ $value }” is not a level (1 to 5), so courses of every level are shown.
learning-notice-bad-audience = “{ $value }” is not one of the audiences, so courses for everyone are shown.
learning-flash-recorded = The course is recorded.
learning-flash-removed = The record is removed.
learning-flash-reflection-saved = Your reflection is saved. Only you can see it.
learning-region-fallback = Region { $id }
learning-facility-fallback = Facility { $id }
learning-trend-label = Your score over { $count } reflections, from { $first } to { $last } out of 14

## Importing training records: the outcome, and each bad line's problems
learning-import-done = Imported: { $added ->
        [one] 1 record
       *[other] { $added } records
    } added{ $already ->
        [0] {""}
       *[other] , { $already } already recorded
    }{ $skipped ->
        [0] {""}
        [one] , 1 bad line skipped
       *[other] , { $skipped } bad lines skipped
    }.
learning-import-nothing = There are no records to import: paste the table or choose a file.
learning-import-all-bad = Nothing was imported: { $count ->
        [one] 1 line needs attention
       *[other] { $count } lines need attention
    } and no good line to import.
learning-import-some-bad = Nothing was imported: { $count ->
        [one] 1 line needs attention
       *[other] { $count } lines need attention
    }. Correct them, or tick “import the good lines and skip the bad ones”.
# "Line 4: the course is missing; 2099-01-01 is in the future: …." ($problems: the line's problems below, joined by "; ")
learning-import-line = Line { $line }: { $problems }.
learning-line-empty-file = the file is empty: the first line must be email,course,completed_on
learning-line-unreadable = the line cannot be read (check its quotes)
learning-line-bad-header = the first line must name the columns email, course and completed_on
learning-line-no-email = the email is missing
learning-line-bad-email = “{ $email }” is not an email address
learning-line-no-course = the course is missing
learning-line-date-missing = give the date the course was completed
learning-line-date-form = “{ $date }” is not a date: write it as YYYY-MM-DD, for example 2026-03-14
learning-line-date-future = { $date } is in the future: record a course once it is completed
learning-line-date-too-old = { $date } is too long ago to be right
learning-line-repeat = the same record is already on line { $line }
learning-line-unknown-person = nobody in the hub has the email { $email }
learning-line-unknown-course = “{ $course }” is not a course (use the course's address name, for example course-lmp-orientation)

## The seven principles: title, summary, the checklist's behaviours ("we …") and the reflection's statement ("I …")
learning-principle-1-title = The department's success is a shared job
learning-principle-1-summary = Managers and union representatives both answer for how well the department does.
learning-principle-1-behaviour-1 = We have agreed the targets and measures that show how the department is doing.
learning-principle-1-behaviour-2 = Every co-worker knows the targets, what they mean for their own work, and where we stand today.
learning-principle-1-behaviour-3 = We work side by side to make this a satisfying place to work.
learning-principle-1-reflection = I treat the department's success as something I am responsible for together with my partner.
learning-principle-2-title = The unions' success is a shared job too
learning-principle-2-summary = Managers and union representatives both care about the strength of the unions.
learning-principle-2-behaviour-1 = We take the unions' interests into account in how the unit is run.
learning-principle-2-behaviour-2 = We both know the contract and apply it with care on this unit.
learning-principle-2-behaviour-3 = We notice when an issue could touch the national agreements and may need bargaining.
learning-principle-2-reflection = I help the union succeed, and I show it by respecting what stewards do and the role they hold.
learning-principle-3-title = Co-workers get a bigger say
learning-principle-3-summary = Both partners make sure employees have a larger part in how the workplace runs.
learning-principle-3-behaviour-1 = New people learn how the partnership came about and what our mission is.
learning-principle-3-behaviour-2 = People are invited to speak up about how the work is done and how it could be better.
learning-principle-3-behaviour-3 = Staff take part in solving problems and learn interest-based problem solving.
learning-principle-3-behaviour-4 = The team understands the budget and has a part in the department's budget process.
learning-principle-3-behaviour-5 = Team members share in the team's decisions and its improvement work.
learning-principle-3-reflection = I make sure the people I lead take a real part in making decisions that work.
learning-principle-4-title = Both sides stand behind the partnership
learning-principle-4-summary = Both sides answer together for backing the partnership and making it work.
learning-principle-4-behaviour-1 = We tell partnership success stories at staff meetings and elsewhere.
learning-principle-4-behaviour-2 = We take part in partnership events, fairs, conferences and team meetings.
learning-principle-4-behaviour-3 = We arrange cover so people can go to trainings, meetings and committee work.
learning-principle-4-behaviour-4 = We model the way: interests first, decisions by consensus, and a culture where people speak freely.
learning-principle-4-behaviour-5 = We have ground rules for holding each other to account for acting in partnership, and we use them.
learning-principle-4-reflection = I am accountable, with my partner, for backing the partnership and making it happen.
learning-principle-5-title = Training is a shared duty
learning-principle-5-summary = Both partners make sure people get the training they need.
learning-principle-5-behaviour-1 = We have both been trained in partnership skills, including resolving issues.
learning-principle-5-behaviour-2 = Each of us has taken the leaders' partnership course for our own side.
learning-principle-5-behaviour-3 = The steward gets the support needed to help with training.
learning-principle-5-behaviour-4 = Staff working on improvement get the training, facilitation and backing they need.
learning-principle-5-reflection = I make sure, with my partner, that the people I lead get the partnership training they need, and I support them in it.
learning-principle-6-title = Labor relations on the unit are a shared job
learning-principle-6-summary = Keeping relations between labor and management healthy on the unit is a job for both partners.
learning-principle-6-behaviour-1 = We work through concerns by interests and settle them on the unit before they become grievances.
learning-principle-6-behaviour-2 = When a process keeps failing, we use improvement methods to find and fix the root cause.
learning-principle-6-reflection = I help keep labor-management relations healthy where that is part of my role, whether in a unit, a facility or a service area.
learning-principle-7-title = Together for a great care experience
learning-principle-7-summary = The manager and the union partner work as one so that patients and members get excellent care.
learning-principle-7-behaviour-1 = The team knows what good care looks like and how it is measured.
learning-principle-7-behaviour-2 = Staff help choose the unit's quality measures and keep an eye on them.
learning-principle-7-behaviour-3 = Quality is talked about openly here, and we keep improving it.
learning-principle-7-behaviour-4 = We work together to keep the workplace safe.
learning-principle-7-reflection = My labor or management peer and I work together so that the people we lead give patients a superb experience of care.
