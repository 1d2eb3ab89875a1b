//! The agent's durable state under the data directory: one JSON file per task in `tasks/`, the
//! registration in `instance.json`, each written atomically (temp file, fsync, rename, fsync of
//! the directory) so that a `kill -9` leaves either the old or the new version, never a torn one.
//!
//! This module owns file layout and atomicity only: what a record means belongs to its owner
//! (the task actor, registration). Records carry a format version and unknown versions are
//! refused rather than misread.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Why the data directory could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum PersistError {
    #[error("cannot {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is not a valid record: {message}")]
    Corrupt { path: String, message: String },
}

fn io<'a>(
    action: &'static str,
    path: &'a Path,
) -> impl FnOnce(std::io::Error) -> PersistError + 'a {
    move |source| PersistError::Io {
        action,
        path: path.display().to_string(),
        source,
    }
}

/// The data directory.
#[derive(Debug, Clone)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// Opens (creating if needed) the data directory and its `tasks/` subdirectory.
    pub fn open(root: impl Into<PathBuf>) -> Result<DataDir, PersistError> {
        let root = root.into();
        let tasks = root.join("tasks");
        std::fs::create_dir_all(&tasks).map_err(io("create", &tasks))?;
        Ok(DataDir { root })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Path of a file directly under the data directory.
    pub fn file(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    fn tasks_dir(&self) -> PathBuf {
        self.root.join("tasks")
    }

    /// The file of the task with this ARN: the ARN's characters outside `[A-Za-z0-9._-]` are
    /// hex-escaped, so that every ARN maps to one distinct, safe file name.
    pub fn task_file(&self, task_arn: &str) -> PathBuf {
        let mut name = String::with_capacity(task_arn.len() + 5);
        for byte in task_arn.bytes() {
            if byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'-') {
                name.push(char::from(byte));
            } else {
                name.push_str(&format!("_{byte:02x}"));
            }
        }
        name.push_str(".json");
        self.tasks_dir().join(name)
    }

    /// Writes `value` as JSON to `path` atomically.
    pub fn write_json<T: Serialize>(&self, path: &Path, value: &T) -> Result<(), PersistError> {
        let bytes = serde_json::to_vec_pretty(value).map_err(|e| PersistError::Corrupt {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        write_atomic(path, &bytes)
    }

    /// Reads a JSON record; `None` when the file does not exist.
    pub fn read_json<T: DeserializeOwned>(&self, path: &Path) -> Result<Option<T>, PersistError> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io("read", path)(e)),
        };
        serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| PersistError::Corrupt {
                path: path.display().to_string(),
                message: e.to_string(),
            })
    }

    /// Removes a record; a missing file is fine.
    pub fn remove(&self, path: &Path) -> Result<(), PersistError> {
        match std::fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io("remove", path)(e)),
        }
        if let Some(dir) = path.parent() {
            sync_dir(dir)?;
        }
        Ok(())
    }

    /// Every task file, sorted by name.
    pub fn task_files(&self) -> Result<Vec<PathBuf>, PersistError> {
        let dir = self.tasks_dir();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(io("list", &dir))?
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        Ok(files)
    }
}

/// temp file in the same directory → write → fsync → rename over → fsync the directory.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), PersistError> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{file_name}.tmp"));
    {
        let mut file = std::fs::File::create(&temp).map_err(io("create", &temp))?;
        file.write_all(bytes).map_err(io("write", &temp))?;
        file.sync_all().map_err(io("fsync", &temp))?;
    }
    std::fs::rename(&temp, path).map_err(io("rename", path))?;
    sync_dir(dir)
}

fn sync_dir(dir: &Path) -> Result<(), PersistError> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io("fsync", dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_missing_ones_are_none() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::open(dir.path()).unwrap();
        let path = data.task_file("arn:aws:ecs:us-east-1:1:task/default/abc");
        assert_eq!(
            path.file_name().unwrap().to_str().unwrap(),
            "arn_3aaws_3aecs_3aus-east-1_3a1_3atask_2fdefault_2fabc.json"
        );
        assert_eq!(data.read_json::<Vec<u32>>(&path).unwrap(), None);
        data.write_json(&path, &vec![1, 2]).unwrap();
        data.write_json(&path, &vec![3]).unwrap();
        assert_eq!(data.read_json::<Vec<u32>>(&path).unwrap(), Some(vec![3]));
        assert_eq!(data.task_files().unwrap(), std::slice::from_ref(&path));
        // No temp file is left behind.
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1
        );
        data.remove(&path).unwrap();
        data.remove(&path).unwrap();
        assert!(data.task_files().unwrap().is_empty());
    }

    #[test]
    fn corrupt_records_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::open(dir.path()).unwrap();
        let path = data.file("instance.json");
        std::fs::write(&path, b"{not json").unwrap();
        assert!(matches!(
            data.read_json::<serde_json::Value>(&path),
            Err(PersistError::Corrupt { .. })
        ));
    }

    #[test]
    fn distinct_arns_get_distinct_files() {
        let data = DataDir {
            root: PathBuf::from("/x"),
        };
        assert_ne!(data.task_file("a/b"), data.task_file("a_2fb"));
    }
}
