//! `cargo xtask npm`: builds the npm package into npm/dist, ready for `npm pack`.
//! Two WebAssembly modules (English without the Fluent parser, and the one with
//! it that `addMessages` loads), wasm-bindgen's glue, wasm-opt -O3, one file per
//! locale, and the unions for TypeScript, all generated from the core.
//! Installs what it needs (`tools.rs`): the pinned nightly with the wasm32
//! target, wasm-bindgen-cli at the version in Cargo.lock, binaryen and esbuild.

use crate::conformance::locales;
use crate::support::run::status;
use crate::support::tools;
use crate::support::workspace::root;
use anyhow::{anyhow, Context, Result};
use authos_errors::{Action, Audience, Category, Field};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The package's hand-written modules (npm/src), published minified.
const SOURCES: [&str; 4] = ["api.js", "index.js", "init.js", "instance.js"];
/// The wasm features today's rustc emits, which wasm-opt must be told about.
const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-sign-ext",
    "--enable-nontrapping-float-to-int",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// The repository's licence files, published with the package.
const LICENCES: [&str; 2] = ["LICENSE-MIT", "LICENSE-APACHE"];

/// The two modules: output name, and the wasm crate's features.
const MODULES: [(&str, &str); 2] = [("authos_errors_wasm", ""), ("authos_errors_full", "full")];

pub fn build() -> Result<PathBuf> {
    let dist = root().join("npm/dist");
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(dist.join("locales")).with_context(|| format!("{}", dist.display()))?;

    let tools = Tools::ready()?;
    for (name, features) in MODULES {
        tools.module("authos-errors-wasm", features, name, &dist)?;
    }

    for file in SOURCES {
        copy(&root().join("npm/src").join(file), &dist.join(file))?;
    }
    // The licence files, which npm publishes from the package's folder.
    for licence in LICENCES {
        copy(&root().join(licence), &root().join("npm").join(licence))?;
    }
    let tags = locale_files(&dist)?;
    vocabulary(&dist)?;
    commonjs_declarations(&dist)?;
    wire(&dist)?;
    workerd(&dist, &tags)?;
    javascript(&dist, &tags)?;
    println!("xtask: built the npm package in {}", dist.display());
    Ok(root().join("npm"))
}

/// The English module alone (what `import` loads), built as `build` builds
/// it, in target/instructions: what `cargo xtask instructions` counts.
pub fn english_module() -> Result<PathBuf> {
    let dir = root().join("target/instructions");
    std::fs::create_dir_all(&dir).with_context(|| format!("{}", dir.display()))?;
    let (name, features) = MODULES[0];
    Tools::ready()?.module("authos-errors-wasm", features, name, &dir)?;
    Ok(dir.join(format!("{name}_bg.wasm")))
}

/// What builds a module: the pinned nightly with the wasm32 standard
/// library's sources, wasm-bindgen-cli and wasm-opt, each checked once.
struct Tools {
    wasm_bindgen: PathBuf,
    wasm_opt: PathBuf,
}

impl Tools {
    fn ready() -> Result<Tools> {
        tools::ensure_nightly_std()?;
        Ok(Tools { wasm_bindgen: tools::wasm_bindgen_cli()?, wasm_opt: tools::wasm_opt()? })
    }

