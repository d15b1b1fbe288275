//! The `rinse` command line: parses arguments, resolves them into one mode
//! and runs it. Everything that cleans lives in the library; the commands
//! are in `src/cli/`, one file each.

mod cli;

use std::path::Path;
use std::process::ExitCode;

use clap::Parser;

use cli::args::Cli;

fn main() -> ExitCode {
    if let Some(message) = ambiguous_learn(std::env::args_os().skip(1)) {
        eprintln!("rinse: {message}");
        return ExitCode::from(cli::EXIT_ERROR);
    }
    let args = Cli::parse();
    let result = cli::settings::resolve(args).and_then(|mode| {
        // Interrupted (Ctrl-C, SIGTERM, SIGHUP): no temporary file is left
        // behind in an output (or input) folder. A run that writes only to
        // standard output has none, and is spared the handler's thread.
        if mode.writes_files() {
            let _ = ctrlc::set_handler(|| {
                rinse::fsio::remove_temporary_files();
                eprintln!("rinse: interrupted");
                std::process::exit(130);
            });
        }
        cli::run(mode)
    });
    match result {
        Ok(code) => code,
        Err(err) if cli::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("rinse: {err:#}{}", cli::hint(&err));
            ExitCode::from(cli::EXIT_ERROR)
        }
    }
}

/// `rinse learn …` without `-o` while a file or folder named `learn` is
/// here: the user most likely meant the file, which the subcommand would
/// take instead.
fn ambiguous_learn(mut args: impl Iterator<Item = std::ffi::OsString>) -> Option<String> {
    if args.next()? != "learn" || !Path::new("learn").exists() {
        return None;
    }
    let has_output = args.any(|a| {
        a == "-o"
            || a == "--output"
            || a.to_str()
                .is_some_and(|s| s.starts_with("--output=") || (s.starts_with("-o") && s.len() > 2))
    });
    (!has_output).then(|| {
        "learn: is the `learn` subcommand (which needs -o MODEL); to clean the file named learn, write ./learn".to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn io_reasons_drop_the_os_error_number() {
        let err = std::io::Error::from_raw_os_error(2);
        assert_eq!(rinse::fsio::io_reason(&err), "no such file or directory");
        let other = std::io::Error::other("disk on fire (os error 99)");
        assert_eq!(rinse::fsio::io_reason(&other), "disk on fire");
    }
}
