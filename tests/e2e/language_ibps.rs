//! Problem solving, team-tested practices, editing a project and the error pages in Spanish:
//! a co-lead whose browser asks for Spanish reads the team's problem-solving list and a
//! workspace (steps, advice on the question, parties, what the next step needs), the practices
//! library and a practice, a project's edit page, and a page that does not exist; a person who
//! chose Spanish on their account gets the error page in Spanish even from an English browser;
//! and an English browser still reads English everywhere.

use lmp_tests::{on_both_databases, HttpSession, TestApp};

use crate::language::{h1, page_in};

on_both_databases!(
    problem_solving_reads_in_spanish,
    practices_and_the_project_editor_read_in_spanish,
    error_pages_speak_the_readers_language,
);

/// Sends a form as a browser asking for `accept` would.
async fn post_in(
    session: &HttpSession,
    path: &str,
    fields: &[(&str, &str)],
    accept: &str,
) -> reqwest::Response {
    let csrf = session.csrf();
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    session
        .client
        .post(format!("{}{path}", session.base))
        .header("Accept-Language", accept)
        .form(&form)
        .send()
        .await
        .expect("POST")
}

/// Starts a problem-solving workspace on the showcase team and returns its id.
async fn workspace(app: &TestApp, colead: &HttpSession, problem: &str) -> i64 {
    let team = app.showcase_team().await;
    colead.page(&format!("/teams/{team}/ibps")).await;
    let response = colead
        .post_form(
            &format!("/teams/{team}/ibps"),
            &[("problem", problem), ("topic", "operations")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    response.headers()["location"]
        .to_str()
        .expect("location")
        .trim_start_matches("/ibps/")
        .parse()
        .expect("a workspace id")
}

async fn problem_solving_reads_in_spanish(app: TestApp) {
    let team = app.showcase_team().await;
    let colead = app.sign_in("colead@example.org").await;
    let id = workspace(&app, &colead, "Should we buy a second label printer?").await;
    colead.page(&format!("/ibps/{id}")).await;
    let response = colead
        .post_form(
            &format!("/ibps/{id}/interests"),
            &[("party", "labor"), ("text", "Less walking between rooms")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);

    // The team's list: headings, columns, the step each problem is at, the start form.
    let (status, html) = page_in(&colead, &format!("/teams/{team}/ibps"), "es-MX,es;q=0.9").await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=\"es\">"));
    assert_eq!(h1(&html), "Resolvamos problemas juntos");
    assert!(
        html.contains("<title>Resolución de problemas ·"),
        "the window title too"
    );
    assert!(html.contains(">En qué paso va</th>"));
    assert!(
        html.contains("Paso 1: Definir el problema"),
        "the step is named in Spanish"
    );
    assert!(html.contains("Revisión del alcance: ¿de qué se trata?"));
    assert!(
        html.contains("Cómo funciona nuestro trabajo diario"),
        "scope topics are Spanish"
    );
    assert!(html.contains(">Empezar</button>"));
    assert!(!html.contains("Problem solving together"));
    assert!(!html.contains("Start with the problem"));
    assert!(!html.contains("Frame the problem"));

    // A workspace: the five steps, the advice on a yes/no question, the parties, and what the
    // next step still needs.
    let (status, html) = page_in(&colead, &format!("/ibps/{id}"), "es").await;
    assert_eq!(status, 200);
    assert_eq!(
        h1(&html),
        "Should we buy a second label printer?",
        "data stays as typed"
    );
    assert!(html.contains("aria-label=\"Los cinco pasos\""));
    assert!(html.contains("1. Definir el problema"));
    assert!(html.contains("5. Planificar las acciones"));
    assert!(
        html.contains("se contesta con sí o no"),
        "the advice is Spanish"
    );
    assert!(html.contains(">Reformular la pregunta</summary>"));
    assert!(!html.contains("can be answered yes or no"));
    assert!(!html.contains("Reword the question"));
    assert!(!html.contains("The five steps"));

    // Move to the interests step and read its words.
    let response = colead
        .post_form(&format!("/ibps/{id}/step"), &[("step", "interests")])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, html) = page_in(&colead, &format!("/ibps/{id}"), "es").await;
    assert!(html.contains("Paso 2: Cada parte dice lo que necesita"));
    assert!(html.contains(">2. Intereses</h2>"));
    assert!(
        html.contains("<h3>El sindicato</h3>"),
        "parties are Spanish"
    );
    assert!(html.contains(">La gerencia</option>"));
    assert!(html.contains(">Agregar el interés</button>"));
    assert!(
        html.contains("Anote los intereses de al menos dos partes"),
        "what the next step needs is Spanish"
    );
    assert!(html.contains("Pasar al paso 3: Reunir opciones"));
    assert!(!html.contains("Add the interest"));
    assert!(!html.contains("Write down the interests of at least two parties"));

    // Moving on too early is refused, in Spanish.
    let response = post_in(
        &colead,
        &format!("/ibps/{id}/step"),
        &[("step", "options")],
        "es",
    )
    .await;
    assert_eq!(response.status().as_u16(), 422);
    let html = response.text().await.expect("body");
    assert!(
        html.contains("El paso 3 todavía no puede empezar."),
        "{html}"
    );
    assert!(!html.contains("cannot start yet"));

    // The same co-lead with an English browser reads English.
    let (_, html) = page_in(&colead, &format!("/ibps/{id}"), "en-US").await;
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("Step 2: Each party says what it needs"));
    assert!(html.contains("<h3>Labor</h3>"));
    assert!(html.contains("Move to step 3: List options"));
    assert!(!html.contains("Los cinco pasos"));
    let (_, html) = page_in(&colead, &format!("/teams/{team}/ibps"), "en-US").await;
    assert_eq!(h1(&html), "Problem solving together");
    assert!(html.contains("Step 2: Share interests"));
}

