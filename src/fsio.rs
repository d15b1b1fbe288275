//! File input and output, once for every mode.
//!
//! Every output rinse writes (a cleaned file, a mirrored tree, a JSON Lines
//! file, a corpus model, a report) goes through [`write_file`] or
//! [`AtomicFile`]: a temporary file in the target's directory, synced and
//! renamed into place, so no output is ever half-written. A device or a
//! named pipe (`/dev/null`, a FIFO) is written straight into instead, since
//! renaming a file over it would replace it. Replacing an existing file
//! keeps what a user expects of it ([`AtomicFile::create`] says what).
//!
//! Temporary files still open are listed, so that a front end interrupted
//! by a signal can remove them ([`remove_temporary_files`]).

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// Temporary files created and not yet renamed into place or removed.
fn live_temporaries() -> &'static Mutex<HashSet<PathBuf>> {
    static LIVE: OnceLock<Mutex<HashSet<PathBuf>>> = OnceLock::new();
    LIVE.get_or_init(|| Mutex::new(HashSet::new()))
}

fn track(path: &Path) {
    if let Ok(mut live) = live_temporaries().lock() {
        live.insert(path.to_path_buf());
    }
}

fn untrack(path: &Path) {
    if let Ok(mut live) = live_temporaries().lock() {
        live.remove(path);
    }
}

/// Removes every temporary file rinse has open (to be called when the
/// process is interrupted: a signal handler does not run destructors).
/// Returns how many were removed.
pub fn remove_temporary_files() -> usize {
    let paths: Vec<PathBuf> = match live_temporaries().lock() {
        Ok(mut live) => live.drain().collect(),
        Err(_) => return 0,
    };
    paths
        .iter()
        .filter(|path| fs::remove_file(path).is_ok())
        .count()
}

/// Whether `path` names something other than a regular file or a
/// directory (a device such as `/dev/null`, a named pipe, a socket).
pub fn is_special(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|meta| !meta.is_file() && !meta.is_dir())
}

/// `path` opened for writing when it names something other than a regular
/// file or a directory (a device such as `/dev/null`, a named pipe), `None`
/// otherwise. Output to such a path is written straight into it, since
/// renaming a file over it would replace it.
pub fn open_special_file(path: &Path) -> Option<io::Result<File>> {
    is_special(path).then(|| fs::OpenOptions::new().write(true).open(path))
}

/// A temporary file in `dir`, to be renamed over an output file once
/// written. It is created with the permissions a new file gets from a shell
/// redirection (0666 less the umask), not the owner-only 0600 of a
/// temporary file, since it becomes the output. It is listed for
/// [`remove_temporary_files`] until dropped or persisted through
/// [`AtomicFile`].
pub fn output_tempfile(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    output_tempfile_with(dir, None)
}

/// [`output_tempfile`] created with the permissions `mode` (less the
/// umask) when given: those of the file it will replace.
fn output_tempfile_with(
    dir: &Path,
    mode: Option<fs::Permissions>,
) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".rinse-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(mode.unwrap_or_else(|| fs::Permissions::from_mode(0o666)));
    }
    #[cfg(not(unix))]
    drop(mode);
    builder.tempfile_in(dir)
}

/// The directory a file at `path` lives in (`.` for a bare name).
pub fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// What went wrong writing an output, and whose fault it is: the output
/// path is named, never the temporary file.
#[derive(Debug)]
pub struct WriteError {
    /// The output that could not be written.
    pub path: PathBuf,
    /// Why.
    pub reason: String,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for WriteError {}

impl From<WriteError> for crate::Error {
    fn from(err: WriteError) -> Self {
        crate::Error::Write {
            path: err.path,
            reason: err.reason,
        }
    }
}

/// A short, lowercase reason for an I/O error, without the OS error number
/// (`no such file or directory`, `permission denied`, …).
pub fn io_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::IsADirectory => "is a directory".to_owned(),
        _ => {
            let text = err.to_string();
            match text.find(" (os error") {
                Some(cut) => text[..cut].to_owned(),
                None => text,
            }
        }
    }
}

