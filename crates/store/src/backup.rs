//! Backups: every table read inside one consistent snapshot while the hub keeps serving, and
//! loaded back in one transaction that either restores everything or changes nothing.
//!
//! Rows travel as JSON arrays made by the database itself (`json_array` / `json_build_array`)
//! and are written back with one bound parameter per batch (`json_each` /
//! `json_array_elements`), because the driver's cost is per row and per parameter. The same
//! rows load into either database, so a backup of an SQLite hub restores into PostgreSQL.
//! Tables are found in the database, not listed here, so new migrations are backed up without
//! changes to this file; `_sqlx_migrations` is left out and compared as a schema version.

use std::collections::{BTreeMap, BTreeSet};

use futures_util::TryStreamExt;
use sqlx::{Any, Row, Transaction};

use crate::{Backend, Store, StoreError, StoreResult};

/// A table as a backup sees it: its columns in order and the key its rows are read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub name: String,
    pub columns: Vec<String>,
    /// The primary key (rows are read in its order, so parents come before their children
    /// inside a table that refers to itself).
    key: Vec<String>,
    /// An integer column that orders the rows and lets them be read in chunks (SQLite's rowid,
    /// or a PostgreSQL table's one-column integer key).
    chunk_key: Option<String>,
    /// SQLite: "real" or "blob" for columns declared so; PostgreSQL: every column's type, for
    /// the casts. Bytes travel as hexadecimal text.
    types: Vec<String>,
}

/// Rows read in one round trip when a table can be read in chunks.
const CHUNK_ROWS: i64 = 5_000;

