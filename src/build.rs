//! Build script: links the `rinse` binary as a position-dependent
//! executable on Linux.
//!
//! A position-independent executable is relocated by the dynamic loader at
//! every start: rinse's tables of string slices and rule values hold about
//! 27,000 pointers, and patching them took 0.3 ms and faulted in 130 pages
//! of `.data.rel.ro` (half the page faults of `echo hello | rinse`). Linked
//! at a fixed address they need no relocation. Only the binary is linked
//! so; the library (and the Python extension built on it) is unchanged.

fn main() {
    println!("cargo:rerun-if-changed=src/build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
