//! The command line's flags, as clap reads them. What they mean together
//! is settled in [`super::settings`].

use std::io::{self, IsTerminal};
use std::path::PathBuf;

use clap::{Parser, ValueEnum};
use rinse::jsonl::OnError;

const EXAMPLES: &str = "\
EXAMPLES:
    Clean a file to standard output:
        rinse article.txt

    Use it as a filter in a pipeline:
        curl -s https://example.com/article.txt | rinse | wc -w

    Write the result to another file (never over the input):
        rinse article.txt --output clean.txt

    See what would be removed, and why:
        rinse article.txt --diff
        rinse article.txt --report -
        rinse --explain repeated-block

    Fail a CI job when a file still has noise in it:
        rinse --check article.txt
        rinse --check --quiet scraped/

    Run only some rules, or all but some:
        rinse --select repeated-block,byline article.txt
        rinse --ignore caption article.txt

    Clean a folder into a mirrored tree, or rewrite its files in place:
        rinse scraped/ --out-dir clean/
        rinse scraped/ --in-place --jobs 4

    Clean a JSON Lines corpus with a model learned over all its shards:
        rinse learn --jsonl shard-1.jsonl.gz -o m1 && rinse learn --jsonl shard-2.jsonl.gz -o m2
        rinse learn --merge m1 m2 -o corpus.model
        rinse --jsonl shard-1.jsonl.gz --model corpus.model > clean-1.jsonl

EXIT STATUS:
    0 success, 1 --check found something to change, 2 an error (in batch
    and JSON Lines work: at least one bad file or line, reported on stderr).";

/// Strip boilerplate and noise from scraped articles, leaving every word of
/// the article as it was.
#[derive(Debug, Parser)]
#[command(name = "rinse", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// Batch work: `rinse learn` builds a corpus model.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// The file to clean; `-` or nothing reads standard input. Directories
    /// or several paths with --out-dir, --in-place or --check: batch mode.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Write the cleaned text to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE", conflicts_with = "check")]
    pub output: Option<PathBuf>,

    /// Print a unified diff of the input against the cleaned text instead of
    /// the cleaned text.
    #[arg(long)]
    pub diff: bool,

    /// When to colour the diff: `auto` colours only a terminal, and only
    /// when NO_COLOR is unset.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Write every edit as JSON Lines (rule, start, end, action, text,
    /// replacement, reason) to FILE, or with `-` to standard output instead
    /// of the cleaned text.
    #[arg(long, value_name = "FILE|-")]
    pub report: Option<PathBuf>,

    /// Change nothing: exit 1 if cleaning would change the input (what
    /// --output or --in-place would write differs from it), 0 if not.
    /// Prints nothing on standard output (except with --diff or --report -).
    /// With a folder or several files: names each file that would change.
    #[arg(long)]
    pub check: bool,

    /// Run only these rules (comma-separated ids, see --list-rules).
    #[arg(long, value_delimiter = ',', value_name = "RULE,...")]
    pub select: Vec<String>,

    /// Do not run these rules (comma-separated ids).
    #[arg(long, value_delimiter = ',', value_name = "RULE,...")]
    pub ignore: Vec<String>,

    /// List every rule: id, kind and what it catches.
    #[arg(long, conflicts_with_all = ["paths", "output", "diff", "report", "check", "explain"])]
    pub list_rules: bool,

    /// Explain what RULE catches, the signals it uses, with an example.
    #[arg(long, value_name = "RULE", conflicts_with_all = ["paths", "output", "diff", "report", "check"])]
    pub explain: Option<String>,

    /// Print no commentary on standard error (errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,

    /// How inputs are taken in.
    #[command(flatten)]
    pub intake: IntakeArgs,

    /// Batch and corpus flags.
    #[command(flatten)]
    pub batch: BatchArgs,
}

/// How inputs are taken in, the same for cleaning and learning: what they
/// are and how they are decoded.
#[derive(Debug, clap::Args)]
pub struct IntakeArgs {
    /// What the input is, in every mode: `auto` sniffs the content (never
    /// the file name).
    #[arg(long, value_enum, default_value_t = Format::Auto, value_name = "FORMAT")]
    pub format: Format,

    /// HTML input: put the headline first in the output.
    #[arg(long)]
    pub title: bool,

    /// Read the input in this encoding (any WHATWG label: utf-8, latin1,
    /// windows-1251, shift_jis…) instead of detecting it (files and
    /// standard input; JSON Lines are UTF-8).
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
}

/// Flags of batch and corpus work.
#[derive(Debug, clap::Args)]
#[command(next_help_heading = "Batch and corpus")]
pub struct BatchArgs {
    /// Batch mode: write each cleaned file to a mirrored tree under DIR.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["output", "diff", "report", "check"])]
    pub out_dir: Option<PathBuf>,

