package org.telecrm.customer.identity;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;

/**
 * The registration authorities (登记管理部门) of GB 32100-2015, position 1 of a unified social credit code, with the
 * organisation types (机构类别, position 2) each one registers. Data from the standard's code table and the codes
 * allotted since (foreign affairs, justice, culture, tourism, religion, trade unions, the military, agriculture).
 *
 * <p>Position 1 must be one of these authorities. Position 2 must be a digit 1-9; the types listed here describe it
 * but are not enforced, so that a type allotted after this table was written is still accepted.
 *
 * <pre>{@code
 * RegistrationAuthority.ofCode('9').get();                           // MARKET_REGULATION
 * RegistrationAuthority.MARKET_REGULATION.typeName('1');            // Some("企业")
 * }</pre>
 */
public enum RegistrationAuthority {
    ORGANISATION_ESTABLISHMENT('1', "机构编制", TreeMap.of('1', "机关", '2', "事业单位",
            '3', "中央编办直接管理机构编制的群众团体", '9', "其他")),
    FOREIGN_AFFAIRS('2', "外交", TreeMap.of('1', "外国常驻新闻机构", '9', "其他")),
    JUSTICE('3', "司法行政", TreeMap.of('1', "律师执业机构", '2', "公证处", '3', "基层法律服务所",
            '4', "司法鉴定机构", '5', "仲裁委员会", '9', "其他")),
    CULTURE('4', "文化", TreeMap.of('1', "外国在华文化中心", '9', "其他")),
    CIVIL_AFFAIRS('5', "民政", TreeMap.of('1', "社会团体", '2', "民办非企业单位", '3', "基金会", '9', "其他")),
    TOURISM('6', "旅游", TreeMap.of('1', "外国旅游部门常驻代表机构", '2', "港澳台地区旅游部门常驻内地（大陆）代表机构",
            '9', "其他")),
    RELIGION('7', "宗教", TreeMap.of('1', "宗教活动场所", '2', "宗教院校", '9', "其他")),
    TRADE_UNION('8', "工会", TreeMap.of('1', "基层工会", '9', "其他")),
    MARKET_REGULATION('9', "工商（市场监管）", TreeMap.of('1', "企业", '2', "个体工商户", '3', "农民专业合作社")),
    MILITARY('A', "中央军委改革和编制办公室", TreeMap.of('1', "军队事业单位", '9', "其他")),
    AGRICULTURE('N', "农业", TreeMap.of('1', "组级集体经济组织", '2', "村级集体经济组织", '3', "乡镇级集体经济组织",
            '9', "其他")),
    OTHER('Y', "其他", TreeMap.of('1', "其他"));

    private final char code;
    private final String chineseName;
    private final Map<Character, String> types;

    RegistrationAuthority(char code, String chineseName, Map<Character, String> types) {
        this.code = code;
        this.chineseName = chineseName;
        this.types = types;
    }

    public static Option<RegistrationAuthority> ofCode(char code) {
        return List.of(values()).find(a -> a.code == code);
    }

    /** Every authority code, for a message: "1, 2, 3, 4, 5, 6, 7, 8, 9, A, N, Y". */
    static String codes() {
        return List.of(values()).map(a -> String.valueOf(a.code)).mkString(", ");
    }

    public char code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The organisation types this table knows for the authority, by their code (position 2). */
    public Map<Character, String> types() {
        return types;
    }

    public Option<String> typeName(char type) {
        return types.get(type);
    }
}
