//! "Your next steps" over HTTP: a co-lead sees what the showcase team is missing for its next
//! Path to Performance level (worked out here from the stored criteria and answers) with
//! guides, tools and courses about it; pages several people found helpful move up; a member is
//! told who the page is for; a draft never shows; and the page passes axe-core in a browser.

use std::collections::{BTreeSet, HashMap};

use lmp_store::p2p::CriterionRow;
use lmp_store::Backend;
use lmp_tests::browser::Browser;
use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(
    a_co_lead_sees_the_teams_missing_criteria_with_pages_about_them,
    pages_several_people_found_helpful_move_up,
    a_member_is_told_who_the_page_is_for,
    a_draft_never_appears_until_it_is_published,
);

/// The page's text with the template's escapes undone, to compare with stored text.
fn unescape(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The level the team holds and the criteria it is missing for the next one, worked out here
/// from the stored criteria and the latest approved answers: a level is held when every
/// written criterion at it and below is met; missing are the unmet written ones up to the next.
async fn missing_for_next(app: &TestApp, team: i64) -> (i64, Vec<CriterionRow>) {
    let year = app.store.current_p2p_year().await.unwrap();
    let criteria = app.store.p2p_criteria(year.id).await.unwrap();
    let answers: HashMap<i64, bool> = app
        .store
        .latest_approved_with_answers(team)
        .await
        .unwrap()
        .map(|(_, answers)| answers)
        .unwrap_or_default()
        .into_iter()
        .map(|a| (a.criterion_id, a.met == 1))
        .collect();
    let met = |c: &CriterionRow| {
        answers
            .get(&c.id)
            .or_else(|| c.copied_from.and_then(|from| answers.get(&from)))
            .copied()
            .unwrap_or(false)
    };
    let mut level = 0;
    for l in 1..=5 {
        let written: Vec<&CriterionRow> = criteria
            .iter()
            .filter(|c| c.level == l && c.placeholder == 0)
            .collect();
        if written.is_empty() || !written.iter().all(|c| met(c)) {
            break;
        }
        level = l;
    }
    let missing = criteria
        .iter()
        .filter(|c| c.placeholder == 0 && c.level <= level + 1 && !met(c))
        .cloned()
        .collect();
    (level, missing)
}

/// Each criterion listed for `team` with the pages offered for it, in page order.
fn blocks(html: &str, team: i64) -> Vec<(i64, Vec<String>)> {
    let marker = format!("id=\"team-{team}-criterion-");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&marker) {
        rest = &rest[at + marker.len()..];
        let id: i64 = rest[..rest.find('"').unwrap()].parse().unwrap();
        let end = [rest.find("id=\"team-"), rest.find("</section>")]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(rest.len());
        found.push((id, content_links(&rest[..end])));
    }
    found
}

/// The slugs of `/content/…` links in a piece of HTML, in order.
fn content_links(html: &str) -> Vec<String> {
    html.split("href=\"/content/")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|s| !s.contains('?'))
        .map(str::to_string)
        .collect()
}

/// Topics a reader would expect a page about each dimension to carry (written here by hand).
fn plausible_topics(dimension: &str) -> &'static [&'static str] {
    match dimension {
        "sponsorship" => &["sponsorship", "leadership", "results"],
        "leadership" => &[
            "leadership",
            "sponsorship",
            "safety",
            "meetings",
            "decisions",
        ],
        "training" => &["training", "leadership", "improvement", "pdsa"],
        "team_process" => &[
            "meetings",
            "decisions",
            "leadership",
            "practices",
            "measures",
            "improvement",
        ],
        "engagement" => &["consensus", "decisions", "principles", "partnership"],
        "tools" => &["improvement", "tools", "pdsa", "measures", "training"],
        "goals" => &["value-compass", "measures", "improvement"],
        other => panic!("unknown dimension {other}"),
    }
}

