//! JSON Lines corpora: clean one string field of every line, stream through.
//!
//! Each line is a JSON object; the chosen field (`text` by default) must be
//! a string and is cleaned. Only that string's bytes in the line change:
//! every other field, the key order and even the spacing between tokens pass
//! through byte for byte, and a line whose text needs no cleaning is written
//! exactly as read. Lines are read in chunks, cleaned in parallel, and
//! written in order, so memory holds one chunk however long the input is.
//!
//! ```
//! use rinse::jsonl::{self, JsonlOptions};
//!
//! let input = "{\"id\":7,\"text\":\"Same\\n\\nSame\\n\\nBody.\\n\",\"lang\":\"en\"}\n";
//! let mut out = Vec::new();
//! let pool = rinse::run::thread_pool(Some(1))?;
//! let summary = jsonl::clean_jsonl(
//!     input.as_bytes(), &mut out, "-", &rinse::Cleaner::new(),
//!     &JsonlOptions::default(), &pool, &rinse::run::NoProgress,
//! )?;
//! assert_eq!(summary.documents, 1);
//! assert!(String::from_utf8(out).unwrap().starts_with("{\"id\":7,\"text\":"));
//! # Ok::<(), rinse::Error>(())
//! ```
//!
//! A line that is not a JSON object, lacks the field, or holds something
//! else than a string there is a [`Problem`] with its line number;
//! [`OnError`] decides what becomes of it. Blank lines pass through and are
//! not counted.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufRead, Write};
use std::path::Path;
use std::str::FromStr;

use rayon::prelude::*;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::corpus::CorpusModel;
use crate::error::Error;
use crate::extract::Format;
use crate::intake::{Intake, IntakeOptions};
use crate::pipeline::Cleaner;
use crate::run::{Problem, Progress, Summary};
use crate::sources::{source_key, SourceCleaners, SourceModels};
use crate::swar::{has_byte_below, has_zero_byte, splat};

/// What to do with a line that cannot be cleaned.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OnError {
    /// Leave it out of the output.
    Skip,
    /// Write it unchanged (the default).
    #[default]
    Keep,
    /// Stop there with an error; the lines before it are written.
    Fail,
}

impl FromStr for OnError {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "skip" => Ok(OnError::Skip),
            "keep" => Ok(OnError::Keep),
            "fail" => Ok(OnError::Fail),
            other => Err(Error::Batch(format!(
                "unknown way to handle bad lines `{other}` (skip, keep or fail)"
            ))),
        }
    }
}

impl fmt::Display for OnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            OnError::Skip => "skip",
            OnError::Keep => "keep",
            OnError::Fail => "fail",
        })
    }
}

/// How to read a JSON Lines input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlOptions {
    /// The field holding the text (default `text`).
    pub field: String,
    /// The field holding each document's source (its URL, say), when
    /// there is a model per source: see [`crate::sources`]. A line without
    /// it, or where it is not a string, is of the source `""`.
    pub source_field: Option<String>,
    /// What becomes of bad lines.
    pub on_error: OnError,
    /// How each text is taken in (format and title; an encoding is an
    /// error, JSON text being decoded already): as [`Intake::from_text`]
    /// takes it, so a record gives the text its file would.
    pub intake: IntakeOptions,
    /// Lines read and cleaned at a time, at most.
    pub chunk_lines: usize,
    /// Bytes read and cleaned at a time, about: a chunk ends with the line
    /// that reaches this size, so that memory stays bounded however long
    /// the lines are (it holds three chunks), and a small input still makes
    /// several chunks to overlap reading, cleaning and writing.
    pub chunk_bytes: usize,
}

/// Lines read at a time, at most, unless told otherwise (cleaning) and
/// always (learning).
const CHUNK_LINES: usize = 1024;
/// Bytes read at a time, about, as [`CHUNK_LINES`] (see
/// [`JsonlOptions::chunk_bytes`]).
const CHUNK_BYTES: usize = 2 << 20;

impl Default for JsonlOptions {
    fn default() -> Self {
        JsonlOptions {
            field: "text".to_owned(),
            source_field: None,
            on_error: OnError::Keep,
            intake: IntakeOptions::default(),
            chunk_lines: CHUNK_LINES,
            chunk_bytes: CHUNK_BYTES,
        }
    }
}

/// Opens a JSON Lines file for reading, decompressing it when its name ends
/// in `.gz` (concatenated gzip members too, as `cat a.gz b.gz` makes; bytes
/// after the last member are ignored, as `zcat` ignores them). See
/// [`crate::fsio::open_lines`].
pub fn open(path: &Path) -> io::Result<Box<dyn BufRead + Send>> {
    crate::fsio::open_lines(path)
}

/// The string field of one line, and where its JSON value sits in the line.
#[derive(Debug, PartialEq, Eq)]
struct Field {
    start: usize,
    end: usize,
    text: String,
    /// The line's source key: [`source_key`] of the source field when one
    /// is asked for and holds a string, else `""`.
    source: String,
}

