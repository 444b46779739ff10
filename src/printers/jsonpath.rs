//! kubectl's JSONPath templates (`-o jsonpath=…`) over JSON values: literal
//! text mixed with `{…}` actions, `{range}…{end}` loops, filters, slices and
//! recursive descent, printed the way kubectl prints them.
//!
//! Where kubectl has plain bugs this follows the evident intent instead:
//! numbers compare numerically in filters (kubectl never matches an integer
//! field against a literal), an empty slice of one array does not drop the
//! results of the arrays after it, `{.}` is the current object, and a quoted
//! key such as `['app.kubernetes.io/name']` is looked up as one key when an
//! object has it (kubectl always splits it at the dots). Unknown identifiers,
//! filter operators and a stray `{end}` are reported when parsing rather than
//! on first use.

use std::cmp::Ordering;

use serde_json::{Number, Value};

use super::gofmt;

/// Why a template could not be parsed or evaluated; one line, kubectl's wording.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JsonPathError {
    /// The template is not valid JSONPath.
    #[error("error parsing jsonpath {template}, {reason}")]
    Parse {
        /// The template as given.
        template: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The template is valid but does not fit the object.
    #[error("error executing jsonpath {template:?}: {reason}")]
    Execute {
        /// The template as given.
        template: String,
        /// What went wrong, e.g. `status is not found`.
        reason: String,
    },
}

/// A parsed JSONPath template, ready to render any number of objects.
#[derive(Debug, Clone)]
pub struct JsonPath {
    template: String,
    segments: Vec<Segment>,
    allow_missing_keys: bool,
}

impl JsonPath {
    /// Parses `template`; missing keys print nothing, as with `kubectl get`.
    pub fn parse(template: &str) -> Result<Self, JsonPathError> {
        let segments = parse_template(template).map_err(|reason| JsonPathError::Parse {
            template: template.to_owned(),
            reason,
        })?;
        Ok(JsonPath {
            template: template.to_owned(),
            segments,
            allow_missing_keys: true,
        })
    }

    /// Whether a missing key prints nothing (kubectl's default for `get`) or fails,
    /// like `--allow-missing-template-keys=false`.
    pub fn allow_missing_keys(mut self, allow: bool) -> Self {
        self.allow_missing_keys = allow;
        self
    }

    /// Renders the template against `data`: results of one `{…}` joined by a
    /// space, strings raw, objects and arrays as compact JSON.
    pub fn render(&self, data: &Value) -> Result<String, JsonPathError> {
        let mut out = String::new();
        for group in self.find_results(data)? {
            for (index, value) in group.into_iter().enumerate() {
                if index > 0 {
                    out.push(' ');
                }
                match value {
                    Value::Object(_) | Value::Array(_) => out.push_str(&gofmt::marshal(value)),
                    scalar => out.push_str(&gofmt::sprint(scalar)),
                }
            }
        }
        Ok(out)
    }

    /// The values each piece of the template produced, in output order: one
    /// group per literal text or `{…}`, repeated for every `{range}` item.
    pub fn find_results<'a>(
        &'a self,
        data: &'a Value,
    ) -> Result<Vec<Vec<&'a Value>>, JsonPathError> {
        let mut out = Vec::new();
        self.run(&self.segments, data, &mut out)
            .map_err(|reason| JsonPathError::Execute {
                template: self.template.clone(),
                reason,
            })?;
        Ok(out)
    }

    fn run<'a>(
        &'a self,
        segments: &'a [Segment],
        current: &'a Value,
        out: &mut Vec<Vec<&'a Value>>,
    ) -> Result<(), String> {
        for segment in segments {
            match segment {
                Segment::Text(text) => out.push(vec![text]),
                Segment::Action(nodes) => out.push(self.eval(vec![current], nodes)?),
                Segment::Range { path, body } => {
                    for item in self.eval(vec![current], path)? {
                        self.run(body, item, out)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn eval<'a>(
        &'a self,
        input: Vec<&'a Value>,
        nodes: &'a [Node],
    ) -> Result<Vec<&'a Value>, String> {
        nodes
            .iter()
            .try_fold(input, |values, node| self.eval_node(values, node))
    }

    fn eval_node<'a>(
        &'a self,
        input: Vec<&'a Value>,
        node: &'a Node,
    ) -> Result<Vec<&'a Value>, String> {
        match node {
            Node::Text(text) => Ok(vec![text]),
            Node::Constant(value) => Ok(vec![value; input.len()]),
            Node::Field(name) if name.is_empty() => Ok(input),
            Node::Field(name) => self.eval_field(&input, name),
            Node::Key { literal, path } => {
                let has_literal = input
                    .iter()
                    .any(|v| v.as_object().is_some_and(|m| m.contains_key(literal)));
                if has_literal {
                    self.eval_field(&input, literal)
                } else {
                    self.eval(input, path)
                }
            }
            Node::Index(slice) => eval_index(&input, *slice),
            Node::Wildcard => Ok(input.into_iter().flat_map(children).collect()),
            Node::Recursive => {
                let mut out = Vec::new();
                descend(&input, &mut out);
                Ok(out)
            }
            Node::Filter(filter) => self.eval_filter(&input, filter),
            Node::Union(branches) => {
                let mut out = Vec::new();
                for branch in branches {
                    out.extend(self.eval(input.clone(), branch)?);
                }
                Ok(out)
            }
        }
    }

    fn eval_field<'a>(&self, input: &[&'a Value], name: &str) -> Result<Vec<&'a Value>, String> {
        if input.is_empty() {
            return Ok(Vec::new());
        }
        let found: Vec<&Value> = input
            .iter()
            .filter_map(|v| v.as_object().and_then(|m| m.get(name)))
            .collect();
        if found.is_empty() && !self.allow_missing_keys {
            return Err(format!("{name} is not found"));
        }
        Ok(found)
    }

    fn eval_filter<'a>(
        &'a self,
        input: &[&'a Value],
        filter: &'a Filter,
    ) -> Result<Vec<&'a Value>, String> {
        let mut out = Vec::new();
        for &value in input {
            let elements = match value {
                Value::Array(_) | Value::Object(_) => children(value),
                scalar => vec![scalar],
            };
            for element in elements {
                let lefts = match self.eval(vec![element], &filter.left) {
                    Ok(lefts) => lefts,
                    // Items that lack the field simply do not match.
                    Err(_) if self.allow_missing_keys => Vec::new(),
                    Err(e) => return Err(e),
                };
                let rights = self.eval(vec![element], &filter.right)?;
                let left = match lefts.as_slice() {
                    [] => continue,
                    [left] => *left,
                    _ => return Err(ONE_AT_A_TIME.to_owned()),
                };
                let Some(operator) = filter.operator else {
                    out.push(element);
                    continue;
                };
                let right = match rights.as_slice() {
                    [] => continue,
                    [right] => *right,
                    _ => return Err(ONE_AT_A_TIME.to_owned()),
                };
                if operator.holds(left, right) {
                    out.push(element);
                }
            }
        }
        Ok(out)
    }
}

