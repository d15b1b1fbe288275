//! `rinse_text._rinse`: the Python bindings of the rinse library.
//!
//! Everything cleans through the library's one intake ([`Intake`]), as the
//! command line does: a `str` is taken as a JSON Lines field is
//! ([`Intake::from_text`]), `bytes` as a file is ([`Intake::read`]: the
//! binary test, then decoding). Edits' spans are byte offsets in the
//! library and are given to Python in code points, as its slices count.
//!
//! Batches release the GIL and run on a rayon pool owned by this module,
//! never rayon's global pool, and made again in a process forked after it
//! was made (its threads do not survive a fork: a pool inherited from the
//! parent would hang the child).

use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use pyo3::exceptions::{PyLookupError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString, PyTuple};
use rayon::prelude::*;
use rinse::corpus::CorpusModel;
use rinse::extract::Format;
use rinse::rules::{RuleKind, RULES};
use rinse::{Intake, IntakeOptions};

/// The environment variable that sets the threads of `clean_batch` and
/// `Model.add_texts` when no `threads` argument does.
const THREADS_VAR: &str = "RINSE_THREADS";

/// Environment variables set in the worker processes of the engines whose
/// workers must not start a pool of all cores each: Spark's Python workers
/// and Ray's workers.
const ENGINE_WORKER_VARS: &[&str] = &[
    "PYTHON_WORKER_FACTORY_SECRET",
    "SPARK_REUSE_WORKER",
    "RAY_JOB_ID",
    "RAY_RAYLET_PID",
];

/// Texts handed to the pool at a time while learning from an iterable (so
/// that a Spark partition is never held whole in memory).
const LEARN_CHUNK: usize = 1024;

/// The process that imported the module: a process with another id was
/// forked from it.
static IMPORT_PID: OnceLock<u32> = OnceLock::new();

fn to_py_err(err: rinse::Error) -> PyErr {
    match err {
        rinse::Error::Io(io) => io.into(),
        rinse::Error::UnknownEncoding(_) => PyLookupError::new_err(err.to_string()),
        other => PyValueError::new_err(other.to_string()),
    }
}

fn parse_format(format: &str) -> PyResult<Format> {
    match format {
        "auto" => Ok(Format::Auto),
        "text" => Ok(Format::Text),
        "html" => Ok(Format::Html),
        other => Err(PyValueError::new_err(format!(
            "unknown format `{other}` (auto, text or html)"
        ))),
    }
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Auto => "auto",
        Format::Text => "text",
        Format::Html => "html",
    }
}

fn kind_name(kind: RuleKind) -> &'static str {
    match kind {
        RuleKind::Character => "character",
        RuleKind::Block => "block",
    }
}

/// Rule ids given as a list of ids or one comma-separated string.
#[derive(FromPyObject)]
enum RuleIds {
    One(String),
    Many(Vec<String>),
}

impl RuleIds {
    fn ids(self) -> Vec<String> {
        match self {
            RuleIds::One(s) => s
                .split(',')
                .map(|id| id.trim().to_owned())
                .filter(|id| !id.is_empty())
                .collect(),
            RuleIds::Many(v) => v,
        }
    }
}

/// One input: text already decoded, or bytes to decode as a file is.
enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

impl Input {
    fn extract(obj: &Bound<'_, PyAny>) -> PyResult<Input> {
        if let Ok(bytes) = obj.downcast::<PyBytes>() {
            return Ok(Input::Bytes(bytes.as_bytes().to_vec()));
        }
        if let Ok(text) = obj.downcast::<PyString>() {
            return Ok(Input::Text(text.to_cow()?.into_owned()));
        }
        Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "expected str or bytes, got {}",
            obj.get_type().name()?
        )))
    }

    fn bytes(&self) -> &[u8] {
        match self {
            Input::Text(t) => t.as_bytes(),
            Input::Bytes(b) => b,
        }
    }
}

/// How the cleaner takes its inputs in.
#[derive(Clone, Copy, Debug)]
struct Options {
    format: Format,
    title: bool,
    encoding: Option<&'static encoding_rs::Encoding>,
}

