//! Process-level behaviours: signal handling, the host name, the start-up side effects of
//! `serve` (print the environment, write a file), and the background timers (exit after a
//! delay, numbered log lines).
//!
//! This is the only module that installs signal handlers or ends the process on its own; the
//! formatting of what it prints is kept in small pure functions so that it can be tested.

use std::collections::BTreeMap;
use std::io::Write;
use std::thread;
use std::time::Duration;

use crate::config::{LogConfig, LogStream, WriteFile};

/// Exits at once with status 0. Only async-signal-safe calls are allowed in a handler, so it
/// calls `_exit` directly; nothing is lost because Rust's stdout is line-buffered.
extern "C" fn exit_on_signal(_signal: libc::c_int) {
    // SAFETY: `_exit` is async-signal-safe and takes no pointers.
    unsafe { libc::_exit(0) }
}

/// Makes SIGTERM (unless `ignore_sigterm`) and SIGINT exit 0, or makes SIGTERM ignored.
///
/// An explicit handler matters because the process is often PID 1 in its container, and the
/// kernel does not apply a default action to PID 1: without a handler SIGTERM would do
/// nothing and every `docker stop` would wait for its SIGKILL.
pub fn install_signal_handlers(ignore_sigterm: bool) -> std::io::Result<()> {
    let exit_handler = exit_on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
    let term_handler = if ignore_sigterm {
        libc::SIG_IGN
    } else {
        exit_handler
    };
    for (signal, handler) in [(libc::SIGTERM, term_handler), (libc::SIGINT, exit_handler)] {
        // SAFETY: the handler is either SIG_IGN or an `extern "C"` function that only calls
        // the async-signal-safe `_exit`.
        if unsafe { libc::signal(signal, handler) } == libc::SIG_ERR {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// The kernel host name (a container's short id under Docker), or `HOSTNAME`, or `unknown`.
pub fn hostname() -> String {
    let mut buffer = [0u8; 256];
    // SAFETY: the pointer and length describe `buffer`, which outlives the call.
    let result = unsafe { libc::gethostname(buffer.as_mut_ptr().cast(), buffer.len()) };
    if result == 0 {
        let end = buffer.iter().position(|&b| b == 0).unwrap_or(buffer.len());
        if end > 0 {
            return String::from_utf8_lossy(&buffer[..end]).into_owned();
        }
    }
    std::env::var("HOSTNAME").unwrap_or_else(|_| "unknown".to_string())
}

/// The process environment, sorted by name (lossy for non-UTF-8 entries).
pub fn environment() -> BTreeMap<String, String> {
    std::env::vars_os()
        .map(|(key, value)| {
            (
                key.to_string_lossy().into_owned(),
                value.to_string_lossy().into_owned(),
            )
        })
        .collect()
}

/// `KEY=VALUE` lines, one per variable, in name order.
pub fn render_environment(environment: &BTreeMap<String, String>) -> String {
    environment
        .iter()
        .map(|(key, value)| format!("{key}={value}\n"))
        .collect()
}

/// Writes `WRITE_FILE`'s content; the caller exits non-zero on failure.
pub fn write_file(file: &WriteFile) -> std::io::Result<()> {
    std::fs::write(&file.path, &file.content)
}

/// The numbered line `n` for a stream: `stdout line 3`.
pub fn log_line(stream: LogStream, n: u64) -> String {
    let name = match stream {
        LogStream::Stdout | LogStream::Both => "stdout",
        LogStream::Stderr => "stderr",
    };
    format!("{name} line {n}")
}

/// The shortest pause between unbounded log lines, so that `LOG_EVERY_MS=0` without
/// `LOG_LINES` cannot spin a core.
const MIN_UNBOUNDED_LOG_INTERVAL: Duration = Duration::from_millis(1);

/// Prints the numbered lines from a background thread.
pub fn spawn_logger(log: LogConfig) {
    thread::spawn(move || {
        let every = if log.lines.is_none() {
            log.every.max(MIN_UNBOUNDED_LOG_INTERVAL)
        } else {
            log.every
        };
        let mut n = 0u64;
        while log.lines.is_none_or(|lines| n < lines) {
            n += 1;
            // Write errors (a closed pipe) are ignored: logging must never crash the app.
            if matches!(log.stream, LogStream::Stdout | LogStream::Both) {
                let _ = writeln!(
                    std::io::stdout().lock(),
                    "{}",
                    log_line(LogStream::Stdout, n)
                );
            }
            if matches!(log.stream, LogStream::Stderr | LogStream::Both) {
                let _ = writeln!(
                    std::io::stderr().lock(),
                    "{}",
                    log_line(LogStream::Stderr, n)
                );
            }
            if !every.is_zero() {
                thread::sleep(every);
            }
        }
    });
}

/// Exits the process with `code` after `delay`, from a background thread.
pub fn spawn_exit_timer(delay: Duration, code: i32) {
    thread::spawn(move || {
        thread::sleep(delay);
        let _ = writeln!(
            std::io::stdout().lock(),
            "berth-testapp: exiting with code {code} after {delay:?}"
        );
        std::process::exit(code);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_lines_name_their_stream() {
        assert_eq!(log_line(LogStream::Stdout, 1), "stdout line 1");
        assert_eq!(log_line(LogStream::Both, 2), "stdout line 2");
        assert_eq!(log_line(LogStream::Stderr, 10), "stderr line 10");
    }

    #[test]
    fn environment_renders_sorted() {
        let environment: BTreeMap<String, String> = [("B", "2"), ("A", "x=y")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(render_environment(&environment), "A=x=y\nB=2\n");
    }

    #[test]
    fn hostname_is_not_empty() {
        assert!(!hostname().is_empty());
    }

    #[test]
    fn write_file_reports_failure() {
        let missing_dir = WriteFile {
            path: "/nonexistent-berth-testapp-dir/x".into(),
            content: "x".into(),
        };
        assert!(write_file(&missing_dir).is_err());
    }
}
