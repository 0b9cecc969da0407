# Team-tested practices: the library, a practice, the write-up and the review.
practices-title = Team-tested practices
practices-lead = Changes other teams tested and kept. Find one for your own problem, and adopt it: your team gets a project that starts from their work.
practices-waiting = Practices waiting for review ({ $count })
practices-find = Find practices
practices-words = Words
practices-compass = Value Compass point
practices-any = Any
practices-topic = Topic
practices-facility = Facility
practices-find-button = Find
practices-none = No published practice matches. Try fewer filters.
practices-adopted-by = { $count ->
    [one] 1 team adopted it.
   *[other] { $count } teams adopted it.
    }

## Topics practices are filed under
practices-topic-access = Access and waiting times
practices-topic-patient-safety = Patient safety
practices-topic-workplace-safety = Workplace safety
practices-topic-service = Service experience
practices-topic-workflow = Workflow and efficiency
practices-topic-supplies = Supplies and cost
practices-topic-engagement = Team engagement

## A practice
practice-tested-by = Tested by { $team }, { $facility }
practice-status = status:
practice-status-submitted = waiting for review
practice-status-published = published
practice-status-returned = returned to the team
practice-editor-comment = Editor's comment: { $name }
practice-problem = The problem
practice-change = What the team changed
practice-results = Results
practice-chart-caption = The team's measure; its data is on
practice-chart-link = the project page
practice-chart-for = for those who can see the team.
practice-tips = Tips for teams trying it
practice-adoptions = { $count ->
    [one] 1 team has adopted this practice.
   *[other] { $count } teams have adopted this practice.
    }
practice-review = Review
practice-review-comment = Comment for the team (needed to return it)
practice-publish = Publish
practice-return = Return to the team
practice-adopt = Adopt this practice
practice-adopt-team = For your team
practice-adopt-button = Adopt it as a new project
practice-done-submitted = Sent to the editors. You will see their decision here.
practice-done-published = Published: every team can now find and adopt it.
practice-done-returned = Returned to the team with your comment.

## Writing a practice up
practice-form-title = Team-tested practice
practice-form-heading = Write it up as a team-tested practice
practice-form-intro = Other teams will read this to decide whether to try the same change. An editor reviews it before it is published.
practice-form-not-sent = Nothing was sent. Check the fields marked below.
practice-field-title = Title
practice-field-problem = The problem the team had
practice-field-change = What the team changed
practice-field-results = Results, with numbers
practice-field-tips = Tips for teams trying it (optional)
practice-form-button = Send to an editor for review
practice-results-aim = Aim: { $what } { $much } by { $when }.

## Refusals
practice-not-finished = A practice is written up once the project is done or sustaining its gains.
practice-editors-only = Reviewing practices is for content editors.
practice-not-waiting = This practice is not waiting for review.
practice-say-what-to-change = Say what the team should change before returning it.
practice-choose-decision = Choose to publish or to return the practice.
practice-only-published = Only a published practice can be adopted.
practice-choose-team = Choose the team that adopts it.
practice-own-team = A team cannot adopt its own practice; other teams can.
practice-already-adopted = Your team has already adopted this practice.

## Editing a project
project-edit-title = Edit the project
project-edit-crumb = Edit
project-edit-not-saved = Nothing was saved. Check the fields marked below.
project-edit-field-title = Title
project-edit-field-aim-what = Aim: what will improve
project-edit-field-aim-how-much = Aim: by how much
project-edit-field-aim-by-when = Aim: by when (YYYY-MM-DD)
project-edit-description = Description
project-edit-compass = Value Compass points
project-edit-save = Save
project-edit-cancel = Cancel
project-edit-bad-date = Give the date as YYYY-MM-DD.

## Field names the write-up's messages name ("The title is required.")
practice-label-title = The title
practice-label-problem = The problem
practice-label-change = What the team changed
practice-label-results = The results
practice-label-tips = The tips
