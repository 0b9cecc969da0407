# Páginas de error: qué salió mal, en el idioma de quien lee (los documentos de problema de la API siguen en inglés).
error-title-signin = Debe iniciar sesión
error-title-forbidden = No está permitido
error-title-csrf = Falta el token CSRF o ya venció
error-title-not-found = No se encontró
error-title-bad-request = Solicitud incorrecta
error-title-validation = Algunos campos necesitan atención
error-title-conflict = Conflicto
error-title-too-many = Demasiados intentos
error-title-too-large = Demasiado grande
error-title-internal = Algo salió mal
error-title-too-many-changes = Demasiados cambios a la vez
error-title-busy = El hub está muy ocupado
error-detail-signin = Inicie sesión para continuar.
error-detail-csrf = La página desde la que envió esto ya no está al día. Regrese, vuelva a cargar la página e inténtelo de nuevo.
error-detail-not-found = No hay nada en esta dirección. Puede que se haya eliminado o que el enlace esté mal.
error-detail-internal = El hub no pudo terminar esta solicitud. Quedó registrado; inténtelo de nuevo.
error-detail-too-many-changes = Sus cambios están llegando más rápido de lo que el hub puede recibirlos, así que este no se guardó. Espere { $count ->
    [one] 1 segundo
   *[other] { $count } segundos
    } y vuelva a enviarlo; si regresa en su navegador, volverá al formulario con lo que escribió.
error-detail-busy = El hub tiene más solicitudes de las que puede atender ahora mismo, así que esta no se inició y no se guardó nada. Inténtelo de nuevo en un momento.
error-go-home = Ir a Mi trabajo
error-team-directory = Directorio de equipos

## La página que pregunta antes de algo que no se puede deshacer
confirm-cancel = Cancelar y dejar todo como está
confirm-last-co-lead-title = ¿Quitar al último colíder?
confirm-last-co-lead-heading = ¿Quitar al último colíder de este lado?
confirm-last-co-lead-button = Sí, quitar a este colíder
confirm-last-co-lead-management = { $name } es el único colíder de la gerencia en el equipo. Sin él o ella, la gerencia queda sin colíder hasta que se nombre a otra persona.
confirm-last-co-lead-labor = { $name } es el único colíder sindical del equipo. Sin él o ella, el sindicato queda sin colíder hasta que se nombre a otra persona.
confirm-last-co-lead-physician = { $name } es el único colíder médico del equipo. Sin él o ella, los médicos quedan sin colíder hasta que se nombre a otra persona.

## Negativas de las páginas (se muestran en la página de error)
decision-refuse-meeting-ended = Esta reunión ya terminó; abra la propuesta en la siguiente.
decision-refuse-outcome-recorded = El resultado de esta ronda ya está registrado.
decision-refuse-close-first = Cierre las posturas y muestre los resultados antes de registrar el resultado.
decision-refuse-own-side = El grado de participación de cada lado lo registran sus propios colíderes y patrocinadores.
decision-refuse-share-open = Una decisión se comparte cuando su ronda ya se cerró.
huddle-refuse-add = Solo las personas que están en la lista del equipo pueden agregar cosas a su tablero de huddle.
huddle-refuse-change = Solo las personas que están en la lista del equipo pueden cambiar su tablero de huddle.
huddle-refuse-answered = Esta pregunta ya tiene respuesta.
huddle-refuse-answer = Solo pueden responderla las personas a quienes se escaló la pregunta.
huddle-refuse-leaders = Esta lista es para líderes, consultores y administradores.
huddle-refuse-no-scope = No hay ningún ámbito que mostrar.
learning-refuse-no-stop = El recorrido no tiene esa parada.
learning-refuse-own-records = Solo puede quitar sus propios registros de capacitación.
learning-refuse-imported = Este registro lo importó un administrador; pídale que lo corrija.
learning-refuse-too-big = Importe como máximo 512 KB a la vez; divida el archivo en otros más pequeños.
learning-refuse-team-training = Los registros de capacitación de un equipo son para sus colíderes (y los administradores).
learning-refuse-no-action = Esa acción ya no está en la lista de Para profundizar.
learning-refuse-no-behaviour = Ese no es uno de los comportamientos de la lista de verificación.
learning-refuse-totals = Los totales de un equipo son para sus colíderes; los de un área, para los líderes de esa área.
learning-refuse-no-facility = Ese centro no existe.
learning-refuse-no-region = Esa región no existe.
learning-refuse-which-total = Indique de qué equipo, centro o región quiere los totales.
meeting-refuse-no-part = Esa parte de la página de la reunión no existe.
meeting-refuse-no-proposal = Esa propuesta no está en esta reunión.
meeting-refuse-choose-person = Elija a alguien de la lista del equipo.
meeting-refuse-not-started = Solo se puede terminar una reunión que ya empezó.
p2p-refuse-no-assessment = Esa autoevaluación no existe.
p2p-refuse-decision = Elija aprobar o devolver la autoevaluación.
p2p-refuse-check-ins = Solo los colíderes y patrocinadores del equipo registran los seguimientos.
p2p-refuse-no-year = No existe ningún año del acuerdo.
proj-refuse-raise = Solo las personas del equipo pueden proponer sus ideas.
proj-refuse-cycles-active = Los ciclos se hacen en proyectos en marcha: primero ponga en marcha el proyecto.
proj-refuse-no-cycle = Ese ciclo no está en este proyecto.
search-refuse-too-long = Busque como máximo 200 caracteres a la vez.
tasks-refuse-change = Solo pueden cambiar la tarea su responsable, la persona que la asignó y los colíderes del equipo.
tasks-refuse-status = Elija hecha, cancelada o pendiente.
tool-refuse-cannot-go = Ese elemento no puede ir ahí en esta herramienta.
tool-refuse-up-down = Indique si quiere subir o bajar el elemento.
tool-refuse-pick-only = Aquí solo las ideas de una matriz PICK se convierten en ciclos PDSA.
tool-refuse-implement-only = Solo las ideas en «Implementar» se convierten en ciclos PDSA: primero mueva la idea allí.
decision-refuse-fallback = Después de una ronda sin consenso, el lado que decide registra la decisión, por medio de los colíderes o patrocinadores de ese lado.
language-refuse-unknown = El hub habla inglés (en) y español (es); “{ $code }” no es uno de ellos.
p2p-refuse-no-assessment-for = El equipo no tiene autoevaluación de { $month }.
proj-refuse-move = Un proyecto en estado “{ $from }” no puede pasar a “{ $to }”.
tasks-refuse-move = Una tarea en estado “{ $from }” no puede pasar a “{ $to }”.
tool-refuse-kind = Esta herramienta no admite ese tipo de elemento.

