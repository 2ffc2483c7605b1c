//! The Open Referral HSDS 3.0 API and export against HSDS's own JSON schemas (copied into
//! `tests/fixtures/hsds-3.0/`): a real server on loopback over the bundled content, every endpoint,
//! every service and organization, several pages and languages; and `lotse export --hsds` into a
//! temporary folder, read back and validated as the tables `compiled/tabular.json` describes.
//!
//! The schemas are made strict first, as HSDS's own example checks make them
//! (`--set-additional-properties-false-everywhere`): a misspelt or invented field fails instead of
//! passing unnoticed. Formats (`uuid`, `email`, `uri`, `date-time`) are checked too.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use jsonschema::{Registry, Validator};
use lotse::content::Catalogue;
use lotse::export::hsds::{self, organization_id, service_id};
use lotse::lang::Lang;
use lotse::service::Live;
use lotse::web::server::Limits;
use lotse::web::{AppState, router};
use serde_json::{Map, Value, json};
use tokio::sync::oneshot;

/// Where HSDS publishes its schemas: the `$ref`s between them are relative to this.
const BASE: &str = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds-3.0")
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `additionalProperties: false` on every object schema that lists its properties.
fn strict(schema: &mut Value) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    if let Some(Value::Object(properties)) = object.get_mut("properties") {
        for property in properties.values_mut() {
            strict(property);
        }
        object
            .entry("additionalProperties")
            .or_insert(Value::Bool(false));
    }
    if let Some(items) = object.get_mut("items") {
        strict(items);
    }
}

/// The validators, built once.
struct Schemas {
    service: Validator,
    organization: Validator,
    service_page: Validator,
    organization_page: Validator,
    tabular: Validator,
    /// `compiled/tabular.json` as it is (for the descriptor checks).
    tabular_schema: Value,
}

fn schemas() -> &'static Schemas {
    static SCHEMAS: OnceLock<Schemas> = OnceLock::new();
    SCHEMAS.get_or_init(build_schemas)
}

fn build_schemas() -> Schemas {
    let dir = fixtures();
    let mut resources: Vec<(String, Value)> = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the HSDS fixtures")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut by_name: BTreeMap<String, Value> = BTreeMap::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == "openapi.json" {
            continue;
        }
        let mut schema = read_json(&path);
        strict(&mut schema);
        by_name.insert(name.clone(), schema.clone());
        resources.push((format!("{BASE}{name}"), schema));
    }
    assert!(by_name.len() >= 20, "the HSDS schemas are missing");
    // HSDS's compiled organization.json is organization.json plus the array of its services (the
    // only difference: checked against the compiled file when the fixtures were made).
    let mut organization = by_name["organization.json"].clone();
    organization["properties"]["services"] = json!({
        "type": "array",
        "items": {"$ref": "service.json"}
    });
    resources.push((
        format!("{BASE}organization_with_services.json"),
        organization,
    ));
    for list in ["service_list.json", "organization_list.json"] {
        let mut schema = read_json(&dir.join("compiled").join(list));
        strict(&mut schema);
        resources.push((format!("{BASE}compiled/{list}"), schema));
    }
    let openapi = read_json(&dir.join("openapi.json"));
    for (name, items) in [
        ("service_page.json", "compiled/service_list.json"),
        ("organization_page.json", "compiled/organization_list.json"),
    ] {
        resources.push((format!("{BASE}{name}"), page_schema(&openapi, items)));
    }
    let tabular_schema = read_json(&dir.join("compiled/tabular.json"));
    let mut tabular = tabular_schema.clone();
    if let Some(tables) = tabular["properties"].as_object_mut() {
        for table in tables.values_mut() {
            strict(&mut table["items"]);
        }
    }
    // Every table the export writes must be one of HSDS's.
    tabular["additionalProperties"] = Value::Bool(false);
    // Its few `$ref`s (arrays a row may nest) are relative to `schema/`, where it was compiled from.
    resources.push((format!("{BASE}tabular.json"), tabular));

    let registry: &'static Registry<'static> = Box::leak(Box::new(
        Registry::new()
            .extend(resources)
            .expect("valid schema addresses")
            .prepare()
            .expect("the HSDS schemas resolve offline"),
    ));
    let validator = |name: &str| {
        jsonschema::options()
            .with_registry(registry)
            .should_validate_formats(true)
            .build(&json!({"$ref": format!("{BASE}{name}")}))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    Schemas {
        service: validator("service.json"),
        organization: validator("organization_with_services.json"),
        service_page: validator("service_page.json"),
        organization_page: validator("organization_page.json"),
        tabular: validator("tabular.json"),
        tabular_schema,
    }
}