/// The tables of the database in an order where a table comes after every table it refers to.
async fn tables(tx: &mut Transaction<'static, Any>, backend: Backend) -> StoreResult<Vec<Table>> {
    let names: Vec<String> = match backend {
        Backend::Sqlite => {
            sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite%' AND name <> '_sqlx_migrations' \
                 AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
            )
            .fetch_all(&mut **tx)
            .await?
        }
        Backend::Postgres => {
            sqlx::query_scalar(
                "SELECT table_name::text FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
                 AND table_name <> '_sqlx_migrations' ORDER BY table_name",
            )
            .fetch_all(&mut **tx)
            .await?
        }
    };
    let mut found = BTreeMap::new();
    let mut parents: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for name in names {
        let (columns, key, chunk_key, types, refers_to) = match backend {
            Backend::Sqlite => {
                let rows = sqlx::query(
                    "SELECT name, pk, type FROM pragma_table_xinfo($1) WHERE hidden = 0 \
                     ORDER BY cid",
                )
                .bind(&name)
                .fetch_all(&mut **tx)
                .await?;
                let mut columns = Vec::new();
                let mut key = Vec::new();
                let mut types = Vec::new();
                for row in rows {
                    let column: String = row.try_get(0)?;
                    let pk: i64 = row.try_get(1)?;
                    let declared: String = row.try_get(2)?;
                    let upper = declared.to_uppercase();
                    let kind = if ["REAL", "FLOA", "DOUB"].iter().any(|t| upper.contains(t)) {
                        "real"
                    } else if upper.contains("BLOB") {
                        "blob"
                    } else {
                        ""
                    };
                    if pk > 0 {
                        key.push((pk, column.clone()));
                    }
                    types.push(kind.to_string());
                    columns.push(column);
                }
                key.sort();
                let refers_to: Vec<String> =
                    sqlx::query_scalar("SELECT \"table\" FROM pragma_foreign_key_list($1)")
                        .bind(&name)
                        .fetch_all(&mut **tx)
                        .await?;
                let key = key.into_iter().map(|(_, c)| c).collect();
                let without_rowid: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = $1 \
                     AND UPPER(sql) LIKE '%WITHOUT ROWID%'",
                )
                .bind(&name)
                .fetch_one(&mut **tx)
                .await?;
                let chunk_key = (without_rowid == 0).then(|| "rowid".to_string());
                (columns, key, chunk_key, types, refers_to)
            }
            Backend::Postgres => {
                let rows = sqlx::query(
                    "SELECT a.attname::text, format_type(a.atttypid, a.atttypmod) \
                     FROM pg_attribute a WHERE a.attrelid = quote_ident($1)::regclass \
                     AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' \
                     ORDER BY a.attnum",
                )
                .bind(&name)
                .fetch_all(&mut **tx)
                .await?;
                let mut columns = Vec::new();
                let mut types = Vec::new();
                for row in rows {
                    columns.push(row.try_get::<String, _>(0)?);
                    types.push(row.try_get::<String, _>(1)?);
                }
                let key: Vec<String> = sqlx::query_scalar(
                    "SELECT a.attname::text FROM pg_index i \
                     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) \
                     WHERE i.indrelid = quote_ident($1)::regclass AND i.indisprimary \
                     ORDER BY array_position(i.indkey::int2[], a.attnum)",
                )
                .bind(&name)
                .fetch_all(&mut **tx)
                .await?;
                let refers_to: Vec<String> = sqlx::query_scalar(
                    "SELECT DISTINCT r.relname::text FROM pg_constraint c \
                     JOIN pg_class r ON r.oid = c.confrelid \
                     WHERE c.contype = 'f' AND c.conrelid = quote_ident($1)::regclass",
                )
                .bind(&name)
                .fetch_all(&mut **tx)
                .await?;
                let chunk_key = match key.as_slice() {
                    [only] => columns
                        .iter()
                        .position(|c| c == only)
                        .filter(|at| {
                            ["bigint", "integer", "smallint"].contains(&types[*at].as_str())
                        })
                        .map(|_| only.clone()),
                    _ => None,
                };
                (columns, key, chunk_key, types, refers_to)
            }
        };
        parents.insert(
            name.clone(),
            refers_to.into_iter().filter(|p| *p != name).collect(),
        );
        found.insert(
            name.clone(),
            Table {
                name,
                columns,
                key,
                chunk_key,
                types,
            },
        );
    }
    // Parents first (Kahn's order, by name among equals so every backup lists tables alike).
    let mut ordered = Vec::with_capacity(found.len());
    let mut placed = BTreeSet::new();
    while placed.len() < found.len() {
        let ready: Vec<String> = found
            .keys()
            .filter(|n| !placed.contains(*n))
            .filter(|n| {
                parents[*n]
                    .iter()
                    .all(|p| placed.contains(p) || !found.contains_key(p))
            })
            .cloned()
            .collect();
        // A cycle between tables would need deferred checks; take the rest in name order.
        let next = if ready.is_empty() {
            found
                .keys()
                .filter(|n| !placed.contains(*n))
                .cloned()
                .collect()
        } else {
            ready
        };
        for name in next {
            placed.insert(name.clone());
            ordered.push(found[&name].clone());
        }
    }
    Ok(ordered)
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The database's schema version: the highest migration applied.
async fn schema_version_in(tx: &mut Transaction<'static, Any>) -> StoreResult<i64> {
    let version: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success = TRUE")
            .fetch_one(&mut **tx)
            .await?;
    Ok(version.unwrap_or(0))
}

/// A read-only view of the whole database at one moment, held open while rows are read.
pub struct Snapshot {
    tx: Transaction<'static, Any>,
    backend: Backend,
    pub schema_version: i64,
    /// Every table with its number of rows at the snapshot, parents first.
    pub tables: Vec<(Table, u64)>,
}

impl Store {
    /// The schema version this database is at (the highest migration applied).
    pub async fn schema_version(&self) -> StoreResult<i64> {
        let mut tx = self.pool().begin().await?;
        let version = schema_version_in(&mut tx).await?;
        tx.rollback().await?;
        Ok(version)
    }

    /// Opens a consistent snapshot for a backup. Writers are not blocked: SQLite in WAL mode
    /// keeps the reader's view until the transaction ends, and PostgreSQL's REPEATABLE READ
    /// sees the database as of the first query.
    pub async fn backup_snapshot(&self) -> StoreResult<Snapshot> {
        let mut tx = self.pool().begin().await?;
        if self.backend() == Backend::Postgres {
            sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .execute(&mut *tx)
                .await?;
        }
        let schema_version = schema_version_in(&mut tx).await?;
        let mut counted = Vec::new();
        for table in tables(&mut tx, self.backend()).await? {
            let rows: i64 =
                sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {}", quoted(&table.name)))
                    .fetch_one(&mut *tx)
                    .await?;
            counted.push((table, rows.max(0) as u64));
        }
        Ok(Snapshot {
            tx,
            backend: self.backend(),
            schema_version,
            tables: counted,
        })
    }

