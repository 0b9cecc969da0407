# Decisions: consensus rounds (the proposal panel), decision records and the decision log.
stance-support = I fully support it
stance-reservations = I support it, with reservations
stance-live_with = I can live with it
stance-discuss = We need to talk more
stance-block = I block it
stance-hint-support = I agree and will speak up for it.
stance-hint-reservations = I agree, and I want my concerns written down.
stance-hint-live_with = It is not my first choice, but I will not stand in its way.
stance-hint-discuss = I am not ready to decide: something has not been talked through yet.
stance-hint-block = I cannot live with this. Say why, and what would have to change for you.
involvement-informed = Kept informed
involvement-consulted = Asked for input
involvement-involved = Helps shape it
involvement-joint = Decide together
side-name-management = management
side-name-labor = the union
side-name-physician = the physicians
outcome-consensus = Consensus reached
outcome-no_consensus = No consensus: the agreed fallback decides
outcome-withdrawn = Withdrawn
outcome-fallback = No consensus: decided by { $name }
outcome-noted = Decided in the meeting (noted in the minutes)
reminder-too_quick = Everyone agreed within minutes. Before closing, ask what could go wrong and who it affects that is not in the room.
reminder-trading = This sounds like a trade. Decide this proposal on its own merits and bring the other matter as its own item.
reminder-voting = Someone asked for a vote. A vote leaves people on the losing side: keep talking until everyone can live with it.
reminder-standouts = Someone is not there yet. Thank them for saying so and ask what would make it work for them.
blocker-quorum = Your team charter asks for a stance from at least { $needed ->
    [one] 1 person
   *[other] { $needed } people
}; there { $have ->
    [one] is 1
   *[other] are { $have }
} so far.
blocker-blocked = { $count ->
    [one] 1 person blocks
   *[other] { $count } people block
} it. Talk through what would have to change before going on.
blocker-discuss = { $count ->
    [one] 1 person wants
   *[other] { $count } people want
} to talk more before deciding.
blocker-not-heard = { $count ->
    [one] 1 person has
   *[other] { $count } people have
} not been heard yet. Ask for their view before closing.
blocker-no-support = { $count ->
    [one] 1 person has
   *[other] { $count } people have
} not said what they will do to support it.
proposal-open = Open for stances
proposal-outcome-to-record = Stances closed: outcome to record
proposal-anonymous = Anonymous
proposal-hidden = Results hidden until it closes
proposal-quorum = Quorum { $count } (from the charter)
proposal-other-options = Other options considered: { $name }
proposal-involvement-intro = How involved each side chose to be:
proposal-side-management = management
proposal-side-labor = the union
proposal-not-chosen = not chosen yet
proposal-if-no-consensus = If there is no consensus, { $name } decides.
proposal-not-both-sides = Not both sides chose to decide together, so { $name } decides after involving the other side as it asked.
proposal-management-chooses = Management chooses to be
proposal-union-chooses = The union chooses to be
proposal-record-choice = Record our choice
proposal-responded = { $done } of { $total }
proposal-responded-rest = taking part have given a stance.
proposal-stances-so-far = Stances so far
proposal-stance = Stance
proposal-people = People
proposal-will = will: { $name }
proposal-results-hidden = The results stay hidden from everyone, facilitators included, until the round closes.
proposal-where-stand = Where do you stand?
proposal-nobody-sees-name = (nobody will see your name)
proposal-why = Why (needed for a block)
proposal-what-i-will-do = What I will do to support it
proposal-change-stance = Change my stance
proposal-give-stance = Give my stance
proposal-three-tests = The three tests
proposal-test-heard = Has everyone been heard?
proposal-test-live = Can everyone live with it?
proposal-test-support = Will everyone actively support it?
proposal-yes = Yes.
proposal-yes-colon = Yes:
proposal-no-colon = No:
proposal-not-yet = Not yet:
proposal-still-to-stance = { $count } still to give a stance
proposal-someone-blocks = someone blocks or wants to talk more.
proposal-everyone-named = everyone named what they will do.
proposal-not-named = { $count ->
    [one] 1 person has
   *[other] { $count } people have
} not named what they will do
proposal-shown-when-closed = Shown when the round closes.
proposal-reveal = Close the stances and show the results
proposal-record-outcome-title = Record the outcome
proposal-consensus-not-yet = (not yet: see above)
proposal-no-consensus-decides = No consensus: { $name } decides
proposal-what-agreed = What was agreed
proposal-review-on = Review it on
proposal-record-outcome = Record the outcome
proposal-not-consensus = Not a consensus decision.
proposal-could-not-agree = The team could not agree, so { $name } decided:
proposal-action = Action: { $name }
proposal-review-date = We review it on { $name }.
proposal-as-deciding-side = As the deciding side, record what { $name } decided and what will be done.
proposal-the-decision = The decision
proposal-the-action = The action, with who does it
proposal-record-decision = Record the decision
proposal-stop-sharing = Stop sharing with the organisation
proposal-visible-org = Visible to everyone in the organisation.
proposal-share = Share with the whole organisation
proposal-visible-team = Visible to the team only.
proposal-permanent-link = Permanent link to this decision
# The decision record and the decision log.
decisions-title = Decisions
decision-record-title = Decision record
decision-its-meeting = Its meeting
decision-nothing-saved = Nothing was saved:
decisions-team-title = Decisions of { $name }
decisions-org-title = Decisions shared by teams
decisions-other-teams = Decisions other teams shared with the organisation
decisions-find = Find a decision
decisions-search = Search
decisions-none = No decisions recorded yet.
decisions-no-match = No decision matches “{ $name }”.
decisions-decision = Decision
decisions-outcome = Outcome
decisions-date = Date
decisions-team = Team
decisions-row-open = Open
decisions-row-to-record = Outcome to record
decisions-row-fallback = Decided by { $name } (no consensus)
decisions-row-noted = Noted in the minutes

