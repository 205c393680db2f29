package org.telecrm.customer;

import io.vavr.control.Option;

/**
 * The grade of a key account (大客户的分级标准, rules.md section 1): 1A to 5A, 5A being the most valuable.
 *
 * <p>Which grade a customer has is decided by the value assessment
 * ({@code org.telecrm.customer.value.ValueAssessment}); the grade in turn decides the star level of its service.
 *
 * <pre>{@code
 * KeyAccountGrade grade = KeyAccountGrade.of(3).get();   // THREE_A
 * grade.level();                                        // 3
 * grade.label();                                        // "3A"
 * KeyAccountGrade.of(6);                                // None: there is no 6A
 * }</pre>
 */
public enum KeyAccountGrade {
    ONE_A,
    TWO_A,
    THREE_A,
    FOUR_A,
    FIVE_A;

    /** The grade of a level 1 to 5, or none for any other number. */
    public static Option<KeyAccountGrade> of(int level) {
        return level >= 1 && level <= values().length ? Option.some(values()[level - 1]) : Option.none();
    }

    /** 1 for 1A ... 5 for 5A. */
    public int level() {
        return ordinal() + 1;
    }

    /** The grade as the sources write it: "1A" ... "5A". */
    public String label() {
        return level() + "A";
    }

    public boolean isAbove(KeyAccountGrade other) {
        return compareTo(other) > 0;
    }
}
