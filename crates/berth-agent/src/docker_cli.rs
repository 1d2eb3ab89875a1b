//! The two Docker operations the agent needs that the `ContainerRuntime` trait does not offer
//! yet: importing a root filesystem as an image (the pause image) and removing named volumes
//! (task-scoped volumes at cleanup). Both run the `docker` CLI with a deadline.
//!
//! A stopgap with a narrow surface: callers pass only names the agent itself made. When the
//! trait grows `import_image` and `remove_volume`, this module goes away.

use std::process::Stdio;
use std::time::Duration;

use tokio::io::AsyncWriteExt;

/// Deadline for one CLI call: an import of the ~2 MB pause rootfs or a volume removal takes
/// well under a second; a minute covers a busy daemon.
const CLI_TIMEOUT: Duration = Duration::from_secs(60);

async fn run(args: &[&str], stdin: Option<&[u8]>) -> Result<(), String> {
    let call = async {
        let mut child = tokio::process::Command::new("docker")
            .args(args)
            .stdin(if stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("cannot run docker: {e}"))?;
        if let (Some(bytes), Some(mut pipe)) = (stdin, child.stdin.take()) {
            pipe.write_all(bytes).await.map_err(|e| e.to_string())?;
        }
        let output = child.wait_with_output().await.map_err(|e| e.to_string())?;
        if output.status.success() {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
        }
    };
    tokio::time::timeout(CLI_TIMEOUT, call)
        .await
        .map_err(|_| format!("docker {} gave no answer within {CLI_TIMEOUT:?}", args[0]))?
}

/// `docker import --change <change> - <image>` of the tar archive `rootfs`.
pub async fn import(rootfs: &[u8], image: &str, change: &str) -> Result<(), String> {
    run(&["import", "--change", change, "-", image], Some(rootfs)).await
}

/// `docker volume rm -f <names...>` (missing volumes are fine).
pub async fn remove_volumes(names: &[String]) -> Result<(), String> {
    if names.is_empty() {
        return Ok(());
    }
    let mut args = vec!["volume", "rm", "-f"];
    args.extend(names.iter().map(String::as_str));
    run(&args, None).await
}