async fn a_co_lead_sees_the_teams_missing_criteria_with_pages_about_them(app: TestApp) {
    let team = app.showcase_team().await;
    let (level, missing) = missing_for_next(&app, team).await;
    assert!(
        level < 5 && !missing.is_empty(),
        "the demo's showcase team has something to work on"
    );
    let colead = app.sign_in("colead@example.org").await;
    let (status, html) = colead.page("/next-steps").await;
    assert_eq!(status, 200);
    let text = unescape(&html);
    assert!(text.contains(&format!("Level {level} ·")), "{text}");
    assert!(text.contains(&format!("Still to do for level {}", level + 1)));

    // Exactly the missing criteria, each with pages about it.
    let listed = blocks(&html, team);
    let listed_ids: BTreeSet<i64> = listed.iter().map(|(id, _)| *id).collect();
    let missing_ids: BTreeSet<i64> = missing.iter().map(|c| c.id).collect();
    assert_eq!(
        listed_ids, missing_ids,
        "the criteria listed are the missing ones"
    );
    for criterion in &missing {
        assert!(
            text.contains(&criterion.text),
            "{} is shown",
            criterion.text
        );
        let (_, slugs) = listed.iter().find(|(id, _)| *id == criterion.id).unwrap();
        assert!(
            (1..=3).contains(&slugs.len()),
            "one to three pages for “{}”, got {slugs:?}",
            criterion.text
        );
        for slug in slugs {
            let page = app.store.content_page(slug).await.unwrap();
            assert!(page.is_published(), "{slug} is published");
            assert!(
                ["guide", "tool", "course"].contains(&page.kind.as_str()),
                "{slug} is a {}",
                page.kind
            );
            let expected = plausible_topics(&criterion.dimension);
            assert!(
                page.topic_list()
                    .iter()
                    .any(|t| expected.contains(&t.as_str())),
                "{slug} ({:?}) is about “{}”",
                page.topic_list(),
                criterion.text
            );
            if let Some(course_level) = page.extra_map().get("level") {
                assert!(
                    course_level.parse::<i64>().unwrap() <= criterion.level,
                    "{slug} is a course for a later level than “{}”",
                    criterion.text
                );
            }
        }
    }

    // My work shows the top three and links here; each is one of the pages above.
    let (_, home) = colead.page("/").await;
    let panel = home
        .split("id=\"next-steps\"")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("a “Your next steps” panel on My work");
    assert!(panel.contains("Your next steps"));
    assert!(panel.contains("href=\"/next-steps\""));
    let top = content_links(panel);
    assert_eq!(top.len(), 3, "{panel}");
    let offered: BTreeSet<&String> = listed.iter().flat_map(|(_, s)| s).collect();
    assert!(top.iter().all(|s| offered.contains(s)), "{top:?}");

    // A sponsor sees exactly the teams they co-lead or sponsor, the showcase among them.
    let sponsor_id = app.person_id("sponsor@example.org").await;
    let own: BTreeSet<i64> = app
        .store
        .memberships(sponsor_id)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| {
            m.roles.iter().any(|r| {
                matches!(
                    r,
                    lmp_domain::TeamRole::CoLead(_) | lmp_domain::TeamRole::Sponsor(_)
                )
            })
        })
        .map(|m| m.team_id)
        .collect();
    let sponsor = app.sign_in("sponsor@example.org").await;
    let (status, html) = sponsor.page("/next-steps").await;
    assert_eq!(status, 200);
    let shown: BTreeSet<i64> = html
        .split("<h2 id=\"team-")
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .collect();
    assert!(own.contains(&team));
    assert_eq!(shown, own, "the sponsor's own teams and no others");
    assert!(html.contains("You are a sponsor of this team"));
    let sponsor_listed: BTreeSet<i64> = blocks(&html, team).iter().map(|(id, _)| *id).collect();
    assert_eq!(sponsor_listed, missing_ids);
}

