# Interest-based problem solving: a team's list of problems and the five-step workspace.
ibps-title = Problem solving
ibps-title-of = Problem solving · { $name }
ibps-heading = Problem solving together
ibps-lead = Interest-based problem solving works from what each side needs, not the position it starts from: five steps from a shared question to a plan with owners and dates.
ibps-empty = No problem being worked on yet.
ibps-col-problem = Problem
ibps-col-where = Where it is
ibps-col-changed = Last change
ibps-step-line = Step { $number }: { $text }
ibps-start-title = Start with the problem
ibps-start-intro = Write it as a question that opens options: “How might we …?” — not a yes/no question, not a solution, and no blame.
ibps-problem-label = The problem
ibps-scope-legend = Scope check: what is it about?
ibps-take-to = Take it to:
ibps-start-button = Start
ibps-topic-missing = Say what the problem is about, so the team knows it is theirs to solve.
ibps-topic-outside = This is not one for the team to solve: see below where to take it.

## The five steps
ibps-steps-nav = The five steps
ibps-step-problem = Frame the problem
ibps-step-interests = Share interests
ibps-step-options = List options
ibps-step-selection = Choose a solution
ibps-step-plan = Plan the actions
ibps-purpose-problem = Agree on one question that starts “How might we…”, with no answer or blame built in.
ibps-purpose-interests = Each party says what it needs and what worries it; then mark what you have in common.
ibps-purpose-options = Collect as many ways forward as you can: brainstorm, look at what works elsewhere, ask experts, sketch a first design.
ibps-purpose-selection = Set aside what will not work, agree the standards a good solution meets, score the rest against them and decide.
ibps-purpose-plan = Write down each action, who is accountable for it and by when.

## Step 1
ibps-h-problem = 1. The problem
ibps-reword = Reword the question
ibps-reword-label = The problem as a “How might we …?” question
ibps-reword-button = Save the question

## Step 2
ibps-h-interests = 2. Interests
ibps-interests-intro = What each party needs from a solution — the concerns behind their positions. Mark the ones the parties share.
ibps-shared-tag = Shared by the parties
ibps-not-shared = Not shared
ibps-not-shared-aria = Not shared: “{ $name }”
ibps-shared = Shared
ibps-shared-aria = Shared: “{ $name }”
ibps-interests-empty = No interests written down yet.
ibps-whose = Whose interest
ibps-interest-label = The interest or concern
ibps-interest-button = Add the interest
ibps-party-management = Management
ibps-party-labor = Labor
ibps-party-physician = Physicians
ibps-party-other = Others affected

## Step 3
ibps-h-options = 3. Options
ibps-options-intro = As many ways forward as the team can think of, from a brainstorm, a practice that worked elsewhere, people who know the field, or a first rough design. Judge them later.
ibps-options-empty = No options yet.
ibps-option-label = An option
ibps-source-label = Where it came from
ibps-option-button = Add the option
ibps-source-brainstorm = Our brainstorm
ibps-source-best_practice = What works elsewhere
ibps-source-expert_panel = People with expertise
ibps-source-straw_design = A first rough design

## Step 4
ibps-h-selection = 4. Selection
ibps-selection-intro = Agree the standards a good solution must meet, set aside options that cannot work, score the rest from 1 (poorly) to 5 (fully) against each standard, then decide by consensus.
ibps-standards = Standards
ibps-standards-empty = No standards agreed yet.
ibps-standard-label = A standard (for example “costs nothing extra”)
ibps-standard-button = Add the standard
ibps-scores-caption = Scores, 1 to 5, and the ranking
ibps-col-option = Option
ibps-col-total = Total
ibps-col-rank = Rank
ibps-col-status = Status
ibps-score-of = Score of { $name } on standard { $count }
ibps-not-all-scored = not every standard scored yet.
ibps-save-scores = Save the scores
ibps-screen-title = Screen, shortlist and choose
ibps-shortlist = Shortlist
ibps-shortlist-aria = Shortlist: “{ $name }”
ibps-chosen = Chosen
ibps-chosen-aria = Chosen: “{ $name }”
ibps-set-aside = Set aside
ibps-set-aside-aria = Set aside: “{ $name }”
ibps-bring-back = Bring back
ibps-bring-back-aria = Bring back: “{ $name }”
ibps-status-listed = Listed
ibps-status-screened_out = Set aside
ibps-status-shortlisted = On the shortlist
ibps-status-chosen = Chosen
ibps-decide-label = Decide the best-ranked option by consensus in
ibps-decide-between = A round between meetings
ibps-decide-button = Put it to the team
ibps-decision-round = Decision round:
ibps-decision-round-link = see where the team stands

