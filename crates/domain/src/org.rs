//! The organisation: which side of the partnership a person stands on.

use serde::{Deserialize, Serialize};

/// Every person belongs to exactly one side of the partnership.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Management,
    Labor,
    Physician,
}

impl Side {
    pub const ALL: [Side; 3] = [Side::Management, Side::Labor, Side::Physician];

    pub fn code(self) -> &'static str {
        match self {
            Side::Management => "management",
            Side::Labor => "labor",
            Side::Physician => "physician",
        }
    }

    pub fn parse(code: &str) -> Option<Side> {
        Side::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The name shown to people ("Labor").
    pub fn label(self) -> &'static str {
        match self {
            Side::Management => "Management",
            Side::Labor => "Labor",
            Side::Physician => "Physician",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_side_round_trips_through_its_code() {
        for side in Side::ALL {
            assert_eq!(Side::parse(side.code()), Some(side));
        }
        assert_eq!(Side::parse("union"), None);
    }
}