async fn helpful(session: &HttpSession, slug: &str, answer: &str) {
    session.page(&format!("/content/{slug}")).await;
    let response = session
        .post_form(
            &format!("/content/{slug}/helpful"),
            &[("helpful", answer), ("comment", "")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
}

async fn pages_several_people_found_helpful_move_up(app: TestApp) {
    let team = app.showcase_team().await;
    let colead = app.sign_in("colead@example.org").await;
    let (_, before) = colead.page("/next-steps").await;
    // A criterion whose first and last pages are both English and written for co-leads, so
    // only the helpful count can change their order.
    let for_co_leads = |slug: &str| {
        let store = app.store.clone();
        let slug = slug.to_string();
        async move {
            let page = store.content_page(&slug).await.unwrap();
            page.language == "en" && page.audience_list().iter().any(|a| a == "co-lead")
        }
    };
    let mut chosen = None;
    for (criterion, slugs) in blocks(&before, team) {
        if slugs.len() >= 2
            && for_co_leads(&slugs[0]).await
            && for_co_leads(slugs.last().unwrap()).await
        {
            chosen = Some((criterion, slugs));
            break;
        }
    }
    let (criterion, slugs) = chosen.expect("a criterion with two pages for co-leads");
    let target = slugs.last().unwrap().clone();
    assert_ne!(slugs[0], target);

    // Three people find the last page helpful; one finds the first one not helpful.
    for email in [
        "sponsor@example.org",
        "member@example.org",
        "leader@example.org",
    ] {
        helpful(&app.sign_in(email).await, &target, "yes").await;
    }
    helpful(&app.sign_in("admin@example.org").await, &slugs[0], "no").await;

    let (_, after) = colead.page("/next-steps").await;
    let (_, now) = blocks(&after, team)
        .into_iter()
        .find(|(id, _)| *id == criterion)
        .expect("the criterion is still listed");
    assert_eq!(
        now[0], target,
        "the page found helpful comes first: {now:?}"
    );
    let block = after
        .split(&format!("id=\"team-{team}-criterion-{criterion}\""))
        .nth(1)
        .unwrap();
    let first_item = block.split("</li>").next().unwrap();
    assert!(first_item.contains("3 found this helpful"), "{first_item}");
}

async fn a_member_is_told_who_the_page_is_for(app: TestApp) {
    let team = app.showcase_team().await;
    let member = app.sign_in("member@example.org").await;
    let (status, html) = member.page("/next-steps").await;
    assert_eq!(status, 200);
    assert!(html.contains("This page is for team co-leads and sponsors"));
    assert!(html.contains("href=\"/content?kind=guide\""));
    assert!(!html.contains("id=\"team-"), "no team's gaps are shown");
    let (level, missing) = missing_for_next(&app, team).await;
    assert!(level < 5);
    assert!(
        missing.iter().all(|c| !unescape(&html).contains(&c.text)),
        "not even the member's own team's criteria"
    );
    let (_, home) = member.page("/").await;
    assert!(!home.contains("id=\"next-steps\""), "no panel on My work");

    let (status, _) = app.anonymous().page("/next-steps").await;
    assert!(
        (300..400).contains(&status) || status == 401,
        "signing in comes first (got {status})"
    );
}

async fn a_draft_never_appears_until_it_is_published(app: TestApp) {
    let editor = app.sign_in("admin@example.org").await;
    let topics = "sponsorship, leadership, training, meetings, consensus, improvement, tools, measures, value-compass";
    let mut fields = vec![
        ("title", "Steps for every gap"),
        ("kind", "guide"),
        (
            "summary",
            "A guide that speaks to every Path to Performance dimension.",
        ),
        ("details", ""),
        ("topics", topics),
        ("compass", "quality"),
        ("audience", "co-lead"),
        ("language", "en"),
        ("body", "## Where to start\n\nPick the nearest gap."),
        ("action", "draft"),
    ];
    editor.page("/content/new").await;
    let response = editor.post_form("/content/new", &fields).await;
    assert_eq!(response.status().as_u16(), 303);
    let slug = "steps-for-every-gap";
    assert_eq!(app.store.content_page(slug).await.unwrap().status, "draft");

    let colead = app.sign_in("colead@example.org").await;
    let (_, html) = colead.page("/next-steps").await;
    assert!(
        !html.contains(&format!("/content/{slug}\"")),
        "a draft is not offered"
    );
    let (_, home) = colead.page("/").await;
    assert!(!home.contains(&format!("/content/{slug}\"")));

    // Published, and found helpful by one person, the same page is offered first for every
    // gap: it is for co-leads and about every dimension.
    editor.page(&format!("/content/{slug}/edit")).await;
    fields[9] = ("action", "publish");
    let response = editor
        .post_form(&format!("/content/{slug}/edit"), &fields)
        .await;
    assert_eq!(response.status().as_u16(), 303);
    helpful(&app.sign_in("member@example.org").await, slug, "yes").await;
    let (_, html) = colead.page("/next-steps").await;
    let team = app.showcase_team().await;
    let listed = blocks(&html, team);
    assert!(!listed.is_empty());
    assert!(
        listed.iter().all(|(_, slugs)| slugs[0] == slug),
        "the new page leads every list: {listed:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_next_steps_page_passes_axe_for_a_co_lead_and_a_member() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.expect("server");
    browser.sign_in(&app.base, "colead@example.org").await;
    browser.click("a[href='/next-steps']").await;
    browser.wait_text("h1", "Your next steps").await;
    assert!(browser.body_text().await.contains("Still to do for level"));
    browser.check_accessibility("next steps, co-lead").await;
    browser.goto(&app.url("/")).await;
    browser.wait_text("h1", "My work").await;
    browser.check_accessibility("My work with next steps").await;
    browser.sign_out().await;
    browser.sign_in(&app.base, "member@example.org").await;
    browser.goto(&app.url("/next-steps")).await;
    browser.wait_text("h1", "Your next steps").await;
    browser.check_accessibility("next steps, member").await;
    browser.finish().await;
}