impl Options {
    fn new(format: &str, title: bool, encoding: Option<&str>) -> PyResult<Self> {
        let encoding = encoding
            .map(rinse::decode::encoding_for_label)
            .transpose()
            .map_err(to_py_err)?;
        Ok(Options {
            format: parse_format(format)?,
            title,
            encoding,
        })
    }

    /// Takes `input` in: text as a JSON Lines field, bytes as a file.
    fn take<'a>(&self, input: &'a Input) -> Result<Intake<'a>, rinse::Error> {
        let mut options = IntakeOptions {
            format: self.format,
            title: self.title,
            encoding: None,
        };
        match input {
            Input::Text(text) => Intake::from_text(text.as_str(), &options),
            Input::Bytes(bytes) => {
                options.encoding = self.encoding;
                Intake::read(bytes, &options)
            }
        }
    }
}

/// The threads a batch uses when not told: `RINSE_THREADS` (0: all cores),
/// else one inside an engine's worker process (a process forked after
/// the import, as `datasets.map(num_proc=…)` and multiprocessing make, or
/// one of Spark's Python workers), else all cores.
fn default_threads() -> usize {
    if let Some(n) = std::env::var(THREADS_VAR)
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
    {
        return if n == 0 { rinse::run::cores() } else { n };
    }
    let forked = IMPORT_PID
        .get()
        .is_some_and(|&pid| pid != std::process::id());
    let engine = ENGINE_WORKER_VARS
        .iter()
        .any(|var| std::env::var_os(var).is_some());
    if forked || engine {
        1
    } else {
        rinse::run::cores()
    }
}

/// The pool of one process.
struct PoolSlot {
    pid: u32,
    threads: usize,
    pool: Arc<rayon::ThreadPool>,
}

/// Only ever locked with the GIL held, and never across `allow_threads`:
/// so no thread holds it when Python forks.
static POOL: Mutex<Option<PoolSlot>> = Mutex::new(None);

/// This process's pool of `threads` threads: made on first use, made again
/// for another size or in a forked process.
fn pool(threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    let mut slot = POOL.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let pid = std::process::id();
    if let Some(s) = slot.as_ref() {
        if s.pid == pid && s.threads == threads {
            return Ok(Arc::clone(&s.pool));
        }
    }
    if let Some(old) = slot.take() {
        if old.pid != pid {
            // Inherited through fork: its threads are not in this process,
            // and dropping it would wait for them.
            std::mem::forget(old);
        }
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("rinse-{i}"))
        .build()
        .map_err(|e| PyValueError::new_err(format!("cannot start {threads} threads: {e}")))?;
    let pool = Arc::new(pool);
    *slot = Some(PoolSlot {
        pid,
        threads,
        pool: Arc::clone(&pool),
    });
    Ok(pool)
}

/// An iterator over `texts`, refusing one str or bytes (which would be
/// taken character by character).
fn iterate<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, pyo3::types::PyIterator>> {
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "expected an iterable of texts, got one text (wrap it in a list)",
        ));
    }
    texts.try_iter()
}

/// Runs `f` over `items` on `threads` threads (in this thread for one),
/// results in order.
fn run_batch<T: Sync, R: Send>(
    pool: Option<&rayon::ThreadPool>,
    items: &[T],
    f: impl Fn(&T) -> R + Sync + Send,
) -> Vec<R> {
    match pool {
        Some(pool) if items.len() > 1 => pool.install(|| items.par_iter().map(&f).collect()),
        _ => items.iter().map(f).collect(),
    }
}

/// The pool for `threads` (none for one thread).
fn pool_for(threads: usize) -> PyResult<Option<Arc<rayon::ThreadPool>>> {
    if threads <= 1 {
        Ok(None)
    } else {
        pool(threads).map(Some)
    }
}

/// Byte spans of `edits` (sorted, not overlapping) as code point offsets
/// into `text`.
fn char_spans(text: &str, edits: &[rinse::Edit]) -> Vec<(usize, usize)> {
    if text.is_ascii() {
        return edits.iter().map(|e| (e.start, e.end)).collect();
    }
    let mut spans = Vec::with_capacity(edits.len());
    let (mut byte, mut chars) = (0usize, 0usize);
    for edit in edits {
        if edit.start < byte {
            // Not in order: count from the start.
            byte = 0;
            chars = 0;
        }
        chars += text[byte..edit.start].chars().count();
        let start = chars;
        chars += text[edit.start..edit.end].chars().count();
        byte = edit.end;
        spans.push((start, chars));
    }
    spans
}

