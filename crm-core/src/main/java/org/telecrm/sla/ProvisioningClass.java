package org.telecrm.sla;

/** The provisioning guarantee classes (进网服务保证, rules.md section 5), fastest first. */
public enum ProvisioningClass {
    /** 特急 express. */
    EXPRESS("特急"),
    /** 加急 urgent. */
    URGENT("加急"),
    /** 普通 normal. */
    NORMAL("普通");

    private final String chineseName;

    ProvisioningClass(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The class's name in the source documents. */
    public String chineseName() {
        return chineseName;
    }
}
