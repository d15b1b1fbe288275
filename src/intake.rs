//! Intake: the one step from input to document, shared by every mode.
//!
//! A single file, standard input, every file of a folder, every line of a
//! JSON Lines corpus and every document a corpus model learns from go
//! through the same three steps, so that one input gives one answer
//! whatever the mode:
//!
//! 1. **bytes → text**: binary input is refused ([`check_binary`], one
//!    definition for every mode), then the bytes are decoded
//!    ([`crate::decode`]), in the encoding [`IntakeOptions::encoding`]
//!    forces or the one the evidence points to;
//! 2. **text → format**: [`IntakeOptions::format`], or the content sniffed
//!    ([`crate::extract::sniff_html`]), never the file name;
//! 3. **format → document**: plain text is segmented as it is, an HTML
//!    page is reduced to its article first ([`crate::extract::extract_html`]).
//!
//! ```
//! use rinse::intake::{Intake, IntakeOptions};
//!
//! let page = b"<style>body { color: red }</style>\n<article><h1>Rain</h1>\
//!              <p>It rained on Monday, the first time in months.</p></article>";
//! let intake = Intake::read(page, &IntakeOptions::default())?;
//! assert_eq!(intake.format(), rinse::extract::Format::Html);
//! assert_eq!(intake.text(), "It rained on Monday, the first time in months.\n");
//! let cleaned = intake.clean(&rinse::Cleaner::new());
//! assert_eq!(cleaned.text, intake.text());
//! # Ok::<(), rinse::Error>(())
//! ```

use std::borrow::Cow;

use encoding_rs::Encoding;

use crate::corpus::CorpusModel;
use crate::decode::{self, check_binary};
use crate::error::Error;
use crate::extract::{extract_html, extract_html_owned, ExtractOptions, Extracted, Format};
use crate::pipeline::{Cleaned, Cleaner};
use crate::segment::Document;

/// How to read an input: the same for every mode.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IntakeOptions {
    /// What the input is; [`Format::Auto`] sniffs the content.
    pub format: Format,
    /// Read the bytes in this encoding instead of detecting it.
    pub encoding: Option<&'static Encoding>,
    /// HTML input: put the headline first.
    pub title: bool,
}

impl IntakeOptions {
    fn extract_options(&self) -> ExtractOptions {
        ExtractOptions { title: self.title }
    }
}

/// One input taken in: its decoded text, its format, and the document the
/// pipeline cleans.
#[derive(Debug, Clone)]
pub struct Intake<'a> {
    decoded: Cow<'a, str>,
    encoding: &'static Encoding,
    reason: &'static str,
    /// The article, for HTML input.
    extracted: Option<Extracted>,
}

impl<'a> Intake<'a> {
    /// Takes in raw bytes: refuses binary input, decodes, chooses the
    /// format and extracts the article of an HTML page.
    pub fn read(bytes: &'a [u8], options: &IntakeOptions) -> Result<Intake<'a>, Error> {
        let decoded = decode::decode_checked(bytes, options.encoding)?;
        Ok(Intake::build(
            decoded.text,
            decoded.encoding,
            decoded.reason,
            options,
        ))
    }

    /// [`Intake::read`] of bytes the caller gives up, for a caller that
    /// wants the document only: the bytes become the decoded text in
    /// their own buffer when they are UTF-8, and an HTML page is dropped
    /// as its article is extracted ([`extract_html_owned`]), so that a
    /// big input is held about once. The same document as
    /// [`Intake::read`]; but of an HTML page no decoded text is kept:
    /// [`Intake::decoded`] is then empty.
    pub fn read_owned(bytes: Vec<u8>, options: &IntakeOptions) -> Result<Intake<'static>, Error> {
        let decoded = decode::decode_checked_owned(bytes, options.encoding)?;
        let (encoding, reason) = (decoded.encoding, decoded.reason);
        let text = decoded.text.into_owned();
        if options.format.resolve(&text) != Format::Html {
            return Ok(Intake {
                decoded: Cow::Owned(text),
                encoding,
                reason,
                extracted: None,
            });
        }
        Ok(Intake {
            decoded: Cow::Borrowed(""),
            encoding,
            reason,
            extracted: Some(extract_html_owned(text, &options.extract_options())),
        })
    }