const ONE_AT_A_TIME: &str = "can only compare one element at a time";

/// A piece of a template, in output order.
#[derive(Debug, Clone)]
enum Segment {
    /// Literal text between actions, kept as a JSON string so results can borrow it.
    Text(Value),
    /// One `{…}` expression.
    Action(Vec<Node>),
    /// `{range path}body{end}`: the body once for every value of the path.
    Range { path: Vec<Node>, body: Vec<Segment> },
}

/// One step of an expression; each maps a list of values to a new list.
#[derive(Debug, Clone)]
enum Node {
    /// `.name`; an empty name is the current value.
    Field(String),
    /// `['name']`: a literal key, or kubectl's dotted path when no object has it.
    Key { literal: String, path: Vec<Node> },
    /// `[i]`, `[a:b:c]`, `[*]`.
    Index(Slice),
    /// `.*`: every value of an object or array.
    Wildcard,
    /// `..`: every object and array below, depth first.
    Recursive,
    /// `[?(…)]`.
    Filter(Box<Filter>),
    /// `[a,b]`: the branches' results one after another.
    Union(Vec<Vec<Node>>),
    /// A quoted string: one value whatever the input.
    Text(Value),
    /// A number or boolean literal: one copy per input value.
    Constant(Value),
}

/// Array selection, resolved against each array's length.
#[derive(Debug, Clone, Copy)]
enum Slice {
    Index(i64),
    Range {
        start: Option<i64>,
        end: Option<i64>,
        step: Option<i64>,
    },
}

#[derive(Debug, Clone)]
struct Filter {
    left: Vec<Node>,
    /// `None` tests that the left side exists.
    operator: Option<Operator>,
    right: Vec<Node>,
}

#[derive(Debug, Clone, Copy)]
enum Operator {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

impl Operator {
    fn parse(text: &str) -> Result<Self, String> {
        Ok(match text {
            "==" => Operator::Eq,
            "!=" => Operator::Ne,
            "<" => Operator::Lt,
            ">" => Operator::Gt,
            "<=" => Operator::Le,
            ">=" => Operator::Ge,
            other => return Err(format!("unrecognized filter operator {other}")),
        })
    }

    /// Values of different types, null, objects and arrays are never equal
    /// and never ordered, as in kubectl; booleans only compare for equality.
    fn holds(self, left: &Value, right: &Value) -> bool {
        let ordering = match (left, right) {
            (Value::Number(a), Value::Number(b)) => compare_numbers(a, b),
            (Value::String(a), Value::String(b)) => Some(a.cmp(b)),
            (Value::Bool(a), Value::Bool(b)) => {
                return match self {
                    Operator::Eq => a == b,
                    Operator::Ne => a != b,
                    _ => false,
                };
            }
            _ => None,
        };
        match (self, ordering) {
            (Operator::Ne, None) => true,
            (_, None) => false,
            (Operator::Eq, Some(o)) => o == Ordering::Equal,
            (Operator::Ne, Some(o)) => o != Ordering::Equal,
            (Operator::Lt, Some(o)) => o == Ordering::Less,
            (Operator::Gt, Some(o)) => o == Ordering::Greater,
            (Operator::Le, Some(o)) => o != Ordering::Greater,
            (Operator::Ge, Some(o)) => o != Ordering::Less,
        }
    }
}

fn compare_numbers(a: &Number, b: &Number) -> Option<Ordering> {
    match (a.as_i64(), b.as_i64()) {
        (Some(a), Some(b)) => Some(a.cmp(&b)),
        _ => a.as_f64()?.partial_cmp(&b.as_f64()?),
    }
}

/// Elements of an array, or values of an object in key order (kubectl sorts
/// map keys); nothing for scalars and null.
fn children(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(map) => gofmt::sorted(map).into_iter().map(|(_, v)| v).collect(),
        _ => Vec::new(),
    }
}

