package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.Tuple;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.BreachKind;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.Side;
import org.telecrm.sla.contract.Bandwidth;
import org.telecrm.sla.contract.Circuit;
import org.telecrm.sla.contract.ContractSigning;
import org.telecrm.sla.contract.ContractStatus;
import org.telecrm.sla.contract.ContractTerms;
import org.telecrm.sla.contract.Region;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;
import org.telecrm.sla.contract.TermsVersion;
import org.telecrm.sla.contract.ValidityPeriod;
import org.telecrm.sla.provisioning.CompensationBase;
import org.telecrm.sla.provisioning.CompensationCap;
import org.telecrm.sla.provisioning.DeadlineStart;
import org.telecrm.sla.provisioning.LateDayCount;
import org.telecrm.sla.provisioning.PersonalisedTerms;
import org.telecrm.sla.provisioning.Term;
import org.telecrm.sla.provisioning.TermScope;
import org.telecrm.sla.quality.AvailabilityCredit;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.quality.OverrunCredit;
import org.telecrm.sla.quality.QualityLevel;
import org.telecrm.sla.quality.QualityLevelTable;
import org.telecrm.sla.quality.QualityLevelTerms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import java.util.function.Function;


/**
 * The JSON of an {@link SlaContract} and its {@link SlaContractEvent}s, schema version {@value #SCHEMA_VERSION}.
 *
 * <h2>Contract</h2>
 * <pre>{@code
 * {"schemaVersion":1, "id":"SLA-1", "customer":"C-1", "creditAccount":"A-1",
 *  "validity":{"from":"2026-01-01","to":"2026-12-31"},
 *  "status":{"kind":"ACTIVE","signing":{"customerSignatory":"Li Wei","providerSignatory":"Zhang Min",
 *            "signedOn":"2025-12-20"}},          // DRAFT has no signing; SUSPENDED adds since, reason;
 *                                                // TERMINATED adds on, reason; EXPIRED adds on
 *  "circuits":[{"id":"DDN-1","product":"DDN","aEnd":"Shenzhen Futian","zEnd":"Guangzhou Tianhe",
 *               "bandwidthKbps":2048,"provisioningClass":"EXPRESS","qualityLevel":"L1",
 *               "standardOneTimeFeeFen":800000,"monthlyRentalFen":200000}],
 *  "termsVersions":[{"number":1,"effectiveFrom":"2026-01-01","terms":{TERMS}}],
 *  "claims":[{"id":"CL-1","breach":{BREACH},"responsibility":{"bureau":"...","segment":"..."},
 *             "raisedAt":"...","status":{STATUS}}]}
 * }</pre>
 * {@code TERMS} is {@code {"provisioning":{"contractReference":"SLA-1","clauses":[{"scope":{"product":"DDN",
 * "provisioningClass":"EXPRESS"},"term":{"kind":"DEADLINE","workingDays":5}}]},"quality":{"rounding":"HALF_UP",
 * "levels":[{"level":"L1","availabilityTarget":"0.9999","responseLimit":"PT15M","restorationLimit":"PT4H",
 * "availabilityCredit":{"shortfallUnit":"0.0001","perUnit":"0.05"},"responseCredit":{"unit":"PT30M",
 * "perUnit":"0.01"},"restorationCredit":{...},"cap":"0.5"}]},"measurementZone":"Asia/Shanghai"}}}. A term's
 * {@code kind} is one of {@code DEADLINE} (workingDays), {@code CHARGED_FEE_RATIO} (ratio),
 * {@code COMPENSATION_PER_LATE_DAY} (rate), {@code CAP} (cap: {@code {"kind":"SHARE_OF_BASE","share":...}} or
 * {@code {"kind":"FIXED_AMOUNT","amountFen":...}}), {@code DEADLINE_START} (start), {@code LATE_DAY_COUNT} (count),
 * {@code COMPENSATION_BASE} (base), {@code ROUNDING} (mode). A scope's absent product or class means "every".
 * Rates are exact decimal fractions as strings ({@code "0.05"} is 5%); money whole fen; dates, instants,
 * durations and months ISO-8601.
 *
 * <p>{@code BREACH} is {@code {"kind":"LATE_PROVISIONING","contract":..,"circuit":..,"order":..,"termsVersion":1,
 * "assessment":{...}}} or {@code {"kind":"QUALITY","contract":..,"circuit":..,"month":"2026-03","termsVersion":1,
 * "assessment":{...}}}: the engine's assessment kept whole, so the claim's basis reads back exactly. A claim
 * {@code STATUS} is {@code RAISED} (customer?, provider? confirmations), {@code CONFIRMED} (customer, provider),
 * {@code SETTLED} (customer, provider, settledOn) or {@code REJECTED} (by, reason, on); a confirmation is
 * {@code {"side":"CUSTOMER","signatory":"..","on":".."}}.
 *
 * <h2>Events</h2>
 * {@code {"schemaVersion":1, "type":..., "contract":"SLA-1", "occurredAt":..., ...}}: {@code ContractDrafted}
 * (customer, creditAccount, validity), {@code CircuitAdded} (circuit), {@code CircuitRemoved} (circuitId),
 * {@code DraftTermsRevised} (terms), {@code ContractActivated} (signing), {@code TermsAmended} (version,
 * agreedOn), {@code ContractSuspended} (since, reason), {@code ContractResumed} (on), {@code ContractTerminated}
 * (on, reason), {@code ContractExpired} (on), {@code ClaimRaised} (claim, breachId, amountFen, responsibility),
 * {@code ClaimSignedBy} (claim, confirmation), {@code ClaimConfirmed} (claim), {@code ClaimSettled} (claim, credit,
 * settledOn), {@code ClaimRejected} (claim, by, reason, on). A {@code breachId} is
 * {@code {"circuit":..,"kind":..,"subject":..}}.
 *
 * <pre>{@code
 * SlaContractJson.read(SlaContractJson.write(contract));   // Right(a contract equal to it)
 * }</pre>
 */
