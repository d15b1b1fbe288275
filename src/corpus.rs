//! The corpus model: which blocks repeat across many *different* documents.
//!
//! A site's affiliate disclosure, newsletter box or legal notice appears once
//! in each of thousands of its articles and reads like an ordinary
//! paragraph; only its frequency across documents gives it away. But a
//! wire story printed by six sites, or one article scraped under two URLs,
//! also puts every one of its paragraphs in several documents, and those
//! copies must not vote for each other: a copy of an article is not
//! boilerplate. So a [`CorpusModel`] counts, for every block fingerprint
//! ([`segment::fingerprint`](crate::segment::fingerprint): an xxh3 hash of the
//! block's normalised text):
//!
//! - the number of *documents* it appears in, and how many of those had it
//!   near an edge of the document ([`is_edge`]);
//! - the number of distinct *contexts* it appears in (see below), which is
//!   what `corpus-boilerplate` reads: copies of one article give a block one
//!   context however many copies there are.
//!
//! Counting is order-independent and mergeable: a corpus too big for one
//! machine is learned shard by shard and the models are added up with
//! [`CorpusModel::merge`]; the sum is the model of the whole corpus.
//!
//! ```
//! use rinse::corpus::CorpusModel;
//! use rinse::segment::fingerprint;
//!
//! let disclosure = "We may earn a commission when you buy through links on our site.";
//! let story = |s: &str| format!("A long opening paragraph about {s}, with enough words to lead.\n{disclosure}\n");
//! let mut a = CorpusModel::new();
//! let mut b = CorpusModel::new();
//! a.add_text(&story("the harbour"));
//! a.add_text(&story("the harbour")); // the same story again: a copy
//! b.add_text(&story("the election"));
//! a.merge(&b);
//! assert_eq!(a.docs(), 3);
//! assert_eq!(a.doc_count(fingerprint(disclosure)), 3);
//! assert_eq!(a.contexts(fingerprint(disclosure)), 2);
//! ```
//!
//! # What is counted
//!
//! Every block of at least [`MIN_WORDS`] words, once per document however
//! often it repeats inside it (repeats inside one document are the business
//! of `repeated-block`). Shorter blocks (`Advertisement`, `Share this`) are
//! too common in honest prose to be judged by frequency and are skipped.
//!
//! A block is *at an edge* of its document when it lies among the first or
//! the last quarter of the document's blocks, and at least among the first
//! or last two ([`is_edge`]).
//!
//! # Contexts: what makes two documents different
//!
//! The *anchor* of a block in a document is the document's longest other
//! counted block (most words; among equally long ones the smallest
//! fingerprint; none if the block is alone). Copies of one article carry
//! their site's own noise, but that noise is short next to the article's
//! longest paragraph, so every copy gives a paragraph the same anchor. Two
//! different articles have different longest paragraphs, so a block they
//! share (their site's chrome) gets two anchors. The number of distinct
//! anchors of a block is its number of *contexts*
//! ([`CorpusModel::contexts`]): one for a paragraph of a story printed eight
//! times, a hundred for a disclosure under a hundred different stories.
//! When a site's chrome is itself longer than every paragraph of a
//! document, it anchors the document's other blocks and they gain no
//! context from it: the model undercounts, and undercounting keeps text.
//!
//! Contexts are counted with a k-minimum-values sketch ([`Sketch`]): per
//! block, the [`SKETCH_LEN`] smallest distinct 32-bit anchor hashes. The
//! union of two sketches cut to the smallest values is the sketch of the
//! union, whatever the order; the count is exact up to [`SKETCH_LEN`]
//! contexts and estimated above it from the largest kept value (relative
//! error about 1 in √(`SKETCH_LEN` − 2), enough to compare with a threshold
//! in the hundreds).
//!
//! # File format (version 2)
//!
//! All integers little-endian:
//!
//! | bytes | field |
//! | --- | --- |
//! | 8 | magic `RINSEMDL` |
//! | 4 | format version, `u32` = 2 |
//! | 8 | number of documents counted, `u64` |
//! | 8 | number of entries `n`, `u64` |
//! | n × (17 + 4 k) | entries sorted by fingerprint, no duplicates: fingerprint `u64`, documents `u32`, documents where the block sat at an edge `u32`, `k` the number of context hashes `u8` (1 to [`SKETCH_LEN`], at most the documents), then `k` context hashes `u32` in increasing order |
//!
//! Anything else (wrong magic, another version, unsorted, short or
//! trailing bytes) is refused with [`Error::Model`]; a version 1 model
//! (no contexts) must be learned again. Counts saturate at `u32::MAX`
//! rather than wrap.
//!
//! # Size
//!
//! In memory an entry is a 48-byte `(u64, Entry)` slot of a hash map keyed
//! by the fingerprint itself (the keys are already hashes, so the map hashes
//! nothing again); with the map's control byte and spare capacity that is
//! from 56 bytes per distinct block when the map is full to about 130
//! after it grows ([`CorpusModel::heap_bytes`]; 131 measured on 3,426
//! scraped pages, where version 1 took 45). On disk it is 21 bytes per
//! block seen in one context (most blocks of a corpus), at most 49. When a model is only applied,
//! [`CorpusModel::retain_frequent`] drops the entries too rare to matter.

