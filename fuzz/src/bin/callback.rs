//! Callback data as Telegram hands it back: a key of the current screen or stale.
fn main() {
    afl::fuzz!(|data: &[u8]| wegweiser::fuzz::callback_data(data));
}
