package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.Tuple;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.aggregate.Contact;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.aggregate.FileEntry;
import org.telecrm.customer.aggregate.FileTopic;
import org.telecrm.customer.aggregate.GradeRecord;
import org.telecrm.customer.aggregate.GroupStructure;
import org.telecrm.customer.aggregate.Lifecycle;
import org.telecrm.customer.aggregate.ManagerAssignment;
import org.telecrm.customer.aggregate.RaisedChurnWarning;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.customer.contact.Address;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.contact.EmailAddress;
import org.telecrm.customer.contact.LandlineNumber;
import org.telecrm.customer.contact.MobileNumber;
import org.telecrm.customer.contact.PhoneNumber;
import org.telecrm.customer.identity.ErasedDocument;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.identity.Passport;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.persistence.protection.PersonalDataCipher;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;


/**
 * The JSON of a {@link Customer} and its {@link CustomerEvent}s, schema version {@value #SCHEMA_VERSION}. Identity
 * document numbers, phone numbers (a landline's number and extension) and e-mail addresses are written <b>sealed</b>
 * by the host's {@link PersonalDataCipher} (AES-GCM, bound to the customer), as {@code {"key":"2026-02",
 * "sealed":"<Base64 of IV, ciphertext, tag>"}}: the stored text holds none of them in clear, and reading it back
 * takes the keys. Below, {@code SEALED} stands for such an object.
 *
 * <h2>Customer</h2>
 * <pre>{@code
 * {"schemaVersion":1, "id":"C-1", "group":"KEY_ACCOUNT", "name":"Shenzhen Example Ltd",
 *  "document":{"kind":"UNIFIED_SOCIAL_CREDIT_CODE","number":SEALED},
 *  "city":"440300", "registeredAt":"2026-03-01T02:00:00Z",
 *  "lifecycle":{"stage":"ACTIVE","since":"..."},                       // CHURNED adds "reason"
 *  "grade":{"grade":"THREE_A","score":72,"reasons":["..."],"assessedAt":"..."},     // absent when none
 *  "managerAssignments":[{"manager":"AM-1","from":"...","to":"...","assignedBy":"S-1","endedBy":"S-2"}],
 *  "contacts":[{"id":"K-1","name":"Zhang San","role":"IT manager",
 *               "phones":[{"kind":"MOBILE","number":SEALED},
 *                         {"kind":"LANDLINE","areaCode":"0755","number":SEALED,"extension":SEALED}],
 *               "email":SEALED}],
 *  "primaryContact":"K-1",
 *  "structure":{"kind":"HEADQUARTERS","branches":["C-2"]},    // or INDEPENDENT, or BRANCH with "headquarters"
 *  "file":[{"topic":"INDUSTRY","text":"...","author":"S-1","recordedAt":"..."}],
 *  "churnWarning":{"level":"WARNING","reasons":["..."],"raisedAt":"..."}}
 * }</pre>
 * A passport document is {@code {"kind":"PASSPORT","issuingCountry":"CHN","number":SEALED}}. Optional fields
 * ({@code to}, {@code endedBy}, {@code extension}, {@code email}, {@code primaryContact}, {@code grade},
 * {@code churnWarning}, {@code reason}) are absent when there is none. A customer's addresses and master-data history
 * ({@code postalAddress}, {@code installationAddresses}, {@code masterDataHistory}, absent while there are none) are
 * described in {@code CustomerMasterDataJson}; their address lines and documents are sealed.
 *
 * <h2>Events</h2>
 * {@code {"schemaVersion":1, "type":..., "customerId":"C-1", "occurredAt":..., ...}} with, by {@code type}:
 * {@code Registered} (group, name, document, city), {@code GroupChanged} (from, to), {@code GradeChanged} (from?,
 * to, score, reasons), {@code ManagerAssigned} (previous?, manager, assignedBy), {@code ManagerUnassigned}
 * (manager, endedBy), {@code ContactAdded} / {@code ContactRemoved} (contactId, details), {@code ContactChanged}
 * (contactId, before, after), {@code PrimaryContactChanged} (from?, to?), {@code GroupStructureChanged} (from, to),
 * {@code FileEntryAdded} (entry), {@code ChurnWarningRaised} (level, reasons), {@code LifecycleChanged} (from, to,
 * reason?), {@code Erased} (nothing more), {@code ContactErased} (contactId), {@code MasterDataChanged} (change).
 * Contact details are as in
 * {@code contacts} without {@code id}. An erased customer's document is {@code {"kind":"ERASED","reference":"C-1"}}.
 *
 * <pre>{@code
 * CustomerJson.read(CustomerJson.write(customer, cipher), cipher);   // Right(a customer equal to it)
 * }</pre>
 */