use std::collections::HashMap;
use std::fs::File;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::Path;

use crate::error::Error;
use crate::segment::Document;

/// The first eight bytes of every model file.
pub const MAGIC: &[u8; 8] = b"RINSEMDL";
/// The model file format version this build reads and writes (2: contexts
/// added; version 1 files are refused).
pub const VERSION: u32 = 2;
/// Blocks with fewer words are not counted.
pub const MIN_WORDS: usize = 4;
/// The smallest default threshold of contexts (see [`CorpusModel::min_docs`]).
pub const DEFAULT_MIN_DOCS: u64 = 5;
/// The default threshold as a share of the corpus: one in a thousand
/// documents.
pub const DEFAULT_SHARE: f64 = 0.001;
/// Context hashes kept per block (the `k` of the k-minimum-values sketch):
/// contexts are counted exactly up to this many, estimated above.
pub const SKETCH_LEN: usize = 8;

/// `corpus-boilerplate`'s copy guard weighs a candidate block against the
/// blocks of its document whose document counts are within this factor of
/// its own (see `MIN_COHORT_PERCENT` there): the lines of a story printed
/// eight times are in eight documents each, its site's chrome in many more.
pub const COPY_FACTOR: u64 = 2;

const HEADER_LEN: usize = 8 + 4 + 8 + 8;
/// Bytes of an entry on disk before its context hashes.
const ENTRY_HEAD_LEN: usize = 8 + 4 + 4 + 1;

/// The distinct contexts of one block, as a k-minimum-values sketch: the
/// [`SKETCH_LEN`] smallest distinct 32-bit context hashes seen. (The hash
/// `u32::MAX` marks a free slot and is stored as `u32::MAX - 1`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sketch {
    /// Increasing, free slots (`u32::MAX`) last.
    values: [u32; SKETCH_LEN],
}

impl Default for Sketch {
    fn default() -> Self {
        Sketch {
            values: [u32::MAX; SKETCH_LEN],
        }
    }
}

impl Sketch {
    /// Adds one context hash.
    pub fn insert(&mut self, hash: u32) {
        let hash = hash.min(u32::MAX - 1);
        let at = match self.values.binary_search(&hash) {
            Ok(_) => return,
            Err(at) => at,
        };
        if at == SKETCH_LEN {
            return;
        }
        self.values.copy_within(at..SKETCH_LEN - 1, at + 1);
        self.values[at] = hash;
    }

    /// Adds every hash of `other`: the sketch of both sets together.
    pub fn union(&mut self, other: &Sketch) {
        for &hash in other.values() {
            self.insert(hash);
        }
    }

