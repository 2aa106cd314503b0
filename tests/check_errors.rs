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

    /// With the shipped networks too, for the mistakes in a `network.toml`.
    fn with_networks() -> Copy {
        let c = Copy::new();
        let src = Path::new(env!("CARGO_MANIFEST_DIR"));
        copy_dir(&src.join("networks"), &c.root.join("networks"));
        c
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
        check_dirs(
            &self.path("dialogs"),
            &self.path("locales"),
            wegweiser::CODE_MESSAGES,
        )
        .lines()
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
        wegweiser::CODE_MESSAGES,
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
    // Nothing supplies `wohin` anywhere: likelier a missing figure than a missing `args`.
    c.expect_line(
        "locales/de/system.ftl",
        (at.0, at.1 + "nav-next = { ".len()),
        &format!(
            "error: figure 'wohin' is not in {}, but 1 text uses {{ $wohin }}: 'nav-next'; add the figure to {} (or the variable to the `args` of the nodes that show them), or correct the name",
            c.path("dialogs/figures.toml").display(),
            c.path("dialogs/figures.toml").display()
        ),
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
    let report = check_dirs(
        &root.join("dialogs"),
        &root.join("locales"),
        wegweiser::CODE_MESSAGES,
    );
    let warnings: Vec<String> = report
        .diagnostics
        .items
        .iter()
        .map(|d| d.to_string())
        // A network whose offers sheet is still being written loads with this warning
        // (networks/<id>/offers.csv); every other warning fails the test.
        .filter(|d| !d.contains("no offers.csv beside network.toml yet"))
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
        "{}:{}:{}: error: unknown node type 'frage' (use question, input, info, branch, check, summary, offers or outlook)",
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

#[test]
fn negative_figure_amount() {
    let c = Copy::new();
    let at = c.replace(
        "dialogs/figures.toml",
        "{ from = 2026-01-01, value = 259 }",
        "{ from = 2026-01-01, value = -259 }",
    );
    c.expect_line(
        "dialogs/figures.toml",
        (at.0, at.1 + "{ from = 2026-01-01, value = ".len()),
        "error: figure 'kindergeld': -259 is below 0; amounts and limits are never negative (remove the minus sign)",
    );
}

#[test]
fn loop_through_branch_steps() {
    let c = Copy::new();
    let a = node(
        "money-loop-a",
        "type = \"branch\"\nrules = [{ when = \"buergergeld\", goto = \"money-loop-b\" }, { goto = \"main\" }]",
    );
    let b = node(
        "money-loop-b",
        "type = \"branch\"\nrules = [{ goto = \"money-loop-a\" }]",
    );
    let at = c.append("dialogs/money.toml", &format!("{a}{b}"), "money-loop-a\"");
    c.expect_line(
        "dialogs/money.toml",
        at,
        "error: loop: the branch steps 'money-loop-a' → 'money-loop-b' → 'money-loop-a' lead to each other without showing anything, so a parent would be stuck on an empty screen; let a rule of one of them lead to a step with a text",
    );
}

/// German ways of writing dates and numbers get a plain fix instead of TOML's words.
#[test]
fn german_habits_in_figures() {
    let cases = [
        (
            "{ from = 01.01.2026, value = 259 }",
            "01.01.2026",
            "error: write dates as 2026-01-01 (year-month-day), not 01.01.2026",
        ),
        (
            "{ from = 2026-01-01, value = 259,50 }",
            "259,50",
            "error: use a decimal point: 259.50 (not 259,50)",
        ),
        (
            "{ from = 2026-01-01, value = \"259\" }",
            "\"259\"",
            "error: write the number without quotes: value = 259",
        ),
        (
            "{ from = \"2026-01-01\", value = 259 }",
            "\"2026",
            "error: write the date without quotes: from = 2026-01-01",
        ),
    ];
    for (written, marker, want) in cases {
        let c = Copy::new();
        let (line, col) = c.replace(
            "dialogs/figures.toml",
            "{ from = 2026-01-01, value = 259 }",
            written,
        );
        let col = col + written.find(marker).expect("marker");
        c.expect_line("dialogs/figures.toml", (line, col), want);
        let errors: Vec<String> = c
            .check()
            .into_iter()
            .filter(|l| l.contains(": error: "))
            .collect();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(!errors[0].contains("TOML"), "{errors:#?}");
    }
}

#[test]
fn fact_never_set_is_a_warning() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/facts.toml",
        "\n[never_asked]\ntype = \"bool\"\n",
        "[never_asked]",
    );
    c.expect_line(
        "dialogs/facts.toml",
        at,
        "warning: fact 'never_asked' is never set: no option's `set` and no input node's `fact` gives it a value, so conditions on it are never true",
    );
}

