# Single sign-on through the organisation's identity provider (OpenID Connect).
sso-heading = Single sign-on
sso-intro = Or use your { $name } account: you sign in there, and come straight back here.
sso-sign-in-with = Sign in with { $name }
sso-error-title = Sign-in did not finish
sso-error-back = Back to sign in
sso-error-unreachable = The sign-in service cannot be reached just now. Try again in a few minutes; if it keeps happening, tell your administrator.
sso-error-refused = The sign-in service did not sign you in (perhaps you cancelled). You can try again, or sign in with your email and password.
sso-error-state = This sign-in answer does not belong to a sign-in started in this browser, so it was refused. Start again from the sign-in page.
sso-error-expired = This sign-in has already been used or took too long. Start again from the sign-in page.
sso-error-token = The sign-in service's answer could not be confirmed, so you were not signed in. Try again; if it keeps happening, tell your administrator.
sso-error-no-email = The sign-in service did not tell us your email address, which the hub needs to know who you are. Ask your administrator.
sso-error-unverified = The sign-in service has not confirmed your email address yet. Confirm it there, then try again.
sso-error-inactive = Your account on the hub is not active. Ask your administrator.
