//! The coordinators' offers CSV: refused with messages or imported; imports export back unchanged.
fn main() {
    afl::fuzz!(|data: &[u8]| wegweiser::fuzz::offers_csv(data));
}
