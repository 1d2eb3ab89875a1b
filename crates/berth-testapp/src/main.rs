//! The `berth-testapp` binary: parses the invocation and runs it.
//!
//! All behaviour lives in the library modules; this file only wires them to the real process
//! (arguments, environment, exit status) and must not grow logic of its own.

use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use berth_testapp::config::{self, Command, ServeConfig};
use berth_testapp::server::{Server, ServerState};
use berth_testapp::{client, process};
use berth_testapp::{EXIT_CHECK_FAILED, EXIT_LISTEN_FAILED, EXIT_USAGE, EXIT_WRITE_FAILED};

fn main() -> ExitCode {
    let started = Instant::now();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let invocation = match config::parse(&args, &|key| std::env::var(key).ok()) {
        Ok(invocation) => invocation,
        Err(error) => {
            eprintln!("berth-testapp: {error}\n{}", config::USAGE);
            return ExitCode::from(EXIT_USAGE);
        }
    };
    if let Err(error) = process::install_signal_handlers(invocation.ignore_sigterm) {
        eprintln!("berth-testapp: cannot install signal handlers: {error}");
    }
    match invocation.command {
        Command::Help => {
            println!("{}", config::USAGE);
            ExitCode::SUCCESS
        }
        Command::Exit { code } => exit_code(code),
        Command::Sleep { duration } => {
            std::thread::sleep(duration);
            ExitCode::SUCCESS
        }
        Command::Check { url, timeout } => match client::get(&url, timeout) {
            Ok(response) if response.status == 200 => ExitCode::SUCCESS,
            Ok(response) => {
                eprintln!("berth-testapp: {url} answered {}", response.status);
                ExitCode::from(EXIT_CHECK_FAILED)
            }
            Err(error) => {
                eprintln!("berth-testapp: {url}: {error}");
                ExitCode::from(EXIT_CHECK_FAILED)
            }
        },
        Command::Serve(config) => serve(config, started),
    }
}

/// Codes are validated to 0-255 when parsed; anything else would be a bug, reported as 1.
fn exit_code(code: i32) -> ExitCode {
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}

fn serve(config: ServeConfig, started: Instant) -> ExitCode {
    let environment = process::environment();
    if config.print_env {
        print!("{}", process::render_environment(&environment));
    }
    if let Some(file) = &config.write_file {
        match process::write_file(file) {
            Ok(()) => println!("berth-testapp: wrote {}", file.path),
            Err(error) => {
                eprintln!("berth-testapp: cannot write {}: {error}", file.path);
                return ExitCode::from(EXIT_WRITE_FAILED);
            }
        }
    }
    if let Some(delay) = config.exit_after {
        // Measured from process start, not from whenever the server starts listening.
        process::spawn_exit_timer(delay.saturating_sub(started.elapsed()), config.exit_code);
    }
    if let Some(log) = config.log.clone() {
        process::spawn_logger(log);
    }
    if let Some(delay) = config.sleep_before_listen {
        std::thread::sleep(delay);
    }
    let state = ServerState {
        started,
        healthy_after: config.healthy_after,
        unhealthy_after: config.unhealthy_after,
        marked_unhealthy: AtomicBool::new(false),
        hostname: process::hostname(),
        environment,
        exit: Box::new(|code| std::process::exit(code)),
    };
    let server = match Server::bind(&config.bind, config.port, state) {
        Ok(server) => server,
        Err(error) => {
            eprintln!(
                "berth-testapp: cannot listen on {}:{}: {error}",
                config.bind, config.port
            );
            return ExitCode::from(EXIT_LISTEN_FAILED);
        }
    };
    match server.local_addr() {
        Ok(address) => println!("berth-testapp: listening on {address}"),
        Err(_) => println!("berth-testapp: listening"),
    }
    server.run();
    ExitCode::SUCCESS
}