/// One change the cleaner made: `source[start:end]` (the text it was given,
/// or the article extracted from an HTML page) became `replacement`.
#[pyclass(module = "rinse_text", name = "Edit", frozen, eq, get_all)]
#[derive(Clone, PartialEq, Eq)]
struct Edit {
    /// The rule that made it (`repeated-block`).
    rule: String,
    /// Code point offset where the span starts.
    start: usize,
    /// Code point offset just past the span.
    end: usize,
    /// `remove` or `replace`.
    action: String,
    /// What the span held.
    text: String,
    /// What takes its place (empty for a removal).
    replacement: String,
    /// Why, in a sentence.
    reason: String,
}

#[pymethods]
impl Edit {
    /// The edit as a dict (rule, start, end, action, text, replacement,
    /// reason), as `rinse --report` writes it but in code points.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("rule", &self.rule)?;
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("action", &self.action)?;
        dict.set_item("text", &self.text)?;
        dict.set_item("replacement", &self.replacement)?;
        dict.set_item("reason", &self.reason)?;
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        format!(
            "Edit(rule={:?}, start={}, end={}, action={:?}, text={:?}, replacement={:?})",
            self.rule, self.start, self.end, self.action, self.text, self.replacement
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let e = slf.get();
        let make = py.import("rinse_text._rinse")?.getattr("_edit")?;
        let args = (
            &e.rule,
            e.start,
            e.end,
            &e.action,
            &e.text,
            &e.replacement,
            &e.reason,
        )
            .into_pyobject(py)?;
        Ok((make, args))
    }
}

#[pyfunction]
fn _edit(
    rule: String,
    start: usize,
    end: usize,
    action: String,
    text: String,
    replacement: String,
    reason: String,
) -> Edit {
    Edit {
        rule,
        start,
        end,
        action,
        text,
        replacement,
        reason,
    }
}

/// What `Cleaner.clean_with_edits` returns: the clean text, the edits,
/// and the text their offsets point into.
#[pyclass(module = "rinse_text", name = "Cleaned", frozen, get_all)]
#[derive(Clone)]
struct Cleaned {
    /// The cleaned text.
    text: String,
    /// The edits, sorted by position, never overlapping.
    edits: Vec<Edit>,
    /// The text the edits' offsets point into: the input (decoded, for
    /// bytes), or the article extracted from an HTML page.
    source: String,
    /// `text` or `html`: what the input was taken as.
    format: String,
}

#[pymethods]
impl Cleaned {
    /// Whether cleaning made any edit.
    #[getter]
    fn changed(&self) -> bool {
        !self.edits.is_empty()
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let c = slf.get();
        let make = py.import("rinse_text._rinse")?.getattr("_cleaned")?;
        let args = (&c.text, c.edits.clone(), &c.source, &c.format).into_pyobject(py)?;
        Ok((make, args))
    }

    fn __repr__(&self) -> String {
        format!(
            "Cleaned(format={:?}, edits={}, {} → {} characters)",
            self.format,
            self.edits.len(),
            self.source.chars().count(),
            self.text.chars().count()
        )
    }
}

#[pyfunction]
fn _cleaned(text: String, edits: Vec<Edit>, source: String, format: String) -> Cleaned {
    Cleaned {
        text,
        edits,
        source,
        format,
    }
}

/// A corpus model: how often each block of four words or more appears
/// across documents, and in how many different contexts (see the README's
/// "Boilerplate learned across a corpus"). Models of shards add up with
/// `merge` to the model of the whole corpus; `save` writes the file
/// `rinse learn` writes, byte for byte.
#[pyclass(module = "rinse_text", name = "Model")]
#[derive(Clone, Default)]
struct Model {
    inner: CorpusModel,
}

#[pymethods]
impl Model {
    /// An empty model.
    #[new]
    fn new() -> Self {
        Model::default()
    }

