//! Opening and reading content files safely: only regular files, and never more than a file's limit.
//!
//! The content folder is edited by hand and watched by a running server, so anything can turn up in it.
//! Opening a FIFO blocks until someone writes to it, which would wedge the watcher for good; a device can
//! be endless; a file can grow while it is read. So a path is checked to be a regular file before it is
//! opened, opened without blocking, checked again through the open handle (the path may have been swapped
//! in between), and read through a bound one byte past its limit.

use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::Path;

use super::problem::{Message, msg};

/// Why a content file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// Not a regular file (a folder, FIFO, socket or device); it is never opened.
    NotRegular(&'static str),
    /// Larger than the limit of its kind, in bytes; only the size was looked at.
    TooLarge {
        /// The size found (at least `limit + 1` when the file grew while being read).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Opening or reading failed.
    Io(io::Error),
}

impl From<io::Error> for ReadError {
    fn from(err: io::Error) -> ReadError {
        ReadError::Io(err)
    }
}

impl ReadError {
    /// What an editor is told.
    pub fn message(&self) -> Message {
        match self {
            ReadError::NotRegular(what) => {
                let (de, en) = describe_de_en(what);
                msg!(
                    "ist keine gewöhnliche Datei, sondern {de}: bitte entfernen oder durch eine Textdatei ersetzen",
                    "is not a regular file but {en}: remove it or replace it with a text file"
                )
            }
            ReadError::TooLarge { size, limit } => msg!(
                "die Datei ist mit {size} Bytes zu groß: höchstens {limit} Bytes erlaubt (bitte aufteilen oder kürzen)",
                "the file has {size} bytes, more than the {limit} allowed (split or shorten it)"
            ),
            ReadError::Io(err) => msg!("kann nicht gelesen werden: {err}", "cannot be read: {err}"),
        }
    }
}

/// The metadata of `path` (following symbolic links), if it is a regular file.
pub fn regular_metadata(path: &Path) -> Result<Metadata, ReadError> {
    let meta = fs::metadata(path)?;
    if meta.is_file() {
        Ok(meta)
    } else {
        Err(ReadError::NotRegular(kind_of(&meta)))
    }
}

/// Opens `path` for reading only if it is a regular file; never blocks, whatever the path is.
pub fn open_regular(path: &Path) -> Result<(File, Metadata), ReadError> {
    regular_metadata(path)?;
    let file = open_nonblocking(path)?;
    // The path may have been replaced between the check and the open: trust only the open handle.
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular(kind_of(&meta)));
    }
    Ok((file, meta))
}

/// Reads a regular file of at most `limit` bytes; a larger one is refused by its size alone, and one that
/// grows while it is read is cut off one byte past the limit and refused.
pub fn read_bounded(path: &Path, limit: u64) -> Result<(Vec<u8>, Metadata), ReadError> {
    let (file, meta) = open_regular(path)?;
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(ReadError::TooLarge { size: read, limit });
    }
    Ok((bytes, meta))
}

/// Feeds a regular file of at most `limit` bytes to `sink` in pieces, without holding it whole; returns
/// the number of bytes read, which is `limit + 1` if the file is larger.
pub fn stream_bounded(
    path: &Path,
    limit: u64,
    mut sink: impl FnMut(&[u8]),
) -> Result<u64, ReadError> {
    let (file, _) = open_regular(path)?;
    let mut reader = file.take(limit + 1);
    let mut buf = [0u8; 16 * 1024];
    let mut total = 0;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => return Ok(total),
            Ok(n) => n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err.into()),
        };
        total += n as u64;
        sink(&buf[..n]);
    }
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; reads of regular
    // files ignore it.
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// What a non-regular file is, as a key for [`describe_de_en`].
fn kind_of(meta: &Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "fifo";
        }
        if t.is_socket() {
            return "socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "device";
        }
    }
    "other"
}

fn describe_de_en(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "folder" => ("ein Ordner", "a folder"),
        "fifo" => ("eine benannte Pipe (FIFO)", "a named pipe (FIFO)"),
        "socket" => ("ein Socket", "a socket"),
        "device" => ("eine Gerätedatei", "a device"),
        _ => ("etwas anderes", "something else"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_its_limit_is_refused_and_one_within_is_read() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("x.toml");
        fs::write(&path, "0123456789").expect("write");
        assert!(matches!(
            read_bounded(&path, 9),
            Err(ReadError::TooLarge { size: 10, limit: 9 })
        ));
        let (bytes, _) = read_bounded(&path, 10).expect("within the limit");
        assert_eq!(bytes, b"0123456789");
        let mut seen = Vec::new();
        assert_eq!(
            stream_bounded(&path, 4, |b| seen.extend_from_slice(b)).ok(),
            Some(5)
        );
    }

    #[test]
    fn a_folder_is_not_a_regular_file() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let err = open_regular(dir.path()).expect_err("a folder");
        assert!(matches!(err, ReadError::NotRegular("folder")), "{err:?}");
        assert!(err.message().de.contains("Ordner"));
    }
}
