//! Core dumps are off once `harden::process` has run (its own test binary: it changes the
//! whole process).

#[cfg(target_os = "linux")]
#[test]
fn no_core_dump_after_hardening() {
    let report = heirloom_core::harden::process();
    assert!(report.core_dumps.is_none(), "{report:?}");
    let limit = rustix::process::getrlimit(rustix::process::Resource::Core);
    assert_eq!((limit.current, limit.maximum), (Some(0), Some(0)));
    assert_eq!(
        rustix::process::dumpable_behavior().unwrap(),
        rustix::process::DumpableBehavior::NotDumpable
    );
    // Nothing can raise it again: the hard limit is 0 too.
    let raise = rustix::process::setrlimit(
        rustix::process::Resource::Core,
        rustix::process::Rlimit {
            current: Some(1 << 20),
            maximum: Some(1 << 20),
        },
    );
    let root = rustix::process::geteuid().is_root();
    assert!(
        raise.is_err() || root,
        "an unprivileged process can't raise it"
    );
}
