//! Files Heirloom writes and files it reads from outside.
//!
//! Everything Heirloom writes holds card or holder data, so every file is created `0600` and
//! every folder it creates `0700`, through a temporary file opened with `create_new` (which
//! never follows a symlink planted at that name). A file appears whole or not at all: a full
//! disk leaves no truncated card, PDF or record behind. Nothing is replaced unless the caller
//! asked for [`write_replacing`].
//!
//! A file from outside is read with a byte limit, and never blocks: a FIFO or a device is
//! refused before anything is read from it.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// Why a file from outside was not read.
#[derive(Debug)]
pub enum ReadError {
    /// It is a folder, a FIFO, a device or a socket: no file to read.
    NotAFile,
    /// It holds more than the caller's limit.
    TooBig {
        /// The caller's limit, in bytes.
        limit: u64,
    },
    /// The system refused it (missing, no permission, …).
    Io(io::Error),
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// Reads at most `limit` bytes of the regular file at `path`.
///
/// The file is opened without blocking (a FIFO with no writer would otherwise hang the open
/// itself), then refused unless it is a regular file, and read through a cap of `limit + 1`
/// bytes so that `/dev/zero`, a sparse file or a file that grows while it is read costs at most
/// `limit` bytes of memory.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    if meta.len() > limit {
        return Err(ReadError::TooBig { limit });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooBig { limit });
    }
    Ok(bytes)
}

/// Creates `dir` and its missing parents; the folders it creates are `0700`. An existing
/// folder is left as it is (it may be the person's own, such as Documents).
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Writes `bytes` as a new file at `path`: whole or not at all, `0600`, and never over an
/// existing file (the error is `AlreadyExists`).
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_all_new(&[(path.to_path_buf(), bytes.to_vec())])
}

/// Writes `bytes` at `path`, replacing what is there: the new content is written and flushed
/// beside it first, then renamed over, so a failure leaves the old file untouched.
pub fn write_replacing(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = write_temp(path, bytes)?;
    let renamed = fs::rename(&temp, path).and_then(|()| sync_parent(path));
    if renamed.is_err() {
        let _ = fs::remove_file(&temp);
    }
    renamed
}

/// Writes every file of `files` (path, content), all new: either every one exists
/// afterwards, or none does and the error says why. None may exist beforehand.
///
/// Each content goes to a flushed temporary file first (so a full disk fails before any
/// file appears); then each is linked to its name, which fails rather than replace a file
/// that appeared in the meantime. On any failure, the names already linked are removed.
pub fn write_all_new(files: &[(PathBuf, Vec<u8>)]) -> io::Result<()> {
    if let Some((p, _)) = files.iter().find(|(p, _)| p.symlink_metadata().is_ok()) {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} already exists", p.display()),
        ));
    }
    let mut temps = Vec::with_capacity(files.len());
    let mut placed: Vec<&Path> = Vec::with_capacity(files.len());
    let result = (|| -> io::Result<()> {
        for (path, bytes) in files {
            temps.push(write_temp(path, bytes)?);
        }
        for ((path, _), temp) in files.iter().zip(&temps) {
            place_new(temp, path)?;
            placed.push(path);
        }
        for (path, _) in files {
            sync_parent(path)?;
        }
        Ok(())
    })();
    for temp in &temps {
        let _ = fs::remove_file(temp);
    }
    if result.is_err() {
        for path in placed {
            let _ = fs::remove_file(path);
        }
    }
    result
}

/// Gives the flushed temporary file `temp` the name `path`, failing if `path` exists.
///
/// A hard link does this atomically. File systems without links (FAT and exFAT USB sticks,
/// where families keep things) get a rename after a check, the best those allow.
fn place_new(temp: &Path, path: &Path) -> io::Result<()> {
    match fs::hard_link(temp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            if path.symlink_metadata().is_ok() {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    format!("{} already exists", path.display()),
                ));
            }
            // The temporary name is removed by the caller; after a rename it is gone already.
            fs::rename(temp, path)
        }
    }
}

