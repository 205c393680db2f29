package org.telecrm.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The project's documentation as the tests read it: README.md and every docs/*.md of the repository this module sits in.
 */
final class Docs {

    private Docs() {
    }

    /** The repository root: the nearest directory above the working directory holding README.md and .ci/run. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve(".ci/run"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (README.md and .ci/run) above " + Path.of("").toAbsolutePath());
    }

    /** README.md, then docs/*.md in name order. */
    static List<Path> pages() {
        Path root = root();
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's path from the repository root, for messages. */
    static String name(Path page) {
        return root().relativize(page).toString();
    }

    /**
     * A fenced block: its language (the word after the opening fence), its text, the 1-based line of its opening
     * fence, and the HTML comment on the line just before the fence, if any ({@code <!-- docs-test: ... -->}).
     */
    record Block(Path page, String language, String text, int line, String marker) {
        String where() {
            return name(page) + ":" + line;
        }
    }

    static List<Block> blocks(Path page) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = read(page).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("```")) {
                continue;
            }
            String language = lines[i].substring(3).trim();
            int open = i;
            StringBuilder text = new StringBuilder();
            for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
                text.append(lines[i]).append('\n');
            }
            String before = open > 0 ? lines[open - 1].trim() : "";
            blocks.add(new Block(page, language, text.toString(), open + 1, before.startsWith("<!--") ? before : ""));
        }
        return blocks;
    }

    /** A page's text with its fenced blocks blanked out (same line count), for what is said around them. */
    static String prose(Path page) {
        StringBuilder out = new StringBuilder();
        boolean fence = false;
        for (String line : read(page).split("\n", -1)) {
            if (line.startsWith("```")) {
                fence = !fence;
                out.append('\n');
                continue;
            }
            out.append(fence ? "" : line).append('\n');
        }
        return out.toString();
    }

    /** GitHub's anchor of a heading: lower case, punctuation but hyphens and underscores dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-');
    }
}
