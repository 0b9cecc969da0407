//! Regions, facilities, departments, union coalitions and their locals.

use serde::Serialize;

use crate::{Store, StoreError, StoreResult};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Region {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Facility {
    pub id: i64,
    pub region_id: i64,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Department {
    pub id: i64,
    pub facility_id: i64,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Coalition {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Local {
    pub id: i64,
    pub coalition_id: i64,
    pub name: String,
}

/// The whole structure of the organisation, small enough to load at once (tens of regions and
/// facilities, hundreds of departments, tens of locals).
#[derive(Debug, Clone, Serialize)]
pub struct OrgTree {
    pub regions: Vec<Region>,
    pub facilities: Vec<Facility>,
    pub departments: Vec<Department>,
    pub coalitions: Vec<Coalition>,
    pub locals: Vec<Local>,
}

impl OrgTree {
    pub fn facilities_of(&self, region_id: i64) -> impl Iterator<Item = &Facility> {
        self.facilities
            .iter()
            .filter(move |f| f.region_id == region_id)
    }

    pub fn departments_of(&self, facility_id: i64) -> impl Iterator<Item = &Department> {
        self.departments
            .iter()
            .filter(move |d| d.facility_id == facility_id)
    }

    pub fn locals_of(&self, coalition_id: i64) -> impl Iterator<Item = &Local> {
        self.locals
            .iter()
            .filter(move |l| l.coalition_id == coalition_id)
    }
}

impl Store {
    pub async fn org_tree(&self) -> StoreResult<OrgTree> {
        let regions = sqlx::query_as("SELECT id, name FROM regions ORDER BY name")
            .fetch_all(self.pool())
            .await?;
        let facilities = sqlx::query_as("SELECT id, region_id, name FROM facilities ORDER BY name")
            .fetch_all(self.pool())
            .await?;
        let departments =
            sqlx::query_as("SELECT id, facility_id, name FROM departments ORDER BY name")
                .fetch_all(self.pool())
                .await?;
        let coalitions = sqlx::query_as("SELECT id, name FROM coalitions ORDER BY name")
            .fetch_all(self.pool())
            .await?;
        let locals = sqlx::query_as("SELECT id, coalition_id, name FROM locals ORDER BY name")
            .fetch_all(self.pool())
            .await?;
        Ok(OrgTree {
            regions,
            facilities,
            departments,
            coalitions,
            locals,
        })
    }

    pub async fn create_region(&self, name: &str) -> StoreResult<i64> {
        self.insert_returning_id("INSERT INTO regions (name) VALUES ($1) RETURNING id", |q| {
            q.bind(name.to_string())
        })
        .await
    }

    pub async fn create_facility(&self, region_id: i64, name: &str) -> StoreResult<i64> {
        self.insert_returning_id(
            "INSERT INTO facilities (region_id, name) VALUES ($1, $2) RETURNING id",
            |q| q.bind(region_id).bind(name.to_string()),
        )
        .await
    }

    pub async fn create_department(&self, facility_id: i64, name: &str) -> StoreResult<i64> {
        self.insert_returning_id(
            "INSERT INTO departments (facility_id, name) VALUES ($1, $2) RETURNING id",
            |q| q.bind(facility_id).bind(name.to_string()),
        )
        .await
    }

    pub async fn create_coalition(&self, name: &str) -> StoreResult<i64> {
        self.insert_returning_id(
            "INSERT INTO coalitions (name) VALUES ($1) RETURNING id",
            |q| q.bind(name.to_string()),
        )
        .await
    }

    pub async fn create_local(&self, coalition_id: i64, name: &str) -> StoreResult<i64> {
        self.insert_returning_id(
            "INSERT INTO locals (coalition_id, name) VALUES ($1, $2) RETURNING id",
            |q| q.bind(coalition_id).bind(name.to_string()),
        )
        .await
    }

    /// Runs an `INSERT … RETURNING id`, turning unique violations into `Conflict`.
    pub(crate) async fn insert_returning_id<'q>(
        &self,
        sql: &'q str,
        bind: impl FnOnce(
            sqlx::query::QueryScalar<'q, sqlx::Any, i64, sqlx::any::AnyArguments<'q>>,
        )
            -> sqlx::query::QueryScalar<'q, sqlx::Any, i64, sqlx::any::AnyArguments<'q>>,
    ) -> StoreResult<i64> {
        bind(sqlx::query_scalar(sql))
            .fetch_one(self.pool())
            .await
            .map_err(StoreError::from_write)
    }
}