/// HSDS's `Page` (from its `openapi.json`) with `contents` of `items`, as its `/services` and
/// `/organizations` responses are defined; stricter in that every field of `Page` is required.
fn page_schema(openapi: &Value, items: &str) -> Value {
    let mut page = openapi["components"]["schemas"]["Page"].clone();
    assert!(
        page["properties"]["total_items"].is_object(),
        "no Page schema"
    );
    let required: Vec<Value> = page["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| json!(k))
        .chain([json!("contents")])
        .collect();
    page["properties"]["contents"] = json!({"type": "array", "items": {"$ref": items}});
    page["required"] = Value::Array(required);
    page["additionalProperties"] = Value::Bool(false);
    page
}

/// Panics with every error if `value` does not validate.
fn validate(validator: &Validator, value: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("  {} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} is not valid HSDS 3.0:\n{}",
        errors.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------

struct Server {
    address: SocketAddr,
    live: Arc<Live>,
    client: reqwest::Client,
    _stop: oneshot::Sender<()>,
}

impl Server {
    async fn start() -> Server {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let live =
            Arc::new(Live::start(&content, crate::bundled_index()).expect("the index opens"));
        let app = router(AppState::new(Arc::clone(&live)));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let address = listener.local_addr().expect("an address");
        let (stop, stopping) = oneshot::channel::<()>();
        tokio::spawn(lotse::web::serve(
            listener,
            app,
            Limits::default(),
            async move {
                let _ = stopping.await;
            },
        ));
        Server {
            address,
            live,
            client: reqwest::Client::new(),
            _stop: stop,
        }
    }

    fn catalogue(&self) -> Catalogue {
        self.live.engine().catalogue().clone()
    }

    /// The status and JSON body of `GET path`; every answer must be JSON.
    async fn get(&self, path: &str) -> (u16, Value) {
        let res = self
            .client
            .get(format!("http://{}{path}", self.address))
            .timeout(std::time::Duration::from_secs(20))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        let status = res.status().as_u16();
        let content_type = res
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert!(
            content_type.starts_with("application/json"),
            "{path}: content type {content_type:?}"
        );
        if status == 200 {
            let cache = res
                .headers()
                .get("cache-control")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            assert_eq!(cache, "public, max-age=60", "{path}");
        }
        let body = res.text().await.expect("a body");
        let json = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"));
        (status, json)
    }

    /// `GET path`, which must answer 200 with a body valid against `validator`.
    async fn valid(&self, path: &str, validator: &Validator) -> Value {
        let (status, body) = self.get(path).await;
        assert_eq!(status, 200, "{path}: {body}");
        validate(validator, &body, path);
        body
    }
}

fn ids(page: &Value) -> Vec<String> {
    page["contents"]
        .as_array()
        .expect("contents")
        .iter()
        .map(|c| c["id"].as_str().expect("an id").to_owned())
        .collect()
}

// ---------------------------------------------------------------------------------------------------
// The API
// ---------------------------------------------------------------------------------------------------

#[tokio::test]
async fn every_service_in_every_page_and_by_id_is_valid_hsds_in_several_languages() {
    let server = Server::start().await;
    let s = schemas();
    let catalogue = server.catalogue();
    let expected: BTreeSet<String> = catalogue.offers.iter().map(|o| service_id(&o.id)).collect();
    assert_eq!(
        expected.len(),
        catalogue.offers.len(),
        "service ids collide"
    );
    let mut validated = 0;
    for lang in [Lang::De, Lang::Ar, Lang::En, Lang::Uk, Lang::DeLeicht] {
        let all = server
            .valid(
                &format!("/api/hsds/services?per_page=200&lang={lang}"),
                &s.service_page,
            )
            .await;
        validated += 1;
        assert_eq!(all["total_items"], catalogue.offers.len());
        assert_eq!(all["total_pages"], 1);
        assert_eq!(ids(&all).into_iter().collect::<BTreeSet<_>>(), expected);

        // Pages of 10: together exactly the whole list, in order, with the right flags.
        let mut paged = Vec::new();
        let pages = catalogue.offers.len().div_ceil(10);
        for n in 1..=pages {
            let page = server
                .valid(
                    &format!("/api/hsds/services?page={n}&per_page=10&lang={lang}"),
                    &s.service_page,
                )
                .await;
            validated += 1;
            assert_eq!(page["page_number"], n);
            assert_eq!(page["total_pages"], pages);
            assert_eq!(page["first_page"], n == 1);
            assert_eq!(page["last_page"], n == pages);
            assert_eq!(page["size"], page["contents"].as_array().unwrap().len());
            assert_eq!(page["empty"], false);
            paged.extend(ids(&page));
        }
        assert_eq!(paged, ids(&all), "{lang}: pages differ from the whole list");
        let past = server
            .valid(
                &format!("/api/hsds/services?page={}&per_page=10", pages + 1),
                &s.service_page,
            )
            .await;
        validated += 1;
        assert_eq!(
            (past["empty"].clone(), past["size"].clone()),
            (json!(true), json!(0))
        );
    }

    // Every service by id, fully nested, in German, Arabic and English.
    for lang in [Lang::De, Lang::Ar, Lang::En] {
        for offer in &catalogue.offers {
            let path = format!("/api/hsds/services/{}?lang={lang}", service_id(&offer.id));
            let service = server.valid(&path, &s.service).await;
            validated += 1;
            let texts = offer.texts(lang);
            assert_eq!(service["name"], texts.name, "{path}");
            assert_eq!(
                service["organization"]["name"],
                offer.provider.trim(),
                "{path}"
            );
            assert_eq!(service["organization_id"], organization_id(&offer.provider));
            // Only a provider's confirmation makes an assured date.
            assert_eq!(
                service.get("assured_date").is_some(),
                offer.verification.confirmed_by_provider,
                "{path}"
            );
            let attribute = |code: &str| {
                service["attributes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|a| a["taxonomy_term"]["code"] == code)
                    .map(|a| a["value"].clone())
            };
            assert_eq!(attribute("lotse-offer-id"), Some(json!(offer.id)), "{path}");
            assert_eq!(
                attribute("lotse-checked"),
                Some(json!(offer.verification.checked)),
                "{path}"
            );
            let phones = service["phones"].as_array().unwrap();
            assert_eq!(phones.len(), offer.contact.phones.len(), "{path}");
            let slots = offer.hours.as_ref().map_or(0, |h| h.slots.len());
            let schedules = service["schedules"].as_array().unwrap();
            assert!(schedules.len() >= slots, "{path}: {schedules:?}");
        }
    }
    // The translations are served: some Arabic names differ from the German ones.
    let translated = catalogue
        .offers
        .iter()
        .filter(|o| o.texts(Lang::Ar).name != o.name)
        .count();
    assert!(
        translated > catalogue.offers.len() / 2,
        "{translated} translated"
    );
    eprintln!("{validated} HSDS service responses validated");
}

#[tokio::test]
async fn every_organization_is_valid_hsds_and_lists_the_services_of_its_provider() {
    let server = Server::start().await;
    let s = schemas();
    let catalogue = server.catalogue();
    let providers: BTreeSet<&str> = catalogue.offers.iter().map(|o| o.provider.trim()).collect();
    let mut validated = 0;
    let all = server
        .valid("/api/hsds/organizations?per_page=200", &s.organization_page)
        .await;
    validated += 1;
    assert_eq!(all["total_items"], providers.len());
    let names: BTreeSet<String> = all["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, providers.iter().map(|p| p.to_string()).collect());
    let pages = providers.len().div_ceil(7);
    let mut paged = Vec::new();
    for n in 1..=pages {
        let page = server
            .valid(
                &format!("/api/hsds/organizations?page={n}&per_page=7&lang=ar"),
                &s.organization_page,
            )
            .await;
        validated += 1;
        assert_eq!(page["last_page"], n == pages);
        paged.extend(ids(&page));
    }
    assert_eq!(paged, ids(&all));
    for provider in &providers {
        for lang in [Lang::De, Lang::Ar] {
            let path = format!(
                "/api/hsds/organizations/{}?lang={lang}",
                organization_id(provider)
            );
            let organization = server.valid(&path, &s.organization).await;
            validated += 1;
            let services: BTreeSet<String> = organization["services"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["id"].as_str().unwrap().to_owned())
                .collect();
            let expected: BTreeSet<String> = catalogue
                .offers
                .iter()
                .filter(|o| o.provider.trim() == *provider)
                .map(|o| service_id(&o.id))
                .collect();
            assert_eq!(services, expected, "{path}");
        }
    }
    let (status, about) = server.get("/api/hsds/").await;
    assert_eq!((status, about["version"].clone()), (200, json!("3.0")));
    eprintln!("{validated} HSDS organization responses validated");
}

#[tokio::test]
async fn bad_parameters_and_unknown_ids_get_json_errors_never_500() {
    let server = Server::start().await;
    for list in ["/api/hsds/services", "/api/hsds/organizations"] {
        for (query, code) in [
            ("page=0", "bad_page"),
            ("page=-1", "bad_page"),
            ("page=abc", "bad_page"),
            ("page=1.5", "bad_page"),
            ("page=99999999999999999999999", "bad_page"),
            ("per_page=0", "bad_per_page"),
            ("per_page=100000", "bad_per_page"),
            ("per_page=ten", "bad_per_page"),
            ("lang=xx", "bad_lang"),
            ("lang=ja", "bad_lang"),
        ] {
            let path = format!("{list}?{query}");
            let (status, body) = server.get(&path).await;
            assert_eq!(status, 400, "{path}: {body}");
            assert_eq!(body["error"]["code"], code, "{path}: {body}");
            assert!(
                body["error"]["message"]
                    .as_str()
                    .is_some_and(|m| !m.is_empty())
            );
        }
    }
    let offer = server.catalogue().offers[0].id.clone();
    for path in [
        "/api/hsds/services/00000000-0000-0000-0000-000000000000".to_owned(),
        format!("/api/hsds/services/{offer}"),
        "/api/hsds/services/%ff".to_owned(),
        "/api/hsds/organizations/nope".to_owned(),
        format!("/api/hsds/organizations/{}", service_id(&offer)),
    ] {
        let (status, body) = server.get(&path).await;
        assert_eq!(status, 404, "{path}: {body}");
        assert_eq!(body["error"]["code"], "not_found", "{path}");
    }
    let known = service_id(&offer);
    let (status, body) = server
        .get(&format!("/api/hsds/services/{known}?lang=klingon"))
        .await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (400, json!("bad_lang"))
    );
}

// ---------------------------------------------------------------------------------------------------
// The Tabular Data Package
// ---------------------------------------------------------------------------------------------------

/// Runs `lotse export --hsds DIR` on the bundled content.
fn export(dir: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_lotse"))
        .arg("export")
        .arg("--hsds")
        .arg(dir)
        .env(
            "LOTSE_CONTENT",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        )
        .env("LOTSE_LOG", "warn")
        .output()
        .expect("lotse runs")
}

/// A CSV cell as the JSON value the column's type says (absent when empty; the columns HSDS
/// requires that the content may leave unknown stay as empty strings).
fn typed(table: &str, name: &str, kind: &str, cell: &str) -> Option<Value> {
    if cell.is_empty() {
        return hsds::may_be_empty(table, name).then(|| json!(""));
    }
    Some(match kind {
        "number" => json!(
            cell.parse::<f64>()
                .unwrap_or_else(|_| panic!("{table}.{name}: not a number: {cell}"))
        ),
        "date" => {
            assert!(
                cell.parse::<jiff::civil::Date>().is_ok(),
                "{table}.{name}: not a date: {cell}"
            );
            json!(cell)
        }
        "time" => {
            assert!(
                cell.parse::<jiff::civil::Time>().is_ok(),
                "{table}.{name}: not a time: {cell}"
            );
            json!(cell)
        }
        _ => json!(cell),
    })
}

#[test]
fn the_export_is_a_tabular_data_package_valid_against_hsds_tabular_json() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = export(dir.path());
    assert!(
        out.status.success(),
        "lotse export failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = schemas();
    let tables_schema = s.tabular_schema["properties"].as_object().unwrap();
    let package = read_json(&dir.path().join("datapackage.json"));
    assert_eq!(package["profile"], "tabular-data-package");
    let resources = package["resources"].as_array().expect("resources");
    let mut data: Map<String, Value> = Map::new();
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut foreign: Vec<(String, String, String)> = Vec::new();
    for resource in resources {
        let name = resource["name"].as_str().expect("a name");
        let hsds_table = &tables_schema
            .get(name)
            .unwrap_or_else(|| panic!("{name}: no HSDS table"))["items"];
        // The descriptor names each file, format and column as HSDS does.
        assert_eq!(resource["path"], hsds_table["path"], "{name}");
        for key in ["format", "mediatype", "profile"] {
            assert_eq!(
                resource[key], hsds_table["datapackage_metadata"][key],
                "{name}.{key}"
            );
        }
        let fields = resource["schema"]["fields"].as_array().unwrap();
        let columns: Vec<(&str, &str)> = fields
            .iter()
            .map(|f| (f["name"].as_str().unwrap(), f["type"].as_str().unwrap()))
            .collect();
        let hsds_columns: Vec<(&str, &str)> = hsds_table["properties"]
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, p)| p["type"] != "array" && p.get("properties").is_none())
            .map(|(n, p)| {
                let kind = p.get("datapackage_type").unwrap_or(&p["type"]);
                (n.as_str(), kind.as_str().unwrap())
            })
            .collect();
        // (serde_json reads objects sorted, so HSDS's column order is not known here.)
        let mut sorted = columns.clone();
        sorted.sort();
        assert_eq!(sorted, hsds_columns, "{name}: columns");
        let mut required: BTreeSet<&str> = BTreeSet::new();
        for key in ["required", "tabular_required"] {
            if let Some(list) = hsds_table[key].as_array() {
                required.extend(list.iter().filter_map(Value::as_str));
            }
        }
        for fk in resource["schema"]["foreignKeys"].as_array().unwrap() {
            foreign.push((
                name.to_owned(),
                fk["fields"].as_str().unwrap().to_owned(),
                fk["reference"]["resource"].as_str().unwrap().to_owned(),
            ));
        }

        // The rows, typed by their columns.
        let path = dir.path().join(resource["path"].as_str().unwrap());
        let mut reader = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(
            header,
            columns
                .iter()
                .map(|(n, _)| n.to_string())
                .collect::<Vec<_>>(),
            "{name}: the header is not the descriptor's columns"
        );
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.unwrap_or_else(|e| panic!("{name}: {e}"));
            let mut row = Map::new();
            for ((column, kind), cell) in columns.iter().zip(record.iter()) {
                if let Some(value) = typed(name, column, kind, cell) {
                    row.insert(column.to_string(), value);
                }
            }
            for column in &required {
                assert!(
                    row.contains_key(*column),
                    "{name}: a row without {column}: {row:?}"
                );
            }
            let id = row["id"].as_str().unwrap().to_owned();
            assert!(
                ids.entry(name.to_owned()).or_default().insert(id.clone()),
                "{name}: id {id} twice"
            );
            rows.push(Value::Object(row));
        }
        data.insert(name.to_owned(), Value::Array(rows));
    }
    validate(
        &s.tabular,
        &Value::Object(data.clone()),
        "the exported package",
    );

    // Every foreign key names a row of its table.
    for (table, field, target) in &foreign {
        let targets = ids.get(target).cloned().unwrap_or_default();
        for row in data[table].as_array().unwrap() {
            if let Some(id) = row.get(field).and_then(Value::as_str) {
                assert!(
                    targets.contains(id),
                    "{table}.{field} = {id}: no such {target}"
                );
            }
        }
    }

    // What the package holds is the catalogue.
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let catalogue = lotse::content::load(&content).expect("the bundled content loads");
    let providers: BTreeSet<&str> = catalogue.offers.iter().map(|o| o.provider.trim()).collect();
    assert_eq!(
        data["service"].as_array().unwrap().len(),
        catalogue.offers.len()
    );
    assert_eq!(
        data["organization"].as_array().unwrap().len(),
        providers.len()
    );
    let phones: usize = catalogue
        .offers
        .iter()
        .map(|o| o.contact.phones.len())
        .sum();
    assert_eq!(data["phone"].as_array().unwrap().len(), phones);
    let slots: usize = catalogue
        .offers
        .iter()
        .filter_map(|o| o.hours.as_ref())
        .map(|h| h.slots.len())
        .sum();
    let weekly_or_monthly = data["schedule"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s.get("freq").is_some())
        .count();
    assert_eq!(weekly_or_monthly, slots);
    let monthly = data["schedule"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["freq"] == "MONTHLY")
        .count();
    assert!(monthly > 0, "the bundled content has monthly slots");
}

#[test]
fn export_without_a_format_fails() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lotse"))
        .arg("export")
        .env("LOTSE_LOG", "warn")
        .output()
        .expect("lotse runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--hsds"));
}

#[test]
fn a_strict_schema_rejects_an_invented_field_and_a_bad_uuid() {
    // The validators must be able to fail: the checks above are no tautologies.
    let s = schemas();
    let good = json!({"id": service_id("x"), "name": "x", "status": "active"});
    assert!(s.service.is_valid(&good));
    let mut invented = good.clone();
    invented["opening_hours"] = json!("Mo");
    assert!(!s.service.is_valid(&invented));
    let mut bad_id = good.clone();
    bad_id["id"] = json!("wk-tafel");
    assert!(!s.service.is_valid(&bad_id));
    let mut bad_status = good;
    bad_status["status"] = json!("ended");
    assert!(!s.service.is_valid(&bad_status));
    let address_without_state = json!({"address": [{
        "id": service_id("a"), "address_1": "", "city": "W", "postal_code": "",
        "country": "DE", "address_type": "physical"
    }]});
    assert!(!s.tabular.is_valid(&address_without_state));
}
