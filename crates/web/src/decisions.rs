//! Consensus rounds as the pages, the live fragments and the API share them: who takes part,
//! what a viewer may see of the stances (hidden results stay hidden from everyone until the
//! round closes; anonymous stances never carry a name), the three tests, and the checks on
//! closing and on the fallback decision.

use lmp_domain::decisions::consensus::{
    self, evaluate, redact, reminders, tally_visible, Evaluation, RoundState, Stance, StanceRecord,
};
use lmp_domain::decisions::continuum::{self, Involvement, Issue};
use lmp_domain::{Msg, Side, TeamRole};
use lmp_store::decisions::{voter_key, Proposal, StanceRow};
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::User;
use crate::authz::{self, TeamWork};
use crate::error::{AppError, AppResult};
use crate::i18n::{self, Lang};
use crate::state::AppState;

/// A stance as a viewer may see it. `name` is `None` in anonymous rounds.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ShownStance {
    pub name: Option<String>,
    pub stance: String,
    pub stance_label: String,
    pub reason: String,
    pub behaviour: String,
}

/// One line of the results table.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TallyRow {
    pub stance: String,
    pub label: String,
    pub count: u32,
}

/// Everything a page or the API shows of a proposal to one viewer.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProposalView {
    pub id: i64,
    pub team_id: i64,
    pub team_name: String,
    pub meeting_id: Option<i64>,
    pub title: String,
    pub background: String,
    pub options: String,
    pub method: String,
    pub anonymous: bool,
    pub results_hidden: bool,
    pub quorum: i64,
    pub status: String,
    pub outcome: Option<String>,
    pub outcome_label: Option<String>,
    pub outcome_text: String,
    pub review_on: Option<String>,
    /// How many of the people taking part have given a stance (never who or what, while
    /// results are hidden).
    pub responded: u32,
    pub eligible: u32,
    /// Whether the results may be shown to anyone yet.
    pub results_visible: bool,
    /// The count per stance; `None` while hidden.
    pub tally: Option<Vec<TallyRow>>,
    /// The stances, named in a named round and nameless in an anonymous one; `None` while
    /// hidden.
    pub stances: Option<Vec<ShownStance>>,
    /// The three tests, while the round is open or when it was closed; the lists of names are
    /// left empty in anonymous rounds (counts only).
    pub tests: TestsView,
    pub reminders: Vec<String>,
    pub involvement_management: Option<String>,
    pub involvement_labor: Option<String>,
    pub consensus_required: Option<bool>,
    pub decider: String,
    pub decider_name: String,
    pub fallback_text: String,
    pub fallback_action: String,
    pub shared: bool,
    #[serde(skip)]
    pub viewer: ViewerRights,
    /// For pages in the reader's language: the reminders and blockers as data, and each
    /// side's degree of involvement as its code (the fields above carry English words, from
    /// the English catalogue, for the API).
    #[serde(skip)]
    pub reminder_codes: Vec<&'static str>,
    #[serde(skip)]
    pub blocker_list: Vec<consensus::Blocker>,
    #[serde(skip)]
    pub involvement_codes: (Option<&'static str>, Option<&'static str>),
}

#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct TestsView {
    /// Test 1: people taking part who have not given a stance yet.
    pub not_heard_count: u32,
    pub not_heard: Vec<String>,
    /// Test 2: nobody blocks or asks for more talk (`None` while results are hidden).
    pub everyone_can_live_with_it: Option<bool>,
    /// Test 3: people who have not named what they will do to support it.
    pub without_behaviour_count: u32,
    pub without_behaviour: Vec<String>,
    /// Why it cannot close as consensus now (only reasons that reveal no hidden result).
    pub blockers: Vec<String>,
    pub can_close_as_consensus: bool,
}

/// What the viewer may do with the proposal.
#[derive(Debug, Clone, Default)]
pub struct ViewerRights {
    pub can_stance: bool,
    pub can_run: bool,
    pub my_stance: Option<(String, String, String)>,
    /// The side whose degree of involvement the viewer may record (co-leads and sponsors of
    /// management or labor).
    pub records_side: Option<Side>,
    pub can_record_fallback: bool,
}

/// The people taking part in a round: those marked present at its meeting, or, without a
/// meeting or before attendance is taken, everyone on the roster but the sponsors.
pub async fn participants(
    state: &AppState,
    work: &TeamWork,
    proposal: &Proposal,
) -> AppResult<Vec<(i64, String)>> {
    let present = match proposal.meeting_id {
        Some(meeting) => state.store.attendance(meeting).await?,
        None => Vec::new(),
    };
    Ok(participants_among(work, &present))
}

