package org.telecrm.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What README.md and docs/*.md point at still exists: every relative link (and its #anchor), every file or directory
 * path of the repository they name, every class they name in {@code code}; and .ci/run runs the README's test command.
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern PATH = Pattern.compile("[\\w.\\-/{},]+/[\\w.\\-/{},]*");
    /** A name in CamelCase (two lower-case letters at least), not part of an option, a path, a glob or a member. */
    private static final Pattern TYPE = Pattern.compile("(?<![\\w.@:/*\\-])([A-Z][a-z]\\w*[a-z]\\w*)(?![\\w*/])");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");
    /** Where a named class not declared in this repository may come from. */
    private static final List<String> OTHER_PACKAGES = List.of("java.lang.", "java.util.", "java.time.", "java.math.",
            "java.sql.", "javax.sql.", "javax.crypto.", "io.vavr.", "io.vavr.control.", "io.vavr.control.Either$",
            "io.vavr.collection.", "org.jmolecules.ddd.types.");
    /** Words in CamelCase that name no class. */
    private static final Set<String> WORDS = Set.of(
            "Fen"); // money-in-json.md: "the `Fen` suffix" of field names

    @Test
    void everyRelativeLinkAndAnchorResolves() {
        List<String> broken = new ArrayList<>();
        for (Path page : Docs.pages()) {
            Matcher m = LINK.matcher(Docs.prose(page));
            while (m.find()) {
                String link = m.group(1);
                if (link.matches("^[a-z]+:.*")) {
                    continue;   // https:, mailto:
                }
                int hash = link.indexOf('#');
                String file = hash < 0 ? link : link.substring(0, hash);
                Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!Files.exists(target)) {
                    broken.add(Docs.name(page) + ": " + link + " (no such file)");
                } else if (hash >= 0 && target.toString().endsWith(".md")
                        && !anchors(target).contains(link.substring(hash + 1))) {
                    broken.add(Docs.name(page) + ": " + link + " (no such heading in " + Docs.name(target) + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyRepositoryPathNamedInCodeExists() {
        Path root = Docs.root();
        List<String> missing = new ArrayList<>();
        for (Path page : Docs.pages()) {
            for (String code : code(page)) {
                if (!PATH.matcher(code).matches() || code.contains("//")) {
                    continue;
                }
                // only paths from the repository root: Asia/Shanghai, DIR/..., account/A-1/4/0 are no files
                String first = code.substring(0, code.indexOf('/'));
                if (first.isEmpty() || first.contains("{") || !Files.exists(root.resolve(first)) || first.equals("target")) {
                    continue;
                }
                for (String path : expanded(code)) {
                    if (!Files.exists(root.resolve(path)) && !path.contains("/target/")) {
                        missing.add(Docs.name(page) + ": " + path);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyClassNamedInCodeExists() throws IOException {
        Set<String> declared = declaredTypes(Docs.root());
        List<String> missing = new ArrayList<>();
        for (Path page : Docs.pages()) {
            for (String code : code(page)) {
                Matcher m = TYPE.matcher(code);
                while (m.find()) {
                    String name = m.group(1);
                    if (!declared.contains(name) && !WORDS.contains(name) && !elsewhere(name)) {
                        missing.add(Docs.name(page) + ": " + name + " (in `" + code + "`)");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void ciRunsTheReadmesTestCommand() throws IOException {
        Path root = Docs.root();
        String readme = Docs.read(root.resolve("README.md"));
        String command = Docs.blocks(root.resolve("README.md")).stream()
                .filter(b -> b.language().equals("sh") && b.text().contains("# 2. run all tests"))
                .map(b -> b.text().substring(b.text().indexOf("# 2. run all tests")).split("\n")[1].trim())
                .findFirst().orElseThrow(() -> new AssertionError("README has no command '# 2. run all tests'"));
        assertEquals("mvn -B verify", command);
        String ci = Files.readAllLines(root.resolve(".ci/run")).stream()
                .filter(l -> l.startsWith("mvn ") || l.startsWith("./mvnw "))
                .reduce((a, b) -> {
                    throw new AssertionError(".ci/run runs Maven more than once: " + a + " / " + b);
                })
                .orElseThrow(() -> new AssertionError(".ci/run runs no Maven command"));
        assertTrue(ci.startsWith(command + " "), ".ci/run runs " + ci + ", not the README's " + command);
        assertTrue(readme.contains("`" + ci + "`"), "README states how CI runs it: `" + ci + "`");
    }

    private static List<String> code(Path page) {
        List<String> code = new ArrayList<>();
        Matcher m = CODE.matcher(Docs.prose(page));
        while (m.find()) {
            code.add(m.group(1));
        }
        return code;
    }

    /** {@code db/{h2,postgresql}/V1.sql} as its two paths. */
    private static List<String> expanded(String path) {
        Matcher m = Pattern.compile("(.*)\\{([^}]*)}(.*)").matcher(path);
        if (!m.matches()) {
            return List.of(path);
        }
        List<String> paths = new ArrayList<>();
        for (String choice : m.group(2).split(",")) {
            paths.addAll(expanded(m.group(1) + choice + m.group(3)));
        }
        return paths;
    }

    private static Set<String> anchors(Path page) {
        Set<String> anchors = new HashSet<>();
        for (String line : Docs.prose(page).split("\n")) {
            if (line.matches("^#{1,6} .*")) {
                anchors.add(Docs.anchor(line.replaceFirst("^#+ ", "")));
            }
        }
        return anchors;
    }

    private static Set<String> declaredTypes(Path root) throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))::iterator) {
                Matcher m = DECLARED.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static boolean elsewhere(String name) {
        for (String pkg : OTHER_PACKAGES) {
            try {
                Class.forName(pkg + name, false, DocsLinksTest.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        return false;
    }
}