    /// One crate's WebAssembly module and wasm-bindgen's glue in `dist`, as
    /// `{name}.js` and `{name}_bg.wasm`: built with the pinned nightly, then
    /// wasm-opt.
    fn module(&self, package: &str, features: &str, name: &str, dist: &Path) -> Result<()> {
        // Nightly, with the standard library rebuilt to abort on panic without
        // formatting a message or recording where: the message, its formatting
        // code and every source path leave the module. A panic is
        // a bug either way and traps, as with the stable `panic = "abort"`.
        let mut build = tools::nightly("cargo");
        build.args(["build", "--locked", "-p", package]);
        build.args(["--target", "wasm32-unknown-unknown", "-Zbuild-std=std,panic_abort"]);
        build.args(["--profile", "wasm-release", "--features", features]);
        build.env("RUSTFLAGS", "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none");
        // Its own folder: the flags differ from every other build's.
        build.env("CARGO_TARGET_DIR", root().join("target/wasm-package"));
        status(&mut build)?;
        let built = root()
            .join("target/wasm-package/wasm32-unknown-unknown/wasm-release")
            .join(format!("{}.wasm", package.replace('-', "_")));
        status(
            Command::new(&self.wasm_bindgen)
                .args(["--target", "web", "--no-typescript", "--out-name", name, "--out-dir"])
                .arg(dist)
                .arg(&built),
        )?;
        let module = dist.join(format!("{name}_bg.wasm"));
        // The producers and target-features sections name the tools: nothing runs on them.
        let strip = ["--strip-producers", "--strip-target-features"];
        // -O3, not -Oz: smaller and faster here, measured. The low 1 KB of
        // memory is the far end of the stack (the linker puts the stack first,
        // below the data at 1 MiB), which only an overflow reaches, so loads
        // may fold their constant offsets.
        let passes = ["-O3", "--low-memory-unused", "--converge"];
        status(
            Command::new("node")
                .arg(&self.wasm_opt)
                .args(passes)
                .args(strip)
                .args(WASM_FEATURES)
                .arg(&module)
                .arg("-o")
                .arg(&module),
        )
    }
}

/// target/bench/floor-package: the floor of the package's benchmarks
/// (wasm/floor, one function), built as the package's modules are and loaded
/// as the package loads its own: its entry instantiates the module at import,
/// from disk in Node (compiled, then `initSync`), streamed elsewhere.
pub fn floor() -> Result<PathBuf> {
    let dist = root().join("target/bench/floor-package");
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).with_context(|| format!("{}", dist.display()))?;
    Tools::ready()?.module("authos-errors-wasm-floor", "", "floor", &dist)?;
    write(
        &dist.join("package.json"),
        "{ \"name\": \"authos-errors-floor\", \"type\": \"module\", \"exports\": \"./index.js\" }\n",
    )?;
    write(
        &dist.join("index.js"),
        r#"import * as glue from "./floor.js";

const url = new URL("./floor_bg.wasm", import.meta.url);
if (url.protocol === "file:") {
  const { readFile } = await import("node:fs/promises");
  glue.initSync({ module: await WebAssembly.compile(await readFile(url)) });
} else {
  await glue.default({ module_or_path: url });
}

export const echo = glue.echo;
"#,
    )?;
    Ok(dist)
}

/// One file per shipped locale but English (compiled in): its locale data, and
/// `locales.js`, the table of their URLs written so that bundlers follow them
/// (`new URL("...", import.meta.url)`, as for the wasm) and emit them as assets.
fn locale_files(dist: &Path) -> Result<Vec<String>> {
    let shipped = locales::shipped()?;
    // `SHIPPED` is every shipped locale in the core's order; the files are all but `en`.
    let mut table = format!(
        "// Generated by `cargo xtask npm` from the core.\nexport const SHIPPED = {};\n\n\
         // Where each shipped locale's data is, read when first needed.\nexport const LOCALE_FILES = {{\n",
        serde_json::to_string(&shipped)?
    );
    let tags: Vec<String> = shipped.into_iter().filter(|t| t != "en").collect();
    for tag in &tags {
        let path = dist.join(format!("locales/{tag}.bin"));
        std::fs::write(&path, locales::data(tag)?).with_context(|| format!("{}", path.display()))?;
        table.push_str(&format!("  \"{tag}\": () => new URL(\"./locales/{tag}.bin\", import.meta.url),\n"));
    }
    table.push_str("};\n");
    write(&dist.join("locales.js"), &table)?;
    Ok(tags)
}

/// `workerd.js`, the entry for Cloudflare's workerd (and wrangler, miniflare),
/// which cannot fetch the package's files: it imports them as modules (the
/// `.wasm` files as compiled modules, the locale files as data, wrangler's
/// default rules) and instantiates synchronously.
fn workerd(dist: &Path, tags: &[String]) -> Result<()> {
    let text = carrying_its_files(
        "// Generated by `cargo xtask npm`: the `workerd` entry. Every file is imported as a module\n\
         // (workerd cannot fetch files); the module is ready on import, no top-level await.\n",
        Path::new("."),
        tags,
        "",
    );
    write(&dist.join("workerd.js"), &text)
}