/// Every non-empty object and array at or below `input`, parents first.
fn descend<'a>(input: &[&'a Value], out: &mut Vec<&'a Value>) {
    for &value in input {
        let below = children(value);
        if !below.is_empty() {
            out.push(value);
            descend(&below, out);
        }
    }
}

fn eval_index<'a>(input: &[&'a Value], slice: Slice) -> Result<Vec<&'a Value>, String> {
    let mut out = Vec::new();
    for &value in input {
        let items = match value {
            Value::Null => continue,
            Value::Array(items) => items,
            other => return Err(format!("{} is not array or slice", go_type(other))),
        };
        let len = i64::try_from(items.len()).unwrap_or(i64::MAX);
        // Saturating: indexes come from users and may be near i64's limits.
        let wrap = |i: i64| if i < 0 { i.saturating_add(len) } else { i };
        let (start, end, step) = match slice {
            // `[i]` is the slice `[i:i+1]`, so `[-1]` is `[len-1:len]`.
            Slice::Index(i) => (wrap(i), wrap(i).saturating_add(1), None),
            Slice::Range { start, end, step } => {
                (wrap(start.unwrap_or(0)), wrap(end.unwrap_or(len)), step)
            }
        };
        if start == end {
            continue;
        }
        if start < 0 || start >= len {
            return Err(format!(
                "array index out of bounds: index {start}, length {len}"
            ));
        }
        if end < 0 || end > len {
            return Err(format!(
                "array index out of bounds: index {}, length {len}",
                end.saturating_sub(1)
            ));
        }
        if start > end {
            return Err(format!(
                "starting index {start} is greater than ending index {end}"
            ));
        }
        let step = match step {
            Some(step) if step <= 0 => return Err("step must be > 0".to_owned()),
            Some(step) => usize::try_from(step).unwrap_or(usize::MAX),
            None => 1,
        };
        // Both bounds were checked against the length above.
        let (start, end) = (
            usize::try_from(start).unwrap_or(0),
            usize::try_from(end).unwrap_or(0),
        );
        out.extend(items[start..end].iter().step_by(step));
    }
    Ok(out)
}

/// The Go type kubectl names in errors for a decoded JSON value.
fn go_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "<nil>",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float64",
        Value::Number(_) => "int64",
        Value::String(_) => "string",
        Value::Array(_) => "[]interface {}",
        Value::Object(_) => "map[string]interface {}",
    }
}

/// What an action is, by its first word.
enum ActionKind {
    Plain,
    Range,
    End,
}

/// Splits a template into text and actions, then nests ranges.
fn parse_template(template: &str) -> Result<Vec<Segment>, String> {
    let mut parser = Parser::new(template);
    // Open ranges: their path and the segments that came before them.
    let mut open: Vec<(Vec<Node>, Vec<Segment>)> = Vec::new();
    let mut current = Vec::new();
    loop {
        let (text, action_follows) = parser.take_text();
        if !text.is_empty() {
            current.push(Segment::Text(Value::String(text)));
        }
        if !action_follows {
            break;
        }
        let (kind, nodes) = parser.parse_action()?;
        match kind {
            ActionKind::Plain => current.push(Segment::Action(nodes)),
            ActionKind::Range => open.push((nodes, std::mem::take(&mut current))),
            ActionKind::End => {
                let (path, outer) = open
                    .pop()
                    .ok_or_else(|| "not in range, nothing to end".to_owned())?;
                let body = std::mem::replace(&mut current, outer);
                current.push(Segment::Range { path, body });
            }
        }
    }
    // kubectl lets an unclosed range run to the end of the template.
    while let Some((path, outer)) = open.pop() {
        let body = std::mem::replace(&mut current, outer);
        current.push(Segment::Range { path, body });
    }
    Ok(current)
}

