//! Corpus models kept apart per source: each document is counted into, and
//! cleaned with, the model of its source (its site, say).
//!
//! One model over a web-scale corpus never removes one site's boilerplate:
//! its threshold (5 contexts, or 0.1% of the documents) is a million
//! documents when there are a billion. A model per source makes the
//! threshold that source's own, so a newsletter box under 40 of a site's
//! articles goes however large the corpus is.
//!
//! On disk a set of source models is a folder: one model file per source,
//! in the format [`CorpusModel::save`] writes, named `000000.model`,
//! `000001.model`, … in the order of the keys, and an index
//! [`INDEX`] of `key<TAB>file` lines. The Python package writes the same
//! folder, byte for byte.
//!
//! ```
//! use rinse::sources::{source_key, SourceModels};
//!
//! let mut models = SourceModels::new();
//! for (url, text) in [("https://www.example.com/a", "A story.\n"), ("http://b.example/x", "B.\n")] {
//!     models.model_mut(&source_key(url)).add_text(text);
//! }
//! assert_eq!(models.keys().collect::<Vec<_>>(), ["b.example", "example.com"]);
//! ```

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use crate::corpus::CorpusModel;
use crate::{Cleaner, Error};

/// The index file of a folder of source models.
pub const INDEX: &str = "sources.tsv";

/// The source key of a document from its URL: the host, lower-cased,
/// without a port, user or leading `www.` (`https://WWW.Example.com:8080/a`
/// → `example.com`). A value that is not a URL is read as a host
/// (`Example.org/news` → `example.org`); nothing gives `""`.
pub fn source_key(url: &str) -> String {
    let url = url.trim();
    let rest = match url.find("//") {
        Some(at) => &url[at + 2..],
        None => url,
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    let host = match host.strip_prefix('[') {
        // An IPv6 address: `[::1]:80`.
        Some(inner) => inner.split(']').next().unwrap_or_default(),
        None => host.split(':').next().unwrap_or_default(),
    };
    let host = host.to_lowercase();
    match host.strip_prefix("www.") {
        Some(rest) => rest.to_owned(),
        None => host,
    }
}

/// A corpus model per source key, in key order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct SourceModels {
    models: BTreeMap<String, CorpusModel>,
}

impl SourceModels {
    /// No source yet.
    pub fn new() -> Self {
        SourceModels::default()
    }

    /// The model of `key`, created empty when the source is new.
    pub fn model_mut(&mut self, key: &str) -> &mut CorpusModel {
        if !self.models.contains_key(key) {
            self.models.insert(key.to_owned(), CorpusModel::new());
        }
        self.models.get_mut(key).expect("inserted above")
    }

    /// The model of `key`, if that source has one.
    pub fn get(&self, key: &str) -> Option<&CorpusModel> {
        self.models.get(key)
    }

    /// Adds `other`'s models, source by source.
    pub fn merge(&mut self, other: &SourceModels) {
        for (key, model) in &other.models {
            self.model_mut(key).merge(model);
        }
    }

    /// Takes the model of `key` out.
    pub fn remove(&mut self, key: &str) -> Option<CorpusModel> {
        self.models.remove(key)
    }

    /// The source keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.models.keys().map(String::as_str)
    }

    /// The sources and their models, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &CorpusModel)> {
        self.models.iter().map(|(k, m)| (k.as_str(), m))
    }

    /// The number of sources.
    pub fn len(&self) -> usize {
        self.models.len()
    }

    /// Whether there is no source.
    pub fn is_empty(&self) -> bool {
        self.models.is_empty()
    }

    /// The documents counted, over every source.
    pub fn docs(&self) -> u64 {
        self.models.values().map(CorpusModel::docs).sum()
    }

    /// Whether `path` is a folder of source models (it holds an [`INDEX`]).
    pub fn is_folder(path: &Path) -> bool {
        path.join(INDEX).is_file()
    }

    /// Writes one model file per source into `folder` (created when
    /// missing), then the index: each file and the index atomically, so a
    /// reader never sees a half-written one, and the index last.
    pub fn save(&self, folder: &Path) -> Result<(), Error> {
        fs::create_dir_all(folder)?;
        let mut index = Vec::new();
        for (n, (key, model)) in self.models.iter().enumerate() {
            if key.contains(['\t', '\n', '\r']) {
                return Err(Error::Model(format!(
                    "a source key cannot hold a tab or a line break: {key:?}"
                )));
            }
            let name = format!("{n:06}.model");
            model.save(&folder.join(&name))?;
            writeln!(index, "{key}\t{name}")?;
        }
        let mut tmp = crate::fsio::output_tempfile(folder)?;
        tmp.as_file_mut().write_all(&index)?;
        tmp.persist(folder.join(INDEX))
            .map_err(|e| Error::Io(e.error))?;
        // Model files of an earlier, larger set are no longer indexed.
        for entry in fs::read_dir(folder)? {
            let name = entry?.file_name();
            let name = name.to_string_lossy();
            let numbered = name
                .strip_suffix(".model")
                .and_then(|n| n.parse::<usize>().ok());
            if numbered.is_some_and(|n| n >= self.models.len()) && name.len() == 12 {
                fs::remove_file(folder.join(name.as_ref()))?;
            }
        }
        Ok(())
    }

    /// Reads a folder [`save`](Self::save) wrote.
    pub fn load(folder: &Path) -> Result<Self, Error> {
        let index_path = folder.join(INDEX);
        let index = fs::read_to_string(&index_path)?;
        let mut models = BTreeMap::new();
        for (n, line) in index.lines().enumerate() {
            let Some((key, name)) = line.split_once('\t') else {
                return Err(Error::Model(format!(
                    "{}:{}: not a `key<TAB>file` line",
                    index_path.display(),
                    n + 1
                )));
            };
            if name.contains(['/', '\\']) || name.starts_with('.') {
                return Err(Error::Model(format!(
                    "{}:{}: `{name}` is not a file of the folder",
                    index_path.display(),
                    n + 1
                )));
            }
            let model = CorpusModel::load(&folder.join(name))?;
            if models.insert(key.to_owned(), model).is_some() {
                return Err(Error::Model(format!(
                    "{}:{}: source `{key}` is listed twice",
                    index_path.display(),
                    n + 1
                )));
            }
        }
        Ok(SourceModels { models })
    }
}

