//! One test per class of coordinator mistake: a broken copy of the shipped files goes through
//! `check`, and the exact `path:line:col` line is asserted. Positions are computed from the
//! injected text, so the tests stay exact while the content evolves.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use wegweiser::check::check_dirs;

struct Copy {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Copy {
    fn new() -> Copy {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().to_path_buf();
        let src = Path::new(env!("CARGO_MANIFEST_DIR"));
        copy_dir(&src.join("dialogs"), &root.join("dialogs"));
        copy_dir(&src.join("locales"), &root.join("locales"));
        Copy { _dir: dir, root }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// Appends `text` to a file; returns the 1-based line and column where `marker` (a part of
    /// `text`) lands.
    fn append(&self, rel: &str, text: &str, marker: &str) -> (usize, usize) {
        let path = self.path(rel);
        let mut content = fs::read_to_string(&path).expect("read");
        if !content.ends_with('\n') {
            content.push('\n');
        }
        let start = content.len();
        content.push_str(text);
        fs::write(&path, &content).expect("write");
        let at = start + text.find(marker).expect("marker in text");
        line_col(&content, at)
    }

    /// Replaces the first occurrence of `from`; returns where `to` starts.
    fn replace(&self, rel: &str, from: &str, to: &str) -> (usize, usize) {
        let path = self.path(rel);
        let content = fs::read_to_string(&path).expect("read");
        let at = content
            .find(from)
            .unwrap_or_else(|| panic!("'{from}' not in {rel}"));
        let new = format!("{}{}{}", &content[..at], to, &content[at + from.len()..]);
        fs::write(&path, &new).expect("write");
        line_col(&new, at)
    }

    fn check(&self) -> Vec<String> {
        check_dirs(&self.path("dialogs"), &self.path("locales")).lines()
    }

    fn expect_line(&self, rel: &str, (line, col): (usize, usize), rest: &str) {
        let want = format!("{}:{line}:{col}: {rest}", self.path(rel).display());
        let lines = self.check();
        assert!(
            lines.contains(&want),
            "expected line\n  {want}\nnot in output:\n  {}",
            lines.join("\n  ")
        );
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// A node appended to the money topic, reachable from nowhere unless a test says otherwise.
fn node(id: &str, body: &str) -> String {
    format!("\n[[node]]\nid = \"{id}\"\n{body}\n")
}

#[test]
fn shipped_files_have_no_errors() {
    let report = check_dirs(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("dialogs"),
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
    );
    let errors: Vec<String> = report.diagnostics.errors().map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert!(report.tree.is_some());
}

#[test]
fn toml_syntax_error() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/money.toml",
        "\n[[node]]\nid = \"money-x\ntype = \"info\"\n",
        "\ntype",
    );
    // The TOML parser reports the unterminated string where the line ends.
    c.expect_line(
        "dialogs/money.toml",
        at,
        "error: invalid basic string: a text in quotes is not closed on this line (TOML)",
    );
    // ... and nothing else: references into the broken file are not reported as unknown.
    let errors: Vec<String> = c
        .check()
        .into_iter()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(!c.check().iter().any(|l| l.contains("never shown")));
}

#[test]
fn unknown_node_with_suggestion() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/money.toml",
        &node(
            "money-x",
            "type = \"info\"\ntext = \"nav-next\"\nnext = \"urgnt\"",
        ),
        "urgnt\"",
    );
    c.expect_line(
        "dialogs/money.toml",
        at,
        "error: unknown node 'urgnt'; did you mean 'urgent'?",
    );
}

#[test]
fn unknown_fact_in_condition() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/money.toml",
        &node(
            "money-x",
            "type = \"question\"\ntext = \"nav-next\"\noptions = [{ label = \"nav-next\", goto = \"main\", when = \"kids_count > 1\" }]",
        ),
        "kids_count",
    );
    c.expect_line(
        "dialogs/money.toml",
        at,
        "error: unknown fact or figure 'kids_count'",
    );
}

#[test]
fn type_mismatch_in_condition() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/money.toml",
        &node(
            "money-x",
            "type = \"branch\"\nrules = [{ when = \"buergergeld == 3\", goto = \"main\" }, { goto = \"main\" }]",
        ),
        "3\"",
    );
    c.expect_line(
        "dialogs/money.toml",
        at,
        "error: cannot compare yes/no with number",
    );
}