## Refusals and problems the rules name (lmp_domain::Msg), worded here
error-no-access = No tiene acceso a esto.
error-no-such = No existe: { $what }.
error-duplicate = Eso duplicaría datos que ya existen ({ $constraint }).
error-detail-validation = No se guardó nada: hay campos que revisar.
error-required = Falta el campo «{ $label }».
error-too-long = El campo «{ $label }» admite como mucho { $max } caracteres.
error-email-form = Escriba una dirección de correo como nombre@example.org.
field-email = Correo electrónico
error-no-page = No hay ninguna página en esta dirección.
error-upload-unreadable = No se pudo leer el archivo enviado: { $why }
error-upload-not-utf8 = El archivo no es texto UTF-8. Guárdelo desde la hoja de cálculo como «CSV UTF-8» e inténtelo de nuevo.
error-too-large = Lo enviado es más grande de lo que el hub acepta aquí. Envíe menos (un archivo más pequeño o el texto por partes) e inténtelo de nuevo.
error-bad-path = No existe esa página ({ $why }).
error-bad-query = La consulta de la dirección no es válida: { $why }
error-bad-form = No se pudo leer el formulario: { $why }
error-bad-json = No se pudo leer el cuerpo JSON: { $why }
calendar-refuse-no-feed = No hay ningún calendario en esta dirección.
export-refuse-section = Elija qué parte exportar: { $sections }.
email-refuse-delivery = «{ $value }» no es una forma de recibir correo.

## Who may do what (crates/web/src/authz.rs)
authz-team-read = Solo los miembros del equipo, sus patrocinadores, los líderes cuya área lo abarca y los administradores pueden ver la página de este equipo.
authz-idea-team-only = Esta idea solo la ve su equipo hasta que se convierta en proyecto.
authz-team-edit = Solo los colíderes del equipo y los administradores pueden cambiar sus integrantes o su carta constitutiva.
authz-admin-only = Esta página es para los administradores del hub.
authz-facilitate = Solo los colíderes del equipo (y los administradores) pueden dirigir sus reuniones y decisiones.
authz-take-part = Solo las personas de la lista del equipo pueden participar en sus decisiones.

## Refused image uploads (crates/web/src/media.rs)
images-refuse-too-large = Este archivo ocupa { $size }; la imagen más grande que admite el hub es de { $max }. Redúzcala (por ejemplo, guardándola con menos resolución) y vuelva a subirla.
images-refuse-not-image = Este archivo no es una imagen PNG, JPEG, WebP ni GIF (el hub mira lo que hay dentro del archivo, no su nombre). Elija una foto o un dibujo guardado en uno de esos formatos.
images-refuse-unreadable = Este archivo parece una imagen, pero no se pudo leer; puede estar dañado o incompleto. Ábralo en su computadora, guárdelo de nuevo y suba la copia nueva.
images-refuse-pixels = Esta imagen mide { $width } × { $height } píxeles, más de lo que admite el hub ({ $millions } millones de píxeles, como mucho { $side } por lado). Redúzcala y vuelva a subirla.

## Field names the messages above name
account-field-token-name = Nombre del token

## The command line's `lmp users add` (English there; here for completeness)
cli-field-name = Nombre
cli-side-choices = use management (gerencia), labor (sindicato) o physician (médicos)
cli-no-local = no hay ningún sindicato local llamado «{ $local }»
