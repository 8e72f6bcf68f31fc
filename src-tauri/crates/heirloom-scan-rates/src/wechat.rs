//! OpenCV's WeChat QR detector (the classic one, without model files) as a peer: a Python
//! helper, `scripts/wechat-qr.py`, started once and fed picture paths one per line, since
//! starting Python and OpenCV for each of thousands of pictures would take longer than the
//! decoding. The Python is `SCAN_RATES_WECHAT_PYTHON`, by default `.venv-wechat/bin/python`
//! at the repository's root, with `opencv-contrib-python-headless` installed (see the
//! script). Without it the column reads 0 % and a line on stderr says why.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

/// The running helper.
pub struct WeChat {
    child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

impl WeChat {
    /// Starts the helper; `None`, said on stderr, when its Python or OpenCV is missing.
    pub fn start() -> Option<WeChat> {
        let python = std::env::var_os("SCAN_RATES_WECHAT_PYTHON")
            .map(PathBuf::from)
            .unwrap_or_else(|| repository().join(".venv-wechat/bin/python"));
        let script = repository().join("scripts/wechat-qr.py");
        let spawned = Command::new(&python)
            .arg(&script)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn();
        let mut child = match spawned {
            Ok(c) => c,
            Err(e) => {
                eprintln!(
                    "wechat: {} can't be run ({e}); see scripts/wechat-qr.py",
                    python.display()
                );
                return None;
            }
        };
        let input = child.stdin.take()?;
        let output = BufReader::new(child.stdout.take()?);
        let mut helper = WeChat {
            child,
            input,
            output,
        };
        // One empty path first: a missing OpenCV ends the helper here, not mid-benchmark.
        if helper.decode(Path::new("")).is_none() {
            eprintln!("wechat: the helper stopped; is opencv-contrib-python-headless installed?");
            return None;
        }
        Some(helper)
    }

    /// The texts of the QR codes in the picture at `path`; `None` when the helper died.
    pub fn decode(&mut self, path: &Path) -> Option<Vec<String>> {
        writeln!(self.input, "{}", path.display()).ok()?;
        self.input.flush().ok()?;
        let mut line = String::new();
        if self.output.read_line(&mut line).ok()? == 0 {
            return None;
        }
        Some(
            line.trim_end_matches('\n')
                .split('\t')
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect(),
        )
    }
}

impl Drop for WeChat {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
