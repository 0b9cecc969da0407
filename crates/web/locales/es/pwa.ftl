## The hub installed on a phone: its name on the home screen, shortcuts, and what it shows
## without a connection.

pwa-short-name = Hub
pwa-description = El tablero de huddle de su equipo, sus tareas, reuniones y trabajo de mejora, en un solo lugar.
pwa-shortcut-huddle = Mi tablero de huddle
pwa-shortcut-tasks = Mis tareas
pwa-offline-title = Sin conexión
pwa-offline-body = No se pudo abrir esta página y no hay una copia guardada en este teléfono. Las páginas de abajo se abren con la copia guardada la última vez que las visitó.
pwa-offline-note = No tiene conexión. Esta es la copia guardada en este teléfono la última vez que se abrió la página; los cambios no se pueden enviar hasta que vuelva la conexión.
