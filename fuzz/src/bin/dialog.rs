//! A coordinator's dialog TOML file: loading reports problems, never panics.
fn main() {
    afl::fuzz!(|data: &[u8]| wegweiser::fuzz::dialog_file(data));
}
