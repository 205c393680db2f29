package org.telecrm.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ```java blocks of one documentation page as Java sources, with the page line each source line came from.
 *
 * <p>A page's blocks are one program, run top to bottom like a jshell session: a later block uses what an earlier
 * one declared. The translation is small and stated here so a writer knows what a block may contain:
 * <ul>
 *   <li>{@code import} lines (anywhere in a block) go to the top of the program;</li>
 *   <li>a declaration starting at column 0 with {@code static} (a helper such as {@code bj(...)}) becomes a member of
 *       the program's class, up to the next line that is a single {@code }} at column 0;</li>
 *   <li>everything else is a statement of the program's {@code run()} method, in page order;</li>
 *   <li>a block whose first code line declares a class, record, interface or enum (or a {@code package}) is a whole
 *       compilation unit: compiled as its own file beside the program, not run;</li>
 *   <li>the marker {@code <!-- docs-test: compile-only, REASON -->} on the line before a block compiles it in the
 *       program but never runs it (its statements sit in an {@code if (false)}), for what cannot run here, such as a
 *       host's message broker;</li>
 *   <li>the marker {@code <!-- docs-test: continues OTHER.md -->} on the line before a page's first block runs that
 *       page's blocks first, so a page can go on from another's walkthrough.</li>
 * </ul>
 * A block checks its own results with {@code assert} (the test runs it with assertions enabled) or by throwing.
 */
final class JavaBlocks {

    static final String COMPILE_ONLY = "compile-only";
    static final String CONTINUES = "continues ";
    private static final Pattern MARKER = Pattern.compile("<!--\\s*docs-test:\\s*(.*?)\\s*-->");
    private static final Pattern UNIT = Pattern.compile(
            "^(package |((public|abstract|final|sealed|non-sealed) )*(class|record|interface|enum) ).*");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z]\\w*)");

    private JavaBlocks() {
    }

    /** A generated source line and where on which page it came from (null for the generated frame). */
    record Line(String text, String origin) {
    }

    /** One Java source file: its class name (a top-level type) and its lines. */
    record Source(String className, List<Line> lines) {
        String text() {
            StringBuilder out = new StringBuilder();
            lines.forEach(l -> out.append(l.text()).append('\n'));
            return out.toString();
        }

        /** The page line of a 1-based line of this source, or the source's own position if it is generated. */
        String origin(long line) {
            if (line >= 1 && line <= lines.size() && lines.get((int) line - 1).origin() != null) {
                return lines.get((int) line - 1).origin();
            }
            return className + ".java:" + line + " (generated)";
        }
    }

    /** What a page's java blocks make: the program (null when the page has none) and the whole compilation units. */
    record Program(Source main, List<Source> units, int blocks, List<String> compileOnly) {
    }

    static String marker(Docs.Block block) {
        Matcher m = MARKER.matcher(block.marker());
        return m.find() ? m.group(1) : "";
    }

    static List<Docs.Block> javaBlocks(Path page) {
        return Docs.blocks(page).stream().filter(b -> b.language().equals("java")).toList();
    }

    /** The class name of a page's program: {@code docs/service-orders.md} is {@code ServiceOrdersMd}. */
    static String className(Path page) {
        StringBuilder name = new StringBuilder();
        for (String part : page.getFileName().toString().replace(".md", "-md").split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.toString();
    }

    static Program program(Path page) {
        List<Docs.Block> blocks = new ArrayList<>();
        collect(page, blocks, new ArrayList<>());
        Set<String> imports = new LinkedHashSet<>();
        List<Line> importLines = new ArrayList<>();
        List<Line> members = new ArrayList<>();
        List<Line> body = new ArrayList<>();
        List<Source> units = new ArrayList<>();
        List<String> compileOnly = new ArrayList<>();
        for (Docs.Block block : blocks) {
            String[] lines = block.text().split("\n", -1);
            String firstCode = firstCode(lines);
            if (firstCode != null && UNIT.matcher(firstCode).matches()) {
                units.add(unit(block, lines));
                continue;
            }
            boolean skip = marker(block).startsWith(COMPILE_ONLY);
            if (skip && block.page().equals(page)) {
                compileOnly.add(block.where() + ": " + marker(block));
            }
            body.add(new Line("// " + block.where(), null));
            if (skip) {
                body.add(new Line("if (false) {", null));
            }
            boolean inMember = false;
            for (int i = 0; i < lines.length; i++) {
                String text = lines[i];
                Line line = new Line(text, Docs.name(block.page()) + ":" + (block.line() + 1 + i));
                if (inMember) {
                    members.add(line);
                    inMember = !text.equals("}");
                } else if (text.startsWith("static ")) {
                    members.add(line);
                    inMember = !text.trim().endsWith("}");
                } else if (text.startsWith("import ")) {
                    if (imports.add(text.trim())) {
                        importLines.add(line);
                    }
                } else {
                    body.add(line);
                }
            }
            if (skip) {
                body.add(new Line("}", null));
            }
        }
        if (body.isEmpty() && members.isEmpty()) {
            return new Program(null, units, blocks.size(), compileOnly);
        }
        String name = className(page);
        List<Line> all = new ArrayList<>(importLines);
        all.add(new Line("", null));
        all.add(new Line("@SuppressWarnings(\"all\")", null));
        all.add(new Line("public final class " + name + " {", null));
        all.addAll(members);
        all.add(new Line("public static void run() throws Exception {", null));
        all.addAll(body);
        all.add(new Line("}", null));
        all.add(new Line("}", null));
        return new Program(new Source(name, all), units, blocks.size(), compileOnly);
    }

    /** The blocks of a page, after those of the page it continues (and so on), each page once. */
    private static void collect(Path page, List<Docs.Block> into, List<Path> seen) {
        if (seen.contains(page)) {
            throw new IllegalStateException("docs-test: continues: a cycle through " + Docs.name(page));
        }
        seen.add(page);
        List<Docs.Block> blocks = javaBlocks(page);
        if (!blocks.isEmpty() && marker(blocks.get(0)).startsWith(CONTINUES)) {
            Path other = page.resolveSibling(marker(blocks.get(0)).substring(CONTINUES.length()).trim());
            collect(other, into, seen);
        }
        into.addAll(blocks);
    }

    private static Source unit(Docs.Block block, String[] lines) {
        List<Line> out = new ArrayList<>();
        String name = null;
        for (int i = 0; i < lines.length; i++) {
            out.add(new Line(lines[i], Docs.name(block.page()) + ":" + (block.line() + 1 + i)));
            Matcher m = DECLARED.matcher(lines[i]);
            if (name == null && !lines[i].startsWith(" ") && m.find()) {
                name = m.group(1);
            }
        }
        if (name == null) {
            throw new IllegalStateException(block.where() + ": a compilation unit declaring no type at column 0");
        }
        return new Source(name, out);
    }

    private static String firstCode(String[] lines) {
        for (String line : lines) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("//") && !t.startsWith("import ") && !t.startsWith("@")) {
                return line;
            }
        }
        return null;
    }
}