#[test]
fn unknown_choice_value() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/money.toml",
        &node(
            "money-x",
            "type = \"branch\"\nrules = [{ when = \"earnings == 'lots'\", goto = \"main\" }, { goto = \"main\" }]",
        ),
        "'lots'",
    );
    let lines = c.check();
    let want = format!(
        "{}:{}:{}: error: 'lots' is not a value of 'earnings'",
        c.path("dialogs/money.toml").display(),
        at.0,
        at.1
    );
    assert!(
        lines.iter().any(|l| l.starts_with(&want)),
        "{want}\n{lines:#?}"
    );
}

#[test]
fn set_with_wrong_type() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/money.toml",
        &node(
            "money-x",
            "type = \"question\"\ntext = \"nav-next\"\noptions = [{ label = \"nav-next\", goto = \"main\", set = { buergergeld = \"yes\" } }]",
        ),
        "\"yes\"",
    );
    c.expect_line(
        "dialogs/money.toml",
        at,
        "error: type mismatch: 'buergergeld' is yes/no, but this is string",
    );
}

#[test]
fn unreachable_node_is_a_warning() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/money.toml",
        &node(
            "money-orphan",
            "type = \"info\"\ntext = \"nav-next\"\nnext = \"main\"",
        ),
        "money-orphan",
    );
    c.expect_line(
        "dialogs/money.toml",
        at,
        "warning: unreachable node 'money-orphan': no goto leads here",
    );
}

#[test]
fn dead_end() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/money.toml",
        &node("money-x", "type = \"info\"\ntext = \"nav-next\""),
        "money-x",
    );
    c.expect_line(
        "dialogs/money.toml",
        at,
        "error: dead end: node 'money-x' has no `next` or `options`; add one, or `end = true` if the path really ends here",
    );
}

#[test]
fn duplicate_node_id_across_files() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/mobility.toml",
        &node("urgent", "type = \"info\"\ntext = \"nav-next\"\nend = true"),
        "urgent\"\n",
    );
    let lines = c.check();
    let want = format!(
        "{}:{}:{}: error: duplicate id: node 'urgent' is already defined in {}",
        c.path("dialogs/mobility.toml").display(),
        at.0,
        at.1,
        c.path("dialogs/main.toml").display()
    );
    assert!(
        lines.iter().any(|l| l.starts_with(&want)),
        "{want}\n{lines:#?}"
    );
}

#[test]
fn message_missing_in_german() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/money.toml",
        &node(
            "money-x",
            "type = \"info\"\ntext = \"money-no-such-text\"\nnext = \"main\"",
        ),
        "money-no-such-text",
    );
    let lines = c.check();
    let want = format!(
        "{}:{}:{}: error: message 'money-no-such-text' is missing in {}/de",
        c.path("dialogs/money.toml").display(),
        at.0,
        at.1,
        c.path("locales").display()
    );
    assert!(
        lines.iter().any(|l| l.starts_with(&want)),
        "{want}\n{lines:#?}"
    );
}

#[test]
fn fluent_syntax_error_with_line_and_column() {
    let c = Copy::new();
    // A placeable that is never closed: Fluent reports a byte offset, check turns it into
    // line:col (after the two-byte 'ü', so columns must count characters).
    let at = c.append("locales/de/system.ftl", "kaputt = Grüße { $name\n", "\n");
    // Fluent gives up at the start of the next line; the message is named with its line.
    c.expect_line(
        "locales/de/system.ftl",
        (at.0 + 1, 1),
        &format!(
            "error: Expected a token starting with \"}}\" (Fluent syntax, in message 'kaputt' at line {})",
            at.0
        ),
    );
}

#[test]
fn variable_the_dialog_never_supplies() {
    let c = Copy::new();
    let at = c.replace(
        "locales/de/system.ftl",
        "nav-next = ",
        "nav-next = { $wohin } ",
    );
    c.expect_line(
        "locales/de/system.ftl",
        (at.0, 1),
        "error: message 'nav-next' uses { $wohin }, which the dialog never supplies: add it to the node's `args`, or use a figure or fact name",
    );
}

