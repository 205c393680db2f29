package org.telecrm.customer.aggregate;

/**
 * What an entry of the key-account file is about (大客户信息, rules.md section 1).
 *
 * <pre>{@code
 * FileTopic.COMPETITION.chineseName();   // "竞争信息"
 * }</pre>
 */
public enum FileTopic {
    /** The customer's industry, strategy, development and finance. */
    INDUSTRY("行业信息"),
    /** Notes on the organisation's structure and the people in it. */
    ORGANISATION("组织结构"),
    /** Major events: mergers, relocations, new projects, leadership changes. */
    MAJOR_EVENT("重大事件"),
    /** What competitors offer the customer and how it sees them. */
    COMPETITION("竞争信息");

    private final String chineseName;

    FileTopic(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