public final class CustomerJson {

    /** 2 since personal values are sealed (1 held them in clear). */
    public static final int SCHEMA_VERSION = 2;
    /**
     * The version that held personal values in clear, before they were sealed. It is still read (a store written then
     * keeps loading), and {@link #resealed} turns it into the current version, so a key rotation
     * ({@code KeyRotation.rotate()}) is also the migration that seals what version 1 left in clear.
     */
    public static final int CLEAR_SCHEMA_VERSION = 1;
    static final io.vavr.collection.Set<Long> READABLE_VERSIONS =
            io.vavr.collection.HashSet.of((long) CLEAR_SCHEMA_VERSION, (long) SCHEMA_VERSION);

    /** The stable aggregate type name in event ids and message types. */
    public static final String CUSTOMER_TYPE = org.telecrm.persistence.customers.Customers.TYPE;

    static final StableNames<CustomerGroup> GROUPS = StableNames.of(
            Tuple.of(CustomerGroup.PUBLIC, "PUBLIC"), Tuple.of(CustomerGroup.COMMERCIAL, "COMMERCIAL"),
            Tuple.of(CustomerGroup.KEY_ACCOUNT, "KEY_ACCOUNT"));
    static final StableNames<KeyAccountGrade> GRADES = StableNames.of(
            Tuple.of(KeyAccountGrade.ONE_A, "ONE_A"), Tuple.of(KeyAccountGrade.TWO_A, "TWO_A"),
            Tuple.of(KeyAccountGrade.THREE_A, "THREE_A"), Tuple.of(KeyAccountGrade.FOUR_A, "FOUR_A"),
            Tuple.of(KeyAccountGrade.FIVE_A, "FIVE_A"));
    static final StableNames<Lifecycle.Stage> STAGES = StableNames.of(
            Tuple.of(Lifecycle.Stage.PROSPECT, "PROSPECT"), Tuple.of(Lifecycle.Stage.ACTIVE, "ACTIVE"),
            Tuple.of(Lifecycle.Stage.DORMANT, "DORMANT"), Tuple.of(Lifecycle.Stage.CHURNED, "CHURNED"));
    static final StableNames<FileTopic> TOPICS = StableNames.of(
            Tuple.of(FileTopic.INDUSTRY, "INDUSTRY"), Tuple.of(FileTopic.ORGANISATION, "ORGANISATION"),
            Tuple.of(FileTopic.MAJOR_EVENT, "MAJOR_EVENT"), Tuple.of(FileTopic.COMPETITION, "COMPETITION"));
    static final StableNames<WarningLevel> LEVELS = StableNames.of(
            Tuple.of(WarningLevel.NONE, "NONE"), Tuple.of(WarningLevel.WATCH, "WATCH"),
            Tuple.of(WarningLevel.WARNING, "WARNING"), Tuple.of(WarningLevel.CRITICAL, "CRITICAL"));

    private CustomerJson() {
    }

    // ---- customer -----------------------------------------------------------------------------------------------

    /** The customer's JSON, its personal values sealed by {@code cipher}. */
    public static String write(Customer c, PersonalDataCipher cipher) {
        Personal personal = Personal.of(cipher, c.getId());
        ObjectNode node = Json.document(SCHEMA_VERSION);
        node.put("id", c.getId().value());
        node.put("group", GROUPS.name(c.group()));
        node.put("name", c.name());
        node.set("document", document(c.document(), personal));
        node.put("city", c.city().code());
        node.put("registeredAt", c.registeredAt().toString());
        node.set("lifecycle", lifecycle(c.lifecycle()));
        c.grade().forEach(g -> {
            ObjectNode grade = node.putObject("grade");
            grade.put("grade", GRADES.name(g.grade()));
            grade.put("score", g.score());
            grade.set("reasons", texts(g.reasons()));
            grade.put("assessedAt", g.assessedAt().toString());
        });
        ArrayNode assignments = node.putArray("managerAssignments");
        c.managerAssignments().forEach(a -> {
            ObjectNode line = assignments.addObject();
            line.put("manager", a.manager().value());
            line.put("from", a.from().toString());
            a.to().forEach(to -> line.put("to", to.toString()));
            line.put("assignedBy", a.assignedBy().value());
            a.endedBy().forEach(by -> line.put("endedBy", by.value()));
        });
        ArrayNode contacts = node.putArray("contacts");
        c.contacts().forEach(contact -> {
            ObjectNode item = contacts.addObject();
            item.put("id", contact.id().value());
            item.setAll(details(contact.details(), personal));
        });
        c.primaryContact().forEach(id -> node.put("primaryContact", id.value()));
        node.set("structure", structure(c.structure()));
        ArrayNode file = node.putArray("file");
        c.file().forEach(entry -> file.add(fileEntry(entry)));
        c.churnWarning().forEach(w -> {
            ObjectNode warning = node.putObject("churnWarning");
            warning.put("level", LEVELS.name(w.level()));
            warning.set("reasons", texts(w.reasons()));
            warning.put("raisedAt", w.raisedAt().toString());
        });
        CustomerMasterDataJson.write(node, c, personal);
        return Json.text(node);
    }