## Step 5
ibps-h-plan = 5. Action plan
ibps-actions-empty = No actions yet.
ibps-col-action = Action
ibps-col-owner = Owner
ibps-col-due = Due
ibps-col-task = Task
ibps-task-created = Task created
ibps-task-not-yet = Not yet
ibps-what-label = What will be done
ibps-owner-label = Who is accountable
ibps-choose-someone = Choose someone
ibps-due-label = By when
ibps-action-button = Add the action
ibps-make-tasks = Make tasks of the plan
ibps-project-link = The improvement project started from it
ibps-make-project = Start an improvement project from the chosen option

## Moving on
ibps-next = Next: { $name }
ibps-finishing = Finishing
ibps-next-ready = Everything the next step needs is here.
ibps-plan-complete = The plan is complete.
ibps-move-to = Move to step { $number }: { $name }

## What a step still needs
ibps-missing-problem = Write the problem as a “How might we…” question.
ibps-missing-two-parties = Write down the interests of at least two parties, so every side is heard.
ibps-missing-common-interest = Mark at least one interest the parties have in common.
ibps-missing-two-options = List at least two options, so there is something to choose between.
ibps-missing-standard = Agree at least one standard a good solution must meet; options are scored against it.
ibps-missing-scores = Score every option still in the running against every standard ({ $count ->
    [one] 1 score left
   *[other] { $count } scores left
    }).
ibps-missing-chosen-option = Mark the option or options the team decided on.
ibps-missing-action = Add at least one action to the plan.
ibps-missing-action-details = Give every action an owner and a due date ({ $count ->
    [one] 1 action does not
   *[other] { $count } actions do not
    }).

## Advice on the question
ibps-warn-how-might-we = Try starting with “How might we…”: it invites ideas from everyone.
ibps-warn-yes-no = A question starting “{ $word }” can be answered yes or no, which splits the room. Ask “How might we…” instead.
ibps-warn-solution = “{ $phrase }” sounds like a solution. Describe the problem here and keep ideas for step 3.
ibps-warn-blame = “{ $phrase }” points at people. Describe what happens, not who is to blame.
ibps-warn-too-broad = At { $count } words this may be more than one problem. Keep it to one you can act on.

## Refusals
ibps-only-roster = Only people on the team's roster can add to its problem solving.
ibps-choose-step = Choose one of the five steps.
ibps-step-not-yet = Step { $number } cannot start yet. { $missing }
ibps-say-whose = Say whose interest it is.
ibps-no-interest = No such interest in this workspace.
ibps-no-option = No such option in this workspace.
ibps-choose-option-status = Choose what happens to the option.
ibps-score-first = List and score the options first.
ibps-meeting-not-ended = Choose a meeting of this team that has not ended.
ibps-plan-not-ready = The plan is not ready to become tasks. { $missing }
ibps-mark-chosen = Mark the chosen option before starting a project from it.

## Problems the rules name, and text written once from the workspace
ibps-field-interest = The interest
ibps-field-action = The action
ibps-field-problem = The problem question
ibps-field-option = The option
ibps-field-standard = The standard
ibps-field-background = The problem
ibps-action-owner-missing = Name who is accountable for this action.
ibps-action-due-missing = Give a date this action is due.
ibps-action-due-form = Give the date as YYYY-MM-DD.
ibps-score-range = Give a score from { $min } (does not meet the standard) to { $max } (meets it fully).
ibps-then = { $first } { $rest }
ibps-proposal-background = From problem solving on “{ $problem }”. It scored best against the standards the team agreed.
ibps-project-from = From problem solving on “{ $problem }”.
