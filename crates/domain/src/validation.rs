//! Field validation shared by forms and the API. Each problem is a [`Msg`]: the web layer words
//! it in the reader's language.

use std::borrow::Cow;
use std::collections::BTreeMap;

pub use crate::message::{Msg, MsgArg};

/// One problem with one field of what a person submitted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ValidationError {
    pub field: String,
    pub message: Msg,
}

impl ValidationError {
    pub fn new(field: impl Into<String>, message: impl Into<Msg>) -> ValidationError {
        ValidationError {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// All the problems found in one submission, by field, so a form can show each beside its input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(BTreeMap<String, Msg>);

impl FieldErrors {
    pub fn new() -> FieldErrors {
        FieldErrors::default()
    }

    pub fn add(&mut self, field: &str, message: impl Into<Msg>) {
        self.0
            .entry(field.to_string())
            .or_insert_with(|| message.into());
    }

    pub fn push(&mut self, error: ValidationError) {
        self.add(&error.field, error.message);
    }

    pub fn get(&self, field: &str) -> Option<&Msg> {
        self.0.get(field)
    }

    /// The id of the message of `field`, for tests of the rules.
    pub fn id(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(|m| m.id.as_ref())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Msg)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Ok when nothing was found, so handlers can write `errors.into_result()?`.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl From<ValidationError> for FieldErrors {
    fn from(error: ValidationError) -> FieldErrors {
        let mut errors = FieldErrors::new();
        errors.push(error);
        errors
    }
}

/// "`label` is required." (`label` is the catalogue id of the field's name.)
pub fn required(label: impl Into<Cow<'static, str>>) -> Msg {
    Msg::new("error-required").label("label", label)
}

/// "`label` must be at most `max` characters."
pub fn too_long(label: impl Into<Cow<'static, str>>, max: usize) -> Msg {
    Msg::new("error-too-long")
        .label("label", label)
        .number("max", max)
}

/// Trims `value` and checks it is present and not longer than `max` characters. `label` is the
/// catalogue id of the field's name, as the messages name it.
pub fn required_text(
    errors: &mut FieldErrors,
    field: &str,
    label: &'static str,
    value: &str,
    max: usize,
) -> String {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, required(label));
    } else if value.chars().count() > max {
        errors.add(field, too_long(label, max));
    }
    value.to_string()
}

/// Trims optional free text and checks its length.
pub fn optional_text(
    errors: &mut FieldErrors,
    field: &str,
    label: &'static str,
    value: &str,
    max: usize,
) -> String {
    let value = value.trim();
    if value.chars().count() > max {
        errors.add(field, too_long(label, max));
    }
    value.to_string()
}

/// A light check for an email address: one `@`, something on each side, a dot in the domain,
/// no spaces. Lower-cased so that sign-in is not case-sensitive.
pub fn email(errors: &mut FieldErrors, field: &str, value: &str) -> String {
    let value = value.trim().to_lowercase();
    let valid = match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !value.contains(char::is_whitespace)
                && value.len() <= 254
        }
        None => false,
    };
    if value.is_empty() {
        errors.add(field, required("field-email"));
    } else if !valid {
        errors.add(field, "error-email-form");
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_text_reports_empty_and_too_long_values() {
        let mut errors = FieldErrors::new();
        assert_eq!(
            required_text(&mut errors, "name", "field-name", "  Pharmacy ", 50),
            "Pharmacy"
        );
        assert!(errors.is_empty());
        required_text(&mut errors, "name", "field-name", "   ", 50);
        assert_eq!(errors.get("name"), Some(&required("field-name")));
        let mut errors = FieldErrors::new();
        required_text(&mut errors, "name", "field-name", "abcdef", 5);
        let message = errors.get("name").expect("too long");
        assert_eq!(message.id, "error-too-long");
        assert_eq!(message.arg("max"), Some(&MsgArg::Number(5)));
    }

    #[test]
    fn email_is_lowercased_and_checked() {
        let mut errors = FieldErrors::new();
        assert_eq!(
            email(&mut errors, "email", " Ana@Example.ORG "),
            "ana@example.org"
        );
        assert!(errors.is_empty());
        for bad in [
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "a na@example.org",
            "a@b@c.org",
        ] {
            let mut errors = FieldErrors::new();
            email(&mut errors, "email", bad);
            assert!(errors.get("email").is_some(), "{bad} should be refused");
        }
    }

    #[test]
    fn the_first_error_of_a_field_is_kept() {
        let mut errors = FieldErrors::new();
        errors.add("role", "error-first");
        errors.add("role", "error-second");
        assert_eq!(errors.id("role"), Some("error-first"));
        assert!(errors.into_result().is_err());
    }
}
