//! Articles extracted once and kept for a later pass.
//!
//! Batch mode reads every page twice when it learns a corpus model: once to
//! count the pages into the model, once to clean them with it. Parsing and
//! extracting a page is most of the work of both passes, and it gives the
//! same article both times, so the learning pass keeps what it extracted
//! ([`Kept::keep`]) and the cleaning pass takes it back ([`Kept::take`])
//! instead of extracting again.
//!
//! What is kept is bounded ([`KeepLimits`]): the article's text and its
//! blocks in memory up to [`KeepLimits::memory`] bytes, then the text and
//! one byte per block in an unnamed temporary file up to
//! [`KeepLimits::spill`] bytes; a page beyond
//! both is extracted again when it is cleaned. The text is about a twentieth
//! of the page, so a folder of a million pages fits in a few gigabytes of
//! temporary file and a folder of ten thousand in memory.
//!
//! A kept article is handed back only for the same bytes it was extracted
//! from (same length, same 64-bit hash of the content): a file that changed
//! between the passes is extracted again, so the cleaned output is always
//! the cleaning of what the file holds when it is cleaned.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use crate::segment::{Block, BlockKind};

use super::Extracted;

/// How much [`Kept`] holds before it stops keeping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeepLimits {
    /// Bytes of article text and blocks kept in memory.
    pub memory: usize,
    /// Bytes written to the temporary file once memory is full.
    pub spill: u64,
}

impl Default for KeepLimits {
    /// 256 MiB in memory, then 16 GiB in a temporary file.
    fn default() -> Self {
        KeepLimits {
            memory: 256 << 20,
            spill: 16 << 30,
        }
    }
}

/// Extracted articles by position (a file's number in a batch), kept by
/// one pass for the next; safe to fill and read from many threads.
#[derive(Debug)]
pub struct Kept {
    slots: Vec<OnceLock<Box<Slot>>>,
    limits: KeepLimits,
    in_memory: AtomicUsize,
    spill: Mutex<Option<Spill>>,
    taken: AtomicUsize,
}

#[derive(Debug)]
struct Slot {
    /// Length and hash of the bytes the article was extracted from.
    source: (usize, u64),
    place: Place,
}

#[derive(Debug)]
enum Place {
    /// In memory the blocks are kept as they are (no work to take back).
    Memory {
        text: Box<str>,
        blocks: Box<[Block]>,
    },
    Spilled {
        at: u64,
        text: usize,
        kinds: usize,
    },
}

#[derive(Debug)]
struct Spill {
    file: File,
    len: u64,
}

/// What a slot costs in memory besides its text and kinds.
const SLOT_OVERHEAD: usize = std::mem::size_of::<Slot>();

impl Kept {
    /// Room for `positions` articles, within `limits`.
    pub fn new(positions: usize, limits: KeepLimits) -> Self {
        Kept {
            slots: (0..positions).map(|_| OnceLock::new()).collect(),
            limits,
            in_memory: AtomicUsize::new(0),
            spill: Mutex::new(None),
            taken: AtomicUsize::new(0),
        }
    }

    /// Keeps the article `text` with its `blocks` (as
    /// [`Extracted::text`] and [`Extracted::blocks`]) extracted from
    /// `source` at `position`, if there is room; a position is kept once.
    pub fn keep(&self, position: usize, source: &[u8], text: &str, blocks: &[Block]) {
        let Some(slot) = self.slots.get(position) else {
            return;
        };
        if slot.get().is_some() {
            return;
        }
        let cost = text.len() + std::mem::size_of_val(blocks) + SLOT_OVERHEAD;
        let place = if self.reserve(cost) {
            Place::Memory {
                text: text.into(),
                blocks: blocks.into(),
            }
        } else {
            let kinds: Box<[u8]> = blocks.iter().map(|b| kind_code(b.kind)).collect();
            match self.write_spill(text, &kinds) {
                Some(at) => Place::Spilled {
                    at,
                    text: text.len(),
                    kinds: kinds.len(),
                },
                None => return,
            }
        };
        let _ = slot.set(Box::new(Slot {
            source: source_key(source),
            place,
        }));
    }