    /// Reads a model file (as `rinse learn -o` writes it).
    #[staticmethod]
    fn load(py: Python<'_>, path: PathBuf) -> PyResult<Model> {
        let inner = py
            .allow_threads(|| CorpusModel::load(&path))
            .map_err(to_py_err)?;
        Ok(Model { inner })
    }

    /// Writes the model file (atomically: a temporary file renamed).
    fn save(&self, py: Python<'_>, path: PathBuf) -> PyResult<()> {
        py.allow_threads(|| self.inner.save(&path))
            .map_err(to_py_err)
    }

    /// The model file's bytes.
    fn to_bytes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let mut bytes = Vec::new();
        self.inner.write_to(&mut bytes)?;
        Ok(PyBytes::new(py, &bytes))
    }

    /// A model from a model file's bytes.
    #[staticmethod]
    fn from_bytes(data: &[u8]) -> PyResult<Model> {
        let inner = CorpusModel::read_from(data).map_err(to_py_err)?;
        Ok(Model { inner })
    }

    /// Counts one document (taken in as `clean` takes it: an HTML page is
    /// reduced to its article first).
    #[pyo3(signature = (text, *, format = "auto", title = false))]
    fn add_text(
        &mut self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        format: &str,
        title: bool,
    ) -> PyResult<()> {
        let options = Options::new(format, title, None)?;
        let input = Input::extract(text)?;
        let model = &mut self.inner;
        py.allow_threads(|| {
            let taken = options.take(&input)?;
            taken.learn(model);
            Ok::<_, rinse::Error>(())
        })
        .map_err(to_py_err)
    }

    /// Counts every document of `texts` (any iterable of str or bytes;
    /// None is skipped) on `threads` threads, as `rinse learn` counts the
    /// lines of a JSON Lines file. A text that cannot be taken in (binary)
    /// raises ValueError, or with `on_error="skip"` is skipped, as `rinse
    /// learn` skips it. Returns the number of documents counted.
    #[pyo3(signature = (texts, *, format = "auto", title = false, threads = None, on_error = "raise"))]
    fn add_texts(
        &mut self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        format: &str,
        title: bool,
        threads: Option<usize>,
        on_error: &str,
    ) -> PyResult<u64> {
        let options = Options::new(format, title, None)?;
        let skip = match on_error {
            "raise" => false,
            "skip" => true,
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown on_error `{other}` (raise or skip)"
                )))
            }
        };
        let pool = pool_for(threads.unwrap_or_else(default_threads))?;
        let mut counted = 0u64;
        let mut chunk: Vec<Input> = Vec::with_capacity(LEARN_CHUNK);
        let mut iter = iterate(texts)?;
        loop {
            chunk.clear();
            for item in iter.by_ref().take(LEARN_CHUNK) {
                let item = item?;
                if !item.is_none() {
                    chunk.push(Input::extract(&item)?);
                }
            }
            if chunk.is_empty() {
                break;
            }
            let model = &mut self.inner;
            let (part, bad) = py.allow_threads(|| {
                let learn = |inputs: &[Input]| {
                    let mut part = CorpusModel::new();
                    let mut bad = None;
                    for input in inputs {
                        match options.take(input) {
                            Ok(taken) => taken.learn(&mut part),
                            Err(err) => {
                                bad.get_or_insert(err);
                            }
                        }
                    }
                    (part, bad)
                };
                let parts = match &pool {
                    Some(pool) => {
                        let size = chunk.len().div_ceil(pool.current_num_threads() * 4).max(1);
                        pool.install(|| chunk.par_chunks(size).map(learn).collect::<Vec<_>>())
                    }
                    None => vec![learn(&chunk)],
                };
                let mut sum = CorpusModel::new();
                let mut first_bad = None;
                for (part, bad) in parts {
                    sum.merge(&part);
                    if first_bad.is_none() {
                        first_bad = bad;
                    }
                }
                (sum, first_bad)
            });
            if let (Some(err), false) = (bad, skip) {
                return Err(to_py_err(err));
            }
            counted += part.docs();
            py.allow_threads(|| model.merge(&part));
        }
        Ok(counted)
    }

    /// Adds `other`'s counts: the result is the model of both corpora,
    /// whatever the order. Returns this model (for `reduce`).
    fn merge<'py>(slf: Bound<'py, Self>, other: &Bound<'py, Model>) -> PyResult<Bound<'py, Self>> {
        let py = slf.py();
        if slf.is(other) {
            let copy = slf.borrow().inner.clone();
            slf.borrow_mut().inner.merge(&copy);
        } else {
            let theirs = other.borrow();
            let mut ours = slf.borrow_mut();
            let (ours, theirs) = (&mut ours.inner, &theirs.inner);
            py.allow_threads(|| ours.merge(theirs));
        }
        Ok(slf)
    }

    /// Drops the blocks too rare to be judged boilerplate with `min_docs`
    /// (default: 5 or one in a thousand documents, as `rinse --model`):
    /// what a model that is only applied needs. Do not merge a pruned
    /// model: the dropped counts would be missing from the sum.
    #[pyo3(signature = (min_docs = None))]
    fn prune(&mut self, min_docs: Option<u64>) {
        self.inner.set_min_docs(min_docs);
        self.inner.retain_frequent();
    }

    /// Documents counted.
    #[getter]
    fn docs(&self) -> u64 {
        self.inner.docs()
    }

    /// The number of contexts a block needs to be boilerplate (as set by
    /// `prune`, else the default for this corpus).
    #[getter]
    fn min_docs(&self) -> u64 {
        self.inner.min_docs()
    }

    /// The documents a block (its text) was counted in.
    fn doc_count(&self, block: &str) -> u32 {
        self.inner.doc_count(rinse::segment::fingerprint(block))
    }

    /// The distinct contexts a block (its text) was counted in.
    fn contexts(&self, block: &str) -> u64 {
        self.inner.contexts(rinse::segment::fingerprint(block))
    }

    /// Distinct blocks counted.
    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .downcast::<Model>()
            .is_ok_and(|o| o.borrow().inner == self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "Model(docs={}, blocks={})",
            self.inner.docs(),
            self.inner.len()
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyBytes>,))> {
        let py = slf.py();
        let make = py.import("rinse_text._rinse")?.getattr("_model")?;
        Ok((make, (slf.borrow().to_bytes(py)?,)))
    }
}

