package org.telecrm.customer.value;

/**
 * The intangible value of a key account, "contributions that cannot be measured in money" (无形价值, rules.md
 * section 2): the seed names brand, satisfaction, mutual benefit, referrals and guarantees; rules.md adds social
 * value. Each is rated by the account manager on the scale of {@link ValueTable#maxIntangibleRating()}.
 *
 * <pre>{@code
 * facts.withRating(IntangibleFactor.BRAND, 4);
 * }</pre>
 */
public enum IntangibleFactor {
    /** 品牌: the customer's name is an asset to the operator (a reference customer). */
    BRAND("品牌"),
    /** 满意度: how satisfied the customer is. */
    SATISFACTION("满意度"),
    /** 互惠互利: mutual benefit, resources exchanged beyond the bill. */
    MUTUAL_BENEFIT("互惠互利"),
    /** 客户推荐: referrals of other customers. */
    REFERRALS("客户推荐"),
    /** 担保: guarantees given for others. */
    GUARANTEES("担保"),
    /** 社会价值: social value (a public institution, a major employer). */
    SOCIAL_VALUE("社会价值");

    private final String chineseName;

    IntangibleFactor(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The factor's name in the source documents. */
    public String chineseName() {
        return chineseName;
    }
}
