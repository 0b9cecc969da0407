# The improvement tools of a project: fishbone, PICK chart, process map, waste walk, driver diagram.
tool-new-title = New improvement tool
tool-breadcrumb-tools = Improvement tools
tool-new-not-created = Nothing was created. Check the fields marked below.
tool-new-which = Which tool
tool-field-title = Title
tool-new-subject = The problem, aim, process or area (optional)
tool-new-create = Create the tool

tool-kind-fishbone = Fishbone (cause and effect)
tool-kind-pick = PICK chart
tool-kind-process = Process map
tool-kind-waste_walk = Waste walk
tool-kind-driver = Driver diagram
tool-purpose-fishbone = Name the problem, then list its possible causes under each category.
tool-purpose-pick = Sort change ideas by payoff and effort, and start testing the ones to implement.
tool-purpose-process = Write the steps of the process in order and mark where waste happens.
tool-purpose-waste_walk = Walk the area and record each waste you see, where you saw it.
tool-purpose-driver = Link the aim to the drivers that move it and to the change ideas that act on them.
tool-subject-fishbone = The effect (the problem)
tool-subject-pick = The question the ideas answer
tool-subject-process = The process, from where to where
tool-subject-waste_walk = The area walked
tool-subject-driver = The aim

tool-flash-created = Tool created. Add its items below.
tool-flash-saved = Saved.
tool-flash-added = Added.
tool-flash-removed = Removed.
tool-flash-moved = Moved.

tool-not-saved = Nothing was saved.
tool-not-written = not written yet
tool-print-view = Print view
tool-edit-head = Edit the title and { $name }
tool-save = Save
tool-delete-summary = Delete this tool
tool-delete-this = This deletes “{ $name }” and
tool-delete-items = its { $count ->
    [one] { $count } item
   *[other] { $count } items
  }. It cannot be undone.
tool-delete-button = Delete the tool
tool-print-back = Back to the tool
tool-print-hint = Print this page with your browser’s Print command.

tool-remove = Remove
tool-remove-label = Remove { $name }
tool-move-up = Move up
tool-move-up-label = Move up: { $name }
tool-move-down = Move down
tool-move-down-label = Move down: { $name }
tool-diagram = Diagram
tool-rename = Rename

tool-fishbone-caption = Each bone is a category of causes; the effect is at the head. The same causes are listed below.
tool-causes-heading = Causes by category
tool-no-category = No category yet.
tool-no-cause = No cause yet.
tool-what-cause = the cause “{ $name }”
tool-new-cause-label = New cause under “{ $name }”
tool-add-cause = Add a cause
tool-category-summary = Rename, move or remove “{ $name }”
tool-category-rename-label = New name for “{ $name }”
tool-what-category = the category “{ $name }” and its causes
tool-another-category = Another category
tool-category-name = Name of the category
tool-add-category = Add a category

tool-wastes-seen = Wastes seen
tool-waste-caption = Observations by waste type; the same counts are in the table.
tool-waste-table-caption = { $count ->
    [one] { $count } observation
   *[other] { $count } observations
  } by waste type
tool-waste-summary = Waste walk: { $count ->
    [one] { $count } observation
   *[other] { $count } observations
  } by waste type. { $list }
tool-col-waste = Waste
tool-col-looks = What it looks like
tool-col-seen = Seen
tool-observations-heading = Observations by waste
tool-no-observation = No observation yet.
tool-what-observation = the observation “{ $name }”
tool-record-heading = Record a waste
tool-which-waste = Which waste
tool-choose-waste = Choose one of the eight wastes
tool-where = Where
tool-what-seen = What was seen
tool-record-button = Record the waste
tool-waste-label-defects = Defects
tool-waste-label-overproduction = Overproduction
tool-waste-label-waiting = Waiting
tool-waste-label-talent = Non-utilised talent
tool-waste-label-transport = Transport
tool-waste-label-inventory = Inventory
tool-waste-label-motion = Motion
tool-waste-label-extra_processing = Extra processing
tool-waste-example-defects = errors, rework, missing information
tool-waste-example-overproduction = doing more, or sooner, than needed
tool-waste-example-waiting = people, patients or work waiting
tool-waste-example-talent = skills and ideas not used
tool-waste-example-transport = moving patients, supplies or paperwork
tool-waste-example-inventory = excess supplies, work piling up
tool-waste-example-motion = walking, searching, reaching
tool-waste-example-extra_processing = steps that add no value, duplicate entries

tool-driver-caption = The aim, the primary and secondary drivers that move it, and the change ideas that act on them. The same tree is listed below.
tool-tree-heading = Drivers and change ideas
tool-no-driver = No driver yet.
tool-tag-primary = Primary driver
tool-tag-secondary = Secondary driver
tool-tag-change = Change idea
tool-what-primary = the primary driver “{ $name }” and everything under it
tool-what-secondary = the secondary driver “{ $name }” and its change ideas
tool-what-change = the change idea “{ $name }”
tool-add-change-summary = Add a change idea under “{ $name }”
tool-change-label = Change idea for “{ $name }”
tool-add-change = Add the change idea
tool-add-secondary-summary = Add a secondary driver under “{ $name }”
tool-secondary-label = Secondary driver of “{ $name }”
tool-add-secondary = Add the secondary driver
tool-another-primary = Another primary driver
tool-primary-label = The primary driver
tool-add-primary = Add a primary driver