/// [`participants`] from a meeting's attendance already read (every round of one meeting
/// shares it).
pub fn participants_among(work: &TeamWork, present: &[i64]) -> Vec<(i64, String)> {
    let mut people: Vec<(i64, String)> = work
        .roster
        .iter()
        .filter(|e| {
            if present.is_empty() {
                !matches!(e.team_role(), Some(TeamRole::Sponsor(_)))
            } else {
                present.contains(&e.person_id)
            }
        })
        .map(|e| (e.person_id, e.name.clone()))
        .collect();
    people.sort();
    people.dedup_by_key(|p| p.0);
    people
}

/// The round in the domain's terms: each stored stance matched to the person it belongs to
/// (by id, or in an anonymous round by recomputing each participant's key — in memory only).
fn round_state(proposal: &Proposal, people: &[(i64, String)], rows: &[StanceRow]) -> RoundState {
    let mut stances = Vec::new();
    for (person, _) in people {
        let key = voter_key(&proposal.salt, *person);
        let Some(row) = rows
            .iter()
            .find(|r| r.person_id == Some(*person) || r.voter_key == key)
        else {
            continue;
        };
        let Some(stance) = Stance::parse(&row.stance) else {
            continue;
        };
        stances.push(StanceRecord {
            person: *person,
            stance,
            reason: row.reason.clone(),
            supporting_behaviour: (!row.behaviour.is_empty()).then(|| row.behaviour.clone()),
        });
    }
    RoundState {
        eligible: people.iter().map(|p| p.0).collect(),
        stances,
        spoken: Vec::new(),
        comments: Vec::new(),
    }
}

pub fn domain_proposal(proposal: &Proposal) -> consensus::Proposal {
    consensus::Proposal {
        text: proposal.title.clone(),
        anonymous: proposal.anonymous != 0,
        results_hidden: proposal.hidden != 0,
        quorum: proposal.quorum.clamp(1, i64::from(consensus::QUORUM_MAX)) as u32,
    }
}

pub fn issue_of(proposal: &Proposal) -> Issue {
    Issue {
        title: proposal.title.clone(),
        management: Involvement::parse(&proposal.involvement_management),
        labor: Involvement::parse(&proposal.involvement_labor),
        decider: Side::parse(&proposal.decider).unwrap_or(Side::Management),
    }
}

/// The round's evaluation as it stands (for the close check).
pub async fn evaluation(
    state: &AppState,
    work: &TeamWork,
    proposal: &Proposal,
) -> AppResult<Evaluation> {
    let people = participants(state, work, proposal).await?;
    let rows = state.store.stances(proposal.id).await?;
    Ok(evaluate(
        &domain_proposal(proposal),
        &round_state(proposal, &people, &rows),
    ))
}

/// A catalogue message in English, for the fields the API shows.
fn english(id: &str) -> String {
    i18n::message(Lang::En, id, &[])
}

fn names(ids: &[i64], people: &[(i64, String)]) -> Vec<String> {
    ids.iter()
        .filter_map(|id| people.iter().find(|p| p.0 == *id).map(|p| p.1.clone()))
        .collect()
}

/// The proposal as `user` may see it.
pub async fn view(
    state: &AppState,
    user: &User,
    work: &TeamWork,
    proposal: &Proposal,
) -> AppResult<ProposalView> {
    let people = participants(state, work, proposal).await?;
    view_among(state, user, work, proposal, people).await
}

/// [`view`] for participants already known.
pub async fn view_among(
    state: &AppState,
    user: &User,
    work: &TeamWork,
    proposal: &Proposal,
    people: Vec<(i64, String)>,
) -> AppResult<ProposalView> {
    let rows = state.store.stances(proposal.id).await?;
    Ok(view_of_round(user, work, proposal, people, &rows))
}

