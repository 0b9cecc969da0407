//! Improvement work: projects with an aim and Value Compass points, the scope check a problem
//! passes before a team takes it on, PDSA cycles, and measures.

pub mod data;
pub mod pdsa;
pub mod project;
pub mod scope;
pub mod tools;

use serde::{Deserialize, Serialize};

/// The four points of the Value Compass; the patient or member is at its centre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CompassPoint {
    BestQuality,
    BestService,
    MostAffordable,
    BestPlaceToWork,
}

impl CompassPoint {
    pub const ALL: [CompassPoint; 4] = [
        CompassPoint::BestQuality,
        CompassPoint::BestService,
        CompassPoint::MostAffordable,
        CompassPoint::BestPlaceToWork,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CompassPoint::BestQuality => "quality",
            CompassPoint::BestService => "service",
            CompassPoint::MostAffordable => "affordable",
            CompassPoint::BestPlaceToWork => "workplace",
        }
    }

    pub fn parse(code: &str) -> Option<CompassPoint> {
        CompassPoint::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The catalogue id of the point's name (`content.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            CompassPoint::BestQuality => "compass-quality",
            CompassPoint::BestService => "compass-service",
            CompassPoint::MostAffordable => "compass-affordable",
            CompassPoint::BestPlaceToWork => "compass-workplace",
        }
    }

    /// Points stored as a comma-separated list of codes.
    pub fn parse_list(codes: &str) -> Vec<CompassPoint> {
        let mut points: Vec<CompassPoint> = codes
            .split(',')
            .filter_map(|c| CompassPoint::parse(c.trim()))
            .collect();
        points.sort();
        points.dedup();
        points
    }

    pub fn list_code(points: &[CompassPoint]) -> String {
        points
            .iter()
            .map(|p| p.code())
            .collect::<Vec<_>>()
            .join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compass_points_round_trip_as_a_list() {
        let points = CompassPoint::parse_list("service, quality,bogus,service");
        assert_eq!(
            points,
            vec![CompassPoint::BestQuality, CompassPoint::BestService]
        );
        assert_eq!(CompassPoint::list_code(&points), "quality,service");
        assert!(CompassPoint::parse_list("").is_empty());
        for point in CompassPoint::ALL {
            assert_eq!(point.label_id(), format!("compass-{}", point.code()));
        }
    }
}