#[pyfunction]
fn _model(data: &[u8]) -> PyResult<Model> {
    Model::from_bytes(data)
}

/// Cleans texts with chosen rules, intake options and an optional corpus
/// model. Cheap to copy and to pickle; safe to share between threads.
#[pyclass(module = "rinse_text", name = "Cleaner", frozen)]
struct Cleaner {
    inner: rinse::Cleaner,
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
    options: Options,
    encoding: Option<String>,
    min_docs: Option<u64>,
    threads: Option<usize>,
}

impl Cleaner {
    fn build(
        select: Option<Vec<String>>,
        ignore: Option<Vec<String>>,
        options: Options,
        encoding: Option<String>,
        model: Option<CorpusModel>,
        min_docs: Option<u64>,
        threads: Option<usize>,
    ) -> PyResult<Cleaner> {
        let mut inner = rinse::Cleaner::from_selection(
            select.as_deref().unwrap_or_default(),
            ignore.as_deref().unwrap_or_default(),
        )
        .map_err(to_py_err)?;
        if let Some(mut model) = model {
            model.set_min_docs(min_docs);
            model.retain_frequent();
            inner = inner.with_model(Arc::new(model));
        } else if min_docs.is_some() {
            return Err(PyValueError::new_err(
                "min_docs applies to a model, and no model was given",
            ));
        }
        Ok(Cleaner {
            inner,
            select,
            ignore,
            options,
            encoding,
            min_docs,
            threads,
        })
    }

    fn cleaned<'a>(&self, input: &'a Input) -> Result<(Intake<'a>, rinse::Cleaned), rinse::Error> {
        // (The intake borrows the input, not the cleaner.)
        let taken = self.options.take(input)?;
        let cleaned = taken.clean(&self.inner);
        Ok((taken, cleaned))
    }

    fn clean_input(&self, input: &Input) -> Result<String, rinse::Error> {
        let taken = self.options.take(input)?;
        Ok(taken.clean(&self.inner).text)
    }
}

