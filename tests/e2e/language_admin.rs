//! Administration, the editor's pages, role names and months in Spanish: an administrator whose
//! browser asks for Spanish reads the administration home, a person's page, the HR import and
//! the audit log in Spanish, with the messages the pages make (flash notes, form errors) in
//! Spanish too; an editor reads the editor, images, revisions and the report of what helps in
//! Spanish; a co-lead's My work names their role in Spanish and the Path to Performance pages
//! name months and quarters in Spanish. A browser asking for English still gets English.

use lmp_domain::access::Scope;
use lmp_domain::p2p::period::Month;
use lmp_domain::SiteRole;
use lmp_tests::{on_both_databases, HttpSession, TestApp};

use crate::language::{h1, page_in};

on_both_databases!(
    an_administrator_reads_the_administration_in_spanish,
    an_editor_reads_the_editor_pages_in_spanish,
    roles_months_and_quarters_are_named_in_spanish,
);

/// POSTs a form (with the page's CSRF token) as a browser asking for `accept`; status and body.
async fn post_in(
    session: &HttpSession,
    path: &str,
    fields: &[(&str, &str)],
    accept: &str,
) -> (u16, String) {
    let csrf = session.csrf();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    let response = session
        .client
        .post(format!("{}{path}", session.base))
        .header("Accept-Language", accept)
        .form(&all)
        .send()
        .await
        .expect("POST");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

/// The path a 303 answer points to, or the body when it is not a redirect.
async fn posted_to(session: &HttpSession, path: &str, fields: &[(&str, &str)]) -> String {
    let response = session.post_form(path, fields).await;
    assert_eq!(response.status().as_u16(), 303, "{path}");
    response.headers()["location"]
        .to_str()
        .expect("location")
        .to_string()
}

async fn an_administrator_reads_the_administration_in_spanish(app: TestApp) {
    let admin = app.sign_in("admin@example.org").await;
    admin.page("/admin").await; // the CSRF token for the forms below

    // The administration home.
    let (status, html) = page_in(&admin, "/admin", "es-MX,es;q=0.9").await;
    assert_eq!(status, 200);
    assert_eq!(h1(&html), "Administración");
    assert!(
        html.contains("<title>Administración"),
        "the window title too"
    );
    assert!(html.contains(">Personas y cuentas</a>"), "{html}");
    assert!(html.contains(">Importar personas desde Recursos Humanos</a>"));
    assert!(html.contains(">Registro de auditoría</a>"));
    assert!(html.contains("<caption>Las regiones y sus centros</caption>"));
    assert!(
        html.contains("departamentos)"),
        "facility counts are Spanish"
    );
    assert!(html.contains(">Agregar una coalición sindical</h3>"));
    assert!(html.contains(">Agregar</button>"));
    for english in [
        "People and accounts",
        "Add a union coalition",
        "departments)",
    ] {
        assert!(!html.contains(english), "{english} is left in Spanish");
    }

    // A form error and a flash note made by the handler are Spanish too.
    let (status, html) = post_in(
        &admin,
        "/admin/org",
        &[("kind", "facility"), ("parent", ""), ("name", "Centro Sur")],
        "es",
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        html.contains("No se agregó nada. Revise los campos marcados abajo."),
        "{html}"
    );
    assert!(html.contains("Elija a dónde pertenece."));
    assert!(!html.contains("Choose where this belongs."));
    let location = posted_to(
        &admin,
        "/admin/org",
        &[("kind", "region"), ("name", "Región Costa")],
    )
    .await;
    let (_, html) = page_in(&admin, &location, "es").await;
    assert!(html.contains(">Agregado.</p>"), "{html}");

    // A person's page: labels, sides, site roles with their scope, and the grant's error.
    let leader = app.person_id("leader@example.org").await;
    let (status, html) = page_in(&admin, &format!("/admin/people/{leader}"), "es").await;
    assert_eq!(status, 200);
    assert!(html.contains("<label for=\"name\">Nombre completo</label>"));
    assert!(html.contains(">Sindicato</option>") || html.contains(">Gerencia</option>"));
    assert!(html.contains("<h2 id=\"site-roles\">Roles en el sitio</h2>"));
    assert!(
        html.contains("<span class=\"who\">Líder"),
        "the leader's site role is named in Spanish: {html}"
    );
    assert!(html.contains(">Editor de contenido</option>"));
    assert!(html.contains("Contraseña nueva (al menos 10 caracteres)"));
    assert!(!html.contains("Site roles") && !html.contains("Grant role"));
    let (status, html) = post_in(
        &admin,
        &format!("/admin/people/{leader}/roles"),
        &[("role", ""), ("scope", "")],
        "es",
    )
    .await;
    assert_eq!(status, 422);
    assert!(html.contains("Elija el rol que desea otorgar."), "{html}");
    let location = posted_to(
        &admin,
        &format!("/admin/people/{leader}/roles"),
        &[("role", "editor"), ("scope", "")],
    )
    .await;
    let (_, html) = page_in(&admin, &location, "es").await;
    assert!(html.contains("Roles en el sitio actualizados."), "{html}");

    // The HR import: the page, and a plan and a refusal in Spanish.
    let (status, html) = page_in(&admin, "/admin/import", "es").await;
    assert_eq!(status, 200);
    assert_eq!(h1(&html), "Importar personas desde Recursos Humanos");
    assert!(html.contains("Mostrar lo que cambiaría"));
    assert!(html.contains("Obligatoria. La clave: una persona por correo electrónico."));
    assert!(
        html.contains("<code>management</code> (gerencia)"),
        "the column help keeps its code words"
    );
    assert!(!html.contains("Show what would change"));
    let team = app.store.team(app.showcase_team_id()).await.unwrap();
    let local = app
        .store
        .person_by_email("colead@example.org")
        .await
        .unwrap()
        .unwrap()
        .local_name
        .expect("the co-lead's local");
    let csv = format!(
        "email,name,side,local,job title,facility,department,team,role\n\
         noor.haddad@example.org,Noor Haddad,labor,{local},Staff Nurse,{},{},{},member\n",
        team.facility_name, team.department_name, team.name
    );
    let (status, html) = post_in(
        &admin,
        "/admin/import",
        &[("step", "preview"), ("csv", &csv)],
        "es",
    )
    .await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains(">Lo que cambia este archivo</h2>"), "{html}");
    assert!(html.contains("1 persona en 1 línea."));
    assert!(html.contains(">Personas que se agregan (1)</h3>"));
    assert!(html.contains("(línea 2)"));
    assert!(html.contains(">Aplicar estos cambios</button>"));
    assert!(!html.contains("People to add") && !html.contains("(line 2)"));
    let (status, html) = post_in(
        &admin,
        "/admin/import",
        &[("step", "preview"), ("csv", "")],
        "es",
    )
    .await;
    assert_eq!(status, 422);
    assert!(html.contains("No hay nada que importar: elija un archivo o pegue la tabla."));

    // The audit log and one of its lines.
    let (status, html) = page_in(&admin, "/admin/audit", "es").await;
    assert_eq!(status, 200);
    assert_eq!(h1(&html), "Registro de auditoría");
    assert!(html.contains("<th scope=\"col\">Detalle y cambios</th>"));
    assert!(html.contains(">Tipo de elemento</label>"));
    assert!(!html.contains("Kind of thing") && !html.contains("Detail and changes"));
    let start = html
        .find("href=\"/admin/audit/")
        .expect("a line of the log")
        + 19;
    let id: i64 = html[start..start + html[start..].find('"').unwrap()]
        .parse()
        .expect("a line id");
    let (status, html) = page_in(&admin, &format!("/admin/audit/{id}"), "es").await;
    assert_eq!(status, 200);
    assert_eq!(h1(&html), format!("Registro de auditoría, línea {id}"));
    assert!(html.contains(">Qué cambió</h2>"));
    assert!(html.contains(">Volver al registro de auditoría</a>"));
    let (_, html) = page_in(&admin, "/admin/audit?from=yesterday", "es").await;
    assert!(html.contains("Escriba las fechas como AAAA-MM-DD"));

    // The Path to Performance criteria page.
    let (_, html) = page_in(&admin, "/admin/p2p", "es").await;
    assert_eq!(h1(&html), "Criterios del Path to Performance");
    assert!(html.contains(">Guardar este criterio</button>"));
    assert!(!html.contains("Save this criterion"));

    // The same administrator with an English browser reads English.
    let (_, html) = page_in(&admin, "/admin", "en-US").await;
    assert_eq!(h1(&html), "Administration");
    assert!(html.contains(">People and accounts</a>"));
    assert!(html.contains(">Add a union coalition</h3>"));
    assert!(!html.contains("Personas y cuentas"));
    let (_, html) = page_in(&admin, &format!("/admin/people/{leader}"), "en").await;
    assert!(html.contains("<span class=\"who\">Leader"));
    assert!(html.contains("<h2 id=\"site-roles\">Site roles</h2>"));
    let (_, html) = page_in(&admin, "/admin/import", "en").await;
    assert_eq!(h1(&html), "Import people from HR");
    let (_, html) = page_in(&admin, "/admin/audit", "en").await;
    assert_eq!(h1(&html), "Audit log");
    assert!(!html.contains("Registro de auditoría"));
}

