//! An HTTP client that behaves like a browser: keeps cookies, reads the CSRF token from the
//! page it last loaded and sends it with forms, and does not follow redirects (tests look at
//! them).

use reqwest::redirect::Policy;
use reqwest::{Client, Response};
use std::sync::Mutex;

pub struct HttpSession {
    pub base: String,
    pub client: Client,
    csrf: Mutex<String>,
}

/// The value of `<meta name="csrf-token" content="…">` in a page.
pub fn csrf_from(html: &str) -> Option<String> {
    let start =
        html.find("name=\"csrf-token\" content=\"")? + "name=\"csrf-token\" content=\"".len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string())
}

impl HttpSession {
    pub fn new(base: &str) -> HttpSession {
        HttpSession {
            base: base.to_string(),
            client: Client::builder()
                .cookie_store(true)
                .redirect(Policy::none())
                .build()
                .expect("client"),
            csrf: Mutex::new(String::new()),
        }
    }

    pub fn csrf(&self) -> String {
        self.csrf.lock().expect("lock").clone()
    }

    /// GETs a page and remembers its CSRF token. Returns status and body.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("GET");
        let status = response.status().as_u16();
        let body = response.text().await.expect("body");
        if let Some(token) = csrf_from(&body) {
            *self.csrf.lock().expect("lock") = token;
        }
        (status, body)
    }

    /// POSTs a form with the remembered CSRF token added.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        let csrf = self.csrf();
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_form_raw(path, &all).await
    }

    /// POSTs exactly these fields (no CSRF token unless given).
    pub async fn post_form_raw(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        self.client
            .post(format!("{}{path}", self.base))
            .form(fields)
            .send()
            .await
            .expect("POST")
    }

    /// POSTs a file-upload form (`multipart/form-data`): the remembered CSRF token first when
    /// `with_csrf`, then the text fields, then one file.
    pub async fn post_upload(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, &str, Vec<u8>),
        with_csrf: bool,
    ) -> Response {
        let mut form = reqwest::multipart::Form::new();
        if with_csrf {
            form = form.text("csrf", self.csrf());
        }
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        let (name, file_name, bytes) = file;
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name(file_name.to_string())
            .mime_str("text/csv")
            .expect("mime");
        form = form.part(name.to_string(), part);
        self.client
            .post(format!("{}{path}", self.base))
            .multipart(form)
            .send()
            .await
            .expect("POST")
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Response {
        self.page("/signin").await;
        self.post_form(
            "/signin",
            &[("email", email), ("password", password), ("next", "/")],
        )
        .await
    }

    pub async fn get_json(&self, path: &str) -> (u16, serde_json::Value) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("GET");
        let status = response.status().as_u16();
        let body = response.json().await.unwrap_or(serde_json::Value::Null);
        (status, body)
    }

    /// Sends JSON with the CSRF header, as the hub's own scripts would.
    pub async fn send_json(
        &self,
        method: reqwest::Method,
        path: &str,
        body: &serde_json::Value,
    ) -> Response {
        self.client
            .request(method, format!("{}{path}", self.base))
            .header("x-csrf-token", self.csrf())
            .json(body)
            .send()
            .await
            .expect("request")
    }
}
