package io.falcoj.rules;

import io.falcoj.json.Json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of loading one rules file: its errors and warnings. Renders as Falco does: the
 * one-line summary, the verbose text of {@code falco -V}, and the JSON object that goes into the
 * {@code falco_load_results} array.
 */
public final class LoadResult {
	private final String name;
	private final String content;
	private final List<LoadMessage> errors = new ArrayList<>();
	private final List<LoadMessage> warnings = new ArrayList<>();

	LoadResult(String name, String content) {
		this.name = name;
		this.content = content;
	}

	void add(LoadCode code, String message, LoadContext ctx) {
		(code.isError() ? errors : warnings).add(new LoadMessage(code, message, ctx));
	}

	/** The file name as given to the loader. */
	public String name() {
		return name;
	}

	public boolean successful() {
		return errors.isEmpty();
	}

	public List<LoadMessage> errors() {
		return Collections.unmodifiableList(errors);
	}

	public List<LoadMessage> warnings() {
		return Collections.unmodifiableList(warnings);
	}

	/** {@code file: Ok, with warnings} and the codes, as Falco's short form. */
	public String summary() {
		StringBuilder sb = new StringBuilder();
		if (!name.isEmpty()) {
			sb.append(name).append(": ");
		}
		sb.append(successful() ? (warnings.isEmpty() ? "Ok" : "Ok, with warnings") : "Invalid");
		appendCodes(sb, errors, "errors");
		appendCodes(sb, warnings, "warnings");
		return sb.toString();
	}

	private static void appendCodes(StringBuilder sb, List<LoadMessage> msgs, String label) {
		if (msgs.isEmpty()) {
			return;
		}
		sb.append("\n ").append(msgs.size()).append(' ').append(label).append(": [");
		for (int k = 0; k < msgs.size(); k++) {
			LoadCode c = msgs.get(k).code();
			sb.append(k == 0 ? "" : " ").append(c.name()).append(" (").append(c.text()).append(')');
		}
		sb.append(']');
	}

	/** The full text with locations and snippets, as {@code falco -V} prints it. */
	public String verbose() {
		StringBuilder sb = new StringBuilder();
		if (!name.isEmpty()) {
			sb.append(name).append(": ");
		}
		sb.append(successful() ? (warnings.isEmpty() ? "Ok" : "Ok, with warnings") : "Invalid");
		appendVerbose(sb, errors, "Errors");
		appendVerbose(sb, warnings, "Warnings");
		return sb.toString();
	}

	private void appendVerbose(StringBuilder sb, List<LoadMessage> msgs, String label) {
		if (msgs.isEmpty()) {
			return;
		}
		sb.append('\n').append(msgs.size()).append(' ').append(label).append(":\n");
		for (LoadMessage m : msgs) {
			sb.append(m.context().describe());
			sb.append("------\n").append(m.context().snippet(content)).append("------\n");
			sb.append(m.code().name()).append(" (").append(m.code().text()).append("): ").append(m.message()).append('\n');
		}
	}

	/** This result as one element of Falco's {@code falco_load_results} array. */
	public String toJson() {
		StringBuilder sb = new StringBuilder();
		sb.append("{\"errors\":[");
		appendJson(sb, errors);
		sb.append("],\"name\":").append(Json.quote(name)).append(",\"successful\":").append(successful());
		sb.append(",\"warnings\":[");
		appendJson(sb, warnings);
		sb.append("]}");
		return sb.toString();
	}

	private void appendJson(StringBuilder sb, List<LoadMessage> msgs) {
		for (int k = 0; k < msgs.size(); k++) {
			LoadMessage m = msgs.get(k);
			if (k > 0) {
				sb.append(',');
			}
			// Falco's errors carry the short text as their description (its error_desc returns it)
			String desc = m.code().isError() ? m.code().text() : m.code().description();
			sb.append("{\"code\":").append(Json.quote(m.code().name()));
			sb.append(",\"codedesc\":").append(Json.quote(desc));
			LoadContext.Location item = m.context().item();
			sb.append(",\"context\":{\"item_name\":").append(Json.quote(item.itemName()));
			sb.append(",\"item_type\":").append(Json.quote(item.itemType()));
			sb.append(",\"locations\":[");
			List<LoadContext.Location> locs = m.context().locations();
			for (int j = 0; j < locs.size(); j++) {
				LoadContext.Location l = locs.get(j);
				if (j > 0) {
					sb.append(',');
				}
				sb.append("{\"item_name\":").append(Json.quote(l.itemName()));
				sb.append(",\"item_type\":").append(Json.quote(l.itemType()));
				sb.append(",\"position\":{\"column\":").append(l.column()).append(",\"line\":").append(l.line());
				sb.append(",\"name\":").append(Json.quote(l.name())).append(",\"offset\":").append(l.offset()).append("}}");
			}
			sb.append("],\"snippet\":").append(Json.quote(m.context().snippet(content))).append('}');
			sb.append(",\"message\":").append(Json.quote(m.message())).append('}');
		}
	}

	/** The document {@code falco -V -o json_output=true} prints: {@code {"falco_load_results":[...]}}. */
	public static String toJsonDocument(List<LoadResult> results) {
		StringBuilder sb = new StringBuilder("{\"falco_load_results\":[");
		for (int k = 0; k < results.size(); k++) {
			sb.append(k == 0 ? "" : ",").append(results.get(k).toJson());
		}
		return sb.append("]}").toString();
	}
}
