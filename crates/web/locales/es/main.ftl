# El marco de cada página: encabezado, navegación, buscador, pie y menú de idioma.
site-name = Partnership Hub
skip-to-main = Ir al contenido principal
nav-main = Principal
nav-home = Mi trabajo
nav-teams = Equipos
nav-improvement = Mejora
nav-practices = Prácticas
nav-people = Personas
nav-guides = Guías
nav-learning = Aprendizaje
nav-admin = Administración
nav-help = Ayuda
search-label = Buscar en el hub
search-placeholder = Buscar
search-button = Buscar
sign-out = Cerrar sesión
footer-tagline = Partnership Hub: las herramientas de trabajo de la colaboración entre sindicatos y gerencia.
language-label = Idioma
language-button = Cambiar
language-browser = El de mi navegador

# Listas.
pager-label = Páginas
pager-nothing = No hay nada que mostrar.
pager-showing = Del { $first } al { $last } de { $total } · página { $page } de { $pages }
pager-previous = ← Anterior
pager-next = Siguiente →

# Inicio de sesión.
signin-title = Iniciar sesión
signin-intro = Use el correo electrónico y la contraseña que le dio su administrador.
signin-email = Correo electrónico
signin-password = Contraseña
signin-button = Iniciar sesión
signin-empty = Escriba su correo electrónico y su contraseña.
signin-failed = Ese correo y esa contraseña no corresponden a ninguna cuenta. Revise ambos e inténtelo de nuevo.
signin-locked = Demasiados intentos fallidos. Por la seguridad de su cuenta, espere 15 minutos antes de volver a intentarlo o pida a un administrador que restablezca su contraseña.

# Mi trabajo.
home-title = Mi trabajo
home-welcome = Hola, { $name }.
home-no-team = Todavía no forma parte de ningún equipo.
home-team-count = { $count ->
    [one] Participa en un equipo.
   *[other] Participa en { $count } equipos.
}
home-site-roles = Sus funciones en el sitio
home-awaiting = Autoevaluaciones que esperan su aprobación
home-awaiting-none = No hay nada pendiente para usted.
home-sponsor-rollup = Resumen de los equipos que patrocina
home-escalated = Preguntas que sus equipos le han escalado
home-escalated-none = Ninguna pregunta espera su respuesta.
home-needed-by = se necesita para el
home-rollup = Resumen de Path to Performance
home-escalations = Escalamientos que esperan respuesta
home-meetings = Próximas reuniones
home-meetings-none = Sus equipos no tienen reuniones programadas.
home-my-tasks = Mis tareas
home-open-tasks = { $count ->
    [one] (1 abierta)
   *[other] ({ $count } abiertas)
}
home-my-teams = Mis equipos
home-my-teams-none = Cuando un colíder le agregue a la lista de un equipo, aparecerá aquí. Mientras tanto, puede consultar el directorio de equipos.
home-team-directory = Directorio de equipos
home-your-roles = Sus funciones:

# Búsqueda.
search-title = Buscar
search-what = Buscar guías, prácticas, proyectos, decisiones y personas
search-did-you-mean = ¿Quiso decir
search-results = { $count ->
    [one] 1 resultado
   *[other] { $count } resultados
}
search-sort = Ordenar:
search-sort-relevance = Más pertinentes
search-sort-newest = Más recientes
search-type-something = Escriba arriba lo que busca.
search-nothing = No se encontró nada para «{ $name }». Pruebe con menos palabras o con otras; los editores ven lo que la gente no encontró.
search-pages = Páginas de resultados
search-narrow = Afinar la búsqueda

# Cuenta.
account-title = Su cuenta
account-signed-in-as = Sesión iniciada como { $name }.
account-language = Idioma del hub
account-language-intro = Los menús, botones y mensajes del hub aparecen en el idioma que elija aquí, en todos los dispositivos donde inicie sesión. Las guías escritas en su idioma aparecen primero.
account-language-saved = Guardado. El hub ya usa el idioma que eligió.
account-language-save = Guardar idioma
account-tokens = Tokens personales de la API
account-tokens-intro = Un token permite que un programa lea la API del hub en su nombre: envíelo en un encabezado Authorization: Bearer. La API se describe en
account-new-token = Su nuevo token; cópielo ahora, no se volverá a mostrar:
account-no-tokens = No tiene tokens.
account-created = creado el
account-revoke = Revocar
account-token-name = Nombre del nuevo token
account-create-token = Crear token

# Tareas.
tasks-title = Mis tareas
tasks-which = Qué tareas
tasks-assigned = Asignadas a mí
tasks-created = Creadas por mí
tasks-show-closed = Ver tareas cerradas
tasks-show-open = Ver tareas abiertas
tasks-none-open-assigned = No tiene tareas abiertas asignadas.
tasks-none-open-created = No ha creado tareas que sigan abiertas.
tasks-none-closed-assigned = No tiene tareas cerradas asignadas.
tasks-none-closed-created = No ha creado tareas que estén cerradas.
tasks-caption-open-assigned = Tareas abiertas asignadas a usted
tasks-caption-open-created = Tareas abiertas que usted creó
tasks-caption-closed-assigned = Tareas cerradas asignadas a usted
tasks-caption-closed-created = Tareas cerradas que usted creó
tasks-col-task = Tarea
tasks-col-team = Equipo
tasks-col-owner = Responsable
tasks-col-due = Fecha límite
tasks-col-from = Origen
tasks-col-status = Estado
tasks-overdue = Atrasada
tasks-from-meeting = una reunión
tasks-done = Hecha
tasks-reopen = Reabrir
tasks-status-open = Por hacer
tasks-status-done = Hecha
tasks-status-cancelled = Ya no hace falta

# Ayuda.
help-title = Ayuda
help-intro = Guías breves para usar el hub. Cada una se lee en pocos minutos.
help-for-this-page = Ayuda para la página donde estaba
help-all-guides = Todas las guías del hub
help-none = Todavía no hay guías del hub publicadas.
help-more = ¿Busca otra cosa? Busque en el hub o consulte todas las guías.

# Tareas: lo que nombran las reglas de las tareas (lmp_domain::Msg).
tasks-field-title = Qué hay que hacer
tasks-owner-missing = Elija quién lo hará.
tasks-due-missing = Indique la fecha límite.
tasks-due-form = Escriba la fecha como AAAA-MM-DD.
tasks-source-meeting = De una reunión
tasks-source-decision = De una decisión
tasks-source-ibps = De la resolución de problemas
tasks-source-pdsa = De un ciclo PDSA
tasks-source-huddle = De un huddle

## Search: the facets and what each result is
search-facet-kind = Qué
search-facet-type = Tipo de página
search-facet-compass = Brújula de Valor
search-facet-topic = Tema
search-facet-audience = Escrito para
search-facet-region = Región
search-kind-content = Guías y herramientas
search-kind-practice = Prácticas probadas por equipos
search-kind-project = Proyectos de mejora
search-kind-decision = Decisiones
search-kind-person = Personas
search-hit-practice = Práctica probada por un equipo
search-hit-project = Proyecto de mejora
search-hit-decision = Decisión
search-hit-person = Persona
