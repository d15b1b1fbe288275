//! `--jsonl`: each input (standard input when none) cleaned line by line
//! to standard output, `--output FILE`, or `--out-dir DIR/<name>`.
//!
//! An input that cannot be opened or read to its end (missing, a truncated
//! `.gz`) is reported and the others are still cleaned; what was cleaned
//! of it is written. `--on-error fail` stops at the first bad line, after
//! writing the lines before it.

use std::collections::HashMap;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Result};
use rinse::fsio::{self, io_reason, AtomicFile, WriteError};
use rinse::jsonl::{self, JsonlOptions};
use rinse::run::{problem, Progress, Summary};

use super::settings::{absolute, Jsonl};
use super::{finish, is_stdio, note_jobs, Reporter};

/// Runs JSON Lines cleaning.
pub fn run(settings: &Jsonl) -> Result<ExitCode> {
    let quiet = settings.common.quiet;
    let cleaners = super::source_cleaners(&settings.common, settings.source_field.as_deref())?;
    note_jobs(settings.jobs, quiet);
    let options = JsonlOptions {
        field: settings.field.clone(),
        source_field: settings.source_field.clone(),
        on_error: settings.on_error,
        intake: settings.common.intake,
        ..JsonlOptions::default()
    };
    let pool = rinse::run::thread_pool(settings.jobs)?;
    // No bar: the number of lines is not known ahead.
    let reporter = Reporter::new(true, "");
    let targets = targets(settings)?;
    let mut total = Summary::default();
    let mut single = match &settings.output {
        Some(path) => Some(Sink::create(path, false)?),
        None => None,
    };
    let stdout = io::stdout();
    for (input, target) in settings.inputs.iter().zip(&targets) {
        let (reader, name) = match open(input) {
            Ok(opened) => opened,
            Err(reason) => {
                let problem = problem(input, &reason);
                reporter.problem(&problem);
                total.add_problem(problem);
                continue;
            }
        };
        let clean = |writer: &mut (dyn Write + Send)| {
            let mut tracked = Tracked {
                inner: writer,
                failed: false,
            };
            let result = jsonl::clean_jsonl_by_source(
                reader,
                &mut tracked,
                &name,
                &cleaners,
                &options,
                &pool,
                &reporter,
            );
            (result, tracked.failed)
        };
        let (result, write_failed, output_name) = match (target, &mut single) {
            (Some(target), _) => {
                let mut sink = Sink::create(target, true)?;
                let (result, failed) = clean(sink.writer());
                // Whatever was cleaned is kept, even when reading stopped.
                if !failed {
                    sink.commit()?;
                }
                (result, failed, target.display().to_string())
            }
            (None, Some(sink)) => {
                let (result, failed) = clean(sink.writer());
                let path = sink.atomic.path().display().to_string();
                (result, failed, path)
            }
            (None, None) => {
                let mut out = io::BufWriter::with_capacity(1 << 16, &stdout);
                let (result, failed) = clean(&mut out);
                let flushed = out.flush();
                let result =
                    result.and_then(|summary| flushed.map(|()| summary).map_err(Into::into));
                (result, failed, "<stdout>".to_owned())
            }
        };
        match result {
            Ok(summary) => total.merge(summary),
            Err(rinse::Error::Io(err)) if err.kind() == io::ErrorKind::BrokenPipe => {
                return Err(err.into());
            }
            Err(rinse::Error::Io(err)) if write_failed => {
                bail!("{output_name}: {}", io_reason(&err));
            }
            Err(err @ rinse::Error::JsonLine { .. }) => {
                // `--on-error fail`: the lines before are kept.
                if let Some(sink) = single.take() {
                    sink.commit()?;
                }
                return Err(err.into());
            }
            Err(err) => {
                let reason = match &err {
                    rinse::Error::Io(io) => format!("cannot read to the end: {}", io_reason(io)),
                    other => other.to_string(),
                };
                let problem = problem(input, &reason);
                reporter.problem(&problem);
                total.add_problem(problem);
            }
        }
    }
    if let Some(sink) = single {
        sink.commit()?;
    }
    Ok(finish(&total, quiet))
}

