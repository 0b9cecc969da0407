//! `/api/v1/org`: regions, facilities, departments, coalitions and locals.

use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::{AppResult, Problem};
use crate::extract::Json;
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct DepartmentDto {
    id: i64,
    name: String,
}

#[derive(Serialize, ToSchema)]
pub struct FacilityDto {
    id: i64,
    name: String,
    departments: Vec<DepartmentDto>,
}

#[derive(Serialize, ToSchema)]
pub struct RegionDto {
    id: i64,
    name: String,
    facilities: Vec<FacilityDto>,
}

#[derive(Serialize, ToSchema)]
pub struct LocalDto {
    id: i64,
    name: String,
}

#[derive(Serialize, ToSchema)]
pub struct CoalitionDto {
    id: i64,
    name: String,
    locals: Vec<LocalDto>,
}

#[derive(Serialize, ToSchema)]
pub struct OrgDto {
    regions: Vec<RegionDto>,
    coalitions: Vec<CoalitionDto>,
}

/// The organisation's structure as a tree.
#[utoipa::path(get, path = "/api/v1/org", tag = "organisation",
    responses((status = 200, body = OrgDto), (status = 401, body = Problem)),
    security(("token" = []), ("session" = [])))]
pub async fn get_org(
    State(state): State<AppState>,
    CurrentUser(_user): CurrentUser,
) -> AppResult<Json<OrgDto>> {
    let org = state.org().await?;
    let regions = org
        .regions
        .iter()
        .map(|r| RegionDto {
            id: r.id,
            name: r.name.clone(),
            facilities: org
                .facilities_of(r.id)
                .map(|f| FacilityDto {
                    id: f.id,
                    name: f.name.clone(),
                    departments: org
                        .departments_of(f.id)
                        .map(|d| DepartmentDto {
                            id: d.id,
                            name: d.name.clone(),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let coalitions = org
        .coalitions
        .iter()
        .map(|c| CoalitionDto {
            id: c.id,
            name: c.name.clone(),
            locals: org
                .locals_of(c.id)
                .map(|l| LocalDto {
                    id: l.id,
                    name: l.name.clone(),
                })
                .collect(),
        })
        .collect();
    Ok(Json(OrgDto {
        regions,
        coalitions,
    }))
}
