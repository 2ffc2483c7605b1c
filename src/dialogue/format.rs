//! Text helpers: Telegram HTML escaping, cutting to limits, phone numbers, plain text for terminals.

use super::*;

/// A phone number in a bot message, where there is no `tel:` link behind it. German readers get the
/// national form they know from letters and signs (`0800 111 0 111`); other readers get the
/// international form (`+49 800 111 0 111`), which Telegram makes tappable and which also works from a
/// foreign SIM card. Short numbers (`112`, `116 117`) stay as written.
pub(super) fn phone_text(lang: Lang, phone: &Phone) -> String {
    let display = phone.display.trim();
    if lang.is_german() {
        return crate::present::phone_display(phone);
    }
    if let Some(national) = phone.tel.strip_prefix("+49") {
        let digits: String = display.chars().filter(char::is_ascii_digit).collect();
        if digits.strip_prefix('0') == Some(national)
            && let Some(rest) = display.strip_prefix('0')
        {
            return format!("+49 {rest}");
        }
    }
    display.to_owned()
}

/// Only public web addresses make URL buttons: Telegram refuses buttons to `localhost` or bare IPs, and
/// a refused button would lose the whole message.
pub(super) fn is_public_web_url(url: &str) -> bool {
    let Ok(url) = Url::parse(url) else {
        return false;
    };
    matches!(url.scheme(), "http" | "https")
        && matches!(url.host(), Some(url::Host::Domain(d)) if d.contains('.') && !d.ends_with(".localhost"))
}

/// Escapes text for Telegram's HTML.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// At most `max` characters, with "…" when cut (at a word boundary if one is near).
pub(super) fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let head: String = text.chars().take(max.saturating_sub(1)).collect();
    let head = match head.rfind(char::is_whitespace) {
        Some(i) if i > head.len() / 2 => &head[..i],
        _ => head.as_str(),
    };
    format!("{}…", head.trim_end())
}

/// At most `max` bytes, cut on a character boundary.
pub(super) fn cut_bytes(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Renders a reply for a terminal: the text without markup (links as `label <url>`) and the buttons as
/// numbered choices starting at `first`.
pub fn to_plain(reply: &Reply, first: usize) -> String {
    let mut out = html_to_plain(&reply.html);
    let mut n = first;
    for row in &reply.buttons {
        for button in row {
            out.push_str(&format!("\n  [{n}] {}", button.label));
            if let Action::Url(url) = &button.action {
                out.push_str(&format!(" <{url}>"));
            }
            n += 1;
        }
    }
    if reply.ask_location {
        out.push_str("\n  (/location LAT LON)");
    }
    out
}

/// Strips Telegram's HTML subset: tags go, `<a href="u">label</a>` becomes `label <u>`, entities are decoded.
pub fn html_to_plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    // The open link's target and where its label starts in `out`.
    let mut href: Option<(String, usize)> = None;
    while let Some(start) = rest.find('<') {
        out.push_str(&unescape(&rest[..start]));
        let Some(end) = rest[start..].find('>') else {
            out.push_str(&unescape(&rest[start..]));
            rest = "";
            break;
        };
        let tag = &rest[start + 1..start + end];
        if let Some(attrs) = tag.strip_prefix("a ") {
            href = attrs
                .split_once("href=\"")
                .and_then(|(_, v)| v.split_once('"'))
                .map(|(v, _)| (unescape(v), out.len()));
        } else if tag == "/a" {
            // A link that shows its own address needs it only once.
            if let Some((url, _)) = href.take().filter(|(url, label)| out[*label..] != **url) {
                out.push_str(&format!(" <{url}>"));
            }
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(&unescape(rest));
    out
}

pub(super) fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}