#[pymethods]
impl Cleaner {
    /// A cleaner. `select` / `ignore`: rule ids (a list or one
    /// comma-separated string), as `--select` / `--ignore`; `format`:
    /// `auto` (sniff), `text` or `html`; `title`: HTML input, put the
    /// headline first; `encoding`: read bytes in this encoding instead of
    /// detecting it; `model`: a `Model` for `corpus-boilerplate`, with
    /// `min_docs` as `--min-docs`; `threads`: of `clean_batch` (default:
    /// `RINSE_THREADS`, else 1 in an engine's worker, else all cores).
    #[new]
    #[pyo3(signature = (*, select = None, ignore = None, format = "auto", title = false, encoding = None, model = None, min_docs = None, threads = None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        select: Option<RuleIds>,
        ignore: Option<RuleIds>,
        format: &str,
        title: bool,
        encoding: Option<String>,
        model: Option<PyRef<'_, Model>>,
        min_docs: Option<u64>,
        threads: Option<usize>,
    ) -> PyResult<Cleaner> {
        let select = select.map(RuleIds::ids);
        if select.as_ref().is_some_and(Vec::is_empty) {
            return Err(PyValueError::new_err("select needs at least one rule id"));
        }
        let options = Options::new(format, title, encoding.as_deref())?;
        Cleaner::build(
            select,
            ignore.map(RuleIds::ids),
            options,
            encoding,
            model.map(|m| m.inner.clone()),
            min_docs,
            threads,
        )
    }

    /// The cleaned text of `text` (a str, or bytes decoded as the command
    /// line decodes a file). Raises ValueError on binary input.
    fn clean(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<String> {
        let input = Input::extract(text)?;
        py.allow_threads(|| self.clean_input(&input))
            .map_err(to_py_err)
    }

    /// The cleaned text with every edit: `Cleaned(text, edits, source,
    /// format)`. Each edit's `start` and `end` are code point offsets into
    /// `source` (the input itself, unless it was bytes or an HTML page):
    /// `source[e.start:e.end] == e.text`.
    fn clean_with_edits(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Cleaned> {
        let input = Input::extract(text)?;
        py.allow_threads(|| {
            let (taken, cleaned) = self.cleaned(&input)?;
            let source = taken.text();
            let spans = char_spans(source, &cleaned.edits);
            let edits = cleaned
                .edits
                .iter()
                .zip(spans)
                .map(|(e, (start, end))| Edit {
                    rule: e.rule.to_owned(),
                    start,
                    end,
                    action: match e.action() {
                        rinse::Action::Remove => "remove".to_owned(),
                        rinse::Action::Replace => "replace".to_owned(),
                    },
                    text: source[e.span()].to_owned(),
                    replacement: e.replacement.to_string(),
                    reason: e.reason.to_string(),
                })
                .collect();
            Ok(Cleaned {
                text: cleaned.text,
                edits,
                source: source.to_owned(),
                format: format_name(taken.format()).to_owned(),
            })
        })
        .map_err(to_py_err)
    }

    /// Whether cleaning would change `text`: what `rinse --check` answers
    /// (for bytes, a legacy encoding or a byte order mark rewritten counts
    /// too, as an HTML page reduced to its article does).
    fn check(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<bool> {
        let input = Input::extract(text)?;
        py.allow_threads(|| {
            let cleaned = self.clean_input(&input)?;
            Ok(Intake::rewrites(input.bytes(), &cleaned))
        })
        .map_err(to_py_err)
    }

    /// A unified diff of the input against the cleaned text, as `rinse
    /// --diff` prints it (`name` in the `---`/`+++` header); empty when
    /// nothing changes.
    #[pyo3(signature = (text, name = "text", color = false))]
    fn diff(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        name: &str,
        color: bool,
    ) -> PyResult<String> {
        let input = Input::extract(text)?;
        py.allow_threads(|| {
            let (taken, cleaned) = self.cleaned(&input)?;
            Ok(match taken.format() {
                Format::Html => {
                    rinse::report::unified_diff(taken.decoded(), &cleaned.text, name, name, color)
                }
                _ => rinse::report::unified_diff_of_edits(
                    taken.text(),
                    &cleaned.edits,
                    &cleaned.text,
                    name,
                    name,
                    color,
                ),
            })
        })
        .map_err(to_py_err)
    }

    /// The cleaned texts of `texts` (any iterable of str or bytes; None
    /// stays None), in order, on `threads` threads with the GIL released.
    /// `on_error`: `raise` (ValueError naming the index), `keep` (a str
    /// comes back unchanged, bytes as None) or `none` (None).
    #[pyo3(signature = (texts, *, threads = None, on_error = "raise"))]
    fn clean_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
        on_error: &str,
    ) -> PyResult<Vec<Option<String>>> {
        #[derive(PartialEq)]
        enum OnError {
            Raise,
            Keep,
            Nothing,
        }
        let on_error = match on_error {
            "raise" => OnError::Raise,
            "keep" => OnError::Keep,
            "none" => OnError::Nothing,
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown on_error `{other}` (raise, keep or none)"
                )))
            }
        };
        let inputs: Vec<Option<Input>> = iterate(texts)?
            .map(|item| {
                let item = item?;
                if item.is_none() {
                    Ok(None)
                } else {
                    Input::extract(&item).map(Some)
                }
            })
            .collect::<PyResult<_>>()?;
        let pool = pool_for(threads.or(self.threads).unwrap_or_else(default_threads))?;
        let mut results = py.allow_threads(|| {
            run_batch(pool.as_deref(), &inputs, |input| {
                input.as_ref().map(|i| self.clean_input(i))
            })
        });
        let mut out = Vec::with_capacity(results.len());
        for (i, (result, input)) in results.drain(..).zip(inputs).enumerate() {
            out.push(match result {
                None => None,
                Some(Ok(text)) => Some(text),
                Some(Err(err)) => match (&on_error, input) {
                    (OnError::Raise, _) => {
                        return Err(PyValueError::new_err(format!("texts[{i}]: {err}")))
                    }
                    (OnError::Keep, Some(Input::Text(text))) => Some(text),
                    _ => None,
                },
            });
        }
        Ok(out)
    }

    /// The ids of the rules this cleaner runs, in order.
    #[getter]
    fn rules(&self) -> Vec<&'static str> {
        self.inner.rule_ids()
    }

    /// The threads `clean_batch` uses when not told otherwise.
    #[getter]
    fn threads(&self) -> usize {
        self.threads.unwrap_or_else(default_threads)
    }

    /// The pruned model this cleaner applies, if any (a copy).
    #[getter]
    fn model(&self) -> Option<Model> {
        self.inner.model().map(|m| Model { inner: m.clone() })
    }

    fn __repr__(&self) -> String {
        format!(
            "Cleaner(rules={}, format={:?}, title={}, model={})",
            self.inner.rule_ids().len(),
            format_name(self.options.format),
            if self.options.title { "True" } else { "False" },
            match self.inner.model() {
                Some(m) => format!("Model(docs={}, blocks={})", m.docs(), m.len()),
                None => "None".to_owned(),
            }
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let c = slf.get();
        let model = match c.inner.model() {
            Some(m) => {
                let mut bytes = Vec::new();
                m.write_to(&mut bytes)?;
                Some(PyBytes::new(py, &bytes))
            }
            None => None,
        };
        let make = py.import("rinse_text._rinse")?.getattr("_cleaner")?;
        let args = (
            c.select.clone(),
            c.ignore.clone(),
            format_name(c.options.format),
            c.options.title,
            c.encoding.clone(),
            model,
            c.min_docs,
            c.threads,
        )
            .into_pyobject(py)?;
        Ok((make, args))
    }
}