    /// Starts a restore: one transaction in which every table is emptied. Nothing is visible
    /// to anyone until [`Restore::finish`] commits; dropping the `Restore` undoes it all.
    pub async fn begin_restore(&self) -> StoreResult<Restore> {
        let mut tx = self.pool().begin().await?;
        let backend = self.backend();
        if backend == Backend::Sqlite {
            // Rows are checked against their parents at commit, not one by one.
            sqlx::query("PRAGMA defer_foreign_keys = ON")
                .execute(&mut *tx)
                .await?;
        }
        let schema_version = schema_version_in(&mut tx).await?;
        let tables = tables(&mut tx, backend).await?;
        match backend {
            Backend::Sqlite => {
                for table in tables.iter().rev() {
                    sqlx::query(&format!("DELETE FROM {}", quoted(&table.name)))
                        .execute(&mut *tx)
                        .await?;
                }
            }
            Backend::Postgres if !tables.is_empty() => {
                let all: Vec<String> = tables.iter().map(|t| quoted(&t.name)).collect();
                sqlx::query(&format!("TRUNCATE {}", all.join(", ")))
                    .execute(&mut *tx)
                    .await?;
            }
            Backend::Postgres => {}
        }
        Ok(Restore {
            tx,
            backend,
            schema_version,
            tables,
        })
    }
}

impl Snapshot {
    /// Reads `table` in key order, giving the rows to `each` a chunk at a time: lines that
    /// each hold one row as a JSON array of its values in column order, and how many there
    /// are. Returns the number of rows read.
    pub async fn each_chunk<E: From<StoreError>>(
        &mut self,
        table: &Table,
        mut each: impl FnMut(&str, u64) -> Result<(), E>,
    ) -> Result<u64, E> {
        let values: Vec<String> = table
            .columns
            .iter()
            .zip(&table.types)
            .map(|(column, kind)| {
                let column = quoted(column);
                match self.backend {
                    // SQLite writes reals to JSON with 15 digits; 17 keep every bit.
                    Backend::Sqlite if kind == "real" => format!(
                        "CASE WHEN typeof({column}) = 'real' \
                         THEN json(printf('%!.17g', {column})) ELSE {column} END"
                    ),
                    Backend::Sqlite if kind == "blob" => {
                        format!("CASE WHEN {column} IS NULL THEN NULL ELSE hex({column}) END")
                    }
                    Backend::Postgres if kind == "bytea" => format!("encode({column}, 'hex')"),
                    _ => column,
                }
            })
            .collect();
        let row = match self.backend {
            Backend::Sqlite => format!("json_array({})", values.join(", ")),
            Backend::Postgres => format!("json_build_array({})::text", values.join(", ")),
        };
        let name = quoted(&table.name);
        let mut count = 0;
        if let Some(key) = &table.chunk_key {
            // Many rows per round trip: the driver's cost is per row, the database's is not.
            let key = if key == "rowid" {
                key.clone()
            } else {
                quoted(key)
            };
            let sql = format!(
                "SELECT MAX(k), COUNT(*), {} FROM \
                 (SELECT {key} AS k, {row} AS r FROM {name} WHERE {key} > $1 ORDER BY {key} LIMIT {CHUNK_ROWS}) s",
                match self.backend {
                    Backend::Sqlite => "group_concat(r, char(10) ORDER BY k)",
                    Backend::Postgres => "string_agg(r, chr(10) ORDER BY k)",
                }
            );
            let mut after = i64::MIN;
            loop {
                let chunk = sqlx::query(&sql)
                    .bind(after)
                    .fetch_one(&mut *self.tx)
                    .await
                    .map_err(StoreError::from)?;
                let last: Option<i64> = chunk.try_get(0).map_err(StoreError::from)?;
                let rows: i64 = chunk.try_get(1).map_err(StoreError::from)?;
                let lines: Option<String> = chunk.try_get(2).map_err(StoreError::from)?;
                let (Some(last), Some(lines)) = (last, lines) else {
                    break;
                };
                each(&lines, rows as u64)?;
                count += rows as u64;
                after = last;
            }
            return Ok(count);
        }
        let order = if table.key.is_empty() {
            String::new()
        } else {
            let key: Vec<String> = table.key.iter().map(|k| quoted(k)).collect();
            format!(" ORDER BY {}", key.join(", "))
        };
        let sql = format!("SELECT {row} FROM {name}{order}");
        let mut rows = sqlx::query_scalar::<_, String>(&sql).fetch(&mut *self.tx);
        while let Some(row) = rows.try_next().await.map_err(StoreError::from)? {
            each(&row, 1)?;
            count += 1;
        }
        Ok(count)
    }

