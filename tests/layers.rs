//! The layers' arrows point down only: `ui` may use `charts`, `storage` and `domain`;
//! `charts` only `domain`; `domain` nothing of ours. A rule the compiler cannot see (all
//! modules live in one crate), so this reads the sources: a path naming a higher layer in a
//! lower one fails here, with the file and line.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Each lower layer, with the paths of the layers above it that it must never name.
const LAYERS: [(&str, &[&str]); 2] = [
    ("src/domain", &["charts", "storage", "ui", "route"]),
    ("src/charts", &["storage", "ui", "route"]),
];

/// How code reaches another of our modules: from the crate, from outside it (doc tests), or
/// from a sibling at the top.
fn ways_to_name(module: &str) -> [String; 3] {
    [
        format!("crate::{module}"),
        format!("outcome_focus::{module}"),
        format!("super::{module}"),
    ]
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Every line of `text` that names one of `higher`, as `line: text`.
fn upward(text: &str, higher: &[&str]) -> Vec<String> {
    let names: Vec<String> = higher.iter().flat_map(|m| ways_to_name(m)).collect();
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            names.iter().any(|name| {
                line.match_indices(name.as_str()).any(|(at, _)| {
                    // `crate::ui` must not match `crate::uint`: the name ends at a non-word.
                    let next = line[at + name.len()..].chars().next();
                    !next.is_some_and(|c| c.is_alphanumeric() || c == '_')
                })
            })
        })
        .map(|(i, line)| format!("{}: {}", i + 1, line.trim()))
        .collect()
}

#[test]
fn the_finder_sees_what_it_should() {
    let higher = ["charts", "ui"];
    let check = |text: &str, expected: usize| {
        assert_eq!(upward(text, &higher).len(), expected, "{text}");
    };
    check("use crate::charts::{likert_chart, LikertChart};", 1);
    check("    let text = crate::charts::format_value(points);", 1);
    check("//! use outcome_focus::charts::likert_chart;", 1);
    check("use super::charts;", 1);
    check("use crate::ui::widgets::Field;", 1);
    check("use crate::uint::Big;", 0);
    check("use crate::domain::{median, ScoreDistribution};", 0);
    check("//! The charts draw these as bars.", 0);
}

#[test]
fn lower_layers_never_name_higher_ones() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for (layer, higher) in LAYERS {
        let mut files = Vec::new();
        rust_files(&root.join(layer), &mut files);
        assert!(files.len() > 3, "{layer} should hold the layer's sources");
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            for line in upward(&text, higher) {
                let shown = file.strip_prefix(root).unwrap_or(&file).display();
                problems.push(format!("{shown}:{line}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "a lower layer names a higher one (move the shared item down instead):\n{}",
        problems.join("\n")
    );
}