    /// The article kept at `position`, if one was kept from these very
    /// `source` bytes.
    pub fn take(&self, position: usize, source: &[u8]) -> Option<Extracted> {
        let slot = self.slots.get(position)?.get()?;
        if slot.source != source_key(source) {
            return None;
        }
        let extracted = match &slot.place {
            Place::Memory { text, blocks } => Some(Extracted {
                text: text.to_string(),
                blocks: blocks.to_vec(),
                title: None,
            }),
            Place::Spilled { at, text, kinds } => {
                let mut bytes = vec![0; text + kinds];
                {
                    let mut spill = self.spill.lock().ok()?;
                    let file = &mut spill.as_mut()?.file;
                    file.seek(SeekFrom::Start(*at)).ok()?;
                    file.read_exact(&mut bytes).ok()?;
                }
                let kinds = bytes.split_off(*text);
                rebuild(String::from_utf8(bytes).ok()?, &kinds)
            }
        }?;
        self.taken.fetch_add(1, Ordering::Relaxed);
        Some(extracted)
    }

    /// How many articles [`Kept::take`] has handed back.
    pub fn taken(&self) -> usize {
        self.taken.load(Ordering::Relaxed)
    }

    /// How many articles are kept (in memory or spilled).
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|s| s.get().is_some()).count()
    }

    /// Whether no article is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many kept articles went to the temporary file.
    pub fn spilled(&self) -> usize {
        self.slots
            .iter()
            .filter(|s| {
                s.get()
                    .is_some_and(|slot| matches!(slot.place, Place::Spilled { .. }))
            })
            .count()
    }

    /// Takes `cost` bytes of the memory budget, if they fit.
    fn reserve(&self, cost: usize) -> bool {
        let before = self.in_memory.fetch_add(cost, Ordering::Relaxed);
        if before + cost <= self.limits.memory {
            return true;
        }
        self.in_memory.fetch_sub(cost, Ordering::Relaxed);
        false
    }

    /// Appends `text` and `kinds` to the temporary file (made on first
    /// use) and returns where they start; `None` when the file is full or
    /// cannot be written, after which nothing more is spilled.
    fn write_spill(&self, text: &str, kinds: &[u8]) -> Option<u64> {
        let size = (text.len() + kinds.len()) as u64;
        if size > self.limits.spill {
            return None;
        }
        let mut guard = self.spill.lock().ok()?;
        if guard.is_none() {
            *guard = Some(Spill {
                file: tempfile::tempfile().ok()?,
                len: 0,
            });
        }
        let spill = guard.as_mut()?;
        if spill.len + size > self.limits.spill {
            return None;
        }
        let at = spill.len;
        let written = spill
            .file
            .seek(SeekFrom::Start(at))
            .and_then(|_| spill.file.write_all(text.as_bytes()))
            .and_then(|()| spill.file.write_all(kinds));
        if written.is_err() {
            // A full disk: stop spilling (what was written before stays
            // readable, the rest is extracted again).
            spill.len = self.limits.spill;
            return None;
        }
        spill.len += size;
        Some(at)
    }
}

/// Length and hash of a page's bytes.
fn source_key(source: &[u8]) -> (usize, u64) {
    (source.len(), xxhash_rust::xxh3::xxh3_64(source))
}

const KINDS: [BlockKind; 6] = [
    BlockKind::Line,
    BlockKind::Heading,
    BlockKind::Paragraph,
    BlockKind::ListItem,
    BlockKind::Quote,
    BlockKind::Caption,
];

fn kind_code(kind: BlockKind) -> u8 {
    KINDS.iter().position(|&k| k == kind).unwrap_or(0) as u8
}