/// A cleaner per source: each built from one base cleaner (its rules) and
/// the model of the source; a source without a model gets the base
/// cleaner.
#[derive(Debug, Clone)]
pub struct SourceCleaners {
    base: Cleaner,
    by_source: HashMap<String, Cleaner>,
}

impl SourceCleaners {
    /// `base` for every source.
    pub fn single(base: Cleaner) -> Self {
        SourceCleaners {
            base,
            by_source: HashMap::new(),
        }
    }

    /// `base` with the model of each source in `models`, each with
    /// `min_docs` (see [`CorpusModel::set_min_docs`]) and only its frequent
    /// blocks kept.
    pub fn new(base: Cleaner, models: SourceModels, min_docs: Option<u64>) -> Self {
        let by_source = models
            .models
            .into_iter()
            .map(|(key, mut model)| {
                model.set_min_docs(min_docs);
                model.retain_frequent();
                (key, base.clone().with_model(Arc::new(model)))
            })
            .collect();
        SourceCleaners { base, by_source }
    }

    /// The cleaner of the source `key`.
    pub fn get(&self, key: &str) -> &Cleaner {
        self.by_source.get(key).unwrap_or(&self.base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_key_is_the_host_of_the_url() {
        for (url, key) in [
            ("https://WWW.Example.com:8080/news/1?x=2", "example.com"),
            ("http://user:pw@blog.example.org/a#b", "blog.example.org"),
            ("example.net/path", "example.net"),
            ("//cdn.example.com", "cdn.example.com"),
            ("http://[::1]:80/x", "::1"),
            ("  https://sub.www.example.com  ", "sub.www.example.com"),
            ("", ""),
            ("https://", ""),
        ] {
            assert_eq!(source_key(url), key, "{url}");
        }
    }

    fn models() -> SourceModels {
        let mut models = SourceModels::new();
        for i in 0..6 {
            models
                .model_mut("a.example")
                .add_text(&format!("Story {i} of a.\nJoin our club today.\n"));
        }
        models.model_mut("b.example").add_text("One story of b.\n");
        models
    }

    #[test]
    fn saves_and_loads_a_folder() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("models");
        let models = models();
        models.save(&folder).unwrap();
        assert!(SourceModels::is_folder(&folder));
        assert_eq!(
            fs::read_to_string(folder.join(INDEX)).unwrap(),
            "a.example\t000000.model\nb.example\t000001.model\n"
        );
        assert_eq!(SourceModels::load(&folder).unwrap(), models);
        assert!(!SourceModels::is_folder(dir.path()));
        // Saved again with fewer sources: the stale file goes.
        let mut fewer = SourceModels::new();
        fewer.model_mut("c.example").add_text("x\n");
        fewer.save(&folder).unwrap();
        let mut names: Vec<_> = fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["000000.model", INDEX]);
    }

    #[test]
    fn refuses_a_key_with_a_tab_and_an_index_pointing_out_of_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let mut models = SourceModels::new();
        models.model_mut("a\tb").add_text("x\n");
        assert!(models.save(dir.path()).is_err());
        fs::write(dir.path().join(INDEX), "a\t../x.model\n").unwrap();
        let err = SourceModels::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("is not a file of the folder"), "{err}");
    }

    #[test]
    fn merging_adds_up_source_by_source() {
        let mut merged = models();
        merged.merge(&models());
        assert_eq!(merged.len(), 2);
        assert_eq!(merged.get("a.example").unwrap().docs(), 12);
        assert_eq!(merged.docs(), 14);
    }

    #[test]
    fn each_source_is_cleaned_with_its_own_model() {
        let cleaners = SourceCleaners::new(Cleaner::new(), models(), None);
        let text = "A new story of a.\nJoin our club today.\n";
        assert!(!cleaners.get("a.example").clean(text).text.contains("Join"));
        // Another source, or none, has not seen the block.
        assert!(cleaners.get("b.example").clean(text).text.contains("Join"));
        assert!(cleaners.get("c.example").clean(text).text.contains("Join"));
    }
}
