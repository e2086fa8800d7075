package io.falcoj.cli;

import io.falcoj.capture.ScapCopier;
import io.falcoj.capture.ScapFormatException;
import io.falcoj.capture.ScapReader;
import io.falcoj.capture.ScapWriter;
import io.falcoj.cli.inspect.EventListing;
import io.falcoj.cli.inspect.FieldListing;
import io.falcoj.cli.inspect.InspectPipeline;
import io.falcoj.cli.inspect.OutputFormat;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.field.syscall.ParamRenderer;
import io.falcoj.field.syscall.ParamRenderer.BufferFormat;
import io.falcoj.filter.ConditionParser;
import io.falcoj.filter.ConditionSyntaxException;
import io.falcoj.filter.Filter;
import io.falcoj.filter.FilterCompileException;
import io.falcoj.filter.FilterCompiler;
import io.falcoj.state.ParsedEvent;

import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code falco-inspect}: read a capture file, filter it, print events or write the ones that pass,
 * with sysdig's flags and output, so its output can be compared with sysdig's line by line.
 */
public final class InspectMain {
	static final String USAGE = """
			Usage: falco-inspect [options] [filter]

			Options:
			 -r <file>, --read=<file>      read events from a capture file (.scap, plain or gzip)
			 -w <file>, --write=<file>     write the events that pass the filter to a capture file
			 -p <fmt>, --print=<fmt>       output format: %field tokens and text; a leading '*' prints
			                               every event, else only events where every field has a value
			 -j, --json                    print each event as a JSON object
			 -A, --print-ascii             print only the printable ASCII of data buffers
			 -x, --print-hex               print data buffers in hex
			 -X, --print-hex-ascii         print data buffers in hex and ASCII
			 -b, --print-base64            print data buffers in base64
			 -v, --verbose                 print data buffers whole (not cut at 80 characters)
			 -n <num>, --numevents=<num>   stop after <num> events that pass the filter
			 -l, --list                    list the fields that can be used in filters and -p
			 -L, --list-events             list the events the engine knows
			 -h, --help                    this help
			""";

	private InspectMain() {
	}

	public static void main(String[] args) {
		PrintStream err = System.err;
		int code;
		try {
			code = run(args, System.out, err);
		} catch (UsageException e) {
			err.println("falco-inspect: " + e.getMessage());
			err.println("Try 'falco-inspect -h' for more information.");
			code = 1;
		}
		System.exit(code);
	}

	/** A bad command line. */
	static final class UsageException extends Exception {
		UsageException(String message) {
			super(message);
		}
	}

	/** The parsed command line. */
	static final class Options {
		Path read;
		Path write;
		String format;
		boolean json;
		BufferFormat buffers = BufferFormat.NORMAL;
		boolean verbose;
		long maxEvents = -1;
		boolean listFields;
		boolean listEvents;
		boolean help;
		String filter = "";
	}

