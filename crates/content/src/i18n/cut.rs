//! Cutting a text short at a word, with "…": one rule for buttons (measured in columns), offer
//! cards and diagram boxes (in characters), in every script the bot writes.

/// What a cut text never ends with before its "…": spaces and the punctuation that would
/// dangle (Latin and Arabic commas and semicolons, dashes, an opening bracket).
const DANGLING: &[char] = &[',', ';', ':', '–', '-', '—', '(', '،', '؛'];

/// `text` cut after the last whole word whose prefix `fits`, with "…" appended. A first word
/// too long for `fits` is cut where it must be. Callers check first whether the whole text
/// fits; this always cuts.
pub fn at_word(text: &str, fits: impl Fn(&str) -> bool) -> String {
    let end = text
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .take_while(|&e| fits(&text[..e]))
        .last()
        .unwrap_or(0);
    let head = &text[..end];
    // Cut at the last space inside, unless the next character starts a word anyway.
    let cut = if text[end..].starts_with(char::is_whitespace) {
        head
    } else {
        match head.rfind(char::is_whitespace) {
            Some(i) if i > 0 => &head[..i],
            _ => head,
        }
    };
    let cut = cut.trim_end_matches(|c: char| c.is_whitespace() || DANGLING.contains(&c));
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::at_word;

    fn chars(max: usize) -> impl Fn(&str) -> bool {
        move |p: &str| p.chars().count() <= max
    }

    #[test]
    fn cuts_at_the_last_whole_word_without_dangling_punctuation() {
        assert_eq!(at_word("eins zwei drei vier", chars(12)), "eins zwei…");
        assert_eq!(at_word("eins zwei, drei", chars(11)), "eins zwei…");
        // The next character is a space: the whole head is a whole word.
        assert_eq!(at_word("eins zwei drei", chars(9)), "eins zwei…");
        assert_eq!(at_word("Donaudampfschifffahrt", chars(7)), "Donauda…");
        assert_eq!(at_word("كلمة أولى، ثانية", chars(10)), "كلمة أولى…");
    }
}
