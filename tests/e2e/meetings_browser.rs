//! Three people in three browsers at once — the management co-lead, the labor co-lead and a
//! member of the showcase team — run one meeting: they see each other's agenda items,
//! attendance, stances and the recorded outcome appear without reloading (server-sent events
//! and `live.js`), take a proposal through the three tests to a recorded consensus, end the
//! meeting and find the decision and the task it created. axe-core checks the meeting page
//! (as a co-lead and as a member), the proposal page, the end-of-meeting page and /tasks.
//!
//! On SQLite the live notices go straight to the node's subscribers; on PostgreSQL they go
//! through LISTEN/NOTIFY.

use std::time::{Duration, Instant};

use lmp_store::Backend;
use lmp_tests::browser::Browser;
use lmp_tests::{TestApp, PASSWORD};

/// How long a live update or a page load may take before the test fails. Generous, because
/// three Chromiums share a small machine; the waits end as soon as the condition holds.
const WAIT: Duration = Duration::from_secs(15);

/// The two variants each start three browsers; they take turns so that six Chromiums never
/// share the machine.
static TURN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_people_run_a_meeting_to_consensus_and_see_each_other_live_sqlite() {
    let _turn = TURN.lock().await;
    let app = TestApp::spawn(Backend::Sqlite).await.expect("sqlite");
    three_people_run_a_meeting(app).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_people_run_a_meeting_to_consensus_and_see_each_other_live_postgres() {
    let _turn = TURN.lock().await;
    let Some(app) = TestApp::spawn(Backend::Postgres).await else {
        return;
    };
    three_people_run_a_meeting(app).await;
}

/// One person at their own browser.
struct Person {
    browser: Browser,
    /// Who this is, for failure messages.
    who: &'static str,
    name: String,
}

impl Person {
    /// Runs `script` (which must `return` a value) in the page.
    async fn js(&self, script: &str) -> serde_json::Value {
        self.browser
            .client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("{}: script failed: {e}", self.who))
    }

    /// Waits until `script` returns true in the page (reloads in between are fine).
    async fn wait_until(&self, what: &str, script: &str) {
        let start = Instant::now();
        loop {
            if let Ok(value) = self.browser.client.execute(script, vec![]).await {
                if value == serde_json::Value::Bool(true) {
                    return;
                }
            }
            if start.elapsed() > WAIT {
                let body = self.js("return document.body.innerText").await;
                panic!(
                    "{}: waited {WAIT:?} for {what}; the page says:\n{}",
                    self.who,
                    body.as_str().unwrap_or_default()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the first element matching `css` contains `needle`; returns its text.
    async fn see(&self, css: &str, needle: &str) -> String {
        let script = format!(
            "const e = document.querySelector({css}); return e !== null && e.innerText.includes({needle});",
            css = serde_json::to_string(css).unwrap(),
            needle = serde_json::to_string(needle).unwrap()
        );
        self.wait_until(&format!("{css} to contain {needle:?}"), &script)
            .await;
        // Read in one script: a live refresh may replace the element between two calls.
        let read = format!(
            "const e = document.querySelector({}); return e === null ? '' : e.innerText;",
            serde_json::to_string(css).unwrap()
        );
        self.js(&read)
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// Waits until the proposal's table of stances counts `count` for `stance`.
    async fn see_tally(&self, proposal: i64, stance: &str, count: u32) {
        let script = format!(
            "return Array.from(document.querySelectorAll('#live-proposal-{proposal} table.tally tbody tr')) \
               .some(r => r.cells[0].innerText.trim() === {stance} && r.cells[1].innerText.trim() === '{count}');",
            stance = serde_json::to_string(stance).unwrap()
        );
        self.wait_until(
            &format!("the tally to count {count} for {stance:?}"),
            &script,
        )
        .await;
    }

    /// Waits until an element matches `css`.
    async fn see_element(&self, css: &str) {
        let script = format!(
            "return document.querySelector({}) !== null;",
            serde_json::to_string(css).unwrap()
        );
        self.wait_until(&format!("an element {css}"), &script).await;
    }

    /// Waits until the meeting page's event stream is connected.
    async fn live(&self) {
        self.wait_until(
            "the meeting page to connect its live updates",
            "const m = document.querySelector('[data-meeting]'); \
             return m !== null && m.getAttribute('data-live-ready') === '1' \
               && document.readyState === 'complete';",
        )
        .await;
    }

    /// Marks the current page, so that a later `stayed` proves no navigation or reload
    /// happened in between.
    async fn mark(&self) {
        self.js("window.__stay = 1; return true;").await;
    }

    /// Asserts the page marked by `mark` is still the one shown, and that `region` was
    /// refreshed in place by the live script.
    async fn stayed(&self, region: &str) {
        let script = format!(
            "const r = document.querySelector({}); \
             return [window.__stay === 1, r !== null && r.hasAttribute('data-updated')];",
            serde_json::to_string(region).unwrap()
        );
        let value = self.js(&script).await;
        assert_eq!(
            value,
            serde_json::json!([true, true]),
            "{}: the page should have updated {region} in place, without reloading \
             ([no reload, region refreshed])",
            self.who
        );
    }

    async fn click(&self, css: &str) {
        self.browser.click(css).await;
    }

    /// Clears a field and types `text` into it.
    async fn fill(&self, css: &str, text: &str) {
        let field = self
            .browser
            .client
            .find(fantoccini::Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("{}: field {css}", self.who));
        field.clear().await.expect("clear");
        if !text.is_empty() {
            field.send_keys(text).await.expect("type");
        }
    }

    /// Signs in through the sign-in form.
    async fn sign_in(&self, app: &TestApp, email: &str) {
        self.browser.goto(&app.url("/signin")).await;
        self.fill("#email", email).await;
        self.fill("#password", PASSWORD).await;
        self.click("form.stack button[type=submit]").await;
        self.see("h1", "My work").await;
    }

    /// Types `date` (YYYY-MM-DD) into a date field as a person does: the day, month and year
    /// in the order the browser's language shows them.
    async fn type_date(&self, css: &str, date: &str) {
        let order = self
            .js(
                "return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2027, 2, 1)) \
                   .map(p => p.type).filter(t => t === 'year' || t === 'month' || t === 'day');",
            )
            .await;
        let (year, rest) = date.split_once('-').expect("YYYY-MM-DD");
        let (month, day) = rest.split_once('-').expect("YYYY-MM-DD");
        let keys: String = order
            .as_array()
            .expect("date parts")
            .iter()
            .map(|part| match part.as_str() {
                Some("year") => year,
                Some("month") => month,
                _ => day,
            })
            .collect();
        let field = self
            .browser
            .client
            .find(fantoccini::Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("{}: date field {css}", self.who));
        field.send_keys(&keys).await.expect("type a date");
        assert_eq!(
            self.browser.value(css).await,
            date,
            "{}: typing {keys} (in the order {order}) into {css}",
            self.who
        );
    }

    /// Opens `url` and follows the link `link` on it.
    async fn follow(&self, url: &str, link: &str) {
        self.browser.goto(url).await;
        self.click(link).await;
    }

    async fn disabled(&self, css: &str) -> bool {
        let script = format!(
            "return document.querySelector({}).disabled;",
            serde_json::to_string(css).unwrap()
        );
        self.js(&script).await == serde_json::Value::Bool(true)
    }

    async fn current_path(&self) -> String {
        let url = self.browser.client.current_url().await.expect("url");
        url.path().to_string()
    }
}

async fn three_people_run_a_meeting(app: TestApp) {
    let started = Instant::now();
    let (management, labor, member) =
        tokio::join!(Browser::start(), Browser::start(), Browser::start());
    let (Some(management), Some(labor), Some(member)) = (management, labor, member) else {
        return;
    };
    let team = app.showcase_team().await;
    let team_name = app.store.team(team).await.unwrap().name;

    // The management co-lead has no sign-in in the demo: give them the test password.
    let management_id = app.holder(team, "co_lead_management").await;
    let hash = lmp_web::auth::password::hash(PASSWORD).expect("hash");
    app.store
        .set_password_hash(management_id, &hash)
        .await
        .expect("set a password");
    let management_email = app.store.person(management_id).await.unwrap().email;
    let labor_id = app.person_id("colead@example.org").await;
    let member_id = app.person_id("member@example.org").await;
    let person = |browser, who, id: i64| {
        let store = app.store.clone();
        async move {
            Person {
                browser,
                who,
                name: store.person(id).await.expect("person").name,
            }
        }
    };
    let management = person(management, "management co-lead", management_id).await;
    let labor = person(labor, "labor co-lead", labor_id).await;
    let member = person(member, "member", member_id).await;
    let everyone = [&management, &labor, &member];

    tokio::join!(
        management.sign_in(&app, &management_email),
        labor.sign_in(&app, "colead@example.org"),
        member.sign_in(&app, "member@example.org"),
    );

    // The labor co-lead sets the charter's quorum to three.
    labor
        .browser
        .goto(&app.url(&format!("/teams/{team}")))
        .await;
    labor.see("h1", &team_name).await;
    labor
        .click(&format!("a[href='/teams/{team}/charter']"))
        .await;
    labor.see("h1", "Edit the charter").await;
    labor.fill("#quorum", "3").await;
    labor.click("main form.stack button[type=submit]").await;
    labor.see(".notice.success", "Charter saved").await;
    labor.see("dl.charter", "3 people").await;

    // … and plans a meeting from the team's Meetings page.
    labor
        .click(&format!("a[href='/teams/{team}/meetings']"))
        .await;
    labor.see("h1", "Meetings of").await;
    labor.fill("#title", "December team meeting").await;
    labor.fill("#location", "Room 4B").await;
    labor
        .click(&format!(
            "form[action='/teams/{team}/meetings'] button[type=submit]"
        ))
        .await;
    labor.see("h1", "December team meeting").await;
    let meeting: i64 = labor
        .current_path()
        .await
        .trim_start_matches("/meetings/")
        .parse()
        .expect("the meeting's address");
    assert!(labor.browser.body_text().await.contains("Safety first"));

    // The other two find it on the team's Meetings page.
    let meetings = app.url(&format!("/teams/{team}/meetings"));
    let link = format!("a[href='/meetings/{meeting}']");
    tokio::join!(
        management.follow(&meetings, &link),
        member.follow(&meetings, &link)
    );
    for p in everyone {
        p.see("h1", "December team meeting").await;
        p.live().await;
        p.see("#live-state", "Live").await;
    }
    member
        .check_accessibility_of("meeting page as a member, planned")
        .await;

    // The management co-lead adds an agenda item; the other two see it appear in place.
    for p in [&labor, &member] {
        p.mark().await;
    }
    management.click("#agenda ~ details > summary").await;
    management.fill("#item-title", "Break-room fridge").await;
    management.browser.select("#item-kind", "decision").await;
    management
        .browser
        .select("#item-owner", &member_id.to_string())
        .await;
    management.fill("#item-minutes", "5").await;
    management
        .click(&format!(
            "form[action='/meetings/{meeting}/agenda'] button[type=submit]"
        ))
        .await;
    for p in [&labor, &member, &management] {
        let agenda = p.see("#live-agenda", "Break-room fridge").await;
        assert!(
            agenda.contains(&format!("5 min · {}", member.name)),
            "{}: {agenda}",
            p.who
        );
    }
    for p in [&labor, &member] {
        p.stayed("#live-agenda").await;
    }
    management.live().await;

    // The labor co-lead starts the meeting: every page reloads with the new status.
    labor
        .click(&format!("form[action='/meetings/{meeting}/start'] button"))
        .await;
    for p in everyone {
        p.see("#meeting-status", "Happening now").await;
        p.live().await;
    }

    // … and marks the three present; the others see the count rise in place.
    for p in [&management, &member] {
        p.mark().await;
    }
    for (i, p) in everyone.iter().enumerate() {
        labor
            .click(&format!("button[aria-label='Mark present: {}']", p.name))
            .await;
        labor
            .see_element(&format!("button[aria-label='Mark absent: {}']", p.name))
            .await;
        labor.live().await;
        let count = format!("{} of ", i + 1);
        for q in [&management, &member] {
            q.see("#live-attendance", &count).await;
        }
    }
    for p in [&management, &member] {
        p.stayed("#live-attendance").await;
        let present = p.see("#live-attendance", "of").await;
        for q in everyone {
            assert!(present.contains(&q.name), "{}: {present}", p.who);
        }
    }

    // The labor co-lead puts a proposal to the team; the other two see it appear in place.
    for p in [&management, &member] {
        p.mark().await;
    }
    let title = "Rotate who opens the front desk each week";
    labor.click("#proposals ~ details > summary").await;
    labor.fill("#p-title", title).await;
    labor
        .fill(
            "#p-background",
            "Mornings are rushed when the same two people always open.",
        )
        .await;
    labor.browser.select("#p-decider", "management").await;
    labor
        .click(&format!(
            "form[action='/meetings/{meeting}/proposals'] button[type=submit]"
        ))
        .await;
    labor.see("#live-proposals", title).await;
    labor.live().await;
    let proposal = app.store.meeting_proposals(meeting).await.unwrap()[0].id;
    let panel = format!("#live-proposal-{proposal}");
    let responded = format!("#responded-{proposal}");
    for p in [&management, &member] {
        p.see("#live-proposals", title).await;
        p.stayed("#live-proposals").await;
        p.see(&responded, "0 of 3").await;
    }
    let consensus = format!("#outcome-{proposal}-consensus");
    let tests = format!("{panel} .tests");
    labor.see(&tests, "Not yet: 3 still to give a stance").await;
    assert!(
        labor.disabled(&consensus).await,
        "no consensus before anyone has spoken"
    );
    labor
        .check_accessibility_of("meeting page as a co-lead, a proposal open")
        .await;
    member
        .check_accessibility_of("meeting page as a member, a proposal open")
        .await;

    // The member supports it but names nothing they will do.
    labor.mark().await;
    management.mark().await;
    give_stance(&member, proposal, "support", "", "").await;
    let first = format!("{}: I fully support it", member.name);
    member.see(&format!("{panel} .stances"), &first).await;
    for p in [&labor, &management] {
        p.see(&responded, "1 of 3").await;
        p.see_tally(proposal, "I fully support it", 1).await;
        p.see(&format!("{panel} .stances"), &first).await;
        p.stayed(&panel).await;
    }

    // The member starts to change their stance — picks "with reservations" and types why —
    // when the management co-lead's stance (supports it, will draw up the rota) comes in. The
    // part the member is writing in waits while it holds the focus …
    let reason = format!("#reason-{proposal}");
    member
        .click(&format!("#stance-{proposal}-reservations"))
        .await;
    member.fill(&reason, "Only the day staff").await;
    member.mark().await;
    give_stance(
        &management,
        proposal,
        "support",
        "",
        "I will draw up the rota",
    )
    .await;
    labor.see(&responded, "2 of 3").await;
    labor.see_tally(proposal, "I fully support it", 2).await;
    labor
        .see(&format!("{panel} .stances"), "I will draw up the rota")
        .await;
    labor.stayed(&panel).await;
    member
        .wait_until(
            "the part being written in to wait for the focus to leave",
            &format!(
                "return document.querySelector('{panel}').getAttribute('data-stale') === '1';"
            ),
        )
        .await;
    assert!(
        member.see(&responded, "of").await.contains("1 of 3"),
        "not refreshed under the member's hands"
    );
    member
        .see(
            "#live-state",
            "it updates when you leave the part you are in",
        )
        .await;
    member.browser.screenshot("meeting-member-writing").await;
    // … and catches up when the member clicks elsewhere, keeping what they wrote.
    member.click("h1").await;
    member.see(&responded, "2 of 3").await;
    member
        .see(&format!("{panel} .stances"), "I will draw up the rota")
        .await;
    member.stayed(&panel).await;
    let kept = member
        .js(&format!(
            "return [document.querySelector('#stance-{proposal}-reservations').checked, \
                     document.querySelector('{reason}').value];"
        ))
        .await;
    assert_eq!(
        kept,
        serde_json::json!([true, "Only the day staff"]),
        "what the member had chosen and typed survives the refresh"
    );
    labor.see(&tests, "Not yet: 1 still to give a stance").await;
    assert!(labor.disabled(&consensus).await);

    // The labor co-lead can live with it and will tell the evening shift. Everyone has spoken,
    // but the third test fails: the member has not said what they will do.
    management.mark().await;
    give_stance(
        &labor,
        proposal,
        "live_with",
        "Evenings were not asked",
        "I will tell the evening shift",
    )
    .await;
    for p in [&management, &member] {
        p.see(&responded, "3 of 3").await;
        p.stayed(&panel).await;
    }
    assert_eq!(
        member.browser.value(&reason).await,
        "Only the day staff",
        "still kept"
    );
    let text = labor.see(&tests, "Has everyone been heard? Yes.").await;
    assert!(
        text.contains("Can everyone live with it? Yes."),
        "second test: {text}"
    );
    assert!(
        text.contains(&format!(
            "Not yet: 1 person has not named what they will do ({})",
            member.name
        )),
        "third test: {text}"
    );
    assert!(
        labor.disabled(&consensus).await,
        "the third test fails until everyone names a behaviour"
    );

    // The member changes their stance and names what they will do: the co-lead's page, left
    // alone, now allows consensus.
    labor.mark().await;
    give_stance(
        &member,
        proposal,
        "reservations",
        "Only the day staff",
        "I will swap with evenings",
    )
    .await;
    labor
        .see(&tests, "Yes: everyone named what they will do")
        .await;
    labor
        .wait_until(
            "the consensus outcome to be allowed",
            &format!("return document.querySelector('{consensus}').disabled === false;"),
        )
        .await;
    labor.stayed(&panel).await;
    for (stance, count) in [
        ("I fully support it", 1),
        ("I support it, with reservations", 1),
        ("I can live with it", 1),
        ("I block it", 0),
    ] {
        labor.see_tally(proposal, stance, count).await;
    }
    labor
        .check_accessibility_of("meeting page as a co-lead, consensus possible")
        .await;
    labor.browser.screenshot("meeting-co-lead-consensus").await;

    // The co-lead records the consensus; the others see the outcome appear in place.
    for p in [&management, &member] {
        p.mark().await;
    }
    let review_on = review_date(&labor, proposal).await;
    labor.click(&consensus).await;
    labor
        .fill(
            &format!("#outcome-text-{proposal}"),
            "Day staff rotate opening weekly",
        )
        .await;
    labor
        .type_date(&format!("#review-{proposal}"), &review_on)
        .await;
    labor
        .click(&format!(
            "form[action='/proposals/{proposal}/close'] button[type=submit]"
        ))
        .await;
    for p in [&labor, &management, &member] {
        let outcome = p
            .see(
                &format!("{panel} .outcome"),
                "Consensus reached: Day staff rotate opening weekly",
            )
            .await;
        assert!(
            outcome.contains(&format!("We review it on {review_on}.")),
            "{}: {outcome}",
            p.who
        );
    }
    for p in [&management, &member] {
        p.stayed(&panel).await;
        assert!(
            !p.browser.exists(&format!("{panel} form.stance-form")).await,
            "{}: stances can no longer change",
            p.who
        );
    }
    labor.live().await;

    // A task in the minutes, for the member.
    for p in [&management, &member] {
        p.mark().await;
    }
    labor.browser.select("#min-kind", "task").await;
    labor
        .fill("#min-text", "Post the opening rota in the break room")
        .await;
    labor
        .browser
        .select("#min-owner", &member_id.to_string())
        .await;
    labor.type_date("#min-due", &review_on).await;
    labor
        .click(&format!(
            "form[action='/meetings/{meeting}/minutes'] button[type=submit]"
        ))
        .await;
    for p in [&management, &member] {
        p.see("#live-minutes", "Post the opening rota").await;
        p.stayed("#live-minutes").await;
    }
    labor.see("#live-minutes", "Post the opening rota").await;
    labor.live().await;

    // The decision record on its own page.
    labor
        .click(&format!("{panel} a[href='/proposals/{proposal}']"))
        .await;
    labor.see("h1", "Decision record").await;
    labor.see(".outcome", "Consensus reached").await;
    labor.check_accessibility_of("proposal page").await;
    labor
        .click(&format!(".breadcrumb a[href='/meetings/{meeting}']"))
        .await;
    labor.see("h1", "December team meeting").await;

    // The labor co-lead ends the meeting through its confirmation page.
    labor
        .click(&format!("a[href='/meetings/{meeting}/end']"))
        .await;
    labor.see("h1", "End the meeting?").await;
    let confirm = labor.browser.body_text().await;
    assert!(
        confirm.contains("Task: Post the opening rota in the break room"),
        "{confirm}"
    );
    labor.check_accessibility_of("end of the meeting").await;
    labor
        .click(&format!(
            "form[action='/meetings/{meeting}/end'] button[type=submit]"
        ))
        .await;
    labor.see(".notice.success", "The meeting has ended").await;
    for p in everyone {
        p.see("#meeting-status", "Ended").await;
    }
    member.see("#live-minutes", "task created").await;

    // The member finds the task on My work → My tasks.
    member.browser.goto(&app.url("/")).await;
    member.click("main a[href='/tasks']").await;
    member.see("h1", "My tasks").await;
    member
        .see("table.tasks", "Post the opening rota in the break room")
        .await;
    member.check_accessibility_of("my tasks").await;

    // The team's decisions list the consensus.
    management
        .click("main .breadcrumb a[href$='/meetings']")
        .await;
    management.see("h1", "Meetings of").await;
    management
        .click(&format!("a[href='/teams/{team}/decisions']"))
        .await;
    management.see("h1", "Decisions of").await;
    let row = management
        .see(&format!("tr:has(a[href='/proposals/{proposal}'])"), title)
        .await;
    assert!(row.contains("Consensus reached"), "{row}");

    let Person {
        browser: management,
        ..
    } = management;
    let Person { browser: labor, .. } = labor;
    let Person {
        browser: member, ..
    } = member;
    tokio::join!(management.finish(), labor.finish(), member.finish());
    eprintln!("three people ran a meeting in {:?}", started.elapsed());
}

impl Person {
    async fn check_accessibility_of(&self, what: &str) {
        self.browser
            .check_accessibility(&format!("{} ({})", what, self.who))
            .await;
    }
}

/// Gives a stance through the form in the proposal's panel on the meeting page and waits for
/// the page to come back live.
async fn give_stance(p: &Person, proposal: i64, stance: &str, reason: &str, behaviour: &str) {
    p.click(&format!("#stance-{proposal}-{stance}")).await;
    p.fill(&format!("#reason-{proposal}"), reason).await;
    p.fill(&format!("#behaviour-{proposal}"), behaviour).await;
    p.click(&format!(
        "form[action='/proposals/{proposal}/stance'] button[type=submit]"
    ))
    .await;
    p.wait_until(
        "the stance to be saved",
        &format!(
            "return document.querySelector('#stance-{proposal}-{stance}') !== null \
               && document.querySelector('#stance-{proposal}-{stance}').defaultChecked \
               && document.querySelector('#behaviour-{proposal}').defaultValue === {};",
            serde_json::to_string(behaviour).unwrap()
        ),
    )
    .await;
    p.live().await;
}

/// A review date in the future: the first of March next year, from the date field's `min`
/// (today).
async fn review_date(p: &Person, proposal: i64) -> String {
    let today = p
        .js(&format!(
            "return document.querySelector('#review-{proposal}').min;"
        ))
        .await;
    let year: i32 = today.as_str().unwrap_or_default()[..4]
        .parse()
        .expect("a year");
    format!("{}-03-01", year + 1)
}