	static Options parse(String[] args) throws UsageException {
		Options o = new Options();
		List<String> rest = new ArrayList<>();
		boolean bufferFlag = false;
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (a.equals("--")) {
				for (i++; i < args.length; i++) {
					rest.add(args[i]);
				}
				break;
			}
			if (a.startsWith("--")) {
				String name = a;
				String value = null;
				int eq = a.indexOf('=');
				if (eq > 0) {
					name = a.substring(0, eq);
					value = a.substring(eq + 1);
				}
				switch (name) {
				case "--read", "--write", "--print", "--numevents" -> {
					if (value == null) {
						if (i + 1 >= args.length) {
							throw new UsageException("option '" + name + "' requires an argument");
						}
						value = args[++i];
					}
					applyValued(o, name.charAt(2) == 'r' ? 'r' : name.charAt(2) == 'w' ? 'w' : name.charAt(2) == 'p' ? 'p' : 'n', value);
				}
				case "--json" -> o.json = true;
				case "--print-ascii", "--print-hex", "--print-hex-ascii", "--print-base64" -> {
					bufferFlag = setBuffers(o, bufferFlag, switch (name) {
					case "--print-ascii" -> BufferFormat.ASCII;
					case "--print-hex" -> BufferFormat.HEX;
					case "--print-hex-ascii" -> BufferFormat.HEXASCII;
					default -> BufferFormat.BASE64;
					});
				}
				case "--verbose" -> o.verbose = true;
				case "--list" -> o.listFields = true;
				case "--list-events" -> o.listEvents = true;
				case "--help" -> o.help = true;
				default -> throw new UsageException("unrecognized option '" + a + "'");
				}
				continue;
			}
			if (a.startsWith("-") && a.length() > 1) {
				for (int k = 1; k < a.length(); k++) {
					char c = a.charAt(k);
					switch (c) {
					case 'r', 'w', 'p', 'n' -> {
						String value;
						if (k + 1 < a.length()) {
							value = a.substring(k + 1);
						} else if (i + 1 < args.length) {
							value = args[++i];
						} else {
							throw new UsageException("option requires an argument -- '" + c + "'");
						}
						applyValued(o, c, value);
						k = a.length();
					}
					case 'j' -> o.json = true;
					case 'A' -> bufferFlag = setBuffers(o, bufferFlag, BufferFormat.ASCII);
					case 'x' -> bufferFlag = setBuffers(o, bufferFlag, BufferFormat.HEX);
					case 'X' -> bufferFlag = setBuffers(o, bufferFlag, BufferFormat.HEXASCII);
					case 'b' -> bufferFlag = setBuffers(o, bufferFlag, BufferFormat.BASE64);
					case 'v' -> o.verbose = true;
					case 'l' -> o.listFields = true;
					case 'L' -> o.listEvents = true;
					case 'h' -> o.help = true;
					default -> throw new UsageException("invalid option -- '" + c + "'");
					}
				}
				continue;
			}
			rest.add(a);
		}
		o.filter = String.join(" ", rest);
		return o;
	}

	private static boolean setBuffers(Options o, boolean already, BufferFormat f) throws UsageException {
		if (already && o.buffers != f) {
			throw new UsageException("you can specify only one of -A, -b, -x and -X");
		}
		o.buffers = f;
		return true;
	}

	private static void applyValued(Options o, char c, String value) throws UsageException {
		switch (c) {
		case 'r' -> o.read = Path.of(value);
		case 'w' -> o.write = Path.of(value);
		case 'p' -> o.format = value;
		default -> {
			try {
				o.maxEvents = Long.parseLong(value);
			} catch (NumberFormatException e) {
				throw new UsageException("-n needs a number of events, not '" + value + "'");
			}
			if (o.maxEvents <= 0) {
				throw new UsageException("-n needs a positive number of events, not '" + value + "'");
			}
		}
		}
	}

	/** Runs the command; returns the exit code. */
	static int run(String[] args, PrintStream stdout, PrintStream err) throws UsageException {
		Options o = parse(args);
		Writer out = new OutputStreamWriter(new BufferedOutputStream(stdout, 1 << 16), StandardCharsets.UTF_8);
		try {
			if (o.help) {
				out.write(USAGE);
				out.flush();
				return 0;
			}
			InspectPipeline pipeline = new InspectPipeline();
			if (o.listFields) {
				FieldListing.write(pipeline.catalog(), out);
				out.flush();
				return 0;
			}
			if (o.listEvents) {
				EventListing.write(out);
				out.flush();
				return 0;
			}
			if (o.read == null) {
				throw new UsageException("nothing to read: give a capture file with -r (live capture is bin/falco's job)");
			}
			if (!Files.isReadable(o.read)) {
				err.println("can't open file " + o.read);
				return 1;
			}
			BufferFormat buffers = o.buffers;
			int maxLen = o.verbose ? 0 : ParamRenderer.DEFAULT_MAX_BUFFER_LENGTH;
			if (o.json && buffers == BufferFormat.NORMAL) {
				buffers = BufferFormat.DOTS;
			}
			pipeline.bufferFormat(buffers, maxLen);
			OutputFormat format;
			Filter<ParsedEvent> filter = null;
			if (!o.filter.isBlank()) {
				try {
					filter = new FilterCompiler<>(pipeline.catalog()).compile(ConditionParser.parse(o.filter));
				} catch (ConditionSyntaxException e) {
					err.println("filter error at position " + e.position().offset() + ": " + e.getMessage());
					return 1;
				} catch (FilterCompileException e) {
					err.println("filter error at position " + e.position().offset() + ": " + e.getMessage());
					return 1;
				}
			}
			try {
				format = OutputFormat.compile(o.format == null ? OutputFormat.DEFAULT : o.format, pipeline.catalog());
			} catch (UnknownFieldException e) {
				err.println(e.getMessage());
				return 1;
			}
			return replay(o, pipeline, format, filter, out, err);
		} catch (IOException e) {
			err.println("falco-inspect: " + e.getMessage());
			return 1;
		}
	}

	private static int replay(Options o, InspectPipeline pipeline, OutputFormat format, Filter<ParsedEvent> filter,
			Writer out, PrintStream err) throws IOException {
		ScapWriter writer = null;
		try (ScapReader reader = ScapReader.open(o.read)) {
			ScapCopier copier = null;
			if (o.write != null) {
				try {
					writer = ScapWriter.create(o.write);
				} catch (FileNotFoundException | NoSuchFileException e) {
					err.println("can't open output file " + o.write);
					return 1;
				}
				copier = new ScapCopier(writer, reader);
			}
			pipeline.run(reader, copier, format, filter, o.json, o.write == null, o.maxEvents, out);
			if (copier != null) {
				copier.finish();
			}
			out.flush();
			return 0;
		} catch (ScapFormatException e) {
			out.flush();
			err.println(e.getMessage());
			return 1;
		} catch (UncheckedIOException e) {
			out.flush();
			err.println("falco-inspect: " + e.getCause().getMessage());
			return 1;
		} finally {
			if (writer != null) {
				writer.close();
			}
		}
	}
}