/// [`view_among`] for stances already read (a team's export reads all its rounds' at once).
pub fn view_of_round(
    user: &User,
    work: &TeamWork,
    proposal: &Proposal,
    people: Vec<(i64, String)>,
    rows: &[StanceRow],
) -> ProposalView {
    let round = round_state(proposal, &people, rows);
    let domain = domain_proposal(proposal);
    let evaluation = evaluate(&domain, &round);
    let anonymous = proposal.anonymous != 0;
    let closed = !proposal.is_open();
    let visible = tally_visible(closed, proposal.hidden != 0, work.can_run());
    let counted = round.counted_stances();

    let tally = visible.then(|| {
        evaluation
            .tally
            .rows()
            .into_iter()
            .map(|(stance, count)| TallyRow {
                stance: stance.code().into(),
                label: english(stance.label_id()),
                count,
            })
            .collect()
    });
    let stances = visible.then(|| {
        if anonymous {
            redact(&counted)
                .into_iter()
                .map(|s| ShownStance {
                    name: None,
                    stance: s.stance.code().into(),
                    stance_label: english(s.stance.label_id()),
                    reason: s.reason,
                    behaviour: s.supporting_behaviour.unwrap_or_default(),
                })
                .collect()
        } else {
            counted
                .iter()
                .map(|s| ShownStance {
                    name: names(&[s.person], &people).into_iter().next(),
                    stance: s.stance.code().into(),
                    stance_label: english(s.stance.label_id()),
                    reason: s.reason.clone(),
                    behaviour: s.supporting_behaviour.clone().unwrap_or_default(),
                })
                .collect()
        }
    });
    let blocker_list: Vec<consensus::Blocker> = evaluation
        .blockers
        .iter()
        .filter(|b| {
            visible
                || matches!(
                    b,
                    consensus::Blocker::QuorumNotMet { .. }
                        | consensus::Blocker::NotEveryoneHeard { .. }
                )
        })
        .cloned()
        .collect();
    // The API speaks English; the pages word the blockers from `blocker_list`.
    let blockers = blocker_list
        .iter()
        .map(|b| i18n::english(&b.message()))
        .collect();
    let tests = TestsView {
        not_heard_count: evaluation.tests.not_heard.len() as u32,
        not_heard: if anonymous {
            Vec::new()
        } else {
            names(&evaluation.tests.not_heard, &people)
        },
        everyone_can_live_with_it: visible.then_some(evaluation.tests.everyone_can_live_with_it),
        without_behaviour_count: if visible {
            evaluation.tests.without_behaviour.len() as u32
        } else {
            0
        },
        without_behaviour: if anonymous || !visible {
            Vec::new()
        } else {
            names(&evaluation.tests.without_behaviour, &people)
        },
        blockers,
        can_close_as_consensus: visible && evaluation.can_close_as_consensus(),
    };
    let reminder_list = if visible && !closed {
        let open_for = lmp_store::now() - proposal.created_at;
        reminders(&round, open_for)
    } else {
        Vec::new()
    };
    let shown_reminders = reminder_list
        .iter()
        .map(|r| i18n::english(&r.message()))
        .collect();

    let my_key = voter_key(&proposal.salt, user.person.id);
    let my_stance = rows
        .iter()
        .find(|r| r.person_id == Some(user.person.id) || r.voter_key == my_key)
        .map(|r| (r.stance.clone(), r.reason.clone(), r.behaviour.clone()));
    let eligible = people.iter().any(|p| p.0 == user.person.id);
    let issue = issue_of(proposal);
    let roles: Vec<TeamRole> = work
        .roster
        .iter()
        .filter(|e| e.person_id == user.person.id)
        .filter_map(|e| e.team_role())
        .collect();
    let leads_side = roles
        .iter()
        .find_map(|r| match r {
            TeamRole::CoLead(side) | TeamRole::Sponsor(side) if *side != Side::Physician => {
                Some(*side)
            }
            _ => None,
        })
        .filter(|side| Side::parse(&user.person.side) == Some(*side));
    let outcome = proposal
        .outcome
        .as_deref()
        .and_then(consensus::Outcome::parse);
    let viewer = ViewerRights {
        can_stance: proposal.is_open() && proposal.method == "round" && work.member && eligible,
        can_run: work.can_run(),
        my_stance,
        records_side: leads_side,
        can_record_fallback: leads_side == Some(issue.decider)
            && proposal.status == "closed"
            && proposal.outcome.as_deref() == Some("no_consensus"),
    };
    let decider_name = Msg::new(continuum::side_name_id(issue.decider));
    let outcome_label = match proposal.outcome.as_deref() {
        Some("fallback") => Some(Msg::new("outcome-fallback").msg("name", decider_name.clone())),
        Some("noted") => Some(Msg::new("outcome-noted")),
        _ => outcome.map(|o| Msg::new(o.label_id())),
    }
    .map(|m| i18n::english(&m));
    ProposalView {
        id: proposal.id,
        team_id: proposal.team_id,
        team_name: proposal.team_name.clone(),
        meeting_id: proposal.meeting_id,
        title: proposal.title.clone(),
        background: proposal.background.clone(),
        options: proposal.options.clone(),
        method: proposal.method.clone(),
        anonymous,
        results_hidden: proposal.hidden != 0,
        quorum: proposal.quorum,
        status: proposal.status.clone(),
        outcome: proposal.outcome.clone(),
        outcome_label,
        outcome_text: proposal.outcome_text.clone(),
        review_on: proposal.review_on.clone(),
        responded: counted.len() as u32,
        eligible: people.len() as u32,
        results_visible: visible,
        tally,
        stances,
        tests,
        reminders: shown_reminders,
        involvement_management: issue.management.map(|i| english(i.label_id())),
        involvement_labor: issue.labor.map(|i| english(i.label_id())),
        consensus_required: issue.consensus_required(),
        decider: proposal.decider.clone(),
        decider_name: i18n::english(&decider_name),
        fallback_text: proposal.fallback_text.clone(),
        fallback_action: proposal.fallback_action.clone(),
        shared: proposal.shared != 0,
        viewer,
        reminder_codes: reminder_list.iter().map(|r| r.code()).collect(),
        blocker_list,
        involvement_codes: (
            issue.management.map(|i| i.code()),
            issue.labor.map(|i| i.code()),
        ),
    }
}