/// [`find_fields`] without a source field.
#[cfg(test)]
fn find_field(line: &str, field: &str) -> Result<Field, String> {
    find_fields(line, field, None)
}

/// Finds `field` in the JSON object `line` without building the object,
/// and in the same pass the line's source from the field `source`, when
/// given. A byte order mark before the object (as editors on Windows write
/// at the start of a file) is passed over and kept.
fn find_fields(line: &str, field: &str, source: Option<&str>) -> Result<Field, String> {
    let json = line.strip_prefix('\u{feff}').unwrap_or(line);
    let mut de = serde_json::Deserializer::from_str(json);
    let found = FieldFinder { field, source }
        .deserialize(&mut de)
        .and_then(|found| de.end().map(|()| found))
        .map_err(|e| format!("invalid JSON: {e}"))?;
    let source = found
        .source
        .and_then(|raw| serde_json::from_str::<String>(raw.get()).ok())
        .map_or_else(String::new, |url| source_key(&url));
    let raw = found.field.ok_or_else(|| format!("no field `{field}`"))?;
    let not_a_string = || format!("field `{field}` is not a string");
    let text = match json_string_text(raw.get()) {
        Some(text) => text,
        None => serde_json::from_str(raw.get()).map_err(|_| not_a_string())?,
    };
    // The raw value borrows from `line`: its offset is a pointer difference.
    let start = raw.get().as_ptr() as usize - line.as_ptr() as usize;
    Ok(Field {
        start,
        end: start + raw.get().len(),
        text,
        source,
    })
}

/// The text of `raw`, a JSON value already checked by `serde_json`, when
/// it is a string and its `\\u` escapes, if any, are whole characters
/// (a surrogate pair, not half of one); `None` for anything else (a
/// number, a lone surrogate), which `serde_json` reads instead. This spares
/// article text a second full parse: the check left only valid escapes and
/// no raw control characters, so the runs between backslashes are copied
/// as they are.
fn json_string_text(raw: &str) -> Option<String> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let bytes = inner.as_bytes();
    let mut text = String::with_capacity(inner.len());
    let mut copied = 0;
    for at in memchr::memchr_iter(b'\\', bytes) {
        if at < copied {
            // A backslash inside an escape already read (`\\\\`, a pair).
            continue;
        }
        let (unescaped, len) = match bytes.get(at + 1)? {
            b'"' => ('"', 2),
            b'\\' => ('\\', 2),
            b'/' => ('/', 2),
            b'b' => ('\u{8}', 2),
            b'f' => ('\u{c}', 2),
            b'n' => ('\n', 2),
            b'r' => ('\r', 2),
            b't' => ('\t', 2),
            b'u' => unicode_escape(&bytes[at..])?,
            _ => return None,
        };
        text.push_str(&inner[copied..at]);
        text.push(unescaped);
        copied = at + len;
    }
    text.push_str(&inner[copied..]);
    Some(text)
}

/// The character of the `\\uXXXX` escape (or surrogate pair of two) that
/// `escape` starts with, and its length in bytes; `None` for half a pair.
fn unicode_escape(escape: &[u8]) -> Option<(char, usize)> {
    let hex = |at: usize| -> Option<u32> {
        let digits = escape.get(at..at + 4)?;
        digits.iter().try_fold(0, |code, &digit| {
            Some(code << 4 | char::from(digit).to_digit(16)?)
        })
    };
    let first = hex(2)?;
    match first {
        0xd800..=0xdbff => {
            if escape.get(6..8)? != b"\\u" {
                return None;
            }
            let second = hex(8)?;
            if !(0xdc00..=0xdfff).contains(&second) {
                return None;
            }
            let code = 0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00);
            Some((char::from_u32(code)?, 12))
        }
        _ => Some((char::from_u32(first)?, 6)),
    }
}

struct FieldFinder<'f> {
    field: &'f str,
    source: Option<&'f str>,
}

/// The raw values [`FieldFinder`] found.
struct Found<'de> {
    field: Option<&'de RawValue>,
    source: Option<&'de RawValue>,
}

impl<'de> DeserializeSeed<'de> for FieldFinder<'_> {
    type Value = Found<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldFinder<'_> {
    type Value = Found<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = Found {
            field: None,
            source: None,
        };
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            let value: &'de RawValue = map.next_value()?;
            // Of duplicate keys the last wins, as in most JSON readers.
            if key == self.field {
                found.field = Some(value);
            }
            if self.source == Some(key.as_ref()) {
                found.source = Some(value);
            }
        }
        Ok(found)
    }
}