/// An output being written: into a temporary file renamed over the target
/// by [`AtomicFile::commit`] (and removed if dropped before), or straight
/// into a device or named pipe.
#[derive(Debug)]
pub struct AtomicFile {
    /// The output as the caller named it (for messages).
    path: PathBuf,
    /// Where the temporary file is renamed to: `path` with symbolic links
    /// resolved, so that a link stays a link.
    target: PathBuf,
    file: File,
    tmp: Option<tempfile::TempPath>,
    /// Replacing an existing file: sync before the rename.
    replacing: bool,
}

impl AtomicFile {
    /// Starts writing `path`.
    ///
    /// - A device or named pipe is opened and written straight into.
    /// - A new file is created through a temporary file (the directory is
    ///   created when `create_dirs`), with the permissions a shell
    ///   redirection would give it.
    /// - An existing file is replaced through a temporary file that takes
    ///   its permissions and (on Unix) its owner and group; a symbolic link
    ///   is followed, so the link stays and its target gets the new bytes.
    ///   A read-only file, a file with other hard links (they would keep
    ///   the old bytes) and a file whose owner cannot be kept are refused
    ///   with a reason.
    pub fn create(path: &Path, create_dirs: bool) -> Result<AtomicFile, WriteError> {
        let fail = |reason: String| WriteError {
            path: path.to_path_buf(),
            reason,
        };
        // A regular file, as most outputs being replaced are, is told by
        // one `lstat`; only a symbolic link costs its target's metadata
        // and the resolution of its path.
        let link = fs::symlink_metadata(path).ok();
        let is_link = link.as_ref().is_some_and(|m| m.file_type().is_symlink());
        let existing = if is_link {
            fs::metadata(path).ok()
        } else {
            link
        };
        if existing
            .as_ref()
            .is_some_and(|m| !m.is_file() && !m.is_dir())
        {
            let file = fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| fail(io_reason(&e)))?;
            return Ok(AtomicFile {
                path: path.to_path_buf(),
                target: path.to_path_buf(),
                file,
                tmp: None,
                replacing: false,
            });
        }
        if existing.as_ref().is_some_and(|m| m.is_dir()) {
            return Err(fail("is a directory".to_owned()));
        }
        let target = match &existing {
            Some(_) if is_link => fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
            _ => path.to_path_buf(),
        };
        if let Some(meta) = &existing {
            if meta.permissions().readonly() {
                return Err(fail(
                    "is read-only; rinse does not replace it (make it writable first)".to_owned(),
                ));
            }
            #[cfg(unix)]
            {
                use std::os::unix::fs::MetadataExt;
                if meta.nlink() > 1 {
                    return Err(fail(format!(
                        "has {} hard links, which would keep the old text; rinse does not replace it",
                        meta.nlink()
                    )));
                }
            }
        }
        let dir = parent_dir(&target);
        // Replacing a file: the temporary file is created with its
        // permissions (less the umask; `keep_attributes` puts back what
        // that took).
        let mode = existing.as_ref().map(fs::Metadata::permissions);
        let tmp = match output_tempfile_with(dir, mode.clone()) {
            Err(e) if e.kind() == io::ErrorKind::NotFound && create_dirs => {
                fs::create_dir_all(dir).map_err(|e| WriteError {
                    path: dir.to_path_buf(),
                    reason: format!("cannot create the directory: {}", io_reason(&e)),
                })?;
                output_tempfile_with(dir, mode)
            }
            other => other,
        }
        .map_err(|e| fail(format!("cannot create a file here: {}", io_reason(&e))))?;
        let (file, tmp) = tmp.into_parts();
        track(&tmp);
        let mut atomic = AtomicFile {
            path: path.to_path_buf(),
            target,
            file,
            tmp: Some(tmp),
            replacing: existing.is_some(),
        };
        if let Some(meta) = &existing {
            atomic.keep_attributes(meta)?;
        }
        Ok(atomic)
    }

    /// Gives the temporary file the permissions and owner of the file it
    /// replaces: the temporary file's own metadata (one `fstat`) says
    /// whether it has them already, as it has unless the umask or the
    /// directory said otherwise.
    fn keep_attributes(&mut self, meta: &fs::Metadata) -> Result<(), WriteError> {
        let fail = |reason: String| WriteError {
            path: self.path.clone(),
            reason,
        };
        let mine = self.file.metadata().ok();
        #[cfg(unix)]
        let same_mode = {
            use std::os::unix::fs::PermissionsExt;
            mine.as_ref().is_some_and(|m| {
                m.permissions().mode() & 0o7777 == meta.permissions().mode() & 0o7777
            })
        };
        #[cfg(not(unix))]
        let same_mode = false;
        if !same_mode {
            self.file
                .set_permissions(meta.permissions())
                .map_err(|e| fail(format!("cannot keep its permissions: {}", io_reason(&e))))?;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let same = mine.is_some_and(|m| m.uid() == meta.uid() && m.gid() == meta.gid());
            if !same {
                std::os::unix::fs::fchown(&self.file, Some(meta.uid()), Some(meta.gid())).map_err(
                    |e| {
                        fail(format!(
                            "cannot keep its owner and group ({}); rinse does not replace it",
                            io_reason(&e)
                        ))
                    },
                )?;
            }
        }
        Ok(())
    }

    /// The file to write into.
    pub fn file(&mut self) -> &mut File {
        &mut self.file
    }

    /// The output as named by the caller.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Flushes the bytes to disk (when replacing a file) and renames the
    /// temporary file into place.
    pub fn commit(mut self) -> Result<(), WriteError> {
        let fail = |e: &io::Error| WriteError {
            path: self.path.clone(),
            reason: io_reason(e),
        };
        let Some(tmp) = self.tmp.take() else {
            return self.file.flush().map_err(|e| fail(&e));
        };
        if self.replacing {
            self.file.sync_data().map_err(|e| fail(&e))?;
        }
        let tmp_path = tmp.to_path_buf();
        let result = tmp.persist(&self.target).map_err(|e| fail(&e.error));
        untrack(&tmp_path);
        result
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if let Some(tmp) = &self.tmp {
            // Not committed: the TempPath removes the file itself.
            untrack(tmp);
        }
    }
}

