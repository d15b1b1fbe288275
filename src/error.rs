//! The library's error type.

/// Everything that can go wrong in rinse's library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A rule id that no rule has.
    #[error("unknown rule `{0}`")]
    UnknownRule(String),
    /// The input looks binary, not like text.
    #[error("binary input ({0}), not text")]
    Binary(String),
    /// An encoding label that `encoding_rs` does not know.
    #[error("unknown encoding `{0}`")]
    UnknownEncoding(String),
    /// HTML input where HTML is not supported.
    #[error("{0}")]
    Unsupported(String),
    /// A corpus model file that cannot be read: wrong format, another
    /// version, damaged.
    #[error("bad corpus model: {0}")]
    Model(String),
    /// Batch settings that cannot work (an output directory inside an
    /// input, an invalid glob, …).
    #[error("{0}")]
    Batch(String),
    /// A bad JSON Lines line when told to stop at the first one.
    #[error("{path}:{line}: {message}")]
    JsonLine {
        /// The input, as given (`-` for standard input).
        path: String,
        /// The line number, from 1.
        line: u64,
        /// What is wrong with it.
        message: String,
    },
    /// An output could not be written (the output is named, not the
    /// input).
    #[error("{}: {reason}", path.display())]
    Write {
        /// The output.
        path: std::path::PathBuf,
        /// Why, in a few words.
        reason: String,
    },
    /// Reading or writing failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}
