//! The pause image that holds an `awsvpc` task's network namespace, built locally because a
//! berth host cannot count on a registry: a root filesystem of a static busybox (`/bin/busybox`
//! with `sh` and `sleep` links) imported with `docker import` and `CMD ["/bin/sleep", ...]`.
//!
//! The tar writer is pure and tested; the import runs the Docker CLI (see `docker_cli`: the
//! runtime trait has no import call yet). Built once, on agent start, only if missing.

use std::path::Path;
use std::sync::Arc;

use berth_docker::ContainerRuntime;

/// The longest `sleep` busybox accepts portably (about 68 years).
const SLEEP_FOREVER: &str = "2147483647";

/// One entry of a tar archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TarEntry<'a> {
    Dir {
        path: &'a str,
    },
    File {
        path: &'a str,
        mode: u32,
        data: &'a [u8],
    },
    Symlink {
        path: &'a str,
        target: &'a str,
    },
}

fn octal(field: &mut [u8], value: u64) {
    // Width-1 digits, NUL-terminated, as ustar expects.
    let digits = field.len() - 1;
    let text = format!("{value:0digits$o}");
    let bytes = text.as_bytes();
    let start = bytes.len().saturating_sub(digits);
    field[..digits].copy_from_slice(&bytes[start..]);
    field[digits] = 0;
}

fn header(path: &str, mode: u32, size: u64, kind: u8, link: &str) -> [u8; 512] {
    let mut h = [0u8; 512];
    let name = path.as_bytes();
    let n = name.len().min(100);
    h[..n].copy_from_slice(&name[..n]);
    octal(&mut h[100..108], u64::from(mode));
    octal(&mut h[108..116], 0);
    octal(&mut h[116..124], 0);
    octal(&mut h[124..136], size);
    octal(&mut h[136..148], 0);
    h[148..156].fill(b' ');
    h[156] = kind;
    let link = link.as_bytes();
    let l = link.len().min(100);
    h[157..157 + l].copy_from_slice(&link[..l]);
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    h[265..269].copy_from_slice(b"root");
    h[297..301].copy_from_slice(b"root");
    let sum: u32 = h.iter().map(|b| u32::from(*b)).sum();
    let text = format!("{sum:06o}\0 ");
    h[148..156].copy_from_slice(text.as_bytes());
    h
}

/// A ustar archive of `entries` (paths shorter than 100 bytes).
pub fn tar(entries: &[TarEntry<'_>]) -> Vec<u8> {
    let mut out = Vec::new();
    for entry in entries {
        match entry {
            TarEntry::Dir { path } => out.extend_from_slice(&header(path, 0o755, 0, b'5', "")),
            TarEntry::Symlink { path, target } => {
                out.extend_from_slice(&header(path, 0o777, 0, b'2', target))
            }
            TarEntry::File { path, mode, data } => {
                out.extend_from_slice(&header(path, *mode, data.len() as u64, b'0', ""));
                out.extend_from_slice(data);
                let pad = (512 - data.len() % 512) % 512;
                out.extend(std::iter::repeat_n(0u8, pad));
            }
        }
    }
    out.extend(std::iter::repeat_n(0u8, 1024));
    out
}

/// The pause image's root filesystem around `busybox`.
pub fn pause_rootfs(busybox: &[u8]) -> Vec<u8> {
    tar(&[
        TarEntry::Dir { path: "bin/" },
        TarEntry::File {
            path: "bin/busybox",
            mode: 0o755,
            data: busybox,
        },
        TarEntry::Symlink {
            path: "bin/sh",
            target: "busybox",
        },
        TarEntry::Symlink {
            path: "bin/sleep",
            target: "busybox",
        },
    ])
}

/// Why the pause image could not be built.
#[derive(Debug, thiserror::Error)]
pub enum PauseImageError {
    #[error("cannot read {path} (install Debian's busybox-static): {source}")]
    Busybox {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("docker import failed: {0}")]
    Import(String),
}

/// Makes sure `image` exists, importing it from `busybox` if not.
pub async fn ensure_pause_image(
    runtime: &Arc<dyn ContainerRuntime>,
    image: &str,
    busybox: &Path,
) -> Result<(), PauseImageError> {
    if runtime.image_present(image).await.unwrap_or(false) {
        return Ok(());
    }
    let bytes = tokio::fs::read(busybox)
        .await
        .map_err(|source| PauseImageError::Busybox {
            path: busybox.display().to_string(),
            source,
        })?;
    let rootfs = pause_rootfs(&bytes);
    let change = format!(r#"CMD ["/bin/sleep", "{SLEEP_FOREVER}"]"#);
    crate::docker_cli::import(&rootfs, image, &change)
        .await
        .map_err(PauseImageError::Import)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archives_have_valid_headers_and_padding() {
        let data = b"hello";
        let archive = pause_rootfs(data);
        // dir + file header + one data block + 2 symlinks + 2 end blocks.
        assert_eq!(archive.len(), 512 * 7);
        let file = &archive[512..1024];
        assert_eq!(&file[..11], b"bin/busybox");
        assert_eq!(&file[124..136], b"00000000005\0");
        assert_eq!(file[156], b'0');
        assert_eq!(&file[257..263], b"ustar\0");
        // The checksum counts the checksum field as spaces.
        let mut copy = file.to_vec();
        copy[148..156].fill(b' ');
        let sum: u32 = copy.iter().map(|b| u32::from(*b)).sum();
        let stored = std::str::from_utf8(&file[148..154]).unwrap();
        assert_eq!(u32::from_str_radix(stored, 8).unwrap(), sum);
        assert_eq!(&archive[1024..1029], b"hello");
        let link = &archive[1536..2048];
        assert_eq!(link[156], b'2');
        assert_eq!(&link[157..164], b"busybox");
        assert!(archive[512 * 5..].iter().all(|b| *b == 0));
    }
}