#[pyfunction]
#[allow(clippy::too_many_arguments)]
fn _cleaner(
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
    format: &str,
    title: bool,
    encoding: Option<String>,
    model: Option<&[u8]>,
    min_docs: Option<u64>,
    threads: Option<usize>,
) -> PyResult<Cleaner> {
    let options = Options::new(format, title, encoding.as_deref())?;
    let model = model
        .map(CorpusModel::read_from)
        .transpose()
        .map_err(to_py_err)?;
    Cleaner::build(select, ignore, options, encoding, model, min_docs, threads)
}

/// The cleaned text of `text`, every rule on unless `select` / `ignore`
/// say otherwise. `format`: `auto` (sniff HTML), `text` or `html`;
/// `title`: HTML input, put the headline first.
#[pyfunction]
#[pyo3(signature = (text, *, select = None, ignore = None, format = "auto", title = false))]
fn clean(
    py: Python<'_>,
    text: String,
    select: Option<RuleIds>,
    ignore: Option<RuleIds>,
    format: &str,
    title: bool,
) -> PyResult<String> {
    let cleaner = Cleaner::new(select, ignore, format, title, None, None, None, None)?;
    let input = Input::Text(text);
    py.allow_threads(|| cleaner.clean_input(&input))
        .map_err(to_py_err)
}