/// An object key, borrowed unless it holds escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// What became of one line.
enum LineOutcome {
    /// Blank: passed through, not a document.
    Blank,
    /// Nothing to clean: written as read.
    Unchanged,
    /// Cleaned: the new line (terminator included) and the rules that
    /// edited it.
    Changed(Vec<u8>, Vec<&'static str>),
    /// Could not be cleaned.
    Bad(String),
}

/// Splits a line into content and terminator (`\n`, `\r\n` or nothing).
fn split_terminator(line: &[u8]) -> (&[u8], &[u8]) {
    let mut end = line.len();
    if line[..end].ends_with(b"\n") {
        end -= 1;
        if line[..end].ends_with(b"\r") {
            end -= 1;
        }
    }
    line.split_at(end)
}

fn clean_line(line: &[u8], cleaners: &SourceCleaners, options: &JsonlOptions) -> LineOutcome {
    let (field, intake) = (options.field.as_str(), &options.intake);
    let (content, terminator) = split_terminator(line);
    if content.iter().all(u8::is_ascii_whitespace) {
        return LineOutcome::Blank;
    }
    let Ok(content) = std::str::from_utf8(content) else {
        return LineOutcome::Bad("not UTF-8".to_owned());
    };
    let found = match find_fields(content, field, options.source_field.as_deref()) {
        Ok(found) => found,
        Err(message) => return LineOutcome::Bad(message),
    };
    let taken = match Intake::from_text(found.text.as_str(), intake) {
        Ok(taken) => taken,
        Err(e) => return LineOutcome::Bad(format!("field `{field}`: {e}")),
    };
    // No edit leaves the text as taken in: the field itself, unless it
    // was an HTML page and is now its article.
    let cleaned = taken.clean_if_edited(cleaners.get(&found.source));
    let text = match &cleaned {
        Some(cleaned) => cleaned.text.as_str(),
        None if taken.format() == Format::Text => return LineOutcome::Unchanged,
        None => taken.text(),
    };
    if text == found.text {
        return LineOutcome::Unchanged;
    }
    let mut out = Vec::with_capacity(line.len());
    out.extend_from_slice(&content.as_bytes()[..found.start]);
    push_json_string(&mut out, text);
    out.extend_from_slice(&content.as_bytes()[found.end..]);
    out.extend_from_slice(terminator);
    let rules = cleaned.map_or_else(Vec::new, |c| c.edits.iter().map(|e| e.rule).collect());
    LineOutcome::Changed(out, rules)
}

/// Appends `text` to `out` as a JSON string, quotes included, escaped as
/// `serde_json` escapes it (`\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`,
/// other controls as `\u00XX`; everything else as it is). Text mostly
/// needs no escape: eight bytes are tested at a time and copied whole.
fn push_json_string(out: &mut Vec<u8>, text: &str) {
    // Whether one of eight bytes is below 0x20, or a quote, or a backslash.
    let needs_escape = |x: u64| {
        has_byte_below(x, 0x20) || has_zero_byte(x ^ splat(b'"')) || has_zero_byte(x ^ splat(b'\\'))
    };
    let bytes = text.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if !needs_escape(word) {
                i += 8;
                continue;
            }
        }
        let end = (i + 8).min(bytes.len());
        for (j, &b) in bytes.iter().enumerate().take(end).skip(i) {
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0c => b"\\f",
                0x00..=0x1f => b"",
                _ => continue,
            };
            out.extend_from_slice(&bytes[copied..j]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xf)]);
            } else {
                out.extend_from_slice(escape);
            }
            copied = j + 1;
        }
        i = end;
    }
    out.extend_from_slice(&bytes[copied..]);
    out.push(b'"');
}

/// Reads lines into `chunk` (cleared first) until it holds `max_lines` of
/// them or `max_bytes` bytes, or the input ends; false at the end.
fn read_chunk<R: BufRead>(
    input: &mut R,
    chunk: &mut Vec<Vec<u8>>,
    max_lines: usize,
    max_bytes: usize,
) -> io::Result<bool> {
    chunk.clear();
    let mut bytes = 0;
    while chunk.len() < max_lines.max(1) && bytes < max_bytes.max(1) {
        let mut line = Vec::new();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        bytes += line.len();
        chunk.push(line);
    }
    Ok(!chunk.is_empty())
}

/// An input read chunk after chunk that, when reading fails (a truncated
/// `.gz`, a disk error), keeps the whole lines read before the failure and
/// then reads as if the input had ended; the failure becomes a problem of
/// the run ([`Lines::finish`]), so that what was read is still cleaned and
/// written.
struct Lines<R> {
    input: R,
    failed: Option<io::Error>,
}

impl<R: BufRead> Lines<R> {
    fn new(input: R) -> Self {
        Lines {
            input,
            failed: None,
        }
    }

    /// [`read_chunk`], with failures kept for [`Lines::finish`].
    fn chunk(&mut self, chunk: &mut Vec<Vec<u8>>, max_lines: usize, max_bytes: usize) {
        if self.failed.is_some() {
            chunk.clear();
            return;
        }
        if let Err(err) = read_chunk(&mut self.input, chunk, max_lines, max_bytes) {
            self.failed = Some(err);
        }
    }