/// Writes `bytes` to `path` as [`AtomicFile`] does (creating missing
/// directories when `create_dirs`).
pub fn write_file(path: &Path, bytes: &[u8], create_dirs: bool) -> Result<(), WriteError> {
    let mut out = AtomicFile::create(path, create_dirs)?;
    out.file().write_all(bytes).map_err(|e| WriteError {
        path: path.to_path_buf(),
        reason: io_reason(&e),
    })?;
    out.commit()
}

/// Reads a regular file, a device or a named pipe whole.
pub fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    fs::read(path)
}

/// Whether a name ends in `.gz` (any case).
pub fn is_gzip_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Opens a file for reading line by line, decompressing it when its name
/// ends in `.gz`: every gzip member (as `cat a.gz b.gz` makes), and, as
/// `zcat` does, bytes after the last member that are not one are ignored.
pub fn open_lines(path: &Path) -> io::Result<Box<dyn BufRead + Send>> {
    let file = File::open(path)?;
    if fs::metadata(path)?.is_dir() {
        return Err(io::Error::other("is a directory"));
    }
    let reader: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(1 << 16, file));
    Ok(if is_gzip_name(path) {
        Box::new(BufReader::with_capacity(1 << 16, GzMembers::new(reader)))
    } else {
        reader
    })
}

/// Concatenated gzip members, read one after another; what follows the
/// last member without a gzip header is ignored (as `zcat` ignores
/// "trailing garbage").
struct GzMembers {
    current: Option<flate2::bufread::GzDecoder<Box<dyn BufRead + Send>>>,
}

impl GzMembers {
    fn new(reader: Box<dyn BufRead + Send>) -> Self {
        GzMembers {
            current: Some(flate2::bufread::GzDecoder::new(reader)),
        }
    }
}

