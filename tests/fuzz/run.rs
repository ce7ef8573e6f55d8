//! Running the interpreter on one input under one engine, the way a user would but fenced in:
//! empty stdin, a wall-clock timeout (the child is killed), an address-space limit on Linux so a
//! runaway allocation cannot take the machine down, and capped capture of stdout/stderr (the
//! full streams are still hashed, so engines are compared on everything they printed).

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Bytes of each stream kept for reports and for comparison with expected output.
const KEPT_BYTES: usize = 1 << 20;

/// What a run printed on one stream.
#[derive(Clone, PartialEq, Eq)]
pub struct Captured {
    /// The first `KEPT_BYTES` bytes.
    pub head: Vec<u8>,
    /// Length of the whole stream.
    pub total: u64,
    /// FNV-1a hash of the whole stream.
    pub hash: u64,
}

impl Captured {
    /// Whether `head` is the whole stream.
    pub fn complete(&self) -> bool {
        self.head.len() as u64 == self.total
    }

    pub fn lossy(&self) -> String {
        String::from_utf8_lossy(&self.head).into_owned()
    }
}

/// How a run ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ending {
    Exited(i32),
    Signaled(i32),
    TimedOut,
}

impl std::fmt::Display for Ending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ending::Exited(code) => write!(f, "exit status {code}"),
            Ending::Signaled(signal) => write!(f, "killed by signal {signal}"),
            Ending::TimedOut => write!(f, "timed out"),
        }
    }
}

/// Everything one run produced.
#[derive(Clone, PartialEq, Eq)]
pub struct Run {
    pub ending: Ending,
    pub stdout: Captured,
    pub stderr: Captured,
}

/// How the child is started.
pub struct Limits {
    pub timeout: Duration,
    /// Address-space limit in bytes (Linux x86-64/aarch64 only; 0 for none).
    pub memory_bytes: u64,
}

/// Runs `binary --engine ENGINE FILE_NAME` in `dir`.
pub fn run(
    binary: &Path,
    engine: &str,
    dir: &Path,
    file_name: &str,
    limits: &Limits,
) -> Result<Run, String> {
    let mut command = Command::new(binary);
    command
        .current_dir(dir)
        .args(["--engine", engine, file_name])
        .env("RUST_BACKTRACE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    address_space::limit(&mut command, limits.memory_bytes);
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let ending = wait(&mut child, limits.timeout)?;
    let stdout = stdout.join().map_err(|_| "stdout reader panicked")?;
    let stderr = stderr.join().map_err(|_| "stderr reader panicked")?;
    Ok(Run {
        ending,
        stdout,
        stderr,
    })
}

/// Reads a stream to its end on a thread, keeping its head, length and hash.
fn drain(stream: Option<impl Read + Send + 'static>) -> JoinHandle<Captured> {
    std::thread::spawn(move || {
        let mut captured = Captured {
            head: Vec::new(),
            total: 0,
            hash: 0xCBF2_9CE4_8422_2325,
        };
        let Some(mut stream) = stream else {
            return captured;
        };
        let mut buffer = [0u8; 64 * 1024];
        while let Ok(n) = stream.read(&mut buffer) {
            if n == 0 {
                break;
            }
            let chunk = &buffer[..n];
            let room = KEPT_BYTES.saturating_sub(captured.head.len());
            captured.head.extend_from_slice(&chunk[..room.min(n)]);
            captured.total += n as u64;
            for byte in chunk {
                captured.hash = (captured.hash ^ u64::from(*byte)).wrapping_mul(0x100_0000_01B3);
            }
        }
        captured
    })
}

/// Waits for the child, killing it when `timeout` passes.
fn wait(child: &mut Child, timeout: Duration) -> Result<Ending, String> {
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait().map_err(|e| format!("wait failed: {e}"))? {
            return Ok(ending_of(status));
        }
        if started.elapsed() >= timeout {
            // The child may have exited between the check and the kill; either way it is gone.
            let _ = child.kill();
            let _ = child.wait();
            return Ok(Ending::TimedOut);
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

fn ending_of(status: ExitStatus) -> Ending {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => Ending::Exited(code),
        (None, Some(signal)) => Ending::Signaled(signal),
        (None, None) => Ending::Exited(-1),
    }
}

#[cfg(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
mod address_space {
    use std::os::unix::process::CommandExt;
    use std::process::Command;

    /// `struct rlimit` on 64-bit Linux.
    #[repr(C)]
    struct ResourceLimit {
        current: u64,
        maximum: u64,
    }

    /// `RLIMIT_AS` and `RLIMIT_CORE` in Linux's generic resource numbering (x86-64, aarch64).
    const RLIMIT_AS: i32 = 9;
    const RLIMIT_CORE: i32 = 4;

    unsafe extern "C" {
        fn setrlimit(resource: i32, limit: *const ResourceLimit) -> i32;
    }

    /// Makes the child's allocations fail beyond `bytes` of address space and forbids core
    /// dumps (an aborting child must not litter the disk).
    pub fn limit(command: &mut Command, bytes: u64) {
        let set = move || {
            let no_core = ResourceLimit {
                current: 0,
                maximum: 0,
            };
            // SAFETY: setrlimit only reads the struct we pass, which lives across the call; it
            // is async-signal-safe, as code between fork and exec must be.
            unsafe { setrlimit(RLIMIT_CORE, &no_core) };
            if bytes > 0 {
                let memory = ResourceLimit {
                    current: bytes,
                    maximum: bytes,
                };
                // SAFETY: as above.
                if unsafe { setrlimit(RLIMIT_AS, &memory) } != 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
            Ok(())
        };
        // SAFETY: the closure calls nothing but setrlimit (async-signal-safe), allocates nothing
        // and touches no lock, so it is sound to run in the forked child before exec.
        unsafe { command.pre_exec(set) };
    }
}

#[cfg(not(all(
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
)))]
mod address_space {
    /// No portable way to limit memory without a dependency: runs are bounded by time alone.
    pub fn limit(_command: &mut std::process::Command, _bytes: u64) {}
}