/// Parses an expression found inside brackets or a filter, e.g. `@.status`.
fn parse_expression(text: &str) -> Result<Vec<Node>, String> {
    Parser::new(text).parse_nodes(true).map(|(_, nodes)| nodes)
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn new(text: &str) -> Self {
        Parser {
            chars: text.chars().collect(),
            pos: 0,
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    fn starts_with(&self, prefix: &str) -> bool {
        prefix
            .chars()
            .enumerate()
            .all(|(offset, expected)| self.chars.get(self.pos + offset) == Some(&expected))
    }

    /// Literal text up to the next `{` (consumed), and whether there was one.
    fn take_text(&mut self) -> (String, bool) {
        let mut text = String::new();
        while let Some(c) = self.next() {
            if c == '{' {
                return (text, true);
            }
            text.push(c);
        }
        (text, false)
    }

    /// The inside of one `{…}`, after its `{`.
    fn parse_action(&mut self) -> Result<(ActionKind, Vec<Node>), String> {
        self.parse_nodes(false)
    }

    /// Nodes up to the closing `}` (an action) or the end of the text (a nested expression).
    fn parse_nodes(&mut self, nested: bool) -> Result<(ActionKind, Vec<Node>), String> {
        let mut kind = ActionKind::Plain;
        let mut nodes = Vec::new();
        loop {
            if nested && self.at_end() {
                return Ok((kind, nodes));
            }
            if !nested && self.starts_with("}") {
                self.pos += 1;
                if matches!(kind, ActionKind::End) && !nodes.is_empty() {
                    return Err("end takes no expression".to_owned());
                }
                return Ok((kind, nodes));
            }
            if self.starts_with("[?(") {
                self.pos += 3;
                nodes.push(self.parse_filter()?);
                continue;
            }
            if self.starts_with("..") {
                if matches!(nodes.last(), Some(Node::Recursive)) {
                    return Err("invalid multiple recursive descent".to_owned());
                }
                self.pos += 2;
                nodes.push(Node::Recursive);
                if self.peek().is_some_and(is_alphanumeric) {
                    nodes.push(self.parse_field());
                }
                continue;
            }
            match self.next() {
                None | Some('\r' | '\n') => return Err("unclosed action".to_owned()),
                // `@` and `$` name the current value, which is where every action starts.
                Some(' ' | '@' | '$') => {}
                Some('[') => nodes.push(self.parse_bracket()?),
                Some(quote @ ('"' | '\'')) => {
                    nodes.push(Node::Text(Value::String(self.parse_quote(quote)?)));
                }
                Some('.') => nodes.push(self.parse_field()),
                Some(c) if c == '+' || c == '-' || c.is_ascii_digit() => {
                    self.pos -= 1;
                    nodes.push(self.parse_number()?);
                }
                Some(c) if is_alphanumeric(c) => {
                    self.pos -= 1;
                    let word = self.take_word();
                    match word.as_str() {
                        "true" => nodes.push(Node::Constant(Value::Bool(true))),
                        "false" => nodes.push(Node::Constant(Value::Bool(false))),
                        "range" if !nested && nodes.is_empty() => kind = ActionKind::Range,
                        "end" if !nested && nodes.is_empty() => kind = ActionKind::End,
                        _ => return Err(format!("unrecognized identifier {word}")),
                    }
                }
                Some(c) => {
                    return Err(format!("unrecognized character in action: {}", go_rune(c)));
                }
            }
        }
    }

    /// A field name after `.`, up to an unescaped terminator; `\.` keeps a dot in the name.
    fn parse_field(&mut self) -> Node {
        let mut name = String::new();
        let mut escaped_any = false;
        while let Some(c) = self.peek() {
            if c == '\\' {
                self.pos += 1;
                escaped_any = true;
                if let Some(escaped) = self.next() {
                    name.push(escaped);
                }
            } else if is_terminator(c) {
                break;
            } else {
                self.pos += 1;
                name.push(c);
            }
        }
        if name == "*" && !escaped_any {
            Node::Wildcard
        } else {
            Node::Field(name)
        }
    }

    /// A bare word such as `range` or `true`.
    fn take_word(&mut self) -> String {
        let mut word = String::new();
        while let Some(c) = self.peek().filter(|c| !is_terminator(*c)) {
            self.pos += 1;
            word.push(c);
        }
        word
    }

    fn parse_number(&mut self) -> Result<Node, String> {
        let start = self.pos;
        if matches!(self.peek(), Some('+' | '-')) {
            self.pos += 1;
        }
        while self.peek().is_some_and(|c| c == '.' || c.is_ascii_digit()) {
            self.pos += 1;
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        if let Ok(int) = text.parse::<i64>() {
            return Ok(Node::Constant(Value::from(int)));
        }
        text.parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(|n| Node::Constant(Value::Number(n)))
            .ok_or_else(|| format!("cannot parse number {text}"))
    }

    /// The inside of `[…]`, after the `[`: an index, slice, union or quoted key.
    fn parse_bracket(&mut self) -> Result<Node, String> {
        let start = self.pos;
        loop {
            match self.next() {
                None | Some('\n') => return Err("unterminated array".to_owned()),
                Some(']') => break,
                Some(_) => {}
            }
        }
        let text: String = self.chars[start..self.pos - 1].iter().collect();
        let text = if text == "*" { ":".to_owned() } else { text };

        if text.contains(',') {
            let branches = text
                .split(',')
                .map(|part| parse_expression(&format!("[{}]", part.trim_matches(' '))))
                .collect::<Result<_, _>>()?;
            return Ok(Node::Union(branches));
        }
        if let Some(key) = text
            .strip_prefix('\'')
            .and_then(|t| t.strip_suffix('\''))
            .filter(|key| !key.contains('\''))
        {
            return Ok(Node::Key {
                literal: key.replace('\\', ""),
                path: parse_expression(&format!(".{key}"))?,
            });
        }
        parse_slice(&text).map(Node::Index)
    }

    /// The inside of `[?(…)]`, after the `[?(`.
    fn parse_filter(&mut self) -> Result<Node, String> {
        let start = self.pos;
        let mut quote = None;
        loop {
            let c = match self.next() {
                None | Some('\n') => return Err("unterminated filter".to_owned()),
                Some(c) => c,
            };
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) if c == '\\' => self.pos += 1,
                Some(_) => {}
                None if c == '"' || c == '\'' => quote = Some(c),
                None if c == ')' => break,
                None => {}
            }
        }
        let text: String = self.chars[start..self.pos - 1].iter().collect();
        if self.next() != Some(']') {
            return Err("unclosed array expect ]".to_owned());
        }

        // Like kubectl: the first run of comparison characters splits the two sides.
        let is_operator = |c: char| matches!(c, '!' | '<' | '>' | '=');
        if let Some(op_start) = text.find(is_operator).filter(|i| *i > 0) {
            let op_end = text[op_start..]
                .find(|c| !is_operator(c))
                .map_or(text.len(), |i| op_start + i);
            if op_end < text.len() {
                return Ok(Node::Filter(Box::new(Filter {
                    left: parse_expression(&text[..op_start])?,
                    operator: Some(Operator::parse(&text[op_start..op_end])?),
                    right: parse_expression(&text[op_end..])?,
                })));
            }
        }
        Ok(Node::Filter(Box::new(Filter {
            left: parse_expression(&text)?,
            operator: None,
            right: Vec::new(),
        })))
    }

    /// A quoted string after its opening quote, with Go's escapes (`\n`, `\t`, `\u00e9`…).
    fn parse_quote(&mut self, quote: char) -> Result<String, String> {
        let start = self.pos;
        loop {
            match self.next() {
                None | Some('\n') => return Err("unterminated quoted string".to_owned()),
                Some('\\') => self.pos += 1,
                Some(c) if c == quote => break,
                Some(_) => {}
            }
        }
        let body: String = self.chars[start..self.pos - 1].iter().collect();
        unescape(&body)
            .ok_or_else(|| format!("unquote string {quote}{body}{quote} error invalid syntax"))
    }
}

/// `[3]`, `[-1]`, `[1:3]`, `[::2]`; anything else is not an index.
fn parse_slice(text: &str) -> Result<Slice, String> {
    let parts: Vec<&str> = text.split(':').collect();
    let well_formed = parts.len() <= 3
        && parts.iter().all(|p| {
            let digits = p.strip_prefix('-').unwrap_or(p);
            digits.chars().all(|c| c.is_ascii_digit())
        });
    if !well_formed {
        return Err(format!("invalid array index {text}"));
    }
    let number = |part: Option<&&str>| -> Result<Option<i64>, String> {
        match part {
            None | Some(&"") => Ok(None),
            Some(p) => p
                .parse()
                .map(Some)
                .map_err(|_| format!("array index {p} is not a number")),
        }
    };
    if parts.len() == 1 {
        // `[]` means the first element, as in kubectl.
        return Ok(Slice::Index(number(parts.first())?.unwrap_or(0)));
    }
    Ok(Slice::Range {
        start: number(parts.first())?,
        end: number(parts.get(1))?,
        step: number(parts.get(2))?,
    })
}

/// Resolves Go string escapes; `None` for an invalid one.
fn unescape(body: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let escaped = match chars.next()? {
            'a' => '\u{7}',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\u{b}',
            c @ ('\\' | '\'' | '"') => c,
            'x' => hex_char(&mut chars, 2)?,
            'u' => hex_char(&mut chars, 4)?,
            'U' => hex_char(&mut chars, 8)?,
            first @ '0'..='7' => {
                let rest: String = chars.by_ref().take(2).collect();
                char::from_u32(u32::from_str_radix(&format!("{first}{rest}"), 8).ok()?)
                    .filter(|_| rest.len() == 2)?
            }
            _ => return None,
        };
        out.push(escaped);
    }
    Some(out)
}