async fn practices_and_the_project_editor_read_in_spanish(app: TestApp) {
    let member = app.sign_in("member@example.org").await;

    // The library, with its filters, and a practice from it.
    let (status, html) = page_in(&member, "/practices", "es").await;
    assert_eq!(status, 200);
    assert_eq!(h1(&html), "Prácticas probadas por equipos");
    assert!(html.contains("aria-label=\"Buscar prácticas\""));
    assert!(html.contains(">Punto de la Brújula de Valor</label>"));
    assert!(
        html.contains(">Seguridad del paciente</option>"),
        "topics are Spanish"
    );
    assert!(
        html.contains("value=\"Patient safety\""),
        "while the filter keeps its value"
    );
    assert!(html.contains(">Buscar</button>"));
    assert!(!html.contains("Team-tested practices"));
    assert!(!html.contains("Value Compass point"));
    let start = html
        .find("href=\"/practices/")
        .expect("a practice in the library")
        + 6;
    let href = &html[start..start + html[start..].find('"').expect("end of the link")];

    let (status, html) = page_in(&member, href, "es").await;
    assert_eq!(status, 200, "{href}");
    assert!(html.contains("Probada por "));
    assert!(html.contains("estado: <strong>publicada</strong>"));
    assert!(html.contains("<h2>Lo que cambió el equipo</h2>"));
    assert!(html.contains("<h2>Resultados</h2>"));
    assert!(
        html.contains("ha adoptado esta práctica") || html.contains("han adoptado esta práctica")
    );
    assert!(!html.contains("What the team changed"));
    assert!(!html.contains("Tested by"));
    let (_, english) = page_in(&member, href, "en").await;
    assert!(english.contains("<h2>What the team changed</h2>"));
    assert!(english.contains("status: <strong>published</strong>"));

    // A project's edit page.
    let team = app.showcase_team().await;
    let colead = app.sign_in("colead@example.org").await;
    colead.page(&format!("/teams/{team}/projects")).await;
    let response = colead
        .post_form(
            &format!("/teams/{team}/projects"),
            &[
                ("title", "Quieter night rounds"),
                ("description", "Patients wake up"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let project = app
        .store
        .team_projects(team, lmp_domain::PageRequest::new(None, None))
        .await
        .expect("projects")
        .items
        .into_iter()
        .find(|p| p.title == "Quieter night rounds")
        .expect("the new idea")
        .id;
    let (status, html) = page_in(&colead, &format!("/projects/{project}/edit"), "es").await;
    assert_eq!(status, 200);
    assert_eq!(h1(&html), "Editar el proyecto");
    assert!(html.contains(">Objetivo: qué mejorará</label>"));
    assert!(html.contains("<legend>Puntos de la Brújula de Valor</legend>"));
    assert!(html.contains(">Guardar</button>"));
    assert!(!html.contains("Edit the project"));
    assert!(!html.contains("Aim: what will improve"));

    // A bad date is explained in Spanish.
    colead.page(&format!("/projects/{project}/edit")).await;
    let response = post_in(
        &colead,
        &format!("/projects/{project}/edit"),
        &[
            ("title", "Quieter night rounds"),
            ("aim_by_when", "next spring"),
        ],
        "es",
    )
    .await;
    assert_eq!(response.status().as_u16(), 422);
    let html = response.text().await.expect("body");
    assert!(html.contains("No se guardó nada. Revise los campos marcados abajo."));
    assert!(html.contains("Escriba la fecha como AAAA-MM-DD."));

    let (_, html) = page_in(&colead, &format!("/projects/{project}/edit"), "en").await;
    assert_eq!(h1(&html), "Edit the project");
    assert!(html.contains(">Aim: what will improve</label>"));
}

async fn error_pages_speak_the_readers_language(app: TestApp) {
    let member = app.sign_in("member@example.org").await;

    // An address nothing answers, and a workspace that does not exist.
    for path in ["/no-such-place", "/ibps/987654"] {
        let (status, html) = page_in(&member, path, "es-MX,es;q=0.9").await;
        assert_eq!(status, 404, "{path}");
        assert!(html.contains("<html lang=\"es\">"), "{path}");
        assert_eq!(h1(&html), "No se encontró", "{path}");
        assert!(html.contains("No hay nada en esta dirección."), "{path}");
        assert!(html.contains(">Ir a Mi trabajo</a>"));
        assert!(html.contains(">Ir al contenido principal</a>"));
        assert!(!html.contains("Not found"));
        assert!(!html.contains("Go to My work"));

        let (status, html) = page_in(&member, path, "en-US").await;
        assert_eq!(status, 404);
        assert!(html.contains("<html lang=\"en\">"));
        assert_eq!(h1(&html), "Not found");
        assert!(html.contains("There is nothing at this address."));
        assert!(html.contains(">Go to My work</a>"));
        assert!(!html.contains("No se encontró"));
    }

    // A refusal written by a handler comes in the reader's language as well.
    let (status, html) = page_in(&member, "/practices/review", "es").await;
    assert_eq!(status, 403);
    assert_eq!(h1(&html), "No está permitido");
    assert!(html.contains("Revisar prácticas les corresponde a los editores de contenido."));

    // The API keeps English problem documents whatever the browser asks for.
    let response = member
        .client
        .get(format!("{}/api/v1/no-such-thing", member.base))
        .header("Accept-Language", "es")
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status().as_u16(), 404);
    let body = response.text().await.expect("body");
    assert!(body.contains("\"title\":\"Not found\""), "{body}");

    // A person who chose Spanish on their account reads error pages in Spanish from an
    // English browser with no language cookie.
    member.page("/account").await;
    let response = member
        .post_form("/language", &[("language", "es"), ("back", "/account")])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let desktop = app.sign_in("member@example.org").await;
    let (status, html) = page_in(&desktop, "/no-such-place", "en-US").await;
    assert_eq!(status, 404);
    assert_eq!(h1(&html), "No se encontró");
    assert!(html.contains("<title>No se encontró · Partnership Hub</title>"));
}
