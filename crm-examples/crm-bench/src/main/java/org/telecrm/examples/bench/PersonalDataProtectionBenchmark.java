package org.telecrm.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.Registration;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.contact.EmailAddress;
import org.telecrm.customer.contact.LandlineNumber;
import org.telecrm.customer.contact.MobileNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.persistence.json.CustomerJson;
import org.telecrm.persistence.protection.KeyId;
import org.telecrm.persistence.protection.PersonalDataCipher;
import org.telecrm.persistence.protection.PersonalDataKeys;
import org.telecrm.persistence.protection.Sealed;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * What protection at rest costs (issue 13): saving and loading a key account's document (its credit code and four
 * contacts, each with a mobile, a landline with extension and an e-mail: 17 personal values) through the JSON mapping
 * with every value sealed by AES-GCM, against the same mapping without the cipher's work, in the same run.
 * <ul>
 *   <li>{@code sealedLoad} over {@code clearLoad}: the same document read as schema version 2 (each value opened)
 *       and as schema version 1 (the same values in clear, nothing to open): the ratio is what opening adds.</li>
 *   <li>{@code sealedSave} and {@code sealValues}: the write, and the sealing of the same 17 values alone (a fresh IV
 *       each); {@code crm-bench} states the write without the cipher as the difference, and the ratio over it.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PersonalDataProtectionBenchmark {

    static final int CONTACTS = 4;

    private Customer customer;
    private PersonalDataCipher cipher;
    private String sealedJson;
    private String clearJson;
    private List<String> values;
    private String context;

    @Setup
    public void prepare() {
        cipher = PersonalDataCipher.of(PersonalDataKeys.generated(KeyId.of("bench"), new SecureRandom()));
        customer = keyAccount();
        sealedJson = CustomerJson.write(customer, cipher);
        clearJson = clearForm(sealedJson, cipher);
        context = "customer " + customer.getId().value();
        values = clearValues(sealedJson, cipher);
        if (values.size() != 1 + CONTACTS * 4) {
            throw new IllegalStateException("the document holds " + values.size() + " personal values");
        }
        if (!CustomerJson.read(clearJson, cipher).get().equals(customer)) {
            throw new IllegalStateException("the clear form is not the same customer");
        }
    }

    /** A key account with its credit code and {@link #CONTACTS} contacts, each with three phone values and e-mail. */
    static Customer keyAccount() {
        Instant at = Instant.parse("2026-03-01T02:00:00Z");
        Customer c = Customer.register(CustomerId.of("C-440300-K000001"), new Registration(CustomerGroup.KEY_ACCOUNT,
                "Shenzhen Sample Group Co., Ltd.", new UnifiedSocialCreditCode("91440300MA5FUJ7A0C"),
                new CityCode("440300")), at).get().state();
        c = c.assignManager(AccountManagerId.of("AM-1"), StaffId.of("S-1"), at).get().state();
        for (int i = 0; i < CONTACTS; i++) {
            c = c.addContact(ContactId.of("K-" + i), new ContactDetails("Contact " + i, "IT manager",
                    List.of(new MobileNumber("1381234567" + i), new LandlineNumber("0755", "8800123" + i,
                            Option.some("80" + i))), Option.some(new EmailAddress("contact" + i + "@example.com"))),
                    at).get().state();
        }
        return c;
    }

    /** The same document as schema version 1 held it: every sealed value opened into clear text. */
    static String clearForm(String sealed, PersonalDataCipher cipher) {
        return opened(sealed, cipher, new java.util.ArrayList<>());
    }

    /** The personal values of the document, in clear, in the order the document holds them. */
    static List<String> clearValues(String sealed, PersonalDataCipher cipher) {
        java.util.List<String> values = new java.util.ArrayList<>();
        opened(sealed, cipher, values);
        return List.ofAll(values);
    }

    private static String opened(String sealed, PersonalDataCipher cipher, java.util.List<String> values) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = (ObjectNode) mapper.readTree(sealed);
            open(root, "customer " + root.get("id").textValue(), cipher, values);
            root.put("schemaVersion", CustomerJson.CLEAR_SCHEMA_VERSION);
            return mapper.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the mapping writes JSON", e);
        }
    }

    private static void open(JsonNode node, String context, PersonalDataCipher cipher, java.util.List<String> values) {
        if (node instanceof ObjectNode object) {
            for (String field : List.ofAll(object::fieldNames)) {
                JsonNode value = object.get(field);
                if (value.isObject() && value.size() == 2 && value.path("sealed").isTextual()) {
                    String clear = cipher.open(new Sealed(KeyId.of(value.get("key").textValue()),
                            value.get("sealed").textValue()), context).get();
                    values.add(clear);
                    object.set(field, TextNode.valueOf(clear));
                } else {
                    open(value, context, cipher, values);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> open(item, context, cipher, values));
        }
    }

    @Benchmark
    public String sealedSave() {
        return CustomerJson.write(customer, cipher);
    }

    @Benchmark
    public void sealValues(Blackhole sink) {
        for (String value : values) {
            sink.consume(cipher.seal(value, context));
        }
    }

    @Benchmark
    public Object sealedLoad() {
        return CustomerJson.read(sealedJson, cipher);
    }

    @Benchmark
    public Object clearLoad() {
        return CustomerJson.read(clearJson, cipher);
    }
}
