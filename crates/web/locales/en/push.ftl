## Notifications on this device (web push).

push-title = Notifications on this device
push-intro = Get a notification on this phone or computer when something needs you: an assessment to sign off, a proposal waiting for your stance, a question escalated to you, a task coming due or a meeting tomorrow. You choose which of these reach you on your account page.
push-devices = { $count ->
    [0] No device receives your notifications yet.
    [one] One device receives your notifications.
   *[other] { $count } devices receive your notifications.
}
push-needs-script = Turning notifications on needs JavaScript in this browser.
push-state-on = This device receives your notifications.
push-state-off = This device does not receive your notifications.
push-unsupported = This browser cannot receive notifications from websites. On an iPhone, add the hub to your home screen first and open it from there.
push-denied = Notifications are blocked for the hub in this browser's settings. Allow them there, then come back.
push-enable = Turn on notifications on this device
push-disable = Turn off notifications on this device
push-send-test = Send a test notification
push-tested = { $count ->
    [0] The test was not delivered to any device.
    [one] The test was sent to one device.
   *[other] The test was sent to { $count } devices.
}
push-test-title = Notifications work
push-test-body = This is how the hub will tell you when something needs you.
push-back = Back to your account
push-refuse-service = That address is not a push service this hub sends to.
push-refuse-keys = The browser's notification keys are not valid.
push-account-intro = Notifications can also appear on your phone or computer, like a message from an app.
push-account-link = Set up notifications on this device
