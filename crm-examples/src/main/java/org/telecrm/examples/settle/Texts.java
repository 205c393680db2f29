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

    static String abbreviate(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
    }
}
