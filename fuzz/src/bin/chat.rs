//! A parent's messages (lines; `#key` taps a button) through the shipped dialogs and locales.
fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let Some(content) = wegweiser::fuzz::shipped_content(&root) else {
        eprintln!("the shipped dialogs or locales have errors; run `wegweiser check`");
        std::process::exit(2);
    };
    // Read-only after loading; a panic ends the run anyway.
    let content = std::panic::AssertUnwindSafe(content);
    afl::fuzz!(|data: &[u8]| wegweiser::fuzz::chat_lines(&*content, data));
}
