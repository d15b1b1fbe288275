//! rinse strips boilerplate and noise from scraped articles and repairs
//! their broken characters, leaving every word of the article untouched.
//!
//! The pipeline is `decode → segment → detect → edits → apply`: bytes are
//! decoded to text ([`decode`]), the text is cut into blocks
//! ([`segment::Document`]), every rule of the registry ([`rules::RULES`])
//! reports what it would change, and one function ([`edit::apply`]) turns
//! the resulting [`Edit`] list into clean text. Every mode (one file,
//! standard input, a folder, JSON Lines, learning) takes its input in
//! through one function, [`Intake`], so one input gives one answer. The cleaned text, diffs,
//! reports and checks are all views of that one list.
//!
//! ```
//! let scraped = "Stocks rose on Monday.\n\
//!                Subscribe to our newsletter\n\
//!                Analysts expect more gains.\n\
//!                Subscribe to our newsletter\n\
//!                The index closed higher.\n";
//! let cleaned = rinse::Cleaner::new().clean(scraped);
//! assert_eq!(
//!     cleaned.text,
//!     "Stocks rose on Monday.\nAnalysts expect more gains.\nThe index closed higher.\n"
//! );
//! assert!(cleaned.edits.iter().all(|e| e.rule == "repeated-block"));
//! ```
//!
//! The `cli` feature (on by default) builds the command line and what
//! only it needs: argument parsing, progress bars, and the `batch` module
//! (walking and filtering folders). With `default-features = false` the
//! library cleans, learns, decodes and reads JSON Lines without clap,
//! indicatif, walkdir, globset or ctrlc; the Python package (`python/`)
//! builds it so.
#![warn(clippy::print_stdout, clippy::print_stderr)]

#[cfg(feature = "cli")]
pub mod batch;
pub mod corpus;
pub mod decode;
pub mod edit;
mod error;
pub mod eval;
pub mod extract;
pub mod fsio;
pub mod intake;
pub mod jsonl;
mod pipeline;
pub mod report;
pub mod rules;
pub mod run;
pub mod segment;
pub mod sources;
mod swar;

pub use edit::{Action, Edit};
pub use error::Error;
pub use intake::{Intake, IntakeOptions};
pub use pipeline::{Cleaned, Cleaner, MAX_PASSES};

/// Cleans `text` with every rule on and returns the clean text.
///
/// ```
/// let scraped = "Markets Rally on Rate Hopes\n\nMarkets Rally on Rate Hopes\n\nStocks rose.\n";
/// assert_eq!(rinse::clean(scraped), "Markets Rally on Rate Hopes\n\nStocks rose.\n");
/// ```
pub fn clean(text: &str) -> String {
    Cleaner::new().clean(text).text
}
