//! The credentials the listener accepts, and the account each one belongs to.
//!
//! Today these are the bootstrap admin credentials (from the environment or the generated
//! credentials file); the set is a lookup table so that more principals can be added later.

use berth_sigv4::{Credential, CredentialStore};
use std::collections::HashMap;

/// One access key: its secret, optional session token and the account it acts in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaticCredential {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
    pub account: String,
    pub principal: String,
}

/// The access keys the server accepts.
#[derive(Debug, Default, Clone)]
pub struct CredentialSet {
    keys: HashMap<String, StaticCredential>,
}

impl CredentialSet {
    pub fn new(credentials: impl IntoIterator<Item = StaticCredential>) -> Self {
        CredentialSet {
            keys: credentials
                .into_iter()
                .map(|c| (c.access_key_id.clone(), c))
                .collect(),
        }
    }

    /// The account a verified access key acts in.
    pub fn account_of(&self, access_key_id: &str) -> Option<String> {
        self.keys.get(access_key_id).map(|c| c.account.clone())
    }
}

impl CredentialStore for CredentialSet {
    fn lookup(&self, access_key_id: &str) -> Option<Credential> {
        self.keys.get(access_key_id).map(|c| Credential {
            secret_access_key: c.secret_access_key.clone(),
            session_token: c.session_token.clone(),
            principal: c.principal.clone(),
        })
    }
}
