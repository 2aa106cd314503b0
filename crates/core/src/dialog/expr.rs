//! The small expression language of `when` conditions and `args`.
//!
//! Hand-written rather than taken from an evaluator crate because the point is the static
//! check: every name, type and choice value is verified when the files load, so a
//! coordinator's typo is a `path:line:col` error, never a wrong answer to a parent.

use std::fmt;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Bool,
    Num,
    Money,
    List,
    Text,
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Type::Bool => "yes/no",
            Type::Num => "number",
            Type::Money => "amount in euro",
            Type::List => "list of numbers",
            Type::Text => "text",
        })
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Value {
    Bool(bool),
    Num(f64),
    List(Vec<f64>),
    Text(String),
    /// Only produced by evaluation (figures in euro and arithmetic on them), never stored.
    #[serde(skip)]
    Money(f64),
}

impl Value {
    pub fn ty(&self) -> Type {
        match self {
            Value::Bool(_) => Type::Bool,
            Value::Num(_) => Type::Num,
            Value::Money(_) => Type::Money,
            Value::List(_) => Type::List,
            Value::Text(_) => Type::Text,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BinOp {
    And,
    Or,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Func {
    Known,
    Count,
    CountBelow,
    CountBetween,
    Min,
    Max,
    If,
}

impl Func {
    fn from_name(name: &str) -> Option<Func> {
        Some(match name {
            "known" => Func::Known,
            "count" => Func::Count,
            "count_below" => Func::CountBelow,
            "count_between" => Func::CountBetween,
            "min" => Func::Min,
            "max" => Func::Max,
            "if" => Func::If,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Lit(Value),
    Var(String),
    Not(Box<Expr>),
    Neg(Box<Expr>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    In(Box<Expr>, Vec<Expr>),
    Call(Func, Vec<Expr>),
}

/// A parsed expression; `span` is the byte range inside the expression text.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    kind: Kind,
    span: Range<usize>,
}

/// A problem inside an expression, with the byte offset inside the expression text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExprError {
    pub offset: usize,
    pub message: String,
    /// The unknown name, when that is the problem: a caller that knows the name's file failed
    /// to load can leave the error out instead of repeating one mistake many times.
    pub unknown: Option<String>,
}

fn err<T>(offset: usize, message: impl Into<String>) -> Result<T, ExprError> {
    Err(ExprError {
        offset,
        message: message.into(),
        unknown: None,
    })
}

/// What the type checker needs to know about a name.
pub struct NameInfo<'a> {
    pub ty: Type,
    /// Allowed values of a choice fact, to catch misspelt literals.
    pub choices: Option<&'a [String]>,
    /// Facts can be asked `known(...)`; figures always are known.
    pub is_fact: bool,
}

pub trait Names {
    fn lookup(&self, name: &str) -> Option<NameInfo<'_>>;
}

/// Values at evaluation time; `None` means the parent has not answered (yet).
pub trait Env {
    fn get(&self, name: &str) -> Option<Value>;
}

// ---------------------------------------------------------------- lexer

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Str(String),
    Ident(String),
    Sym(&'static str),
}

fn lex(src: &str) -> Result<Vec<(Tok, Range<usize>)>, ExprError> {
    let mut out = Vec::new();
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
            let text = &src[start..i];
            let n: f64 = text.parse().map_err(|_| ExprError {
                offset: start,
                message: format!("'{text}' is not a number"),
                unknown: None,
            })?;
            out.push((Tok::Num(n), start..i));
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            out.push((Tok::Ident(src[start..i].to_string()), start..i));
            continue;
        }
        if c == b'\'' || c == b'"' {
            let quote = c;
            i += 1;
            while i < bytes.len() && bytes[i] != quote {
                i += 1;
            }
            if i >= bytes.len() {
                return err(start, "text is missing its closing quote");
            }
            out.push((Tok::Str(src[start + 1..i].to_string()), start..i + 1));
            i += 1;
            continue;
        }
        let two = src.get(i..i + 2).unwrap_or("");
        let sym: &'static str = match two {
            "==" => "==",
            "!=" => "!=",
            "<=" => "<=",
            ">=" => ">=",
            "&&" => "and",
            "||" => "or",
            _ => match c {
                b'<' => "<",
                b'>' => ">",
                b'+' => "+",
                b'-' => "-",
                b'*' => "*",
                b'/' => "/",
                b'(' => "(",
                b')' => ")",
                b'[' => "[",
                b']' => "]",
                b',' => ",",
                b'!' => "not",
                b'=' => return err(start, "use '==' to compare"),
                _ => {
                    let ch = src[start..].chars().next().unwrap_or('?');
                    return err(start, format!("unexpected character '{ch}'"));
                }
            },
        };
        i += if two == sym || matches!(two, "&&" | "||") {
            2
        } else {
            1
        };
        out.push((Tok::Sym(sym), start..i));
    }
    Ok(out)
}

// ---------------------------------------------------------------- parser

struct Parser {
    toks: Vec<(Tok, Range<usize>)>,
    pos: usize,
    end: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.0)
    }