public final class SlaContractJson {

    public static final int SCHEMA_VERSION = 1;

    /** The stable aggregate type name in event ids and message types. */
    public static final String SLA_CONTRACT_TYPE = org.telecrm.persistence.contracts.SlaContracts.TYPE;

    static final StableNames<Product> PRODUCTS = StableNames.of(Tuple.of(Product.DIGITAL_CIRCUIT,
            "DIGITAL_CIRCUIT"), Tuple.of(Product.DDN, "DDN"), Tuple.of(Product.FR, "FR"), Tuple.of(Product.ATM, "ATM"));
    static final StableNames<ProvisioningClass> CLASSES = StableNames.of(
            Tuple.of(ProvisioningClass.EXPRESS, "EXPRESS"), Tuple.of(ProvisioningClass.URGENT, "URGENT"),
            Tuple.of(ProvisioningClass.NORMAL, "NORMAL"));
    static final StableNames<Side> SIDES = StableNames.of(Tuple.of(Side.CUSTOMER, "CUSTOMER"),
            Tuple.of(Side.PROVIDER, "PROVIDER"));
    static final StableNames<BreachKind> BREACH_KINDS = StableNames.of(
            Tuple.of(BreachKind.LATE_PROVISIONING, "LATE_PROVISIONING"), Tuple.of(BreachKind.QUALITY, "QUALITY"),
            Tuple.of(BreachKind.MEASURED, "MEASURED"));
    static final StableNames<OutageCause> CAUSES = StableNames.of(Tuple.of(OutageCause.PROVIDER, "PROVIDER"),
            Tuple.of(OutageCause.CUSTOMER_SIDE, "CUSTOMER_SIDE"), Tuple.of(OutageCause.FORCE_MAJEURE, "FORCE_MAJEURE"));
    static final StableNames<DeadlineStart> DEADLINE_STARTS = StableNames.of(
            Tuple.of(DeadlineStart.DAY_AFTER_ACCEPTANCE, "DAY_AFTER_ACCEPTANCE"),
            Tuple.of(DeadlineStart.ACCEPTANCE_DAY, "ACCEPTANCE_DAY"));
    static final StableNames<LateDayCount> LATE_DAY_COUNTS = StableNames.of(
            Tuple.of(LateDayCount.THROUGH_COMPLETION_DAY, "THROUGH_COMPLETION_DAY"),
            Tuple.of(LateDayCount.BEFORE_COMPLETION_DAY, "BEFORE_COMPLETION_DAY"));
    static final StableNames<CompensationBase> BASES = StableNames.of(
            Tuple.of(CompensationBase.CHARGED_FEE, "CHARGED_FEE"),
            Tuple.of(CompensationBase.STANDARD_FEE, "STANDARD_FEE"));

