//! The account page's email choices: for each kind of notice, right away, in a daily or weekly
//! summary, or never. The kinds and their defaults are `lmp_domain::notifications`.

use lmp_domain::Msg;
use std::collections::HashMap;

use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::notifications::{delivery_for, Delivery, NoticeKind};

use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::extract::Form;
use crate::state::AppState;

/// One kind as the account page shows it.
pub struct PrefRow {
    pub kind: &'static str,
    pub label_id: String,
    pub chosen: &'static str,
}

/// What `account_email.html` shows.
pub struct EmailPrefs {
    pub rows: Vec<PrefRow>,
    pub deliveries: Vec<(&'static str, String)>,
    pub saved: bool,
}

fn chosen(rows: &[(String, String)]) -> Vec<(NoticeKind, Delivery)> {
    rows.iter()
        .filter_map(|(k, d)| Some((NoticeKind::parse(k)?, Delivery::parse(d)?)))
        .collect()
}

/// The person's choices, each kind with its default where they have not chosen.
pub async fn load(state: &AppState, person_id: i64) -> AppResult<EmailPrefs> {
    let chosen = chosen(&state.store.email_preferences(person_id).await?);
    Ok(EmailPrefs {
        rows: NoticeKind::ALL
            .into_iter()
            .map(|kind| PrefRow {
                kind: kind.code(),
                label_id: crate::email::compose::kind_label_id(kind),
                chosen: delivery_for(&chosen, kind).code(),
            })
            .collect(),
        deliveries: Delivery::ALL
            .into_iter()
            .map(|d| (d.code(), format!("email-delivery-{}", d.code())))
            .collect(),
        saved: false,
    })
}

/// `POST /account/email`: one field per kind (its code), valued with a delivery code.
pub async fn save(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Form(form): Form<HashMap<String, String>>,
) -> AppResult<Response> {
    let mut choices = Vec::new();
    for kind in NoticeKind::ALL {
        let Some(value) = form.get(kind.code()) else {
            continue;
        };
        let delivery = Delivery::parse(value).ok_or_else(|| {
            AppError::BadRequest(Msg::new("email-refuse-delivery").text("value", value.as_str()))
        })?;
        choices.push((kind, delivery));
    }
    for (kind, delivery) in choices {
        state
            .store
            .set_email_preference(user.person.id, kind.code(), delivery.code())
            .await?;
    }
    Ok(Redirect::to("/account?saved=email#email").into_response())
}
