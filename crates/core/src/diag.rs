//! Coordinator-facing problems: one line `path:line:col: error|warning: message`.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in a coordinator's file, already resolved to line and column so the
/// message can be acted on without a programmer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path.display(),
            self.line,
            self.col,
            sev,
            self.message
        )
    }
}

/// A file's text with the means to turn byte offsets (what TOML and Fluent report) into
/// 1-based line and column (what editors show). Columns count characters, not bytes.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self {
            path: path.into(),
            text,
            line_starts,
        }
    }

    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let mut end = offset;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let col = self.text[start..end].chars().count() + 1;
        (line + 1, col)
    }

    pub fn diag(
        &self,
        offset: usize,
        severity: Severity,
        message: impl Into<String>,
    ) -> Diagnostic {
        let (line, col) = self.line_col(offset);
        Diagnostic {
            path: self.path.clone(),
            line,
            col,
            severity,
            message: message.into(),
        }
    }
}

/// Collects problems while loading, so one run reports all of them instead of the first.
#[derive(Debug, Default)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn error(&mut self, file: &SourceFile, offset: usize, message: impl Into<String>) {
        self.items.push(file.diag(offset, Severity::Error, message));
    }

    pub fn warning(&mut self, file: &SourceFile, offset: usize, message: impl Into<String>) {
        self.items
            .push(file.diag(offset, Severity::Warning, message));
    }

    /// A problem about a whole file or folder, reported at its first line.
    pub fn file_error(&mut self, path: &Path, message: impl Into<String>) {
        self.items.push(Diagnostic {
            path: path.to_path_buf(),
            line: 1,
            col: 1,
            severity: Severity::Error,
            message: message.into(),
        });
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter().filter(|d| d.severity == Severity::Error)
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Errors first (they stop a reload; warnings must not push them off screen), then by
    /// file and position, so output diffs well between runs.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (a.severity, &a.path, a.line, a.col).cmp(&(b.severity, &b.path, b.line, b.col))
        });
        self.items.dedup();
    }
}

/// The known name nearest to a typo, if it is close enough to be a helpful suggestion. The one
/// helper behind every "did you mean" (nodes, messages, facts), so they all judge alike.
pub fn closest<'a, S: AsRef<str> + Ord + ?Sized + 'a>(
    target: &str,
    candidates: impl Iterator<Item = &'a S>,
) -> Option<&'a S> {
    candidates
        .map(|c| (edit_distance(target, c.as_ref()), c))
        .filter(|(d, c)| *d <= 2.max(c.as_ref().len() / 5))
        .min()
        .map(|(_, c)| c)
}

/// `"; did you mean 'x'?"` for the nearest candidate, or nothing.
pub fn did_you_mean<'a, S: AsRef<str> + Ord + ?Sized + 'a>(
    target: &str,
    candidates: impl Iterator<Item = &'a S>,
) -> String {
    closest(target, candidates)
        .map(|c| format!("; did you mean '{}'?", c.as_ref()))
        .unwrap_or_default()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let f = SourceFile::new("x.ftl", "ab\nüc d\n".to_string());
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        // 'c' is after the two-byte 'ü'
        assert_eq!(f.line_col(5), (2, 2));
        assert_eq!(f.line_col(100), (3, 1));
    }
}