#[test]
fn question_whose_options_all_have_conditions() {
    let c = Copy::new();
    let at = c.append(
        "dialogs/money.toml",
        &node(
            "money-x",
            "type = \"question\"\ntext = \"nav-next\"\noptions = [\n  { label = \"nav-next\", goto = \"main\", when = \"buergergeld\" },\n  { label = \"nav-back\", goto = \"main\", when = \"wants_training\" },\n]",
        ),
        "money-x",
    );
    c.expect_line(
        "dialogs/money.toml",
        at,
        "warning: node 'money-x' may show no answer buttons: every option has a `when`; give at least one option no `when`",
    );
}

#[test]
fn did_you_mean_for_messages_and_facts() {
    let c = Copy::new();
    let text = node(
        "money-x",
        "type = \"info\"\ntext = \"nav-nxt\"\nnext = \"main\"",
    );
    let rule = node(
        "money-y",
        "type = \"branch\"\nrules = [{ when = \"buergergld\", goto = \"main\" }, { goto = \"main\" }]",
    );
    let set = node(
        "money-z",
        "type = \"question\"\ntext = \"nav-next\"\noptions = [{ label = \"nav-next\", goto = \"main\", set = { wants_trainig = true } }]",
    );
    // Messages are checked against the texts once the dialogs load: a copy of its own.
    let msg_at = c.append("dialogs/money.toml", &text, "nav-nxt");
    c.expect_line(
        "dialogs/money.toml",
        msg_at,
        &format!(
            "error: message 'nav-nxt' is missing in {}/de: add `nav-nxt = ...` with the German text; did you mean 'nav-next'?",
            c.path("locales").display()
        ),
    );
    let c = Copy::new();
    let fact_at = c.append("dialogs/money.toml", &rule, "buergergld");
    let set_at = c.append("dialogs/money.toml", &set, "true }");
    let lines = c.check();
    let money = c.path("dialogs/money.toml").display().to_string();
    for want in [
        format!(
            "{money}:{}:{}: error: unknown fact or figure 'buergergld'; did you mean 'buergergeld'?",
            fact_at.0, fact_at.1
        ),
        format!(
            "{money}:{}:{}: error: unknown fact 'wants_trainig' (declare it in facts.toml); did you mean 'wants_training'?",
            set_at.0, set_at.1
        ),
    ] {
        assert!(lines.contains(&want), "{want}\n{lines:#?}");
    }
}

/// A figure deleted from figures.toml that only texts use: one error naming figures.toml and
/// the texts, not one "add it to `args`" per text and language.
#[test]
fn figure_missing_from_figures_toml() {
    let c = Copy::new();
    let path = c.path("dialogs/figures.toml");
    let text = fs::read_to_string(&path).expect("read");
    let start = text.find("[kiz_max]").expect("kiz_max");
    let end = text.find("[kiz_sofortzuschlag]").expect("next figure");
    fs::write(&path, format!("{}{}", &text[..start], &text[end..])).expect("write");
    let errors: Vec<String> = c
        .check()
        .into_iter()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let de = fs::read_to_string(c.path("locales/de/money.ftl")).expect("read");
    let first = de.find("$kiz_max").expect("first use");
    let (line, col) = line_col(&de, first);
    assert_eq!(
        errors[0],
        format!(
            "{}:{line}:{col}: error: figure 'kiz_max' is not in {}, but 3 texts use {{ $kiz_max }}: 'money-kiz', 'money-kiz-reason-high', 'money-kiz-reason-yes'; add the figure to {} (or the variable to the `args` of the nodes that show them), or correct the name",
            c.path("locales/de/money.ftl").display(),
            path.display(),
            path.display()
        )
    );
}