/// The source of `index.cjs`, the `require("authos-errors")` entry (Node's
/// CommonJS, Jest's default mode), which esbuild bundles with every file of
/// the package inside as bytes: a serverless function bundled from it
/// (esbuild `--platform=node --format=cjs`, as AWS Lambda, Netlify and Vercel
/// build them) finds nothing missing beside the bundle. The module is
/// instantiated synchronously, so the API is ready when `require` returns.
/// Written into the staging folder, it names the files in `dist` by path.
fn commonjs(stage: &Path, dist: &Path, tags: &[String]) -> Result<()> {
    let text = carrying_its_files(
        "// Generated by `cargo xtask npm`: the `require` entry, bundled with its files as bytes.\n\
         import { readFileSync } from \"node:fs\";\n\
         import { setFileReader } from \"./instance.js\";\n",
        dist,
        tags,
        // A `file:` URL a caller hands over (`loadLocaleData`, `init`) is read with
        // `require("node:fs")`, since a dynamic `import()` fails where CommonJS runs in a VM (Jest).
        "setFileReader(readFileSync);\n",
    );
    write(&stage.join("require.js"), &text)
}

/// An entry that imports every file of the package (`files`: where they are,
/// relative to the entry or absolute) instead of fetching or reading them, and
/// instantiates the English module on import.
fn carrying_its_files(head: &str, files: &Path, tags: &[String], setup: &str) -> String {
    // As a JavaScript string: JSON's spelling is one.
    let file = |name: &str| serde_json::Value::from(files.join(name).display().to_string()).to_string();
    let mut text = head.to_owned();
    text.push_str(&format!("import lean from {};\n", file("authos_errors_wasm_bg.wasm")));
    text.push_str(&format!("import full from {};\n", file("authos_errors_full_bg.wasm")));
    for (i, tag) in tags.iter().enumerate() {
        text.push_str(&format!("import locale{i} from {};\n", file(&format!("locales/{tag}.bin"))));
    }
    text.push_str(
        "import { initSync } from \"./api.js\";\n\
         import { setSources } from \"./instance.js\";\n\
         import { LOCALE_FILES } from \"./locales.js\";\n\n\
         setSources({ full: () => full });\n",
    );
    text.push_str(setup);
    for (i, tag) in tags.iter().enumerate() {
        text.push_str(&format!("LOCALE_FILES[\"{tag}\"] = () => new Uint8Array(locale{i});\n"));
    }
    text.push_str("initSync(lean);\n\nexport * from \"./api.js\";\n");
    text
}

/// The published JavaScript, bundled by esbuild from the modules written so far
/// (npm/src and the generated ones), which move to a staging folder first:
/// `index.cjs`, the `require` entry, one CommonJS file with the package's
/// files inside (`commonjs`); and the ES module entries (`index.js`,
/// `init.js`, `workerd.js`) minified, with the code they share in chunks that
/// they import, so that the package's state exists once whichever entries load.
/// One file loads instead of six for `import`, and fewer bytes; the readable
/// sources stay in npm/src.
fn javascript(dist: &Path, tags: &[String]) -> Result<()> {
    let esbuild = tools::esbuild()?;
    let stage = root().join("target/npm-stage");
    let _ = std::fs::remove_dir_all(&stage);
    std::fs::create_dir_all(&stage).with_context(|| format!("{}", stage.display()))?;
    for entry in std::fs::read_dir(dist).with_context(|| format!("{}", dist.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|x| x == "js") {
            let staged = stage.join(path.file_name().unwrap_or_default());
            std::fs::rename(&path, &staged).with_context(|| format!("{} → {}", path.display(), staged.display()))?;
        }
    }
    commonjs(&stage, dist, tags)?;
    // The package's other files stay files: the entries import or fetch them.
    let external = ["--external:*.wasm", "--external:*.bin", "--external:node:*"];
    status(
        Command::new(&esbuild)
            .arg(stage.join("require.js"))
            .args(["--bundle", "--format=cjs", "--platform=node", "--target=node20", "--minify"])
            .args(["--log-level=warning", "--define:import.meta.url=__authos_errors_url"])
            // The package's files inside, as bytes.
            .args(["--loader:.wasm=binary", "--loader:.bin=binary"])
            .arg("--banner:js=const __authos_errors_url = require(\"node:url\").pathToFileURL(__filename).href;")
            .arg(format!("--outfile={}", dist.join("index.cjs").display())),
    )?;
    status(
        Command::new(&esbuild)
            .args(ENTRIES.map(|e| stage.join(e)))
            .args(["--bundle", "--splitting", "--format=esm", "--minify", "--log-level=warning"])
            .args(external)
            .arg(format!("--outdir={}", dist.display())),
    )?;
    hide_node_fs(dist)
}