    private SlaContractJson() {
    }

    // ---- contract -----------------------------------------------------------------------------------------------

    public static String write(SlaContract c) {
        ObjectNode node = Json.document(SCHEMA_VERSION);
        node.put("id", c.getId().value());
        node.put("customer", c.customer().value());
        node.put("creditAccount", c.creditAccount().value());
        node.set("validity", validity(c.validity()));
        node.set("status", status(c.status()));
        node.set("circuits", array(c.circuits(), SlaContractJson::circuit));
        node.set("termsVersions", array(c.termsVersions(), SlaContractJson::termsVersion));
        node.set("claims", array(c.claims(), SlaClaimJson::claim));
        return Json.text(node);
    }

    /**
     * The contract this JSON describes, restored with {@link SlaContract#restore} (no event); a contract that breaks
     * its invariants is {@link JsonError.NotRestorable}.
     */
    public static Either<JsonError, SlaContract> read(String json) {
        return Json.read(json, SCHEMA_VERSION, SlaContractJson::contract);
    }

    static SlaContract contract(JsonReader r) {
        return SlaContract.restore(contractId(r, "id"), r.parsed("customer", CustomerId::of, "a customer id"),
                r.parsed("creditAccount", AccountId::of, "an account id"), validity(r.object("validity")),
                status(r.object("status")), r.objects("circuits", SlaContractJson::circuit),
                r.objects("termsVersions", SlaContractJson::termsVersion), r.objects("claims", SlaClaimJson::claim))
                .getOrElseThrow(JsonFailure::notRestorable);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static <T> ArrayNode array(Seq<T> items, Function<T, ObjectNode> write) {
        ArrayNode array = Json.array();
        items.forEach(item -> array.add(write.apply(item)));
        return array;
    }

    static ArrayNode texts(Seq<String> texts) {
        ArrayNode array = Json.array();
        texts.forEach(array::add);
        return array;
    }

    static ObjectNode object(BiConsumer<ObjectNode, ObjectNode> fill) {
        ObjectNode node = Json.object();
        fill.accept(node, node);
        return node;
    }

    static SlaContractId contractId(JsonReader r, String field) {
        return r.parsed(field, SlaContractId::of, "a contract id (not blank)");
    }

    static CircuitId circuitId(JsonReader r, String field) {
        return r.parsed(field, CircuitId::of, "a circuit id (not blank)");
    }

    static ClaimId claimId(JsonReader r, String field) {
        return r.parsed(field, ClaimId::of, "a claim id (not blank)");
    }

    static String rate(Rate rate) {
        return rate.fraction().toPlainString();
    }

    static Rate rate(JsonReader r, String field) {
        return r.parsed(field, text -> new Rate(new BigDecimal(text)), "a non-negative decimal fraction such as 0.05");
    }

    static Money money(JsonReader r, String field) {
        return Money.ofFen(r.longValue(field));
    }

    static RoundingMode rounding(JsonReader r, String field) {
        return r.parsed(field, RoundingMode::valueOf, "a java.math.RoundingMode name such as HALF_UP");
    }

    static ObjectNode validity(ValidityPeriod v) {
        return object((n, x) -> {
            n.put("from", v.from().toString());
            n.put("to", v.to().toString());
        });
    }

    static ValidityPeriod validity(JsonReader r) {
        return r.build("to", () -> new ValidityPeriod(r.date("from"), r.date("to")));
    }

    static ObjectNode signing(ContractSigning s) {
        return object((n, x) -> {
            n.put("customerSignatory", s.customerSignatory());
            n.put("providerSignatory", s.providerSignatory());
            n.put("signedOn", s.signedOn().toString());
        });
    }

    static ContractSigning signing(JsonReader r) {
        return new ContractSigning(r.text("customerSignatory"), r.text("providerSignatory"), r.date("signedOn"));
    }

    // ---- status -------------------------------------------------------------------------------------------------

    static ObjectNode status(ContractStatus status) {
        ObjectNode node = Json.object();
        node.put("kind", status.kind().name());
        status.signing().forEach(s -> node.set("signing", signing(s)));
        if (status instanceof ContractStatus.Suspended s) {
            node.put("since", s.since().toString());
            node.put("reason", s.reason());
        } else if (status instanceof ContractStatus.Terminated t) {
            node.put("on", t.on().toString());
            node.put("reason", t.reason());
        } else if (status instanceof ContractStatus.Expired e) {
            node.put("on", e.on().toString());
        }
        return node;
    }

    static ContractStatus status(JsonReader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "DRAFT" -> new ContractStatus.Draft();
            case "ACTIVE" -> new ContractStatus.Active(signing(r.object("signing")));
            case "SUSPENDED" -> new ContractStatus.Suspended(signing(r.object("signing")), r.date("since"),
                    r.text("reason"));
            case "TERMINATED" -> new ContractStatus.Terminated(signing(r.object("signing")), r.date("on"),
                    r.text("reason"));
            case "EXPIRED" -> new ContractStatus.Expired(signing(r.object("signing")), r.date("on"));
            default -> throw r.invalidField("kind", kind, "one of DRAFT, ACTIVE, SUSPENDED, TERMINATED, EXPIRED");
        };
    }