    /// Ends the snapshot.
    pub async fn finish(self) -> StoreResult<()> {
        self.tx.rollback().await?;
        Ok(())
    }
}

/// A restore in progress: every table emptied, rows going in batch by batch.
pub struct Restore {
    tx: Transaction<'static, Any>,
    backend: Backend,
    pub schema_version: i64,
    /// The database's tables, parents first.
    pub tables: Vec<Table>,
}

impl Restore {
    /// The table called `name` in this database.
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// Inserts `rows`, a JSON array of rows that each hold the values of `columns` in order.
    /// Columns of the table that are not named get their defaults.
    pub async fn insert(&mut self, table: &str, columns: &[String], rows: &str) -> StoreResult<()> {
        let target = self
            .table(table)
            .ok_or_else(|| StoreError::Config(format!("this database has no table {table}")))?;
        let mut names = Vec::with_capacity(columns.len());
        let mut values = Vec::with_capacity(columns.len());
        for (i, column) in columns.iter().enumerate() {
            let Some(at) = target.columns.iter().position(|c| c == column) else {
                return Err(StoreError::Config(format!(
                    "this database's table {table} has no column {column}"
                )));
            };
            names.push(quoted(column));
            let kind = target.types[at].as_str();
            values.push(match self.backend {
                Backend::Sqlite if kind == "blob" => {
                    format!("unhex(json_extract(value, '$[{i}]'))")
                }
                Backend::Sqlite => format!("json_extract(value, '$[{i}]')"),
                Backend::Postgres if kind == "bytea" => format!("decode(r->>{i}, 'hex')"),
                Backend::Postgres => format!("(r->>{i})::{kind}"),
            });
        }
        let sql = match self.backend {
            Backend::Sqlite => format!(
                "INSERT INTO {} ({}) SELECT {} FROM json_each($1)",
                quoted(table),
                names.join(", "),
                values.join(", ")
            ),
            Backend::Postgres => format!(
                "INSERT INTO {} ({}) SELECT {} FROM json_array_elements($1::json) AS r",
                quoted(table),
                names.join(", "),
                values.join(", ")
            ),
        };
        sqlx::query(&sql).bind(rows).execute(&mut *self.tx).await?;
        Ok(())
    }

    /// Counts the rows now in `table` (inside the restore).
    pub async fn count(&mut self, table: &str) -> StoreResult<u64> {
        let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {}", quoted(table)))
            .fetch_one(&mut *self.tx)
            .await?;
        Ok(rows.max(0) as u64)
    }

    /// Moves PostgreSQL's id sequences past the restored ids, checks every reference, and
    /// commits.
    pub async fn finish(mut self) -> StoreResult<()> {
        match self.backend {
            Backend::Postgres => {
                for table in &self.tables {
                    for column in &table.columns {
                        let sequence: Option<String> = sqlx::query_scalar(
                            "SELECT pg_get_serial_sequence(quote_ident($1), $2)",
                        )
                        .bind(&table.name)
                        .bind(column)
                        .fetch_one(&mut *self.tx)
                        .await?;
                        if let Some(sequence) = sequence {
                            sqlx::query(&format!(
                                "SELECT setval($1::regclass, COALESCE((SELECT MAX({}) FROM {}), 0) + 1, false)",
                                quoted(column),
                                quoted(&table.name)
                            ))
                            .bind(&sequence)
                            .execute(&mut *self.tx)
                            .await?;
                        }
                    }
                }
            }
            Backend::Sqlite => {
                let broken: Vec<String> = sqlx::query_scalar(
                    "SELECT \"table\" || ' → ' || parent FROM pragma_foreign_key_check LIMIT 5",
                )
                .fetch_all(&mut *self.tx)
                .await?;
                if !broken.is_empty() {
                    return Err(StoreError::Config(format!(
                        "the backup's rows refer to rows it does not hold ({})",
                        broken.join(", ")
                    )));
                }
            }
        }
        self.tx.commit().await?;
        Ok(())
    }
}
