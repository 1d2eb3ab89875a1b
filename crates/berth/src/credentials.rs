//! The bootstrap admin credentials: from the environment, or generated once into the data dir.
//!
//! The generated file is an AWS shared-credentials file (`[default]` profile, mode 0600), so the
//! AWS CLI and SDKs use it through `AWS_SHARED_CREDENTIALS_FILE` with no other set-up.

use anyhow::{bail, Context, Result};
use rand::Rng;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where the credentials came from, for the start-up banner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Environment,
    File(PathBuf),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bootstrap {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub source: Source,
}

const ACCESS_KEY_ENV: &str = "BERTH_ACCESS_KEY_ID";
const SECRET_KEY_ENV: &str = "BERTH_SECRET_ACCESS_KEY";

/// Loads the bootstrap credentials, generating and persisting them on first start.
pub fn load_or_create(data_dir: &Path) -> Result<Bootstrap> {
    let env_key = std::env::var(ACCESS_KEY_ENV).ok().filter(|v| !v.is_empty());
    let env_secret = std::env::var(SECRET_KEY_ENV).ok().filter(|v| !v.is_empty());
    match (env_key, env_secret) {
        (Some(access_key_id), Some(secret_access_key)) => {
            return Ok(Bootstrap {
                access_key_id,
                secret_access_key,
                source: Source::Environment,
            })
        }
        (Some(_), None) | (None, Some(_)) => {
            bail!("set both {ACCESS_KEY_ENV} and {SECRET_KEY_ENV}, or neither")
        }
        (None, None) => {}
    }
    let path = data_dir.join("credentials");
    if path.exists() {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let (access_key_id, secret_access_key) = parse(&text)
            .with_context(|| format!("{} is not a valid credentials file", path.display()))?;
        return Ok(Bootstrap {
            access_key_id,
            secret_access_key,
            source: Source::File(path),
        });
    }
    let access_key_id = generate("BKIA", 16, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    let secret_access_key = generate(
        "",
        40,
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
    );
    write_private(
        &path,
        &format!(
            "[default]\naws_access_key_id = {access_key_id}\naws_secret_access_key = {secret_access_key}\n"
        ),
    )?;
    Ok(Bootstrap {
        access_key_id,
        secret_access_key,
        source: Source::File(path),
    })
}

fn generate(prefix: &str, len: usize, alphabet: &[u8]) -> String {
    let mut rng = rand::thread_rng();
    let body: String = (0..len)
        .map(|_| alphabet[rng.gen_range(0..alphabet.len())] as char)
        .collect();
    format!("{prefix}{body}")
}

/// Writes a file readable only by its owner, atomically (temp file + rename).
fn write_private(path: &Path, contents: &str) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let dir = path.parent().context("credentials path has no directory")?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let tmp = path.with_extension("tmp");
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)
        .with_context(|| format!("creating {}", tmp.display()))?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()?;
    std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

/// Reads the `[default]` profile's keys from a shared-credentials file.
fn parse(text: &str) -> Result<(String, String)> {
    let mut in_default = false;
    let (mut key, mut secret) = (None, None);
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_default = line == "[default]";
            continue;
        }
        if !in_default {
            continue;
        }
        if let Some((name, value)) = line.split_once('=') {
            match name.trim() {
                "aws_access_key_id" => key = Some(value.trim().to_string()),
                "aws_secret_access_key" => secret = Some(value.trim().to_string()),
                _ => {}
            }
        }
    }
    match (key, secret) {
        (Some(k), Some(s)) if !k.is_empty() && !s.is_empty() => Ok((k, s)),
        _ => bail!("no aws_access_key_id/aws_secret_access_key in [default]"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_default_profile_only() {
        let text = "[other]\naws_access_key_id = X\n[default]\naws_access_key_id = A\naws_secret_access_key = S\n";
        assert_eq!(parse(text).ok(), Some(("A".into(), "S".into())));
        assert!(parse("[other]\naws_access_key_id = X\n").is_err());
    }

    #[test]
    fn generated_file_is_private_and_reloads() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let first = load_or_create(dir.path()).expect("create");
        let mode = std::fs::metadata(dir.path().join("credentials"))
            .expect("file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let second = load_or_create(dir.path()).expect("reload");
        assert_eq!(first, second);
    }
}
