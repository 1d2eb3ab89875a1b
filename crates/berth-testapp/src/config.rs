//! Command-line and environment parsing: turns `argv` plus an environment lookup into an
//! [`Invocation`].
//!
//! Every behaviour of `serve` can be set by an environment variable (so an ECS task definition can
//! set it) and by a flag (so a container `command` can set it); a flag wins over the variable.
//! This module is pure: it never reads the real environment, touches the network or the clock.

use std::fmt;
use std::time::Duration;

/// The port `serve` listens on when neither `PORT` nor `--port` is given.
pub const DEFAULT_PORT: u16 = 8080;
/// The address `serve` binds by default: inside a container it must be reachable from outside.
pub const DEFAULT_BIND: &str = "0.0.0.0";
/// The exit code `EXIT_AFTER_SECS` uses when `EXIT_CODE` is not set: a crash, not a clean stop.
pub const DEFAULT_EXIT_CODE: i32 = 1;
/// How long `check` waits for an answer by default; ECS health checks default to a 5 s timeout.
pub const DEFAULT_CHECK_TIMEOUT: Duration = Duration::from_secs(5);

/// The usage text printed by `help` and on a usage error.
pub const USAGE: &str = "\
usage: berth-testapp [serve] [--port N] [--bind ADDR] [--healthy-after-secs S]
                     [--unhealthy-after-secs S] [--exit-after-secs S] [--exit-code N]
                     [--ignore-sigterm] [--log-every-ms MS] [--log-lines N]
                     [--log-stream stdout|stderr|both] [--print-env]
                     [--write-file PATH:CONTENT] [--sleep-before-listen-secs S]
       berth-testapp check URL [--timeout-ms MS]   exit 0 if GET URL answers 200, else 1
       berth-testapp exit N                          exit with code N at once
       berth-testapp sleep SECS                      sleep, then exit 0
environment (serve): PORT BIND_ADDR HEALTHY_AFTER_SECS UNHEALTHY_AFTER_SECS EXIT_AFTER_SECS
  EXIT_CODE IGNORE_SIGTERM LOG_EVERY_MS LOG_LINES LOG_STREAM PRINT_ENV WRITE_FILE
  SLEEP_BEFORE_LISTEN_SECS (IGNORE_SIGTERM applies to every subcommand)";

/// What the process was asked to do, plus the options that apply to every subcommand.
#[derive(Debug, Clone, PartialEq)]
pub struct Invocation {
    /// Ignore SIGTERM instead of exiting 0 on it (`IGNORE_SIGTERM=1` or `--ignore-sigterm`).
    pub ignore_sigterm: bool,
    /// The subcommand.
    pub command: Command,
}

/// A subcommand.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Run the HTTP server (the default).
    Serve(ServeConfig),
    /// GET the URL; exit 0 on status 200, else 1. For health checks and `dependsOn` tests.
    Check { url: String, timeout: Duration },
    /// Exit at once with the code.
    Exit { code: i32 },
    /// Sleep, then exit 0.
    Sleep { duration: Duration },
    /// Print the usage text and exit 0.
    Help,
}

/// Everything `serve` can be told.
#[derive(Debug, Clone, PartialEq)]
pub struct ServeConfig {
    pub bind: String,
    pub port: u16,
    /// `/health` fails until this much time has passed since start.
    pub healthy_after: Option<Duration>,
    /// `/health` fails once this much time has passed since start.
    pub unhealthy_after: Option<Duration>,
    /// Exit with `exit_code` this long after start.
    pub exit_after: Option<Duration>,
    pub exit_code: i32,
    /// Print numbered lines, if asked.
    pub log: Option<LogConfig>,
    /// Print the environment to stdout at start.
    pub print_env: bool,
    /// Write a file at start (exits with [`crate::EXIT_WRITE_FAILED`] if that fails).
    pub write_file: Option<WriteFile>,
    /// Wait this long before listening, to test start-up ordering and health grace periods.
    pub sleep_before_listen: Option<Duration>,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            bind: DEFAULT_BIND.to_string(),
            port: DEFAULT_PORT,
            healthy_after: None,
            unhealthy_after: None,
            exit_after: None,
            exit_code: DEFAULT_EXIT_CODE,
            log: None,
            print_env: false,
            write_file: None,
            sleep_before_listen: None,
        }
    }
}

/// Numbered log lines: `<stream> line <n>`, `n` counting from 1.
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfig {
    /// Pause between lines; zero prints them all at once.
    pub every: Duration,
    /// How many lines; `None` means forever.
    pub lines: Option<u64>,
    pub stream: LogStream,
}