tool-process-caption = Boxes are steps, diamonds decisions, rounded ends waits; a red outline marks waste. The same steps are listed below.
tool-steps-heading = Steps
tool-no-step = No step yet.
tool-waste-prefix = Waste:
tool-what-step = the step “{ $name }”
tool-change-step = Change step { $count }
tool-step-label = The step
tool-field-kind = Kind
tool-step-waste = Waste in this step
tool-no-waste = No waste
tool-save-step = Save the step
tool-waste-marked = Waste marked
tool-no-waste-marked = No step is marked as waste yet.
tool-steps-count = { $count ->
    [one] { $count } step
   *[other] { $count } steps
  }
tool-add-step-heading = Add a step
tool-add-step = Add the step
tool-step-step = Step
tool-step-decision = Decision
tool-step-wait = Wait or delay

tool-pick-heading = PICK chart
tool-pick-hint = Each idea sits in the box of its payoff (rows) and effort (columns); test the ideas in Implement first.
tool-pick-hint-edit = Move an idea with its “Move to” list, or drag it to another box.
tool-pick-inactive = Ideas in Implement can be tested in PDSA cycles once the project is active.
tool-pick-caption = Ideas by payoff and effort
tool-col-easy = Easy to do
tool-col-hard = Hard to do
tool-row-high = High payoff
tool-row-low = Low payoff
tool-no-idea = No idea here.
tool-its-cycle = Its PDSA cycle
tool-move-before = Move
tool-move-after = to
tool-move = Move
tool-test-cycle = Test it in a PDSA cycle
tool-test-cycle-label = Test it in a PDSA cycle: { $name }
tool-what-idea = the idea “{ $name }”
tool-add-idea-heading = Add an idea
tool-idea-label = The idea
tool-payoff = Payoff
tool-payoff-high = High: it would make a real difference
tool-payoff-low = Low: a small difference
tool-effort = Effort
tool-effort-easy = Easy: the team can do it soon
tool-effort-hard = Hard: it needs time, money or others
tool-add-idea = Add the idea
tool-quadrant-label-possible = Possible
tool-quadrant-label-implement = Implement
tool-quadrant-label-challenge = Challenge
tool-quadrant-label-kill = Kill
tool-quadrant-desc-possible = Low payoff, easy to do
tool-quadrant-desc-implement = High payoff, easy to do
tool-quadrant-desc-challenge = High payoff, hard to do
tool-quadrant-desc-kill = Low payoff, hard to do

## Problems the rules name, and words written into the tools
tool-only-editors = Only the team's co-leads and the project's owners can change its improvement tools.
tool-no-tool = No such tool in this project.
tool-no-item = No such item in this tool.
tool-choose-kind = Choose which tool to use.
tool-too-many-items = A tool holds at most { $max } items: remove some, or start another tool.
tool-choose-quadrant = Choose Possible, Implement, Challenge or Kill.
tool-payoff-missing = Say whether the payoff is high or low.
tool-effort-missing = Say whether it is easy or hard to do.
tool-step-kind-missing = Choose a step, a decision or a wait.
tool-waste-unknown = Choose a waste from the list, or none.
tool-waste-missing = Choose which of the eight wastes this is.
tool-field-tool-title = The title
tool-field-subject-fishbone = The effect (the problem)
tool-field-subject-pick = The question the ideas answer
tool-field-subject-process = The process, from where to where
tool-field-subject-waste_walk = The area walked
tool-field-subject-driver = The aim
tool-field-where = Where
tool-field-note = The note
tool-item-category = The category
tool-item-cause = The cause
tool-item-idea = The idea
tool-item-step = The step
tool-item-observation = What was seen
tool-item-primary = The primary driver
tool-item-secondary = The secondary driver
tool-item-change = The change idea
tool-category-people = People
tool-category-methods = Methods
tool-category-equipment = Equipment
tool-category-materials = Materials
tool-category-environment = Environment
tool-category-measurement = Measurement

## The diagrams' own words
tool-svg-effect-missing = The effect is not written yet
tool-svg-fishbone-summary = Fishbone diagram of the effect “{ $effect }”: { $categories ->
    [one] 1 category
   *[other] { $categories } categories
    } and { $causes ->
    [one] 1 cause
   *[other] { $causes } causes
    }. The same content is listed below.
tool-svg-no-category = No category yet
tool-svg-process-summary = Process map “{ $title }”: { $steps ->
    [one] 1 step
   *[other] { $steps } steps
    }, { $wasted } marked as waste. The same steps are listed below.
tool-svg-no-step = No step yet
tool-svg-waste = Waste: { $waste }
tool-svg-aim-missing = The aim is not written yet
tool-svg-driver-summary = Driver diagram for the aim “{ $aim }”: { $primary ->
    [one] 1 primary driver
   *[other] { $primary } primary drivers
    }, { $secondary ->
    [one] 1 secondary driver
   *[other] { $secondary } secondary drivers
    } and { $change ->
    [one] 1 change idea
   *[other] { $change } change ideas
    }. The same tree is listed below.
tool-svg-col-aim = Aim
tool-svg-col-primary = Primary drivers
tool-svg-col-secondary = Secondary drivers
tool-svg-col-change = Change ideas

## Said to screen readers when an idea is dragged to another quadrant (static/pick.js)
tool-pick-moved = Moved “{ $idea }” to { $quadrant }.