## What the decision rules and pages name (lmp_domain::Msg)
# Several messages read one after the other.
decision-sentences = { $first } { $rest }
decision-field-issue = The issue
decision-field-decision = The decision
decision-field-action = What happens next
decision-decider-side = Choose management or the union: one of them decides when there is no consensus.
decision-continuum-sides = The continuum is chosen by management and by labor.
decision-degree-own-side = Only someone on the { $side ->
    [management] management
   *[labor] labor
} side can choose how involved { $side ->
    [management] management
   *[labor] the union
} wants to be.
decision-fallback-side = Only { $name } can record this decision: when the team does not decide together, it is { $name }'s to make.
decision-degrees-first = Both management and labor first say how involved they want to be in this issue.
decision-keep-working = Both sides chose to decide together, so keep working toward consensus. One side decides only after a proposal closes without it.
decision-refuse-round-closed = This round has closed; stances can no longer change.
decision-refuse-not-present = Only the people marked present at the meeting take part in this round.
involvement-about-informed = Told what was decided and why, before it takes effect.
involvement-about-consulted = Asked for ideas and concerns before the decision is made, and told how they were used.
involvement-about-involved = Works on the options alongside the other side, which still makes the final call.
involvement-about-joint = Both sides make the decision together, by consensus.
involvement-factor-time = How much time and how many people we can give it
involvement-factor-knowledge = What we know about this work that others may not
involvement-factor-change = How much it changes the work of the people we represent
proposal-field-text = The proposal
proposal-field-reason = The reason
proposal-field-behaviour = What you will do
proposal-field-background = The background
proposal-field-options = The other options
proposal-field-agreed = What was agreed
proposal-quorum-min = The quorum must be at least 1 person. Your team charter says how many.
proposal-quorum-max = The quorum can be at most { $max } people.
proposal-block-reason = Say why you block it. A block stops the whole team, so they need to know what would have to change.
proposal-cannot-close = This cannot close as consensus yet. { $reasons }
proposal-stance-missing = Choose where you stand.
proposal-outcome-missing = Choose how the round ended.
proposal-review-form = Give the review date as YYYY-MM-DD.
proposal-review-past = Choose a review date from today on.
proposal-agreed-missing = Write down what the team agreed.
proposal-degree-missing = Choose a degree of involvement.
