//! The library's error type.

/// Everything that can go wrong in rinse's library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A rule id that no rule has.
    #[error("unknown rule `{0}` (see --list-rules)")]
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
    /// Reading or writing failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}
