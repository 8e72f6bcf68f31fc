// Records the commit the command line is built from, for `heirloom --version`.
include!("../../build_commit.rs");

fn main() {
    emit_commit();
}
