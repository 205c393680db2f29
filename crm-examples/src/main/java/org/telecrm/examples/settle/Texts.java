package org.telecrm.examples.settle;

/** Small text helpers of the settle parser: comparing in place, quoting input in messages. */
final class Texts {

    /** Longer input is cut, so that a message stays readable whatever the line held. */
    private static final int MAX_QUOTED = 60;

    private Texts() {
    }

    /** Whether {@code chars[offset .. offset + length)} spells {@code text}. */
    static boolean sameText(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether every surrogate in {@code chars[offset .. offset + length)} is half of a pair. */
    static boolean isWellFormed(char[] chars, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Input quoted in a message: at most {@value #MAX_QUOTED} characters, never cut inside a surrogate pair,
     * an unpaired surrogate (from a {@code \\uD800} escape) shown as U+FFFD, so that the message is text that
     * can be written as UTF-8.
     */
    static String abbreviate(String text) {
        return abbreviate(text, MAX_QUOTED);
    }

    /** As {@link #abbreviate(String)}, at most {@code max} characters. */
    static String abbreviate(String text, int max) {
        int cut = text.length();
        if (cut > max) {
            cut = max;
            if (Character.isHighSurrogate(text.charAt(cut - 1)) && Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
        }
        StringBuilder quoted = new StringBuilder(cut + 3);
        for (int i = 0; i < cut; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < cut && Character.isLowSurrogate(text.charAt(i + 1))) {
                quoted.append(c).append(text.charAt(++i));
            } else {
                quoted.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return cut < text.length() ? quoted.append("...").toString() : quoted.toString();
    }
}
