//! The code examples of the READMEs and guides, as users copy them: every
//! fenced block of one language, for that platform's compiler to check.

use crate::support::workspace::root;

/// One fenced block: its page and place, and its code.
pub struct Example {
    /// `<page>_<n>`, from the page's path (`docs/bindings.md` → `docs_bindings_0`):
    /// a file name and an identifier in every language checked.
    pub name: String,
    pub code: String,
}

/// Every ```<language> block of `pages`; an error for a page with none, so
/// that a renamed fence is not a check that silently stopped.
pub fn from_pages(pages: &[&str], language: &str) -> Result<Vec<Example>, String> {
    let fence = format!("```{language}\n");
    let mut examples = Vec::new();
    for page in pages {
        let path = root().join(page);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let blocks: Vec<&str> = text.split(fence.as_str()).skip(1).collect();
        if blocks.is_empty() {
            return Err(format!("{page} has no ```{language} example to check"));
        }
        let stem: String = page
            .trim_end_matches(".md")
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' })
            .collect();
        for (i, block) in blocks.into_iter().enumerate() {
            let code = block.split("\n```").next().unwrap_or_default().to_owned();
            examples.push(Example { name: format!("{stem}_{i}"), code });
        }
    }
    Ok(examples)
}

/// Every block of `pages` that is a program ([`Example::is_program`]); an
/// error for a page with none.
pub fn programs_from_pages(pages: &[&str], language: &str) -> Result<Vec<Example>, String> {
    let mut programs = Vec::new();
    for page in pages {
        let found: Vec<Example> = from_pages(&[page], language)?.into_iter().filter(Example::is_program).collect();
        if found.is_empty() {
            return Err(format!("{page} has no ```{language} program (a block beginning with its imports) to check"));
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
}
