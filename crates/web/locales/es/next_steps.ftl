# Próximos pasos personales para colíderes y patrocinadores.
next-title = Sus próximos pasos
next-who-for = Esta página es para colíderes y patrocinadores de equipos. Para cada equipo que usted colidera o patrocina, muestra lo que le falta para su siguiente nivel de Path to Performance, con las guías, herramientas y cursos que a otras personas les resultaron más útiles.
next-not-lead = Por ahora no es colíder ni patrocinador de ningún equipo, así que no hay nada que mostrar aquí.
next-browse-guides = Ver las guías prácticas
next-read-p2p = Leer sobre Path to Performance
next-intro = Para cada equipo que usted colidera o patrocina: lo que le falta para su siguiente nivel de Path to Performance y las guías, herramientas y cursos que ayudan, primero los que otras personas encontraron más útiles.
next-you-co-lead = Usted es colíder de este equipo
next-you-sponsor = Usted es patrocinador de este equipo
next-level = Nivel { $count }
next-level-lower = nivel { $count }
next-top-level = El equipo ya tiene el nivel más alto, High-Performing. No hay un nivel siguiente; sigan haciendo lo que los trajo hasta aquí.
next-unwritten = No falta nada escrito para el nivel { $count }: sus criterios todavía no se han redactado.
next-still-to-do = Lo que falta para el nivel { $count }
next-nothing-covers = Todavía no hay guía, herramienta ni curso sobre esto.
next-what-helps = Lo que ayuda con esto
next-found-helpful = { $count ->
    [one] a 1 persona le resultó útil
   *[other] a { $count } personas les resultó útil
}
next-all-guides = Todas las guías prácticas
next-all-tools = Todas las herramientas
next-all-courses = Todos los cursos
next-none-waiting = No hay guías pendientes para usted: a sus equipos no les falta nada para su siguiente nivel que cubra una página.
next-all = Todos los próximos pasos de sus equipos
next-course-for-level = Curso para el nivel { $count }

## Dimensiones de Path to Performance, tal como las nombra un paso
next-dimension-sponsorship = Patrocinio
next-dimension-leadership = Liderazgo
next-dimension-training = Capacitación
next-dimension-team_process = Proceso del equipo
next-dimension-engagement = Participación de los miembros del equipo
next-dimension-tools = Uso de herramientas
next-dimension-goals = Metas y desempeño
