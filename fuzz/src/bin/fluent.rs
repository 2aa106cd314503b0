//! A translator's .ftl file: loading and rendering every message, never a panic.
fn main() {
    afl::fuzz!(|data: &[u8]| wegweiser::fuzz::fluent_file(data));
}
