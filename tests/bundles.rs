//! The bundles are listed in four places that must agree: `Bundle` (src/route.rs), the cargo
//! binaries (Cargo.toml), the build (scripts/build.sh) and the page loader (index.html).

use outcome_focus::route::Bundle;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

#[test]
fn every_bundle_is_a_binary_the_build_makes() {
    let manifest = read("Cargo.toml");
    let build = read("scripts/build.sh");
    let list = build
        .lines()
        .find_map(|line| line.strip_prefix("bundles=("))
        .and_then(|rest| rest.strip_suffix(')'))
        .expect("scripts/build.sh has a line bundles=(...)");
    let built: Vec<&str> = list.split_whitespace().collect();
    let names: Vec<&str> = Bundle::ALL.iter().map(|b| b.name()).collect();
    assert_eq!(
        built, names,
        "scripts/build.sh builds exactly the bundles, in order"
    );
    for name in names {
        assert!(
            manifest.contains(&format!("[[bin]]\nname = \"{name}\"")),
            "Cargo.toml has a [[bin]] named {name}"
        );
    }
}

#[test]
fn the_page_loader_knows_every_bundle() {
    let page = read("index.html");
    for bundle in Bundle::ALL {
        assert!(
            page.contains(&format!("\"{}\"", bundle.name())),
            "index.html's loader names the {} bundle",
            bundle.name()
        );
    }
}
