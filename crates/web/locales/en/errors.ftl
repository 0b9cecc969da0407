# Error pages: what went wrong, in the reader's language (the API's problem documents stay in English).
error-title-signin = Sign-in needed
error-title-forbidden = Not allowed
error-title-csrf = Missing or expired CSRF token
error-title-not-found = Not found
error-title-bad-request = Bad request
error-title-validation = Some fields need attention
error-title-conflict = Conflict
error-title-too-many = Too many attempts
error-title-too-large = Too large
error-title-internal = Something went wrong
error-title-too-many-changes = Too many changes at once
error-title-busy = The hub is busy
error-detail-signin = Sign in to continue.
error-detail-csrf = The page you sent this from is out of date. Go back, reload the page and try again.
error-detail-not-found = There is nothing at this address. It may have been removed, or the link may be wrong.
error-detail-internal = The hub could not finish this request. It has been logged; please try again.
error-detail-too-many-changes = Changes are arriving from you faster than the hub takes them, so this one was not saved. Please wait { $count ->
    [one] 1 second
   *[other] { $count } seconds
    } and send it again; going back in your browser returns to the form with what you typed.
error-detail-busy = The hub has more requests than it can work on right now, so this one was not started and nothing was saved. Please try again in a moment.
error-go-home = Go to My work
error-team-directory = Team directory

## The page that asks before something cannot be undone
confirm-cancel = Cancel, keep things as they are
confirm-last-co-lead-title = Remove the last co-lead?
confirm-last-co-lead-heading = Remove the last co-lead of this side?
confirm-last-co-lead-button = Yes, remove this co-lead
confirm-last-co-lead-management = { $name } is the team's only management co-lead. Without one, the management side has no co-lead until someone else is named.
confirm-last-co-lead-labor = { $name } is the team's only labor co-lead. Without one, the labor side has no co-lead until someone else is named.
confirm-last-co-lead-physician = { $name } is the team's only physician co-lead. Without one, the physician side has no co-lead until someone else is named.

## Refusals made on pages (shown on the error page)
decision-refuse-meeting-ended = This meeting has ended; open the proposal in the next one.
decision-refuse-outcome-recorded = The outcome of this round is already recorded.
decision-refuse-close-first = Close the stances and show the results before recording the outcome.
decision-refuse-own-side = Each side's degree of involvement is recorded by its own co-leads and sponsors.
decision-refuse-share-open = A decision is shared once its round has closed.
huddle-refuse-add = Only people on the team's roster add to its huddle board.
huddle-refuse-change = Only people on the team's roster change its huddle board.
huddle-refuse-answered = This question has already been answered.
huddle-refuse-answer = Only those the question was escalated to can answer it.
huddle-refuse-leaders = This list is for leaders, consultants and administrators.
huddle-refuse-no-scope = No scope to show.
learning-refuse-no-stop = The tour has no such stop.
learning-refuse-own-records = You can only remove your own training records.
learning-refuse-imported = This record was imported by an administrator; ask them to correct it.
learning-refuse-too-big = Import at most 512 KB at once; split the file into smaller ones.
learning-refuse-team-training = A team's training records are for its co-leads (and administrators).
learning-refuse-no-action = That action is no longer on the Dig Deeper list.
learning-refuse-no-behaviour = That is not one of the checklist's behaviours.
learning-refuse-totals = Team totals are for the team's co-leads; area totals for the leaders of that area.
learning-refuse-no-facility = There is no such facility.
learning-refuse-no-region = There is no such region.
learning-refuse-which-total = Say which team, facility or region to total.
meeting-refuse-no-part = No such part of the meeting page.
meeting-refuse-no-proposal = No such proposal in this meeting.
meeting-refuse-choose-person = Choose someone on the team's roster.
meeting-refuse-not-started = Only a meeting that has started can be ended.
p2p-refuse-no-assessment = No such assessment.
p2p-refuse-decision = Choose to approve or to return the assessment.
p2p-refuse-check-ins = Only the team's co-leads and sponsors log check-ins.
p2p-refuse-no-year = No agreement year exists.
proj-refuse-raise = Only people on the team raise its ideas.
proj-refuse-cycles-active = Cycles are run on active projects: start the project first.
proj-refuse-no-cycle = No such cycle in this project.
search-refuse-too-long = Search for at most 200 characters at once.
tasks-refuse-change = Only the task's owner, the person who set it and the team's co-leads can change it.
tasks-refuse-status = Choose done, cancelled or open.
tool-refuse-cannot-go = That item cannot go there in this tool.
tool-refuse-up-down = Say whether to move the item up or down.
tool-refuse-pick-only = Only ideas on a PICK chart become PDSA cycles here.
tool-refuse-implement-only = Only ideas in Implement become PDSA cycles: move the idea there first.
decision-refuse-fallback = After a round without consensus, the deciding side records the decision, through the team's co-leads or sponsors on that side.
language-refuse-unknown = The hub speaks English (en) and Spanish (es); “{ $code }” is not one of them.
p2p-refuse-no-assessment-for = The team has no self-assessment for { $month }.
proj-refuse-move = A project that is “{ $from }” cannot move to “{ $to }”.
tasks-refuse-move = A task that is “{ $from }” cannot become “{ $to }”.
tool-refuse-kind = This tool does not hold that kind of item.