/// Puts back the comments that hide Node's `import(fs)` from Vite and webpack
/// (so that no browser build sees `node:fs`), which minifying drops: in the one
/// chunk that has it, `let n="node:fs/promises",…import(n)`.
fn hide_node_fs(dist: &Path) -> Result<()> {
    const SPECIFIER: &str = "=\"node:fs/promises\"";
    let mut fixed = 0;
    for entry in std::fs::read_dir(dist).with_context(|| format!("{}", dist.display()))? {
        let path = entry?.path();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) if path.extension().is_some_and(|x| x == "js") && text.contains(SPECIFIER) => text,
            _ => continue,
        };
        let at = text.find(SPECIFIER).unwrap_or_default();
        let before = text.get(..at).unwrap_or_default();
        let name_start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).map_or(0, |i| i + 1);
        let call = format!("import({})", before.get(name_start..).unwrap_or_default());
        if text.matches(&call).count() != 1 {
            return Err(anyhow!("{}: expected one `{call}` for `node:fs`", path.display()));
        }
        let hidden = call.replacen("import(", "import(/* webpackIgnore: true */ /* @vite-ignore */ ", 1);
        write(&path, &text.replacen(&call, &hidden, 1))?;
        fixed += 1;
    }
    if fixed != 1 {
        return Err(anyhow!("expected one published module to import `node:fs`, found {fixed}"));
    }
    Ok(())
}

/// The ES module entries of package.json's `exports`.
const ENTRIES: [&str; 3] = ["index.js", "init.js", "workerd.js"];

/// The files `import` of `entry` loads, in npm/dist: the entry and the chunks
/// it imports statically, however deep (not the `import()`s made on demand).
pub fn static_imports(entry: &str) -> Result<Vec<String>> {
    let dist = root().join("npm/dist");
    let mut files = vec![entry.to_owned()];
    let mut i = 0;
    while let Some(file) = files.get(i).cloned() {
        let text = std::fs::read_to_string(dist.join(&file)).with_context(|| format!("npm/dist/{file}"))?;
        // esbuild's statements: `import{a as b}from"./chunk-X.js";`, `import"./x.js";`.
        for (at, _) in text.match_indices("\"./") {
            let before = text.get(..at).unwrap_or_default().trim_end();
            let name = text.get(at + 3..).and_then(|t| t.split('"').next()).unwrap_or_default().to_owned();
            if (before.ends_with("from") || before.ends_with("import")) && !files.contains(&name) {
                files.push(name);
            }
        }
        i += 1;
    }
    Ok(files)
}

/// The string-literal unions of index.d.ts, from the core itself: the codes of
/// the catalogue and the contract's vocabularies.
fn vocabulary(dist: &Path) -> Result<()> {
    fn union<'a>(name: &str, doc: &str, values: impl Iterator<Item = &'a str>) -> String {
        let values: Vec<String> = values.map(|v| format!("  | \"{v}\"")).collect();
        format!("/** {doc} */\nexport type {name} =\n{};\n", values.join("\n"))
    }
    let text = [
        "// Generated by `cargo xtask npm` from the core (core/catalogue.toml, core/src/model.rs).\n".to_owned(),
        union("KnownCode", "Every code the catalogue knows.", authos_errors::entries().iter().map(|e| e.code.as_str())),
        union("Category", "The catalogue section a code belongs to.", Category::ALL.iter().map(|c| c.as_str())),
        union("Audience", "Who can act on an error.", Audience::ALL.iter().map(|c| c.as_str())),
        union("Action", "What the client should do next.", Action::ALL.iter().map(|c| c.as_str())),
        union("Field", "The form field at fault, for `fix_input`.", Field::ALL.iter().map(|c| c.as_str())),
    ];
    write(&dist.join("vocabulary.d.ts"), &text.join("\n"))
}

