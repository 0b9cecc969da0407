## The hub installed on a phone: its name on the home screen, shortcuts, and what it shows
## without a connection.

pwa-short-name = Hub
pwa-description = Your team's huddle board, tasks, meetings and improvement work, in one place.
pwa-shortcut-huddle = My huddle board
pwa-shortcut-tasks = My tasks
pwa-offline-title = No connection
pwa-offline-body = This page could not be reached and there is no saved copy of it on this phone. The pages below open with the copy saved the last time you visited them.
pwa-offline-note = You are offline. This is the copy saved on this phone the last time the page was opened; changes cannot be sent until the connection is back.