    // ---- circuits -----------------------------------------------------------------------------------------------

    static ObjectNode circuit(Circuit c) {
        return object((n, x) -> {
            n.put("id", c.id().value());
            n.put("product", PRODUCTS.name(c.product()));
            n.put("aEnd", c.aEnd().name());
            n.put("zEnd", c.zEnd().name());
            n.put("bandwidthKbps", c.bandwidth().kbps());
            n.put("provisioningClass", CLASSES.name(c.provisioningClass()));
            n.put("qualityLevel", c.qualityLevel().code());
            n.put("standardOneTimeFeeFen", c.standardOneTimeFee().fen());
            n.put("monthlyRentalFen", c.monthlyRental().fen());
        });
    }

    static Circuit circuit(JsonReader r) {
        return new Circuit(circuitId(r, "id"), PRODUCTS.read(r, "product"),
                r.parsed("aEnd", Region::of, "a region name (not blank)"),
                r.parsed("zEnd", Region::of, "a region name (not blank)"),
                r.build("bandwidthKbps", () -> Bandwidth.ofKbps(r.longValue("bandwidthKbps"))),
                CLASSES.read(r, "provisioningClass"), qualityLevel(r, "qualityLevel"),
                money(r, "standardOneTimeFeeFen"), money(r, "monthlyRentalFen"));
    }

    static QualityLevel qualityLevel(JsonReader r, String field) {
        return r.parsed(field, QualityLevel::of, "a quality level code such as L1");
    }

    // ---- terms --------------------------------------------------------------------------------------------------

    static ObjectNode termsVersion(TermsVersion v) {
        return object((n, x) -> {
            n.put("number", v.number());
            n.put("effectiveFrom", v.effectiveFrom().toString());
            n.set("terms", terms(v.terms()));
        });
    }

    static TermsVersion termsVersion(JsonReader r) {
        return r.build("number", () -> new TermsVersion(r.intValue("number"), r.date("effectiveFrom"),
                terms(r.object("terms"))));
    }