#[test]
fn figures_file_mistakes() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/figures.toml",
        "\n[neuer_betrag]\nunit = \"euro\"\nvalues = [{ from = 2026-01-01, value = 10 }]\n",
        "euro",
    );
    c.expect_line(
        "dialogs/figures.toml",
        at,
        "error: unknown unit 'euro' (use eur, percent or number)",
    );
}

#[test]
fn the_binary_prints_the_lines_and_exits_1() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/money.toml",
        &node(
            "money-x",
            "type = \"info\"\ntext = \"nav-next\"\nnext = \"nowhere-node\"",
        ),
        "nowhere-node",
    );
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .arg("check")
        .arg("--dialogs")
        .arg(c.path("dialogs"))
        .arg("--locales")
        .arg(c.path("locales"))
        .output()
        .expect("run wegweiser");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let want = format!(
        "{}:{}:{}: error: unknown node 'nowhere-node'",
        c.path("dialogs/money.toml").display(),
        at.0,
        at.1
    );
    assert!(stdout.lines().any(|l| l == want), "{want}\n{stdout}");
    assert!(stdout.contains("coverage: de 100%"), "{stdout}");
}

#[test]
fn changed_german_text_flags_its_translation_as_outdated() {
    let c = Copy::new();
    wegweiser::i18n::staleness::mark_reviewed(&c.path("locales"), "en").expect("record en");
    assert!(!c
        .check()
        .iter()
        .any(|l| l.contains("/en/") && l.contains("outdated")));
    c.replace(
        "locales/de/system.ftl",
        "nav-next = Weiter",
        "nav-next = Jetzt weiter",
    );
    let en = fs::read_to_string(c.path("locales/en/system.ftl")).expect("read");
    let at = en.find("nav-next =").expect("nav-next in en");
    c.expect_line(
        "locales/en/system.ftl",
        line_col(&en, at),
        "warning: message 'nav-next' is outdated: the German text changed since it was translated; review the translation, then run `wegweiser translations reviewed --lang en`",
    );
    // Reviewing English clears the English warning only; the other languages stay flagged.
    wegweiser::i18n::staleness::mark_reviewed(&c.path("locales"), "en").expect("record en");
    let lines = c.check();
    let outdated_in = |lang: &str| {
        lines
            .iter()
            .any(|l| l.contains(&format!("/{lang}/")) && l.contains("'nav-next' is outdated"))
    };
    assert!(!outdated_in("en"));
    assert!(outdated_in("tr") && outdated_in("ar"), "{lines:#?}");
}

#[test]
fn shipped_locales_are_complete_and_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = check_dirs(&root.join("dialogs"), &root.join("locales"));
    let warnings: Vec<String> = report
        .diagnostics
        .items
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert!(warnings.is_empty(), "{}", warnings.join("\n"));
    let langs: Vec<&str> = report.coverage.iter().map(|c| c.lang.as_str()).collect();
    assert_eq!(
        langs,
        ["de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "ro"]
    );
    for c in &report.coverage {
        assert_eq!((c.percent(), c.outdated), (100, 0), "{c:?}");
    }
}

/// One mistake, one line: a broken figures file or a misspelt node type must not bury the real
/// error under follow-ups about everything that depends on it.
#[test]
fn one_mistake_gives_one_error() {
    let c = Copy::new();
    let at = c.replace("dialogs/figures.toml", "unit = \"eur\"", "unit = \"eur");
    let errors: Vec<String> = c
        .check()
        .into_iter()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!(
            "{}:{}:",
            c.path("dialogs/figures.toml").display(),
            at.0
        )),
        "{errors:#?}"
    );

    let c = Copy::new();
    let at = c.replace(
        "dialogs/money.toml",
        "type = \"question\"",
        "type = \"frage\"",
    );
    let lines = c.check();
    let errors: Vec<&String> = lines.iter().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let want = format!(
        "{}:{}:{}: error: unknown node type 'frage' (use question, input, info, branch, check, summary or offers)",
        c.path("dialogs/money.toml").display(),
        at.0,
        at.1 + 8
    );
    assert_eq!(errors[0], &want);
    assert!(
        !lines.iter().any(|l| l.contains("unreachable")),
        "{lines:#?}"
    );
}