/// The cleaned text of `data`, decoded as the command line decodes a file:
/// a byte order mark, an HTML `<meta charset>`, valid UTF-8, then
/// detection; `encoding` forces one. Raises ValueError on binary input,
/// LookupError on an unknown encoding.
#[pyfunction]
#[pyo3(signature = (data, encoding = None, *, select = None, ignore = None, format = "auto", title = false))]
fn clean_bytes(
    py: Python<'_>,
    data: Vec<u8>,
    encoding: Option<String>,
    select: Option<RuleIds>,
    ignore: Option<RuleIds>,
    format: &str,
    title: bool,
) -> PyResult<String> {
    let cleaner = Cleaner::new(select, ignore, format, title, encoding, None, None, None)?;
    let input = Input::Bytes(data);
    py.allow_threads(|| cleaner.clean_input(&input))
        .map_err(to_py_err)
}

/// Every rule, in the order they run: dicts of `id`, `kind` (`character`
/// or `block`) and `summary`, as `rinse --list-rules` lists them.
#[pyfunction]
fn rules(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    RULES
        .iter()
        .map(|rule| {
            let dict = PyDict::new(py);
            dict.set_item("id", rule.id())?;
            dict.set_item("kind", kind_name(rule.kind()))?;
            dict.set_item("summary", rule.summary())?;
            Ok(dict)
        })
        .collect()
}

/// What a rule catches, the signals it uses and an example: the text
/// `rinse --explain RULE` prints. ValueError for an unknown id.
#[pyfunction]
fn explain(rule: &str) -> PyResult<String> {
    let found = rinse::rules::find(rule.trim())
        .ok_or_else(|| to_py_err(rinse::Error::UnknownRule(rule.trim().to_owned())))?;
    Ok(format!(
        "{} ({} rule): {}\n\n{}\n",
        found.id(),
        kind_name(found.kind()),
        found.summary(),
        found.explain().trim_end()
    ))
}

/// The source key of a URL, as `rinse learn --source-field` takes it: the
/// host, lower-cased, without port, user or leading `www.`.
#[pyfunction]
fn source_key(url: &str) -> String {
    rinse::sources::source_key(url)
}

/// The threads a batch uses when not told (`RINSE_THREADS`, else 1 in an
/// engine's worker process, else all cores).
#[pyfunction]
fn default_batch_threads() -> usize {
    default_threads()
}

#[pymodule]
fn _rinse(m: &Bound<'_, PyModule>) -> PyResult<()> {
    IMPORT_PID.get_or_init(std::process::id);
    m.add_class::<Cleaner>()?;
    m.add_class::<Cleaned>()?;
    m.add_class::<Edit>()?;
    m.add_class::<Model>()?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add_function(wrap_pyfunction!(clean_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(explain, m)?)?;
    m.add_function(wrap_pyfunction!(default_batch_threads, m)?)?;
    m.add_function(wrap_pyfunction!(source_key, m)?)?;
    m.add_function(wrap_pyfunction!(_model, m)?)?;
    m.add_function(wrap_pyfunction!(_cleaner, m)?)?;
    m.add_function(wrap_pyfunction!(_edit, m)?)?;
    m.add_function(wrap_pyfunction!(_cleaned, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_spans_count_code_points() {
        let text = "café é promo x";
        let edits = vec![
            rinse::Edit::remove("x", 3..5, "é"),
            rinse::Edit::remove("x", 8..13, "promo"),
        ];
        let spans = char_spans(text, &edits);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(spans, vec![(3, 4), (7, 12)]);
        assert_eq!(chars[7..12].iter().collect::<String>(), "promo");
    }
}