    /// The text the pipeline cleans, taken over: the decoded input, or
    /// for HTML the extracted article (as [`Intake::text`]).
    pub fn into_text(self) -> Cow<'a, str> {
        match self.extracted {
            Some(extracted) => Cow::Owned(extracted.text),
            None => self.decoded,
        }
    }

    /// Takes in text that is already decoded (the string field of a JSON
    /// Lines record, a Python `str`): the same binary test on its bytes,
    /// then format and extraction as [`Intake::read`]. An encoding in
    /// `options` is an error: text has none.
    pub fn from_text(
        text: impl Into<Cow<'a, str>>,
        options: &IntakeOptions,
    ) -> Result<Intake<'a>, Error> {
        if let Some(encoding) = options.encoding {
            return Err(Error::Unsupported(format!(
                "an encoding ({}) applies to bytes, not to text already decoded",
                encoding.name()
            )));
        }
        let text = text.into();
        check_binary(text.as_bytes())?;
        Ok(Intake::build(
            text,
            encoding_rs::UTF_8,
            "already text",
            options,
        ))
    }

    fn build(
        decoded: Cow<'a, str>,
        encoding: &'static Encoding,
        reason: &'static str,
        options: &IntakeOptions,
    ) -> Intake<'a> {
        let extracted = (options.format.resolve(&decoded) == Format::Html)
            .then(|| extract_html(&decoded, &options.extract_options()));
        Intake {
            decoded,
            encoding,
            reason,
            extracted,
        }
    }

    /// The input decoded, before any extraction.
    pub fn decoded(&self) -> &str {
        &self.decoded
    }

    /// The encoding the input was read as.
    pub fn encoding(&self) -> &'static Encoding {
        self.encoding
    }

    /// Why that encoding (`"valid UTF-8"`, `"byte order mark"`, …).
    pub fn encoding_reason(&self) -> &'static str {
        self.reason
    }

    /// [`Format::Text`] or [`Format::Html`]: what the input was taken as.
    pub fn format(&self) -> Format {
        if self.extracted.is_some() {
            Format::Html
        } else {
            Format::Text
        }
    }

    /// The text the pipeline cleans and the edits' spans point into: the
    /// decoded input, or for HTML the extracted article.
    pub fn text(&self) -> &str {
        match &self.extracted {
            Some(extracted) => &extracted.text,
            None => &self.decoded,
        }
    }

    /// The headline of an HTML page, when one was found.
    pub fn title(&self) -> Option<&str> {
        self.extracted.as_ref()?.title.as_deref()
    }

    /// The document the pipeline cleans and a corpus model counts.
    pub fn document(&self) -> Document<'_> {
        match &self.extracted {
            Some(extracted) => extracted.document(),
            None => Document::plain(&self.decoded),
        }
    }

    /// Cleans the document with `cleaner`.
    pub fn clean(&self, cleaner: &Cleaner) -> Cleaned {
        cleaner.clean_document(&self.document())
    }

    /// [`Intake::clean`], or `None` when no rule edits the document,
    /// without a copy of its text.
    pub(crate) fn clean_if_edited(&self, cleaner: &Cleaner) -> Option<Cleaned> {
        cleaner.clean_document_if_edited(&self.document())
    }

    /// Counts the document into `model`.
    pub fn learn(&self, model: &mut CorpusModel) {
        model.add_document(&self.document());
    }

    /// Whether writing `output` in place of the input `original` bytes
    /// would change them: edits, an extracted article, a new encoding or a
    /// dropped byte order mark all do. `--check`, `--in-place` and the
    /// batch summary all ask this one question.
    pub fn rewrites(original: &[u8], output: &str) -> bool {
        original != output.as_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_binary_test_for_bytes_and_text() {
        let opts = IntakeOptions::default();
        let half: Vec<u8> = (0..400)
            .map(|i| if i % 4 == 0 { 0x01 } else { b'a' })
            .collect();
        assert!(matches!(Intake::read(&half, &opts), Err(Error::Binary(_))));
        let text = String::from_utf8(half).unwrap();
        assert!(matches!(
            Intake::from_text(text.as_str(), &opts),
            Err(Error::Binary(_))
        ));
        // A NUL past the first 8 KiB still counts, but one stray NUL in
        // text is text: `control-char` deletes it with an edit.
        let mut late = b"a line of text\n".repeat(1_400);
        late.push(0);
        let intake = Intake::read(&late, &opts).unwrap();
        let cleaned = intake.clean(&Cleaner::with_rules(crate::rules::character_rules()));
        assert!(!cleaned.text.contains('\0'));
        assert_eq!(cleaned.edits.len(), 1);
        late.push(0);
        assert!(Intake::read(&late, &opts).is_err());
    }

    #[test]
    fn format_and_encoding_are_honoured() {
        let page = b"<p>Caf\xe9 one.</p><p>Two.</p>";
        let forced = IntakeOptions {
            format: Format::Text,
            encoding: Some(encoding_rs::WINDOWS_1252),
            title: false,
        };
        let intake = Intake::read(page, &forced).unwrap();
        assert_eq!(intake.format(), Format::Text);
        assert_eq!(intake.text(), "<p>Café one.</p><p>Two.</p>");
        let html = IntakeOptions {
            format: Format::Html,
            ..forced
        };
        assert_eq!(
            Intake::read(page, &html).unwrap().text(),
            "Café one.\n\nTwo.\n"
        );
        assert!(Intake::from_text("x", &forced).is_err());
    }

    #[test]
    fn bytes_and_text_give_one_document() {
        let page = "<html><body><article><h1>Rain at last</h1>\
                    <p>It rained on Monday, the first time in months, and farmers cheered.</p>\
                    </article></body></html>";
        for options in [
            IntakeOptions::default(),
            IntakeOptions {
                title: true,
                ..IntakeOptions::default()
            },
        ] {
            let a = Intake::read(page.as_bytes(), &options).unwrap();
            let b = Intake::from_text(page, &options).unwrap();
            assert_eq!(a.text(), b.text());
            assert_eq!(a.document().blocks, b.document().blocks);
        }
        let titled = IntakeOptions {
            title: true,
            ..IntakeOptions::default()
        };
        assert!(Intake::read(page.as_bytes(), &titled)
            .unwrap()
            .text()
            .starts_with("Rain at last"));
    }

    #[test]
    fn owned_bytes_give_the_same_document() {
        let html = "<html><body><article><h1>Rain at last</h1>\
                    <p>It rained on Monday, the first time in months, and farmers cheered.</p>\
                    </article></body></html>";
        let inputs: [&[u8]; 5] = [
            html.as_bytes(),
            b"\xEF\xBB\xBFPlain text, caf\xC3\xA9.\n\nSecond block.\n",
            b"Caf\xe9 cr\xe8me, in windows-1252.\n",
            b"<p>Caf\xe9 one, the first time in months.</p><p>Two.</p>",
            b"",
        ];
        for bytes in inputs {
            for options in [
                IntakeOptions::default(),
                IntakeOptions {
                    title: true,
                    ..IntakeOptions::default()
                },
            ] {
                let read = Intake::read(bytes, &options).unwrap();
                let owned = Intake::read_owned(bytes.to_vec(), &options).unwrap();
                assert_eq!(owned.format(), read.format());
                assert_eq!(owned.encoding(), read.encoding());
                assert_eq!(owned.encoding_reason(), read.encoding_reason());
                assert_eq!(owned.text(), read.text());
                assert_eq!(owned.title(), read.title());
                assert_eq!(owned.document().blocks, read.document().blocks);
                let decoded = if read.format() == Format::Html {
                    ""
                } else {
                    read.decoded()
                };
                assert_eq!(owned.decoded(), decoded);
                assert_eq!(owned.into_text(), read.text());
            }
        }
        let binary = vec![0u8; 64];
        assert!(matches!(
            Intake::read_owned(binary, &IntakeOptions::default()),
            Err(Error::Binary(_))
        ));
    }

    #[test]
    fn rewrites_compares_bytes() {
        assert!(!Intake::rewrites(b"same\n", "same\n"));
        assert!(Intake::rewrites(b"caf\xe9\n", "café\n"));
        assert!(Intake::rewrites(b"\xef\xbb\xbfx", "x"));
    }
}