/// Where log lines go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogStream {
    Stdout,
    Stderr,
    /// Each numbered line goes to both streams.
    Both,
}

/// A file to write at start: `WRITE_FILE=/path:content` (split at the first `:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteFile {
    pub path: String,
    pub content: String,
}

/// A usage error: which setting was wrong and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// A flag or variable had a value that does not parse.
    InvalidValue {
        name: String,
        value: String,
        expected: &'static str,
    },
    /// A flag that needs a value was last on the line.
    MissingValue { flag: String },
    /// A flag this subcommand does not know.
    UnknownFlag { flag: String },
    /// A subcommand that does not exist, or an extra positional argument.
    UnexpectedArgument { argument: String },
    /// A subcommand was missing its positional argument.
    MissingArgument {
        command: &'static str,
        what: &'static str,
    },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::InvalidValue {
                name,
                value,
                expected,
            } => write!(f, "{name}: invalid value {value:?}, expected {expected}"),
            ConfigError::MissingValue { flag } => write!(f, "{flag} needs a value"),
            ConfigError::UnknownFlag { flag } => write!(f, "unknown flag {flag}"),
            ConfigError::UnexpectedArgument { argument } => {
                write!(f, "unexpected argument {argument:?}")
            }
            ConfigError::MissingArgument { command, what } => {
                write!(f, "{command} needs {what}")
            }
        }
    }
}

impl std::error::Error for ConfigError {}