/// The article of [`Extracted::from_parts`] again from its text (one block
/// per non-empty line) and its blocks' kinds; `None` if they disagree.
fn rebuild(text: String, kinds: &[u8]) -> Option<Extracted> {
    let mut blocks = Vec::with_capacity(kinds.len());
    let mut start = 0;
    let mut kinds = kinds.iter();
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        if !body.is_empty() {
            let kind = *KINDS.get(usize::from(*kinds.next()?))?;
            blocks.push(Block::new(&text, start..start + body.len(), kind));
        }
        start += line.len();
    }
    if kinds.next().is_some() {
        return None;
    }
    Some(Extracted {
        text,
        blocks,
        title: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract_html, ExtractOptions};

    const PAGE: &str = "<html><body><nav><a href='/'>Start</a></nav><main>\
        <h2>Tide tables</h2><p>The low tide falls at noon on the northern shore.</p>\
        <ul><li>Bring boots for the mud flats.</li><li>Check the wind first.</li></ul>\
        <blockquote>The sea keeps its own hours.</blockquote>\
        <figure><figcaption>Harbour at dusk</figcaption></figure></main></body></html>";

    fn extracted(page: &str) -> Extracted {
        extract_html(page, &ExtractOptions::default())
    }

    #[test]
    fn a_kept_article_comes_back_as_it_was_extracted() {
        let ex = extracted(PAGE);
        assert!(ex.blocks.len() >= 4, "{:?}", ex.text);
        for limits in [
            KeepLimits::default(),
            // Memory full at once: the article goes to the temporary file.
            KeepLimits {
                memory: 0,
                spill: 1 << 20,
            },
        ] {
            let kept = Kept::new(3, limits);
            kept.keep(1, PAGE.as_bytes(), &ex.text, &ex.blocks);
            let back = kept.take(1, PAGE.as_bytes()).expect("kept");
            assert_eq!(back.text, ex.text);
            assert_eq!(back.blocks, ex.blocks);
            assert_eq!(back.document().separator, ex.document().separator);
            assert_eq!(kept.taken(), 1);
            assert_eq!(kept.len(), 1);
            assert_eq!(kept.spilled(), usize::from(limits.memory == 0));
            // Nothing at the other positions, or out of range.
            assert!(kept.take(0, PAGE.as_bytes()).is_none());
            assert!(kept.take(7, PAGE.as_bytes()).is_none());
        }
    }

    #[test]
    fn other_bytes_at_the_same_position_are_not_answered() {
        let ex = extracted(PAGE);
        let kept = Kept::new(1, KeepLimits::default());
        kept.keep(0, PAGE.as_bytes(), &ex.text, &ex.blocks);
        let edited = PAGE.replace("noon", "nine");
        assert!(kept.take(0, edited.as_bytes()).is_none());
        assert_eq!(kept.taken(), 0);
    }

    #[test]
    fn beyond_both_limits_nothing_is_kept() {
        let ex = extracted(PAGE);
        let in_memory = ex.text.len() + std::mem::size_of_val(&ex.blocks[..]) + SLOT_OVERHEAD;
        let spilled = ex.text.len() + ex.blocks.len();
        let kept = Kept::new(
            3,
            KeepLimits {
                memory: in_memory,
                spill: spilled as u64,
            },
        );
        for i in 0..3 {
            kept.keep(i, PAGE.as_bytes(), &ex.text, &ex.blocks);
        }
        assert_eq!(kept.len(), 2);
        assert_eq!(kept.spilled(), 1);
        assert!(kept.take(2, PAGE.as_bytes()).is_none());
        for i in 0..2 {
            assert_eq!(kept.take(i, PAGE.as_bytes()).unwrap().text, ex.text);
        }
    }

    #[test]
    fn kinds_that_do_not_match_the_lines_are_refused() {
        assert!(rebuild("One\n\nTwo\n".into(), &[2]).is_none());
        assert!(rebuild("One\n".into(), &[2, 2]).is_none());
        assert!(rebuild("One\n".into(), &[9]).is_none());
        let ok = rebuild("One\n\nTwo\n".into(), &[1, 2]).unwrap();
        assert_eq!(ok.blocks[1].kind, BlockKind::Paragraph);
        assert_eq!(&ok.text[ok.blocks[1].span.clone()], "Two");
    }
}