async fn an_editor_reads_the_editor_pages_in_spanish(app: TestApp) {
    let person = app.person_id("leader@example.org").await;
    app.store
        .grant_site_role(person, SiteRole::ContentEditor, Scope::National)
        .await
        .expect("grant the editor role");
    let editor = app.sign_in("leader@example.org").await;
    editor.page("/content/new").await; // the CSRF token for the form below

    let (status, html) = page_in(&editor, "/content/new", "es").await;
    assert_eq!(status, 200);
    assert_eq!(h1(&html), "Una página nueva");
    assert!(html.contains("<label for=\"title\">Título</label>"));
    assert!(
        html.contains(">Guía práctica</option>"),
        "kinds are Spanish"
    );
    assert!(html.contains(">Guardar como borrador</button>"));
    assert!(html.contains("Publicar más tarde (UTC)"));
    assert!(html.contains(">Imágenes para esta página</h2>"));
    assert!(html.contains("Archivo de imagen: PNG, JPEG, WebP o GIF, de hasta 12 MB"));
    for english in ["Save as draft", "Written for", "Images for this page"] {
        assert!(!html.contains(english), "{english} is left in Spanish");
    }

    // A refused save explains itself in Spanish.
    let (status, html) = post_in(
        &editor,
        "/content/new",
        &[
            ("title", "Prueba"),
            ("kind", "nothing"),
            ("summary", "Resumen"),
            ("details", "sin dos puntos"),
            ("action", "draft"),
        ],
        "es",
    )
    .await;
    assert_eq!(status, 422);
    assert!(html.contains("No se guardó nada."), "{html}");
    assert!(html.contains("«sin dos puntos» debe escribirse como clave: valor"));

    let slug = "consensus-decision-making";
    let (_, html) = page_in(&editor, &format!("/content/{slug}/edit"), "es").await;
    assert_eq!(h1(&html), "Editar la página");

    let (status, html) = page_in(&editor, "/content/images", "es").await;
    assert_eq!(status, 200);
    assert_eq!(h1(&html), "Imágenes");
    assert!(html.contains(">Subir una imagen</h2>"));
    assert!(html.contains("como máximo 1600 píxeles de ancho"));
    assert!(html.contains("Todavía no se ha subido ninguna imagen."));
    assert!(!html.contains("Upload an image"));

    let (status, html) = page_in(&editor, &format!("/content/{slug}/revisions"), "es").await;
    assert_eq!(status, 200);
    assert_eq!(h1(&html), "Revisiones");
    assert!(html.contains("<th scope=\"col\">Revisión</th>"));
    assert!(html.contains(">Comparar con la actual</a>"));
    assert!(html.contains(">Restaurar la revisión 1</button>"));
    assert!(!html.contains("Compare with now"));
    let (_, html) = page_in(
        &editor,
        &format!("/content/{slug}/revisions?number=1"),
        "es",
    )
    .await;
    assert!(
        html.contains(">De la revisión 1 a la actual</h2>"),
        "{html}"
    );

    let (status, html) = page_in(&editor, "/content/report", "es").await;
    assert_eq!(status, 200);
    assert_eq!(h1(&html), "Lo que ayuda");
    assert!(html.contains("Búsquedas sin resultados (últimos 30 días)"));
    assert!(!html.contains("What helps"));

    // English readers keep English.
    let (_, html) = page_in(&editor, "/content/new", "en").await;
    assert_eq!(h1(&html), "A new page");
    assert!(html.contains(">Save as draft</button>"));
    assert!(!html.contains("Guardar como borrador"));
    let (_, html) = page_in(&editor, "/content/images", "en").await;
    assert!(html.contains(">Upload an image</h2>"));
    let (_, html) = page_in(&editor, &format!("/content/{slug}/revisions"), "en").await;
    assert!(html.contains(">Restore revision 1</button>"));
    let (_, html) = page_in(&editor, "/content/report", "en").await;
    assert_eq!(h1(&html), "What helps");
}

