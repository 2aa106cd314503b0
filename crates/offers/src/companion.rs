//! The files beside an offers sheet, which coordinators keep with it:
//!
//! - `<sheet>.toml` (the *areas* file): which district each postcode belongs to, which offices
//!   or tags an offers list puts first when the parent comes from a given screen, and the tags
//!   the sheet may use beyond those the dialogs ask for;
//! - `<sheet>.translated-from.toml`: per offer and translation column, a fingerprint of the
//!   German text the translation was made from (as `locales/<lang>/translated-from.toml` does
//!   for the .ftl texts), written by `wegweiser offers reviewed`.
//!
//! Both are optional; the areas file is stored with the offers on import, so the bot needs no
//! file at run time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::model::{Offer, Office, TextField};
use super::table::LANGUAGES;
use wegweiser_content::i18n::staleness::fingerprint;
use wegweiser_core::diag::SourceFile;
use wegweiser_core::dialog::Tree;

/// What the areas file says, as the bot uses it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Areas {
    /// Postcode -> district.
    pub postcodes: BTreeMap<String, String>,
    /// Screen (dialog node id) -> office keys or tags listed first on offers lists reached
    /// from it.
    pub first: BTreeMap<String, Vec<String>>,
}

impl Areas {
    pub fn district(&self, postcode: &str) -> Option<&str> {
        self.postcodes.get(postcode.trim()).map(String::as_str)
    }
}

/// The areas file as read, with the extra tags the sheet may use.
#[derive(Debug, Clone, Default)]
pub struct AreasFile {
    pub areas: Areas,
    pub tags: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAreas {
    #[serde(default)]
    tags: Vec<String>,
    /// District -> its postcodes (easier to keep than one line per postcode).
    #[serde(default)]
    districts: BTreeMap<String, Vec<toml::Spanned<String>>>,
    #[serde(default)]
    first: BTreeMap<String, Vec<toml::Spanned<String>>>,
}

/// `offers.csv` -> `offers.toml`.
pub fn areas_path(sheet: &Path) -> PathBuf {
    sheet.with_extension("toml")
}

/// `offers.csv` -> `offers.translated-from.toml`.
pub fn record_path(sheet: &Path) -> PathBuf {
    sheet.with_extension("translated-from.toml")
}

/// Reads the areas file; `Ok(None)` if there is none. Problems come as `file:line:col: ...`.
/// With a `tree`, screens in `[first]` must be dialog nodes.
pub fn read_areas(path: &Path, tree: Option<&Tree>) -> Result<Option<AreasFile>, Vec<String>> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Ok(None);
    };
    parse_areas(path, &text, tree).map(Some)
}

pub fn parse_areas(path: &Path, text: &str, tree: Option<&Tree>) -> Result<AreasFile, Vec<String>> {
    let file = SourceFile::new(path.to_path_buf(), text.to_string());
    let at = |offset: usize, m: String| {
        let (line, col) = file.line_col(offset);
        format!("{}:{line}:{col}: {m}", path.display())
    };
    let raw: RawAreas = toml::from_str(text).map_err(|e| {
        vec![at(
            e.span().map_or(0, |s| s.start),
            format!("{} (TOML)", e.message().trim()),
        )]
    })?;
    let mut errors = Vec::new();
    let mut areas = Areas::default();
    for (district, codes) in &raw.districts {
        for code in codes {
            let c = code.get_ref().trim();
            if c.len() != 5 || !c.chars().all(|ch| ch.is_ascii_digit()) {
                errors.push(at(
                    code.span().start,
                    format!("postcode '{c}' is not 5 digits"),
                ));
            } else if let Some(other) = areas.postcodes.insert(c.to_string(), district.clone()) {
                errors.push(at(
                    code.span().start,
                    format!("postcode {c} is listed for both {other} and {district}"),
                ));
            }
        }
    }
    for (screen, labels) in &raw.first {
        if let Some(tree) = tree {
            if tree.node(screen).is_none() {
                let offset = labels.first().map_or(0, |l| l.span().start);
                errors.push(at(
                    offset,
                    format!("[first]: '{screen}' is not a screen (node id) of the dialogs"),
                ));
            }
        }
        let mut keys = Vec::new();
        for l in labels {
            let key = l.get_ref().trim().to_lowercase();
            if key.is_empty() {
                errors.push(at(l.span().start, "an empty office or tag".into()));
            } else {
                keys.push(key);
            }
        }
        areas.first.insert(screen.clone(), keys);
    }
    if errors.is_empty() {
        Ok(AreasFile {
            areas,
            tags: raw.tags,
        })
    } else {
        Err(errors)
    }
}

