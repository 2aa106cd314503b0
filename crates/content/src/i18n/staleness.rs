//! Which German text each translation was made from, so a changed German message flags its
//! translations as outdated until someone reviews them.
//!
//! Each locale folder keeps `translated-from.toml`: message id -> fingerprint of the German
//! source text at the time of translation. `wegweiser translations reviewed --lang tr` records
//! the current German texts after a translator has checked the Turkish ones.

use std::collections::BTreeMap;
use std::path::Path;

use wegweiser_core::diag::{Diagnostics, SourceFile};

pub const RECORD_FILE: &str = "translated-from.toml";

/// A short, stable fingerprint of a message's German source text. Whitespace at line ends and
/// blank lines do not count, so reformatting does not make translations outdated.
pub fn fingerprint(source: &str) -> String {
    let normalized: Vec<&str> = source
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect();
    let mut h = wegweiser_core::fingerprint::Fnv64::new();
    h.write(normalized.join("\n").bytes());
    format!("{:016x}", h.finish())
}

/// The record of one locale: message id -> fingerprint of the German text it was made from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub from: BTreeMap<String, String>,
}

impl Record {
    pub fn load(dir: &Path, diags: &mut Diagnostics) -> Option<Record> {
        let path = dir.join(RECORD_FILE);
        let text = std::fs::read_to_string(&path).ok()?;
        let file = SourceFile::new(path, text);
        match toml::from_str::<BTreeMap<String, String>>(&file.text) {
            Ok(from) => Some(Record { from }),
            Err(e) => {
                let at = e.span().map(|s| s.start).unwrap_or(0);
                diags.error(
                    &file,
                    at,
                    format!(
                        "{} (TOML); this file is written by `wegweiser translations reviewed`, regenerate it rather than edit it",
                        e.message().trim()
                    ),
                );
                None
            }
        }
    }

    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        let mut out = String::from(
            "# Which German text each translation was made from (fingerprints).\n\
             # Written by `wegweiser translations reviewed --lang CODE`; do not edit by hand.\n",
        );
        for (id, fp) in &self.from {
            out.push_str(&format!("{id} = \"{fp}\"\n"));
        }
        std::fs::write(dir.join(RECORD_FILE), out)
    }
}

/// Records that the translations of `lang` now match the current German texts. Returns how
/// many messages were recorded.
pub fn mark_reviewed(locales_dir: &Path, lang: &str) -> anyhow::Result<usize> {
    let (locales, diags) = super::Locales::load_dir(locales_dir);
    if let Some(e) = diags.errors().next() {
        anyhow::bail!("fix the locale files first: {e}");
    }
    let de = locales
        .catalogs
        .get(super::SOURCE_LANG)
        .ok_or_else(|| anyhow::anyhow!("no German (de) texts in {}", locales_dir.display()))?;
    let target = locales
        .catalogs
        .get(lang)
        .ok_or_else(|| anyhow::anyhow!("no locale '{lang}' in {}", locales_dir.display()))?;
    let mut record = Record::default();
    for id in target.messages.keys() {
        if let Some(source) = de.messages.get(id) {
            record.from.insert(id.clone(), source.fingerprint.clone());
        }
    }
    record.save(&locales_dir.join(lang))?;
    Ok(record.from.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_ignores_trailing_space_but_not_words() {
        assert_eq!(
            fingerprint("a = Hallo\n    Welt"),
            fingerprint("a = Hallo  \n\n    Welt\n")
        );
        assert_ne!(
            fingerprint("a = Hallo Welt"),
            fingerprint("a = Hallo Welt!")
        );
    }

    #[test]
    fn saves_and_loads() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut r = Record::default();
        r.from
            .insert("money-title".into(), fingerprint("money-title = Geld"));
        r.save(dir.path()).expect("save");
        let mut d = Diagnostics::default();
        assert_eq!(Record::load(dir.path(), &mut d), Some(r));
        assert!(d.items.is_empty());
    }
}
