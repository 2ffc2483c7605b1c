//! `lotse chat`: the bot's conversation in a terminal, for editors and for testing without Telegram.
//!
//! It runs the same [`crate::dialogue`] as the bot: a line in, the replies out. Buttons are numbered;
//! typing a number presses one. `/location LAT LON` shares a location, `/sticker` sends something that is
//! not text, `/quit` (or the end of input) ends. Works with piped input: then each input line is echoed,
//! so that a transcript reads like a conversation.

use std::io::{self, BufRead, Write};

use url::Url;

use crate::dialogue::{Action, Command, Context, Incoming, to_plain};
use crate::i18n::t;
use crate::lang::Lang;
use crate::present;
use crate::search::Engine;

/// What one line of input means.
#[derive(Debug, PartialEq)]
enum Line {
    /// Something for the dialogue.
    Say(Incoming),
    /// A number that names a link button: print the link.
    Open(String),
    /// `/location` with unreadable coordinates.
    BadLocation,
    /// End the conversation.
    Quit,
}

/// Reads a line, given the actions of the buttons shown last (button `n` is `choices[n - 1]`).
fn read_line(line: &str, choices: &[Action]) -> Line {
    let line = line.trim();
    if matches!(line, "/quit" | "/exit") {
        return Line::Quit;
    }
    if line == "/sticker" {
        return Line::Say(Incoming::NonText);
    }
    if let Some(rest) = line.strip_prefix("/location") {
        let numbers: Vec<f64> = rest
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse().ok())
            .collect();
        return match numbers.as_slice() {
            [lat, lon] if (-90.0..=90.0).contains(lat) && (-180.0..=180.0).contains(lon) => {
                Line::Say(Incoming::Location {
                    lat: *lat,
                    lon: *lon,
                })
            }
            _ => Line::BadLocation,
        };
    }
    if let Some(command) = Command::parse(line) {
        return Line::Say(Incoming::Command(command));
    }
    // A number that is not a button (such as "112") is a search like any other text.
    if let Some(action) = line
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| choices.get(i))
    {
        return match action {
            Action::Callback(data) => Line::Say(Incoming::Button(data.clone())),
            Action::Url(url) => Line::Open(url.clone()),
        };
    }
    Line::Say(Incoming::Text(line.to_owned()))
}

/// Holds a conversation on `input`/`output` until `/quit` or the end of input. With `interactive`, a
/// prompt is shown; otherwise each input line is echoed.
pub fn run(
    engine: &Engine,
    public_url: &Url,
    lang: Lang,
    input: impl BufRead,
    mut output: impl Write,
    interactive: bool,
) -> io::Result<()> {
    let mut lang = lang;
    let mut choices: Vec<Action> = Vec::new();
    writeln!(output, "{}\n", t(lang, "bot-chat-intro"))?;
    if interactive {
        write!(output, "> ")?;
        output.flush()?;
    }
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            if interactive {
                write!(output, "> ")?;
                output.flush()?;
            }
            continue;
        }
        if !interactive {
            writeln!(output, "> {}", line.trim())?;
        }
        match read_line(&line, &choices) {
            Line::Quit => break,
            Line::Open(url) => writeln!(output, "{url}\n")?,
            Line::BadLocation => writeln!(output, "/location LAT LON  (51.14 7.21)\n")?,
            Line::Say(incoming) => {
                let now = present::now();
                let response = Context {
                    engine,
                    public_url,
                    now: &now,
                }
                .respond(lang, incoming);
                if let Some(chosen) = response.set_lang {
                    lang = chosen;
                }
                choices.clear();
                for reply in &response.replies {
                    writeln!(output, "{}\n", to_plain(reply, choices.len() + 1))?;
                    choices.extend(reply.buttons.iter().flatten().map(|b| b.action.clone()));
                }
            }
        }
        if interactive {
            write!(output, "> ")?;
        }
        output.flush()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_commands_locations_buttons_or_text() {
        let choices = [
            Action::Callback("o:wk-tafel".into()),
            Action::Url("https://x.example".into()),
        ];
        assert_eq!(
            read_line("/start", &choices),
            Line::Say(Incoming::Command(Command::Start))
        );
        assert_eq!(
            read_line("/location 51.14 7.21", &choices),
            Line::Say(Incoming::Location {
                lat: 51.14,
                lon: 7.21
            })
        );
        assert_eq!(
            read_line("/location 51.14, 7.21", &choices),
            Line::Say(Incoming::Location {
                lat: 51.14,
                lon: 7.21
            })
        );
        assert_eq!(read_line("/location nowhere", &choices), Line::BadLocation);
        assert_eq!(
            read_line("/sticker", &choices),
            Line::Say(Incoming::NonText)
        );
        assert_eq!(
            read_line("1", &choices),
            Line::Say(Incoming::Button("o:wk-tafel".into()))
        );
        assert_eq!(
            read_line("2", &choices),
            Line::Open("https://x.example".into())
        );
        assert_eq!(
            read_line("112", &choices),
            Line::Say(Incoming::Text("112".into()))
        );
        assert_eq!(
            read_line("0", &choices),
            Line::Say(Incoming::Text("0".into()))
        );
        assert_eq!(read_line(" /quit ", &choices), Line::Quit);
    }
}
