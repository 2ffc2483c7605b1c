//! The bodies of the editors' and planners' commands — `lotse review`, `lotse corrections`,
//! `lotse report` — over the content folder and the data file, so that `main.rs` only parses.
//! Each returns the text to print; an `Err` is printed as the error.

use std::path::Path;

use jiff::civil::Date;

use crate::content::{self, Language};
use crate::review;
use crate::store::{Correction, CorrectionStatus, Store};

/// The open corrections in the data file at `data`; none if the file does not exist yet (the server
/// has not run, or no reader has reported anything).
fn open_corrections(data: &Path) -> anyhow::Result<Vec<Correction>> {
    if !data.exists() {
        return Ok(Vec::new());
    }
    Ok(Store::open_strict(data)?.corrections(false)?)
}

/// `lotse review [--csv]`: the work list, or the content's problems.
pub fn review(content: &Path, data: &Path, csv: bool, lang: Language) -> anyhow::Result<String> {
    let catalogue = match content::load(content) {
        Ok(c) => c,
        Err(problems) => {
            let mut out = String::new();
            for p in &problems {
                out.push_str(&format!("{}/{}\n", content.display(), p.in_lang(lang)));
            }
            anyhow::bail!("{out}{} problem(s): run `lotse check`", problems.len());
        }
    };
    let corrections = open_corrections(data)?;
    let entries = review::due(&catalogue, &corrections, crate::store::today());
    if csv {
        return Ok(review::csv(&entries, lang)?);
    }
    let mut out = review::table(&entries, lang);
    out.push_str(&match lang {
        Language::De => format!(
            "{} von {} Angeboten zu prüfen; {} offene Meldung(en) (`lotse corrections`)\n",
            entries.len(),
            catalogue.offers.len(),
            corrections.len()
        ),
        Language::En => format!(
            "{} of {} offers due; {} open correction(s) (`lotse corrections`)\n",
            entries.len(),
            catalogue.offers.len(),
            corrections.len()
        ),
    });
    Ok(out)
}

/// `lotse review confirm ID --by NAME [--date D]`.
pub fn confirm(
    content: &Path,
    id: &str,
    by: &str,
    date: Option<Date>,
    lang: Language,
) -> anyhow::Result<String> {
    let date = date.unwrap_or_else(crate::store::today);
    match review::confirm::confirm(content, id, by, date) {
        Ok(path) => Ok(review::confirm::done(&path, id, date, lang) + "\n"),
        Err(err) => {
            let mut out = String::new();
            for p in err.problems() {
                out.push_str(&format!("{}/{}\n", content.display(), p.in_lang(lang)));
            }
            anyhow::bail!("{out}{err}")
        }
    }
}

/// `lotse corrections [--all]`: one line per correction.
pub fn list(data: &Path, all: bool, lang: Language) -> anyhow::Result<String> {
    let store = Store::open_strict(data)?;
    let list = store.corrections(all)?;
    let mut out = String::new();
    for c in &list {
        let text = c.text.as_deref().unwrap_or("–").replace('\n', " ");
        let text: String = text.chars().take(60).collect();
        out.push_str(&format!(
            "#{:<4} {}  {:<8} {:<9} {:<3} {}  {}\n",
            c.id,
            c.created,
            c.status.id(),
            c.kind.id(),
            c.lang,
            c.offer_id,
            text
        ));
    }
    out.push_str(&match lang {
        Language::De => format!("{} Meldung(en)\n", list.len()),
        Language::En => format!("{} correction(s)\n", list.len()),
    });
    Ok(out)
}

/// `lotse corrections show ID`.
pub fn show(data: &Path, id: i64, lang: Language) -> anyhow::Result<String> {
    let c = Store::open_strict(data)?.correction(id)?;
    let none = match lang {
        Language::De => "– (gelöscht oder nicht angegeben)",
        Language::En => "– (deleted or not given)",
    };
    let labels = match lang {
        Language::De => [
            "Meldung", "Angebot", "Was", "Text", "E-Mail", "Sprache", "Eingang", "Status",
            "Erledigt",
        ],
        Language::En => [
            "correction",
            "offer",
            "kind",
            "text",
            "e-mail",
            "language",
            "received",
            "status",
            "resolved",
        ],
    };
    let values = [
        format!("#{}", c.id),
        c.offer_id.clone(),
        c.kind.id().to_owned(),
        c.text.clone().unwrap_or_else(|| none.into()),
        c.email.clone().unwrap_or_else(|| none.into()),
        c.lang.clone(),
        c.created.clone(),
        c.status.id().to_owned(),
        c.resolved.clone().unwrap_or_else(|| "–".into()),
    ];
    Ok(labels
        .iter()
        .zip(values)
        .map(|(l, v)| format!("{l:<10} {v}\n"))
        .collect())
}

/// `lotse corrections resolve ID`: marks it resolved and deletes its text and e-mail address.
pub fn resolve(data: &Path, id: i64, lang: Language) -> anyhow::Result<String> {
    let store = Store::open_strict(data)?;
    let c = store.correction(id)?;
    if c.status == CorrectionStatus::Resolved {
        return Ok(match lang {
            Language::De => format!("#{id} war schon erledigt\n"),
            Language::En => format!("#{id} was already resolved\n"),
        });
    }
    store.resolve_correction(id, crate::store::today())?;
    Ok(match lang {
        Language::De => format!(
            "#{id} ({}) erledigt; Text und E-Mail-Adresse gelöscht\n",
            c.offer_id
        ),
        Language::En => format!(
            "#{id} ({}) resolved; text and e-mail address deleted\n",
            c.offer_id
        ),
    })
}

/// `lotse report [--from D] [--to D] [--csv]`: the needs report (the last 30 days by default).
pub fn report(
    data: &Path,
    from: Option<Date>,
    to: Option<Date>,
    csv: bool,
    lang: Language,
) -> anyhow::Result<String> {
    use jiff::ToSpan;
    let to = to.unwrap_or_else(crate::store::today);
    let from = from.unwrap_or_else(|| to.checked_sub(30.days()).unwrap_or(to));
    if from > to {
        anyhow::bail!("--from {from} is after --to {to}");
    }
    let report = Store::open_strict(data)?.report(from, to)?;
    if csv {
        return Ok(report.to_csv()?);
    }
    Ok(report.render(lang))
}