    /// Reports a failure to read to the end, if there was one.
    fn finish(self, source: &str, summary: &mut Summary, progress: &dyn Progress) {
        if let Some(err) = self.failed {
            let problem = Problem {
                path: source.into(),
                line: None,
                message: format!(
                    "cannot read to the end ({}); the lines before are kept",
                    crate::fsio::io_reason(&err)
                ),
            };
            progress.problem(&problem);
            summary.add_problem(problem);
        }
    }
}

/// Cleans the JSON Lines `input` into `output` on the threads of `pool`.
///
/// When reading fails part way (a truncated `.gz`), the whole lines read
/// before are cleaned and written and the failure is a problem in the
/// summary; only writing failures and [`OnError::Fail`] end the run with
/// an error.
///
/// `source` names the input in problems (`-` for standard input). Bad lines
/// are reported to `progress` in line order and counted in the summary;
/// with [`OnError::Fail`] the first one ends the run with
/// [`Error::JsonLine`] (and is not reported to `progress`) after the lines
/// before it are written.
///
/// All of it runs on the pool's threads: while one chunk is cleaned, one
/// thread writes the chunk before it and reads the chunk after it, then
/// helps clean, so reading (decompressing, say) and writing neither keep
/// the others waiting nor take a core of their own; memory holds three
/// chunks.
pub fn clean_jsonl<R: BufRead + Send, W: Write + Send>(
    input: R,
    output: W,
    source: &str,
    cleaner: &Cleaner,
    options: &JsonlOptions,
    pool: &rayon::ThreadPool,
    progress: &dyn Progress,
) -> Result<Summary, Error> {
    let cleaners = SourceCleaners::single(cleaner.clone());
    clean_jsonl_by_source(input, output, source, &cleaners, options, pool, progress)
}

/// [`clean_jsonl`] with a cleaner per source: each line is cleaned by the
/// cleaner of its [`JsonlOptions::source_field`].
pub fn clean_jsonl_by_source<R: BufRead + Send, W: Write + Send>(
    input: R,
    output: W,
    source: &str,
    cleaners: &SourceCleaners,
    options: &JsonlOptions,
    pool: &rayon::ThreadPool,
    progress: &dyn Progress,
) -> Result<Summary, Error> {
    pool.install(|| clean_chunks(input, output, source, cleaners, options, progress))
}

/// [`clean_jsonl`] on the current pool.
fn clean_chunks<R: BufRead, W: Write>(
    input: R,
    mut output: W,
    source: &str,
    cleaners: &SourceCleaners,
    options: &JsonlOptions,
    progress: &dyn Progress,
) -> Result<Summary, Error> {
    let mut written = Written {
        summary: Summary::default(),
        line_no: 0,
    };
    let mut input = Lines::new(input);
    let mut current = Vec::new();
    input.chunk(&mut current, options.chunk_lines, options.chunk_bytes);
    let mut previous: Option<(Vec<Vec<u8>>, Vec<LineOutcome>)> = None;
    while !current.is_empty() || previous.is_some() {
        let mut outcomes = Vec::new();
        let mut next = Vec::new();
        let mut step: Result<(), Error> = Ok(());
        rayon::in_place_scope(|scope| {
            if !current.is_empty() {
                let (current, outcomes) = (&current, &mut outcomes);
                scope.spawn(move |_| {
                    *outcomes = current
                        .par_iter()
                        .map(|line| clean_line(line, cleaners, options))
                        .collect();
                });
            }
            step = (|| {
                if let Some((lines, outcomes)) = previous.take() {
                    written.write(&lines, outcomes, &mut output, source, options, progress)?;
                    progress.advance(Path::new(source));
                }
                input.chunk(&mut next, options.chunk_lines, options.chunk_bytes);
                Ok(())
            })();
        });
        step?;
        if !current.is_empty() {
            previous = Some((std::mem::replace(&mut current, next), outcomes));
        } else {
            current = next;
        }
    }
    output.flush()?;
    let mut summary = written.summary;
    input.finish(source, &mut summary, progress);
    Ok(summary)
}

/// The output side of [`clean_jsonl`]: the summary so far and the number
/// of the last line written.
struct Written {
    summary: Summary,
    line_no: u64,
}

