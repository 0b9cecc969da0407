//! `lmp users`: create an account, reset a password, grant a site role.

use lmp_domain::access::Scope;
use lmp_domain::{FieldErrors, Msg, Side, SiteRole};
use lmp_store::people::PersonInput;

use crate::Database;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Create a person who can sign in.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// management, labor or physician.
        #[arg(long)]
        side: String,
        /// The union local's exact name (labor side).
        #[arg(long)]
        local: Option<String>,
        #[arg(long, default_value = "")]
        job_title: String,
        /// The password (at least 10 characters); read from LMP_PASSWORD when not given.
        #[arg(long, env = "LMP_PASSWORD", hide_env_values = true)]
        password: String,
    },
    /// Set a new password and end the person's sessions.
    ResetPassword {
        #[arg(long)]
        email: String,
        #[arg(long, env = "LMP_PASSWORD", hide_env_values = true)]
        password: String,
    },
    /// Grant a site role: admin, editor, leader or consultant.
    Grant {
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: String,
        /// Limit a leader or consultant to this region (by exact name).
        #[arg(long)]
        region: Option<String>,
        /// Limit a leader or consultant to this facility (by exact name).
        #[arg(long)]
        facility: Option<String>,
    },
}

fn check_password(password: &str) -> anyhow::Result<String> {
    if password.chars().count() < lmp_web::auth::password::MIN_LENGTH {
        anyhow::bail!(
            "the password must have at least {} characters",
            lmp_web::auth::password::MIN_LENGTH
        );
    }
    lmp_web::auth::password::hash(password).map_err(|e| anyhow::anyhow!("{e:?}"))
}

fn explain(errors: FieldErrors) -> anyhow::Error {
    let lines: Vec<String> = errors
        .iter()
        .map(|(f, m)| format!("--{f}: {}", lmp_web::i18n::english(m)))
        .collect();
    anyhow::anyhow!(lines.join("\n"))
}

pub async fn run(database: &Database, args: Args) -> anyhow::Result<()> {
    let store = database.open().await?;
    match args.command {
        Command::Create {
            email,
            name,
            side,
            local,
            job_title,
            password,
        } => {
            let mut errors = FieldErrors::new();
            let email = lmp_domain::validation::email(&mut errors, "email", &email);
            let name = lmp_domain::validation::required_text(
                &mut errors,
                "name",
                "cli-field-name",
                &name,
                120,
            );
            let side_value = Side::parse(&side);
            if side_value.is_none() {
                errors.add("side", "cli-side-choices");
            }
            let org = store.org_tree().await?;
            let local_id = match &local {
                Some(local) => match org.locals.iter().find(|l| &l.name == local) {
                    Some(l) => Some(l.id),
                    None => {
                        errors.add(
                            "local",
                            Msg::new("cli-no-local").text("local", local.as_str()),
                        );
                        None
                    }
                },
                None => None,
            };
            errors.into_result().map_err(explain)?;
            let hash = check_password(&password)?;
            let id = store
                .create_person(&PersonInput {
                    name,
                    email: email.clone(),
                    side: side_value.unwrap_or(Side::Management),
                    local_id,
                    job_title,
                    facility_id: None,
                })
                .await
                .map_err(|e| match e {
                    lmp_store::StoreError::Conflict { .. } => {
                        anyhow::anyhow!("someone already has the email {email}")
                    }
                    e => e.into(),
                })?;
            store.set_password_hash(id, &hash).await?;
            store
                .audit(None, "person.create", "person", Some(id), "cli")
                .await?;
            println!("Created {email} (person {id}).");
        }
        Command::ResetPassword { email, password } => {
            let person = store
                .person_by_email(&email)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no one has the email {email}"))?;
            let hash = check_password(&password)?;
            store.set_password_hash(person.id, &hash).await?;
            store.delete_sessions_of(person.id).await?;
            store
                .audit(None, "person.password", "person", Some(person.id), "cli")
                .await?;
            println!(
                "New password set for {}; their sessions have ended.",
                person.email
            );
        }
        Command::Grant {
            email,
            role,
            region,
            facility,
        } => {
            let person = store
                .person_by_email(&email)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no one has the email {email}"))?;
            let role = SiteRole::parse(&role).ok_or_else(|| {
                anyhow::anyhow!("unknown role {role:?}: use admin, editor, leader or consultant")
            })?;
            let org = store.org_tree().await?;
            let scope = match (region, facility) {
                (Some(_), Some(_)) => anyhow::bail!("give --region or --facility, not both"),
                (Some(name), None) => Scope::Region(
                    org.regions
                        .iter()
                        .find(|r| r.name == name)
                        .map(|r| r.id)
                        .ok_or_else(|| anyhow::anyhow!("no region is named {name:?}"))?,
                ),
                (None, Some(name)) => Scope::Facility(
                    org.facilities
                        .iter()
                        .find(|f| f.name == name)
                        .map(|f| f.id)
                        .ok_or_else(|| anyhow::anyhow!("no facility is named {name:?}"))?,
                ),
                (None, None) => Scope::National,
            };
            if !role.is_scoped() && scope != Scope::National {
                anyhow::bail!(
                    "{} applies to the whole organisation; drop --region/--facility",
                    role.label()
                );
            }
            store
                .grant_site_role(person.id, role, scope)
                .await
                .map_err(|e| match e {
                    lmp_store::StoreError::Conflict { .. } => {
                        anyhow::anyhow!("{email} already holds this role")
                    }
                    e => e.into(),
                })?;
            store
                .audit(
                    None,
                    "site_role.grant",
                    "person",
                    Some(person.id),
                    role.code(),
                )
                .await?;
            println!("Granted {} to {email}.", role.label());
        }
    }
    store.close().await;
    Ok(())
}
