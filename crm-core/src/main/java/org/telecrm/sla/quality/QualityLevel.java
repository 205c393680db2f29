package org.telecrm.sla.quality;

import org.jmolecules.ddd.annotation.ValueObject;

import java.util.Objects;

/**
 * The name of a quality level (质量等级) in a {@link QualityLevelTable}. rules.md section 5 says there are three
 * levels with different prices; their names and numbers are configuration, so a level is just the code the
 * table and the contract's circuits agree on ({@link QualityLevelTable#LEVEL_1} .. {@code LEVEL_3} in the sample).
 *
 * <pre>{@code
 * QualityLevel gold = QualityLevel.of("L1");
 * }</pre>
 */
@ValueObject
public record QualityLevel(String code) implements Comparable<QualityLevel> {

    public QualityLevel {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a quality level code must not be blank");
        }
    }

    public static QualityLevel of(String code) {
        return new QualityLevel(code);
    }

    @Override
    public int compareTo(QualityLevel other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
