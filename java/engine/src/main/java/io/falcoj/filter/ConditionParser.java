package io.falcoj.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a condition of Falco's rules language into an {@link Expr} tree. A recursive-descent
 * parser that follows the grammar below production by production (it is libsinsp's grammar, with
 * the same tokens, so conditions written for Falco parse the same way here).
 *
 * <pre>
 * Productions (EBNF):
 *   Expr          ::= OrExpr
 *   OrExpr        ::= AndExpr ( 'or' OrTail )*
 *   OrTail        ::= Blank AndExpr | '(' Expr ')'
 *   AndExpr       ::= NotExpr ( 'and' AndTail )*
 *   AndTail       ::= Blank NotExpr | '(' Expr ')'
 *   NotExpr       ::= ( 'not' Blank )* NotTail
 *   NotTail       ::= 'not(' Expr ')' | Check
 *   Check         ::= '(' Expr ')'
 *                   | Operand Condition
 *                   | Identifier                          (a macro reference)
 *   Operand       ::= Transformer '(' Operand ')' | Field
 *   Condition     ::= UnaryOp
 *                   | NumOp ( NumValue | FieldRhs )
 *                   | StrOp ( StrValue | FieldRhs )
 *                   | ListOp ( ListValue | FieldRhs )
 *   FieldRhs      ::= 'val(' Operand ')' | Transformer '(' Operand ')'
 *   ListValue     ::= '(' ( StrValue ( ',' StrValue )* )? ')' | Identifier
 *   Field         ::= FieldName ( '[' FieldArg ']' )?
 *   FieldArg      ::= QuotedStr | FieldArgBareStr
 *   NumValue      ::= HexNumber | Number
 *   StrValue      ::= QuotedStr | BareStr
 *
 * Operators:
 *   UnaryOp       ::= 'exists'
 *   NumOp         ::= '<=' | '<' | '>=' | '>'
 *   StrOp         ::= '==' | '=' | '!=' | 'glob' | 'iglob' | 'contains' | 'icontains'
 *                   | 'bcontains' | 'startswith' | 'bstartswith' | 'endswith' | 'regex'
 *   ListOp        ::= 'intersects' | 'in' | 'pmatch'
 *   Transformer   ::= 'tolower' | 'toupper' | 'b64' | 'basename' | 'len'
 *   (word operators and keywords must not be followed by a letter, digit or '_')
 *
 * Tokens (regular expressions):
 *   Blank         ::= [ \t\b\n\r]+
 *   Identifier    ::= [a-zA-Z]+[a-zA-Z0-9_]*
 *   FieldName     ::= [a-zA-Z]+[a-zA-Z0-9_]*(\.[a-zA-Z]+[a-zA-Z0-9_]*)+
 *   FieldArgBareStr ::= [^ \b\t\n\r\[\]"']+
 *   HexNumber     ::= 0[xX][0-9a-zA-Z]+
 *   Number        ::= [+\-]?[0-9]+[\.]?[0-9]*([eE][+\-][0-9]+)?
 *   QuotedStr     ::= "(?:\\"|.)*?"|'(?:\\'|.)*?'     (escapes: \b \f \n \r \t \\ \/ \" \' and "\ ")
 *   BareStr       ::= [^ \b\t\n\r\(\),="']+
 * </pre>
 *
 * Blanks may appear between any two tokens. Positions in errors and nodes are where the token
 * starts.
 */
public final class ConditionParser {
	/** Recursion limit (Falco sets 1000), so a hostile condition cannot blow the stack. */
	private static final int MAX_DEPTH = 1000;

	private static final String[] NUM_OPS = {"<=", "<", ">=", ">"};
	private static final String[] STR_SYMBOL_OPS = {"==", "=", "!="};
	private static final String[] STR_WORD_OPS = {"glob", "iglob", "contains", "icontains", "bcontains",
			"startswith", "bstartswith", "endswith", "regex"};
	private static final String[] LIST_OPS = {"intersects", "in", "pmatch"};
	private static final String[] TRANSFORMERS = {"tolower", "toupper", "b64", "basename", "len"};
	private static final String[] NO_OPS = {};

	private final String in;
	/**
	 * The condition's characters, and their count: conditions are parsed once, at start-up, in
	 * the interpreter mostly, where a String.charAt call per character was the parser's main cost.
	 */
	private final char[] cs;
	private final int n;
	private final int[] lineStarts;
	private int i;
	private int depth;

	private ConditionParser(String input) {
		this.in = input;
		this.cs = input.toCharArray();
		this.n = cs.length;
		int lines = 1;
		for (int nl = input.indexOf('\n'); nl >= 0; nl = input.indexOf('\n', nl + 1)) {
			lines++;
		}
		lineStarts = new int[lines];
		int l = 1;
		for (int nl = input.indexOf('\n'); nl >= 0; nl = input.indexOf('\n', nl + 1)) {
			lineStarts[l++] = nl + 1;
		}
	}

	/** Parses a whole condition; anything left after the expression is an error. */
	public static Expr parse(String condition) throws ConditionSyntaxException {
		ConditionParser p = new ConditionParser(condition);
		p.blanks();
		if (p.atEnd()) {
			throw new ConditionSyntaxException("unexpected end of input: the condition is empty", p.pos());
		}
		Expr e = p.orExpr();
		p.blanks();
		if (!p.atEnd()) {
			throw new ConditionSyntaxException("unexpected token after '" + p.lastToken() + "', expecting 'or', 'and' or the end of input", p.pos());
		}
		return e;
	}

	/** Every comparison operator of the language, for validating exception comps. */
	public static List<String> operators() {
		List<String> ops = new ArrayList<>(List.of("exists"));
		ops.addAll(List.of(NUM_OPS));
		ops.addAll(List.of(STR_SYMBOL_OPS));
		ops.addAll(List.of(STR_WORD_OPS));
		ops.addAll(List.of(LIST_OPS));
		return ops;
	}

	/** The operators whose right-hand side is a list. */
	public static boolean isListOperator(String op) {
		for (String o : LIST_OPS) {
			if (o.equals(op)) {
				return true;
			}
		}
		return false;
	}

	// ---- productions

	private Expr orExpr() throws ConditionSyntaxException {
		return chain(true);
	}

	private Expr andExpr() throws ConditionSyntaxException {
		return chain(false);
	}

	/** The operand of an 'or' chain (an 'and' chain) or of an 'and' chain (a 'not' expression). */
	private Expr next(boolean or) throws ConditionSyntaxException {
		return or ? andExpr() : notExpr();
	}

	/**
	 * {@code next {keyword next}} for 'or' or 'and': one node over all the operands, or the single
	 * operand itself. (No method references here: each is linked at start-up.)
	 */
	private Expr chain(boolean or) throws ConditionSyntaxException {
		String keyword = or ? "or" : "and";
		enter();
		Position start = pos();
		Expr first = next(or);
		List<Expr> children = null;
		while (true) {
			int save = i;
			blanks();
			if (!keyword(keyword)) {
				i = save;
				break;
			}
			if (children == null) {
				children = new ArrayList<>();
				children.add(first);
			}
			children.add(tail(keyword, or));
		}
		depth--;
		if (children == null) {
			return first;
		}
		return or ? new Expr.Or(List.copyOf(children), start) : new Expr.And(List.copyOf(children), start);
	}

	/** After 'and'/'or': a blank then the next operand, or a parenthesized expression. */
	private Expr tail(String keyword, boolean or) throws ConditionSyntaxException {
		if (peek() == '(') {
			i++;
			return embedded();
		}
		if (!isBlank(peek())) {
			throw new ConditionSyntaxException("expected a blank or '(' after '" + keyword + "'", pos());
		}
		blanks();
		return next(or);
	}

	private Expr notExpr() throws ConditionSyntaxException {
		enter();
		Position start = pos();
		int nots = 0;
		Expr result = null;
		while (true) {
			int save = i;
			if (keyword("not")) {
				if (peek() == '(') {
					i++;
					nots++;
					result = embedded();
					break;
				}
				if (isBlank(peek())) {
					blanks();
					nots++;
					continue;
				}
			}
			i = save;
			break;
		}
		if (result == null) {
			result = check();
		}
		for (int k = 0; k < nots; k++) {
			result = new Expr.Not(result, start);
		}
		depth--;
		return result;
	}

	/** The rest of '(' Expr ')', after the opening parenthesis. */
	private Expr embedded() throws ConditionSyntaxException {
		blanks();
		Expr e = orExpr();
		blanks();
		if (peek() != ')') {
			throw new ConditionSyntaxException("expected a ')' token", pos());
		}
		i++;
		return e;
	}

	private Expr check() throws ConditionSyntaxException {
		Position start = pos();
		if (peek() == '(') {
			i++;
			return embedded();
		}
		Expr.Operand operand = transformer();
		if (operand == null) {
			String name = fieldName();
			if (name != null) {
				operand = fieldRemainder(name, start);
			}
		}
		if (operand != null) {
			return condition(operand, start);
		}
		String id = identifier();
		if (id != null) {
			return new Expr.MacroRef(id, start);
		}
		throw new ConditionSyntaxException("expected a '(' token, a field check, or an identifier", start);
	}

	/** A transformer applied to an operand, or null (nothing consumed) when none starts here. */
	private Expr.Operand transformer() throws ConditionSyntaxException {
		char first = peek();
		if (first != 't' && first != 'b' && first != 'l') {
			// no transformer starts otherwise (tolower toupper b64 basename len)
			return null;
		}
		Position start = pos();
		for (String t : TRANSFORMERS) {
			if (in.startsWith(t, i) && i + t.length() < n && cs[i + t.length()] == '(') {
				i += t.length() + 1;
				blanks();
				Expr.Operand inner = operand();
				blanks();
				if (peek() != ')') {
					throw new ConditionSyntaxException("expected a ')' token", pos());
				}
				i++;
				return new Expr.Transform(t, inner, start);
			}
		}
		return null;
	}

	private Expr.Operand operand() throws ConditionSyntaxException {
		Position start = pos();
		Expr.Operand t = transformer();
		if (t != null) {
			return t;
		}
		String name = fieldName();
		if (name == null) {
			throw new ConditionSyntaxException("expected a field or a transformer", start);
		}
		return fieldRemainder(name, start);
	}

	private Expr.FieldRef fieldRemainder(String name, Position start) throws ConditionSyntaxException {
		if (peek() != '[') {
			return new Expr.FieldRef(name, null, start);
		}
		i++;
		String arg;
		char c = peek();
		if (c == '"' || c == '\'') {
			arg = quoted();
		} else {
			int s = i;
			while (i < n && " \b\t\n\r[]\"'".indexOf(cs[i]) < 0) {
				i++;
			}
			if (i == s) {
				throw new ConditionSyntaxException("expected a valid field argument", pos());
			}
			arg = in.substring(s, i);
		}
		if (peek() != ']') {
			throw new ConditionSyntaxException("expected a ']' token", pos());
		}
		i++;
		return new Expr.FieldRef(name, arg, start);
	}

	private Expr condition(Expr.Operand left, Position start) throws ConditionSyntaxException {
		blanks();
		Position opPos = pos();
		if (word("exists")) {
			return new Expr.Check(left, "exists", null, start);
		}
		char first = peek();
		for (String op : first == '<' || first == '>' ? NUM_OPS : NO_OPS) {
			if (in.startsWith(op, i)) {
				i += op.length();
				blanks();
				return new Expr.Check(left, op, numValue(), start);
			}
		}
		for (String op : first == '=' || first == '!' ? STR_SYMBOL_OPS : NO_OPS) {
			if (in.startsWith(op, i)) {
				i += op.length();
				blanks();
				return new Expr.Check(left, op, strValue(), start);
			}
		}
		for (String op : STR_WORD_OPS) {
			if (word(op)) {
				blanks();
				return new Expr.Check(left, op, strValue(), start);
			}
		}
		for (String op : LIST_OPS) {
			if (word(op)) {
				blanks();
				return new Expr.Check(left, op, listValue(), start);
			}
		}
		throw new ConditionSyntaxException("expected a valid check operator: one of " + String.join(", ", operators()), opPos);
	}

	private Expr.Value fieldRhs() throws ConditionSyntaxException {
		Position start = pos();
		if (in.startsWith("val(", i)) {
			i += 4;
			blanks();
			Expr.Operand inner = operand();
			blanks();
			if (peek() != ')') {
				throw new ConditionSyntaxException("expected a ')' token", pos());
			}
			i++;
			return new Expr.FieldValue(inner);
		}
		Expr.Operand t = transformer();
		return t == null ? null : new Expr.FieldValue(t);
	}

	private Expr.Value numValue() throws ConditionSyntaxException {
		Expr.Value f = fieldRhs();
		if (f != null) {
			return f;
		}
		Position start = pos();
		int s = i;
		if (in.startsWith("0x", i) || in.startsWith("0X", i)) {
			i += 2;
			while (i < n && Character.isLetterOrDigit(cs[i])) {
				i++;
			}
		} else {
			if (peek() == '+' || peek() == '-') {
				i++;
			}
			int digits = i;
			while (i < n && isDigit(cs[i])) {
				i++;
			}
			if (i == digits) {
				i = s;
				throw new ConditionSyntaxException("expected a number value", start);
			}
			if (peek() == '.') {
				i++;
				while (i < n && isDigit(cs[i])) {
					i++;
				}
			}
			if ((peek() == 'e' || peek() == 'E') && i + 2 < n && (cs[i + 1] == '+' || cs[i + 1] == '-')
					&& isDigit(cs[i + 2])) {
				i += 2;
				while (i < n && isDigit(cs[i])) {
					i++;
				}
			}
		}
		return new Expr.Literal(in.substring(s, i), false, start);
	}

	private Expr.Value strValue() throws ConditionSyntaxException {
		Expr.Value f = fieldRhs();
		if (f != null) {
			return f;
		}
		return literal();
	}

	private Expr.Literal literal() throws ConditionSyntaxException {
		Position start = pos();
		char c = peek();
		if (c == '"' || c == '\'') {
			return new Expr.Literal(quoted(), true, start);
		}
		int s = i;
		while (i < n && !isBareStop(cs[i])) {
			i++;
		}
		if (i == s) {
			throw new ConditionSyntaxException("expected a string value", start);
		}
		return new Expr.Literal(in.substring(s, i), false, start);
	}

	private Expr.Value listValue() throws ConditionSyntaxException {
		Expr.Value f = fieldRhs();
		if (f != null) {
			return f;
		}
		Position start = pos();
		if (peek() != '(') {
			String id = identifier();
			if (id != null) {
				return new Expr.Literal(id, false, start);
			}
			throw new ConditionSyntaxException("expected a list value", start);
		}
		i++;
		List<Expr.Literal> items = new ArrayList<>();
		blanks();
		if (peek() == ')') {
			i++;
			return new Expr.ListLiteral(List.of(), start);
		}
		while (true) {
			blanks();
			items.add(literal());
			blanks();
			char c = peek();
			if (c == ',') {
				i++;
				continue;
			}
			if (c == ')') {
				i++;
				return new Expr.ListLiteral(List.copyOf(items), start);
			}
			throw new ConditionSyntaxException("expected a ',' or a ')' token in list", pos());
		}
	}

	// ---- tokens

	private String quoted() throws ConditionSyntaxException {
		Position start = pos();
		char q = cs[i];
		StringBuilder sb = new StringBuilder();
		int k = i + 1;
		while (k < n) {
			char c = cs[k];
			if (c == q) {
				i = k + 1;
				return sb.toString();
			}
			if (c == '\\' && k + 1 < n) {
				char e = cs[k + 1];
				switch (e) {
					case 'b' -> sb.append('\b');
					case 'f' -> sb.append('\f');
					case 'n' -> sb.append('\n');
					case 'r' -> sb.append('\r');
					case 't' -> sb.append('\t');
					case ' ', '\\' -> sb.append('\\');
					case '/' -> sb.append('/');
					case '"', '\'' -> {
						if (e != q) {
							throw new ConditionSyntaxException("invalid \\" + e + " escape in " + q + "-quoted string", posAt(k));
						}
						sb.append(e);
					}
					default -> throw new ConditionSyntaxException("unsupported string escape sequence: \\" + e, posAt(k));
				}
				k += 2;
				continue;
			}
			sb.append(c);
			k++;
		}
		throw new ConditionSyntaxException("unterminated quoted string", start);
	}

	private String fieldName() {
		int s = i;
		int k = identEnd(i);
		if (k == i) {
			return null;
		}
		int parts = 1;
		while (k < n && cs[k] == '.') {
			int e = identEnd(k + 1);
			if (e == k + 1) {
				break;
			}
			k = e;
			parts++;
		}
		if (parts < 2) {
			return null;
		}
		i = k;
		return in.substring(s, k);
	}

	private String identifier() {
		int k = identEnd(i);
		if (k == i) {
			return null;
		}
		String id = in.substring(i, k);
		i = k;
		return id;
	}

	/** End of [a-zA-Z]+[a-zA-Z0-9_]* starting at {@code from}, or {@code from} when none starts there. */
	private int identEnd(int from) {
		int k = from;
		if (k >= n || !isLetter(cs[k])) {
			return from;
		}
		while (k < n && (isLetter(cs[k]) || isDigit(cs[k]) || cs[k] == '_')) {
			k++;
		}
		return k;
	}

	/** A keyword ('and', 'or', 'not') followed by a blank or '(' (so 'order' is no 'or'). */
	private boolean keyword(String kw) {
		if (!in.startsWith(kw, i)) {
			return false;
		}
		int e = i + kw.length();
		if (e < n && !isBlank(cs[e]) && cs[e] != '(') {
			return false;
		}
		i = e;
		return true;
	}

	/** A word operator, not followed by an identifier character. */
	private boolean word(String w) {
		if (!in.startsWith(w, i)) {
			return false;
		}
		int e = i + w.length();
		if (e < n) {
			char c = cs[e];
			if (isLetter(c) || isDigit(c) || c == '_' || c == '.') {
				return false;
			}
		}
		i = e;
		return true;
	}

	private void blanks() {
		while (i < n && isBlank(cs[i])) {
			i++;
		}
	}

	private void enter() throws ConditionSyntaxException {
		if (++depth > MAX_DEPTH) {
			throw new ConditionSyntaxException("exceeded max depth limit of " + MAX_DEPTH, pos());
		}
	}

	private String lastToken() {
		int e = i;
		while (e > 0 && isBlank(cs[e - 1])) {
			e--;
		}
		int s = e;
		while (s > 0 && !isBlank(cs[s - 1])) {
			s--;
		}
		return in.substring(s, e);
	}

	private char peek() {
		return i < n ? cs[i] : '\0';
	}

	private boolean atEnd() {
		return i >= n;
	}

	private Position pos() {
		return posAt(i);
	}

	private Position posAt(int offset) {
		int lo = 0;
		int hi = lineStarts.length - 1;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (lineStarts[mid] <= offset) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return new Position(offset, lo + 1, offset - lineStarts[lo] + 1);
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t' || c == '\b' || c == '\n' || c == '\r';
	}

	private static boolean isBareStop(char c) {
		return isBlank(c) || c == '(' || c == ')' || c == ',' || c == '=' || c == '"' || c == '\'';
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