    fn offset(&self) -> usize {
        self.toks
            .get(self.pos)
            .map(|t| t.1.start)
            .unwrap_or(self.end)
    }

    fn is_word(&self, w: &str) -> bool {
        match self.peek() {
            Some(Tok::Ident(s)) => s == w,
            Some(Tok::Sym(s)) => *s == w,
            _ => false,
        }
    }

    fn expect_sym(&mut self, sym: &str) -> Result<usize, ExprError> {
        match self.toks.get(self.pos) {
            Some((Tok::Sym(s), r)) if *s == sym => {
                self.pos += 1;
                Ok(r.end)
            }
            _ => err(self.offset(), format!("expected '{sym}'")),
        }
    }

    fn or(&mut self) -> Result<Expr, ExprError> {
        let mut lhs = self.and()?;
        while self.is_word("or") {
            self.pos += 1;
            let rhs = self.and()?;
            lhs = bin(BinOp::Or, lhs, rhs);
        }
        Ok(lhs)
    }

    fn and(&mut self) -> Result<Expr, ExprError> {
        let mut lhs = self.not()?;
        while self.is_word("and") {
            self.pos += 1;
            let rhs = self.not()?;
            lhs = bin(BinOp::And, lhs, rhs);
        }
        Ok(lhs)
    }

    fn not(&mut self) -> Result<Expr, ExprError> {
        if self.is_word("not") {
            let start = self.offset();
            self.pos += 1;
            let inner = self.not()?;
            let span = start..inner.span.end;
            return Ok(Expr {
                kind: Kind::Not(Box::new(inner)),
                span,
            });
        }
        self.cmp()
    }

    fn cmp(&mut self) -> Result<Expr, ExprError> {
        let lhs = self.add()?;
        if self.is_word("in") {
            self.pos += 1;
            self.expect_sym("[")?;
            let mut items = Vec::new();
            if !self.is_word("]") {
                loop {
                    items.push(self.add()?);
                    if self.is_word(",") {
                        self.pos += 1;
                        continue;
                    }
                    break;
                }
            }
            let end = self.expect_sym("]")?;
            let span = lhs.span.start..end;
            return Ok(Expr {
                kind: Kind::In(Box::new(lhs), items),
                span,
            });
        }
        let op = match self.peek() {
            Some(Tok::Sym("==")) => BinOp::Eq,
            Some(Tok::Sym("!=")) => BinOp::Ne,
            Some(Tok::Sym("<")) => BinOp::Lt,
            Some(Tok::Sym("<=")) => BinOp::Le,
            Some(Tok::Sym(">")) => BinOp::Gt,
            Some(Tok::Sym(">=")) => BinOp::Ge,
            _ => return Ok(lhs),
        };
        self.pos += 1;
        let rhs = self.add()?;
        Ok(bin(op, lhs, rhs))
    }