/// Parses the arguments (without the program name) and the environment into an [`Invocation`].
pub fn parse(
    args: &[String],
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Invocation, ConfigError> {
    let mut ignore_sigterm = match env("IGNORE_SIGTERM") {
        Some(value) => parse_bool("IGNORE_SIGTERM", &value)?,
        None => false,
    };
    let (name, rest) = match args.first() {
        Some(first) if !first.starts_with('-') => (first.as_str(), &args[1..]),
        Some(first) if first == "--help" || first == "-h" => ("help", &args[1..]),
        _ => ("serve", args),
    };
    let command = match name {
        "serve" => {
            let (config, flag_ignore) = parse_serve(rest, env)?;
            ignore_sigterm = ignore_sigterm || flag_ignore;
            Command::Serve(config)
        }
        "check" => parse_check(rest)?,
        "exit" => {
            let value = single_positional("exit", "an exit code", rest)?;
            Command::Exit {
                code: parse_exit_code("exit", value)?,
            }
        }
        "sleep" => {
            let value = single_positional("sleep", "a number of seconds", rest)?;
            Command::Sleep {
                duration: parse_secs("sleep", value)?,
            }
        }
        "help" => Command::Help,
        other => {
            return Err(ConfigError::UnexpectedArgument {
                argument: other.to_string(),
            })
        }
    };
    Ok(Invocation {
        ignore_sigterm,
        command,
    })
}

/// Parses `serve`'s flags over its environment defaults; also returns `--ignore-sigterm`.
fn parse_serve(
    args: &[String],
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<(ServeConfig, bool), ConfigError> {
    // Collect every setting as (name, raw value) with the environment first, so that a flag
    // given later simply overwrites the variable's value.
    let mut settings: Vec<(&'static str, String)> = Vec::new();
    for &(variable, _, _) in SERVE_SETTINGS {
        if let Some(value) = env(variable) {
            settings.push((variable, value));
        }
    }
    let mut flag_ignore = false;
    let mut index = 0;
    while index < args.len() {
        let arg = &args[index];
        index += 1;
        let Some(stripped) = arg.strip_prefix("--") else {
            return Err(ConfigError::UnexpectedArgument {
                argument: arg.clone(),
            });
        };
        let (flag, inline_value) = match stripped.split_once('=') {
            Some((flag, value)) => (flag, Some(value.to_string())),
            None => (stripped, None),
        };
        if flag == "ignore-sigterm" {
            flag_ignore = match inline_value {
                Some(value) => parse_bool("--ignore-sigterm", &value)?,
                None => true,
            };
            continue;
        }
        let Some(&(variable, _, is_switch)) = SERVE_SETTINGS.iter().find(|(_, f, _)| *f == flag)
        else {
            return Err(ConfigError::UnknownFlag { flag: arg.clone() });
        };
        let value = match inline_value {
            Some(value) => value,
            None if is_switch => "1".to_string(),
            None => {
                let Some(value) = args.get(index) else {
                    return Err(ConfigError::MissingValue { flag: arg.clone() });
                };
                index += 1;
                value.clone()
            }
        };
        settings.push((variable, value));
    }

    let mut config = ServeConfig::default();
    let mut log_every = None;
    let mut log_lines = None;
    let mut log_stream = None;
    for (name, value) in &settings {
        let value = value.as_str();
        match *name {
            "PORT" => config.port = parse_number(name, value, "a port 0-65535")?,
            "BIND_ADDR" => config.bind = value.to_string(),
            "HEALTHY_AFTER_SECS" => config.healthy_after = Some(parse_secs(name, value)?),
            "UNHEALTHY_AFTER_SECS" => config.unhealthy_after = Some(parse_secs(name, value)?),
            "EXIT_AFTER_SECS" => config.exit_after = Some(parse_secs(name, value)?),
            "EXIT_CODE" => config.exit_code = parse_exit_code(name, value)?,
            "LOG_EVERY_MS" => {
                let ms: u64 = parse_number(name, value, "milliseconds")?;
                log_every = Some(Duration::from_millis(ms));
            }
            "LOG_LINES" => log_lines = Some(parse_number(name, value, "a line count")?),
            "LOG_STREAM" => log_stream = Some(parse_stream(name, value)?),
            "PRINT_ENV" => config.print_env = parse_bool(name, value)?,
            "WRITE_FILE" => config.write_file = Some(parse_write_file(name, value)?),
            "SLEEP_BEFORE_LISTEN_SECS" => {
                config.sleep_before_listen = Some(parse_secs(name, value)?);
            }
            _ => {}
        }
    }
    // Logging is on when either knob is set: lines alone print at once, an interval alone
    // prints forever.
    if log_every.is_some() || log_lines.is_some() {
        config.log = Some(LogConfig {
            every: log_every.unwrap_or(Duration::ZERO),
            lines: log_lines,
            stream: log_stream.unwrap_or(LogStream::Stdout),
        });
    }
    Ok((config, flag_ignore))
}

/// `serve`'s settings: (environment variable, flag without `--`, flag takes no value).
const SERVE_SETTINGS: &[(&str, &str, bool)] = &[
    ("PORT", "port", false),
    ("BIND_ADDR", "bind", false),
    ("HEALTHY_AFTER_SECS", "healthy-after-secs", false),
    ("UNHEALTHY_AFTER_SECS", "unhealthy-after-secs", false),
    ("EXIT_AFTER_SECS", "exit-after-secs", false),
    ("EXIT_CODE", "exit-code", false),
    ("LOG_EVERY_MS", "log-every-ms", false),
    ("LOG_LINES", "log-lines", false),
    ("LOG_STREAM", "log-stream", false),
    ("PRINT_ENV", "print-env", true),
    ("WRITE_FILE", "write-file", false),
    (
        "SLEEP_BEFORE_LISTEN_SECS",
        "sleep-before-listen-secs",
        false,
    ),
];

fn parse_check(args: &[String]) -> Result<Command, ConfigError> {
    let mut url = None;
    let mut timeout = DEFAULT_CHECK_TIMEOUT;
    let mut index = 0;
    while index < args.len() {
        let arg = &args[index];
        index += 1;
        if let Some(value) = arg.strip_prefix("--timeout-ms=") {
            timeout = Duration::from_millis(parse_number("--timeout-ms", value, "milliseconds")?);
        } else if arg == "--timeout-ms" {
            let Some(value) = args.get(index) else {
                return Err(ConfigError::MissingValue { flag: arg.clone() });
            };
            index += 1;
            timeout = Duration::from_millis(parse_number("--timeout-ms", value, "milliseconds")?);
        } else if arg.starts_with("--") {
            return Err(ConfigError::UnknownFlag { flag: arg.clone() });
        } else if url.is_none() {
            url = Some(arg.clone());
        } else {
            return Err(ConfigError::UnexpectedArgument {
                argument: arg.clone(),
            });
        }
    }
    let Some(url) = url else {
        return Err(ConfigError::MissingArgument {
            command: "check",
            what: "a URL",
        });
    };
    Ok(Command::Check { url, timeout })
}

fn single_positional<'a>(
    command: &'static str,
    what: &'static str,
    args: &'a [String],
) -> Result<&'a str, ConfigError> {
    match args {
        [value] => Ok(value),
        [] => Err(ConfigError::MissingArgument { command, what }),
        [_, extra, ..] => Err(ConfigError::UnexpectedArgument {
            argument: extra.clone(),
        }),
    }
}

fn invalid(name: &str, value: &str, expected: &'static str) -> ConfigError {
    ConfigError::InvalidValue {
        name: name.to_string(),
        value: value.to_string(),
        expected,
    }
}

fn parse_number<T: std::str::FromStr>(
    name: &str,
    value: &str,
    expected: &'static str,
) -> Result<T, ConfigError> {
    value
        .trim()
        .parse()
        .map_err(|_| invalid(name, value, expected))
}

/// Seconds may be fractional so that tests can use sub-second delays.
fn parse_secs(name: &str, value: &str) -> Result<Duration, ConfigError> {
    const EXPECTED: &str = "a non-negative number of seconds";
    let secs: f64 = parse_number(name, value, EXPECTED)?;
    Duration::try_from_secs_f64(secs).map_err(|_| invalid(name, value, EXPECTED))
}

/// Exit codes are what a shell and Docker can report: 0 to 255.
fn parse_exit_code(name: &str, value: &str) -> Result<i32, ConfigError> {
    let code: u8 = parse_number(name, value, "an exit code 0-255")?;
    Ok(i32::from(code))
}

fn parse_bool(name: &str, value: &str) -> Result<bool, ConfigError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" | "" => Ok(false),
        _ => Err(invalid(name, value, "1/0, true/false, yes/no")),
    }
}

