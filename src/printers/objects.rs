//! Whole objects as YAML, JSON or names, the way kubectl prints them: one
//! object as itself, several as a `v1/List`.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use crate::cli::ObjectFormat;

/// Writes `objects` in `format`; `names` are their `kind.group/name` for `-o name`.
pub fn write_objects<W: Write + ?Sized>(
    out: &mut W,
    format: ObjectFormat,
    objects: Vec<Value>,
    names: &[String],
) -> anyhow::Result<()> {
    match format {
        ObjectFormat::Name => {
            for name in names {
                writeln!(out, "{name}")?;
            }
        }
        ObjectFormat::Json => {
            write_json(out, &single_or_list(objects))?;
            writeln!(out)?;
        }
        ObjectFormat::Yaml => {
            out.write_all(super::yaml::to_string(&single_or_list(objects)).as_bytes())?
        }
    }
    Ok(())
}

fn single_or_list(mut objects: Vec<Value>) -> Value {
    if objects.len() == 1 {
        objects.remove(0)
    } else {
        list_of(objects)
    }
}

/// kubectl's `v1/List` around several objects.
pub fn list_of(objects: Vec<Value>) -> Value {
    json!({"apiVersion": "v1", "items": objects, "kind": "List", "metadata": {"resourceVersion": ""}})
}

/// A `v1/List` written one item at a time, laid out as kubectl lays it out,
/// so that a long list is never held whole.
pub struct ListWriter<'a, W: Write + ?Sized> {
    out: &'a mut W,
    json: bool,
    items: usize,
}

impl<'a, W: Write + ?Sized> ListWriter<'a, W> {
    /// Starts the list; `json` chooses JSON over YAML.
    pub fn start(out: &'a mut W, json: bool) -> io::Result<Self> {
        out.write_all(if json {
            b"{\n    \"apiVersion\": \"v1\",\n    \"items\": ["
        } else {
            b"apiVersion: v1\n"
        })?;
        Ok(ListWriter {
            out,
            json,
            items: 0,
        })
    }

    /// Appends one item.
    pub fn item(&mut self, item: &Value) -> anyhow::Result<()> {
        if self.json {
            let mut text = Vec::new();
            write_json(&mut text, item)?;
            self.out
                .write_all(if self.items == 0 { b"\n" } else { b",\n" })?;
            for (index, line) in text.split(|&b| b == b'\n').enumerate() {
                if index > 0 {
                    self.out.write_all(b"\n")?;
                }
                self.out.write_all(b"        ")?;
                self.out.write_all(line)?;
            }
        } else {
            if self.items == 0 {
                self.out.write_all(b"items:\n")?;
            }
            self.out
                .write_all(super::yaml::list_item(item).as_bytes())?;
        }
        self.items += 1;
        Ok(())
    }

    /// Closes the list.
    pub fn finish(self) -> io::Result<()> {
        if self.json {
            let close = if self.items == 0 { "]" } else { "\n    ]" };
            write!(
                self.out,
                "{close},\n    \"kind\": \"List\",\n    \"metadata\": {{\n        \"resourceVersion\": \"\"\n    }}\n}}\n"
            )
        } else {
            if self.items == 0 {
                self.out.write_all(b"items: []\n")?;
            }
            self.out
                .write_all(b"kind: List\nmetadata:\n  resourceVersion: \"\"\n")
        }
    }
}