const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

async fn roles_months_and_quarters_are_named_in_spanish(app: TestApp) {
    let colead = app.sign_in("colead@example.org").await;

    // The demo's co-lead is the showcase team's labor co-lead.
    let (_, html) = page_in(&colead, "/", "es").await;
    assert_eq!(h1(&html), "Mi trabajo");
    assert!(
        html.contains("<span class=\"tag\">Colíder sindical</span>"),
        "{html}"
    );
    assert!(!html.contains("Labor co-lead"));
    let (_, html) = page_in(&colead, "/", "en").await;
    assert!(html.contains("<span class=\"tag\">Labor co-lead</span>"));
    assert!(!html.contains("Colíder sindical"));

    // The month on the team's Path to Performance page.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let month = Month::from_unix(i64::try_from(now).expect("seconds"));
    let index = usize::from(month.month - 1);
    let spanish = format!("{} de {}", MONTHS_ES[index], month.year);
    let english = format!("{} {}", MONTHS_EN[index], month.year);
    let team = app.showcase_team().await;
    let (status, html) = page_in(&colead, &format!("/teams/{team}/p2p"), "es").await;
    assert_eq!(status, 200);
    assert!(
        html.contains(&format!("Autoevaluación de {spanish}")),
        "{spanish} in {html}"
    );
    assert!(!html.contains(&format!("{english} self-assessment")));
    let (_, html) = page_in(&colead, &format!("/teams/{team}/p2p"), "en").await;
    assert!(html.contains(&format!("{english} self-assessment")));
    assert!(!html.contains(&spanish));

    // Quarters on the roll-up.
    let quarter = (month.month - 1) / 3 + 1;
    let leader = app.sign_in("leader@example.org").await;
    let (status, html) = page_in(&leader, "/p2p/rollup", "es").await;
    assert_eq!(status, 200);
    assert!(
        html.contains(&format!(">T{quarter} {}</option>", month.year)),
        "{html}"
    );
    assert!(!html.contains(&format!(">Q{quarter} {}</option>", month.year)));
    let (_, html) = page_in(&leader, "/p2p/rollup", "en").await;
    assert!(html.contains(&format!(">Q{quarter} {}</option>", month.year)));
}