    /// The kept hashes, in increasing order.
    pub fn values(&self) -> &[u32] {
        let len = self.values.partition_point(|&v| v != u32::MAX);
        &self.values[..len]
    }

    /// The number of distinct contexts: exact below [`SKETCH_LEN`], else
    /// the k-minimum-values estimate `(k − 1) · 2³² / (largest kept + 1)`.
    pub fn estimate(&self) -> u64 {
        let len = self.values().len();
        if len < SKETCH_LEN {
            return len as u64;
        }
        let largest = f64::from(self.values[SKETCH_LEN - 1]) + 1.0;
        let estimate = (SKETCH_LEN - 1) as f64 * 4_294_967_296.0 / largest;
        (estimate.round() as u64).max(SKETCH_LEN as u64)
    }
}

/// What the model knows of one block fingerprint.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Entry {
    /// Number of documents the block appears in.
    pub docs: u32,
    /// Number of those documents where it sat at an edge ([`is_edge`]).
    pub edge: u32,
    /// The distinct contexts (anchors) it appeared in.
    pub contexts: Sketch,
}

impl Entry {
    fn add(&mut self, other: &Entry) {
        self.docs = self.docs.saturating_add(other.docs);
        self.edge = self.edge.saturating_add(other.edge);
        self.contexts.union(&other.contexts);
    }

    /// The number of distinct contexts, never more than the documents.
    pub fn context_count(&self) -> u64 {
        self.contexts.estimate().min(u64::from(self.docs))
    }
}

/// The context hash of a block whose anchor is `anchor` (the fingerprint
/// of the document's longest other block), 0 when it has none.
fn context_hash(anchor: Option<u64>) -> u32 {
    // Fingerprints are xxh3 hashes: their top half is already uniform.
    anchor.map_or(0, |fp| (fp >> 32) as u32)
}

/// A hasher that passes an already-hashed `u64` key through unchanged.
#[derive(Debug, Default, Clone, Copy)]
pub struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only reached for keys that are not `u64`; fold them in anyway.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Counts = HashMap<u64, Entry, BuildHasherDefault<IdentityHasher>>;

/// Document and context frequencies of block fingerprints over a corpus.
#[derive(Debug, Clone, Default)]
pub struct CorpusModel {
    docs: u64,
    counts: Counts,
    min_docs: Option<u64>,
}

impl PartialEq for CorpusModel {
    fn eq(&self, other: &Self) -> bool {
        self.docs == other.docs && self.counts == other.counts
    }
}

/// Whether block `index` of a document of `len` blocks sits at an edge:
/// among the first or last quarter of the blocks, and always among the first
/// or last two.
pub fn is_edge(index: usize, len: usize) -> bool {
    let band = len.div_ceil(4).max(2);
    index < band || index + band >= len
}

impl CorpusModel {
    /// An empty model.
    pub fn new() -> Self {
        CorpusModel::default()
    }

    /// Counts one document already segmented.
    pub fn add_document(&mut self, doc: &Document<'_>) {
        // (fingerprint, at an edge, words)
        let mut seen: Vec<(u64, bool, usize)> = Vec::with_capacity(doc.blocks.len());
        let n = doc.blocks.len();
        for (i, block) in doc.blocks.iter().enumerate() {
            if block.words >= MIN_WORDS {
                seen.push((block.fingerprint, is_edge(i, n), block.words));
            }
        }
        // Once per document; at an edge if any of its copies is.
        seen.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        seen.dedup_by_key(|s| s.0);
        // The two longest distinct blocks: every block's anchor is the
        // first, the first's is the second.
        let longer =
            |a: &(u64, bool, usize), b: &(u64, bool, usize)| a.2 > b.2 || (a.2 == b.2 && a.0 < b.0);
        let mut first: Option<(u64, bool, usize)> = None;
        let mut second: Option<(u64, bool, usize)> = None;
        for s in &seen {
            if first.map_or(true, |f| longer(s, &f)) {
                second = first;
                first = Some(*s);
            } else if second.map_or(true, |t| longer(s, &t)) {
                second = Some(*s);
            }
        }
        for (fingerprint, edge, _) in seen {
            let anchor = match first {
                Some(f) if f.0 != fingerprint => Some(f.0),
                _ => second.map(|s| s.0),
            };
            let mut contexts = Sketch::default();
            contexts.insert(context_hash(anchor));
            self.counts.entry(fingerprint).or_default().add(&Entry {
                docs: 1,
                edge: u32::from(edge),
                contexts,
            });
        }
        self.docs += 1;
    }