    /// Batch mode: rewrite each file that changes, atomically, keeping its
    /// permissions, owner and symbolic links (hard-linked and read-only
    /// files are reported, not rewritten).
    #[arg(long, conflicts_with_all = ["out_dir", "output", "diff", "report", "check"])]
    pub in_place: bool,

    /// Clean the files under directories matching GLOB (repeatable) instead
    /// of *.txt, *.html and *.htm.
    #[arg(long, value_name = "GLOB")]
    pub glob: Vec<String>,

    /// Worker threads (default: all cores; at most 4 per core).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Read and write JSON Lines: clean the --field of every line, pass the
    /// rest through untouched (`.gz` inputs are decompressed).
    #[arg(long, conflicts_with_all = ["in_place", "diff", "report", "check"])]
    pub jsonl: bool,

    /// The JSON Lines field holding the text.
    #[arg(long, value_name = "NAME", default_value = "text", requires = "jsonl")]
    pub field: String,

    /// What to do with a JSON Lines line that is not JSON or lacks the field.
    #[arg(long, value_enum, default_value_t = OnErrorArg::Keep, value_name = "MODE", requires = "jsonl")]
    pub on_error: OnErrorArg,

    /// The JSON Lines field holding each document's URL: clean it with the
    /// model of its host, from a folder of source models (`--model DIR`
    /// from `rinse learn --jsonl --source-field NAME`).
    #[arg(long, value_name = "NAME", requires_all = ["jsonl", "model"])]
    pub source_field: Option<String>,

    /// Apply the corpus model MODEL (from `rinse learn`) for
    /// corpus-boilerplate; with --source-field, a folder of source models.
    #[arg(long, value_name = "MODEL")]
    pub model: Option<PathBuf>,

    /// Documents a block must appear in to be corpus boilerplate (default:
    /// 5, or 0.1% of the corpus if more).
    #[arg(long, value_name = "N")]
    pub min_docs: Option<u64>,

    /// Batch mode: do not learn a corpus model from the files first.
    #[arg(long, conflicts_with = "model")]
    pub no_learn: bool,
}

/// Subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Count the blocks of a corpus into a model file (`rinse learn PATHS… -o
    /// MODEL`), or a folder of models per source (`--jsonl --source-field url`),
    /// or add models up (`rinse learn --merge M1 M2 … -o MODEL`).
    Learn(LearnArgs),
}

/// `rinse learn`.
#[derive(Debug, clap::Args)]
pub struct LearnArgs {
    /// Files or directories to learn from (`-` reads standard input with
    /// --jsonl); with --merge, the models to add up.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Where to write the model (a folder with --source-field).
    #[arg(short, long, value_name = "MODEL")]
    pub output: PathBuf,

    /// Add up the models given as PATHs instead of learning (model files,
    /// or folders of source models, source by source).
    #[arg(long, conflicts_with_all = ["jsonl", "glob", "format", "title", "encoding", "jobs"])]
    pub merge: bool,

    /// The inputs are JSON Lines (one document per line).
    #[arg(long)]
    pub jsonl: bool,

    /// The JSON Lines field holding the text.
    #[arg(long, value_name = "NAME", default_value = "text", requires = "jsonl")]
    pub field: String,

    /// The JSON Lines field holding each document's URL: learn a model per
    /// host, written as a folder of models (-o DIR), so that one site's
    /// boilerplate counts against that site's documents, not the corpus.
    #[arg(long, value_name = "NAME", requires = "jsonl")]
    pub source_field: Option<String>,

    /// How inputs are taken in (as cleaning takes them).
    #[command(flatten)]
    pub intake: IntakeArgs,

    /// Learn from files under directories matching GLOB (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub glob: Vec<String>,

    /// Worker threads (default: all cores; at most 4 per core).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Print no commentary on standard error.
    #[arg(short, long)]
    pub quiet: bool,
}

/// `--on-error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnErrorArg {
    /// Leave the line out (reported; exit 2).
    Skip,
    /// Write the line unchanged (reported; exit 2).
    Keep,
    /// Stop at the line (exit 2).
    Fail,
}

impl From<OnErrorArg> for OnError {
    fn from(arg: OnErrorArg) -> OnError {
        match arg {
            OnErrorArg::Skip => OnError::Skip,
            OnErrorArg::Keep => OnError::Keep,
            OnErrorArg::Fail => OnError::Fail,
        }
    }
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Whether to colour what goes to standard output.
    pub fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
                !no_color && io::stdout().is_terminal()
            }
        }
    }
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Sniff the content: HTML when it looks like an HTML page or fragment.
    Auto,
    /// Plain text.
    Text,
    /// An HTML page.
    Html,
}

impl From<Format> for rinse::extract::Format {
    fn from(format: Format) -> Self {
        match format {
            Format::Auto => rinse::extract::Format::Auto,
            Format::Text => rinse::extract::Format::Text,
            Format::Html => rinse::extract::Format::Html,
        }
    }
}
