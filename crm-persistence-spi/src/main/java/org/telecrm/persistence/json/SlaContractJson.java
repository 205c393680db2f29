package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.Tuple;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.ProvisioningOrderId;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.BreachKind;
import org.telecrm.sla.claim.ClaimId;
import org.telecrm.sla.claim.ClaimStatus;
import org.telecrm.sla.claim.CompensationCredit;
import org.telecrm.sla.claim.Confirmation;
import org.telecrm.sla.claim.Responsibility;
import org.telecrm.sla.claim.Side;
import org.telecrm.sla.contract.Bandwidth;
import org.telecrm.sla.contract.Circuit;
import org.telecrm.sla.contract.CompensationClaim;
import org.telecrm.sla.contract.ContractSigning;
import org.telecrm.sla.contract.ContractStatus;
import org.telecrm.sla.contract.ContractTerms;
import org.telecrm.sla.contract.Region;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;
import org.telecrm.sla.contract.TermsVersion;
import org.telecrm.sla.contract.ValidityPeriod;
import org.telecrm.sla.provisioning.AppliedTerms;
import org.telecrm.sla.provisioning.CompensationBase;
import org.telecrm.sla.provisioning.CompensationCap;
import org.telecrm.sla.provisioning.DeadlineStart;
import org.telecrm.sla.provisioning.LateDayCount;
import org.telecrm.sla.provisioning.PersonalisedTerms;
import org.telecrm.sla.provisioning.ProvisioningAssessment;
import org.telecrm.sla.provisioning.ProvisioningCase;
import org.telecrm.sla.provisioning.Sourced;
import org.telecrm.sla.provisioning.Term;
import org.telecrm.sla.provisioning.TermScope;
import org.telecrm.sla.provisioning.TermSource;
import org.telecrm.sla.quality.Availability;
import org.telecrm.sla.quality.AvailabilityCredit;
import org.telecrm.sla.quality.Outage;
import org.telecrm.sla.quality.OutageCause;
import org.telecrm.sla.quality.OverrunCredit;
import org.telecrm.sla.quality.QualityAssessment;
import org.telecrm.sla.quality.QualityCase;
import org.telecrm.sla.quality.QualityLevel;
import org.telecrm.sla.quality.QualityLevelTable;
import org.telecrm.sla.quality.QualityLevelTerms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
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

    private static final StableNames<Product> PRODUCTS = StableNames.of(Tuple.of(Product.DIGITAL_CIRCUIT,
            "DIGITAL_CIRCUIT"), Tuple.of(Product.DDN, "DDN"), Tuple.of(Product.FR, "FR"), Tuple.of(Product.ATM, "ATM"));
    private static final StableNames<ProvisioningClass> CLASSES = StableNames.of(
            Tuple.of(ProvisioningClass.EXPRESS, "EXPRESS"), Tuple.of(ProvisioningClass.URGENT, "URGENT"),
            Tuple.of(ProvisioningClass.NORMAL, "NORMAL"));
    private static final StableNames<Side> SIDES = StableNames.of(Tuple.of(Side.CUSTOMER, "CUSTOMER"),
            Tuple.of(Side.PROVIDER, "PROVIDER"));
    private static final StableNames<BreachKind> BREACH_KINDS = StableNames.of(
            Tuple.of(BreachKind.LATE_PROVISIONING, "LATE_PROVISIONING"), Tuple.of(BreachKind.QUALITY, "QUALITY"));
    private static final StableNames<OutageCause> CAUSES = StableNames.of(Tuple.of(OutageCause.PROVIDER, "PROVIDER"),
            Tuple.of(OutageCause.CUSTOMER_SIDE, "CUSTOMER_SIDE"), Tuple.of(OutageCause.FORCE_MAJEURE, "FORCE_MAJEURE"));
    private static final StableNames<DeadlineStart> DEADLINE_STARTS = StableNames.of(
            Tuple.of(DeadlineStart.DAY_AFTER_ACCEPTANCE, "DAY_AFTER_ACCEPTANCE"),
            Tuple.of(DeadlineStart.ACCEPTANCE_DAY, "ACCEPTANCE_DAY"));
    private static final StableNames<LateDayCount> LATE_DAY_COUNTS = StableNames.of(
            Tuple.of(LateDayCount.THROUGH_COMPLETION_DAY, "THROUGH_COMPLETION_DAY"),
            Tuple.of(LateDayCount.BEFORE_COMPLETION_DAY, "BEFORE_COMPLETION_DAY"));
    private static final StableNames<CompensationBase> BASES = StableNames.of(
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
        node.set("claims", array(c.claims(), SlaContractJson::claim));
        return Json.text(node);
    }

    /**
     * The contract this JSON describes, restored with {@link SlaContract#restore} (no event); a contract that breaks
     * its invariants is {@link JsonError.NotRestorable}.
     */
    public static Either<JsonError, SlaContract> read(String json) {
        return Json.read(json, SCHEMA_VERSION, SlaContractJson::contract);
    }

    private static SlaContract contract(JsonReader r) {
        return SlaContract.restore(contractId(r, "id"), r.parsed("customer", CustomerId::of, "a customer id"),
                r.parsed("creditAccount", AccountId::of, "an account id"), validity(r.object("validity")),
                status(r.object("status")), r.objects("circuits", SlaContractJson::circuit),
                r.objects("termsVersions", SlaContractJson::termsVersion), r.objects("claims", SlaContractJson::claim))
                .getOrElseThrow(JsonFailure::notRestorable);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static <T> ArrayNode array(Seq<T> items, Function<T, ObjectNode> write) {
        ArrayNode array = Json.array();
        items.forEach(item -> array.add(write.apply(item)));
        return array;
    }

    private static ArrayNode texts(Seq<String> texts) {
        ArrayNode array = Json.array();
        texts.forEach(array::add);
        return array;
    }

    private static ObjectNode object(BiConsumer<ObjectNode, ObjectNode> fill) {
        ObjectNode node = Json.object();
        fill.accept(node, node);
        return node;
    }

    private static SlaContractId contractId(JsonReader r, String field) {
        return r.parsed(field, SlaContractId::of, "a contract id (not blank)");
    }

    private static CircuitId circuitId(JsonReader r, String field) {
        return r.parsed(field, CircuitId::of, "a circuit id (not blank)");
    }

    private static ClaimId claimId(JsonReader r, String field) {
        return r.parsed(field, ClaimId::of, "a claim id (not blank)");
    }

    private static String rate(Rate rate) {
        return rate.fraction().toPlainString();
    }

    private static Rate rate(JsonReader r, String field) {
        return r.parsed(field, text -> new Rate(new BigDecimal(text)), "a non-negative decimal fraction such as 0.05");
    }

    private static Money money(JsonReader r, String field) {
        return Money.ofFen(r.longValue(field));
    }

    private static RoundingMode rounding(JsonReader r, String field) {
        return r.parsed(field, RoundingMode::valueOf, "a java.math.RoundingMode name such as HALF_UP");
    }

    private static ObjectNode validity(ValidityPeriod v) {
        return object((n, x) -> {
            n.put("from", v.from().toString());
            n.put("to", v.to().toString());
        });
    }

    private static ValidityPeriod validity(JsonReader r) {
        return r.build("to", () -> new ValidityPeriod(r.date("from"), r.date("to")));
    }

    private static ObjectNode signing(ContractSigning s) {
        return object((n, x) -> {
            n.put("customerSignatory", s.customerSignatory());
            n.put("providerSignatory", s.providerSignatory());
            n.put("signedOn", s.signedOn().toString());
        });
    }

    private static ContractSigning signing(JsonReader r) {
        return new ContractSigning(r.text("customerSignatory"), r.text("providerSignatory"), r.date("signedOn"));
    }

    // ---- status -------------------------------------------------------------------------------------------------

    private static ObjectNode status(ContractStatus status) {
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

    private static ContractStatus status(JsonReader r) {
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

    private static ObjectNode circuit(Circuit c) {
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

    private static Circuit circuit(JsonReader r) {
        return new Circuit(circuitId(r, "id"), PRODUCTS.read(r, "product"),
                r.parsed("aEnd", Region::of, "a region name (not blank)"),
                r.parsed("zEnd", Region::of, "a region name (not blank)"),
                r.build("bandwidthKbps", () -> Bandwidth.ofKbps(r.longValue("bandwidthKbps"))),
                CLASSES.read(r, "provisioningClass"), qualityLevel(r, "qualityLevel"),
                money(r, "standardOneTimeFeeFen"), money(r, "monthlyRentalFen"));
    }

    private static QualityLevel qualityLevel(JsonReader r, String field) {
        return r.parsed(field, QualityLevel::of, "a quality level code such as L1");
    }

    // ---- terms --------------------------------------------------------------------------------------------------

    private static ObjectNode termsVersion(TermsVersion v) {
        return object((n, x) -> {
            n.put("number", v.number());
            n.put("effectiveFrom", v.effectiveFrom().toString());
            n.set("terms", terms(v.terms()));
        });
    }

    private static TermsVersion termsVersion(JsonReader r) {
        return r.build("number", () -> new TermsVersion(r.intValue("number"), r.date("effectiveFrom"),
                terms(r.object("terms"))));
    }

    private static ObjectNode terms(ContractTerms t) {
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
        });
    }

    private static ContractTerms terms(JsonReader r) {
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
                r.parsed("measurementZone", ZoneId::of, "a time zone id such as Asia/Shanghai"));
    }

    private static ObjectNode scope(TermScope scope) {
        return object((n, x) -> {
            scope.product().forEach(p -> n.put("product", PRODUCTS.name(p)));
            scope.provisioningClass().forEach(c -> n.put("provisioningClass", CLASSES.name(c)));
        });
    }

    private static TermScope scope(JsonReader r) {
        return new TermScope(r.optionalText("product").map(x -> PRODUCTS.read(r, "product")),
                r.optionalText("provisioningClass").map(x -> CLASSES.read(r, "provisioningClass")));
    }

    private static ObjectNode term(Term term) {
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

    private static Term term(JsonReader r) {
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

    private static ObjectNode cap(CompensationCap cap) {
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

    private static CompensationCap cap(JsonReader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "SHARE_OF_BASE" -> new CompensationCap.ShareOfBase(rate(r, "share"));
            case "FIXED_AMOUNT" -> new CompensationCap.FixedAmount(money(r, "amountFen"));
            default -> throw r.invalidField("kind", kind, "one of SHARE_OF_BASE, FIXED_AMOUNT");
        };
    }

    private static ObjectNode levelTerms(QualityLevelTerms t) {
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
        });
    }

    private static QualityLevelTerms levelTerms(JsonReader r) {
        JsonReader availability = r.object("availabilityCredit");
        return r.build("level", () -> new QualityLevelTerms(qualityLevel(r, "level"), rate(r, "availabilityTarget"),
                r.duration("responseLimit"), r.duration("restorationLimit"),
                new AvailabilityCredit(rate(availability, "shortfallUnit"), rate(availability, "perUnit")),
                overrun(r.object("responseCredit")), overrun(r.object("restorationCredit")), rate(r, "cap")));
    }

    private static ObjectNode overrun(OverrunCredit c) {
        return object((n, x) -> {
            n.put("unit", c.unit().toString());
            n.put("perUnit", rate(c.perUnit()));
        });
    }

    private static OverrunCredit overrun(JsonReader r) {
        return r.build("unit", () -> new OverrunCredit(r.duration("unit"), rate(r, "perUnit")));
    }

    // ---- claims -------------------------------------------------------------------------------------------------

    private static ObjectNode claim(CompensationClaim c) {
        return object((n, x) -> {
            n.put("id", c.id().value());
            n.set("breach", breach(c.breach()));
            n.set("responsibility", responsibility(c.responsibility()));
            n.put("raisedAt", c.raisedAt().toString());
            n.set("status", claimStatus(c.status()));
        });
    }

    private static CompensationClaim claim(JsonReader r) {
        return new CompensationClaim(claimId(r, "id"), breach(r.object("breach")),
                responsibility(r.object("responsibility")), r.instant("raisedAt"), claimStatus(r.object("status")));
    }

    private static ObjectNode responsibility(Responsibility responsibility) {
        return object((n, x) -> {
            n.put("bureau", responsibility.bureau());
            n.put("segment", responsibility.segment());
        });
    }

    private static Responsibility responsibility(JsonReader r) {
        return new Responsibility(r.text("bureau"), r.text("segment"));
    }

    private static ObjectNode confirmation(Confirmation c) {
        return object((n, x) -> {
            n.put("side", SIDES.name(c.side()));
            n.put("signatory", c.signatory());
            n.put("on", c.on().toString());
        });
    }

    private static Confirmation confirmation(JsonReader r) {
        return new Confirmation(SIDES.read(r, "side"), r.text("signatory"), r.date("on"));
    }

    private static ObjectNode claimStatus(ClaimStatus status) {
        ObjectNode n = Json.object();
        n.put("kind", status.kind().name());
        if (status instanceof ClaimStatus.Raised s) {
            s.customer().forEach(c -> n.set("customer", confirmation(c)));
            s.provider().forEach(c -> n.set("provider", confirmation(c)));
        } else if (status instanceof ClaimStatus.Confirmed s) {
            n.set("customer", confirmation(s.customer()));
            n.set("provider", confirmation(s.provider()));
        } else if (status instanceof ClaimStatus.Settled s) {
            n.set("customer", confirmation(s.customer()));
            n.set("provider", confirmation(s.provider()));
            n.put("settledOn", s.settledOn().toString());
        } else if (status instanceof ClaimStatus.Rejected s) {
            n.put("by", SIDES.name(s.by()));
            n.put("reason", s.reason());
            n.put("on", s.on().toString());
        }
        return n;
    }

    private static ClaimStatus claimStatus(JsonReader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "RAISED" -> new ClaimStatus.Raised(r.optionalObject("customer").map(SlaContractJson::confirmation),
                    r.optionalObject("provider").map(SlaContractJson::confirmation));
            case "CONFIRMED" -> new ClaimStatus.Confirmed(confirmation(r.object("customer")),
                    confirmation(r.object("provider")));
            case "SETTLED" -> new ClaimStatus.Settled(confirmation(r.object("customer")),
                    confirmation(r.object("provider")), r.date("settledOn"));
            case "REJECTED" -> new ClaimStatus.Rejected(SIDES.read(r, "by"), r.text("reason"), r.date("on"));
            default -> throw r.invalidField("kind", kind, "one of RAISED, CONFIRMED, SETTLED, REJECTED");
        };
    }

    // ---- breaches and assessments -------------------------------------------------------------------------------

    private static ObjectNode breach(Breach breach) {
        ObjectNode n = Json.object();
        n.put("kind", breach instanceof Breach.LateProvisioning ? "LATE_PROVISIONING" : "QUALITY");
        n.put("contract", breach.contract().value());
        n.put("circuit", breach.circuit().value());
        if (breach instanceof Breach.LateProvisioning late) {
            n.put("order", late.order().value());
            n.put("termsVersion", late.termsVersion());
            n.set("assessment", provisioningAssessment(late.assessment()));
        } else if (breach instanceof Breach.QualityBreach quality) {
            n.put("month", quality.month().toString());
            n.put("termsVersion", quality.termsVersion());
            n.set("assessment", qualityAssessment(quality.assessment()));
        }
        return n;
    }

    private static Breach breach(JsonReader r) {
        String kind = r.text("kind");
        SlaContractId contract = contractId(r, "contract");
        CircuitId circuit = circuitId(r, "circuit");
        return switch (kind) {
            case "LATE_PROVISIONING" -> new Breach.LateProvisioning(contract, circuit,
                    r.parsed("order", ProvisioningOrderId::of, "an order id (not blank)"), r.intValue("termsVersion"),
                    provisioningAssessment(r.object("assessment")));
            case "QUALITY" -> new Breach.QualityBreach(contract, circuit,
                    r.parsed("month", YearMonth::parse, "a month such as 2026-03"), r.intValue("termsVersion"),
                    qualityAssessment(r.object("assessment")));
            default -> throw r.invalidField("kind", kind, "one of LATE_PROVISIONING, QUALITY");
        };
    }

    private static ObjectNode provisioningAssessment(ProvisioningAssessment a) {
        return object((n, x) -> {
            ProvisioningCase c = a.of();
            ObjectNode of = n.putObject("of");
            of.put("product", PRODUCTS.name(c.product()));
            of.put("provisioningClass", CLASSES.name(c.provisioningClass()));
            of.put("standardOneTimeFeeFen", c.standardOneTimeFee().fen());
            of.put("acceptedOn", c.acceptedOn().toString());
            ObjectNode progress = of.putObject("progress");
            progress.put("kind", c.progress() instanceof ProvisioningCase.Progress.CompletedOn ? "COMPLETED_ON"
                    : "OPEN_AS_OF");
            progress.put("day", c.progress().countedTo().toString());
            n.put("dueOn", a.dueOn().toString());
            n.put("workingDaysLate", a.workingDaysLate());
            n.put("chargedOneTimeFeeFen", a.chargedOneTimeFee().fen());
            n.put("compensationBaseFen", a.compensationBase().fen());
            n.put("compensationFen", a.compensation().fen());
            n.put("capped", a.capped());
            n.set("terms", appliedTerms(a.terms()));
        });
    }

    private static ProvisioningAssessment provisioningAssessment(JsonReader r) {
        JsonReader of = r.object("of");
        JsonReader progress = of.object("progress");
        String kind = progress.text("kind");
        ProvisioningCase.Progress p = switch (kind) {
            case "COMPLETED_ON" -> new ProvisioningCase.Progress.CompletedOn(progress.date("day"));
            case "OPEN_AS_OF" -> new ProvisioningCase.Progress.OpenAsOf(progress.date("day"));
            default -> throw progress.invalidField("kind", kind, "one of COMPLETED_ON, OPEN_AS_OF");
        };
        ProvisioningCase c = of.build("acceptedOn", () -> new ProvisioningCase(PRODUCTS.read(of, "product"),
                CLASSES.read(of, "provisioningClass"), money(of, "standardOneTimeFeeFen"), of.date("acceptedOn"), p));
        return new ProvisioningAssessment(c, r.date("dueOn"), r.intValue("workingDaysLate"),
                money(r, "chargedOneTimeFeeFen"), money(r, "compensationBaseFen"), money(r, "compensationFen"),
                r.booleanValue("capped"), appliedTerms(r.object("terms")));
    }

    private static ObjectNode sourced(Sourced<?> sourced, BiConsumer<ObjectNode, Object> value) {
        ObjectNode n = Json.object();
        value.accept(n, sourced.value());
        ObjectNode source = n.putObject("source");
        if (sourced.source() instanceof TermSource.DefaultTariff d) {
            source.put("kind", "DEFAULT_TARIFF");
            source.put("reference", d.reference());
        } else if (sourced.source() instanceof TermSource.ContractClause c) {
            source.put("kind", "CONTRACT_CLAUSE");
            source.put("contractReference", c.contractReference());
            source.set("scope", scope(c.scope()));
        }
        return n;
    }

    private static <T> Sourced<T> sourced(JsonReader r, String field, Function<JsonReader, T> value) {
        JsonReader s = r.object(field);
        JsonReader source = s.object("source");
        String kind = source.text("kind");
        TermSource termSource = switch (kind) {
            case "DEFAULT_TARIFF" -> new TermSource.DefaultTariff(source.text("reference"));
            case "CONTRACT_CLAUSE" -> new TermSource.ContractClause(source.text("contractReference"),
                    scope(source.object("scope")));
            default -> throw source.invalidField("kind", kind, "one of DEFAULT_TARIFF, CONTRACT_CLAUSE");
        };
        return new Sourced<>(value.apply(s), termSource);
    }

    private static ObjectNode appliedTerms(AppliedTerms t) {
        return object((n, x) -> {
            n.put("product", PRODUCTS.name(t.product()));
            n.put("provisioningClass", CLASSES.name(t.provisioningClass()));
            n.set("deadlineWorkingDays", sourced(t.deadlineWorkingDays(), (o, v) -> o.put("value", (Integer) v)));
            n.set("chargedFeeRatio", sourced(t.chargedFeeRatio(), (o, v) -> o.put("value", rate((Rate) v))));
            n.set("compensationPerLateDay", sourced(t.compensationPerLateDay(),
                    (o, v) -> o.put("value", rate((Rate) v))));
            n.set("cap", sourced(t.cap(), (o, v) -> o.set("value", cap((CompensationCap) v))));
            n.set("deadlineStart", sourced(t.deadlineStart(),
                    (o, v) -> o.put("value", DEADLINE_STARTS.name((DeadlineStart) v))));
            n.set("lateDayCount", sourced(t.lateDayCount(),
                    (o, v) -> o.put("value", LATE_DAY_COUNTS.name((LateDayCount) v))));
            n.set("compensationBase", sourced(t.compensationBase(),
                    (o, v) -> o.put("value", BASES.name((CompensationBase) v))));
            n.set("rounding", sourced(t.rounding(), (o, v) -> o.put("value", ((RoundingMode) v).name())));
        });
    }

    private static AppliedTerms appliedTerms(JsonReader r) {
        return new AppliedTerms(PRODUCTS.read(r, "product"), CLASSES.read(r, "provisioningClass"),
                sourced(r, "deadlineWorkingDays", s -> s.intValue("value")),
                sourced(r, "chargedFeeRatio", s -> rate(s, "value")),
                sourced(r, "compensationPerLateDay", s -> rate(s, "value")),
                sourced(r, "cap", s -> cap(s.object("value"))),
                sourced(r, "deadlineStart", s -> DEADLINE_STARTS.read(s, "value")),
                sourced(r, "lateDayCount", s -> LATE_DAY_COUNTS.read(s, "value")),
                sourced(r, "compensationBase", s -> BASES.read(s, "value")),
                sourced(r, "rounding", s -> rounding(s, "value")));
    }

    private static ObjectNode qualityAssessment(QualityAssessment a) {
        return object((n, x) -> {
            QualityCase c = a.of();
            ObjectNode of = n.putObject("of");
            of.put("circuit", c.circuit().value());
            of.put("level", c.level().code());
            of.put("monthlyRentalFen", c.monthlyRental().fen());
            of.put("month", c.month().toString());
            of.put("firstDay", c.firstDay().toString());
            of.put("lastDay", c.lastDay().toString());
            of.set("outages", array(c.outages(), o -> object((on, y) -> {
                on.put("ticket", o.ticket());
                on.put("circuit", o.circuit().value());
                on.put("start", o.start().toString());
                on.put("end", o.end().toString());
                on.put("cause", CAUSES.name(o.cause()));
                o.respondedAt().forEach(at -> on.put("respondedAt", at.toString()));
            })));
            n.set("terms", levelTerms(a.terms()));
            n.put("zone", a.zone().getId());
            n.put("periodStart", a.periodStart().toString());
            n.put("periodEnd", a.periodEnd().toString());
            ObjectNode availability = n.putObject("availability");
            availability.put("downtime", a.availability().downtime().toString());
            availability.put("period", a.availability().period().toString());
            n.put("shortfallUnits", a.shortfallUnits());
            n.put("restorationOverrun", a.restorationOverrun().toString());
            n.put("restorationUnits", a.restorationUnits());
            n.put("responseOverrun", a.responseOverrun().toString());
            n.put("responseUnits", a.responseUnits());
            n.put("accruedShare", rate(a.accruedShare()));
            n.put("creditFen", a.credit().fen());
            n.put("capped", a.capped());
        });
    }

    private static QualityAssessment qualityAssessment(JsonReader r) {
        JsonReader of = r.object("of");
        Seq<Outage> outages = of.objects("outages", o -> o.build("end", () -> new Outage(o.text("ticket"),
                circuitId(o, "circuit"), o.instant("start"), o.instant("end"), CAUSES.read(o, "cause"),
                o.optionalText("respondedAt").map(x -> o.instant("respondedAt")))));
        QualityCase c = of.build("outages", () -> new QualityCase(circuitId(of, "circuit"),
                qualityLevel(of, "level"), money(of, "monthlyRentalFen"),
                of.parsed("month", YearMonth::parse, "a month such as 2026-03"), of.date("firstDay"),
                of.date("lastDay"), outages));
        JsonReader availability = r.object("availability");
        return r.build("availability", () -> new QualityAssessment(c, levelTerms(r.object("terms")),
                r.parsed("zone", ZoneId::of, "a time zone id"), r.instant("periodStart"), r.instant("periodEnd"),
                new Availability(availability.duration("downtime"), availability.duration("period")),
                r.longValue("shortfallUnits"), r.duration("restorationOverrun"), r.longValue("restorationUnits"),
                r.duration("responseOverrun"), r.longValue("responseUnits"), rate(r, "accruedShare"),
                money(r, "creditFen"), r.booleanValue("capped")));
    }

    private static ObjectNode breachId(BreachId id) {
        return object((n, x) -> {
            n.put("circuit", id.circuit().value());
            n.put("kind", BREACH_KINDS.name(id.kind()));
            n.put("subject", id.subject());
        });
    }

    private static BreachId breachId(JsonReader r) {
        return r.build("subject", () -> new BreachId(circuitId(r, "circuit"), BREACH_KINDS.read(r, "kind"),
                r.text("subject")));
    }

    private static ObjectNode credit(CompensationCredit c) {
        return object((n, x) -> {
            n.put("account", c.account().value());
            n.put("reference", c.reference().value());
            n.put("amountFen", c.amount().fen());
            n.put("customer", c.customer().value());
            n.put("contract", c.contract().value());
            n.set("breach", breachId(c.breach()));
            n.set("basis", texts(c.basis()));
        });
    }

    private static CompensationCredit credit(JsonReader r) {
        return new CompensationCredit(r.parsed("account", AccountId::of, "an account id"), claimId(r, "reference"),
                money(r, "amountFen"), r.parsed("customer", CustomerId::of, "a customer id"),
                contractId(r, "contract"), breachId(r.object("breach")), r.texts("basis"));
    }

    // ---- events -------------------------------------------------------------------------------------------------

    /** The event's stable type name, the {@code type} field of its JSON. */
    public static String eventType(SlaContractEvent event) {
        if (event instanceof SlaContractEvent.ContractDrafted) {
            return "ContractDrafted";
        } else if (event instanceof SlaContractEvent.CircuitAdded) {
            return "CircuitAdded";
        } else if (event instanceof SlaContractEvent.CircuitRemoved) {
            return "CircuitRemoved";
        } else if (event instanceof SlaContractEvent.DraftTermsRevised) {
            return "DraftTermsRevised";
        } else if (event instanceof SlaContractEvent.ContractActivated) {
            return "ContractActivated";
        } else if (event instanceof SlaContractEvent.TermsAmended) {
            return "TermsAmended";
        } else if (event instanceof SlaContractEvent.ContractSuspended) {
            return "ContractSuspended";
        } else if (event instanceof SlaContractEvent.ContractResumed) {
            return "ContractResumed";
        } else if (event instanceof SlaContractEvent.ContractTerminated) {
            return "ContractTerminated";
        } else if (event instanceof SlaContractEvent.ContractExpired) {
            return "ContractExpired";
        } else if (event instanceof SlaContractEvent.ClaimRaised) {
            return "ClaimRaised";
        } else if (event instanceof SlaContractEvent.ClaimSignedBy) {
            return "ClaimSignedBy";
        } else if (event instanceof SlaContractEvent.ClaimConfirmed) {
            return "ClaimConfirmed";
        } else if (event instanceof SlaContractEvent.ClaimSettled) {
            return "ClaimSettled";
        } else if (event instanceof SlaContractEvent.ClaimRejected) {
            return "ClaimRejected";
        }
        throw new IllegalStateException("no stored name for " + event.getClass() + ": add one to the mapper");
    }

    public static String writeEvent(SlaContractEvent event) {
        ObjectNode n = Json.document(SCHEMA_VERSION);
        n.put("type", eventType(event));
        n.put("contract", event.contract().value());
        n.put("occurredAt", event.occurredAt().toString());
        if (event instanceof SlaContractEvent.ContractDrafted e) {
            n.put("customer", e.customer().value());
            n.put("creditAccount", e.creditAccount().value());
            n.set("validity", validity(e.validity()));
        } else if (event instanceof SlaContractEvent.CircuitAdded e) {
            n.set("circuit", circuit(e.circuit()));
        } else if (event instanceof SlaContractEvent.CircuitRemoved e) {
            n.put("circuitId", e.circuit().value());
        } else if (event instanceof SlaContractEvent.DraftTermsRevised e) {
            n.set("terms", terms(e.terms()));
        } else if (event instanceof SlaContractEvent.ContractActivated e) {
            n.set("signing", signing(e.signing()));
        } else if (event instanceof SlaContractEvent.TermsAmended e) {
            n.set("version", termsVersion(e.version()));
            n.put("agreedOn", e.agreedOn().toString());
        } else if (event instanceof SlaContractEvent.ContractSuspended e) {
            n.put("since", e.since().toString());
            n.put("reason", e.reason());
        } else if (event instanceof SlaContractEvent.ContractResumed e) {
            n.put("on", e.on().toString());
        } else if (event instanceof SlaContractEvent.ContractTerminated e) {
            n.put("on", e.on().toString());
            n.put("reason", e.reason());
        } else if (event instanceof SlaContractEvent.ContractExpired e) {
            n.put("on", e.on().toString());
        } else if (event instanceof SlaContractEvent.ClaimRaised e) {
            n.put("claim", e.claim().value());
            n.set("breachId", breachId(e.breach()));
            n.put("amountFen", e.amount().fen());
            n.set("responsibility", responsibility(e.responsibility()));
        } else if (event instanceof SlaContractEvent.ClaimSignedBy e) {
            n.put("claim", e.claim().value());
            n.set("confirmation", confirmation(e.confirmation()));
        } else if (event instanceof SlaContractEvent.ClaimConfirmed e) {
            n.put("claim", e.claim().value());
        } else if (event instanceof SlaContractEvent.ClaimSettled e) {
            n.put("claim", e.claim().value());
            n.set("credit", credit(e.credit()));
            n.put("settledOn", e.settledOn().toString());
        } else if (event instanceof SlaContractEvent.ClaimRejected e) {
            n.put("claim", e.claim().value());
            n.put("by", SIDES.name(e.by()));
            n.put("reason", e.reason());
            n.put("on", e.on().toString());
        }
        return Json.text(n);
    }

    public static Either<JsonError, SlaContractEvent> readEvent(String json) {
        return Json.read(json, SCHEMA_VERSION, SlaContractJson::event);
    }

    private static SlaContractEvent event(JsonReader r) {
        String type = r.text("type");
        SlaContractId id = contractId(r, "contract");
        Instant at = r.instant("occurredAt");
        return switch (type) {
            case "ContractDrafted" -> new SlaContractEvent.ContractDrafted(id,
                    r.parsed("customer", CustomerId::of, "a customer id"),
                    r.parsed("creditAccount", AccountId::of, "an account id"), validity(r.object("validity")), at);
            case "CircuitAdded" -> new SlaContractEvent.CircuitAdded(id, circuit(r.object("circuit")), at);
            case "CircuitRemoved" -> new SlaContractEvent.CircuitRemoved(id, circuitId(r, "circuitId"), at);
            case "DraftTermsRevised" -> new SlaContractEvent.DraftTermsRevised(id, terms(r.object("terms")), at);
            case "ContractActivated" -> new SlaContractEvent.ContractActivated(id, signing(r.object("signing")), at);
            case "TermsAmended" -> new SlaContractEvent.TermsAmended(id, termsVersion(r.object("version")),
                    r.date("agreedOn"), at);
            case "ContractSuspended" -> new SlaContractEvent.ContractSuspended(id, r.date("since"), r.text("reason"), at);
            case "ContractResumed" -> new SlaContractEvent.ContractResumed(id, r.date("on"), at);
            case "ContractTerminated" -> new SlaContractEvent.ContractTerminated(id, r.date("on"), r.text("reason"), at);
            case "ContractExpired" -> new SlaContractEvent.ContractExpired(id, r.date("on"), at);
            case "ClaimRaised" -> new SlaContractEvent.ClaimRaised(id, claimId(r, "claim"),
                    breachId(r.object("breachId")), money(r, "amountFen"), responsibility(r.object("responsibility")),
                    at);
            case "ClaimSignedBy" -> new SlaContractEvent.ClaimSignedBy(id, claimId(r, "claim"),
                    confirmation(r.object("confirmation")), at);
            case "ClaimConfirmed" -> new SlaContractEvent.ClaimConfirmed(id, claimId(r, "claim"), at);
            case "ClaimSettled" -> new SlaContractEvent.ClaimSettled(id, claimId(r, "claim"),
                    credit(r.object("credit")), r.date("settledOn"), at);
            case "ClaimRejected" -> new SlaContractEvent.ClaimRejected(id, claimId(r, "claim"), SIDES.read(r, "by"),
                    r.text("reason"), r.date("on"), at);
            default -> throw r.invalidField("type", type, "an SLA contract event type such as ContractActivated");
        };
    }

    /** The outbox messages of a change saved as {@code version} ({@code sla-contract/<id>/<version>/<index>}). */
    public static Seq<OutboxMessage> outboxMessages(SlaContractId id, long version, Seq<SlaContractEvent> events) {
        return Json.outboxMessages(SLA_CONTRACT_TYPE, id.value(), version, events, SlaContractJson::eventType,
                SlaContractEvent::occurredAt, SlaContractJson::writeEvent);
    }
}