fn hex_char(chars: &mut std::str::Chars<'_>, digits: usize) -> Option<char> {
    let hex: String = chars.by_ref().take(digits).collect();
    if hex.len() != digits {
        return None;
    }
    char::from_u32(u32::from_str_radix(&hex, 16).ok()?)
}

/// Characters that end a field name or word.
fn is_terminator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\r' | '\n' | '.' | ',' | '[' | ']' | '$' | '@' | '{' | '}'
    )
}

fn is_alphanumeric(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Go's `%#U`: `U+0023 '#'`.
fn go_rune(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("U+{:04X} '{c}'", u32::from(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(template: &str, data: &Value) -> String {
        JsonPath::parse(template).unwrap().render(data).unwrap()
    }

    fn strict_error(template: &str, data: &Value) -> String {
        JsonPath::parse(template)
            .unwrap()
            .allow_missing_keys(false)
            .render(data)
            .unwrap_err()
            .to_string()
    }

    fn parse_error(template: &str) -> String {
        JsonPath::parse(template).unwrap_err().to_string()
    }

    fn nodes() -> Value {
        json!({
            "kind": "List",
            "items": [
                {"kind": "None",
                 "metadata": {"name": "127.0.0.1", "labels": {"kubernetes.io/hostname": "127.0.0.1"}},
                 "status": {"capacity": {"cpu": "4"}, "ready": true,
                            "addresses": [{"type": "LegacyHostIP", "address": "127.0.0.1"}]}},
                {"kind": "None",
                 "metadata": {"name": "127.0.0.2", "labels": {"kubernetes.io/hostname": "127.0.0.2"}},
                 "status": {"capacity": {"cpu": "8"}, "ready": false,
                            "addresses": [{"type": "LegacyHostIP", "address": "127.0.0.2"},
                                          {"type": "another", "address": "127.0.0.3"}]}},
            ],
            "users": [
                {"name": "myself", "user": {}},
                {"name": "e2e", "user": {"username": "admin", "password": "secret"}},
            ],
        })
    }

    #[test]
    fn plain_text_is_printed_as_is() {
        assert_eq!(render("hello jsonpath", &json!(null)), "hello jsonpath");
        assert_eq!(render("a } b", &json!(null)), "a } b");
    }

    #[test]
    fn field_paths_print_strings_raw() {
        let data = json!({"metadata": {"name": "web", "generation": 3}});
        assert_eq!(render("{.metadata.name}", &data), "web");
        assert_eq!(
            render("name={.metadata.name} gen={.metadata.generation}", &data),
            "name=web gen=3"
        );
        assert_eq!(render("{$.metadata.name}", &data), "web");
    }

    #[test]
    fn several_results_are_joined_by_a_space() {
        assert_eq!(
            render("{.items[*].metadata.name}", &nodes()),
            "127.0.0.1 127.0.0.2"
        );
        assert_eq!(
            render("{.items[*].status.addresses[*].address}", &nodes()),
            "127.0.0.1 127.0.0.2 127.0.0.3"
        );
    }

    #[test]
    fn objects_and_arrays_print_as_compact_json() {
        let data = json!({"a": {"z": 1, "b": [true, "x", null, 2.5]}});
        assert_eq!(render("{.a}", &data), r#"{"b":[true,"x",null,2.5],"z":1}"#);
        assert_eq!(render("{@}", &json!([1, 2, 3])), "[1,2,3]");
        assert_eq!(render("{$}", &json!({"k": "v"})), r#"{"k":"v"}"#);
        assert_eq!(render("{.}", &json!({"k": "v"})), r#"{"k":"v"}"#);
    }

    #[test]
    fn scalars_print_like_kubectl() {
        let data = json!({"t": true, "n": null, "f": 0.5, "i": -7});
        assert_eq!(render("{.t} {.n} {.f} {.i}", &data), "true <nil> 0.5 -7");
    }

    #[test]
    fn array_indexes_and_slices_select_elements() {
        let data = json!({"l": ["a", "b", "c", "d", "e", "f"]});
        assert_eq!(render("{.l[0]}", &data), "a");
        assert_eq!(render("{.l[-1]}", &data), "f");
        assert_eq!(render("{.l[-2]}", &data), "e");
        assert_eq!(render("{.l[1:3]}", &data), "b c");
        assert_eq!(render("{.l[:2]}", &data), "a b");
        assert_eq!(render("{.l[-2:]}", &data), "e f");
        assert_eq!(render("{.l[0:-1]}", &data), "a b c d e");
        assert_eq!(render("{.l[1:4:2]}", &data), "b d");
        assert_eq!(render("{.l[::3]}", &data), "a d");
        assert_eq!(render("{.l[0:0]}", &data), "");
        assert_eq!(render("{.l[*]}", &data), "a b c d e f");
    }

    #[test]
    fn out_of_range_indexes_fail_even_when_keys_may_be_missing() {
        let data = json!({"l": ["a", "b"]});
        let err = JsonPath::parse("{.l[5]}")
            .unwrap()
            .render(&data)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"error executing jsonpath "{.l[5]}": array index out of bounds: index 5, length 2"#
        );
        assert!(JsonPath::parse("{.l[-3]}").unwrap().render(&data).is_err());
        assert!(JsonPath::parse("{.l[2:1]}").unwrap().render(&data).is_err());
        assert!(
            JsonPath::parse("{.l[0:2:0]}")
                .unwrap()
                .render(&data)
                .is_err()
        );
        assert!(
            JsonPath::parse("{.items[0]}")
                .unwrap()
                .render(&json!({"items": []}))
                .is_err()
        );
    }

    #[test]
    fn indexes_at_the_limits_of_i64_are_errors_not_overflows() {
        let max = i64::MAX;
        let min = i64::MIN;
        for data in [json!({"l": [1, 2, 3]}), json!({"l": []})] {
            for template in [
                format!("{{.l[{max}]}}"),
                format!("{{.l[{min}]}}"),
                format!("{{.l[{min}:{min}]}}"),
                format!("{{.l[0:{min}]}}"),
                format!("{{.l[{max}:{max}:{max}]}}"),
                format!("{{.l[{min}:{max}]}}"),
                format!("{{.l[1:{max}]}}"),
            ] {
                let parsed = JsonPath::parse(&template).unwrap();
                // Ok (an empty slice) or an error; never a panic.
                let _ = parsed.render(&data);
            }
        }
        assert!(JsonPath::parse("{.l[99999999999999999999]}").is_err());
    }

    #[test]
    fn indexing_an_object_names_its_go_type() {
        assert_eq!(
            strict_error("{.a[0]}", &json!({"a": {"b": 1}})),
            r#"error executing jsonpath "{.a[0]}": map[string]interface {} is not array or slice"#
        );
    }

    #[test]
    fn wildcards_list_values_in_key_order() {
        let data = json!({"labels": {"b": "2", "a": "1"}, "l": [1, 2]});
        assert_eq!(render("{.labels.*}", &data), "1 2");
        assert_eq!(render("{.l.*}", &data), "1 2");
    }

    #[test]
    fn recursive_descent_finds_fields_at_any_depth() {
        let data = json!({"a": {"name": "x", "b": [{"name": "y"}, {"c": {"name": "z"}}]}});
        assert_eq!(render("{..name}", &data), "x y z");
        assert_eq!(render("{...name}", &data), "x y z");
        assert_eq!(render("{..}", &json!([1, 2, 3])), "[1,2,3]");
        assert_eq!(
            render("{.items[*]..address}", &nodes()),
            "127.0.0.1 127.0.0.2 127.0.0.3"
        );
    }

    #[test]
    fn filters_compare_fields_with_literals() {
        let data = json!({"conditions": [
            {"type": "Available", "status": "True", "n": 1},
            {"type": "Progressing", "status": "False", "n": 2},
            {"type": "Ready", "status": "True", "n": 3, "extra": {}},
        ]});
        assert_eq!(
            render(r#"{.conditions[?(@.status=="True")].type}"#, &data),
            "Available Ready"
        );
        assert_eq!(
            render(r#"{.conditions[?(@.status!="True")].type}"#, &data),
            "Progressing"
        );
        assert_eq!(
            render("{.conditions[?(@.n>1)].type}", &data),
            "Progressing Ready"
        );
        assert_eq!(render("{.conditions[?(@.n>=2)].n}", &data), "2 3");
        assert_eq!(render("{.conditions[?(@.n<2)].n}", &data), "1");
        assert_eq!(render("{.conditions[?(@.n<=2.5)].n}", &data), "1 2");
        assert_eq!(render("{.conditions[?(@.extra)].type}", &data), "Ready");
        assert_eq!(
            render("{.conditions[?(@.type<'B')].type}", &data),
            "Available"
        );
        assert_eq!(render("{[?(@<5)]}", &json!([2, 6, 3, 7])), "2 3");
    }

    #[test]
    fn filters_match_booleans_and_nested_paths() {
        assert_eq!(
            render(r#"{.users[?(@.name=="e2e")].user.password}"#, &nodes()),
            "secret"
        );
        assert_eq!(
            render("{.items[?(@..ready==true)].metadata.name}", &nodes()),
            "127.0.0.1"
        );
        assert_eq!(
            render(
                r#"{.items[?(@.metadata.labels.kubernetes\.io/hostname=="127.0.0.2")].status.capacity.cpu}"#,
                &nodes()
            ),
            "8"
        );
    }

    #[test]
    fn filter_on_items_missing_the_field_skips_them_unless_strict() {
        let data = json!({"items": [
            {"metadata": {"name": "p1", "annotations": {"color": "blue"}}},
            {"metadata": {"name": "p2"}},
            {"metadata": {"name": "p3", "annotations": {"color": "blue"}}},
        ]});
        let template = r#"{.items[?(@.metadata.annotations.color=="blue")].metadata.name}"#;
        assert_eq!(render(template, &data), "p1 p3");
        assert!(strict_error(template, &data).contains("annotations is not found"));
    }

    #[test]
    fn range_repeats_its_body_for_every_item() {
        assert_eq!(
            render("{range .items[*]}{.metadata.name}, {end}{.kind}", &nodes()),
            "127.0.0.1, 127.0.0.2, List"
        );
        assert_eq!(
            render(r#"{range .items[*]}{.metadata.name}{"\t"}{end}"#, &nodes()),
            "127.0.0.1\t127.0.0.2\t"
        );
        assert_eq!(
            render(
                "{range .items[*]}[{.metadata.name}, {.status.capacity}] {end}",
                &nodes()
            ),
            r#"[127.0.0.1, {"cpu":"4"}] [127.0.0.2, {"cpu":"8"}] "#
        );
    }

    #[test]
    fn nested_ranges_close_in_order() {
        assert_eq!(
            render(
                "{range .items[*]}{range .status.addresses[*]}{.address}, {end}{end}",
                &nodes()
            ),
            "127.0.0.1, 127.0.0.2, 127.0.0.3, "
        );
        assert_eq!(
            render(
                r#"{range .items[*]}{.metadata.name}{":"}{range @.status.addresses[*]}{.type}{","}{end}{"+"}{end}"#,
                &nodes()
            ),
            "127.0.0.1:LegacyHostIP,+127.0.0.2:LegacyHostIP,another,+"
        );
    }

    #[test]
    fn empty_range_prints_nothing_but_what_follows_it() {
        let data = json!({"items": []});
        let template = r#"{range .items[*]}{.metadata.name}{end}{"done\n"}"#;
        assert_eq!(render(template, &data), "done\n");
        let strict = JsonPath::parse(template).unwrap().allow_missing_keys(false);
        assert_eq!(strict.render(&data).unwrap(), "done\n");
    }

    #[test]
    fn string_literals_support_escapes() {
        assert_eq!(
            render(r#"{"\n"}{"\t"}{'x'}{"{"}{"\u00e9"}"#, &json!(null)),
            "\n\tx{é"
        );
    }

    #[test]
    fn escaped_dots_stay_in_the_key() {
        let data =
            json!({"metadata": {"labels": {"app.kubernetes.io/name": "web", "k8s-app": "dns"}}});
        assert_eq!(
            render(r"{.metadata.labels.app\.kubernetes\.io/name}", &data),
            "web"
        );
        assert_eq!(render("{.metadata.labels.k8s-app}", &data), "dns");
    }

    #[test]
    fn quoted_keys_with_dots_are_single_keys_when_present() {
        let data = json!({"metadata": {"name": "n", "labels": {"app.kubernetes.io/name": "web"}}});
        assert_eq!(
            render("{.metadata.labels['app.kubernetes.io/name']}", &data),
            "web"
        );
        assert_eq!(
            render(r"{.metadata.labels['app\.kubernetes\.io/name']}", &data),
            "web"
        );
        // Without such a key, the dots separate fields as in kubectl.
        assert_eq!(render("{['metadata.name']}", &data), "n");
        assert_eq!(render("{[0]['id']}", &json!([{"id": "i1"}])), "i1");
    }

    #[test]
    fn unions_concatenate_their_branches() {
        assert_eq!(render("{[1,3,4]}", &json!([0, 1, 2, 3, 4])), "1 3 4");
        assert_eq!(
            render("{.items[*]['metadata.name', 'status.capacity']}", &nodes()),
            r#"127.0.0.1 127.0.0.2 {"cpu":"4"} {"cpu":"8"}"#
        );
    }

    #[test]
    fn missing_keys_print_nothing_by_default() {
        let data = json!({"metadata": {"name": "web"}});
        assert_eq!(render("[{.metadata.namespace}]", &data), "[]");
        assert_eq!(render("{.spec.replicas}", &data), "");
    }

    #[test]
    fn missing_keys_fail_when_strict() {
        let data = json!({"metadata": {"name": "web"}});
        assert_eq!(
            strict_error("{.metadata.namespace}", &data),
            r#"error executing jsonpath "{.metadata.namespace}": namespace is not found"#
        );
        // No items means no lookups, so nothing is missing.
        let empty = json!({"items": []});
        let strict = JsonPath::parse("{.items[*].metadata.name}")
            .unwrap()
            .allow_missing_keys(false);
        assert_eq!(strict.render(&empty).unwrap(), "");
    }

    #[test]
    fn parse_errors_are_one_line() {
        assert_eq!(
            parse_error("{.a"),
            "error parsing jsonpath {.a, unclosed action"
        );
        assert_eq!(
            parse_error("{.a[0}"),
            "error parsing jsonpath {.a[0}, unterminated array"
        );
        assert_eq!(
            parse_error("{.a[x]}"),
            "error parsing jsonpath {.a[x]}, invalid array index x"
        );
        assert_eq!(
            parse_error("{hello}"),
            "error parsing jsonpath {hello}, unrecognized identifier hello"
        );
        assert_eq!(
            parse_error("{.a[?(@.b<>1)]}"),
            "error parsing jsonpath {.a[?(@.b<>1)]}, unrecognized filter operator <>"
        );
        assert_eq!(
            parse_error("{range .a[*]}{@}{end}{end}"),
            "error parsing jsonpath {range .a[*]}{@}{end}{end}, not in range, nothing to end"
        );
        assert_eq!(
            parse_error("{#}"),
            "error parsing jsonpath {#}, unrecognized character in action: U+0023 '#'"
        );
        assert_eq!(
            parse_error("abc{"),
            "error parsing jsonpath abc{, unclosed action"
        );
        assert_eq!(
            parse_error("{......a}"),
            "error parsing jsonpath {......a}, invalid multiple recursive descent"
        );
        assert_eq!(
            parse_error(r#"{"\q"}"#),
            r#"error parsing jsonpath {"\q"}, unquote string "\q" error invalid syntax"#
        );
        assert!(!parse_error("{.a[?(@.b==1)}").contains('\n'));
    }

    #[test]
    fn unclosed_range_runs_to_the_end() {
        assert_eq!(
            render("{range .l[*]}<{@}>", &json!({"l": [1, 2]})),
            "<1><2>"
        );
    }

    #[test]
    fn results_can_be_collected_without_rendering() {
        let jp = JsonPath::parse("{.l[*]}!").unwrap();
        let data = json!({"l": ["a", "b"]});
        let results = jp.find_results(&data).unwrap();
        assert_eq!(
            results,
            vec![vec![&json!("a"), &json!("b")], vec![&json!("!")]]
        );
    }
}
