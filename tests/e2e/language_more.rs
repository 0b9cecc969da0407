//! More of the interface in Spanish: a member whose browser asks for Spanish reads the learning
//! pages (the overview, the Learning Roadmap tour with its stops and progress, the history and
//! Dig Deeper), a meeting with its consensus round (stances, the three tests, what stops it
//! closing) and the team's decision log in Spanish, while a browser asking for English still
//! gets English.

use lmp_tests::{on_both_databases, TestApp};

use crate::language::{h1, page_in};

on_both_databases!(
    the_directory_improvement_and_people_pages_read_in_spanish,
    a_spanish_browser_reads_the_learning_pages_in_spanish,
    a_meeting_and_its_consensus_round_read_in_spanish,
);

async fn a_spanish_browser_reads_the_learning_pages_in_spanish(app: TestApp) {
    let member = app.sign_in("member@example.org").await;

    let (status, html) = page_in(&member, "/learning", "es-MX,es;q=0.9").await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=\"es\">"));
    assert_eq!(h1(&html), "Aprendizaje");
    assert!(html.contains("<title>Aprendizaje"), "the window title too");
    assert!(html.contains("0 de 6 completadas"), "{html}");
    assert!(html.contains("Comenzar el recorrido"));
    assert!(html.contains("Siguiente: 1. Los acuerdos de la colaboración"));
    assert!(html.contains("Los siete principios"));
    assert!(!html.contains("Your progress"), "no English label is left");

    let (_, html) = page_in(&member, "/learning/tour", "es").await;
    assert_eq!(h1(&html), "El recorrido de la Hoja de ruta de aprendizaje");
    assert!(html.contains("Comenzar por la primera parada"));
    assert!(
        html.contains("3. La Brújula de Valor"),
        "stop titles are Spanish"
    );
    assert!(html.contains("Cinco etapas"), "and their summaries");
    assert!(html.contains(">Marcar como completada</button>"));
    assert!(!html.contains("Mark as done"));

    // Progress after a stop is done reads in Spanish, and the next stop is named in Spanish.
    member.page("/learning/tour").await;
    let response = member
        .post_form("/learning/tour/agreements", &[("done", "1")])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, html) = page_in(&member, "/learning/tour", "es").await;
    assert!(html.contains(r#"<span id="tour-progress-text">1 de 6 completadas</span>"#));
    assert!(html.contains("Continuar donde lo dejó"));
    assert!(html.contains("Siguiente: 2. Nuestra historia"));
    assert!(
        html.contains(">Completada</span>"),
        "the done stop is tagged"
    );
    assert!(html.contains(">Deshacer</button>"));

    let (_, html) = page_in(&member, "/learning/history", "es").await;
    assert_eq!(h1(&html), "Línea de tiempo de la historia");
    let (_, html) = page_in(&member, "/learning/dig-deeper", "es").await;
    assert_eq!(h1(&html), "Para profundizar");

    // The same person with an English browser reads English.
    let (_, html) = page_in(&member, "/learning/tour", "en-US").await;
    assert_eq!(h1(&html), "The Learning Roadmap tour");
    assert!(html.contains("1 of 6 done"));
    assert!(html.contains("Next: 2. Our history"));
}

async fn a_meeting_and_its_consensus_round_read_in_spanish(app: TestApp) {
    let team = app.showcase_team().await;
    let colead = app.sign_in("colead@example.org").await;
    let member = app.sign_in("member@example.org").await;

    let (status, html) = page_in(&colead, &format!("/teams/{team}/meetings"), "es").await;
    assert_eq!(status, 200);
    assert!(h1(&html).starts_with("Reuniones de "), "{}", h1(&html));
    assert!(html.contains("Planificar una reunión"));
    assert!(
        html.contains("Reunión del equipo (1 hora)"),
        "meeting kinds are Spanish"
    );

    colead.page(&format!("/teams/{team}/meetings")).await;
    let response = colead
        .post_form(
            &format!("/teams/{team}/meetings"),
            &[
                ("template", "team_meeting"),
                ("title", "Reunión de diciembre"),
                ("date", "2026-12-03"),
                ("time", "14:30"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let meeting: i64 = response.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/meetings/")
        .parse()
        .expect("a meeting id");
    colead.page(&format!("/meetings/{meeting}")).await;
    let response = colead
        .post_form(&format!("/meetings/{meeting}/start"), &[])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    for email in ["colead@example.org", "member@example.org"] {
        let person = app.person_id(email).await.to_string();
        let response = colead
            .post_form(
                &format!("/meetings/{meeting}/attendance"),
                &[("person", person.as_str()), ("present", "1")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303);
    }
    let response = colead
        .post_form(
            &format!("/meetings/{meeting}/proposals"),
            &[
                ("title", "Turnarnos para abrir la recepción"),
                ("decider", "management"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let proposal = app.store.meeting_proposals(meeting).await.unwrap()[0].id;

    // The member reads the meeting and the open round in Spanish.
    let (_, html) = page_in(&member, &format!("/meetings/{meeting}"), "es-ES,es;q=0.9").await;
    assert_eq!(h1(&html), "Reunión de diciembre");
    assert!(html.contains(">En curso</span>"), "the status is Spanish");
    assert!(html.contains(">Agenda</h2>"));
    assert!(html.contains(">Quién está presente</h2>"));
    assert!(html.contains(">Propuestas y consenso</h2>"));
    assert!(html.contains("¿Cuál es su postura?"));
    for stance in [
        "La apoyo plenamente",
        "La apoyo, con reservas",
        "Puedo aceptarla",
        "Necesitamos hablar más",
        "La bloqueo",
    ] {
        assert!(html.contains(stance), "the stance {stance:?} is offered");
    }
    assert!(html.contains("Si no hay consenso, decide la gerencia."));
    assert!(!html.contains("Where do you stand?"));

    member.page(&format!("/proposals/{proposal}")).await;
    let response = member
        .post_form(
            &format!("/proposals/{proposal}/stance"),
            &[
                ("stance", "block"),
                ("reason", "Las mañanas ya están muy cargadas"),
                ("behaviour", ""),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);

    // The co-lead running it sees the results, the three tests and what stops it closing,
    // in the live part the page refreshes as well as on the decision record.
    let (status, part) = page_in(
        &colead,
        &format!("/meetings/{meeting}/part/proposal-{proposal}"),
        "es",
    )
    .await;
    assert_eq!(status, 200);
    assert!(part.contains("<td>La bloqueo</td>"), "{part}");
    assert!(part.contains("Las tres pruebas"));
    assert!(part.contains("¿Todos pueden aceptarla?"));
    assert!(
        part.contains("1 persona la bloquea"),
        "the blocker is Spanish"
    );
    assert!(part.contains("Registrar el resultado"));
    let (_, html) = page_in(&colead, &format!("/proposals/{proposal}"), "es").await;
    assert_eq!(h1(&html), "Registro de la decisión");
    assert!(html.contains("1 de 2</strong>"), "who has given a stance");

    let (_, html) = page_in(&colead, &format!("/teams/{team}/decisions"), "es").await;
    assert!(h1(&html).starts_with("Decisiones de "));
    assert!(html.contains("<td>Abierta</td>"), "the round is open");
    assert!(html.contains(">Buscar una decisión</label>"));

    // The same part in English for an English browser.
    let (_, part) = page_in(
        &colead,
        &format!("/meetings/{meeting}/part/proposal-{proposal}"),
        "en",
    )
    .await;
    assert!(part.contains("<td>I block it</td>"));
    assert!(part.contains("1 person blocks it."));
}

async fn the_directory_improvement_and_people_pages_read_in_spanish(app: TestApp) {
    let member = app.sign_in("member@example.org").await;
    let (status, html) = page_in(&member, "/teams", "es").await;
    assert_eq!(status, 200);
    assert_eq!(h1(&html), "Directorio de equipos");
    let (_, html) = page_in(&member, "/people", "es").await;
    assert_eq!(h1(&html), "Personas");
    let (_, html) = page_in(&member, "/teams", "en").await;
    assert_eq!(h1(&html), "Team directory", "English stays English");
}
