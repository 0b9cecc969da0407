## Email notifications: the account's choices, the mails themselves and the unsubscribe page.

email-kind-sign_off = Assessments awaiting your sign-off
email-kind-stance = Proposals waiting for your stance
email-kind-escalation = Questions escalated to you as sponsor
email-kind-task_due = Tasks due tomorrow or overdue
email-kind-meeting = Meetings tomorrow

email-delivery-immediate = Right away
email-delivery-daily = In a daily summary
email-delivery-weekly = In a weekly summary
email-delivery-off = Never

email-prefs-title = Email
email-prefs-intro = Choose how the hub tells you, by email, about what needs you. Summaries come once a day or once a week, with everything of that kind in one message.
email-prefs-save = Save email choices
email-prefs-saved = Saved. Your email choices apply from now on.

email-greeting = Hello { $name },
email-intro-sign_off = A Path to Performance assessment is waiting for your sign-off as sponsor:
email-intro-stance = A consensus round you take part in is waiting for your stance:
email-intro-escalation = A team has escalated a question to its sponsors, and it has no answer yet:
email-intro-task_due = A task you own is due tomorrow or overdue:
email-intro-meeting = Your team meets tomorrow:
email-subject-sign_off = Sign-off needed: { $title }
email-subject-stance = Your stance is needed: { $title }
email-subject-escalation = A question awaits the sponsors: { $title }
email-subject-task_due = Task due: { $title }
email-subject-meeting = Meeting tomorrow: { $title }
email-digest-subject-daily = { $count ->
    [one] Your daily summary: 1 thing needs you
   *[other] Your daily summary: { $count } things need you
}
email-digest-subject-weekly = { $count ->
    [one] Your weekly summary: 1 thing needs you
   *[other] Your weekly summary: { $count } things need you
}
email-digest-intro = Here is what needs you in the Partnership Hub.
email-footer-settings = Choose which emails you get, and how often, on your account page:
email-footer-unsubscribe = Stop these emails with one click:

unsubscribe-title = Stop emails
unsubscribe-confirm = Stop sending these emails to { $name }?
unsubscribe-button = Stop these emails
unsubscribe-done = Done. You will get no more of these emails.
unsubscribe-later = You can turn them on again on your account page at any time.
unsubscribe-invalid = This unsubscribe link is not valid. Open your account page to choose which emails you get.