    fn add(&mut self) -> Result<Expr, ExprError> {
        let mut lhs = self.mul()?;
        loop {
            let op = match self.peek() {
                Some(Tok::Sym("+")) => BinOp::Add,
                Some(Tok::Sym("-")) => BinOp::Sub,
                _ => return Ok(lhs),
            };
            self.pos += 1;
            let rhs = self.mul()?;
            lhs = bin(op, lhs, rhs);
        }
    }

    fn mul(&mut self) -> Result<Expr, ExprError> {
        let mut lhs = self.unary()?;
        loop {
            let op = match self.peek() {
                Some(Tok::Sym("*")) => BinOp::Mul,
                Some(Tok::Sym("/")) => BinOp::Div,
                _ => return Ok(lhs),
            };
            self.pos += 1;
            let rhs = self.unary()?;
            lhs = bin(op, lhs, rhs);
        }
    }

    fn unary(&mut self) -> Result<Expr, ExprError> {
        if self.is_word("-") {
            let start = self.offset();
            self.pos += 1;
            let inner = self.unary()?;
            let span = start..inner.span.end;
            return Ok(Expr {
                kind: Kind::Neg(Box::new(inner)),
                span,
            });
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Expr, ExprError> {
        let Some((tok, span)) = self.toks.get(self.pos).cloned() else {
            return err(self.end, "expression ends too early");
        };
        self.pos += 1;
        let kind = match tok {
            Tok::Num(n) => Kind::Lit(Value::Num(n)),
            Tok::Str(s) => Kind::Lit(Value::Text(s)),
            Tok::Sym("(") => {
                let inner = self.or()?;
                self.expect_sym(")")?;
                return Ok(inner);
            }
            Tok::Sym(s) => return err(span.start, format!("unexpected '{s}'")),
            Tok::Ident(name) => match name.as_str() {
                "true" => Kind::Lit(Value::Bool(true)),
                "false" => Kind::Lit(Value::Bool(false)),
                "and" | "or" | "not" | "in" => {
                    return err(span.start, format!("unexpected '{name}'"))
                }
                _ if self.is_word("(") => {
                    let Some(func) = Func::from_name(&name) else {
                        return err(
                            span.start,
                            format!(
                                "unknown function '{name}' (known: known, count, count_below, count_between, min, max, if)"
                            ),
                        );
                    };
                    self.pos += 1;
                    let mut args = Vec::new();
                    if !self.is_word(")") {
                        loop {
                            args.push(self.or()?);
                            if self.is_word(",") {
                                self.pos += 1;
                                continue;
                            }
                            break;
                        }
                    }
                    let end = self.expect_sym(")")?;
                    return Ok(Expr {
                        kind: Kind::Call(func, args),
                        span: span.start..end,
                    });
                }
                _ => Kind::Var(name),
            },
        };
        Ok(Expr { kind, span })
    }
}

fn bin(op: BinOp, lhs: Expr, rhs: Expr) -> Expr {
    let span = lhs.span.start..rhs.span.end;
    Expr {
        kind: Kind::Bin(op, Box::new(lhs), Box::new(rhs)),
        span,
    }
}

impl Expr {
    pub fn parse(src: &str) -> Result<Expr, ExprError> {
        let toks = lex(src)?;
        if toks.is_empty() {
            return err(0, "the expression is empty");
        }
        let mut p = Parser {
            toks,
            pos: 0,
            end: src.len(),
        };
        let e = p.or()?;
        if p.pos < p.toks.len() {
            return err(
                p.offset(),
                "unexpected text after the end of the expression",
            );
        }
        Ok(e)
    }

    /// Names of facts and figures the expression reads.
    pub fn names(&self, out: &mut Vec<String>) {
        match &self.kind {
            Kind::Lit(_) => {}
            Kind::Var(n) => out.push(n.clone()),
            Kind::Not(e) | Kind::Neg(e) => e.names(out),
            Kind::Bin(_, a, b) => {
                a.names(out);
                b.names(out);
            }
            Kind::In(a, items) => {
                a.names(out);
                items.iter().for_each(|i| i.names(out));
            }
            Kind::Call(_, args) => args.iter().for_each(|a| a.names(out)),
        }
    }

    // ------------------------------------------------------------ type check

    pub fn check(&self, names: &dyn Names) -> Result<Type, ExprError> {
        let at = self.span.start;
        match &self.kind {
            Kind::Lit(v) => Ok(v.ty()),
            Kind::Var(n) => match names.lookup(n) {
                Some(info) => Ok(info.ty),
                None => Err(ExprError {
                    offset: at,
                    message: format!("unknown fact or figure '{n}'"),
                    unknown: Some(n.clone()),
                }),
            },
            Kind::Not(e) => {
                expect(e, names, Type::Bool, "'not'")?;
                Ok(Type::Bool)
            }
            Kind::Neg(e) => match e.check(names)? {
                t @ (Type::Num | Type::Money) => Ok(t),
                t => err(at, format!("'-' needs a number, not {t}")),
            },
            Kind::Bin(op, a, b) => self.check_bin(*op, a, b, names),
            Kind::In(a, items) => {
                let ta = a.check(names)?;
                for item in items {
                    check_same(a, item, ta, names)?;
                }
                Ok(Type::Bool)
            }
            Kind::Call(f, args) => self.check_call(*f, args, names),
        }
    }

    fn check_bin(
        &self,
        op: BinOp,
        a: &Expr,
        b: &Expr,
        names: &dyn Names,
    ) -> Result<Type, ExprError> {
        use BinOp::*;
        match op {
            And | Or => {
                let word = if op == And { "'and'" } else { "'or'" };
                expect(a, names, Type::Bool, word)?;
                expect(b, names, Type::Bool, word)?;
                Ok(Type::Bool)
            }
            Eq | Ne => {
                let ta = a.check(names)?;
                check_same(a, b, ta, names)?;
                Ok(Type::Bool)
            }
            Lt | Le | Gt | Ge => {
                let ta = a.check(names)?;
                if !matches!(ta, Type::Num | Type::Money) {
                    return err(
                        a.span.start,
                        format!("only numbers can be compared, not {ta}"),
                    );
                }
                check_same(a, b, ta, names)?;
                Ok(Type::Bool)
            }
            Add | Sub | Mul | Div => {
                let ta = a.check(names)?;
                let tb = b.check(names)?;
                let sym = match op {
                    Add => "+",
                    Sub => "-",
                    Mul => "*",
                    _ => "/",
                };
                let result = match (op, ta, tb) {
                    (_, Type::Num, Type::Num) => Some(Type::Num),
                    (Add | Sub, Type::Money, Type::Money) => Some(Type::Money),
                    (Mul, Type::Money, Type::Num) | (Mul, Type::Num, Type::Money) => {
                        Some(Type::Money)
                    }
                    (Div, Type::Money, Type::Num) => Some(Type::Money),
                    (Div, Type::Money, Type::Money) => Some(Type::Num),
                    _ => None,
                };
                match result {
                    Some(t) => Ok(t),
                    None => err(self.span.start, format!("cannot compute {ta} {sym} {tb}")),
                }
            }
        }
    }

    fn check_call(&self, f: Func, args: &[Expr], names: &dyn Names) -> Result<Type, ExprError> {
        let at = self.span.start;
        let arity = |n: usize, name: &str| -> Result<(), ExprError> {
            if args.len() == n {
                Ok(())
            } else {
                err(
                    at,
                    format!("'{name}' takes {n} value(s), not {}", args.len()),
                )
            }
        };
        match f {
            Func::Known => {
                arity(1, "known")?;
                match &args[0].kind {
                    Kind::Var(n) => match names.lookup(n) {
                        Some(info) if info.is_fact => Ok(Type::Bool),
                        Some(_) => err(
                            args[0].span.start,
                            format!("'{n}' is a figure, always known"),
                        ),
                        None => err(args[0].span.start, format!("unknown fact '{n}'")),
                    },
                    _ => err(args[0].span.start, "'known' takes the name of a fact"),
                }
            }
            Func::Count => {
                arity(1, "count")?;
                expect(&args[0], names, Type::List, "'count'")?;
                Ok(Type::Num)
            }
            Func::CountBelow => {
                arity(2, "count_below")?;
                expect(&args[0], names, Type::List, "'count_below'")?;
                expect(&args[1], names, Type::Num, "'count_below'")?;
                Ok(Type::Num)
            }
            Func::CountBetween => {
                arity(3, "count_between")?;
                expect(&args[0], names, Type::List, "'count_between'")?;
                expect(&args[1], names, Type::Num, "'count_between'")?;
                expect(&args[2], names, Type::Num, "'count_between'")?;
                Ok(Type::Num)
            }
            Func::Min | Func::Max => {
                let name = if f == Func::Min { "min" } else { "max" };
                match args.len() {
                    1 => {
                        expect(&args[0], names, Type::List, name)?;
                        Ok(Type::Num)
                    }
                    2 => {
                        let ta = args[0].check(names)?;
                        if !matches!(ta, Type::Num | Type::Money) {
                            return err(
                                args[0].span.start,
                                format!("'{name}' needs numbers, not {ta}"),
                            );
                        }
                        check_same(&args[0], &args[1], ta, names)?;
                        Ok(ta)
                    }
                    n => err(
                        at,
                        format!("'{name}' takes a list or two numbers, not {n} values"),
                    ),
                }
            }
            Func::If => {
                arity(3, "if")?;
                expect(&args[0], names, Type::Bool, "the condition of 'if'")?;
                let t = args[1].check(names)?;
                check_same(&args[1], &args[2], t, names)?;
                Ok(t)
            }
        }
    }

    // ------------------------------------------------------------ evaluation

    /// `None` when a fact it needs is unknown (or a division by zero).
    pub fn eval(&self, env: &dyn Env) -> Option<Value> {
        match &self.kind {
            Kind::Lit(v) => Some(v.clone()),
            Kind::Var(n) => env.get(n),
            Kind::Not(e) => match e.eval(env)? {
                Value::Bool(b) => Some(Value::Bool(!b)),
                _ => None,
            },
            Kind::Neg(e) => match e.eval(env)? {
                Value::Num(n) => Some(Value::Num(-n)),
                Value::Money(n) => Some(Value::Money(-n)),
                _ => None,
            },
            Kind::Bin(BinOp::And, a, b) => {
                kleene(a.eval_bool(env), b.eval_bool(env), false).map(Value::Bool)
            }
            Kind::Bin(BinOp::Or, a, b) => {
                kleene(a.eval_bool(env), b.eval_bool(env), true).map(Value::Bool)
            }
            Kind::Bin(op, a, b) => eval_bin(*op, a.eval(env)?, b.eval(env)?),
            Kind::In(a, items) => {
                let v = a.eval(env)?;
                let mut found = false;
                for item in items {
                    if item.eval(env)? == v {
                        found = true;
                    }
                }
                Some(Value::Bool(found))
            }
            Kind::Call(f, args) => eval_call(*f, args, env),
        }
    }

    pub fn eval_bool(&self, env: &dyn Env) -> Option<bool> {
        match self.eval(env)? {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }
}

/// Three-valued logic so `known_fact or unknown_fact` can still be decided.
fn kleene(a: Option<bool>, b: Option<bool>, is_or: bool) -> Option<bool> {
    // The value that decides the result on its own: true for `or`, false for `and`.
    let decisive = is_or;
    if a == Some(decisive) || b == Some(decisive) {
        return Some(decisive);
    }
    match (a, b) {
        (Some(_), Some(_)) => Some(!decisive),
        _ => None,
    }
}

fn expect(e: &Expr, names: &dyn Names, want: Type, what: &str) -> Result<(), ExprError> {
    let t = e.check(names)?;
    if t == want {
        Ok(())
    } else {
        err(
            e.span.start,
            format!("{what} needs {want} here, but this is {t}"),
        )
    }
}

/// `b` must have type `ta` (the type of `a`); a text literal compared with a choice fact must be
/// one of its values.
fn check_same(a: &Expr, b: &Expr, ta: Type, names: &dyn Names) -> Result<(), ExprError> {
    let tb = b.check(names)?;
    if ta != tb {
        return err(b.span.start, format!("cannot compare {ta} with {tb}"));
    }
    for (var, lit) in [(a, b), (b, a)] {
        if let (Kind::Var(n), Kind::Lit(Value::Text(s))) = (&var.kind, &lit.kind) {
            if let Some(choices) = names.lookup(n).and_then(|i| i.choices) {
                if !choices.iter().any(|c| c == s) {
                    return err(
                        lit.span.start,
                        format!(
                            "'{s}' is not a value of '{n}' (values: {})",
                            choices.join(", ")
                        ),
                    );
                }
            }
        }
    }
    Ok(())
}

fn num(v: &Value) -> Option<f64> {
    match v {
        Value::Num(n) | Value::Money(n) => Some(*n),
        _ => None,
    }
}

fn eval_bin(op: BinOp, a: Value, b: Value) -> Option<Value> {
    use BinOp::*;
    match op {
        Eq => Some(Value::Bool(loose_eq(&a, &b))),
        Ne => Some(Value::Bool(!loose_eq(&a, &b))),
        Lt | Le | Gt | Ge => {
            let (x, y) = (num(&a)?, num(&b)?);
            Some(Value::Bool(match op {
                Lt => x < y,
                Le => x <= y,
                Gt => x > y,
                _ => x >= y,
            }))
        }
        Add | Sub | Mul | Div => {
            let money = matches!(a, Value::Money(_)) || matches!(b, Value::Money(_));
            let both_money = matches!(a, Value::Money(_)) && matches!(b, Value::Money(_));
            let (x, y) = (num(&a)?, num(&b)?);
            let r = match op {
                Add => x + y,
                Sub => x - y,
                Mul => x * y,
                _ => {
                    if y == 0.0 {
                        return None;
                    }
                    x / y
                }
            };
            if money && !(op == Div && both_money) {
                Some(Value::Money(r))
            } else {
                Some(Value::Num(r))
            }
        }
        And | Or => None,
    }
}

fn loose_eq(a: &Value, b: &Value) -> bool {
    match (num(a), num(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

fn eval_call(f: Func, args: &[Expr], env: &dyn Env) -> Option<Value> {
    let list = |i: usize| -> Option<Vec<f64>> {
        match args.get(i)?.eval(env)? {
            Value::List(l) => Some(l),
            _ => None,
        }
    };
    let number = |i: usize| -> Option<f64> { num(&args.get(i)?.eval(env)?) };
    match f {
        Func::Known => match &args.first()?.kind {
            Kind::Var(n) => Some(Value::Bool(env.get(n).is_some())),
            _ => None,
        },
        Func::Count => Some(Value::Num(list(0)?.len() as f64)),
        Func::CountBelow => {
            let l = list(0)?;
            let n = number(1)?;
            Some(Value::Num(l.iter().filter(|x| **x < n).count() as f64))
        }
        Func::CountBetween => {
            let l = list(0)?;
            let (lo, hi) = (number(1)?, number(2)?);
            Some(Value::Num(
                l.iter().filter(|x| **x >= lo && **x <= hi).count() as f64,
            ))
        }
        Func::Min | Func::Max => {
            let pick = |x: f64, y: f64| if f == Func::Min { x.min(y) } else { x.max(y) };
            if args.len() == 1 {
                let l = list(0)?;
                let first = *l.first()?;
                Some(Value::Num(l.iter().fold(first, |acc, x| pick(acc, *x))))
            } else {
                let a = args.first()?.eval(env)?;
                let b = args.get(1)?.eval(env)?;
                let r = pick(num(&a)?, num(&b)?);
                Some(if matches!(a, Value::Money(_)) {
                    Value::Money(r)
                } else {
                    Value::Num(r)
                })
            }
        }
        Func::If => {
            if args.first()?.eval_bool(env)? {
                args.get(1)?.eval(env)
            } else {
                args.get(2)?.eval(env)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct T {
        choices: Vec<String>,
    }
    impl Names for T {
        fn lookup(&self, name: &str) -> Option<NameInfo<'_>> {
            let (ty, choices, is_fact) = match name {
                "ages" => (Type::List, None, true),
                "bg" => (Type::Bool, None, true),
                "earn" => (Type::Text, Some(&self.choices[..]), true),
                "rate" => (Type::Money, None, false),
                "pct" => (Type::Num, None, false),
                _ => return None,
            };
            Some(NameInfo {
                ty,
                choices,
                is_fact,
            })
        }
    }
    fn names() -> T {
        T {
            choices: vec!["none".into(), "from_600".into()],
        }
    }
    struct E(HashMap<&'static str, Value>);
    impl Env for E {
        fn get(&self, name: &str) -> Option<Value> {
            self.0.get(name).cloned()
        }
    }

    fn eval(src: &str, env: &E) -> Option<Value> {
        let e = Expr::parse(src).expect("parses");
        e.check(&names()).expect("type checks");
        e.eval(env)
    }

    #[test]
    fn mehrbedarf_formula() {
        let env = E(HashMap::from([
            ("ages", Value::List(vec![2.0, 8.0])),
            ("rate", Value::Money(563.0)),
            ("pct", Value::Num(36.0)),
        ]));
        let pct = "min(60, max(if(count_below(ages, 7) >= 1 or (count_below(ages, 16) >= 2 and count_below(ages, 16) <= 3), pct, 0), 12 * count_below(ages, 18)))";
        assert_eq!(eval(pct, &env), Some(Value::Num(36.0)));
        let amount = format!("rate * ({pct}) / 100");
        match eval(&amount, &env) {
            Some(Value::Money(m)) => assert!((m - 202.68).abs() < 0.001),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unknown_facts_make_conditions_undecided_unless_decisive() {
        let env = E(HashMap::from([("bg", Value::Bool(true))]));
        assert_eq!(eval("bg or earn == 'none'", &env), Some(Value::Bool(true)));
        assert_eq!(eval("bg and earn == 'none'", &env), None);
        assert_eq!(eval("known(earn)", &env), Some(Value::Bool(false)));
        assert_eq!(eval("earn in ['none', 'from_600']", &env), None);
    }

    #[test]
    fn errors_point_at_the_problem() {
        let check = |src: &str| Expr::parse(src).and_then(|e| e.check(&names()).map(|_| ()));
        let e = check("bg and earn == 'nne'").unwrap_err();
        assert_eq!(e.offset, 15);
        assert!(
            e.message.contains("'nne' is not a value of 'earn'"),
            "{}",
            e.message
        );
        let e = check("count(bg)").unwrap_err();
        assert_eq!(e.offset, 6);
        let e = check("rate + 1").unwrap_err();
        assert!(e.message.contains("cannot compute"), "{}", e.message);
        let e = check("kids > 1").unwrap_err();
        assert_eq!(
            (e.offset, e.message.as_str()),
            (0, "unknown fact or figure 'kids'")
        );
        assert!(check("bg = true").is_err());
        assert!(check("(bg").is_err());
        assert!(check("bg bg").is_err());
        assert!(check("").is_err());
        assert!(check("'open").is_err());
    }
}
