package org.telecrm.customer.region;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The province-level divisions of China with their two-digit codes from GB/T 2260 (中华人民共和国行政区划代码), the
 * first two digits of every administrative division code. This is data: the codes and names as the standard lists
 * them, nothing computed.
 *
 * <p>The 31 mainland provinces, autonomous regions and municipalities have city-level codes below them. Taiwan (71),
 * Hong Kong (81) and Macao (82) are listed by GB/T 2260 at province level only ({@code 710000}, {@code 810000},
 * {@code 820000}), with no city-level codes: {@link #hasCityLevelCodes()} is false for them, so no city code and no
 * resident identity number region may name a city under them.
 *
 * <pre>{@code
 * Province.ofCode("44").get();          // GUANGDONG
 * Province.GUANGDONG.chineseName();     // "广东省"
 * Province.ofCode("20");                // None: no province has code 20
 * }</pre>
 */
public enum Province {
    BEIJING("11", "北京市", "Beijing"),
    TIANJIN("12", "天津市", "Tianjin"),
    HEBEI("13", "河北省", "Hebei"),
    SHANXI("14", "山西省", "Shanxi"),
    INNER_MONGOLIA("15", "内蒙古自治区", "Inner Mongolia"),
    LIAONING("21", "辽宁省", "Liaoning"),
    JILIN("22", "吉林省", "Jilin"),
    HEILONGJIANG("23", "黑龙江省", "Heilongjiang"),
    SHANGHAI("31", "上海市", "Shanghai"),
    JIANGSU("32", "江苏省", "Jiangsu"),
    ZHEJIANG("33", "浙江省", "Zhejiang"),
    ANHUI("34", "安徽省", "Anhui"),
    FUJIAN("35", "福建省", "Fujian"),
    JIANGXI("36", "江西省", "Jiangxi"),
    SHANDONG("37", "山东省", "Shandong"),
    HENAN("41", "河南省", "Henan"),
    HUBEI("42", "湖北省", "Hubei"),
    HUNAN("43", "湖南省", "Hunan"),
    GUANGDONG("44", "广东省", "Guangdong"),
    GUANGXI("45", "广西壮族自治区", "Guangxi"),
    HAINAN("46", "海南省", "Hainan"),
    CHONGQING("50", "重庆市", "Chongqing"),
    SICHUAN("51", "四川省", "Sichuan"),
    GUIZHOU("52", "贵州省", "Guizhou"),
    YUNNAN("53", "云南省", "Yunnan"),
    TIBET("54", "西藏自治区", "Tibet"),
    SHAANXI("61", "陕西省", "Shaanxi"),
    GANSU("62", "甘肃省", "Gansu"),
    QINGHAI("63", "青海省", "Qinghai"),
    NINGXIA("64", "宁夏回族自治区", "Ningxia"),
    XINJIANG("65", "新疆维吾尔自治区", "Xinjiang"),
    TAIWAN("71", "台湾省", "Taiwan"),
    HONG_KONG("81", "香港特别行政区", "Hong Kong"),
    MACAO("82", "澳门特别行政区", "Macao");

    private final String code;
    private final String chineseName;
    private final String englishName;

    Province(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** The province of a two-digit code, or none when no province has it. */
    public static Option<Province> ofCode(String twoDigits) {
        return List.of(values()).find(p -> p.code.equals(twoDigits));
    }

    /** The two-digit code, e.g. {@code "44"}. */
    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** Whether GB/T 2260 lists city-level codes below this province (false for Taiwan, Hong Kong and Macao). */
    public boolean hasCityLevelCodes() {
        return this != TAIWAN && this != HONG_KONG && this != MACAO;
    }

    @Override
    public String toString() {
        return code + " " + chineseName;
    }
}
