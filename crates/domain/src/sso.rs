//! Single sign-on's rules: which site roles an identity provider's groups give, and what
//! changes at a sign-in to make a person's roles match them.

use crate::roles::SiteRole;

/// `--oidc-role-map hub-admins=administrator,hub-editors=editor`: each group named by the
/// provider gives a site role (whole organisation). Roles are named by their code (`admin`,
/// `editor`, `leader`, `consultant`) or in full (`administrator`, `content-editor`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleMap {
    entries: Vec<(String, SiteRole)>,
}

/// A role name of the map, by code or in full.
fn role_named(name: &str) -> Option<SiteRole> {
    let name = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    match name.as_str() {
        "administrator" => Some(SiteRole::Administrator),
        "content-editor" => Some(SiteRole::ContentEditor),
        other => SiteRole::parse(other),
    }
}

impl RoleMap {
    /// Reads `group=role,group=role`; an empty text is an empty map. The error names the
    /// entry that is wrong and says what is expected.
    pub fn parse(text: &str) -> Result<RoleMap, String> {
        let mut entries = Vec::new();
        for entry in text.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let Some((group, role)) = entry.split_once('=') else {
                return Err(format!(
                    "\"{entry}\" is not group=role (for example hub-admins=administrator)"
                ));
            };
            let group = group.trim();
            if group.is_empty() {
                return Err(format!("\"{entry}\" names no group before ="));
            }
            let Some(role) = role_named(role) else {
                return Err(format!(
                    "\"{}\" in \"{entry}\" is not a site role: use administrator, editor, leader or consultant",
                    role.trim()
                ));
            };
            entries.push((group.to_string(), role));
        }
        Ok(RoleMap { entries })
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The roles this map gives to someone, and so the only roles sign-in adds or removes:
    /// a role an administrator grants by hand that no group gives is left alone.
    pub fn managed(&self) -> Vec<SiteRole> {
        let mut roles: Vec<SiteRole> = Vec::new();
        for (_, role) in &self.entries {
            if !roles.contains(role) {
                roles.push(*role);
            }
        }
        roles
    }

    /// The roles that `groups` give.
    pub fn roles_for(&self, groups: &[String]) -> Vec<SiteRole> {
        let mut roles: Vec<SiteRole> = Vec::new();
        for (group, role) in &self.entries {
            if groups.iter().any(|g| g == group) && !roles.contains(role) {
                roles.push(*role);
            }
        }
        roles
    }

    /// What a sign-in changes: the managed roles to grant (given but not held) and to take
    /// away (held but no longer given). `held` are the person's organisation-wide roles.
    pub fn plan(&self, groups: &[String], held: &[SiteRole]) -> RoleChanges {
        let wanted = self.roles_for(groups);
        RoleChanges {
            grant: wanted
                .iter()
                .copied()
                .filter(|r| !held.contains(r))
                .collect(),
            revoke: self
                .managed()
                .into_iter()
                .filter(|r| held.contains(r) && !wanted.contains(r))
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleChanges {
    pub grant: Vec<SiteRole>,
    pub revoke: Vec<SiteRole>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn a_map_is_read_by_role_code_or_full_name() {
        let map = RoleMap::parse(" hub-admins=administrator , hub-editors=editor,x=content editor")
            .expect("valid");
        assert_eq!(
            map.roles_for(&groups(&["hub-admins", "x"])),
            vec![SiteRole::Administrator, SiteRole::ContentEditor]
        );
        assert_eq!(
            map.managed(),
            vec![SiteRole::Administrator, SiteRole::ContentEditor]
        );
        assert!(RoleMap::parse("").expect("empty").is_empty());
    }

    #[test]
    fn a_wrong_entry_is_named() {
        let err = RoleMap::parse("hub-admins=boss").unwrap_err();
        assert!(err.contains("\"boss\""), "{err}");
        let err = RoleMap::parse("hub-admins").unwrap_err();
        assert!(err.contains("group=role"), "{err}");
        assert!(RoleMap::parse("=admin").is_err());
    }

    #[test]
    fn sign_in_grants_what_groups_give_and_takes_back_only_managed_roles() {
        let map = RoleMap::parse("hub-admins=admin,hub-editors=editor").expect("valid");
        // Newly in the editors' group, no longer an administrator; a leader role granted by
        // hand is not the map's business.
        let changes = map.plan(
            &groups(&["hub-editors", "nurses"]),
            &[SiteRole::Administrator, SiteRole::Leader],
        );
        assert_eq!(changes.grant, vec![SiteRole::ContentEditor]);
        assert_eq!(changes.revoke, vec![SiteRole::Administrator]);
        // Nothing to do when roles already match.
        let same = map.plan(&groups(&["hub-editors"]), &[SiteRole::ContentEditor]);
        assert_eq!(same, RoleChanges::default());
    }
}
