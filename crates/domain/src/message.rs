//! Messages for people, named rather than written: the rules say *which* message applies and
//! with what values, and the web layer words it in the reader's language from the interface's
//! catalogue (`crates/web/locales`). So a rule's refusal reads in Spanish for a Spanish reader,
//! and in English in the API, without any sentence living in code.

use std::borrow::Cow;
use std::fmt;

/// One message: its catalogue id and the values it names (`{ $label }`, `{ $max }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: Cow<'static, str>,
    pub args: Vec<(&'static str, MsgArg)>,
}

/// A value a message names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MsgArg {
    /// Text as the person or the data gave it (a title, a line of a file).
    Text(String),
    Number(i64),
    /// Another message, worded in the same language first (a field's label, a problem that a
    /// larger message names).
    Msg(Box<Msg>),
}

impl Msg {
    /// The message `id` with no values.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Msg {
        Msg {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Adds a text value.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Msg {
        self.args.push((name, MsgArg::Text(value.into())));
        self
    }

    /// Adds a number (plurals choose their form by it).
    pub fn number(mut self, name: &'static str, value: impl TryInto<i64>) -> Msg {
        let value = value.try_into().unwrap_or(i64::MAX);
        self.args.push((name, MsgArg::Number(value)));
        self
    }

    /// Adds another message by its id, worded in the same language.
    pub fn label(self, name: &'static str, id: impl Into<Cow<'static, str>>) -> Msg {
        self.msg(name, Msg::new(id))
    }

    /// Adds another message, worded in the same language.
    pub fn msg(mut self, name: &'static str, msg: Msg) -> Msg {
        self.args.push((name, MsgArg::Msg(Box::new(msg))));
        self
    }

    /// Several messages as one, each put before the rest by the message `join` (its values
    /// `first` and `rest`): "a; b; c", "a, then b". `None` when there are none.
    pub fn join(join: &'static str, messages: impl IntoIterator<Item = Msg>) -> Option<Msg> {
        let mut messages: Vec<Msg> = messages.into_iter().collect();
        let last = messages.pop()?;
        Some(messages.into_iter().rev().fold(last, |rest, first| {
            Msg::new(join).msg("first", first).msg("rest", rest)
        }))
    }

    /// The value named `name`, if the message has one.
    pub fn arg(&self, name: &str) -> Option<&MsgArg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// For logs and tests only: the id and the values, not a sentence for people.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id)?;
        for (name, value) in &self.args {
            match value {
                MsgArg::Text(t) => write!(f, " {name}={t:?}")?,
                MsgArg::Number(n) => write!(f, " {name}={n}")?,
                MsgArg::Msg(m) => write!(f, " {name}=<{m}>")?,
            }
        }
        Ok(())
    }
}

/// A message with no values, from its id.
impl From<&'static str> for Msg {
    fn from(id: &'static str) -> Msg {
        Msg::new(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_keeps_its_values_by_name() {
        let m = Msg::new("error-too-long")
            .label("label", "field-title")
            .number("max", 200_usize)
            .text("value", "abc");
        assert_eq!(m.arg("max"), Some(&MsgArg::Number(200)));
        assert_eq!(
            m.arg("label"),
            Some(&MsgArg::Msg(Box::new(Msg::new("field-title"))))
        );
        assert_eq!(m.arg("nothing"), None);
        assert_eq!(
            m.to_string(),
            "error-too-long label=<field-title> max=200 value=\"abc\""
        );
    }
}