## Refusals and problems the rules name (lmp_domain::Msg), worded here
error-no-access = You do not have access to this.
error-no-such = No such { $what }.
error-duplicate = That would duplicate existing data ({ $constraint }).
error-detail-validation = Nothing was saved: some fields need attention.
error-required = { $label } is required.
error-too-long = { $label } must be at most { $max } characters.
error-email-form = Enter an email address like name@example.org.
field-email = Email
error-no-page = There is no page at this address.
error-upload-unreadable = The upload could not be read: { $why }
error-upload-not-utf8 = The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8” and try again.
error-too-large = What was sent is larger than the hub accepts here. Send less (a smaller file, or the text in parts) and try again.
error-bad-path = No such page ({ $why }).
error-bad-query = The query string is not valid: { $why }
error-bad-form = The form could not be read: { $why }
error-bad-json = The JSON body could not be read: { $why }
calendar-refuse-no-feed = There is no calendar at this address.
export-refuse-section = Choose which part to export: { $sections }.
email-refuse-delivery = “{ $value }” is not a way of receiving email.

## Who may do what (crates/web/src/authz.rs)
authz-team-read = Only the team's members, its sponsors, leaders whose area covers it and administrators can see this team's page.
authz-idea-team-only = This idea is visible to its team only until it becomes a project.
authz-team-edit = Only the team's co-leads and administrators can change its roster or charter.
authz-admin-only = This page is for administrators of the hub.
authz-facilitate = Only the team's co-leads (and administrators) can run its meetings and decisions.
authz-take-part = Only people on the team's roster can take part in its decisions.

## Refused image uploads (crates/web/src/media.rs)
images-refuse-too-large = This file is { $size }; the largest image the hub takes is { $max }. Make it smaller (for example by saving it at a lower resolution) and upload it again.
images-refuse-not-image = This file is not a PNG, JPEG, WebP or GIF image (the hub looks at what is inside the file, not at its name). Choose a photo or drawing saved in one of those formats.
images-refuse-unreadable = This file looks like an image but could not be read; it may be damaged or cut short. Open it on your computer, save it again, and upload the new copy.
images-refuse-pixels = This image is { $width } × { $height } pixels, more than the hub takes ({ $millions } million pixels, at most { $side } on a side). Make it smaller and upload it again.

## Field names the messages above name
account-field-token-name = A name for the token

## The command line's `lmp users add` (English there; here for completeness)
cli-field-name = The name
cli-side-choices = use management, labor or physician
cli-no-local = no union local is named “{ $local }”
