//! What a parent sends, before the engine sees it: commands, taps, typed text.

/// One message from the parent.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// `/start`, optionally with a deep-link payload (a topic id).
    Start(Option<String>),
    Command(Command),
    /// A tapped button's key.
    Button(String),
    Text(String),
    /// A shared place (Telegram location message, `/near LAT LON` in the terminal), in
    /// degrees. Only built through [`Input::location`], so never NaN or out of range.
    Location {
        lat: f64,
        lon: f64,
    },
}

// Coordinates are checked finite when an `Input::Location` is made, so equality is total.
impl Eq for Input {}

impl Input {
    /// A location input, `None` for coordinates that cannot be on Earth.
    pub fn location(lat: f64, lon: f64) -> Option<Input> {
        crate::geo::GeoPoint::new(lat, lon).map(|p| Input::Location {
            lat: p.lat(),
            lon: p.lon(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Back,
    Restart,
    Menu,
    Urgent,
    Help,
    Language(Option<String>),
    Forget,
    Unknown(String),
}

/// Longest input we look at; anything longer is cut before parsing so a 10 kB paste costs
/// no more than a short answer.
pub const MAX_INPUT_CHARS: usize = 500;

/// A typed `/command args` split once for every reader (the engine's commands, the admin
/// commands): the name lower-cased without the `@BotName` Telegram appends in groups, and the
/// argument trimmed, `None` when empty. `None` for a line that is not a command.
pub fn split_command(line: &str) -> Option<(String, Option<&str>)> {
    let rest = line.trim().strip_prefix('/')?;
    let mut parts = rest.splitn(2, char::is_whitespace);
    let head = parts.next().unwrap_or("");
    let name = head.split('@').next().unwrap_or("").to_lowercase();
    let arg = parts.next().map(str::trim).filter(|a| !a.is_empty());
    Some((name, arg))
}

/// Reads a typed line: `/command args` or free text. Shared by every adapter so the terminal
/// and Telegram understand the same things.
pub fn parse_line(line: &str) -> Input {
    let line: String = line.chars().take(MAX_INPUT_CHARS).collect();
    let Some((name, arg)) = split_command(&line) else {
        return Input::Text(line.trim().to_string());
    };
    let arg = arg.map(str::to_string);
    match name.as_str() {
        "start" => Input::Start(arg),
        "back" | "zurueck" | "zurück" => Input::Command(Command::Back),
        "restart" | "neustart" => Input::Command(Command::Restart),
        "menu" | "menü" => Input::Command(Command::Menu),
        "help" | "hilfe" => Input::Command(Command::Help),
        "urgent" | "sos" | "notfall" => Input::Command(Command::Urgent),
        "language" | "lang" | "sprache" => Input::Command(Command::Language(arg)),
        "forget" | "vergessen" => Input::Command(Command::Forget),
        "near" | "nähe" | "naehe" => arg
            .as_deref()
            .and_then(parse_lat_lon)
            .and_then(|(lat, lon)| Input::location(lat, lon))
            .unwrap_or(Input::Command(Command::Unknown("/near".into()))),
        _ => Input::Command(Command::Unknown(format!("/{name}"))),
    }
}

/// `51.2562 7.1508` or `51.2562, 7.1508` (as map apps copy them).
fn parse_lat_lon(text: &str) -> Option<(f64, f64)> {
    let mut parts = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|p| !p.is_empty());
    let lat = parts.next()?.parse::<f64>().ok()?;
    let lon = parts.next()?.parse::<f64>().ok()?;
    parts.next().is_none().then_some((lat, lon))
}

/// Arabic-Indic and Persian digits count as digits: parents type what their keyboard has.
/// A digit in Arabic-Indic or Persian script as its ASCII digit; other characters `None`.
pub fn ascii_digit(c: char) -> Option<char> {
    let d = match c {
        '0'..='9' => return Some(c),
        '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
        '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
        _ => return None,
    };
    char::from_digit(d, 10)
}

/// Whole numbers in free text: "2 8", "2, 8", "2 und 8 Jahre", "٢ ٨". `None` if there is no
/// number, or a number that is not whole ("2.5", "2,5").
pub fn parse_number_list(text: &str) -> Option<Vec<f64>> {
    let chars: Vec<char> = text.chars().map(|c| ascii_digit(c).unwrap_or(c)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            // "2,5" or "2.5": a fraction, not two numbers.
            // "2.5": a fraction, not a whole number. (A comma separates: "2,8" is two ages.)
            if chars.get(i) == Some(&'.') && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            let digits: String = chars[start..i].iter().collect();
            if digits.len() > 6 {
                return None;
            }
            out.push(digits.parse::<f64>().ok()?);
            continue;
        }
        if chars[i] == '-'
            && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())
            && (i == 0 || chars[i - 1].is_whitespace())
        {
            // A negative number is never a valid age or count.
            return None;
        }
        i += 1;
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_and_text() {
        assert_eq!(
            parse_line("/start money"),
            Input::Start(Some("money".into()))
        );
        assert_eq!(parse_line("/start@WegweiserBot"), Input::Start(None));
        assert_eq!(
            parse_line("/language uk"),
            Input::Command(Command::Language(Some("uk".into())))
        );
        assert_eq!(parse_line(" /BACK "), Input::Command(Command::Back));
        assert_eq!(
            parse_line("/xyz"),
            Input::Command(Command::Unknown("/xyz".into()))
        );
        assert_eq!(parse_line("  hallo "), Input::Text("hallo".into()));
        assert_eq!(
            parse_line("/near 51.2562 7.1508"),
            Input::Location {
                lat: 51.2562,
                lon: 7.1508
            }
        );
        assert_eq!(
            parse_line("/near 51.2562, 7.1508"),
            Input::Location {
                lat: 51.2562,
                lon: 7.1508
            }
        );
        assert_eq!(
            parse_line("/near 200 7"),
            Input::Command(Command::Unknown("/near".into()))
        );
        assert_eq!(
            parse_line("/near NaN 7"),
            Input::Command(Command::Unknown("/near".into()))
        );
        assert_eq!(
            parse_line("/near"),
            Input::Command(Command::Unknown("/near".into()))
        );
        let long = "x".repeat(10_000);
        assert_eq!(parse_line(&long), Input::Text("x".repeat(MAX_INPUT_CHARS)));
    }

    #[test]
    fn number_lists() {
        assert_eq!(parse_number_list("2 8"), Some(vec![2.0, 8.0]));
        assert_eq!(parse_number_list("2, 8"), Some(vec![2.0, 8.0]));
        assert_eq!(parse_number_list("2,8"), Some(vec![2.0, 8.0]));
        assert_eq!(parse_number_list("2 und 8 Jahre"), Some(vec![2.0, 8.0]));
        assert_eq!(parse_number_list("٢ ٨"), Some(vec![2.0, 8.0]));
        assert_eq!(parse_number_list("۱۲"), Some(vec![12.0]));
        assert_eq!(parse_number_list("2.5"), None);
        assert_eq!(parse_number_list("-3"), None);
        assert_eq!(parse_number_list("zwei"), None);
        assert_eq!(parse_number_list("😀"), None);
        assert_eq!(parse_number_list("99999999999"), None);
    }
}
