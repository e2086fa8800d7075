package io.falcoj.filter;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionParserTest {
	private static Expr parse(String s) throws ConditionSyntaxException {
		return ConditionParser.parse(s);
	}

	@Test
	void andBindsTighterThanOr() throws Exception {
		Expr e = parse("a.b=1 or c.d=2 and e.f=3");
		Expr.Or or = assertInstanceOf(Expr.Or.class, e);
		assertEquals(2, or.children().size());
		assertInstanceOf(Expr.Check.class, or.children().get(0));
		Expr.And and = assertInstanceOf(Expr.And.class, or.children().get(1));
		assertEquals(2, and.children().size());
	}

	@Test
	void notBindsTighterThanAnd() throws Exception {
		Expr.And and = assertInstanceOf(Expr.And.class, parse("not a.b=1 and c.d=2"));
		assertInstanceOf(Expr.Not.class, and.children().get(0));
		Expr.Not n = assertInstanceOf(Expr.Not.class, parse("not (a.b=1 and c.d=2)"));
		assertInstanceOf(Expr.And.class, n.child());
		Expr.Not n2 = assertInstanceOf(Expr.Not.class, parse("not(a.b=1)"));
		assertInstanceOf(Expr.Check.class, n2.child());
		Expr.Not nn = assertInstanceOf(Expr.Not.class, parse("not not a.b=1"));
		assertInstanceOf(Expr.Not.class, nn.child());
	}

	@Test
	void parenthesesAfterKeywordsWithoutBlank() throws Exception {
		Expr.And and = assertInstanceOf(Expr.And.class, parse("a.b=1 and(c.d=2 or e.f=3)"));
		assertInstanceOf(Expr.Or.class, and.children().get(1));
		assertInstanceOf(Expr.Or.class, parse("(a.b=1)or(c.d=2)"));
	}

	@Test
	void identifiersAreMacrosAndKeywordPrefixesAreNotKeywords() throws Exception {
		Expr.And and = assertInstanceOf(Expr.And.class, parse("open_write and not_cat and order"));
		assertEquals(List.of("open_write", "not_cat", "order"),
				and.children().stream().map(c -> ((Expr.MacroRef) c).name()).toList());
	}

	@Test
	void everyOperator() throws Exception {
		for (String op : List.of("=", "==", "!=", "contains", "icontains", "bcontains", "startswith", "bstartswith", "endswith", "glob",
				"iglob", "regex")) {
			Expr.Check c = assertInstanceOf(Expr.Check.class, parse("proc.name " + op + " abc"));
			assertEquals(op, c.op());
			assertEquals("abc", ((Expr.Literal) c.right()).text());
		}
		for (String op : List.of("<", "<=", ">", ">=")) {
			Expr.Check c = assertInstanceOf(Expr.Check.class, parse("proc.pid" + op + "0x10"));
			assertEquals(op, c.op());
			assertEquals("0x10", ((Expr.Literal) c.right()).text());
		}
		for (String op : List.of("in", "intersects", "pmatch")) {
			Expr.Check c = assertInstanceOf(Expr.Check.class, parse("proc.name " + op + " (a, 'b c', \"d\")"));
			assertEquals(op, c.op());
			assertEquals(List.of("a", "b c", "d"), ((Expr.ListLiteral) c.right()).items().stream().map(Expr.Literal::text).toList());
		}
		Expr.Check ex = assertInstanceOf(Expr.Check.class, parse("proc.name exists"));
		assertEquals("exists", ex.op());
		Expr.Check empty = assertInstanceOf(Expr.Check.class, parse("proc.name in ()"));
		assertTrue(((Expr.ListLiteral) empty.right()).items().isEmpty());
	}

	@Test
	void quotingAndEscapes() throws Exception {
		Expr.Check c = (Expr.Check) parse("proc.cmdline = \"a \\\"q\\\" b\"");
		assertEquals("a \"q\" b", ((Expr.Literal) c.right()).text());
		c = (Expr.Check) parse("proc.cmdline = 'it\\'s'");
		assertEquals("it's", ((Expr.Literal) c.right()).text());
		c = (Expr.Check) parse("proc.cmdline contains 'a\\tb'");
		assertEquals("a\tb", ((Expr.Literal) c.right()).text());
		c = (Expr.Check) parse("fd.name=/usr/bin/*.so");
		assertEquals("/usr/bin/*.so", ((Expr.Literal) c.right()).text());
		c = (Expr.Check) parse("proc.pname=<NA>");
		assertEquals("<NA>", ((Expr.Literal) c.right()).text());
		assertThrows(ConditionSyntaxException.class, () -> parse("proc.name = 'a\\qb'"));
		assertThrows(ConditionSyntaxException.class, () -> parse("proc.name = \"abc"));
	}

	@Test
	void fieldArgumentsAndTransformers() throws Exception {
		Expr.Check c = (Expr.Check) parse("proc.aname[2]=bash");
		Expr.FieldRef f = (Expr.FieldRef) c.left();
		assertEquals("proc.aname", f.name());
		assertEquals("2", f.argument());
		c = (Expr.Check) parse("jevt.value[/spec/containers/0/image] startswith nginx");
		assertEquals("/spec/containers/0/image", ((Expr.FieldRef) c.left()).argument());
		c = (Expr.Check) parse("evt.arg.flags contains O_CREAT");
		assertEquals("evt.arg.flags", ((Expr.FieldRef) c.left()).name());
		c = (Expr.Check) parse("evt.arg[1] = x");
		assertEquals("1", ((Expr.FieldRef) c.left()).argument());
		c = (Expr.Check) parse("ka.req.pod.containers.image[0] = x");
		assertEquals("0", ((Expr.FieldRef) c.left()).argument());
		c = (Expr.Check) parse("tolower(toupper(proc.name)) = bash");
		Expr.Transform t = (Expr.Transform) c.left();
		assertEquals("tolower", t.transformer());
		assertEquals("toupper", ((Expr.Transform) t.inner()).transformer());
		c = (Expr.Check) parse("proc.name = val(proc.pname)");
		assertEquals("proc.pname", ((Expr.FieldValue) c.right()).operand().toString());
		c = (Expr.Check) parse("len(proc.name) > 3");
		assertEquals("len", ((Expr.Transform) c.left()).transformer());
		c = (Expr.Check) parse("proc.name = basename(proc.cmdline)");
		assertInstanceOf(Expr.FieldValue.class, c.right());
	}

	@Test
	void errorsCarryPositions() {
		ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> parse("proc.name = cat and"));
		assertEquals(1, e.position().line());
		assertEquals(20, e.position().column());
		e = assertThrows(ConditionSyntaxException.class, () -> parse("proc.name = cat\n  and proc.pid >> 3"));
		assertEquals(2, e.position().line());
		e = assertThrows(ConditionSyntaxException.class, () -> parse("proc.name foo bar"));
		assertEquals(11, e.position().column());
		assertTrue(e.getMessage().contains("operator"), e.getMessage());
		e = assertThrows(ConditionSyntaxException.class, () -> parse("(proc.name = cat"));
		assertTrue(e.getMessage().contains("')'"), e.getMessage());
		e = assertThrows(ConditionSyntaxException.class, () -> parse("proc.name in (a, b"));
		assertEquals(19, e.position().column());
		assertThrows(ConditionSyntaxException.class, () -> parse(""));
		assertThrows(ConditionSyntaxException.class, () -> parse("proc.pid > abc"));
		assertThrows(ConditionSyntaxException.class, () -> parse("a.b = 1 c.d = 2"));
		assertThrows(ConditionSyntaxException.class, () -> parse("(".repeat(2000) + "a.b=1" + ")".repeat(2000)));
	}
}