    /**
     * The customer this JSON describes, restored with {@link Customer#restore} (no event); state that breaks the
     * customer's invariants is {@link JsonError.NotRestorable}, naming every problem; a personal value the cipher
     * cannot open is {@link JsonError.NotOpened}.
     */
    public static Either<JsonError, Customer> read(String json, PersonalDataCipher cipher) {
        Objects.requireNonNull(cipher, "cipher");
        return Json.read(json, READABLE_VERSIONS, (r, version) -> customer(r, cipher, version));
    }

    static Customer customer(JsonReader r, PersonalDataCipher cipher, long version) {
        CustomerId id = customerId(r, "id");
        Personal personal = Personal.of(cipher, id, version);
        CustomerGroup group = GROUPS.read(r, "group");
        String name = r.text("name");
        IdentityDocument document = document(r.object("document"), personal);
        CityCode city = city(r, "city");
        Instant registeredAt = r.instant("registeredAt");
        Lifecycle lifecycle = lifecycle(r.object("lifecycle"));
        Option<GradeRecord> grade = r.optionalObject("grade").map(g -> new GradeRecord(GRADES.read(g, "grade"),
                g.longValue("score"), g.texts("reasons"), g.instant("assessedAt")));
        Seq<ManagerAssignment> assignments = r.objects("managerAssignments", a -> a.build("to",
                () -> new ManagerAssignment(managerId(a, "manager"), a.instant("from"), optionalInstant(a, "to"),
                        staffId(a, "assignedBy"), a.optionalText("endedBy").map(x -> staffId(a, "endedBy")))));
        Seq<Contact> contacts = r.objects("contacts", k -> new Contact(contactId(k, "id"), details(k, personal)));
        Option<ContactId> primary = r.optionalText("primaryContact").map(x -> contactId(r, "primaryContact"));
        GroupStructure structure = structure(r.object("structure"));
        Seq<FileEntry> file = r.objects("file", CustomerJson::fileEntry);
        Option<RaisedChurnWarning> warning = r.optionalObject("churnWarning").map(w -> w.build("level",
                () -> new RaisedChurnWarning(LEVELS.read(w, "level"), w.texts("reasons"), w.instant("raisedAt"))));
        CustomerMasterDataJson.Stored master = CustomerMasterDataJson.read(r, personal);
        return Customer.restore(id, group, name, document, city, registeredAt, lifecycle, grade, assignments,
                        contacts, primary, structure, file, warning, master.postalAddress(),
                        master.installationAddresses(), master.history())
                .getOrElseThrow(JsonFailure::notRestorable);
    }

    // ---- parts --------------------------------------------------------------------------------------------------

    static ArrayNode texts(Seq<String> texts) {
        ArrayNode array = Json.array();
        texts.forEach(array::add);
        return array;
    }

    static ObjectNode document(IdentityDocument document, Personal personal) {
        ObjectNode node = Json.object();
        if (document instanceof ResidentIdentityNumber rin) {
            node.put("kind", "RESIDENT_IDENTITY_NUMBER");
            node.set("number", personal.seal(rin.unmasked()));
        } else if (document instanceof UnifiedSocialCreditCode uscc) {
            node.put("kind", "UNIFIED_SOCIAL_CREDIT_CODE");
            node.set("number", personal.seal(uscc.unmasked()));
        } else if (document instanceof Passport passport) {
            node.put("kind", "PASSPORT");
            node.put("issuingCountry", passport.issuingCountry());
            node.set("number", personal.seal(passport.unmaskedNumber()));
        } else if (document instanceof ErasedDocument erased) {
            node.put("kind", "ERASED");   // nothing personal left to seal
            node.put("reference", erased.reference());
        }
        return node;
    }