impl Read for GzMembers {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            let Some(decoder) = &mut self.current else {
                return Ok(0);
            };
            let n = decoder.read(buf)?;
            if n > 0 || buf.is_empty() {
                return Ok(n);
            }
            let mut reader = self.current.take().expect("checked above").into_inner();
            let next = reader.fill_buf()?;
            if next.len() >= 2 {
                if next[..2] == [0x1f, 0x8b] {
                    self.current = Some(flate2::bufread::GzDecoder::new(reader));
                }
                // Otherwise trailing bytes that are not gzip: ignored.
            } else if !next.is_empty() {
                // One byte left in the buffer: read the rest to see.
                let mut rest = Vec::new();
                reader.read_to_end(&mut rest)?;
                if rest.len() >= 2 && rest[..2] == [0x1f, 0x8b] {
                    let reader: Box<dyn BufRead + Send> = Box::new(io::Cursor::new(rest));
                    self.current = Some(flate2::bufread::GzDecoder::new(reader));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gz(text: &str) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(text.as_bytes()).unwrap();
        enc.finish().unwrap()
    }

    #[test]
    fn gzip_members_chain_and_trailing_bytes_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.jsonl.gz");
        let mut bytes = gz("a\n");
        bytes.extend(gz("b\n"));
        bytes.extend(b"\0\0\0\0 trailing garbage");
        fs::write(&path, &bytes).unwrap();
        let mut text = String::new();
        open_lines(&path)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "a\nb\n");
    }

    #[test]
    fn truncated_gzip_is_an_error_after_what_it_holds() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.gz");
        let body: String = (0..2000).map(|i| format!("line {i}\n")).collect();
        let bytes = gz(&body);
        fs::write(&path, &bytes[..bytes.len() - 10]).unwrap();
        let mut text = String::new();
        assert!(open_lines(&path)
            .unwrap()
            .read_to_string(&mut text)
            .is_err());
    }

    #[test]
    fn special_files_are_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        fs::write(&file, "x").unwrap();
        assert!(open_special_file(&file).is_none());
        assert!(open_special_file(dir.path()).is_none());
        assert!(open_special_file(&dir.path().join("missing.txt")).is_none());
        #[cfg(unix)]
        assert!(open_special_file(Path::new("/dev/null")).is_some_and(|f| f.is_ok()));
    }

    /// The temporary file is created with the replaced file's mode; what
    /// the umask takes from it (group and other write, as a rule) is put
    /// back, and a file's mode is never widened.
    #[cfg(unix)]
    #[test]
    fn replacing_keeps_a_mode_the_umask_would_narrow() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        for mode in [0o666, 0o604, 0o600, 0o751] {
            let path = dir.path().join(format!("m{mode:o}.txt"));
            fs::write(&path, "old").unwrap();
            fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
            write_file(&path, b"new", false).unwrap();
            assert_eq!(fs::read_to_string(&path).unwrap(), "new");
            let got = fs::metadata(&path).unwrap().permissions().mode() & 0o7777;
            assert_eq!(got, mode, "{mode:o}");
        }
        // A new file gets 0666 less the umask, as from a redirection.
        let fresh = dir.path().join("fresh.txt");
        write_file(&fresh, b"x", false).unwrap();
        let got = fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
        assert_eq!(got & !0o666, 0, "{got:o}");
    }

    #[cfg(unix)]
    #[test]
    fn replacing_keeps_links_mode_and_refuses_what_it_cannot_keep() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        fs::write(&real, "old").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_file(&link, b"new", false).unwrap();
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
        assert_eq!(
            fs::metadata(&real).unwrap().permissions().mode() & 0o777,
            0o640
        );

        let hard = dir.path().join("hard.txt");
        fs::hard_link(&real, &hard).unwrap();
        let err = write_file(&real, b"newer", false).unwrap_err();
        assert!(err.reason.contains("hard links"), "{err}");
        assert_eq!(fs::read_to_string(&hard).unwrap(), "new");
        fs::remove_file(&hard).unwrap();

        fs::set_permissions(&real, fs::Permissions::from_mode(0o440)).unwrap();
        if fs::OpenOptions::new().write(true).open(&real).is_err() {
            // Not root: the read-only bit is what stops rinse.
        }
        let err = write_file(&real, b"newer", false).unwrap_err();
        assert!(err.reason.contains("read-only"), "{err}");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 2, "no temporary file left behind");
    }
}
