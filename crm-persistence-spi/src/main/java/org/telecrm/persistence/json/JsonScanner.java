package org.telecrm.persistence.json;

/**
 * The codec's own scanner of a stored document: a cursor over its characters, with no tree, no object per token and
 * whole numbers read without allocation, in range or beyond as Jackson tells them apart (a name is compared where it lies in the text; a string becomes a
 * {@code String} only when its value is asked for). It accepts exactly the JSON Jackson's parser accepts with the
 * factory's defaults, token for token; what it cannot settle cheaply (a very long number, name or string, nesting
 * deeper than {@value #MAX_DEPTH}) it leaves to Jackson, as it does every
 * malformed document: it stops with {@link Syntax}, and the read is done again over {@link JacksonTokens}.
 */
final class JsonScanner extends JsonTokens {

    /** Deeper than this is left to Jackson (whose own limit is 1,000). */
    static final int MAX_DEPTH = 900;
    /** Longer numbers are left to Jackson (whose own limit is 1,000 digits). */
    private static final int MAX_NUMBER = 900;
    /** Longer names are left to Jackson (whose own limit is 50,000 characters). */
    private static final int MAX_NAME = 40_000;
    /** Longer strings are left to Jackson (whose own limit is 20,000,000 characters). */
    private static final int MAX_STRING = 10_000_000;

    /** How a {@link Syntax} begins when the text may be well-formed, but is for Jackson to judge. */
    static final String LEFT_TO_JACKSON = "left to Jackson: ";

    private final char[] text;
    private int pos;
    private Token current;
    /** The current name or string: its characters from {@code start} to {@code end}; escaped ones are decoded. */
    private int start;
    private int end;
    private boolean escaped;
    /** The current whole number. */
    private long number;
    /** Per open object or array, whether it is an object. */
    private boolean[] objects;
    private int depth;

    private JsonScanner(char[] text) {
        this.text = text;
        this.objects = new boolean[16];
    }

    /** A scanner over {@code json}, before its first token. */
    static JsonScanner of(String json) {
        return new JsonScanner(json.toCharArray());
    }

    private JsonScanner copy() {
        JsonScanner copy = new JsonScanner(text);
        copy.pos = pos;
        copy.current = current;
        copy.start = start;
        copy.end = end;
        copy.escaped = escaped;
        copy.number = number;
        copy.objects = objects.clone();
        copy.depth = depth;
        return copy;
    }

    // ---- tokens -------------------------------------------------------------------------------------------------

    @Override
    Token next() {
        Token before = current;
        if (before == null) {
            return current = skipSpace() == '{' ? open(true) : fail("expected '{' to begin the document");
        } else if (before == Token.END) {
            return before;
        } else if (before == Token.FIELD_NAME) {
            if (skipSpace() != ':') {
                return fail("expected ':' after a field name");
            }
            pos++;
            return current = value(skipSpace());
        } else if (before == Token.START_OBJECT) {
            int c = skipSpace();
            return current = c == '}' ? close(true) : name(c);
        } else if (before == Token.START_ARRAY) {
            int c = skipSpace();
            return current = c == ']' ? close(false) : value(c);
        }
        // after a value, or the end of an object or an array
        int c = skipSpace();
        if (depth == 0) {
            return current = c < 0 ? Token.END : fail("more after the document");
        }
        boolean object = objects[depth - 1];
        if (c == ',') {
            pos++;
            return current = object ? name(skipSpace()) : value(skipSpace());
        } else if (c == (object ? '}' : ']')) {
            return current = close(object);
        }
        return fail(object ? "expected ',' or '}'" : "expected ',' or ']'");
    }

    @Override
    Token current() {
        return current == null ? Token.END : current;
    }

