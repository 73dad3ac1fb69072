//! The code examples of the READMEs and guides, as users copy them: every
//! fenced block of one language, for that platform's compiler to check.

use crate::support::workspace::root;
use anyhow::{anyhow, Context, Result};

/// One fenced block: its page and place, and its code.
pub struct Example {
    /// `<page>_<n>`, from the page's path (`docs/bindings.md` → `docs_bindings_0`):
    /// a file name and an identifier in every language checked.
    pub name: String,
    pub code: String,
}

/// Every ```<language> block of `pages`, as a Markdown reader sees them
/// (pulldown-cmark: fences in lists and quotes too, their indentation
/// removed); an error for a page with none, so that a renamed fence is not a
/// check that silently stopped.
pub fn from_pages(pages: &[&str], language: &str) -> Result<Vec<Example>> {
    let mut examples = Vec::new();
    for page in pages {
        let path = root().join(page);
        let text = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
        let blocks = blocks(&text, language);
        if blocks.is_empty() {
            return Err(anyhow!("{page} has no ```{language} example to check"));
        }
        let stem: String = page
            .trim_end_matches(".md")
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' })
            .collect();
        for (i, code) in blocks.into_iter().enumerate() {
            examples.push(Example { name: format!("{stem}_{i}"), code });
        }
    }
    Ok(examples)
}

/// The code of each fenced block of `markdown` whose info string names
/// `language` first, without its last newline.
fn blocks(markdown: &str, language: &str) -> Vec<String> {
    use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
    let mut found = Vec::new();
    let mut current: Option<String> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if info.split_whitespace().next() == Some(language) =>
            {
                current = Some(String::new());
            }
            Event::Text(text) => {
                if let Some(code) = current.as_mut() {
                    code.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(mut code) = current.take() {
                    if code.ends_with('\n') {
                        code.pop();
                    }
                    found.push(code);
                }
            }
            _ => {}
        }
    }
    found
}

/// Every block of `pages` that is a program ([`Example::is_program`]); an
/// error for a page with none.
pub fn programs_from_pages(pages: &[&str], language: &str) -> Result<Vec<Example>> {
    let mut programs = Vec::new();
    for page in pages {
        let found: Vec<Example> = from_pages(&[page], language)?.into_iter().filter(Example::is_program).collect();
        if found.is_empty() {
            return Err(anyhow!("{page} has no ```{language} program (a block beginning with its imports) to check"));
        }
        programs.extend(found);
    }
    Ok(programs)
}

impl Example {
    /// The example's `import` lines, then the rest: for languages whose
    /// imports cannot go inside the function an example is wrapped in.
    pub fn imports_and_body(&self) -> (String, String) {
        let (mut imports, mut body) = (String::new(), String::new());
        for line in self.code.lines() {
            let target = if line.starts_with("import ") { &mut imports } else { &mut body };
            target.push_str(line);
            target.push('\n');
        }
        (imports, body)
    }

    /// A program rather than a fragment of a manifest (`.package(...)`,
    /// `dependencies { ... }`): it begins with its imports.
    pub fn is_program(&self) -> bool {
        self.code.starts_with("import ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_example_splits_into_its_imports_and_its_body() {
        let example = Example { name: "x_0".into(), code: "import A\nimport B\n\nlet x = 1\nprint(x)".into() };
        let (imports, body) = example.imports_and_body();
        assert_eq!(imports, "import A\nimport B\n");
        assert_eq!(body, "\nlet x = 1\nprint(x)\n");
        assert!(example.is_program());
    }

    #[test]
    fn fenced_blocks_of_one_language_are_found_wherever_markdown_puts_them() {
        let page = "# Page\n\n```kotlin\nval a = 1\n```\n\n- a list:\n\n  ```kotlin title\n  val b = 2\n  ```\n\n\
                    ```swift\nlet c = 3\n```\n\n````kotlin\nval d = \"```\"\n````\n";
        assert_eq!(blocks(page, "kotlin"), ["val a = 1", "val b = 2", "val d = \"```\""]);
        assert_eq!(blocks(page, "swift"), ["let c = 3"]);
        assert!(blocks(page, "python").is_empty());
    }
}
