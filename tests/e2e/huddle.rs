//! The huddle board over HTTP: items in board order, escalation with a date, answers only from
//! those asked, and unanswered (and overdue) questions shown to sponsors and leaders.

use lmp_tests::{on_both_databases, TestApp};

on_both_databases!(a_huddle_question_goes_up_and_is_answered_by_the_sponsor);

async fn a_huddle_question_goes_up_and_is_answered_by_the_sponsor(app: TestApp) {
    let team = app.showcase_team().await;
    let member = app.sign_in("member@example.org").await;
    let colead = app.sign_in("colead@example.org").await;
    let sponsor = app.sign_in("sponsor@example.org").await;
    let leader = app.sign_in("leader@example.org").await;

    // Items go in safety first, whatever order they were added in.
    member.page(&format!("/teams/{team}/huddle")).await;
    for (category, text) in [
        ("win", "Thanks to Sam for covering the late shift"),
        ("issue", "The label printer jams every morning"),
        ("safety", "Wet floor by the east entrance at 7 am"),
    ] {
        let response = member
            .post_form(
                &format!("/teams/{team}/huddle"),
                &[("category", category), ("text", text)],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303, "{category}");
    }
    let empty = member
        .post_form(
            &format!("/teams/{team}/huddle"),
            &[("category", "idea"), ("text", " ")],
        )
        .await;
    assert_eq!(empty.status().as_u16(), 422);
    let (_, board) = member.page(&format!("/teams/{team}/huddle")).await;
    let safety = board.find("Wet floor").unwrap();
    let issue = board.find("label printer").unwrap();
    let win = board.find("covering the late shift").unwrap();
    assert!(
        safety < issue && issue < win,
        "safety, then issues, then wins"
    );

    let printer = app
        .store
        .huddle_board(team, 14)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.text.contains("printer"))
        .unwrap()
        .id;
    // Only co-leads escalate; the date may not be past.
    let refused = member
        .post_form(
            &format!("/huddle/{printer}/escalate"),
            &[
                ("target", "sponsor"),
                ("question", "Can we get a new printer?"),
                ("answer_by", "2099-01-01"),
            ],
        )
        .await;
    assert_eq!(refused.status().as_u16(), 403);
    colead.page(&format!("/teams/{team}/huddle")).await;
    let past = colead
        .post_form(
            &format!("/huddle/{printer}/escalate"),
            &[
                ("target", "sponsor"),
                ("question", "Can we get a new printer?"),
                ("answer_by", "2020-01-01"),
            ],
        )
        .await;
    assert_eq!(past.status().as_u16(), 422);
    assert!(past.text().await.unwrap().contains("today or a later date"));
    let sent = colead
        .post_form(
            &format!("/huddle/{printer}/escalate"),
            &[
                ("target", "sponsor"),
                ("question", "Can we get a new printer?"),
                ("answer_by", "2099-01-01"),
            ],
        )
        .await;
    assert_eq!(sent.status().as_u16(), 303);

    // The sponsor sees it waiting on My work; the leader of the region sees it too.
    let (_, home) = sponsor.page("/").await;
    assert!(home.contains("Can we get a new printer?"), "{home}");
    assert!(home.contains("Waiting for an answer"));
    let (status, list) = leader.page("/escalations").await;
    assert_eq!(status, 200);
    assert!(list.contains("Can we get a new printer?"));
    let (status, _) = member.page("/escalations").await;
    assert_eq!(status, 403, "the roll-up of escalations is for leaders");

    // Neither the member nor the co-lead may answer; the sponsor does.
    let answer = [("answer", "Yes: facilities will replace it this week.")];
    assert_eq!(
        member
            .post_form(&format!("/huddle/{printer}/answer"), &answer)
            .await
            .status()
            .as_u16(),
        403
    );
    assert_eq!(
        colead
            .post_form(&format!("/huddle/{printer}/answer"), &answer)
            .await
            .status()
            .as_u16(),
        403
    );
    sponsor.page(&format!("/teams/{team}/huddle")).await;
    let answered = sponsor
        .post_form(&format!("/huddle/{printer}/answer"), &answer)
        .await;
    assert_eq!(answered.status().as_u16(), 303);
    let (_, board) = member.page(&format!("/teams/{team}/huddle")).await;
    assert!(board.contains("facilities will replace it this week"));
    let (_, home) = sponsor.page("/").await;
    assert!(
        !home.contains("Can we get a new printer?"),
        "answered questions leave the list"
    );

    // A question nobody answered by its date shows as overdue to the sponsor and the leader.
    let floor = app
        .store
        .huddle_board(team, 14)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.text.contains("Wet floor"))
        .unwrap()
        .id;
    // Time has passed: the store takes the date the team asked for back then.
    app.store
        .escalate_huddle_item(
            floor,
            "sponsor",
            "Who fixes the leaking door seal?",
            "2026-01-15",
        )
        .await
        .unwrap();
    let (_, home) = sponsor.page("/").await;
    assert!(home.contains("Who fixes the leaking door seal?"));
    assert!(home.contains("Answer overdue"));
    let (_, list) = leader.page("/escalations").await;
    assert!(list.contains("of which 1 past the date"), "{list}");
}