fn parse_stream(name: &str, value: &str) -> Result<LogStream, ConfigError> {
    match value.trim() {
        "stdout" => Ok(LogStream::Stdout),
        "stderr" => Ok(LogStream::Stderr),
        "both" => Ok(LogStream::Both),
        _ => Err(invalid(name, value, "stdout, stderr or both")),
    }
}

fn parse_write_file(name: &str, value: &str) -> Result<WriteFile, ConfigError> {
    match value.split_once(':') {
        Some((path, content)) if path.starts_with('/') => Ok(WriteFile {
            path: path.to_string(),
            content: content.to_string(),
        }),
        _ => Err(invalid(name, value, "/absolute/path:content")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// Table-test shapes: arguments and environment.
    type Args = &'static [&'static str];
    type Env = &'static [(&'static str, &'static str)];

    fn parse_with(args: &[&str], env: &[(&str, &str)]) -> Result<Invocation, ConfigError> {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let env: HashMap<String, String> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        parse(&args, &|key| env.get(key).cloned())
    }

    fn serve(args: &[&str], env: &[(&str, &str)]) -> ServeConfig {
        match parse_with(args, env) {
            Ok(Invocation {
                command: Command::Serve(config),
                ..
            }) => config,
            other => panic!("expected serve, got {other:?}"),
        }
    }

    #[test]
    fn no_arguments_serve_defaults() {
        let invocation = parse_with(&[], &[]).unwrap();
        assert_eq!(
            invocation,
            Invocation {
                ignore_sigterm: false,
                command: Command::Serve(ServeConfig::default())
            }
        );
        assert_eq!(serve(&["serve"], &[]), ServeConfig::default());
    }

    #[test]
    fn environment_sets_serve_options() {
        let config = serve(
            &[],
            &[
                ("PORT", "9090"),
                ("HEALTHY_AFTER_SECS", "2"),
                ("UNHEALTHY_AFTER_SECS", "0.5"),
                ("EXIT_AFTER_SECS", "3"),
                ("EXIT_CODE", "7"),
                ("LOG_EVERY_MS", "100"),
                ("LOG_LINES", "5"),
                ("LOG_STREAM", "both"),
                ("PRINT_ENV", "1"),
                ("WRITE_FILE", "/data/x:hello:world"),
                ("SLEEP_BEFORE_LISTEN_SECS", "1.5"),
                ("BIND_ADDR", "127.0.0.1"),
            ],
        );
        assert_eq!(
            config,
            ServeConfig {
                bind: "127.0.0.1".into(),
                port: 9090,
                healthy_after: Some(Duration::from_secs(2)),
                unhealthy_after: Some(Duration::from_millis(500)),
                exit_after: Some(Duration::from_secs(3)),
                exit_code: 7,
                log: Some(LogConfig {
                    every: Duration::from_millis(100),
                    lines: Some(5),
                    stream: LogStream::Both
                }),
                print_env: true,
                write_file: Some(WriteFile {
                    path: "/data/x".into(),
                    content: "hello:world".into()
                }),
                sleep_before_listen: Some(Duration::from_millis(1500)),
            }
        );
    }

    #[test]
    fn flags_override_environment() {
        let config = serve(
            &[
                "serve",
                "--port",
                "81",
                "--exit-code=9",
                "--print-env",
                "--log-lines",
                "3",
            ],
            &[("PORT", "80"), ("EXIT_CODE", "1"), ("PRINT_ENV", "0")],
        );
        assert_eq!(config.port, 81);
        assert_eq!(config.exit_code, 9);
        assert!(config.print_env);
        assert_eq!(
            config.log,
            Some(LogConfig {
                every: Duration::ZERO,
                lines: Some(3),
                stream: LogStream::Stdout
            })
        );
        // Flags without the `serve` word also mean serve.
        assert_eq!(serve(&["--port=1"], &[]).port, 1);
    }

    #[test]
    fn ignore_sigterm_from_env_or_flag_for_any_command() {
        let cases: &[(Args, Env, bool)] = &[
            (&[], &[], false),
            (&[], &[("IGNORE_SIGTERM", "1")], true),
            (&[], &[("IGNORE_SIGTERM", "true")], true),
            (&[], &[("IGNORE_SIGTERM", "0")], false),
            (&["--ignore-sigterm"], &[], true),
            (&["--ignore-sigterm=no"], &[], false),
            (&["sleep", "3"], &[("IGNORE_SIGTERM", "yes")], true),
        ];
        for (args, env, expected) in cases {
            let invocation = parse_with(args, env).unwrap();
            assert_eq!(invocation.ignore_sigterm, *expected, "{args:?} {env:?}");
        }
    }

    #[test]
    fn subcommands() {
        let cases: &[(&[&str], Command)] = &[
            (
                &["check", "http://127.0.0.1:8080/health"],
                Command::Check {
                    url: "http://127.0.0.1:8080/health".into(),
                    timeout: DEFAULT_CHECK_TIMEOUT,
                },
            ),
            (
                &["check", "--timeout-ms", "250", "http://a/"],
                Command::Check {
                    url: "http://a/".into(),
                    timeout: Duration::from_millis(250),
                },
            ),
            (
                &["check", "http://a/", "--timeout-ms=10"],
                Command::Check {
                    url: "http://a/".into(),
                    timeout: Duration::from_millis(10),
                },
            ),
            (&["exit", "0"], Command::Exit { code: 0 }),
            (&["exit", "255"], Command::Exit { code: 255 }),
            (
                &["sleep", "0.25"],
                Command::Sleep {
                    duration: Duration::from_millis(250),
                },
            ),
            (&["help"], Command::Help),
            (&["--help"], Command::Help),
            (&["-h"], Command::Help),
        ];
        for (args, expected) in cases {
            assert_eq!(
                &parse_with(args, &[]).unwrap().command,
                expected,
                "{args:?}"
            );
        }
    }

    #[test]
    fn usage_errors_say_what_is_wrong() {
        let cases: &[(Args, Env, &str)] = &[
            (&["frobnicate"], &[], "unexpected argument \"frobnicate\""),
            (&["--port"], &[], "--port needs a value"),
            (&["--colour"], &[], "unknown flag --colour"),
            (&["serve", "extra"], &[], "unexpected argument \"extra\""),
            (
                &[],
                &[("PORT", "http")],
                "PORT: invalid value \"http\", expected a port 0-65535",
            ),
            (&[], &[("PORT", "70000")], "PORT: invalid value \"70000\""),
            (
                &[],
                &[("EXIT_CODE", "256")],
                "EXIT_CODE: invalid value \"256\"",
            ),
            (
                &[],
                &[("EXIT_AFTER_SECS", "-1")],
                "EXIT_AFTER_SECS: invalid value",
            ),
            (
                &[],
                &[("EXIT_AFTER_SECS", "NaN")],
                "EXIT_AFTER_SECS: invalid value",
            ),
            (&[], &[("PRINT_ENV", "maybe")], "PRINT_ENV: invalid value"),
            (
                &[],
                &[("LOG_STREAM", "syslog")],
                "LOG_STREAM: invalid value",
            ),
            (
                &[],
                &[("WRITE_FILE", "relative:x")],
                "WRITE_FILE: invalid value",
            ),
            (
                &[],
                &[("WRITE_FILE", "/no-content")],
                "WRITE_FILE: invalid value",
            ),
            (
                &[],
                &[("IGNORE_SIGTERM", "please")],
                "IGNORE_SIGTERM: invalid value",
            ),
            (&["check"], &[], "check needs a URL"),
            (&["check", "a", "b"], &[], "unexpected argument \"b\""),
            (&["check", "--verbose", "a"], &[], "unknown flag --verbose"),
            (&["exit"], &[], "exit needs an exit code"),
            (&["exit", "-1"], &[], "exit: invalid value \"-1\""),
            (&["exit", "1", "2"], &[], "unexpected argument \"2\""),
            (&["sleep", "soon"], &[], "sleep: invalid value \"soon\""),
        ];
        for (args, env, expected) in cases {
            let error = parse_with(args, env).unwrap_err().to_string();
            assert!(
                error.contains(expected),
                "{args:?} {env:?}: {error:?} lacks {expected:?}"
            );
        }
    }
}
