//! Batch mode: files and folders to a mirrored tree (`--out-dir`), in
//! place (`--in-place`), or only checked (`--check`), after learning a
//! corpus model from them unless `--model` or `--no-learn`.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;
use rinse::batch::{self, Output};
use rinse::extract::{KeepLimits, Kept};

use super::settings::{Batch, BatchOutput};
use super::{finish, note_jobs, Reporter, EXIT_CHANGES};

/// Runs batch mode.
pub fn run(settings: &Batch) -> Result<ExitCode> {
    let quiet = settings.common.quiet;
    let cleaner = super::cleaner(&settings.common)?;
    note_jobs(settings.jobs, quiet);
    let filter = batch::FileFilter::from_globs(&settings.globs)?;
    let found = batch::discover(&settings.inputs, &filter);
    let output = match &settings.output {
        BatchOutput::Mirror(dir) => Output::Mirror(dir.clone()),
        BatchOutput::InPlace => Output::InPlace,
        BatchOutput::Check => Output::Check,
    };
    batch::check_output(&found, &output)?;
    let intake = &settings.common.intake;
    // The articles of HTML pages extracted by the learning pass, for the
    // cleaning pass (within the default limits: beyond them a page is
    // extracted again).
    let kept = settings
        .learn
        .then(|| Kept::new(found.files.len(), KeepLimits::default()));
    let cleaner = if settings.learn {
        // Unreadable files are reported by the cleaning pass.
        let (mut model, _) = batch::learn_keeping(
            &found,
            intake,
            settings.jobs,
            &Reporter::new(quiet, "learning"),
            kept.as_ref(),
        )?;
        model.set_min_docs(settings.common.min_docs);
        model.retain_frequent();
        cleaner.with_model(Arc::new(model))
    } else {
        cleaner
    };
    let summary = batch::clean_files_keeping(
        &found,
        &cleaner,
        intake,
        &output,
        settings.jobs,
        &Reporter::new(quiet, "cleaning"),
        kept.as_ref(),
    )?;
    drop(kept);
    if output != Output::Check {
        return Ok(finish(&summary, quiet));
    }
    // `--check`: each file that would change is named, as one file's
    // check names it.
    if !quiet {
        for path in &summary.changed_paths {
            eprintln!("rinse: {}: would change", path.display());
        }
    }
    let code = finish(&summary, quiet);
    if summary.has_problems() || summary.changed_paths.is_empty() {
        Ok(code)
    } else {
        Ok(ExitCode::from(EXIT_CHANGES))
    }
}
