//! Months and quarters: teams self-assess monthly, ratings are reported by quarter.

use crate::calendar::civil_from_days;
use serde::{Deserialize, Serialize};

/// A calendar month, the period of one self-assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u8,
}

/// A calendar quarter, the period ratings are reported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Quarter {
    pub year: i32,
    /// 1 to 4.
    pub quarter: u8,
}

impl Month {
    pub fn new(year: i32, month: u8) -> Option<Month> {
        (1..=12).contains(&month).then_some(Month { year, month })
    }

    /// "2026-11"
    pub fn code(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    pub fn parse(code: &str) -> Option<Month> {
        let (year, month) = code.trim().split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        Month::new(year.parse().ok()?, month.parse().ok()?)
    }

    /// The month of a unix time (UTC).
    pub fn from_unix(seconds: i64) -> Month {
        let (year, month, _) = civil_from_days(seconds.div_euclid(86_400));
        Month { year, month }
    }

    pub fn quarter(self) -> Quarter {
        Quarter {
            year: self.year,
            quarter: (self.month - 1) / 3 + 1,
        }
    }

    pub fn previous(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    /// "November 2026"
    pub fn label(self) -> String {
        const NAMES: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        format!("{} {}", NAMES[usize::from(self.month - 1)], self.year)
    }
}

impl Quarter {
    /// "2026-Q4"
    pub fn code(self) -> String {
        format!("{:04}-Q{}", self.year, self.quarter)
    }

    pub fn parse(code: &str) -> Option<Quarter> {
        let (year, quarter) = code.trim().split_once("-Q")?;
        let quarter: u8 = quarter.parse().ok()?;
        if year.len() != 4 || !(1..=4).contains(&quarter) {
            return None;
        }
        Some(Quarter {
            year: year.parse().ok()?,
            quarter,
        })
    }

    pub fn previous(self) -> Quarter {
        if self.quarter == 1 {
            Quarter {
                year: self.year - 1,
                quarter: 4,
            }
        } else {
            Quarter {
                year: self.year,
                quarter: self.quarter - 1,
            }
        }
    }

    /// The quarters from `self` back, newest first.
    pub fn back(self, count: usize) -> Vec<Quarter> {
        let mut quarters = Vec::with_capacity(count);
        let mut q = self;
        for _ in 0..count {
            quarters.push(q);
            q = q.previous();
        }
        quarters
    }

    /// "Q4 2026"
    pub fn label(self) -> String {
        format!("Q{} {}", self.quarter, self.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_quarters_parse_and_print() {
        let m = Month::parse("2026-11").unwrap();
        assert_eq!(m.code(), "2026-11");
        assert_eq!(m.label(), "November 2026");
        assert_eq!(
            m.quarter(),
            Quarter {
                year: 2026,
                quarter: 4
            }
        );
        assert_eq!(Month::parse("2026-13"), None);
        assert_eq!(Month::parse("26-1"), None);
        assert_eq!(
            Month::parse("2026-01").unwrap().previous().code(),
            "2025-12"
        );
        let q = Quarter::parse("2026-Q1").unwrap();
        assert_eq!(q.previous().code(), "2025-Q4");
        assert_eq!(Quarter::parse("2026-Q5"), None);
        assert_eq!(
            q.back(3).iter().map(|q| q.code()).collect::<Vec<_>>(),
            ["2026-Q1", "2025-Q4", "2025-Q3"]
        );
    }

    #[test]
    fn unix_times_fall_in_the_right_month() {
        // 2026-11-23T12:00:00Z
        assert_eq!(Month::from_unix(1_795_435_200).code(), "2026-11");
        assert_eq!(Month::from_unix(0).code(), "1970-01");
        // 2024-02-29T23:59:59Z, a leap day.
        assert_eq!(Month::from_unix(1_709_251_199).code(), "2024-02");
        assert_eq!(Month::from_unix(1_709_251_200).code(), "2024-03");
    }
}