    static IdentityDocument document(JsonReader r, Personal personal) {
        String kind = r.text("kind");
        return switch (kind) {
            case "RESIDENT_IDENTITY_NUMBER" -> personal.parsed(r, "number", ResidentIdentityNumber::new,
                    "a resident identity number (" + ResidentIdentityNumber.STANDARD + ")");
            case "UNIFIED_SOCIAL_CREDIT_CODE" -> personal.parsed(r, "number", UnifiedSocialCreditCode::new,
                    "a unified social credit code (" + UnifiedSocialCreditCode.STANDARD + ")");
            case "PASSPORT" -> {
                String country = r.text("issuingCountry");
                yield personal.parsed(r, "number", number -> new Passport(country, number),
                        "a passport number of " + country);
            }
            case "ERASED" -> r.parsed("reference", ErasedDocument::new, "the erased customer's reference");
            default -> throw r.invalidField("kind", kind,
                    "one of RESIDENT_IDENTITY_NUMBER, UNIFIED_SOCIAL_CREDIT_CODE, PASSPORT, ERASED");
        };
    }

    /** An address, its line sealed: {@code {"city":"440300","line":SEALED,"postcode":"518057"}}. */
    static ObjectNode address(Address address, Personal personal) {
        ObjectNode node = Json.object();
        node.put("city", address.city().code());
        node.set("line", personal.seal(address.unmaskedLine()));
        address.postcode().forEach(p -> node.put("postcode", p));
        return node;
    }

    static Address address(JsonReader r, Personal personal) {
        CityCode city = city(r, "city");
        String line = personal.value(r, "line");
        Option<String> postcode = r.optionalText("postcode");
        return r.build("line", () -> new Address(city, line, postcode));
    }

    static ObjectNode lifecycle(Lifecycle lifecycle) {
        ObjectNode node = Json.object();
        node.put("stage", STAGES.name(lifecycle.stage()));
        node.put("since", lifecycle.since().toString());
        if (lifecycle instanceof Lifecycle.Churned churned) {
            node.put("reason", churned.reason());
        }
        return node;
    }

    static Lifecycle lifecycle(JsonReader r) {
        Lifecycle.Stage stage = STAGES.read(r, "stage");
        Instant since = r.instant("since");
        return switch (stage) {
            case PROSPECT -> new Lifecycle.Prospect(since);
            case ACTIVE -> new Lifecycle.Active(since);
            case DORMANT -> new Lifecycle.Dormant(since);
            case CHURNED -> r.build("reason", () -> new Lifecycle.Churned(since, r.text("reason")));
        };
    }

    static ObjectNode details(ContactDetails details, Personal personal) {
        ObjectNode node = Json.object();
        node.put("name", details.name());
        node.put("role", details.role());
        ArrayNode phones = node.putArray("phones");
        details.phones().forEach(phone -> {
            ObjectNode p = phones.addObject();
            if (phone instanceof LandlineNumber landline) {
                p.put("kind", "LANDLINE");
                p.put("areaCode", landline.areaCode());
                p.set("number", personal.seal(landline.unmaskedNumber()));
                landline.unmaskedExtension().forEach(e -> p.set("extension", personal.seal(e)));
            } else {
                p.put("kind", "MOBILE");
                p.set("number", personal.seal(phone.unmasked()));
            }
        });
        details.email().forEach(e -> node.set("email", personal.seal(e.unmasked())));
        return node;
    }

    static ContactDetails details(JsonReader r, Personal personal) {
        String name = r.text("name");
        String role = r.text("role");
        Seq<PhoneNumber> phones = r.objects("phones", p -> phone(p, personal));
        Option<EmailAddress> email = Option.when(personal.has(r, "email"),
                () -> personal.parsed(r, "email", EmailAddress::new, "an e-mail address"));
        return r.build("phones", () -> new ContactDetails(name, role, phones, email));
    }

    static PhoneNumber phone(JsonReader r, Personal personal) {
        String kind = r.text("kind");
        return switch (kind) {
            case "MOBILE" -> personal.parsed(r, "number", MobileNumber::new, "a mobile number of 11 digits");
            case "LANDLINE" -> {
                String area = r.text("areaCode");
                Option<String> extension = Option.when(personal.has(r, "extension"),
                        () -> personal.value(r, "extension"));
                yield personal.parsed(r, "number", number -> new LandlineNumber(area, number, extension),
                        "a landline number with its area code and extension");
            }
            default -> throw r.invalidField("kind", kind, "one of MOBILE, LANDLINE");
        };
    }

    static ObjectNode structure(GroupStructure structure) {
        ObjectNode node = Json.object();
        if (structure instanceof GroupStructure.Headquarters hq) {
            node.put("kind", "HEADQUARTERS");
            node.set("branches", texts(hq.branches().toList().map(CustomerId::value)));
        } else if (structure instanceof GroupStructure.Branch branch) {
            node.put("kind", "BRANCH");
            node.put("headquarters", branch.headquarters().value());
        } else {
            node.put("kind", "INDEPENDENT");
        }
        return node;
    }