/// The declarations for `require` (the `.d.cts` beside `index.cjs`): the same
/// text as index.d.ts and vocabulary.d.ts, read by TypeScript as CommonJS, so
/// that a CommonJS program's types say what `require` gives it.
fn commonjs_declarations(dist: &Path) -> Result<()> {
    const IMPORT: &str = "from \"./dist/vocabulary.js\"";
    let index = std::fs::read_to_string(root().join("npm/index.d.ts")).context("npm/index.d.ts")?;
    if index.matches(IMPORT).count() != 1 {
        return Err(anyhow!("npm/index.d.ts: expected one `{IMPORT}`"));
    }
    write(&dist.join("index.d.cts"), &index.replace(IMPORT, "from \"./vocabulary.cjs\""))?;
    let vocabulary = std::fs::read_to_string(dist.join("vocabulary.d.ts"))?;
    write(&dist.join("vocabulary.d.cts"), &vocabulary)
}

/// `fromWire`, the package's reader of the compact form, from its one layout
/// (`LAYOUT` in wasm/src/wire.rs): the fields in the record's order, flags,
/// numbers and texts each counted in the order they cross.
fn wire(dist: &Path) -> Result<()> {
    use authos_errors_wasm::wire::{Kind, LAYOUT};
    let count = |kind: Kind| LAYOUT.iter().filter(|(_, k)| *k == kind).count();
    let (numbers, texts) = (count(Kind::Number), count(Kind::Text));
    let mut seen = [0usize; 3];
    let fields: Vec<String> = LAYOUT
        .iter()
        .map(|(name, kind)| {
            let slot = &mut seen[*kind as usize];
            let i = *slot;
            *slot += 1;
            match kind {
                Kind::Flag => format!("    {name}: wire.charCodeAt({i}) === 49,"),
                Kind::Number => format!("    {name}: head[{i}],"),
                Kind::Text => format!("    {name}: texts[{i}],"),
            }
        })
        .collect();
    let text = format!(
        r#"// Generated by `cargo xtask npm` from the layout in wasm/src/wire.rs. Do not edit.

/**
 * An interpretation from the module's compact form: flags, `,`numbers, `,`text
 * lengths, `;`texts. The head is read by character codes: a substring and a
 * number conversion for each of its fields cost a quarter of a call.
 */
export function fromWire(wire) {{
  // The numbers, then the texts' lengths; null where empty.
  const head = new Array({heads});
  let at = {flags};
  for (let i = 0; i < {heads}; i++) {{
    const start = ++at;
    let c = wire.charCodeAt(at);
    if (c === 45) c = wire.charCodeAt(++at);
    let n = 0;
    while (c >= 48 && c <= 57) {{
      n = n * 10 + c - 48;
      c = wire.charCodeAt(++at);
    }}
    // Past 15 digits a double may not hold each step exactly: JavaScript's own reading.
    head[i] = at === start ? null : at - start > 15 ? +wire.slice(start, at) : wire.charCodeAt(start) === 45 ? -n : n;
  }}
  const texts = new Array({texts});
  at += 1;
  for (let i = 0; i < {texts}; i++) {{
    const length = head[{numbers} + i];
    texts[i] = length === null ? null : wire.slice(at, (at += length));
  }}
  return {{
{}
  }};
}}
"#,
        fields.join(
            "
"
        ),
        heads = numbers + texts,
        flags = count(Kind::Flag),
    );
    write(&dist.join("wire.js"), &text)
}

fn copy(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to).map(|_| ()).with_context(|| format!("{} → {}", from.display(), to.display()))
}

fn write(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).with_context(|| format!("{}", path.display()))
}