    /// Counts one plain-text document.
    pub fn add_text(&mut self, text: &str) {
        self.add_document(&Document::plain(text));
    }

    /// Adds `other`'s counts to this model: the result is the model of both
    /// corpora together, whatever the order of merging.
    pub fn merge(&mut self, other: &CorpusModel) {
        self.docs = self.docs.saturating_add(other.docs);
        self.counts.reserve(other.counts.len());
        for (&fingerprint, entry) in &other.counts {
            self.counts.entry(fingerprint).or_default().add(entry);
        }
    }

    /// Number of documents counted.
    pub fn docs(&self) -> u64 {
        self.docs
    }

    /// Number of distinct blocks counted.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// Whether no block was counted.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// What the model knows of `fingerprint` (zeros when never seen).
    pub fn entry(&self, fingerprint: u64) -> Entry {
        self.counts.get(&fingerprint).copied().unwrap_or_default()
    }

    /// Number of documents the block with `fingerprint` appears in.
    pub fn doc_count(&self, fingerprint: u64) -> u32 {
        self.entry(fingerprint).docs
    }

    /// Number of distinct contexts the block with `fingerprint` appears in
    /// (see the module docs): copies of one document count once.
    pub fn contexts(&self, fingerprint: u64) -> u64 {
        self.entry(fingerprint).context_count()
    }

    /// Sets the number of contexts a block must appear in to count as
    /// boilerplate; `None` restores the default.
    pub fn set_min_docs(&mut self, min_docs: Option<u64>) {
        self.min_docs = min_docs;
    }

    /// The number of distinct contexts (different documents) a block must
    /// appear in to count as boilerplate: as set with
    /// [`set_min_docs`](Self::set_min_docs), else [`DEFAULT_MIN_DOCS`] or
    /// one in a thousand of the corpus ([`DEFAULT_SHARE`]), whichever is
    /// larger. Never below 2: a block seen once is not repeated.
    pub fn min_docs(&self) -> u64 {
        let n = self.min_docs.unwrap_or_else(|| {
            let share = (self.docs as f64 * DEFAULT_SHARE).ceil() as u64;
            DEFAULT_MIN_DOCS.max(share)
        });
        n.max(2)
    }

    /// Drops the entries seen in fewer than [`min_docs`](Self::min_docs) /
    /// [`COPY_FACTOR`] documents: they can never make a block boilerplate,
    /// nor be as frequent as one that could be (the copy guard of
    /// `corpus-boilerplate`), and a model that is only applied, not merged
    /// further, needs none of them. (Do not merge a model after this: the
    /// dropped counts would be missing from the sum.)
    pub fn retain_frequent(&mut self) {
        let min = self.min_docs();
        self.counts
            .retain(|_, e| u64::from(e.docs) * COPY_FACTOR >= min);
        self.counts.shrink_to_fit();
    }

    /// Bytes of heap the counts take (an estimate from the map's capacity:
    /// one 48-byte slot and one control byte per bucket).
    pub fn heap_bytes(&self) -> usize {
        let slot = std::mem::size_of::<(u64, Entry)>() + 1;
        // hashbrown keeps buckets at a power of two, 7/8 of them usable.
        let buckets = if self.counts.capacity() == 0 {
            0
        } else {
            (self.counts.capacity() * 8 / 7).next_power_of_two()
        };
        buckets * slot
    }