/// The output of each input under `--out-dir` (`None` otherwise). Two
/// inputs of one name, or a target that is an input, are refused before
/// anything is read.
fn targets(settings: &Jsonl) -> Result<Vec<Option<PathBuf>>> {
    let inputs: Vec<PathBuf> = settings
        .inputs
        .iter()
        .filter(|p| !is_stdio(p))
        .map(|p| absolute(p))
        .collect();
    if let Some(out) = &settings.output {
        if out.exists() && inputs.contains(&absolute(out)) {
            bail!(
                "{}: is an input file; rinse never writes over its input",
                out.display()
            );
        }
    }
    let Some(dir) = &settings.out_dir else {
        return Ok(settings.inputs.iter().map(|_| None).collect());
    };
    let mut seen: HashMap<PathBuf, &Path> = HashMap::new();
    let mut targets = Vec::with_capacity(settings.inputs.len());
    for input in &settings.inputs {
        let Some(name) = input.file_name() else {
            bail!(
                "{}: has no file name to write under --out-dir",
                input.display()
            );
        };
        let target = dir.join(name);
        if let Some(first) = seen.insert(target.clone(), input) {
            bail!(
                "{}: would be written for both {} and {} (same file name); clean them into different --out-dir",
                target.display(),
                first.display(),
                input.display()
            );
        }
        if target.exists() && inputs.contains(&absolute(&target)) {
            bail!(
                "{}: is an input file; rinse never writes over its input",
                target.display()
            );
        }
        targets.push(Some(target));
    }
    Ok(targets)
}

/// Opens one JSON Lines input (`-` is standard input; `.gz` is
/// decompressed) with the name to report it by, or the reason it cannot
/// be.
pub fn open(input: &Path) -> Result<(Box<dyn BufRead + Send>, String), String> {
    if is_stdio(input) {
        return Ok((
            Box::new(io::BufReader::new(io::stdin())),
            "<stdin>".to_owned(),
        ));
    }
    let reader = fsio::open_lines(input).map_err(|err| io_reason(&err))?;
    Ok((reader, input.display().to_string()))
}

/// A writer that remembers whether writing failed, to blame the output
/// rather than the input.
struct Tracked<W> {
    inner: W,
    failed: bool,
}

impl<W: Write> Write for Tracked<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf).inspect_err(|_| self.failed = true)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush().inspect_err(|_| self.failed = true)
    }
}

/// A JSON Lines output file (gzip when its name ends in `.gz`) written
/// through [`AtomicFile`].
struct Sink {
    atomic: AtomicFile,
    writer: SinkWriter,
}

/// The writer of a [`Sink`]: plain, or compressed.
enum SinkWriter {
    Plain(io::BufWriter<std::fs::File>),
    Gzip(flate2::write::GzEncoder<io::BufWriter<std::fs::File>>),
}

impl Sink {
    fn create(path: &Path, create_dirs: bool) -> Result<Sink, WriteError> {
        let mut atomic = AtomicFile::create(path, create_dirs)?;
        let file = atomic.file().try_clone().map_err(|e| WriteError {
            path: path.to_path_buf(),
            reason: io_reason(&e),
        })?;
        let buffered = io::BufWriter::with_capacity(1 << 16, file);
        let writer = if fsio::is_gzip_name(path) {
            SinkWriter::Gzip(flate2::write::GzEncoder::new(
                buffered,
                flate2::Compression::default(),
            ))
        } else {
            SinkWriter::Plain(buffered)
        };
        Ok(Sink { atomic, writer })
    }

    fn writer(&mut self) -> &mut (dyn Write + Send) {
        match &mut self.writer {
            SinkWriter::Plain(w) => w,
            SinkWriter::Gzip(w) => w,
        }
    }

    /// Writes out what is buffered (and the gzip trailer) and renames the
    /// file into place.
    fn commit(self) -> Result<(), WriteError> {
        let path = self.atomic.path().to_path_buf();
        let finished = match self.writer {
            SinkWriter::Plain(mut w) => w.flush(),
            SinkWriter::Gzip(gz) => gz.finish().and_then(|mut w| w.flush()),
        };
        finished.map_err(|e| WriteError {
            path,
            reason: io_reason(&e),
        })?;
        self.atomic.commit()
    }
}
