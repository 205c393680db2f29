package org.telecrm.customer.star;

/**
 * The basic services every key account gets (基本服务要求, rules.md section 3).
 *
 * <pre>{@code
 * entitlements.basicServices().contains(BasicService.HOTLINE_7X24);
 * }</pre>
 */
public enum BasicService {
    /** 一站服务: one-stop service. */
    ONE_STOP("一站服务"),
    /** 交付服务: delivery of a new service to the customer. */
    DELIVERY("交付服务"),
    /** 回访服务: return visits after a service is opened or a fault is handled. */
    RETURN_VISIT("回访服务"),
    /** 客户经理上门服务: account-manager visits. */
    ACCOUNT_MANAGER_VISIT("客户经理上门服务"),
    /** 7X24小时热线服务: the 7x24 hotline. */
    HOTLINE_7X24("7X24小时热线服务"),
    /** 业务宣传资料寄送: mailing of service materials. */
    MATERIALS_MAILING("业务宣传资料寄送");

    private final String chineseName;

    BasicService(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