    static ObjectNode terms(ContractTerms t) {
        return object((n, x) -> {
            ObjectNode provisioning = n.putObject("provisioning");
            provisioning.put("contractReference", t.provisioning().contractReference());
            provisioning.set("clauses", array(t.provisioning().clauses(), c -> object((cn, y) -> {
                cn.set("scope", scope(c.scope()));
                cn.set("term", term(c.term()));
            })));
            ObjectNode quality = n.putObject("quality");
            quality.put("rounding", t.quality().rounding().name());
            quality.set("levels", array(t.quality().levels(), SlaContractJson::levelTerms));
            n.put("measurementZone", t.measurementZone().getId());
            QualityTermsJson.writePrices(n, t.prices());
        });
    }

    static ContractTerms terms(JsonReader r) {
        JsonReader provisioning = r.object("provisioning");
        PersonalisedTerms.Builder builder = PersonalisedTerms.forContract(provisioning.text("contractReference"));
        for (PersonalisedTerms.Clause clause : provisioning.objects("clauses",
                c -> new PersonalisedTerms.Clause(scope(c.object("scope")), term(c.object("term"))))) {
            builder = builder.set(clause.scope(), clause.term());
        }
        PersonalisedTerms personalised = builder.build().getOrElseThrow(error -> provisioning.invalidField("clauses",
                "clauses with problems", "valid personalised terms: " + error));
        JsonReader quality = r.object("quality");
        QualityLevelTable table = QualityLevelTable.of(quality.objects("levels", SlaContractJson::levelTerms),
                rounding(quality, "rounding")).toEither().getOrElseThrow(problems -> quality.invalidField("levels",
                "a table with problems", "a valid quality-level table: " + problems.mkString("; ")));
        return new ContractTerms(personalised, table,
                r.parsed("measurementZone", ZoneId::of, "a time zone id such as Asia/Shanghai"),
                QualityTermsJson.readPrices(r));
    }

    static ObjectNode scope(TermScope scope) {
        return object((n, x) -> {
            scope.product().forEach(p -> n.put("product", PRODUCTS.name(p)));
            scope.provisioningClass().forEach(c -> n.put("provisioningClass", CLASSES.name(c)));
        });
    }

    static TermScope scope(JsonReader r) {
        return new TermScope(r.optionalText("product").map(x -> PRODUCTS.read(r, "product")),
                r.optionalText("provisioningClass").map(x -> CLASSES.read(r, "provisioningClass")));
    }

    static ObjectNode term(Term term) {
        ObjectNode n = Json.object();
        n.put("kind", term.kind().name());
        if (term instanceof Term.Deadline t) {
            n.put("workingDays", t.workingDays());
        } else if (term instanceof Term.ChargedFeeRatio t) {
            n.put("ratio", rate(t.ratio()));
        } else if (term instanceof Term.CompensationPerLateDay t) {
            n.put("rate", rate(t.rate()));
        } else if (term instanceof Term.Cap t) {
            n.set("cap", cap(t.cap()));
        } else if (term instanceof Term.CountDeadlineFrom t) {
            n.put("start", DEADLINE_STARTS.name(t.start()));
        } else if (term instanceof Term.CountLateDays t) {
            n.put("count", LATE_DAY_COUNTS.name(t.count()));
        } else if (term instanceof Term.BaseOfCompensation t) {
            n.put("base", BASES.name(t.base()));
        } else if (term instanceof Term.Rounding t) {
            n.put("mode", t.mode().name());
        }
        return n;
    }

