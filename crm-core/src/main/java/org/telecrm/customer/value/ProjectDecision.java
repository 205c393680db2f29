package org.telecrm.customer.value;

/**
 * The outcome of the project assessment (rules.md section 2: 争取还是放弃).
 *
 * <pre>{@code
 * assessment.decision() == ProjectDecision.PURSUE
 * }</pre>
 */
public enum ProjectDecision {
    /** 争取: the project clears every hurdle. */
    PURSUE("争取"),
    /** 放弃: the project misses at least one hurdle. */
    ABANDON("放弃");

    private final String chineseName;

    ProjectDecision(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
