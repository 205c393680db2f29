package org.telecrm.customer.star;

/**
 * The items of the star-level service plan (大客户星级服务计划内容, rules.md section 3).
 *
 * <pre>{@code
 * StarLevelService.sample().entitlementsFor(KeyAccountGrade.FOUR_A).planItems().contains(PlanItem.EXPERT);   // true
 * }</pre>
 */
public enum PlanItem {
    /** 跟踪服务: tracking service, the account team follows the customer's services and needs. */
    TRACKING("跟踪服务"),
    /** 专家服务: expert service, specialists for the customer's network and applications. */
    EXPERT("专家服务"),
    /** 回报服务: reward service, loyalty rewards for the customer's value. */
    REWARD("回报服务"),
    /** 快速响应服务: fast-response service. */
    FAST_RESPONSE("快速响应服务"),
    /** 高质量服务: high-quality service, e.g. guaranteed quality and communication assurance at key times. */
    HIGH_QUALITY("高质量服务");

    private final String chineseName;

    PlanItem(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
