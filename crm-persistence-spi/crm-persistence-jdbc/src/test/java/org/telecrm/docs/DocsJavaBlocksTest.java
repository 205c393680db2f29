package org.telecrm.docs;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every ```java block of README.md and docs/*.md compiles against this module's test classpath (crm-core, the storage
 * ports and the in-memory store, the contract kit, this JDBC adapter and H2) and runs without throwing, with
 * assertions enabled: the documentation is read from the Markdown itself, so a snippet that no longer compiles or no
 * longer gives what it says fails here, naming its page and line. How a page's blocks become a program:
 * {@link JavaBlocks}.
 */
class DocsJavaBlocksTest {

    /**
     * The blocks that are compiled and not run, each with its reason in its marker. Kept short on purpose: a block
     * that can run, runs.
     */
    private static final List<String> COMPILE_ONLY = List.of();

    private static final Path OUT = Path.of("target", "docs-java-blocks");

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfAPageCompilesAndRuns() {
        return Docs.pages().stream()
                .filter(page -> !JavaBlocks.javaBlocks(page).isEmpty())
                .map(page -> DynamicTest.dynamicTest(Docs.name(page), () -> compileAndRun(page)));
    }

    @Test
    void theBlocksThatOnlyCompileAreTheListedOnes() {
        List<String> compileOnly = new ArrayList<>();
        for (Path page : Docs.pages()) {
            for (String entry : JavaBlocks.program(page).compileOnly()) {
                compileOnly.add(entry.substring(0, entry.indexOf(": ")));
                assertTrue(entry.substring(entry.indexOf(": ") + 2).length() > JavaBlocks.COMPILE_ONLY.length() + 4,
                        entry + ": a compile-only block says why it cannot run");
            }
        }
        assertEquals(COMPILE_ONLY, compileOnly);
    }

    @Test
    void theTranslationMapsEveryProgramLineToItsPage() {
        Path page = Docs.root().resolve("docs/accounts.md");
        JavaBlocks.Program program = JavaBlocks.program(page);
        Docs.Block first = JavaBlocks.javaBlocks(page).get(0);
        String firstLine = first.text().split("\n")[0];
        JavaBlocks.Source main = program.main();
        int at = -1;
        for (int i = 0; i < main.lines().size(); i++) {
            if (main.lines().get(i).text().equals(firstLine)) {
                at = i + 1;
                break;
            }
        }
        assertEquals("docs/accounts.md:" + (first.line() + 1), main.origin(at));
        assertEquals("AccountsMd", JavaBlocks.className(page));
        assertEquals("ServiceOrdersMd", JavaBlocks.className(Path.of("docs/service-orders.md")));
    }

    static void compileAndRun(Path page) throws Exception {
        JavaBlocks.Program program = JavaBlocks.program(page);
        String name = JavaBlocks.className(page);
        Path dir = OUT.resolve(name);
        Path sources = dir.resolve("src");
        Path classes = dir.resolve("classes");
        deleteTree(dir);
        Files.createDirectories(sources);
        Files.createDirectories(classes);
        List<JavaBlocks.Source> all = new ArrayList<>(program.units());
        if (program.main() != null) {
            all.add(program.main());
        }
        List<File> files = new ArrayList<>();
        for (JavaBlocks.Source source : all) {
            Path file = sources.resolve(source.className() + ".java");
            Files.writeString(file, source.text());
            files.add(file.toFile());
        }
        compile(all, files, classes);
        if (program.main() == null) {
            return;
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()},
                DocsJavaBlocksTest.class.getClassLoader())) {
            loader.setDefaultAssertionStatus(true);
            Class<?> type = loader.loadClass(name);
            try {
                type.getMethod("run").invoke(null);
            } catch (InvocationTargetException e) {
                Throwable thrown = e.getCause();
                throw new AssertionError(where(thrown, program.main()) + ": the block throws " + thrown, thrown);
            }
        }
    }

    private static void compile(List<JavaBlocks.Source> all, List<File> files, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-classpath", classpath(), "-d", classes.toString(), "-proc:none",
                    "-encoding", "UTF-8", "-Xlint:none", "-nowarn");
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files)).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.ERROR) {
                    continue;
                }
                String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName().toString();
                String origin = all.stream().filter(s -> file.equals(s.className() + ".java")).findFirst()
                        .map(s -> s.origin(d.getLineNumber())).orElse(file + ":" + d.getLineNumber());
                errors.add(origin + ": " + d.getMessage(Locale.ROOT));
            }
            if (!ok || !errors.isEmpty()) {
                fail("the Java blocks do not compile:\n" + String.join("\n", errors));
            }
        }
    }

    /** The page line of the deepest frame of the program in a throwable's stack. */
    private static String where(Throwable thrown, JavaBlocks.Source main) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().equals(main.className()) || frame.getClassName().startsWith(main.className() + "$")) {
                    return main.origin(frame.getLineNumber());
                }
            }
        }
        return main.className() + " (no frame of the program)";
    }

    /** The test classpath as surefire gives it (its manifest-only jar hides it from java.class.path). */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
                Files.delete(p);
            }
        }
    }
}