/// A proposal the user may read: its team's readers, or anyone signed in once the team
/// shared the closed decision with the organisation.
pub async fn proposal_work(
    state: &AppState,
    user: &User,
    id: i64,
) -> AppResult<(Proposal, TeamWork)> {
    let proposal = state.store.proposal(id).await?;
    let (team, roster) = state.store.team_with_roster(proposal.team_id).await?;
    let work = match authz::check_read(user, team, &roster) {
        Ok(view) => {
            let member = roster.iter().any(|e| e.person_id == user.person.id);
            TeamWork {
                view,
                roster,
                member,
            }
        }
        Err(refusal) => {
            if proposal.shared == 0 || proposal.is_open() {
                return Err(refusal);
            }
            // Shared with the organisation: readable, nothing more.
            let (team, _) = state.store.team_with_roster(proposal.team_id).await?;
            let access = lmp_domain::TeamAccess {
                region_id: team.region_id,
                facility_id: team.facility_id,
                actor_roles: Vec::new(),
            };
            TeamWork {
                view: authz::TeamView {
                    team,
                    access,
                    can_edit: false,
                },
                roster,
                member: false,
            }
        }
    };
    Ok((proposal, work))
}

/// Gives (or changes) the user's stance; the proposal back, or what to correct. Refuses
/// people who do not take part and rounds that have closed.
pub async fn give_stance(
    state: &AppState,
    user: &User,
    id: i64,
    stance: &str,
    reason: &str,
    behaviour: &str,
) -> AppResult<Result<Proposal, lmp_domain::FieldErrors>> {
    let (proposal, work) = proposal_work(state, user, id).await?;
    work.require_member()?;
    if !proposal.is_open() {
        return Err(AppError::Conflict(Msg::new("decision-refuse-round-closed")));
    }
    let people = participants(state, &work, &proposal).await?;
    if !people.iter().any(|p| p.0 == user.person.id) {
        return Err(AppError::Forbidden(Msg::new("decision-refuse-not-present")));
    }
    let Some(chosen) = Stance::parse(stance) else {
        let mut errors = lmp_domain::FieldErrors::new();
        errors.add("stance", "proposal-stance-missing");
        return Ok(Err(errors));
    };
    let record = match StanceRecord::new(user.person.id, chosen, reason, behaviour) {
        Ok(record) => record,
        Err(errors) => return Ok(Err(errors)),
    };
    // Stance values are recorded only in named rounds whose results show: never who stood
    // where in an anonymous round, nor a hidden result before the round closes.
    let open_record = proposal.anonymous == 0 && proposal.hidden == 0;
    let stance_json =
        |stance: &str, reason: &str| serde_json::json!({ "stance": stance, "reason": reason });
    let before = if open_record {
        let stances = state.store.stances(id).await?;
        stances
            .iter()
            .find(|s| s.person_id == Some(user.person.id))
            .map(|s| stance_json(&s.stance, &s.reason))
    } else {
        None
    };
    state
        .store
        .set_stance(
            &proposal,
            user.person.id,
            record.stance.code(),
            &record.reason,
            record.supporting_behaviour.as_deref().unwrap_or(""),
        )
        .await?;
    // An anonymous stance is logged without its author.
    let actor = (proposal.anonymous == 0).then_some(user.person.id);
    state
        .store
        .audit_change(
            actor,
            "proposal.stance",
            "proposal",
            Some(id),
            "",
            before.as_ref(),
            open_record
                .then(|| stance_json(record.stance.code(), &record.reason))
                .as_ref(),
        )
        .await?;
    if let Some(meeting) = proposal.meeting_id {
        state
            .live
            .publish(&state.store, meeting, &format!("proposal-{id}"))
            .await;
    }
    Ok(Ok(proposal))
}