/// JSON indented by four spaces, as kubectl indents it.
pub fn write_json<W: Write + ?Sized>(out: &mut W, value: &Value) -> io::Result<()> {
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut serializer = serde_json::Serializer::with_formatter(&mut *out, formatter);
    value.serialize(&mut serializer).map_err(io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(format: ObjectFormat, objects: Vec<Value>) -> String {
        let mut out = Vec::new();
        write_objects(
            &mut out,
            format,
            objects,
            &["configmap/a".into(), "configmap/b".into()],
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_object_is_printed_as_itself_and_several_as_a_list() {
        let one = render(ObjectFormat::Json, vec![json!({"kind": "ConfigMap"})]);
        assert_eq!(one, "{\n    \"kind\": \"ConfigMap\"\n}\n");
        let two = render(ObjectFormat::Json, vec![json!({}), json!({})]);
        assert!(two.contains("\"kind\": \"List\""), "{two}");
    }

    #[test]
    fn a_streamed_list_reads_like_a_whole_one() {
        let items = vec![
            json!({"kind": "ConfigMap", "data": {"a": "1"}}),
            json!({"kind": "Secret"}),
        ];
        for json in [true, false] {
            let mut streamed = Vec::new();
            let mut writer = ListWriter::start(&mut streamed, json).unwrap();
            for item in &items {
                writer.item(item).unwrap();
            }
            writer.finish().unwrap();
            let parsed: Value = if json {
                serde_json::from_slice(&streamed).unwrap()
            } else {
                serde_saphyr::from_slice(&streamed).unwrap()
            };
            assert_eq!(
                parsed,
                list_of(items.clone()),
                "{}",
                String::from_utf8_lossy(&streamed)
            );
        }
        let mut whole = Vec::new();
        write_json(&mut whole, &list_of(items.clone())).unwrap();
        let mut streamed = Vec::new();
        let mut writer = ListWriter::start(&mut streamed, true).unwrap();
        for item in &items {
            writer.item(item).unwrap();
        }
        writer.finish().unwrap();
        assert_eq!(
            String::from_utf8(streamed).unwrap(),
            String::from_utf8(whole).unwrap() + "\n"
        );
    }

    #[test]
    fn a_yaml_list_is_kubectls_whether_streamed_or_whole() {
        let items: Vec<Value> = serde_json::from_str(
            r##"[{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"text": "word word word word word word word word word word word word word word word word word and more", "script": "#!/bin/sh\necho hi\n"}}, {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "b"}, "type": "Opaque"}]"##,
        )
        .unwrap();
        // Items are folded at column 80 counted inside the list, as kubectl does.
        let expected = r##"apiVersion: v1
items:
- apiVersion: v1
  data:
    script: |
      #!/bin/sh
      echo hi
    text: word word word word word word word word word word word word word word word
      word word and more
  kind: ConfigMap
  metadata:
    name: a
- apiVersion: v1
  kind: Secret
  metadata:
    name: b
  type: Opaque
kind: List
metadata:
  resourceVersion: ""
"##;
        assert_eq!(render(ObjectFormat::Yaml, items.clone()), expected);
        let mut streamed = Vec::new();
        let mut writer = ListWriter::start(&mut streamed, false).unwrap();
        for item in &items {
            writer.item(item).unwrap();
        }
        writer.finish().unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), expected);
    }

    #[test]
    fn names_are_printed_one_per_line() {
        assert_eq!(
            render(ObjectFormat::Name, vec![]),
            "configmap/a\nconfigmap/b\n"
        );
    }

    /// `-o yaml` of the object in `json` is `expected`, which is what
    /// kubectl 1.37 prints for it (sigs.k8s.io/yaml over go-yaml v2).
    fn assert_yaml(json: &str, expected: &str) {
        let object: Value = serde_json::from_str(json).unwrap();
        assert_eq!(render(ObjectFormat::Yaml, vec![object]), expected);
    }

    #[test]
    fn kubectl_yaml_leaves_addresses_plain_and_quotes_timestamps() {
        assert_yaml(
            r##"{"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"default","creationTimestamp":"2026-12-05T10:00:00Z","labels":{"app":"web"}},"spec":{"clusterIP":"10.96.0.1","clusterIPs":["10.96.0.1"],"ports":[{"name":"http","port":80,"protocol":"TCP","targetPort":8080}],"selector":{"app":"web"},"sessionAffinity":"None","type":"ClusterIP"},"status":{"loadBalancer":{}}}"##,
            r##"apiVersion: v1
kind: Service
metadata:
  creationTimestamp: "2026-12-05T10:00:00Z"
  labels:
    app: web
  name: web
  namespace: default
spec:
  clusterIP: 10.96.0.1
  clusterIPs:
  - 10.96.0.1
  ports:
  - name: http
    port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: web
  sessionAffinity: None
  type: ClusterIP
status:
  loadBalancer: {}
"##,
        );
    }

    #[test]
    fn kubectl_yaml_quotes_strings_yaml_1_1_would_read_as_other_types() {
        assert_yaml(
            r##"{"bool":"yes","on":"on","off":"Off","tilde":"~","null":"null","empty":"","exp":"1e3","hex":"0x10","octal":"0755","notoctal":"08","under":"1_000","float":".5","sexagesimal":"12:30","date":"2024-01-01","notdate":"2024-13-01","stamp":"2024-01-01 10:00:00","lead":" x","trail":"x ","dash":"- x","dashword":"-x","comment":"#c","inner":"a #c","colon":"a: b","colonword":"a:b","quote":"'q'","dq":"\"q\"","star":"*a","version":"1.2.3","ip":"10.96.0.1","docstart":"--- x"}"##,
            r##"bool: "yes"
colon: 'a: b'
colonword: a:b
comment: '#c'
dash: '- x'
dashword: -x
date: "2024-01-01"
docstart: '--- x'
dq: '"q"'
empty: ""
exp: "1e3"
float: ".5"
hex: "0x10"
inner: 'a #c'
ip: 10.96.0.1
lead: ' x'
notdate: 2024-13-01
notoctal: "08"
"null": "null"
octal: "0755"
"off": "Off"
"on": "on"
quote: '''q'''
sexagesimal: "12:30"
stamp: "2024-01-01 10:00:00"
star: '*a'
tilde: "~"
trail: 'x '
under: "1_000"
version: 1.2.3
"##,
        );
    }

    #[test]
    fn kubectl_yaml_writes_text_with_line_breaks_as_literal_blocks() {
        assert_yaml(
            r##"{"one":"a\nb","clip":"a\nb\n","keep":"a\n\n","only":"\n","indented":"  lead\nx\n","spacebreak":"a \nb","tab":"tab\tline\n","crlf":"a\r\nb\r\n"}"##,
            r##"clip: |
  a
  b
crlf: "a\r\nb\r\n"
indented: |2
    lead
  x
keep: |+
  a

one: |-
  a
  b
only: |2+

spacebreak: "a \nb"
tab: "tab\tline\n"
"##,
        );
    }

    #[test]
    fn kubectl_yaml_folds_long_text_after_column_80() {
        assert_yaml(
            r##"{"plain":"word word word word word word word word word word word word word word word word word word word word","quoted":"tab\there word word word word word word word word word word word word word word word word word word","nested":{"deeper":{"text":"a long sentence that goes past the eightieth column of the line and then some more words"}},"unbroken":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx y"}"##,
            r##"nested:
  deeper:
    text: a long sentence that goes past the eightieth column of the line and then
      some more words
plain: word word word word word word word word word word word word word word word
  word word word word word
quoted: "tab\there word word word word word word word word word word word word word
  word word word word word"
unbroken: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  y
"##,
        );
    }

    #[test]
    fn kubectl_yaml_numbers_are_typed_as_go_yaml_types_them() {
        assert_yaml(
            r##"{"int":1,"neg":-5,"whole":1.0,"half":1.5,"big":12345678.5,"e20":1e20,"e21":1e21,"tiny":1e-7,"small":0.0001,"i64max":9223372036854775807,"u64":18446744073709551615,"negzero":-0.0,"third":0.3333333333333333,"million":1000000.0,"t":true,"f":false,"n":null}"##,
            r##"big: 1.23456785e+07
e20: 1e+20
e21: 1e+21
f: false
half: 1.5
i64max: 9223372036854775807
int: 1
million: 1000000
"n": null
neg: -5
negzero: 0
small: 0.0001
t: true
third: 0.3333333333333333
tiny: 1e-07
u64: 1.8446744073709552e+19
whole: 1
"##,
        );
    }

    #[test]
    fn kubectl_yaml_escapes_what_yaml_cannot_print() {
        assert_yaml(
            r##"{"accent":"café","cjk":"日本語","emoji":"ok 😀","bom":"\ufeffx","nbsp":"a\u00a0b","bell":"\u0007","esc":"\u001b[0m"}"##,
            r##"accent: café
bell: "\a"
bom: "\uFEFF\x78"
cjk: 日本語
emoji: "ok \U0001F600"
esc: "\e[0m"
nbsp: a b
"##,
        );
    }

    #[test]
    fn kubectl_yaml_sorts_keys_with_numbers_compared_as_numbers() {
        assert_yaml(
            r##"{"a10":1,"a2":2,"a1":3,"b":4,"B":5,"_":6,"1":7,"10":8,"2":9,"x-y":10,"x.y":11,"yes":12,"":13,"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk":14}"##,
            r##""": 13
_: 6
"1": 7
"2": 9
"10": 8
B: 5
a1: 3
a2: 2
a10: 1
b: 4
? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
: 14
x-y: 10
x.y: 11
"yes": 12
"##,
        );
    }
}
