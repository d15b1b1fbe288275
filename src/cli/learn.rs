//! `rinse learn`: a corpus model from files, folders or JSON Lines, each
//! document taken in as cleaning takes it (with `--source-field`, a folder
//! of models, one per source); `rinse learn --merge`: the sum of models.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, bail, Result};
use rinse::batch;
use rinse::corpus::CorpusModel;
use rinse::fsio::{io_reason, AtomicFile};
use rinse::jsonl::{self, JsonlOptions};
use rinse::run::{problem, Progress, Summary};
use rinse::sources::SourceModels;

use super::settings::{absolute, Learn};
use super::{err_reason, note_jobs, Reporter, EXIT_ERROR};

/// Learns a model as `settings` say and writes it.
pub fn run(settings: &Learn) -> Result<ExitCode> {
    let reporter = Reporter::new(settings.quiet, "learning");
    note_jobs(settings.jobs, settings.quiet);
    let mut models = SourceModels::new();
    let mut summary = Summary::default();
    if let Some(field) = &settings.jsonl {
        let options = JsonlOptions {
            field: field.clone(),
            source_field: settings.source_field.clone(),
            intake: settings.intake,
            ..JsonlOptions::default()
        };
        let pool = rinse::run::thread_pool(settings.jobs)?;
        // No bar: the number of lines is not known ahead.
        let quiet_reporter = Reporter::new(true, "");
        for input in &settings.inputs {
            let (reader, name) = match super::jsonl::open(input) {
                Ok(opened) => opened,
                Err(reason) => {
                    let problem = problem(input, &reason);
                    reporter.problem(&problem);
                    summary.add_problem(problem);
                    continue;
                }
            };
            let learned = jsonl::learn_jsonl_by_source(
                reader,
                &name,
                &options,
                &mut models,
                &pool,
                &quiet_reporter,
            );
            match learned {
                Ok(part) => summary.merge(part),
                Err(err) => {
                    let problem = problem(input, &err_reason(&err));
                    reporter.problem(&problem);
                    summary.add_problem(problem);
                }
            }
        }
    } else {
        let filter = batch::FileFilter::from_globs(&settings.globs)?;
        let found = batch::discover(&settings.inputs, &filter);
        let target = absolute(&settings.output);
        if let Some(file) = found.files.iter().find(|f| absolute(&f.path) == target) {
            bail!(
                "{}: is an input; rinse never writes the model over its input (choose another -o)",
                file.path.display()
            );
        }
        let (learned, learned_summary) =
            batch::learn(&found, &settings.intake, settings.jobs, &reporter)?;
        for problem in &learned_summary.problems {
            reporter.problem(problem);
        }
        *models.model_mut("") = learned;
        summary = learned_summary;
    }
    if models.docs() == 0 {
        bail!(
            "{}: not written: no document could be learned from{}",
            settings.output.display(),
            if summary.has_problems() {
                " (every input failed)"
            } else {
                ""
            }
        );
    }
    if settings.source_field.is_some() {
        save_sources(&models, &settings.output)?;
        if !settings.quiet {
            eprintln!(
                "rinse: {} documents from {} sources → {}/{}{}",
                models.docs(),
                models.len(),
                settings.output.display(),
                rinse::sources::INDEX,
                errors(&summary)
            );
        }
        return Ok(exit_code(&summary));
    }
    let model = models.remove("").unwrap_or_default();
    save(&model, &settings.output)?;
    if !settings.quiet {
        let per_block = if model.is_empty() {
            0
        } else {
            model.heap_bytes() / model.len()
        };
        eprintln!(
            "rinse: {} documents, {} distinct blocks ({} bytes each in memory) → {}{}",
            model.docs(),
            model.len(),
            per_block,
            settings.output.display(),
            errors(&summary)
        );
    }
    Ok(exit_code(&summary))
}

/// `; N errors` when there were.
fn errors(summary: &Summary) -> String {
    match summary.problem_count {
        0 => String::new(),
        1 => "; 1 error".to_owned(),
        n => format!("; {n} errors"),
    }
}

/// Exit 2 when an input failed.
fn exit_code(summary: &Summary) -> ExitCode {
    if summary.has_problems() {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// `rinse learn --merge`: the models added up; folders of source models
/// source by source.
pub fn merge(inputs: &[PathBuf], output: &Path, quiet: bool) -> Result<ExitCode> {
    let target = absolute(output);
    if let Some(input) = inputs.iter().find(|p| absolute(p) == target) {
        bail!(
            "{}: is an input; rinse never writes the model over its input (choose another -o)",
            input.display()
        );
    }
    let folders = inputs.iter().any(|p| SourceModels::is_folder(p));
    if folders && inputs.iter().any(|p| p.is_file()) {
        bail!("--merge adds up model files or folders of source models, not both");
    }
    if folders {
        let mut models = SourceModels::new();
        for path in inputs {
            models.merge(&super::load_sources(path)?);
        }
        save_sources(&models, output)?;
        if !quiet {
            eprintln!(
                "rinse: {} documents from {} sources → {}/{}",
                models.docs(),
                models.len(),
                output.display(),
                rinse::sources::INDEX
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut model = CorpusModel::new();
    for path in inputs {
        let part = super::load_model(path)?;
        model.merge(&part);
    }
    save(&model, output)?;
    if !quiet {
        eprintln!(
            "rinse: {} documents, {} distinct blocks → {}",
            model.docs(),
            model.len(),
            output.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes a folder of source models (each file atomically, the index last).
fn save_sources(models: &SourceModels, folder: &Path) -> Result<()> {
    if folder.exists() && !folder.is_dir() {
        bail!(
            "{}: is a file; models per source are written to a folder",
            folder.display()
        );
    }
    models
        .save(folder)
        .map_err(|err| anyhow!("{}: {}", folder.display(), err_reason(&err)))
}

/// Writes the model file atomically.
fn save(model: &CorpusModel, path: &Path) -> Result<()> {
    let mut out = AtomicFile::create(path, false)?;
    let mut writer = BufWriter::new(out.file());
    model
        .write_to(&mut writer)
        .and_then(|()| writer.flush())
        .map_err(|err| anyhow!("{}: {}", path.display(), io_reason(&err)))?;
    drop(writer);
    out.commit()?;
    Ok(())
}