/// Checks that `[first]` names office keys or tags offers can carry.
pub fn check_first(areas: &Areas, known_tags: &std::collections::BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    for (screen, keys) in &areas.first {
        for k in keys {
            if Office::parse(k).is_none() && !known_tags.contains(k) {
                out.push(format!(
                    "[first] {screen}: '{k}' is neither an office key nor a known tag"
                ));
            }
        }
    }
    out
}

/// Offer id -> translation column (`description_tr`) -> fingerprint of the German source.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TranslatedFrom {
    pub from: BTreeMap<String, BTreeMap<String, String>>,
}

impl TranslatedFrom {
    pub fn load(path: &Path) -> Result<Option<TranslatedFrom>, String> {
        let Ok(text) = std::fs::read_to_string(path) else {
            return Ok(None);
        };
        toml::from_str::<BTreeMap<String, BTreeMap<String, String>>>(&text)
            .map(|from| Some(TranslatedFrom { from }))
            .map_err(|e| {
                let file = SourceFile::new(path.to_path_buf(), text.clone());
                let (line, col) = file.line_col(e.span().map_or(0, |s| s.start));
                format!(
                    "{}:{line}:{col}: {} (TOML); this file is written by `wegweiser offers reviewed`, regenerate it rather than edit it",
                    path.display(),
                    e.message().trim()
                )
            })
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let mut out = String::from(
            "# Which German text each offer translation was made from (fingerprints).\n\
             # Written by `wegweiser offers reviewed SHEET --lang CODE`; do not edit by hand.\n",
        );
        for (id, cols) in &self.from {
            out.push_str(&format!("\n[{id}]\n"));
            for (col, fp) in cols {
                out.push_str(&format!("{col} = \"{fp}\"\n"));
            }
        }
        std::fs::write(path, out)
    }

    /// Translation columns of `offer` made from another German text than today's.
    pub fn outdated(&self, offer: &Offer) -> Vec<String> {
        let Some(cols) = self.from.get(offer.id.as_str()) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (field, lang, _) in translations(offer) {
            let column = field.column(lang);
            if let (Some(fp), Some(german)) = (cols.get(&column), offer.german(field)) {
                if *fp != fingerprint(german) {
                    out.push(column);
                }
            }
        }
        out
    }

    /// Records the current German texts for the translations of `lang` (all if `None`).
    pub fn mark_reviewed(&mut self, offers: &[Offer], lang: Option<&str>) -> usize {
        let mut n = 0;
        for o in offers {
            for (field, l, _) in translations(o) {
                if lang.is_some_and(|want| want != l) {
                    continue;
                }
                if let Some(german) = o.german(field) {
                    self.from
                        .entry(o.id.to_string())
                        .or_default()
                        .insert(field.column(l), fingerprint(german));
                    n += 1;
                }
            }
        }
        n
    }
}

/// The non-German texts an offer has: (field, language, text).
pub fn translations(o: &Offer) -> Vec<(TextField, &'static str, &str)> {
    let mut out = Vec::new();
    for field in TextField::ALL {
        for lang in LANGUAGES
            .iter()
            .filter(|l| **l != wegweiser_content::i18n::SOURCE_LANG)
        {
            if let Some(t) = o.texts(field).get(*lang).filter(|t| !t.is_empty()) {
                out.push((field, *lang, t.as_str()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes_listed_twice_are_errors_with_position() {
        let text = "[districts]\nElberfeld = [\"42103\"]\nBarmen = [\"42103\", \"4227\"]\n";
        let errs = parse_areas(Path::new("a.toml"), text, None).expect_err("invalid");
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(
            errs.iter()
                .any(|e| e.starts_with("a.toml:3:20: postcode '4227'")),
            "{errs:?}"
        );
        assert!(
            errs.iter().any(|e| e.starts_with(
                "a.toml:2:14: postcode 42103 is listed for both Barmen and Elberfeld"
            )),
            "{errs:?}"
        );
    }
}