    static Term term(JsonReader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "DEADLINE" -> new Term.Deadline(r.intValue("workingDays"));
            case "CHARGED_FEE_RATIO" -> new Term.ChargedFeeRatio(rate(r, "ratio"));
            case "COMPENSATION_PER_LATE_DAY" -> new Term.CompensationPerLateDay(rate(r, "rate"));
            case "CAP" -> new Term.Cap(cap(r.object("cap")));
            case "DEADLINE_START" -> new Term.CountDeadlineFrom(DEADLINE_STARTS.read(r, "start"));
            case "LATE_DAY_COUNT" -> new Term.CountLateDays(LATE_DAY_COUNTS.read(r, "count"));
            case "COMPENSATION_BASE" -> new Term.BaseOfCompensation(BASES.read(r, "base"));
            case "ROUNDING" -> new Term.Rounding(rounding(r, "mode"));
            default -> throw r.invalidField("kind", kind, "a term kind such as DEADLINE");
        };
    }

    static ObjectNode cap(CompensationCap cap) {
        ObjectNode n = Json.object();
        if (cap instanceof CompensationCap.ShareOfBase s) {
            n.put("kind", "SHARE_OF_BASE");
            n.put("share", rate(s.share()));
        } else if (cap instanceof CompensationCap.FixedAmount f) {
            n.put("kind", "FIXED_AMOUNT");
            n.put("amountFen", f.amount().fen());
        }
        return n;
    }

    static CompensationCap cap(JsonReader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "SHARE_OF_BASE" -> new CompensationCap.ShareOfBase(rate(r, "share"));
            case "FIXED_AMOUNT" -> new CompensationCap.FixedAmount(money(r, "amountFen"));
            default -> throw r.invalidField("kind", kind, "one of SHARE_OF_BASE, FIXED_AMOUNT");
        };
    }

    static ObjectNode levelTerms(QualityLevelTerms t) {
        return object((n, x) -> {
            n.put("level", t.level().code());
            n.put("availabilityTarget", rate(t.availabilityTarget()));
            n.put("responseLimit", t.responseLimit().toString());
            n.put("restorationLimit", t.restorationLimit().toString());
            ObjectNode availability = n.putObject("availabilityCredit");
            availability.put("shortfallUnit", rate(t.availabilityCredit().shortfallUnit()));
            availability.put("perUnit", rate(t.availabilityCredit().perUnit()));
            n.set("responseCredit", overrun(t.responseCredit()));
            n.set("restorationCredit", overrun(t.restorationCredit()));
            n.put("cap", rate(t.cap()));
            QualityTermsJson.writeMeasured(n, t);
        });
    }

    static QualityLevelTerms levelTerms(JsonReader r) {
        JsonReader availability = r.object("availabilityCredit");
        return r.build("level", () -> new QualityLevelTerms(qualityLevel(r, "level"), rate(r, "availabilityTarget"),
                r.duration("responseLimit"), r.duration("restorationLimit"),
                new AvailabilityCredit(rate(availability, "shortfallUnit"), rate(availability, "perUnit")),
                overrun(r.object("responseCredit")), overrun(r.object("restorationCredit")), rate(r, "cap"),
                QualityTermsJson.readMeasured(r)));
    }

    static ObjectNode overrun(OverrunCredit c) {
        return object((n, x) -> {
            n.put("unit", c.unit().toString());
            n.put("perUnit", rate(c.perUnit()));
        });
    }

    static OverrunCredit overrun(JsonReader r) {
        return r.build("unit", () -> new OverrunCredit(r.duration("unit"), rate(r, "perUnit")));
    }

    // ---- events: SlaContractEventJson --------------------------------------------------------------------------

    /** The event's stable type name, the {@code type} field of its JSON. */
    public static String eventType(SlaContractEvent event) {
        return SlaContractEventJson.eventType(event);
    }

    public static String writeEvent(SlaContractEvent event) {
        return SlaContractEventJson.writeEvent(event);
    }

    public static Either<JsonError, SlaContractEvent> readEvent(String json) {
        return SlaContractEventJson.readEvent(json);
    }

    /** The outbox messages of a change saved as {@code version} ({@code sla-contract/<id>/<version>/<index>}). */
    public static Seq<OutboxMessage> outboxMessages(SlaContractId id, long version, Seq<SlaContractEvent> events) {
        return SlaContractEventJson.outboxMessages(id, version, events);
    }
}