    /// Writes the model in the documented format (see the module docs).
    pub fn write_to<W: Write>(&self, mut out: W) -> io::Result<()> {
        let mut entries: Vec<(u64, &Entry)> = self.counts.iter().map(|(&k, v)| (k, v)).collect();
        entries.sort_unstable_by_key(|&(k, _)| k);
        out.write_all(MAGIC)?;
        out.write_all(&VERSION.to_le_bytes())?;
        out.write_all(&self.docs.to_le_bytes())?;
        out.write_all(&(entries.len() as u64).to_le_bytes())?;
        for (fingerprint, entry) in entries {
            out.write_all(&fingerprint.to_le_bytes())?;
            out.write_all(&entry.docs.to_le_bytes())?;
            out.write_all(&entry.edge.to_le_bytes())?;
            let values = entry.contexts.values();
            out.write_all(&[values.len() as u8])?;
            for value in values {
                out.write_all(&value.to_le_bytes())?;
            }
        }
        out.flush()
    }

    /// Reads a model written by [`write_to`](Self::write_to). A file of
    /// another format or version, or a damaged one, is an [`Error::Model`].
    pub fn read_from<R: Read>(mut input: R) -> Result<Self, Error> {
        let bad = |why: &str| Error::Model(why.to_owned());
        let mut header = [0u8; HEADER_LEN];
        read_exact_or(&mut input, &mut header, "too short for a model header")?;
        if &header[..8] != MAGIC {
            return Err(bad("not a rinse corpus model (no RINSEMDL header)"));
        }
        let version = u32::from_le_bytes(header[8..12].try_into().expect("4 bytes"));
        if version != VERSION {
            let again = if version < VERSION {
                " (it counts no contexts): learn the model again"
            } else {
                ""
            };
            return Err(Error::Model(format!(
                "model format version {version}, this rinse reads version {VERSION}{again}"
            )));
        }
        let docs = u64::from_le_bytes(header[12..20].try_into().expect("8 bytes"));
        let len = u64::from_le_bytes(header[20..28].try_into().expect("8 bytes"));
        let len = usize::try_from(len).map_err(|_| bad("entry count too large"))?;
        // Do not trust the count for the allocation: a damaged header must
        // not reserve terabytes.
        let mut counts = Counts::with_capacity_and_hasher(len.min(1 << 22), Default::default());
        let mut previous: Option<u64> = None;
        let mut head = [0u8; ENTRY_HEAD_LEN];
        let mut hash = [0u8; 4];
        let truncated = "truncated: fewer entries than the header says";
        for _ in 0..len {
            read_exact_or(&mut input, &mut head, truncated)?;
            let fingerprint = u64::from_le_bytes(head[..8].try_into().expect("8 bytes"));
            let docs_seen = u32::from_le_bytes(head[8..12].try_into().expect("4 bytes"));
            let edge = u32::from_le_bytes(head[12..16].try_into().expect("4 bytes"));
            let k = usize::from(head[16]);
            if previous.is_some_and(|p| p >= fingerprint) {
                return Err(bad("entries not sorted by fingerprint"));
            }
            if edge > docs_seen {
                return Err(bad("entry counts more edge documents than documents"));
            }
            if k == 0 || k > SKETCH_LEN || k as u64 > u64::from(docs_seen) {
                return Err(bad(
                    "entry with no contexts, too many, or more than its documents",
                ));
            }
            let mut contexts = Sketch::default();
            for _ in 0..k {
                read_exact_or(&mut input, &mut hash, truncated)?;
                let value = u32::from_le_bytes(hash);
                if value == u32::MAX || contexts.values().last().is_some_and(|&last| last >= value)
                {
                    return Err(bad("context hashes not in increasing order, or u32::MAX"));
                }
                contexts.insert(value);
            }
            previous = Some(fingerprint);
            counts.insert(
                fingerprint,
                Entry {
                    docs: docs_seen,
                    edge,
                    contexts,
                },
            );
        }
        let mut rest = [0u8; 1];
        if input.read(&mut rest)? != 0 {
            return Err(bad("trailing bytes after the last entry"));
        }
        Ok(CorpusModel {
            docs,
            counts,
            min_docs: None,
        })
    }