#[test]
fn variable_missing_from_args_points_at_the_variable() {
    let c = Copy::new();
    // `total` is supplied to the benefit reasons, not to the "Continue" button.
    let at = c.replace(
        "locales/de/system.ftl",
        "nav-next = Weiter",
        "nav-next = Weiter { $total }",
    );
    c.expect_line(
        "locales/de/system.ftl",
        (at.0, at.1 + "nav-next = Weiter { ".len()),
        "error: message 'nav-next' uses { $total }, which the dialog never supplies: add it to the node's `args`, or use a figure or fact name",
    );
}

#[test]
fn errors_come_before_warnings() {
    let c = Copy::new();
    c.append(
        "dialogs/money.toml",
        &node(
            "money-orphan",
            "type = \"info\"\ntext = \"nav-next\"\nnext = \"main\"",
        ),
        "money-orphan",
    );
    c.append("locales/de/system.ftl", "kaputt = { $name\n", "kaputt");
    let lines = c.check();
    assert!(lines[0].contains(": error: "), "{lines:#?}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("unreachable node 'money-orphan'")),
        "{lines:#?}"
    );
}

#[test]
fn untranslated_message_points_at_the_counterpart_file() {
    let c = Copy::new();
    c.replace("locales/tr/system.ftl", "nav-back = ⬅️ Geri\n", "");
    let de = fs::read_to_string(c.path("locales/de/system.ftl")).expect("read");
    let line = line_col(&de, de.find("nav-back =").expect("nav-back")).0;
    c.expect_line(
        "locales/tr/system.ftl",
        (1, 1),
        &format!(
            "warning: message 'nav-back' is not translated yet (shown in German; the German text is at {}:{line})",
            c.path("locales/de/system.ftl").display()
        ),
    );
}

/// With a dialog error the tree is unknown; coverage still counts every German text.
#[test]
fn coverage_total_with_a_dialog_error() {
    let total = |c: &Copy| {
        let report = check_dirs(
            &c.path("dialogs"),
            &c.path("locales"),
            wegweiser::CODE_MESSAGES,
        );
        report.coverage[0].total
    };
    let intact = Copy::new();
    let broken = Copy::new();
    broken.append("dialogs/money.toml", "\n[[node]]\nid = \"money-x\n", "id");
    assert!(check_dirs(
        &broken.path("dialogs"),
        &broken.path("locales"),
        wegweiser::CODE_MESSAGES
    )
    .has_errors());
    assert_eq!(total(&broken), total(&intact));
}

#[test]
fn text_longer_than_telegram_allows() {
    let c = Copy::new();
    let long = "x".repeat(4095);
    let at = c.replace(
        "locales/de/system.ftl",
        "nav-next = Weiter ➡️",
        &format!("nav-next = {long} {{ $kindergeld }}"),
    );
    // Rendered with the figure: 4095 + " " + "259 €".
    c.expect_line(
        "locales/de/system.ftl",
        at,
        "error: message 'nav-next' is 4101 characters long with today's figures; Telegram sends at most 4096 in one message: shorten it or split it over two steps",
    );
}