impl Written {
    /// Writes one chunk's lines as their outcomes say, in order.
    fn write<W: Write>(
        &mut self,
        lines: &[Vec<u8>],
        outcomes: Vec<LineOutcome>,
        output: &mut W,
        source: &str,
        options: &JsonlOptions,
        progress: &dyn Progress,
    ) -> Result<(), Error> {
        let summary = &mut self.summary;
        for (line, outcome) in lines.iter().zip(outcomes) {
            self.line_no += 1;
            summary.bytes_in += line.len() as u64;
            let written: &[u8] = match &outcome {
                LineOutcome::Blank => line,
                LineOutcome::Unchanged => {
                    summary.documents += 1;
                    line
                }
                LineOutcome::Changed(new, rules) => {
                    summary.documents += 1;
                    summary.changed += 1;
                    for &rule in rules {
                        *summary.edits.entry(rule).or_default() += 1;
                    }
                    new
                }
                LineOutcome::Bad(message) => {
                    let problem = Problem {
                        path: source.into(),
                        line: Some(self.line_no),
                        message: message.clone(),
                    };
                    if options.on_error == OnError::Fail {
                        // A failure is reported by the error itself.
                        output.flush()?;
                        return Err(Error::JsonLine {
                            path: source.to_owned(),
                            line: self.line_no,
                            message: message.clone(),
                        });
                    }
                    progress.problem(&problem);
                    summary.add_problem(problem);
                    match options.on_error {
                        OnError::Skip => &[],
                        _ => line,
                    }
                }
            };
            output.write_all(written)?;
            summary.bytes_out += written.len() as u64;
        }
        Ok(())
    }
}

/// Counts every document of the JSON Lines `input` into `model`, on the
/// threads of `pool` (one of which reads the next chunk, then helps count,
/// as in [`clean_jsonl`]). Bad lines are reported to `progress` and in the
/// summary, and skipped.
pub fn learn_jsonl<R: BufRead + Send>(
    input: R,
    source: &str,
    options: &JsonlOptions,
    model: &mut CorpusModel,
    pool: &rayon::ThreadPool,
    progress: &dyn Progress,
) -> Result<Summary, Error> {
    let options = JsonlOptions {
        source_field: None,
        ..options.clone()
    };
    let mut models = SourceModels::new();
    let summary = pool.install(|| learn_chunks(input, source, &options, &mut models, progress))?;
    if let Some(learned) = models.remove("") {
        model.merge(&learned);
    }
    Ok(summary)
}

/// [`learn_jsonl`] with a model per source: each line is counted into the
/// model of its [`JsonlOptions::source_field`].
pub fn learn_jsonl_by_source<R: BufRead + Send>(
    input: R,
    source: &str,
    options: &JsonlOptions,
    models: &mut SourceModels,
    pool: &rayon::ThreadPool,
    progress: &dyn Progress,
) -> Result<Summary, Error> {
    pool.install(|| learn_chunks(input, source, options, models, progress))
}

/// [`learn_jsonl_by_source`] on the current pool.
fn learn_chunks<R: BufRead>(
    input: R,
    source: &str,
    options: &JsonlOptions,
    models: &mut SourceModels,
    progress: &dyn Progress,
) -> Result<Summary, Error> {
    let mut summary = Summary::default();
    let mut chunk = Vec::new();
    let mut line_no: u64 = 0;
    let mut input = Lines::new(input);
    input.chunk(&mut chunk, CHUNK_LINES, CHUNK_BYTES);
    while !chunk.is_empty() {
        // The pool counts this chunk while this thread reads the next.
        let mut counted = None;
        let mut next = Vec::new();
        rayon::in_place_scope(|scope| {
            let (chunk, counted) = (&chunk, &mut counted);
            scope.spawn(move |_| *counted = Some(count_chunk(chunk, options)));
            input.chunk(&mut next, CHUNK_LINES, CHUNK_BYTES);
        });
        let (part, mut bad) = counted.expect("the scope ran the count");
        bad.sort();
        for (i, message) in bad {
            let problem = Problem {
                path: source.into(),
                line: Some(line_no + i as u64 + 1),
                message,
            };
            progress.problem(&problem);
            summary.add_problem(problem);
        }
        summary.documents += part.docs();
        summary.bytes_in += chunk.iter().map(|l| l.len() as u64).sum::<u64>();
        line_no += chunk.len() as u64;
        models.merge(&part);
        progress.advance(Path::new(source));
        chunk = next;
    }
    input.finish(source, &mut summary, progress);
    Ok(summary)
}