    /// Writes the model to the file at `path`, atomically: through a
    /// temporary file in the same directory renamed into place (a device
    /// or a named pipe is written straight into).
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        if let Some(file) = crate::fsio::open_special_file(path) {
            return Ok(self.write_to(BufWriter::new(file?))?);
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let mut tmp = crate::fsio::output_tempfile(dir)?;
        self.write_to(BufWriter::new(tmp.as_file_mut()))?;
        tmp.persist(path).map_err(|e| Error::Io(e.error))?;
        Ok(())
    }

    /// Reads the model file at `path`.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let file = File::open(path)?;
        CorpusModel::read_from(BufReader::new(file)).map_err(|e| match e {
            Error::Model(why) => Error::Model(format!("{}: {why}", path.display())),
            other => other,
        })
    }
}

fn read_exact_or<R: Read>(input: &mut R, buf: &mut [u8], why: &str) -> Result<(), Error> {
    input.read_exact(buf).map_err(|e| {
        if e.kind() == io::ErrorKind::UnexpectedEof {
            Error::Model(why.to_owned())
        } else {
            Error::Io(e)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::fingerprint;

    const DISCLOSURE: &str = "We may earn a commission when you buy through our links.";

    fn article(i: usize) -> String {
        format!(
            "Headline number {i} about things\n\
             The council met on day {i} to discuss the budget at length.\n\
             Residents raised {i} separate concerns about the new road plan.\n\
             {DISCLOSURE}\n"
        )
    }

    #[test]
    fn counts_documents_not_occurrences() {
        let mut model = CorpusModel::new();
        model.add_text(&format!(
            "{DISCLOSURE}\nSome body text goes right here.\n{DISCLOSURE}\n"
        ));
        model.add_text(&article(1));
        assert_eq!(model.docs(), 2);
        assert_eq!(model.doc_count(fingerprint(DISCLOSURE)), 2);
        assert_eq!(model.entry(fingerprint(DISCLOSURE)).edge, 2);
        assert_eq!(model.doc_count(fingerprint("never seen at all here")), 0);
    }

    #[test]
    fn short_blocks_are_not_counted() {
        let mut model = CorpusModel::new();
        model.add_text("Share this story\nAdvertisement\n");
        assert!(model.is_empty());
        assert_eq!(model.docs(), 1);
    }

    #[test]
    fn merge_is_order_independent() {
        let texts: Vec<String> = (0..30).map(article).collect();
        let mut whole = CorpusModel::new();
        for t in &texts {
            whole.add_text(t);
        }
        let mut parts = [CorpusModel::new(), CorpusModel::new(), CorpusModel::new()];
        for (i, t) in texts.iter().enumerate().rev() {
            parts[i % 3].add_text(t);
        }
        let mut merged = CorpusModel::new();
        merged.merge(&parts[2]);
        merged.merge(&parts[0]);
        merged.merge(&parts[1]);
        assert_eq!(merged, whole);
        assert_eq!(merged.doc_count(fingerprint(DISCLOSURE)), 30);
        assert_eq!(
            merged.doc_count(fingerprint("Headline number 7 about things")),
            1
        );
    }

    #[test]
    fn edges() {
        assert!(is_edge(0, 1));
        assert!(is_edge(1, 3));
        assert!(is_edge(1, 20) && is_edge(4, 20) && !is_edge(5, 20));
        assert!(is_edge(15, 20) && !is_edge(14, 20));
        assert!(is_edge(9, 10) && !is_edge(5, 10));
    }

    #[test]
    fn default_threshold_is_a_floor_or_a_share() {
        let mut model = CorpusModel::new();
        assert_eq!(model.min_docs(), DEFAULT_MIN_DOCS);
        model.docs = 1_000_000;
        assert_eq!(model.min_docs(), 1000);
        model.set_min_docs(Some(3));
        assert_eq!(model.min_docs(), 3);
        model.set_min_docs(Some(0));
        assert_eq!(model.min_docs(), 2);
    }

    #[test]
    fn file_round_trip() {
        let mut model = CorpusModel::new();
        for i in 0..10 {
            model.add_text(&article(i));
        }
        let mut bytes = Vec::new();
        model.write_to(&mut bytes).unwrap();
        let hashes: usize = model
            .counts
            .values()
            .map(|e| e.contexts.values().len())
            .sum();
        assert_eq!(
            bytes.len(),
            HEADER_LEN + ENTRY_HEAD_LEN * model.len() + 4 * hashes
        );
        assert_eq!(&bytes[..8], MAGIC);
        let back = CorpusModel::read_from(&bytes[..]).unwrap();
        assert_eq!(back, model);
        // Written bytes are the same whatever the map's iteration order.
        let mut again = Vec::new();
        back.write_to(&mut again).unwrap();
        assert_eq!(again, bytes);
    }

    #[test]
    fn bad_files_are_refused() {
        let mut model = CorpusModel::new();
        model.add_text(&article(1));
        let mut good = Vec::new();
        model.write_to(&mut good).unwrap();

        let err = |bytes: &[u8]| match CorpusModel::read_from(bytes) {
            Err(Error::Model(why)) => why,
            other => panic!("expected a model error, got {other:?}"),
        };
        assert!(err(b"").contains("too short"));
        assert!(err(b"NOTAMODELxxxxxxxxxxxxxxxxxxxxxxx").contains("RINSEMDL"));
        let mut old = good.clone();
        old[8..12].copy_from_slice(&0u32.to_le_bytes());
        assert!(err(&old).contains("version 0"));
        assert!(err(&good[..good.len() - 3]).contains("truncated"));
        let mut long = good.clone();
        long.push(0);
        assert!(err(&long).contains("trailing"));
        // Entries of one context each: 21 bytes.
        let one = ENTRY_HEAD_LEN + 4;
        assert_eq!(good.len(), HEADER_LEN + one * model.len());
        let mut unsorted = good.clone();
        let (a, b) = (HEADER_LEN, HEADER_LEN + one);
        let first: Vec<u8> = unsorted[a..b].to_vec();
        let second: Vec<u8> = unsorted[b..b + one].to_vec();
        unsorted[a..b].copy_from_slice(&second);
        unsorted[b..b + one].copy_from_slice(&first);
        assert!(err(&unsorted).contains("sorted"));
        let mut empty = good.clone();
        empty[HEADER_LEN + 16] = 0;
        assert!(err(&empty).contains("no contexts"));
        let mut many = good.clone();
        many[HEADER_LEN + 16] = 2;
        assert!(err(&many).contains("more than its documents"));
        // A version 1 model is refused with a reason.
        let mut v1 = good.clone();
        v1[8..12].copy_from_slice(&1u32.to_le_bytes());
        assert!(err(&v1).contains("version 1, this rinse reads version 2"));
        assert!(err(&v1).contains("learn the model again"));
    }

    /// A long paragraph that differs for every `i`: the document's anchor.
    fn long(i: usize) -> String {
        format!(
            "The longest paragraph of story {i} runs on about subject {i} and many \
             other things, with more words than any disclosure or box of chrome {i}."
        )
    }

    #[test]
    fn copies_of_one_article_are_one_context() {
        let story = |noise: &str| {
            format!(
                "{noise} opens this copy of the story today.\n{}\n\
                 A shorter paragraph closes the syndicated story.\n{DISCLOSURE}\n",
                long(1)
            )
        };
        let mut model = CorpusModel::new();
        for site in ["Alpha Daily", "Beta Herald", "Gamma Post", "Delta News"] {
            model.add_text(&story(site));
        }
        for i in 10..13 {
            model.add_text(&format!("{}\n{DISCLOSURE}\n", long(i)));
        }
        assert_eq!(model.docs(), 7);
        let closing = fingerprint("A shorter paragraph closes the syndicated story.");
        assert_eq!(model.doc_count(closing), 4);
        assert_eq!(model.contexts(closing), 1, "four copies, one story");
        // The anchor's own anchor is the next longest block.
        assert_eq!(model.contexts(fingerprint(&long(1))), 1);
        // The disclosure sits under four different stories.
        assert_eq!(model.doc_count(fingerprint(DISCLOSURE)), 7);
        assert_eq!(model.contexts(fingerprint(DISCLOSURE)), 4);
    }

    #[test]
    fn a_lone_block_has_one_context() {
        let mut model = CorpusModel::new();
        model.add_text(DISCLOSURE);
        model.add_text(&format!("{DISCLOSURE}\nShort\n"));
        assert_eq!(model.contexts(fingerprint(DISCLOSURE)), 1);
        assert_eq!(model.doc_count(fingerprint(DISCLOSURE)), 2);
    }

    #[test]
    fn sketch_counts_exactly_then_estimates() {
        let mut sketch = Sketch::default();
        for v in [5, 3, 9, 3, 5] {
            sketch.insert(v);
        }
        assert_eq!(sketch.values(), &[3, 5, 9]);
        assert_eq!(sketch.estimate(), 3);
        // Many evenly spread hashes: the estimate lands near the count.
        let n: u64 = 2000;
        let mut big = Sketch::default();
        let step = (u64::from(u32::MAX) / n) as u32;
        for i in 0..n as u32 {
            big.insert(i.wrapping_mul(step).wrapping_add(step / 2));
        }
        assert_eq!(big.values().len(), SKETCH_LEN);
        let estimate = big.estimate();
        assert!((1500..2500).contains(&estimate), "{estimate}");
        // The union is the same whatever the order.
        let halves: Vec<Sketch> = (0..2)
            .map(|h| {
                let mut s = Sketch::default();
                (0..n as u32)
                    .filter(|i| i % 2 == h)
                    .for_each(|i| s.insert(i.wrapping_mul(step).wrapping_add(step / 2)));
                s
            })
            .collect();
        let (mut ab, mut ba) = (halves[0], halves[1]);
        ab.union(&halves[1]);
        ba.union(&halves[0]);
        assert_eq!(ab, ba);
        assert_eq!(ab, big);
    }

    #[test]
    fn an_entry_is_a_48_byte_slot() {
        assert_eq!(std::mem::size_of::<(u64, Entry)>(), 48);
        // The free-slot marker is never a value.
        let mut sketch = Sketch::default();
        sketch.insert(u32::MAX);
        assert_eq!(sketch.values(), &[u32::MAX - 1]);
    }

    #[test]
    fn context_count_never_exceeds_documents() {
        let mut entry = Entry::default();
        for v in 0..SKETCH_LEN as u32 {
            entry.contexts.insert(v);
        }
        entry.docs = 9;
        // Eight tiny hashes estimate billions of contexts; nine documents cap it.
        assert_eq!(entry.context_count(), 9);
    }

    #[test]
    fn retain_frequent_keeps_only_what_can_match() {
        let mut model = CorpusModel::new();
        for i in 0..6 {
            model.add_text(&article(i));
        }
        model.retain_frequent();
        assert_eq!(model.len(), 1);
        assert_eq!(model.doc_count(fingerprint(DISCLOSURE)), 6);
        assert!(model.heap_bytes() > 0 && model.heap_bytes() < 1024);
    }
}
