package org.telecrm.customer.value;

/**
 * The parts of a key account's value (rules.md section 2). Tangible value is current (direct + added) or
 * potential (predicted by the direct and the indirect method); intangible value is kept apart.
 *
 * <pre>{@code
 * assessment.points(ValueComponent.POTENTIAL_DIRECT);
 * }</pre>
 */
public enum ValueComponent {
    /** 直接价值: revenue over the assessment window. */
    CURRENT_DIRECT("current direct value", true),
    /** 附加价值: breadth of products used, payment record. */
    CURRENT_ADDED("current added value", true),
    /** 潜在价值, direct method: contracted and forecast revenue. */
    POTENTIAL_DIRECT("potential value (direct method)", true),
    /** 潜在价值, indirect method: proxies such as the customer's size and its industry's growth. */
    POTENTIAL_INDIRECT("potential value (indirect method)", true),
    /** 无形价值: brand, satisfaction, mutual benefit, referrals, guarantees, social value. */
    INTANGIBLE("intangible value", false);

    private final String label;
    private final boolean tangible;

    ValueComponent(String label, boolean tangible) {
        this.label = label;
        this.tangible = tangible;
    }

    public String label() {
        return label;
    }

    /** Whether the part is measured in money (有形价值). */
    public boolean isTangible() {
        return tangible;
    }
}