/// The corpus models of one chunk of lines, and its bad lines (index in
/// the chunk, message), on the current pool's threads.
fn count_chunk(chunk: &[Vec<u8>], options: &JsonlOptions) -> (SourceModels, Vec<(usize, String)>) {
    let field = options.field.as_str();
    chunk
        .par_iter()
        .enumerate()
        .fold(
            || (SourceModels::new(), Vec::new()),
            |(mut models, mut bad), (i, line)| {
                let (content, _) = split_terminator(line);
                if !content.iter().all(u8::is_ascii_whitespace) {
                    let content = std::str::from_utf8(content).map_err(|_| "not UTF-8".to_owned());
                    let taken = content.and_then(|content| {
                        let found = find_fields(content, field, options.source_field.as_deref())?;
                        let taken = Intake::from_text(found.text, &options.intake)
                            .map_err(|e| format!("field `{field}`: {e}"))?;
                        Ok((found.source, taken))
                    });
                    match taken {
                        Ok((key, taken)) => taken.learn(models.model_mut(&key)),
                        Err(message) => bad.push((i, message)),
                    }
                }
                (models, bad)
            },
        )
        .reduce(
            || (SourceModels::new(), Vec::new()),
            |(mut a, mut bad_a), (b, bad_b)| {
                a.merge(&b);
                bad_a.extend(bad_b);
                (a, bad_a)
            },
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROMO: &str = "Get our daily newsletter for the best stories in your inbox.";

    /// A cleaner whose corpus model knows `PROMO` as site boilerplate, so
    /// that cleaning is sure to change a text holding it.
    fn cleaner() -> Cleaner {
        let mut model = CorpusModel::new();
        for i in 0..5 {
            model.add_text(&format!("Story {i} tells of something.\n{PROMO}\n"));
        }
        Cleaner::new().with_model(std::sync::Arc::new(model))
    }

    fn run(input: &str, options: &JsonlOptions) -> (Result<Summary, Error>, String) {
        let pool = crate::run::thread_pool(Some(2)).unwrap();
        let mut out = Vec::new();
        let result = clean_jsonl(
            input.as_bytes(),
            &mut out,
            "in.jsonl",
            &cleaner(),
            options,
            &pool,
            &crate::run::NoProgress,
        );
        (result, String::from_utf8(out).unwrap())
    }

    #[test]
    fn finds_the_field_and_its_span() {
        let line = r#"{"a": [1, {"text": "no"}], "text" : "hi\nthere", "z": null}"#;
        let f = find_field(line, "text").unwrap();
        assert_eq!(f.text, "hi\nthere");
        assert_eq!(&line[f.start..f.end], r#""hi\nthere""#);
        // An escaped key is found too.
        let f = find_field(r#"{"t\u0065xt":"x"}"#, "text").unwrap();
        assert_eq!(f.text, "x");
        // After a byte order mark, the span still points into the line.
        let line = "\u{feff}{\"text\":\"x\"}";
        let f = find_field(line, "text").unwrap();
        assert_eq!(&line[f.start..f.end], "\"x\"");
    }

    #[test]
    fn bad_lines_are_described() {
        assert!(find_field("{", "text")
            .unwrap_err()
            .contains("invalid JSON"));
        assert!(find_field("[1]", "text")
            .unwrap_err()
            .contains("invalid JSON"));
        assert_eq!(
            find_field(r#"{"b":1}"#, "text").unwrap_err(),
            "no field `text`"
        );
        assert_eq!(
            find_field(r#"{"text":1}"#, "text").unwrap_err(),
            "field `text` is not a string"
        );
        assert!(find_field(r#"{"text":"a"} x"#, "text").is_err());
    }

    #[test]
    fn finds_the_source_in_the_same_pass() {
        let source = |line: &str| find_fields(line, "text", Some("url")).unwrap().source;
        assert_eq!(
            source(r#"{"url":"https://www.A.example/1","text":"x"}"#),
            "a.example"
        );
        // Of duplicate keys the last wins; a field may be both.
        assert_eq!(
            source(r#"{"url":"http://a.example","text":"x","url":"b.example/2"}"#),
            "b.example"
        );
        assert_eq!(
            find_fields(r#"{"text":"c.example"}"#, "text", Some("text"))
                .unwrap()
                .source,
            "c.example"
        );
        // Missing, or not a string: the source "".
        assert_eq!(source(r#"{"text":"x"}"#), "");
        assert_eq!(source(r#"{"url":7,"text":"x"}"#), "");
        assert_eq!(
            find_field(r#"{"url":"a.example","text":"x"}"#, "text")
                .unwrap()
                .source,
            ""
        );
    }

    /// An HTML page in the field becomes its article even when no rule
    /// edits the article: the line changes, with no edit counted.
    #[test]
    fn an_html_field_becomes_its_article_without_edits() {
        let body = "A quiet harbour town reopened its ferry pier on Tuesday after a year of repairs to the old timber. ";
        let html = format!(
            "<!DOCTYPE html><html><head><title>Pier reopens</title></head><body><article><p>{}</p></article></body></html>",
            body.repeat(3).trim_end()
        );
        let line = format!("{{\"text\":{}}}\n", serde_json::to_string(&html).unwrap());
        let (summary, out) = run(&line, &JsonlOptions::default());
        let summary = summary.unwrap();
        assert_eq!(summary.changed, 1, "{out}");
        assert!(summary.edits.is_empty(), "{:?}", summary.edits);
        let text: serde_json::Value = serde_json::from_str(&out).unwrap();
        let text = text["text"].as_str().unwrap();
        assert!(
            !text.contains('<') && text.contains("ferry pier"),
            "{text:?}"
        );
    }

    #[test]
    fn unchanged_lines_pass_byte_for_byte_and_others_only_change_the_field() {
        let clean = "{ \"z\":1.50, \"text\":\"Fine \\u00e9.\",\"a\":[ ] }\r\n";
        let dirty = format!(
            "{{\"z\":1e3,\"text\":\"Body of the story, caf\u{e9} “quoted” at length by all the papers in town this week.\\n{PROMO}\\n\",\"a\":{{\"k\":\"v\"}}}}\n\n"
        );
        let (summary, out) = run(&format!("{clean}{dirty}"), &JsonlOptions::default());
        let summary = summary.unwrap();
        assert_eq!(summary.documents, 2);
        let mut lines = out.split_inclusive('\n');
        assert_eq!(lines.next(), Some(clean));
        let second = lines.next().unwrap();
        assert_eq!(
            second,
            "{\"z\":1e3,\"text\":\"Body of the story, caf\u{e9} “quoted” at length by all the papers in town this week.\\n\",\"a\":{\"k\":\"v\"}}\n"
        );
        assert_eq!(summary.changed, 1);
        assert_eq!(summary.edits.get("corpus-boilerplate"), Some(&1));
        assert_eq!(lines.next(), Some("\n"));
        assert_eq!(summary.bytes_in, (clean.len() + dirty.len()) as u64);
    }

    #[test]
    fn on_error_modes() {
        let input = "{\"text\":\"a\"}\nnot json\n{\"text\":\"b\"}\n";
        let (summary, out) = run(input, &JsonlOptions::default());
        let summary = summary.unwrap();
        assert_eq!(out, input);
        assert_eq!(summary.problem_count, 1);
        assert_eq!(summary.problems[0].line, Some(2));

        let skip = JsonlOptions {
            on_error: OnError::Skip,
            ..JsonlOptions::default()
        };
        let (summary, out) = run(input, &skip);
        assert_eq!(out, "{\"text\":\"a\"}\n{\"text\":\"b\"}\n");
        assert_eq!(summary.unwrap().problem_count, 1);

        let fail = JsonlOptions {
            on_error: OnError::Fail,
            chunk_lines: 1,
            ..JsonlOptions::default()
        };
        let (result, out) = run(input, &fail);
        assert_eq!(out, "{\"text\":\"a\"}\n");
        let err = result.unwrap_err();
        assert_eq!(err.to_string().split(": ").next(), Some("in.jsonl:2"));
    }

    /// Chunks are cleaned while the one before is written and the one
    /// after is read: the output, the summary and where a failure stops
    /// must not depend on the chunk size.
    #[test]
    fn chunk_size_changes_nothing() {
        let input = "{\"text\":\"Same\\n\\nSame\\n\\nBody one.\\n\"}\n\
                     {\"text\":\"clean\"}\n\
                     \n\
                     {\"id\":3}\n\
                     {\"text\":\"x  \\n\"}\n\
                     not json\n\
                     {\"text\":\"last  \"}\n";
        for on_error in [OnError::Keep, OnError::Skip, OnError::Fail] {
            let whole = JsonlOptions {
                on_error,
                ..JsonlOptions::default()
            };
            let (expected_result, expected_out) = run(input, &whole);
            let sizes = (1..=8)
                .map(|lines| (lines, usize::MAX))
                .chain([(1024, 1), (1024, 40)]);
            for (chunk_lines, chunk_bytes) in sizes {
                let options = JsonlOptions {
                    chunk_lines,
                    chunk_bytes,
                    ..whole.clone()
                };
                let (result, out) = run(input, &options);
                assert_eq!(
                    out, expected_out,
                    "{on_error} in chunks of {chunk_lines}, {chunk_bytes}"
                );
                match (&result, &expected_result) {
                    (Ok(got), Ok(want)) => {
                        assert_eq!(got.documents, want.documents);
                        assert_eq!(got.changed, want.changed);
                        assert_eq!(got.edits, want.edits);
                        assert_eq!(got.problems, want.problems);
                    }
                    (Err(got), Err(want)) => assert_eq!(got.to_string(), want.to_string()),
                    _ => panic!("{on_error} in chunks of {chunk_lines}, {chunk_bytes}: {result:?}"),
                }
            }
            match on_error {
                OnError::Fail => assert_eq!(expected_out.lines().count(), 3),
                OnError::Skip => assert_eq!(expected_out.lines().count(), 5),
                OnError::Keep => assert_eq!(expected_out.lines().count(), 7),
            }
        }
    }

    /// The escaper must write exactly what `serde_json` writes, whatever
    /// the text: every control character, quotes, backslashes, multi-byte
    /// characters, at every offset of an eight-byte chunk.
    #[test]
    fn json_strings_are_escaped_as_serde_json_escapes_them() {
        let check = |text: &str| {
            let mut out = Vec::new();
            push_json_string(&mut out, text);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(text).unwrap(),
                "{text:?}"
            );
        };
        check("");
        let pieces = [
            "plain", "\"", "\\", "\n", "\r\n", "\t", "\u{8}", "\u{c}", "\u{0}", "\u{1f}", "\u{7f}",
            "é", "’", "😀", "\u{2028}", " ", "abcdefgh", "/",
        ];
        for c in 0u8..0x20 {
            for pad in 0..9 {
                check(&format!("{}{}tail text here", "x".repeat(pad), c as char));
            }
        }
        for (i, a) in pieces.iter().enumerate() {
            for b in &pieces[i..] {
                for pad in 0..9 {
                    check(&format!("{}{a}{b}{a}", "y".repeat(pad)));
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn json_escaping_matches_serde_json(text in "(?s).{0,80}") {
            let mut out = Vec::new();
            push_json_string(&mut out, &text);
            proptest::prop_assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(&text).unwrap()
            );
        }
    }

    /// `text` as a JSON string the way Python's `json.dumps` writes it by
    /// default: every character outside ASCII as `\uXXXX`, a surrogate
    /// pair beyond the first plane.
    fn ascii_json(text: &str) -> String {
        let mut out = String::from("\"");
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if c.is_ascii() && !c.is_ascii_control() => out.push(c),
                c => {
                    let mut units = [0; 2];
                    for unit in c.encode_utf16(&mut units) {
                        out.push_str(&format!("\\u{unit:04X}"));
                    }
                }
            }
        }
        out.push('"');
        out
    }

    proptest::proptest! {
        #[test]
        fn json_string_text_matches_serde_json(
            text in "(?s).{0,80}",
            raw in r#""([a-z /é]|\\[\\"/bfnrt]|\\u[0-9a-fA-F]{4}|\\ud83d\\ude00|\\uD83D|\\udc00)*""#
        ) {
            // What serde_json writes, what Python writes, and escapes at
            // random, lone surrogates included.
            for raw in [serde_json::to_string(&text).unwrap(), ascii_json(&text), raw] {
                let checked = serde_json::from_str::<&RawValue>(&raw).unwrap();
                let expected = serde_json::from_str::<String>(checked.get()).ok();
                proptest::prop_assert_eq!(json_string_text(checked.get()), expected, "{}", raw);
            }
        }
    }

    #[test]
    fn json_string_text_leaves_other_values_to_serde_json() {
        assert_eq!(
            json_string_text(r#""a\"b\\\nc\/""#).as_deref(),
            Some("a\"b\\\nc/")
        );
        assert_eq!(
            json_string_text(r#""caf\u00e9 \uD83D\uDE00 \u0041\\u0041""#).as_deref(),
            Some("café 😀 A\\u0041")
        );
        assert_eq!(json_string_text(r#""\ud83d""#), None);
        assert_eq!(json_string_text(r#""\ud83d\u0041""#), None);
        assert_eq!(json_string_text(r#""\ude00""#), None);
        assert_eq!(json_string_text("12"), None);
        assert_eq!(json_string_text("null"), None);
        assert_eq!(json_string_text(r#""""#).as_deref(), Some(""));
    }

    #[test]
    fn on_error_parses() {
        assert_eq!("skip".parse::<OnError>().unwrap(), OnError::Skip);
        assert!("drop".parse::<OnError>().is_err());
    }

    /// The model `learn_jsonl` learns from `input` on two threads, and its
    /// summary.
    fn learn(input: &str) -> (CorpusModel, Summary) {
        let pool = crate::run::thread_pool(Some(2)).unwrap();
        let mut model = CorpusModel::new();
        let summary = learn_jsonl(
            input.as_bytes(),
            "-",
            &JsonlOptions::default(),
            &mut model,
            &pool,
            &crate::run::NoProgress,
        )
        .unwrap();
        (model, summary)
    }

    #[test]
    fn learn_counts_lines_as_documents() {
        let line = "Our newsletter brings you the week in four minutes.";
        let input: String = (0..7)
            .map(|i| format!("{{\"text\":\"Story {i} body text.\\n{line}\"}}\n"))
            .chain(["oops\n".to_owned()])
            .collect();
        let (model, summary) = learn(&input);
        assert_eq!(model.docs(), 7);
        assert_eq!(model.doc_count(crate::segment::fingerprint(line)), 7);
        assert_eq!(summary.problems[0].line, Some(8));
    }

    #[test]
    fn learn_reads_chunk_after_chunk() {
        // Over two chunks and a half, with bad lines in the second and third.
        let n = 2 * CHUNK_LINES + CHUNK_LINES / 2;
        let bad = [CHUNK_LINES + 7, 2 * CHUNK_LINES + 1];
        let input: String = (1..=n)
            .map(|i| {
                if bad.contains(&i) {
                    "{\"text\": 3}\n".to_owned()
                } else {
                    format!(
                        "{{\"text\":\"Story {i}.\\nRead our policy on how we use your data.\"}}\n"
                    )
                }
            })
            .collect();
        let (model, summary) = learn(&input);
        assert_eq!(model.docs(), (n - 2) as u64);
        let footer = crate::segment::fingerprint("Read our policy on how we use your data.");
        assert_eq!(model.doc_count(footer), (n - 2) as u32);
        let lines: Vec<_> = summary.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, bad.map(|i| Some(i as u64)));
        assert_eq!(summary.bytes_in, input.len() as u64);
    }
}
