//! Prints the article extracted from one HTML file (for looking at results).
//!
//! ```text
//! cargo run --release --example extract -- page.html [--title]
//! ```

use anyhow::{Context, Result};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .context("no file")?;
    let bytes = std::fs::read(path).with_context(|| format!("reading {path}"))?;
    let text = rinse::decode::decode(&bytes).text.into_owned();
    let options = rinse::extract::ExtractOptions {
        title: args.iter().any(|a| a == "--title"),
    };
    let extracted = rinse::extract::extract_html(&text, &options);
    for (i, block) in extracted.blocks.iter().enumerate() {
        println!("[{i} {:?}] {}", block.kind, block.text(&extracted.text));
    }
    Ok(())
}
