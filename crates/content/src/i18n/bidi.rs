//! Bidirectional text by rule, for the right-to-left languages (Arabic, Persian).
//!
//! Telegram lays out each line (paragraph) by the Unicode Bidirectional Algorithm and takes the
//! line's direction from its first strong character. Our lines often begin with a German word
//! ("📍 Jugendamt …", "☐ Jobcenter: …"), an emoji or a number, so the rules are:
//!
//! 1. Every non-empty line of right-to-left text starts with a right-to-left mark (U+200F):
//!    its paragraph is right to left whatever comes first ([`shape_rtl`]).
//! 2. What is not a translated sentence is isolated, so it neither turns the line around nor is
//!    turned around itself: numbers, amounts and dates as left-to-right units (LRI…PDI);
//!    names, addresses, phone numbers and other text from the sheet by their own first strong
//!    character (FSI…PDI). This happens where a value is written into a message
//!    (`format::fluent_formatter`; dates in `Locales::value`), so Fluent's own isolation is
//!    off: it would also wrap translated sentences passed as arguments (a checklist item) and
//!    plural selections, making them left-to-right islands. A translated sentence passed as
//!    an argument is led by a right-to-left mark instead and takes the line's direction.
//! 3. Digit groups with spaces written in the texts themselves (the urgent numbers "116 016",
//!    "0800 111 0 550") are isolated as left-to-right units too ([`shape_rtl`]); otherwise the
//!    algorithm reverses their groups and a parent would dial a wrong number.
//!
//! Marks go around machine-read text, never inside: callback data and commands never pass
//! through here, and digits inside a word (a URL, `/sos`) are left alone.

/// Right-to-left mark: a strong right-to-left character of zero width.
pub const RLM: char = '\u{200F}';
/// Left-to-right isolate.
pub const LRI: char = '\u{2066}';
/// First-strong isolate: the direction of the isolated text's first strong character.
pub const FSI: char = '\u{2068}';
/// Pop directional isolate: ends LRI, RLI and FSI.
pub const PDI: char = '\u{2069}';

/// Is `c` one of the invisible bidi controls (marks, embeddings, isolates)?
pub fn is_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` as a left-to-right unit (LRI…PDI). Each line on its own: a line break ends every
/// isolate anyway.
pub fn isolate_ltr(text: &str) -> String {
    wrap_lines(text, LRI)
}

/// `text` in the direction of its own first strong character (FSI…PDI), line by line.
pub fn isolate_first_strong(text: &str) -> String {
    wrap_lines(text, FSI)
}

fn wrap_lines(text: &str, open: char) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if line.is_empty() {
            continue;
        }
        out.push(open);
        out.push_str(line);
        out.push(PDI);
    }
    out
}

/// A message rendered in a right-to-left language, ready for the screen: digit groups with
/// spaces isolated, and every non-empty line starting with a right-to-left mark. Applying it
/// twice changes nothing.
pub fn shape_rtl(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line = isolate_digit_groups(line);
        if !line.trim().is_empty() && !line.starts_with(RLM) {
            out.push(RLM);
        }
        out.push_str(&line);
    }
    out
}

/// Wraps in LRI…PDI every digit group that the algorithm would reorder in right-to-left text:
/// digits separated by spaces ("116 016", "2 000 €"), and numbers with a leading "+".
fn isolate_digit_groups(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let Some(end) = digit_group_at(&chars, i) else {
            out.push(chars[i]);
            i += 1;
            continue;
        };
        let isolated = i > 0 && matches!(chars[i - 1], LRI | FSI) && chars.get(end) == Some(&PDI);
        if !isolated {
            out.push(LRI);
        }
        out.extend(&chars[i..end]);
        if !isolated {
            out.push(PDI);
        }
        i = end;
    }
    out
}

/// Where a digit group starting at `i` that needs isolating ends (exclusive).
fn digit_group_at(chars: &[char], i: usize) -> Option<usize> {
    let digit = |j: usize| chars.get(j).is_some_and(char::is_ascii_digit);
    let plus = chars[i] == '+' && digit(i + 1);
    if !(digit(i) || plus) {
        return None;
    }
    // Only at the start of a word: digits inside a URL, a command or a word stay untouched.
    if i > 0 && !opens_word(chars[i - 1]) {
        return None;
    }
    let mut j = i + 1;
    let mut spaced = false;
    loop {
        while digit(j) {
            j += 1;
        }
        match chars.get(j) {
            Some(&c) if is_separator(c) && digit(j + 1) => {
                spaced |= c.is_whitespace();
                j += 1;
            }
            _ => break,
        }
    }
    // An amount's euro sign belongs to it ("15 €").
    match (chars.get(j), chars.get(j + 1)) {
        (Some('€'), _) => j += 1,
        (Some(s), Some('€')) if s.is_whitespace() => {
            spaced = true;
            j += 2;
        }
        _ => {}
    }
    (spaced || plus).then_some(j)
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '-' | '/' | '.' | ',' | ':')
}

fn opens_word(c: char) -> bool {
    c.is_whitespace() || is_control(c) || "([{«»\"'“„‹›".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_starts_right_to_left_once() {
        let text = "مرحبا\n☐ Jobcenter: طلب\n\n1. Anerkennungs-Finder";
        let shaped = shape_rtl(text);
        assert_eq!(
            shaped,
            "\u{200F}مرحبا\n\u{200F}☐ Jobcenter: طلب\n\n\u{200F}1. Anerkennungs-Finder"
        );
        assert_eq!(shape_rtl(&shaped), shaped);
    }

    #[test]
    fn spaced_digit_groups_are_left_to_right_units() {
        assert_eq!(
            shape_rtl("تلفن 116 016 یا 0800 111 0 550."),
            "\u{200F}تلفن \u{2066}116 016\u{2069} یا \u{2066}0800 111 0 550\u{2069}."
        );
        assert_eq!(shape_rtl("سهم: 15 €"), "\u{200F}سهم: \u{2066}15 €\u{2069}");
        assert_eq!(shape_rtl("+49 202 1"), "\u{200F}\u{2066}+49 202 1\u{2069}");
        // Single numbers, dates and times need nothing; digits inside words are untouched.
        assert_eq!(shape_rtl("18 سال 01.01.2026"), "\u{200F}18 سال 01.01.2026");
        assert_eq!(
            shape_rtl("https://a.de/x 12 /sos"),
            "\u{200F}https://a.de/x 12 /sos"
        );
        // Already isolated: not wrapped again.
        assert_eq!(
            shape_rtl("\u{2066}2 000\u{2069}"),
            "\u{200F}\u{2066}2 000\u{2069}"
        );
    }

    #[test]
    fn isolates_end_at_line_breaks() {
        assert_eq!(
            isolate_ltr("a\n\nb"),
            "\u{2066}a\u{2069}\n\n\u{2066}b\u{2069}"
        );
        assert_eq!(isolate_first_strong("x"), "\u{2068}x\u{2069}");
    }
}