/// A new `0600` file beside `path`, holding `bytes`, flushed to disk; its path.
fn write_temp(path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // A few tries: `create_new` refuses a name that exists, including a planted symlink.
    let mut last = None;
    for _ in 0..8 {
        let temp = dir.join(format!(".{name}.{:016x}.part", rand::random::<u64>()));
        match create_private(&temp) {
            Ok(mut f) => {
                let written = f.write_all(bytes).and_then(|()| f.sync_all());
                return match written {
                    Ok(()) => Ok(temp),
                    Err(e) => {
                        drop(f);
                        let _ = fs::remove_file(&temp);
                        Err(e)
                    }
                };
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("no temporary name was free")))
}

fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Flushes the folder holding `path`, so that a rename or link survives a power cut.
#[cfg(unix)]
pub fn sync_parent(path: &Path) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    File::open(dir)?.sync_all()
}

/// Windows cannot open a folder as a file; its renames are journalled by NTFS itself.
#[cfg(not(unix))]
pub fn sync_parent(_path: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!(
            "heirloom-files-{tag}-{}-{:x}",
            std::process::id(),
            rand::random::<u32>()
        ));
        fs::create_dir_all(&d).unwrap();
        d
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[cfg(unix)]
    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_files_are_private_and_never_replace() {
        let d = temp_dir("new");
        let p = d.join("card-1.txt");
        write_new(&p, b"one").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"one");
        #[cfg(unix)]
        assert_eq!(mode(&p), 0o600);
        let again = write_new(&p, b"two").unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&p).unwrap(), b"one");
        assert_eq!(names(&d), ["card-1.txt"], "no temporary file is left");
        fs::remove_dir_all(d).unwrap();
    }

    #[test]
    fn all_or_nothing() {
        let d = temp_dir("all");
        fs::write(d.join("card-3.txt"), b"someone's").unwrap();
        let files: Vec<_> = (1..=4)
            .map(|i| (d.join(format!("card-{i}.txt")), vec![b'x'; 10]))
            .collect();
        assert!(write_all_new(&files).is_err());
        assert_eq!(names(&d), ["card-3.txt"], "nothing written when one exists");
        assert_eq!(fs::read(d.join("card-3.txt")).unwrap(), b"someone's");
        fs::remove_file(d.join("card-3.txt")).unwrap();
        write_all_new(&files).unwrap();
        assert_eq!(names(&d).len(), 4);
        fs::remove_dir_all(d).unwrap();
    }

    #[test]
    fn replacing_leaves_the_old_file_on_failure() {
        let d = temp_dir("replace");
        let p = d.join("record.json");
        write_replacing(&p, b"old").unwrap();
        write_replacing(&p, b"new").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"new");
        #[cfg(unix)]
        assert_eq!(mode(&p), 0o600);
        assert_eq!(names(&d), ["record.json"]);
        fs::remove_dir_all(d).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn private_folders() {
        let d = temp_dir("dir");
        let inner = d.join("a/b");
        create_private_dir(&inner).unwrap();
        assert_eq!(mode(&d.join("a")), 0o700);
        assert_eq!(mode(&inner), 0o700);
        fs::remove_dir_all(d).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn reading_refuses_what_is_not_a_small_file() {
        let d = temp_dir("read");
        let p = d.join("card.txt");
        fs::write(&p, b"HL1").unwrap();
        assert_eq!(read_limited(&p, 3).unwrap(), b"HL1");
        assert!(matches!(
            read_limited(&p, 2),
            Err(ReadError::TooBig { limit: 2 })
        ));
        assert!(matches!(read_limited(&d, 10), Err(ReadError::NotAFile)));
        assert!(matches!(
            read_limited(Path::new("/dev/zero"), 10),
            Err(ReadError::NotAFile)
        ));
        let fifo = d.join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success());
        assert!(matches!(read_limited(&fifo, 10), Err(ReadError::NotAFile)));
        // A sparse gigabyte is refused from its size, before any of it is read.
        let sparse = d.join("sparse");
        File::create(&sparse).unwrap().set_len(1 << 30).unwrap();
        assert!(matches!(
            read_limited(&sparse, 4096),
            Err(ReadError::TooBig { .. })
        ));
        fs::remove_dir_all(d).unwrap();
    }
}