    /** The next character that is not white space (not consumed), -1 at the end. */
    private int skipSpace() {
        char[] t = text;
        int p = pos;
        while (p < t.length) {
            char c = t[p];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                pos = p;
                return c;
            }
            p++;
        }
        pos = p;
        return -1;
    }

    private Token open(boolean object) {
        pos++;
        if (depth == MAX_DEPTH) {
            return fail(LEFT_TO_JACKSON + "nested deeper than " + MAX_DEPTH);
        }
        if (depth == objects.length) {
            objects = java.util.Arrays.copyOf(objects, depth * 2);
        }
        objects[depth++] = object;
        return object ? Token.START_OBJECT : Token.START_ARRAY;
    }

    private Token close(boolean object) {
        pos++;
        depth--;
        return object ? Token.END_OBJECT : Token.END_ARRAY;
    }

    private Token name(int c) {
        if (c != '"') {
            return fail("expected '\"' to begin a field name");
        }
        string();
        if (end - start > MAX_NAME) {
            return fail(LEFT_TO_JACKSON + "a name longer than " + MAX_NAME);
        }
        return Token.FIELD_NAME;
    }

    private Token value(int c) {
        switch (c) {
            case '{':
                return open(true);
            case '[':
                return open(false);
            case '"':
                string();
                if (end - start > MAX_STRING) {
                    return fail(LEFT_TO_JACKSON + "a string longer than " + MAX_STRING);
                }
                return Token.STRING;
            case 't':
                return literal("true", Token.TRUE);
            case 'f':
                return literal("false", Token.FALSE);
            case 'n':
                return literal("null", Token.NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                return fail("expected a value");
        }
    }

    /** Per character below 128: whether it ends a run of plain characters in a string (a quote, a backslash, a control). */
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            SPECIAL[c] = true;
        }
        SPECIAL['"'] = true;
        SPECIAL['\\'] = true;
    }

    /** The string whose opening quote is at {@code pos}: its content's bounds, escapes checked. */
    private void string() {
        char[] t = text;
        boolean[] special = SPECIAL;
        int length = t.length;
        int p = pos + 1;
        boolean withEscapes = false;
        while (true) {
            while (p < length) {
                char c = t[p];
                if (c < 128 && special[c]) {
                    break;
                }
                p++;
            }
            if (p >= length) {
                fail("the text ends inside a string");
            }
            char c = t[p];
            if (c == '"') {
                break;
            } else if (c == '\\') {
                withEscapes = true;
                p = escape(p);
            } else {
                fail("a control character in a string");
            }
        }
        start = pos + 1;
        end = p;
        escaped = withEscapes;
        pos = p + 1;
    }

    /** Checks the escape at {@code p} (its backslash) and returns where the string goes on. */
    private int escape(int p) {
        char[] t = text;
        if (p + 1 >= t.length) {
            fail("the text ends inside a string");
        }
        char e = t[p + 1];
        if (e == 'u') {
            for (int i = p + 2; i < p + 6; i++) {
                if (i >= t.length || !hex(t[i])) {
                    fail("\\u without four hexadecimal digits");
                }
            }
            return p + 6;
        } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
            return p + 2;
        }
        return fail("an escape JSON does not have");
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private Token literal(String word, Token token) {
        char[] t = text;
        int p = pos;
        int length = word.length();
        if (p + length > t.length) {
            return fail("an unknown word");
        }
        for (int i = 0; i < length; i++) {
            if (t[p + i] != word.charAt(i)) {
                return fail("an unknown word");
            }
        }
        pos = p + length;
        if (pos < t.length) {
            char c = t[pos];
            if (c >= '0' && c != ']' && c != '}' && Character.isJavaIdentifierPart(c)) {
                return fail("an unknown word");
            }
        }
        start = p;
        end = pos;
        return token;
    }

    /** A number as JSON writes it: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private Token number() {
        char[] t = text;
        int p = pos;
        boolean negative = t[p] == '-';
        if (negative) {
            p++;
        }
        int digitsFrom = p;
        long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long beforeLastDigit = limit / 10;
        long value = 0;   // negated as it grows, as Long.parseLong does, so that Long.MIN_VALUE fits
        boolean beyondLong = false;
        while (p < t.length && t[p] >= '0' && t[p] <= '9') {
            int digit = t[p] - '0';
            if (beyondLong || value < beforeLastDigit || value * 10 < limit + digit) {
                beyondLong = true;
            } else {
                value = value * 10 - digit;
            }
            p++;
        }
        int digits = p - digitsFrom;
        if (digits == 0) {
            return fail("a '-' without digits");
        } else if (digits > 1 && t[digitsFrom] == '0') {
            return fail("a leading zero");
        }
        boolean whole = true;
        if (p < t.length && t[p] == '.') {
            whole = false;
            p = digits(p + 1);
        }
        if (p < t.length && (t[p] == 'e' || t[p] == 'E')) {
            whole = false;
            p++;
            if (p < t.length && (t[p] == '+' || t[p] == '-')) {
                p++;
            }
            p = digits(p);
        }
        if (p - pos > MAX_NUMBER) {
            return fail(LEFT_TO_JACKSON + "a number longer than " + MAX_NUMBER);
        }
        start = pos;
        end = p;
        pos = p;
        if (!whole) {
            return Token.FLOAT;
        }
        if (beyondLong) {
            return Token.BIG_INTEGER;
        }
        number = negative ? value : -value;
        return number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE ? Token.INT : Token.LONG;
    }

    /** The end of the digits at {@code p}, of which there must be one at least. */
    private int digits(int p) {
        char[] t = text;
        int from = p;
        while (p < t.length && t[p] >= '0' && t[p] <= '9') {
            p++;
        }
        if (p == from) {
            fail("a number without digits after its point or exponent");
        }
        return p;
    }

    // ---- values -------------------------------------------------------------------------------------------------

    @Override
    String name() {
        return content();
    }

    @Override
    boolean nameIs(String name) {
        return escaped ? name.equals(content()) : same(name);
    }

    @Override
    int nameIn(String[] names) {
        if (escaped) {
            return super.nameIn(names);
        }
        for (int i = 0; i < names.length; i++) {
            if (same(names[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    int textIn(String[] values) {
        return current == Token.STRING && !escaped ? nameIn(values) : super.textIn(values);
    }

    private boolean same(String name) {
        int length = end - start;
        if (name.length() != length) {
            return false;
        }
        char[] t = text;
        for (int i = 0; i < length; i++) {
            if (t[start + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    String text() {
        Token token = current;
        if (token == Token.STRING || token == Token.FIELD_NAME) {
            return content();
        }
        return new String(text, start, end - start);
    }

    /** The current name's or string's value, its escapes decoded. */
    private String content() {
        if (!escaped) {
            return new String(text, start, end - start);
        }
        StringBuilder value = new StringBuilder(end - start);
        char[] t = text;
        for (int p = start; p < end; p++) {
            char c = t[p];
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char e = t[++p];
            switch (e) {
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    value.append((char) Integer.parseInt(new String(t, p + 1, 4), 16));
                    p += 4;
                }
                default -> value.append(e);   // " \ /
            }
        }
        return value.toString();
    }

    @Override
    long longValue() {
        return number;
    }

    @Override
    void skipChildren() {
        Token token = current;
        if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
            return;
        }
        int outer = depth - 1;
        while (true) {
            Token t = next();
            if ((t == Token.END_OBJECT || t == Token.END_ARRAY) && depth == outer) {
                return;
            }
        }
    }

    @Override
    Replay rest() {
        JsonScanner from = copy();
        while (current == Token.FIELD_NAME) {
            next();
            skipChildren();
            next();
        }
        if (current != Token.END_OBJECT) {
            fail("expected the end of an object");
        }
        return from::copy;
    }

    // ---- faults -------------------------------------------------------------------------------------------------

    private <T> T fail(String problem) {
        throw new Syntax(problem, text, pos);
    }

    /**
     * Where the text stops being JSON the scanner reads, and why, with its line and column (from 1); the read is done
     * again through Jackson, whose word on it counts.
     */
    static final class Syntax extends RuntimeException {
        Syntax(String problem, char[] text, int at) {
            super(problem + " at " + location(text, at), null, false, false);
        }

        private static String location(char[] text, int at) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < Math.min(at, text.length); i++) {
                if (text[i] == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return "line " + line + ", column " + column;
        }
    }
}
