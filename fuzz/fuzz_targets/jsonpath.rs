//! The JSONPath parser and evaluator on arbitrary templates, against a small
//! fixed object: a template is parsed or refused, and evaluates or fails,
//! never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|template: &str| {
    let object = serde_json::json!({
        "metadata": {"name": "web", "labels": {"app": "web", "a.b/c": "d"}},
        "items": [{"n": 1}, {"n": -2.5}, {"n": null}, "text", [1, 2, 3]],
        "spec": {"replicas": 3, "ok": true}
    });
    if let Ok(path) = kubetug::printers::jsonpath::JsonPath::parse(template) {
        let _ = path.render(&object);
    }
});
