//! `lmp migrate`

use crate::Database;

pub async fn run(database: &Database) -> anyhow::Result<()> {
    let store = database.open().await?;
    store.migrate().await?;
    println!("The database is up to date.");
    store.close().await;
    Ok(())
}