    static GroupStructure structure(JsonReader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "INDEPENDENT" -> GroupStructure.INDEPENDENT;
            case "HEADQUARTERS" -> r.build("branches", () -> new GroupStructure.Headquarters(
                    TreeSet.ofAll(r.texts("branches").map(CustomerId::of))));
            case "BRANCH" -> new GroupStructure.Branch(customerId(r, "headquarters"));
            default -> throw r.invalidField("kind", kind, "one of INDEPENDENT, HEADQUARTERS, BRANCH");
        };
    }

    static ObjectNode fileEntry(FileEntry entry) {
        ObjectNode node = Json.object();
        node.put("topic", TOPICS.name(entry.topic()));
        node.put("text", entry.text());
        node.put("author", entry.author().value());
        node.put("recordedAt", entry.recordedAt().toString());
        return node;
    }

    static FileEntry fileEntry(JsonReader r) {
        return r.build("text", () -> new FileEntry(TOPICS.read(r, "topic"), r.text("text"), staffId(r, "author"),
                r.instant("recordedAt")));
    }

    static Option<Instant> optionalInstant(JsonReader r, String field) {
        return r.optionalText(field).map(x -> r.instant(field));
    }

    static <T> T id(JsonReader r, String field, Function<String, T> of) {
        return r.parsed(field, of, "an identifier (not blank)");
    }

    static CustomerId customerId(JsonReader r, String field) {
        return id(r, field, CustomerId::of);
    }

    static AccountManagerId managerId(JsonReader r, String field) {
        return id(r, field, AccountManagerId::of);
    }

    static StaffId staffId(JsonReader r, String field) {
        return id(r, field, StaffId::of);
    }

    static ContactId contactId(JsonReader r, String field) {
        return id(r, field, ContactId::of);
    }

    static CityCode city(JsonReader r, String field) {
        return r.parsed(field, CityCode::new, "a city-level division code such as 440300");
    }

    // ---- outbox -------------------------------------------------------------------------------------------------

    /**
     * The outbox messages of a change saved as {@code version} ({@code customer/<id>/<version>/<index>}), personal
     * values sealed by {@code cipher}: a relay opens them with {@link #readEvent(String, PersonalDataCipher)}.
     */
    public static Seq<OutboxMessage> outboxMessages(CustomerId id, long version, Seq<CustomerEvent> events,
                                                    PersonalDataCipher cipher) {
        return Json.outboxMessages(CUSTOMER_TYPE, id.value(), version, events, CustomerEventJson::eventType,
                CustomerEvent::occurredAt, event -> writeEvent(event, cipher));
    }

    /** The event's stable type name, the {@code type} field of its JSON. */
    public static String eventType(CustomerEvent event) {
        return CustomerEventJson.eventType(event);
    }

    /** The event's JSON, its personal values sealed by {@code cipher}. */
    public static String writeEvent(CustomerEvent event, PersonalDataCipher cipher) {
        return CustomerEventJson.writeEvent(event, cipher);
    }

    /** The event this JSON describes, its personal values opened by {@code cipher}. */
    public static Either<JsonError, CustomerEvent> readEvent(String json, PersonalDataCipher cipher) {
        return CustomerEventJson.readEvent(json, cipher);
    }

    /**
     * A customer's or a customer event's JSON with every personal value sealed under a key other than the cipher's
     * current one opened and sealed again under the current one; none when all of them already are (nothing to
     * rewrite). Everything else stays as it was, byte for byte in meaning.
     */
    public static Either<JsonError, Option<String>> resealed(String json, PersonalDataCipher cipher) {
        return CustomerResealing.resealed(json, cipher);
    }

    /** Whether this event erases personal information ({@code Erased}, {@code ContactErased}). */
    public static boolean isErasure(CustomerEvent event) {
        return CustomerErasureJson.isErasure(event);
    }

    /**
     * Whether a stored customer event (its JSON, as the outbox holds it) holds information that {@code erasure}
     * erases, so that a store removes it: for {@code Erased}, every earlier event of that customer; for
     * {@code ContactErased}, the events that carried that contact's details (added, changed, removed). Read without
     * the keys: only the event's type and identifiers are looked at.
     */
    public static boolean erasedBy(String storedEvent, CustomerEvent erasure) {
        return CustomerErasureJson.erasedBy(storedEvent, erasure);
    }
}