/// The checklist follows the verdicts by rule: an "unlikely" gives no to-do, a "maybe" not the
/// "likely" one's; a fact a branch fills must get a value of its type.
#[test]
fn checklist_rules_are_checked_when_the_files_load() {
    let c = Copy::new();
    c.replace(
        "dialogs/money.toml",
        r#"verdict = "unlikely", reason = "money-uvg-reason-pays" }"#,
        r#"verdict = "unlikely", reason = "money-uvg-reason-pays", todo = "money-todo-uvg" }"#,
    );
    let lines = c.check();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("error: an 'unlikely' verdict gives no to-do")),
        "{lines:#?}"
    );

    let c = Copy::new();
    c.replace(
        "dialogs/money.toml",
        r#"reason = "money-uvg-reason-bg-teen", todo = "money-todo-uvg-from-600""#,
        r#"reason = "money-uvg-reason-bg-teen", todo = "money-todo-uvg""#,
    );
    let lines = c.check();
    assert!(
        lines.iter().any(|l| l.contains(
            "error: 'money-todo-uvg' is also the to-do of a 'likely' rule: a 'maybe' gives a to-do phrased as a condition"
        )),
        "{lines:#?}"
    );

    let c = Copy::new();
    c.replace(
        "dialogs/childcare.toml",
        r#"derive = { child_age = "min(child_ages)" } },
  { when = "known(child_ages) and count_below(child_ages, school_age) == 1", goto"#,
        r#"derive = { child_age = "known(child_ages)" } },
  { when = "known(child_ages) and count_below(child_ages, school_age) == 1", goto"#,
    );
    let lines = c.check();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("error: type mismatch: 'child_age' is number, but this is yes/no")),
        "{lines:#?}"
    );
}

/// A postcode claimed by two networks: one error, in the second file read, naming the first
/// claim with its position and what to do.
#[test]
fn a_postcode_claimed_by_two_networks() {
    let c = Copy::with_networks();
    let (line, col) = c.replace(
        "networks/hagen/network.toml",
        r#"postcodes = ["58089", "58135"]"#,
        r#"postcodes = ["58089", "58135", "42103"]"#,
    );
    let hagen_at = (line, col + r#"postcodes = ["58089", "58135", "#.len());
    let wuppertal = fs::read_to_string(c.path("networks/wuppertal/network.toml")).expect("read");
    let (wl, wc) = line_col(&wuppertal, wuppertal.find(r#""42103""#).expect("42103"));
    c.expect_line(
        "networks/wuppertal/network.toml",
        (wl, wc),
        &format!(
            "error: [wuppertal] postcode 42103 is claimed by two networks: also by [hagen] at {}:{}:{}; a postcode belongs to one network (list a neighbouring place under [[neighbour]] instead)",
            c.path("networks/hagen/network.toml").display(),
            hagen_at.0,
            hagen_at.1
        ),
    );
    assert_eq!(
        c.check().iter().filter(|l| l.contains(": error: ")).count(),
        1
    );
}

/// A misspelt Land: one error at the value, naming the network and the codes; a Land's name
/// gets its code suggested.
#[test]
fn a_misspelt_land() {
    let c = Copy::with_networks();
    let at = c.replace(
        "networks/hagen/network.toml",
        r#"land = "NW""#,
        r#"land = "NRW""#,
    );
    let lines = c.check();
    let want = format!(
        "{}:{}:{}: error: [hagen] unknown Land 'NRW': write its two-letter code",
        c.path("networks/hagen/network.toml").display(),
        at.0,
        at.1 + "land = ".len()
    );
    assert!(
        lines.iter().any(|l| l.starts_with(&want)),
        "{want}\n{lines:#?}"
    );
    assert_eq!(
        lines.iter().filter(|l| l.contains(": error: ")).count(),
        1,
        "{lines:#?}"
    );

    let c = Copy::with_networks();
    c.replace(
        "networks/lichtenberg/network.toml",
        r#"land = "BE""#,
        r#"land = "Berlin""#,
    );
    let lines = c.check();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("[lichtenberg] unknown Land 'Berlin'")
                && l.contains("did you mean 'BE'?")),
        "{lines:#?}"
    );
}
