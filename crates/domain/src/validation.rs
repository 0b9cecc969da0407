//! Field validation shared by forms and the API, with messages written for people.

use std::collections::BTreeMap;

/// One problem with one field of what a person submitted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ValidationError {
    pub field: String,
    pub message: String,
}

impl ValidationError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> ValidationError {
        ValidationError {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// All the problems found in one submission, by field, so a form can show each beside its input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(BTreeMap<String, String>);

impl FieldErrors {
    pub fn new() -> FieldErrors {
        FieldErrors::default()
    }

    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0
            .entry(field.to_string())
            .or_insert_with(|| message.into());
    }

    pub fn push(&mut self, error: ValidationError) {
        self.add(&error.field, error.message);
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
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

/// Trims `value` and checks it is present and not longer than `max` characters.
pub fn required_text(
    errors: &mut FieldErrors,
    field: &str,
    label: &str,
    value: &str,
    max: usize,
) -> String {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, format!("{label} is required."));
    } else if value.chars().count() > max {
        errors.add(field, format!("{label} must be at most {max} characters."));
    }
    value.to_string()
}

/// Trims optional free text and checks its length.
pub fn optional_text(
    errors: &mut FieldErrors,
    field: &str,
    label: &str,
    value: &str,
    max: usize,
) -> String {
    let value = value.trim();
    if value.chars().count() > max {
        errors.add(field, format!("{label} must be at most {max} characters."));
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
        errors.add(field, "Email is required.");
    } else if !valid {
        errors.add(field, "Enter an email address like name@example.org.");
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
            required_text(&mut errors, "name", "Name", "  Pharmacy ", 50),
            "Pharmacy"
        );
        assert!(errors.is_empty());
        required_text(&mut errors, "name", "Name", "   ", 50);
        assert_eq!(errors.get("name"), Some("Name is required."));
        let mut errors = FieldErrors::new();
        required_text(&mut errors, "name", "Name", "abcdef", 5);
        assert_eq!(
            errors.get("name"),
            Some("Name must be at most 5 characters.")
        );
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
        errors.add("role", "first");
        errors.add("role", "second");
        assert_eq!(errors.get("role"), Some("first"));
        assert!(errors.into_result().is_err());
    }
}
